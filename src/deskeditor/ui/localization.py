"""The window's language: the system's, or the one chosen in Preferences. Loads
Deskeditor's translation and Qt's own (qtbase: its standard buttons and dialogs),
and lays the window out right to left for Arabic, Hebrew and the like.

Translations live in resources/translations as deskeditor_<language>.qm, compiled
from the .ts sources by scripts/translations.py (the build runs it). English has
one too: Qt takes even English plural forms ("1 error", "2 errors") from it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskeditor.resources import resource_path

log = logging.getLogger(__name__)
# Languages the window is translated into (a complete deskeditor_<code>.ts each).
SHIPPED = ("en", "de")


def translation_folders() -> list[Path]:
    """Where deskeditor_<language>.qm files are looked for (tests add a pseudo-locale)."""
    return [resource_path("translations")]


def interface_locale(choice: str) -> QLocale:
    """The locale the window speaks: ``choice`` (a locale name such as "de" or "ar"),
    or the system's when it is empty. A system with no locale set reads as US English."""
    locale = QLocale(choice) if choice else QLocale.system()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def install_translations(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Load the window's translation and Qt's for ``choice`` (see interface_locale),
    falling back to English; set the default locale and the layout direction. The
    translators are returned: keep them (Qt does not own them)."""
    locale = interface_locale(choice)
    QLocale.setDefault(locale)
    installed = []
    ours = QTranslator(app)
    found = any(ours.load(locale, "deskeditor", "_", str(f)) for f in translation_folders())
    if not found:
        found = any(ours.load("deskeditor_en", str(f)) for f in translation_folders())
    if found:
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation found in %s", translation_folders())
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(locale.textDirection())
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo install_translations (an app closed: the next one starts afresh)."""
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
    QLocale.setDefault(interface_locale(""))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(QLocale.system().textDirection())


def language_choices() -> list[tuple[str, str]]:
    """(locale name, label) for Preferences: the system's language first, then each
    shipped language named in itself ("Deutsch")."""
    system = QCoreApplication.translate("Localization", "The system's language")
    choices = [("", system)]
    for code in SHIPPED:
        locale = QLocale(code)
        name = locale.nativeLanguageName() or code
        choices.append((code, name[:1].upper() + name[1:]))
    return choices
