"""Help → Keyboard shortcuts (F1, Ctrl+/): every shortcut of the window, read from
its menus' actions, so the sheet is never out of step with the keys."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

_FUNCTION_KEY = re.compile(r"F(?:[1-9]|1[0-2])")


def plain(text: str) -> str:
    """A menu text as read: no mnemonic marker, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def typed_keys(sequences: list[QKeySequence]) -> list[str]:
    """The keys a user types, as read; not the dedicated keys of some keyboards that
    Qt also binds ("Undo", "Find", "F14")."""
    shown = []
    for sequence in sequences:
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if "+" in text or _FUNCTION_KEY.fullmatch(text) or text in ("Del", "Esc"):
            shown.append(text)
    return shown


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action with a shortcut, menu by menu."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{title} › {plain(sub.title())}")
            elif not action.isSeparator() and (keys := typed_keys(action.shortcuts())):
                rows.append((title, plain(action.text()), ", ".join(keys)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(menu.title()))
    return rows


class ShortcutSheet(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter: a command or a key"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        groups: dict[str, QTreeWidgetItem] = {}
        for menu, command, keys in shortcut_rows(window):
            if menu not in groups:
                groups[menu] = QTreeWidgetItem(self.tree, [menu])
                groups[menu].setFirstColumnSpanned(True)
                font = groups[menu].font(0)
                font.setBold(True)
                groups[menu].setFont(0, font)
                groups[menu].setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(groups[menu], [command, keys])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)

    def rows(self) -> list[tuple[str, str]]:
        """(command, keys) as shown now."""
        shown = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None
            for i in range(group.childCount()):
                item = group.child(i)
                assert item is not None
                if not item.isHidden():
                    shown.append((item.text(0), item.text(1)))
        return shown

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None
            visible = 0
            for i in range(group.childCount()):
                item = group.child(i)
                assert item is not None
                match = not needle or needle in f"{item.text(0)} {item.text(1)}".casefold()
                item.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)

    @classmethod
    def show_for(cls, window: QMainWindow) -> ShortcutSheet:
        """Open the sheet beside the window (not modal: keep it open while working)."""
        sheet = cls(window)
        sheet.show()
        sheet.filter.setFocus()
        return sheet
