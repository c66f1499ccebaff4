"""The spelling Fix: the dictionary's suggestions to choose from, and Add to
dictionary, as a menu under the finding (arrow keys and Enter, or a click)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

ADD_TO_DICTIONARY = object()  # the answer when the user adds the word instead


class SpellingMenu(QMenu):
    def __init__(self, parent: QWidget | None, word: str, suggestions: list[str]) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Spelling of “{0}”").format(word))
        self.chosen: object = None
        for number, suggestion in enumerate(suggestions[:9], start=1):
            action = self.addAction(f"&{number} {suggestion}")
            action.triggered.connect(lambda _=False, s=suggestion: self._choose(s))
        if not suggestions:
            self.addAction(self.tr("No suggestions")).setEnabled(False)
        self.addSeparator()
        add = self.addAction(self.tr("&Add “{0}” to the dictionary").format(word))
        add.triggered.connect(lambda: self._choose(ADD_TO_DICTIONARY))

    def _choose(self, value: object) -> None:
        self.chosen = value

    @classmethod
    def ask(
        cls, parent: QWidget | None, at: QPoint, word: str, suggestions: list[str]
    ) -> str | object | None:
        """A suggestion, ADD_TO_DICTIONARY, or None when the menu is dismissed."""
        menu = cls(parent, word, suggestions)
        menu.exec(at)
        return menu.chosen
