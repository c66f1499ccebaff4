"""Secrets for mail accounts (passwords, OAuth refresh tokens) in the OS keyring,
never in settings or the database.

With no keyring backend (a headless machine, a desktop without Secret Service)
nothing is stored: callers say so and ask each time. A plain-text "keyring"
(the ``keyrings.alt`` package's file backends) counts as none: a password in a
file in the home folder is what the keyring is there to avoid.
"""

from __future__ import annotations

import logging
import os

SERVICE = "Deskeditor mail"
OAUTH_SERVICE = "Deskeditor mail OAuth"  # an OAuth account's token (JSON), by its URL
DESK_SERVICE = "Deskeditor desk"  # a desk login's password, by the desk's address
PASSWORD_ENV = "DESKEDITOR_MAIL_PASSWORD"  # for scripts and cron: wins over the keyring
log = logging.getLogger(__name__)


class KeyringUnavailableError(Exception):
    """There is no keyring to keep a secret in; the message says what to do."""


def keyring_problem() -> str | None:
    """Why secrets cannot be kept here, or None when the keyring works."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - a dependency
        return "the keyring library is missing"
    backend = keyring.get_keyring()
    name = type(backend).__module__
    if isinstance(backend, fail.Keyring) or name.startswith(
        ("keyrings.alt", "keyring.backends.null")
    ):
        return (
            "no system keyring is available (such as GNOME Keyring, KWallet, macOS Keychain "
            "or Windows Credential Manager): the password is not kept and is asked for each time"
        )
    return None


def secret(account_url: str, service: str = SERVICE) -> str | None:
    """The account's secret: ``$DESKEDITOR_MAIL_PASSWORD`` (mail only), else the
    keyring's, else None."""
    if service == SERVICE and os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if keyring_problem() is not None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(service, account_url)
    except KeyringError as error:
        log.warning("the keyring did not answer: %s", error)
        return None


def keep_secret(account_url: str, value: str, service: str = SERVICE) -> None:
    """Keep the account's secret in the keyring (KeyringUnavailableError when there is none)."""
    problem = keyring_problem()
    if problem is not None:
        raise KeyringUnavailableError(problem)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(service, account_url, value)
    except KeyringError as error:
        raise KeyringUnavailableError(f"the keyring refused to keep it: {error}") from None
