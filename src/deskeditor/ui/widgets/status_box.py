"""The status control: a combo box that never moves by accident. Arrow keys and the
mouse wheel on a closed combo box would step through the statuses, each step a
move (and one of them "published"), and so would letters (a closed combo box jumps
to the item they start: text typed after a dialog closed lands here); here keys
open the list instead, and a status is chosen with Enter or a click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox

STEP_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


class StatusBox(QComboBox):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        typed = event.text().isprintable() and bool(event.text().strip())
        stepping = event.key() in STEP_KEYS and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        )
        if stepping or (plain and typed):
            self.showPopup()
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the page scrolls; the status stays
