"""``deskeditor inbox account set URL`` and ``deskeditor inbox fetch``: the
corrections inbox pointed at an IMAP folder, for the window and for cron alike.

The account's URL is a setting (shared with the app); its password goes to the
OS keyring, never to a file. Scripts may give it in ``$DESKEDITOR_MAIL_PASSWORD``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from deskeditor.cli.common import UsageError, opened_database, print_json
from deskeditor.domain.text import counted

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands
    from deskeditor.domain.mail_account import MailAccount
    from deskeditor.domain.oauth_provider import OAuthProvider
    from deskeditor.services.imap_intake import SecretSource
    from deskeditor.services.mail_out import SmtpAccount
    from deskeditor.settings import Settings


def register(actions: Commands, common: argparse.ArgumentParser) -> None:
    account = actions.add_parser("account", help="the IMAP folder the inbox reads")
    what = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    setter = what.add_parser(
        "set", parents=[common], help="imap://user@host:port/FOLDER (STARTTLS) or imaps://…"
    )
    setter.add_argument("url", metavar="URL")
    setter.add_argument(
        "--after-import",
        metavar="WHAT",
        help="leave (the default), delete or move:FOLDER: what happens to an imported message",
    )
    _oauth_options(setter)
    setter.set_defaults(handler=run_account_set)
    smtp = actions.add_parser("smtp", help="the SMTP server replies are sent through")
    smtp_what = smtp.add_subparsers(dest="smtp_command", metavar="ACTION", required=True)
    smtp_set = smtp_what.add_parser(
        "set", help="smtps://user@host:465 (TLS) or smtp://user@host:587 (STARTTLS)"
    )
    smtp_set.add_argument("url", metavar="URL")
    smtp_set.set_defaults(handler=run_smtp_set)
    send = actions.add_parser(
        "send-reply", parents=[common], help="send a reviewed reply (.eml) to the reader by SMTP"
    )
    send.add_argument("request", metavar="REQUEST", type=int, help="the request's number")
    send.add_argument("--eml", required=True, metavar="PATH", help="the reply, as reviewed")
    send.set_defaults(handler=run_send_reply)
    fetch = actions.add_parser("fetch", parents=[common], help="read new mail from the account")
    fetch.add_argument("--account", metavar="URL", help="another account than the one set")
    fetch.add_argument("--json", action="store_true")
    fetch.set_defaults(handler=run_fetch)


def _oauth_options(parser: argparse.ArgumentParser) -> None:
    from deskeditor.domain.oauth_provider import PROVIDER_NAMES

    group = parser.add_argument_group(
        "OAuth (for imaps://user;AUTH=XOAUTH2@host/…; kept for the next sign-in)"
    )
    group.add_argument(
        "--oauth-provider",
        choices=PROVIDER_NAMES,
        help="whose endpoints and scope to use (default: by the IMAP host)",
    )
    group.add_argument("--oauth-client-id", metavar="ID", help="the desk's registered app")
    group.add_argument(
        "--oauth-client-secret", metavar="SECRET", help="the desktop app's secret, if it has one"
    )
    group.add_argument("--oauth-auth-url", metavar="URL", help="authorization endpoint")
    group.add_argument("--oauth-token-url", metavar="URL", help="token endpoint")
    group.add_argument("--oauth-scope", metavar="SCOPE", help="scope for IMAP access")


def _settings() -> Settings:
    from deskeditor.settings import Settings, user_store

    return Settings(user_store())


def _account(url: str) -> MailAccount:
    from deskeditor.domain.mail_account import AccountError, MailAccount

    try:
        return MailAccount.parse(url)
    except AccountError as error:
        raise UsageError(str(error)) from None


def _provider(settings: Settings, account: MailAccount) -> OAuthProvider:
    from deskeditor.domain.oauth_provider import ProviderError
    from deskeditor.settings import oauth_provider

    try:
        return oauth_provider(settings, account.host)
    except ProviderError as error:
        raise UsageError(str(error)) from None


def _sign_in(args: argparse.Namespace, settings: Settings, account: MailAccount) -> None:
    """The desktop sign-in in the system browser; the token goes to the keyring."""
    import webbrowser

    from deskeditor.services.oauth import AccessTokens, sign_in
    from deskeditor.settings import OAUTH_SETTINGS

    for setting in OAUTH_SETTINGS:
        given = getattr(args, setting.key.removeprefix("inbox/"))
        if given is not None:
            settings.set(setting, given)
    provider = _provider(settings, account)

    def show(url: str) -> None:
        print(f"Sign in to {provider.label} in the browser; if none opens, open this address:")
        print(url, flush=True)

    token = sign_in(provider, account, lambda url: webbrowser.open(url), show)  # or SignInError
    problem = AccessTokens(provider, account).keep(token)
    if problem is not None:
        print(f"deskeditor: {problem}; the sign-in lasts until this command ends", file=sys.stderr)


def _after_import(value: str) -> str:
    if value in ("leave", "delete") or (value.startswith("move:") and len(value) > 5):
        return value
    raise UsageError(f"--after-import {value!r}: leave, delete or move:FOLDER")


def _ask_password(account: MailAccount | SmtpAccount) -> str:
    """The password from the terminal (hidden), or the first line of piped input."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Password for {account.user} at {account.host}: ")
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def run_account_set(args: argparse.Namespace) -> int:
    from deskeditor.services import credentials
    from deskeditor.settings import IMAP_ACCOUNT, IMAP_AFTER_IMPORT

    account = _account(args.url)
    after = _after_import(args.after_import) if args.after_import else None
    settings = _settings()
    if account.oauth:
        _sign_in(args, settings, account)
    else:
        secret = os.environ.get(credentials.PASSWORD_ENV) or _ask_password(account)
        if not secret:
            raise UsageError("no password given")
        try:
            credentials.keep_secret(account.url, secret)
        except credentials.KeyringUnavailableError as error:
            print(f"deskeditor: {error} (or set ${credentials.PASSWORD_ENV})", file=sys.stderr)
    settings.set(IMAP_ACCOUNT, account.url)
    if after is not None:
        settings.set(IMAP_AFTER_IMPORT, after)
    print(f"the inbox reads {account.url}")
    return 0


def run_fetch(args: argparse.Namespace) -> int:
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.imap_intake import ImapIntake
    from deskeditor.services.inbox import InboxService
    from deskeditor.settings import IMAP_ACCOUNT, IMAP_AFTER_IMPORT

    settings = _settings()
    url = args.account or settings.get(IMAP_ACCOUNT)
    if not url:
        raise UsageError("no mail account: set one with `deskeditor inbox account set URL`")
    account = _account(url)
    source = _secret_source(settings, account)
    with opened_database(args) as database:
        articles = ArticleService(database.unit_of_work)
        inbox = InboxService(database.unit_of_work, articles)
        intake = ImapIntake(
            database.unit_of_work,
            inbox,
            account,
            source,
            settings.get(IMAP_AFTER_IMPORT),
        )
        report = intake.fetch()
    if args.json:
        print_json([o.as_json() for o in report.outcomes])
    else:
        for o in report.outcomes:
            article = f" → {o.article['headline']}" if o.article else " (not linked)"
            detail = f": {o.error}" if o.error else ""
            print(f"{o.source}: {o.outcome}{article if o.request_id else ''}{detail}")
        print(f"{counted(report.new, 'new message', 'new messages')} from {account.url}")
    if report.error:
        print(f"deskeditor: {report.error}", file=sys.stderr)
    ok = report.error is None and all(o.request_id is not None for o in report.outcomes)
    return 0 if ok else 1


def _secret_source(settings: Settings, account: MailAccount) -> SecretSource:
    """A fresh OAuth access token for an XOAUTH2 account; else the password (keyring,
    ``$DESKEDITOR_MAIL_PASSWORD``, or asked at the terminal)."""
    from deskeditor.services import credentials
    from deskeditor.services.oauth import AccessTokens

    if account.oauth:
        return AccessTokens(_provider(settings, account), account)
    secret = credentials.secret(account.url)
    if secret is None and sys.stdin is not None and sys.stdin.isatty():
        secret = _ask_password(account)
    return lambda _: secret


def _smtp(url: str) -> SmtpAccount:
    from deskeditor.services.errors import ServiceError
    from deskeditor.services.mail_out import SmtpAccount

    try:
        return SmtpAccount.parse(url)
    except ServiceError as error:
        raise UsageError(str(error)) from None


def run_smtp_set(args: argparse.Namespace) -> int:
    from deskeditor.services import credentials
    from deskeditor.settings import SMTP_ACCOUNT

    account = _smtp(args.url)
    if account.user:
        secret = os.environ.get(credentials.PASSWORD_ENV) or _ask_password(account)
        try:
            credentials.keep_secret(account.url, secret)
        except credentials.KeyringUnavailableError as error:
            print(f"deskeditor: {error} (or set ${credentials.PASSWORD_ENV})", file=sys.stderr)
    _settings().set(SMTP_ACCOUNT, account.url)
    print(f"replies are sent through {account.url}")
    return 0


def run_send_reply(args: argparse.Namespace) -> int:
    from email import message_from_bytes
    from email.message import EmailMessage
    from email.policy import default
    from pathlib import Path

    from deskeditor.services import credentials
    from deskeditor.services.mail_out import MailSender, ReplySender
    from deskeditor.settings import SMTP_ACCOUNT

    url = _settings().get(SMTP_ACCOUNT)
    if not url:
        raise UsageError("no SMTP server: set one with `deskeditor inbox smtp set URL`")
    account = _smtp(url)
    message = message_from_bytes(Path(args.eml).read_bytes(), policy=default)
    if not isinstance(message, EmailMessage) or not message["To"]:
        raise UsageError(f"{args.eml} is not a reply with a recipient")
    sender = MailSender(account, lambda a: credentials.secret(a.url))
    with opened_database(args, must_exist=True) as database:
        sent = ReplySender(database.unit_of_work, sender).send_reply(args.request, message)
    print(f"sent to {sent['To']}; request #{args.request} is marked replied")
    return 0
