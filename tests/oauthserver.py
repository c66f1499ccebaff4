"""A small OAuth 2 provider on 127.0.0.1 for the tests, as Google's or Microsoft's
endpoints behave for a desktop app: ``/authorize`` sends the browser back to the
app's loopback address with a code, ``/token`` checks the PKCE code verifier
against the challenge and grants ``authorization_code`` and ``refresh_token``,
and ``/introspect`` (RFC 7662) is what Dovecot asks whether an access token is good.

Access tokens live ``lifetime`` seconds; ``revoke()`` withdraws every refresh
token, as a user does on the provider's security page. The "browser" is
``browse``: it opens the authorization URL and follows the redirect to the app.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from tests.mailserver import Dovecot, running_dovecot

CLIENT_ID = "deskeditor-test-client"
SCOPE = "https://mail.example/imap"


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str


@dataclass
class Provider:
    """What the provider issued; tests read and change it."""

    port: int = 0
    username: str = "corrections"
    lifetime: float = 3600.0  # seconds an access token is good for
    deny: bool = False  # the user says no on the consent page
    codes: dict[str, Grant] = field(default_factory=dict)
    access: dict[str, float] = field(default_factory=dict)  # token -> expiry (monotonic)
    refresh: set[str] = field(default_factory=set)
    refreshes: int = 0  # refresh_token grants answered with a new access token
    introspected: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def auth_url(self) -> str:
        return f"{self.base}/authorize"

    @property
    def token_url(self) -> str:
        return f"{self.base}/token"

    @property
    def introspect_url(self) -> str:
        return f"{self.base}/introspect"

    def revoke(self) -> None:
        with self.lock:
            self.refresh.clear()
            self.access.clear()

    def issued(self) -> set[str]:
        """Every token handed out and still known: what must never land in a file."""
        with self.lock:
            return set(self.access) | set(self.refresh)

    # -- the endpoints ---------------------------------------------------------------
    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str], str]:
        redirect = query.get("redirect_uri", "")
        if query.get("client_id") != CLIENT_ID or not redirect.startswith("http://127.0.0.1:"):
            return 400, {}, "unknown client or redirect"
        if query.get("response_type") != "code" or query.get("code_challenge_method") != "S256":
            return 400, {}, "a desktop app must use the code flow with PKCE S256"
        if self.deny:
            back = urlencode({"error": "access_denied", "state": query.get("state", "")})
            return 302, {"Location": f"{redirect}?{back}"}, ""
        code = secrets.token_urlsafe(16)
        with self.lock:
            self.codes[code] = Grant(
                CLIENT_ID, redirect, query.get("code_challenge", ""), query.get("scope", "")
            )
        back = urlencode({"code": code, "state": query.get("state", "")})
        return 302, {"Location": f"{redirect}?{back}"}, ""

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        kind = form.get("grant_type")
        if form.get("client_id") != CLIENT_ID:
            return 401, {"error": "invalid_client"}
        with self.lock:
            if kind == "authorization_code":
                grant = self.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                digest = hashlib.sha256(verifier.encode("ascii")).digest()
                challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
                if grant is None or grant.redirect_uri != form.get("redirect_uri"):
                    return 400, {"error": "invalid_grant"}
                if not verifier or challenge != grant.challenge:
                    return 400, {"error": "invalid_grant", "error_description": "PKCE failed"}
                refresh = secrets.token_urlsafe(24)
                self.refresh.add(refresh)
                return 200, self._access(refresh)
            if kind == "refresh_token":
                if form.get("refresh_token") not in self.refresh:
                    return 400, {"error": "invalid_grant", "error_description": "Token revoked"}
                self.refreshes += 1
                return 200, self._access(None)
        return 400, {"error": "unsupported_grant_type"}

    def _access(self, refresh: str | None) -> dict[str, object]:
        token = secrets.token_urlsafe(24)
        self.access[token] = time.monotonic() + self.lifetime
        body: dict[str, object] = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": int(self.lifetime),
            "scope": SCOPE,
        }
        if refresh is not None:
            body["refresh_token"] = refresh
        return body

    def introspect(self, form: dict[str, str]) -> dict[str, object]:
        token = form.get("token", "")
        with self.lock:
            self.introspected.append(token)
            expiry = self.access.get(token)
        if expiry is None or expiry < time.monotonic():
            return {"active": "false"}
        return {"active": "true", "username": self.username, "scope": SCOPE}


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path != "/authorize":
                self._send(404, {}, b"")
                return
            status, headers, text = provider.authorize(dict(parse_qsl(parts.query)))
            self._send(status, headers, text.encode())

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(parse_qsl(self.rfile.read(length).decode()))
            path = urlsplit(self.path).path
            if path == "/token":
                status, body = provider.token(form)
            elif path == "/introspect":
                status, body = 200, provider.introspect(form)
            else:
                status, body = 404, {}
            self._send(status, {"Content-Type": "application/json"}, json.dumps(body).encode())

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def oauth_provider() -> Iterator[Provider]:
    provider = Provider()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(provider))
    server.daemon_threads = True
    provider.port = int(server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, name="oauth-provider", daemon=True)
    thread.start()
    yield provider
    server.shutdown()
    server.server_close()
    thread.join(10)


@pytest.fixture
def oauth_dovecot(oauth_provider: Provider) -> Iterator[Dovecot]:
    """Dovecot taking XOAUTH2 logins whose tokens ``oauth_provider`` issued."""
    with running_dovecot(oauth_provider.introspect_url) as server:
        yield server


@dataclass
class Browser:
    """The system browser, as far as the sign-in goes: it opens the URL and follows
    the provider's redirect back to the app. ``answers`` keeps the app's replies."""

    tamper_state: bool = False
    opened: list[str] = field(default_factory=list)
    answers: list[tuple[int, str]] = field(default_factory=list)

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        if self.tamper_state:
            url = url.replace("state=", "state=forged", 1)
        try:
            with urllib.request.urlopen(url, timeout=30) as reply:
                self.answers.append((reply.status, reply.read().decode("utf-8", "replace")))
        except urllib.error.HTTPError as error:
            self.answers.append((error.code, error.read().decode("utf-8", "replace")))
        return True
