"""XOAUTH2 from the command line against real servers on 127.0.0.1: the test's
OAuth 2 provider (tests/oauthserver.py) and a Dovecot that checks each access
token with that provider's introspection endpoint. The system browser is the
edge: a function that opens the authorization URL and follows the redirect."""

from __future__ import annotations

import json
import time
import webbrowser
from pathlib import Path

import pytest

from deskeditor.services import credentials
from tests.mailserver import USER, Dovecot, MemoryKeyring, imap
from tests.oauthserver import CLIENT_ID, SCOPE, Browser, Provider
from tests.services.test_imap_intake import message
from tests.test_cli import Result, deskeditor

pytestmark = imap


def oauth_url(server: Dovecot) -> str:
    return f"imap://{USER};AUTH=XOAUTH2@127.0.0.1:{server.port}/INBOX"


def sign_in(provider: Provider, server: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Result:
    browser = Browser()
    monkeypatch.setattr(webbrowser, "open", browser)
    done = deskeditor(
        "inbox", "account", "set", oauth_url(server),
        "--oauth-provider", "custom",
        "--oauth-client-id", CLIENT_ID,
        "--oauth-auth-url", provider.auth_url,
        "--oauth-token-url", provider.token_url,
        "--oauth-scope", SCOPE,
    )  # fmt: skip
    assert browser.opened and browser.opened[0] in done.stdout  # shown, to paste as well
    assert browser.answers and browser.answers[0][0] == 200
    return done


def fetch(tmp_path: Path, server: Dovecot) -> Result:
    env = {"SSL_CERT_FILE": str(server.cafile)}  # STARTTLS with the test's certificate
    return deskeditor("inbox", "fetch", "--json", "--db", str(tmp_path / "desk.sqlite"), env=env)


def test_sign_in_then_fetch_imports_the_mail_over_xoauth2(
    tmp_path: Path,
    private_user_folders: Path,
    oauth_provider: Provider,
    oauth_dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    done = sign_in(oauth_provider, oauth_dovecot, monkeypatch)
    assert done.returncode == 0, done.stderr
    kept = json.loads(memory_keyring.kept[(credentials.OAUTH_SERVICE, oauth_url(oauth_dovecot))])
    assert kept["refresh_token"] in oauth_provider.refresh
    oauth_dovecot.deliver(message(1), message(2))
    fetched = fetch(tmp_path, oauth_dovecot)
    assert fetched.returncode == 0, fetched.stderr
    assert [r["outcome"] for r in json.loads(fetched.stdout)] == ["new", "new"]
    assert "method=XOAUTH2" in oauth_dovecot.log()
    assert kept["access_token"] in oauth_provider.introspected  # the token Dovecot checked
    assert oauth_provider.refreshes == 0  # a token good for an hour is not refreshed
    again = fetch(tmp_path, oauth_dovecot)
    assert again.returncode == 0 and json.loads(again.stdout) == []
    # The tokens are in the keyring only: not in the settings, the database or any file.
    tokens = oauth_provider.issued()
    for folder in (private_user_folders, tmp_path):
        for path in (p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            assert not any(t.encode() in data for t in tokens), path


def test_an_expired_access_token_is_refreshed_before_the_login(
    tmp_path: Path,
    private_user_folders: Path,
    oauth_provider: Provider,
    oauth_dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    oauth_provider.lifetime = 1.0  # short-lived access tokens
    assert sign_in(oauth_provider, oauth_dovecot, monkeypatch).returncode == 0
    first = oauth_provider.issued() - oauth_provider.refresh
    time.sleep(1.5)  # the signed-in access token is dead at the provider now
    oauth_dovecot.deliver(message(3))
    fetched = fetch(tmp_path, oauth_dovecot)
    assert fetched.returncode == 0, fetched.stderr
    assert [r["outcome"] for r in json.loads(fetched.stdout)] == ["new"]
    assert oauth_provider.refreshes == 1
    assert oauth_provider.introspected and oauth_provider.introspected[-1] not in first
    key = (credentials.OAUTH_SERVICE, oauth_url(oauth_dovecot))
    assert json.loads(memory_keyring.kept[key])["access_token"] == oauth_provider.introspected[-1]


def test_a_revoked_sign_in_says_to_sign_in_again_and_imports_nothing(
    tmp_path: Path,
    private_user_folders: Path,
    oauth_provider: Provider,
    oauth_dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    oauth_provider.lifetime = 1.0
    assert sign_in(oauth_provider, oauth_dovecot, monkeypatch).returncode == 0
    time.sleep(1.5)
    oauth_provider.revoke()  # the user withdrew the desk's access at the provider
    oauth_dovecot.deliver(message(4), message(5))
    fetched = fetch(tmp_path, oauth_dovecot)
    assert fetched.returncode == 1
    assert json.loads(fetched.stdout) == []
    lines = fetched.stderr.strip().splitlines()
    assert len(lines) == 1 and "no longer valid (invalid_grant" in lines[0]
    assert "sign in again" in lines[0] and "deskeditor inbox account set" in lines[0]
    listed = deskeditor("inbox", "list", "--json", "--db", str(tmp_path / "desk.sqlite"))
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_a_refused_consent_sets_nothing(
    private_user_folders: Path,
    oauth_provider: Provider,
    oauth_dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    oauth_provider.deny = True
    done = sign_in(oauth_provider, oauth_dovecot, monkeypatch)
    assert done.returncode == 1
    assert "cancelled or refused" in done.stderr and "access_denied" in done.stderr
    assert memory_keyring.kept == {}
    config = "".join(p.read_text() for p in private_user_folders.rglob("*.ini"))
    assert "imap_account" not in config  # the inbox does not point at an account it cannot read


def test_an_oauth_account_without_a_client_id_says_what_to_set(
    private_user_folders: Path, memory_keyring: MemoryKeyring
) -> None:
    done = deskeditor("inbox", "account", "set", "imaps://desk;AUTH=XOAUTH2@imap.gmail.com/INBOX")
    assert done.returncode == 2
    assert "no OAuth client id" in done.stderr and "--oauth-client-id" in done.stderr
