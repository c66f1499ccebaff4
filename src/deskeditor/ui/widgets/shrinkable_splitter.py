"""A splitter that does not make its window as large as all its panes together.

QSplitter asks for the sum of its panes' minimums, so a window holding one can
never be smaller than every pane at its narrowest: on a small or 2× screen the
window runs off the screen. This one asks only for ``minimum`` along its axis;
when it gets less room than its panes need, its last pane folds away (the user
drags it back when there is room) instead of being cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class ShrinkableSplitter(QSplitter):
    def __init__(
        self, orientation: Qt.Orientation, minimum: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(orientation, parent)
        self.minimum = minimum
        self.fold_last = False  # fold the last pane away when room runs short
        self._folded = False

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.orientation() == Qt.Orientation.Horizontal:
            return QSize(self.minimum, hint.height())
        return QSize(hint.width(), self.minimum)

    def _length(self, size: QSize) -> int:
        horizontal = self.orientation() == Qt.Orientation.Horizontal
        return size.width() if horizontal else size.height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.fold_last or self.count() < 2:
            return
        shown = [w for i in range(self.count()) if (w := self.widget(i)) is not None]
        needed = sum(self._length(w.minimumSizeHint()) for w in shown if not w.isHidden())
        room = self._length(self.size())
        sizes = self.sizes()
        if room < needed + self.handleWidth() and sizes[-1] > 0:
            self.setSizes([*sizes[:-2], sizes[-2] + sizes[-1], 0])
            self._folded = True  # ours to unfold when there is room again
        elif self._folded and room >= needed + self.handleWidth():
            last = self._length(shown[-1].sizeHint())
            self.setSizes([*sizes[:-2], max(0, sizes[-2] - last), last])
            self._folded = False
