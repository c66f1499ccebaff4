"""Finding visible text a translation did not reach: every string the window shows
(labels, buttons, menus, tabs, headers, placeholders, tooltips) is read and the
ones without the pseudo-locale's mark are reported."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

MARK = "⟦"
# Set on a combo box whose items from this index on are data (the desk's sections).
DATA_FROM = "data_from"  # scripts/translations.py --pseudo wraps every translated string in ⟦…⟧
# Widgets whose text is the article, the mail or the user's own (data, not interface).
DATA = "data"  # set as a dynamic property on such widgets: widget.setProperty("data", True)


def _letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each piece of interface text in ``widget``'s tree."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.property(DATA):
            continue
        where = f"{type(child).__name__} {child.objectName()!r}"
        yield from _own_texts(child, where)
        for action in child.actions():
            if not action.isSeparator():
                yield f"{where} action", action.text()
                yield f"{where} action tooltip", action.toolTip()


def _own_texts(child: QWidget, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where} tooltip", child.toolTip()
    if child.isWindow():
        yield f"{where} title", child.windowTitle()
    if isinstance(child, QLabel):
        yield where, child.text()
    elif isinstance(child, QAbstractButton):
        box = child.parent()
        standard = isinstance(box, QDialogButtonBox) and box.standardButton(child) != (
            QDialogButtonBox.StandardButton.NoButton
        )
        if not standard:  # OK, Cancel, Close: Qt's own translation (qtbase) names them
            yield where, child.text()
    elif isinstance(child, QGroupBox):
        yield where, child.title()
    elif isinstance(child, QLineEdit | QPlainTextEdit):
        yield f"{where} placeholder", child.placeholderText()
    elif isinstance(child, QComboBox) and not child.isEditable():
        shown = child.property(DATA_FROM)
        for i in range(child.count() if shown is None else min(int(shown), child.count())):
            yield f"{where} item {i}", child.itemText(i)
    elif isinstance(child, QTabWidget):
        for i in range(child.count()):
            yield f"{where} tab {i}", child.tabText(i)
    elif isinstance(child, QMenu):
        yield f"{where} menu", child.title()
    elif isinstance(child, QTreeView | QTableView) and child.model() is not None:
        model = child.model()
        for column in range(model.columnCount(QModelIndex())):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if header is not None:
                yield f"{where} header {column}", str(header)


def menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield f"menu {menu.title()!r}", menu.title()
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_texts(submenu)
        elif not action.isSeparator():
            yield f"menu {menu.title()!r} action", action.text()
            yield f"menu {menu.title()!r} action tip", action.statusTip()


def untranslated(widget: QWidget) -> list[str]:
    texts = widget_texts(widget) if not isinstance(widget, QMenu) else menu_texts(widget)
    return sorted(
        {
            f"{where}: {text!r}"
            for where, text in texts
            if text and _letters(text) and MARK not in text and "://" not in text
        }
    )
