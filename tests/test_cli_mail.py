"""``deskeditor inbox account set`` and ``deskeditor inbox fetch`` against a real
Dovecot on 127.0.0.1, with the keyring as the OS would give it (one kept in
memory here: the OS keyring is the edge) or with none at all."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from deskeditor.services import credentials
from tests.mailserver import PASSWORD, USER, Dovecot, MemoryKeyring, imap
from tests.services.test_imap_intake import message
from tests.test_cli import deskeditor

pytestmark = imap


def typed(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def url(server: Dovecot) -> str:
    return f"imap://{USER}@127.0.0.1:{server.port}/INBOX"


def test_account_set_keeps_the_password_in_the_keyring_and_fetch_uses_it(
    tmp_path: Path,
    private_user_folders: Path,
    dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typed(monkeypatch, PASSWORD + "\n")
    done = deskeditor("inbox", "account", "set", url(dovecot))
    assert done.returncode == 0, done.stderr
    assert memory_keyring.kept == {(credentials.SERVICE, url(dovecot)): PASSWORD}
    config = "".join(p.read_text() for p in private_user_folders.rglob("*.ini"))
    assert f"{USER}@127.0.0.1:{dovecot.port}" in config  # the account is in the settings
    assert PASSWORD not in config  # and its password is not
    dovecot.deliver(message(1), message(2))
    db = str(tmp_path / "desk.sqlite")
    env = {"SSL_CERT_FILE": str(dovecot.cafile)}  # STARTTLS with the test's certificate
    fetched = deskeditor("inbox", "fetch", "--json", "--db", db, env=env)
    assert fetched.returncode == 0, fetched.stderr
    rows = json.loads(fetched.stdout)
    assert [r["outcome"] for r in rows] == ["new", "new"]
    imported_keys = set(json.loads(
        deskeditor("inbox", "import", str(tmp_path / "none.eml"), "--json", "--db", db).stdout
    )[0])  # fmt: skip
    assert set(rows[0]) == imported_keys  # the same objects as `inbox import --json`
    again = deskeditor("inbox", "fetch", "--json", "--db", db, env=env)
    assert again.returncode == 0 and json.loads(again.stdout) == []


def test_without_a_keyring_it_says_so_and_scripts_give_the_password(
    tmp_path: Path, dovecot: Dovecot, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed(monkeypatch, PASSWORD + "\n")
    done = deskeditor("inbox", "account", "set", url(dovecot))
    assert done.returncode == 0
    assert "no system keyring" in done.stderr
    dovecot.deliver(message(3))
    db = str(tmp_path / "desk.sqlite")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # cron: nobody at the terminal
    env = {"SSL_CERT_FILE": str(dovecot.cafile)}
    without = deskeditor("inbox", "fetch", "--db", db, env=env)
    assert without.returncode == 1 and "no password" in without.stderr
    env[credentials.PASSWORD_ENV] = PASSWORD
    fetched = deskeditor("inbox", "fetch", "--db", db, env=env)
    assert fetched.returncode == 0, fetched.stderr
    assert "1 new message from" in fetched.stdout


def test_an_unreachable_server_is_one_line_and_exit_1(
    tmp_path: Path, dovecot: Dovecot, no_keyring: None
) -> None:
    dovecot.stop()
    env = {credentials.PASSWORD_ENV: PASSWORD}
    done = deskeditor(
        "inbox", "fetch", "--account", url(dovecot), "--db", str(tmp_path / "d.sqlite"), env=env
    )
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("deskeditor: cannot reach 127.0.0.1:")


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("pop3://me@example.org/", "not an IMAP URL"),
        ("imaps://me:hunter2@example.org/INBOX", "must not hold the password"),
        ("imaps://example.org/INBOX", "no user"),
    ],
)
def test_a_bad_account_url_is_a_usage_error(bad: str, reason: str) -> None:
    done = deskeditor("inbox", "account", "set", bad)
    assert done.returncode == 2 and reason in done.stderr
