"""The desktop sign-in against the test's OAuth 2 provider on 127.0.0.1, and the
provider configuration (presets, custom endpoints, what is refused)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest

from deskeditor.domain.mail_account import MailAccount
from deskeditor.domain.oauth_provider import OAuthProvider, ProviderError
from deskeditor.services import credentials
from deskeditor.services.oauth import AccessTokens, SignInError, sign_in
from tests.mailserver import MemoryKeyring
from tests.oauthserver import CLIENT_ID, SCOPE, Browser, Provider

ACCOUNT = MailAccount.parse("imaps://corrections;AUTH=XOAUTH2@127.0.0.1:9993/INBOX")


def configured(provider: Provider) -> OAuthProvider:
    return OAuthProvider.configured(
        "custom",
        CLIENT_ID,
        auth_url=provider.auth_url,
        token_url=provider.token_url,
        scope=SCOPE,
    )


def test_a_redirect_with_a_forged_state_is_refused_and_the_wait_ends_with_a_clear_message(
    oauth_provider: Provider,
) -> None:
    browser = Browser(tamper_state=True)
    with pytest.raises(SignInError, match="no sign-in came back from the browser"):
        sign_in(configured(oauth_provider), ACCOUNT, browser, lambda url: None, timeout=1.5)
    assert browser.answers[0][0] == 400  # the loopback receiver refused it
    assert "not opened by Deskeditor" in browser.answers[0][1]


def test_the_address_is_shown_and_the_receiver_is_gone_after_one_redirect(
    oauth_provider: Provider,
) -> None:
    shown: list[str] = []
    browser = Browser()
    token = sign_in(configured(oauth_provider), ACCOUNT, browser, shown.append)
    assert token["refresh_token"] in oauth_provider.refresh
    assert shown == browser.opened  # the same address shown (to paste) and opened
    redirect_uri = parse_qs(urlsplit(shown[0]).query)["redirect_uri"][0]
    with pytest.raises(urllib.error.URLError):  # nothing listens there any more
        urllib.request.urlopen(redirect_uri, timeout=5)


def test_the_authorization_asks_for_pkce_s256_and_the_account(oauth_provider: Provider) -> None:
    browser = Browser()
    sign_in(configured(oauth_provider), ACCOUNT, browser, lambda url: None)
    query = parse_qs(urlsplit(browser.opened[0]).query)
    assert query["code_challenge_method"] == ["S256"]
    assert query["redirect_uri"][0].startswith("http://127.0.0.1:")
    assert query["login_hint"] == ["corrections"] and query["scope"] == [SCOPE]


def test_without_a_keyring_the_sign_in_lasts_for_the_process(
    oauth_provider: Provider, no_keyring: None
) -> None:
    provider = configured(oauth_provider)
    tokens = AccessTokens(provider, ACCOUNT)
    token = sign_in(provider, ACCOUNT, Browser(), lambda url: None)
    problem = tokens.keep(token)
    assert problem is not None and "no system keyring" in problem
    assert tokens(ACCOUNT) == token["access_token"]
    with pytest.raises(SignInError, match="is not signed in"):
        AccessTokens(provider, ACCOUNT)(ACCOUNT)  # another process has nothing


def test_a_rotated_refresh_token_is_kept(
    oauth_provider: Provider, memory_keyring: MemoryKeyring
) -> None:
    oauth_provider.lifetime = 1.0
    provider = configured(oauth_provider)
    AccessTokens(provider, ACCOUNT).keep(sign_in(provider, ACCOUNT, Browser(), lambda url: None))
    access = AccessTokens(provider, ACCOUNT)(ACCOUNT)  # refreshed: the first is near expiry
    assert oauth_provider.refreshes == 1
    kept = json.loads(memory_keyring.kept[(credentials.OAUTH_SERVICE, ACCOUNT.url)])
    assert kept["access_token"] == access and kept["refresh_token"] in oauth_provider.refresh


def test_an_unreachable_token_endpoint_is_offline(memory_keyring: MemoryKeyring) -> None:
    from tests.mailserver import free_port

    dead = f"http://127.0.0.1:{free_port()}"
    provider = OAuthProvider.configured(
        "custom", CLIENT_ID, auth_url=f"{dead}/a", token_url=f"{dead}/t", scope=SCOPE
    )
    token = {"access_token": "a", "refresh_token": "r", "expires_at": 0}
    credentials.keep_secret(ACCOUNT.url, json.dumps(token), credentials.OAUTH_SERVICE)
    with pytest.raises(SignInError, match="cannot reach") as raised:
        AccessTokens(provider, ACCOUNT)(ACCOUNT)
    assert raised.value.offline


# -- configuration ----------------------------------------------------------------------
def test_the_presets_are_found_by_the_imap_host() -> None:
    google = OAuthProvider.configured("", "id.apps", host="imap.gmail.com", client_secret="s")
    assert google.name == "google" and google.scope == "https://mail.google.com/"
    assert google.extra == {"access_type": "offline", "prompt": "consent"}
    microsoft = OAuthProvider.configured("", "abc", host="outlook.office365.com")
    assert microsoft.token_url.startswith("https://login.microsoftonline.com/")
    assert "offline_access" in microsoft.scope.split()
    mine = OAuthProvider.configured("google", "id", scope="https://mail.google.com/ email")
    assert mine.scope.endswith(" email")  # a setting wins over the preset


@pytest.mark.parametrize(
    ("name", "urls", "fragment"),
    [
        ("custom", ("", ""), "needs its authorization URL"),
        ("custom", ("http://idp.example/a", "https://idp.example/t"), "is not https"),
        ("yahoo", ("", ""), "unknown OAuth provider"),
    ],
)
def test_unusable_configurations_say_what_to_set(
    name: str, urls: tuple[str, str], fragment: str
) -> None:
    with pytest.raises(ProviderError, match=fragment):
        OAuthProvider.configured(name, "id", auth_url=urls[0], token_url=urls[1], scope="s")


def test_a_silent_connection_does_not_hold_up_the_redirect(oauth_provider: Provider) -> None:
    """Browsers open connections ahead of need and send nothing on them."""
    import socket

    idle: list[socket.socket] = []

    def browser(url: str) -> None:
        redirect_uri = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        port = urlsplit(redirect_uri).port
        assert port is not None
        idle.append(socket.create_connection(("127.0.0.1", port)))
        Browser()(url)

    try:
        token = sign_in(configured(oauth_provider), ACCOUNT, browser, lambda url: None, timeout=8)
    finally:
        for connection in idle:
            connection.close()
    assert token["refresh_token"] in oauth_provider.refresh
