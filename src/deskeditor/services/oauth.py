"""OAuth 2 for mail accounts whose provider requires it (XOAUTH2): the desktop
sign-in (authorization code with PKCE S256, the redirect to a loopback address,
the system browser) and fresh access tokens for each login.

Authlib's requests client does the protocol (PKCE, ``state``, the token and
refresh grants); this module keeps the token: in the OS keyring under the
account's URL (credentials.py), never in settings, the database or a file. With
no keyring it lives for this process only, and the user is told so.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session

from deskeditor.domain.mail_account import MailAccount
from deskeditor.domain.oauth_provider import SIGN_IN_AGAIN, OAuthProvider
from deskeditor.services import credentials
from deskeditor.services.errors import ServiceError
from deskeditor.services.oauth_loopback import LoopbackReceiver

SIGN_IN_TIMEOUT = 300.0  # seconds the browser has to come back
LEEWAY = 60.0  # an access token this close to expiry is refreshed first
HTTP_TIMEOUT = 30.0
# Opens the authorization URL in the user's browser (what it returns is not used).
OpenBrowser = Callable[[str], object]


class SignInError(ServiceError):
    """Signing in or refreshing failed; the message is one line saying what to do.
    ``offline`` when the provider was not reached."""

    def __init__(self, message: str, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


def _session(provider: OAuthProvider, redirect_uri: str | None = None) -> OAuth2Session:
    return OAuth2Session(
        provider.client_id,
        provider.client_secret or None,
        scope=provider.scope,
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
        # A public desktop client (no secret) names itself in the body.
        token_endpoint_auth_method="client_secret_post" if provider.client_secret else "none",
    )


def sign_in(
    provider: OAuthProvider,
    account: MailAccount,
    open_browser: OpenBrowser,
    show_url: Callable[[str], None],
    timeout: float = SIGN_IN_TIMEOUT,
    cancel: threading.Event | None = None,
) -> dict[str, Any]:
    """Run the desktop flow and return the token (access, refresh, expiry).
    ``show_url`` gets the authorization URL first, for a user to paste when no
    browser opens; ``cancel`` ends the wait. Raises SignInError."""
    state, verifier = generate_token(32), generate_token(64)
    receiver = LoopbackReceiver(state)
    try:
        session = _session(provider, receiver.redirect_uri)
        url, _ = session.create_authorization_url(
            provider.auth_url,
            state=state,
            code_verifier=verifier,
            login_hint=account.user,
            **provider.extra,
        )
        show_url(url)
        open_browser(url)
        redirect = receiver.wait(timeout, cancel)
    finally:
        receiver.close()
    if redirect is None and cancel is not None and cancel.is_set():
        raise SignInError("the sign-in was cancelled")
    if redirect is None:
        waited = f"{round(timeout / 60)} min" if timeout >= 60 else f"{timeout:g} s"
        raise SignInError(f"no sign-in came back from the browser within {waited}: {SIGN_IN_AGAIN}")
    refused = parse_qs(urlsplit(redirect).query).get("error")
    if refused:
        raise SignInError(
            f"the sign-in was cancelled or refused at {provider.label} ({refused[0]})"
        )
    token = _ask(
        provider,
        f"{provider.label} refused the sign-in ({{why}})",
        lambda: session.fetch_token(
            provider.token_url,
            authorization_response=redirect,
            state=state,
            code_verifier=verifier,
            timeout=HTTP_TIMEOUT,
        ),
    )
    if not token.get("refresh_token"):
        raise SignInError(
            f"{provider.label} gave no refresh token: check the scope ({provider.scope})"
        )
    return _kept_fields(token)


class AccessTokens:
    """A fresh access token for each login (the ImapIntake's secret source), refreshed
    with the kept refresh token when it is near expiry. Thread-safe: the IDLE watcher
    and a fetch on demand may both ask."""

    def __init__(self, provider: OAuthProvider, account: MailAccount) -> None:
        self._provider = provider
        self.account_url = account.url
        self._lock = threading.Lock()
        self._token: dict[str, Any] | None = None  # this process's copy

    def keep(self, token: dict[str, Any]) -> str | None:
        """Keep a signed-in token; the keyring's problem (the token then lasts this process)."""
        with self._lock:
            self._token = token
        try:
            self._store(token)
        except credentials.KeyringUnavailableError as error:
            return str(error)
        return None

    def _store(self, token: dict[str, Any]) -> None:
        credentials.keep_secret(self.account_url, json.dumps(token), credentials.OAUTH_SERVICE)

    def __call__(self, account: MailAccount) -> str:
        with self._lock:
            token = self._token or self._kept()
            if token is None:
                raise SignInError(
                    f"{account.user} at {account.host} is not signed in: {SIGN_IN_AGAIN}"
                )
            if float(token.get("expires_at", 0)) - LEEWAY <= time.time():
                token = self._refresh(token)
            self._token = token
            return str(token["access_token"])

    def _kept(self) -> dict[str, Any] | None:
        raw = credentials.secret(self.account_url, credentials.OAUTH_SERVICE)
        try:
            token = json.loads(raw) if raw else None
        except ValueError:
            return None
        return token if isinstance(token, dict) and token.get("refresh_token") else None

    def _refresh(self, token: dict[str, Any]) -> dict[str, Any]:
        provider = self._provider
        fresh = _ask(
            provider,
            f"the sign-in to {provider.label} is no longer valid ({{why}}): {SIGN_IN_AGAIN}",
            lambda: _session(provider).refresh_token(
                provider.token_url, refresh_token=token["refresh_token"], timeout=HTTP_TIMEOUT
            ),
        )
        renewed = _kept_fields({"refresh_token": token["refresh_token"], **fresh})
        # A provider may rotate the refresh token: keep the newest. With no keyring this
        # process's copy is all there is (said at sign-in).
        with contextlib.suppress(credentials.KeyringUnavailableError):
            self._store(renewed)
        return renewed


def _ask(provider: OAuthProvider, refused: str, call: Callable[[], Any]) -> dict[str, Any]:
    """One request to the token endpoint; SignInError (``refused`` with ``{why}``) if
    it says no, or an offline one when it is not reached."""
    try:
        return dict(call())
    except AuthlibBaseError as error:
        raise SignInError(refused.format(why=_why(error))) from None
    except requests.RequestException as error:
        where = provider.token_url
        raise SignInError(f"cannot reach {where} ({error})", offline=True) from None
    except ValueError:  # an answer that is not JSON
        raise SignInError(f"{provider.token_url} answered with no token") from None


def _kept_fields(token: dict[str, Any]) -> dict[str, Any]:
    expires_at = token.get("expires_at") or time.time() + float(token.get("expires_in") or 3600)
    return {
        "access_token": token["access_token"],
        "refresh_token": token.get("refresh_token"),
        "expires_at": float(expires_at),
    }


def _why(error: AuthlibBaseError) -> str:
    return ": ".join(p for p in (error.error, error.description) if p) or type(error).__name__
