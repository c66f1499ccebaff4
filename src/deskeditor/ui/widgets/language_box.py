"""Choosing a language: the languages with an installed dictionary and the usual
ones of a desk, each named in the window's language ("German (Germany) — de-DE"),
and the desk's own language as the first choice where an article may follow it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from deskeditor.domain.language import COMMON_LANGUAGES, normalize_tag


def language_name(tag: str) -> str:
    """ "British English — en-GB", "Deutsch — de-DE", "العربية — ar": each language named
    in itself (as language pickers do, whatever the window's language), with its tag."""
    locale = QLocale(tag.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return tag
    name = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    return f"{name[:1].upper()}{name[1:]} — {tag}"


class LanguageBox(QComboBox):
    """A combo box whose value is a BCP 47 tag (``tag()``); with ``desk_choice``, an
    empty tag means "the desk's language" and is offered first."""

    def __init__(self, desk_choice: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_choice = desk_choice
        self.setProperty("data", True)  # languages named in themselves, not translated
        self._desk_language = "en-US"
        self._tags: list[str] = list(COMMON_LANGUAGES)
        self._fill("")

    def set_available(self, installed: Iterable[str]) -> None:
        """Offer the installed dictionaries' languages too (known once they are read)."""
        tags = list(COMMON_LANGUAGES) + sorted(set(installed) - set(COMMON_LANGUAGES))
        if tags != self._tags:
            self._tags = tags
            self._fill(self.tag())

    def set_desk_language(self, tag: str) -> None:
        self._desk_language = tag
        self._fill(self.tag())

    def tag(self) -> str:
        return str(self.currentData() or "")

    def set_tag(self, tag: str) -> None:
        """Choose ``tag`` (added to the list when it is not there yet)."""
        self._fill(tag)

    def _fill(self, current: str) -> None:
        blocked = self.blockSignals(True)
        self.clear()
        if self._desk_choice:
            desk = QCoreApplication.translate("LanguageBox", "Desk language ({0})")
            self.addItem(desk.format(self._desk_language), "")
        tags = list(self._tags)
        if current and current not in tags:
            try:
                tags.append(normalize_tag(current))
            except ValueError:
                tags.append(current)  # shown as stored, so nothing is lost by opening it
        for tag in tags:
            self.addItem(language_name(tag), tag)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(blocked)
