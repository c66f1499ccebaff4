"""Settings, each declared once with its key, type, default and description.

The store is injected (a QSettings in the app, an INI-file QSettings in tests);
only values that differ from the default are written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:  # settings are read before the first paint: keep their import light
    from deskeditor.domain.corrections import PublicationIdentity
    from deskeditor.domain.oauth_provider import OAuthProvider

T = TypeVar("T")


class SettingsStore(Protocol):
    def value(self, key: str, defaultValue: Any = None) -> Any: ...  # noqa: N803
    def setValue(self, key: str, value: Any) -> None: ...
    def remove(self, key: str) -> None: ...
    def contains(self, key: str) -> bool: ...


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    description: str


WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"", "Main window position and size")
WINDOW_SCREEN = Setting(
    "window/screen", str, "", "The screen's free area (WxH) when the window was last laid out"
)
WINDOW_STATE = Setting("window/state", bytes, b"", "Toolbars and docks of the main window")
LIST_HEADER = Setting("list/header", bytes, b"", "Article list column widths and order")
SPLITTER = Setting("window/splitter", bytes, b"", "Widths of the list, editor and preview")
BODY_SPLITTER = Setting("window/body_splitter", bytes, b"", "Height of body and pull quotes")
SHOW_LIST = Setting("window/show_list", bool, True, "Article list shown (when there is room)")
SHOW_PREVIEW = Setting("window/show_preview", bool, True, "Preview shown (when there is room)")
LAST_ARTICLE = Setting("session/last_article", int, 0, "The article open when the app closed")
BODY_FONT_FAMILY = Setting("editor/body_font_family", str, "", "Body editor font (empty: system)")
BODY_FONT_SIZE = Setting("editor/body_font_size", int, 12, "Body editor font size in points")
HEADLINE_BUDGET = Setting("fit/headline", int, 70, "Headline length budget in characters")
DEK_BUDGET = Setting("fit/dek", int, 140, "Dek length budget in characters")
PUBLICATION_NAME = Setting(
    "publication/name", str, "", "The publication's name, as readers know it"
)
CORRECTIONS_EMAIL = Setting(
    "publication/corrections_email", str, "", "Where readers send corrections (the reply's From)"
)
SITE_URL_PATTERN = Setting(
    "publication/site_url_pattern",
    str,
    "",
    "Article addresses on the site, e.g. https://ledger.example/*/{slug} (links in reader mail)",
)
REPLY_SIGNATURE = Setting(
    "publication/reply_signature", str, "", "How replies to readers are signed"
)
MAILDIR = Setting("inbox/maildir", str, "", "Maildir folder the inbox reads new mail from")
IMAP_ACCOUNT = Setting(
    "inbox/imap_account", str, "", "IMAP folder the inbox reads (imap[s]://user@host:port/FOLDER)"
)
IMAP_AFTER_IMPORT = Setting(
    "inbox/imap_after_import",
    str,
    "leave",
    "What happens on the server to a message once imported: leave, delete or move:FOLDER",
)
OAUTH_PROVIDER = Setting(
    "inbox/oauth_provider",
    str,
    "",
    "OAuth provider of an XOAUTH2 account: google, microsoft or custom (empty: by its host)",
)
OAUTH_CLIENT_ID = Setting(
    "inbox/oauth_client_id", str, "", "The desk's app as registered with the OAuth provider"
)
OAUTH_CLIENT_SECRET = Setting(
    "inbox/oauth_client_secret",
    str,
    "",
    "The registered desktop app's client secret, for providers that issue one (Google)",
)
OAUTH_AUTH_URL = Setting(
    "inbox/oauth_auth_url", str, "", "The provider's authorization endpoint (empty: the preset's)"
)
OAUTH_TOKEN_URL = Setting(
    "inbox/oauth_token_url", str, "", "The provider's token endpoint (empty: the preset's)"
)
OAUTH_SCOPE = Setting(
    "inbox/oauth_scope", str, "", "The scope IMAP access needs (empty: the preset's)"
)
OAUTH_SETTINGS = (
    OAUTH_PROVIDER,
    OAUTH_CLIENT_ID,
    OAUTH_CLIENT_SECRET,
    OAUTH_AUTH_URL,
    OAUTH_TOKEN_URL,
    OAUTH_SCOPE,
)
SMTP_ACCOUNT = Setting(
    "mail/smtp_account", str, "", "SMTP server replies are sent through (smtp[s]://user@host:port)"
)
WIRE_FOLDERS = Setting(
    "wire/folders", str, "", "Folders watched for wire copy while the app runs, one a line"
)
WIRE_MOVE_IMPORTED = Setting(
    "wire/move_imported", bool, False, "Move imported wire files into the folder's imported/"
)
AUTHOR = Setting("user/name", str, "", "Name recorded with revisions")
DESK_LANGUAGE = Setting(
    "language/articles",
    str,
    "en-US",
    "Language of articles that set none: a BCP 47 tag (en-US, en-GB, de-DE, …)",
)
UI_LANGUAGE = Setting(
    "language/interface", str, "", "Language of the window (a locale name; empty: the system's)"
)
QUERIES_IN_EXPORTS = Setting(
    "export/queries", bool, False, "Mark and list the desk's open queries in HTML and PDF exports"
)


def author_name(settings: Settings) -> str:
    """Who a change is by, in the window and on the command line alike: the name in
    Preferences, else the login name (an override's reason is never recorded as by
    nobody), else "" where the system has no login name."""
    import getpass

    if name := settings.get(AUTHOR):
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return ""


def user_store() -> SettingsStore:
    """The user's settings file, the app's and the command line's alike."""
    import os
    import sys

    from PySide6.QtCore import QSettings

    from deskeditor.paths import APP_AUTHOR, APP_NAME

    ini, user = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    if sys.platform.startswith("linux"):  # Qt reads $XDG_CONFIG_HOME once per process
        folder = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        QSettings.setPath(ini, user, folder)
    store = QSettings(ini, user, APP_AUTHOR, APP_NAME)
    private_settings(Path(store.fileName()))
    return store


def private_settings(path: Path) -> None:
    """The settings file private to the user (its folder 0700, the file 0600): QSettings
    keeps a file's mode when it rewrites it, so it is made so before it is used."""
    import logging

    from deskeditor.files import close_to_others, private_file, private_folder

    try:
        if not path.parent.exists():
            private_folder(path.parent)
        private_file(path)
        close_to_others(path.parent)
    except OSError as error:
        logging.getLogger(__name__).warning("cannot make the settings private: %s", error)


class Settings:
    def __init__(self, store: SettingsStore) -> None:
        self._store = store

    def get(self, setting: Setting[T]) -> T:
        if not self._store.contains(setting.key):
            return setting.default
        raw = self._store.value(setting.key)
        try:
            if setting.type is bool and isinstance(raw, str):
                return raw.lower() in {"1", "true", "yes"}  # type: ignore[return-value]
            if setting.type is bytes:
                return bytes(raw)  # type: ignore[return-value]
            return setting.type(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if value == setting.default:
            self._store.remove(setting.key)
        else:
            self._store.setValue(setting.key, value)


def publication_identity(settings: Settings) -> PublicationIdentity:
    """The publication as readers meet it, from its settings."""
    from deskeditor.domain.corrections import PublicationIdentity

    return PublicationIdentity(
        name=settings.get(PUBLICATION_NAME),
        corrections_address=settings.get(CORRECTIONS_EMAIL),
        site_url_pattern=settings.get(SITE_URL_PATTERN),
        signature=settings.get(REPLY_SIGNATURE),
    )


def oauth_provider(settings: Settings, host: str) -> OAuthProvider:
    """Where the account at ``host`` signs in (ProviderError says what to set)."""
    from deskeditor.domain.oauth_provider import OAuthProvider

    return OAuthProvider.configured(
        settings.get(OAUTH_PROVIDER),
        settings.get(OAUTH_CLIENT_ID),
        host=host,
        client_secret=settings.get(OAUTH_CLIENT_SECRET),
        auth_url=settings.get(OAUTH_AUTH_URL),
        token_url=settings.get(OAUTH_TOKEN_URL),
        scope=settings.get(OAUTH_SCOPE),
    )
