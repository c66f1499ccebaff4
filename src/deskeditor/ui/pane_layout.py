"""The three panes (article list, editor, preview) on any screen.

Each pane has a width below which it cannot be read. When the window is too
narrow for all three, a pane is collapsed rather than crushed (the preview
first, then the list; the editor always stays) and View → Preview or Article
list brings it back, collapsing the other if there is still no room. The
window may be as narrow as the editor alone: the splitter does not sum its
panes' minimums into the window's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from deskeditor.ui.widgets.shrinkable_splitter import ShrinkableSplitter

# Readable widths in device-independent pixels (at 2× scale each is twice the pixels).
LIST_MIN = 280
EDITOR_MIN = 440
PREVIEW_MIN = 320
STRETCH = (3, 4, 3)  # how extra width is shared: list, editor, preview


class PaneSplitter(ShrinkableSplitter):
    """The window may shrink to the editor's width; PaneLayout collapses panes
    before any is squeezed below its minimum."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal, EDITOR_MIN)


class PaneLayout(QObject):
    collapsed = Signal(str)  # "list" or "preview": hidden for want of room
    unfolded = Signal(str)  # a pane collapsed for want of room is back in view

    def __init__(
        self,
        splitter: PaneSplitter,
        show_list: QAction,
        show_preview: QAction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.splitter = splitter
        self.panes: dict[str, QWidget] = {}
        for index, name in enumerate(("list", "editor", "preview")):
            pane = splitter.widget(index)
            assert pane is not None
            self.panes[name] = pane
        self.readable = {"list": LIST_MIN, "editor": EDITOR_MIN, "preview": PREVIEW_MIN}
        self.actions = {"list": show_list, "preview": show_preview}
        self.wanted = {"list": True, "preview": True}
        # Kept first when room runs out: the last one asked for, then the list.
        self._priority = ["preview", "list"]
        self.fresh = True  # no widths stored: share the first real width by STRETCH
        for name, action in self.actions.items():
            action.setCheckable(True)
            action.setChecked(True)
            action.triggered.connect(lambda on, n=name: self.set_wanted(n, on))
        splitter.setChildrenCollapsible(False)
        for index, stretch in enumerate(STRETCH):
            splitter.setStretchFactor(index, stretch)
        # After the splitter has shared out a new width itself (a resize event is
        # seen before the splitter handles it).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.apply)
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(lambda *_: self._keep_minimums())

    def shown(self, name: str) -> bool:
        return not self.panes[name].isHidden()

    def set_wanted(self, name: str, on: bool) -> None:
        """The user shows or hides a pane (View menu)."""
        self.wanted[name] = on
        if on:
            self._priority.remove(name)
            self._priority.append(name)
        self.apply()

    def restore_wanted(self, list_shown: bool, preview_shown: bool) -> None:
        self.wanted = {"list": list_shown, "preview": preview_shown}
        self.apply()

    @property
    def minimums(self) -> dict[str, int]:
        """Each pane's narrowest: readable, and never below what its contents need."""
        return {
            name: max(width, self.panes[name].minimumSizeHint().width())
            for name, width in self.readable.items()
        }

    def apply(self) -> None:
        """Show the wanted panes that fit the splitter's width, each at a readable width."""
        if not self.splitter.isVisible():
            return  # the first showing applies it, at the real width
        minimums = self.minimums
        for name, pane in self.panes.items():
            pane.setMinimumWidth(minimums[name])  # the splitter keeps to it when dragged
        width = self.splitter.width()
        handle = self.splitter.handleWidth()
        room = width - minimums["editor"]
        fits: set[str] = set()
        for name in reversed(self._priority):
            need = minimums[name] + handle
            if self.wanted[name] and need <= room:
                fits.add(name)
                room -= need
        for name in ("list", "preview"):
            show = name in fits
            was_shown = self.shown(name)
            self.panes[name].setVisible(show)
            self.actions[name].setChecked(show)
            if was_shown and not show and self.wanted[name]:
                self.collapsed.emit(name)
            if show and not was_shown:
                self.fresh = True  # back in view: it gets its share, not a sliver
                self.unfolded.emit(name)
        if self.fresh:
            self.fresh = False
            shown = [n for n in self.panes if n in fits or n == "editor"]
            shares = sum(STRETCH[i] for i, n in enumerate(self.panes) if n in shown)
            share = [
                width * STRETCH[i] // shares if n in shown else 0 for i, n in enumerate(self.panes)
            ]
            self.splitter.setSizes(share)
        self._keep_minimums()

    def _keep_minimums(self) -> None:
        """Widen any shown pane below its minimum, taking from the widest others."""
        sizes = self.splitter.sizes()
        minimums = self.minimums
        names = ["list", "editor", "preview"]
        shown = [i for i, n in enumerate(names) if self.shown(n)]
        total = sum(sizes[i] for i in shown)
        if not total:
            return
        changed = False
        for i in shown:
            lack = minimums[names[i]] - sizes[i]
            if lack <= 0:
                continue
            for j in sorted(shown, key=lambda k: sizes[k] - minimums[names[k]], reverse=True):
                if j == i:
                    continue
                spare = sizes[j] - minimums[names[j]]
                take = min(spare, lack)
                if take > 0:
                    sizes[j] -= take
                    sizes[i] += take
                    lack -= take
                    changed = True
        if changed:
            self.splitter.setSizes(sizes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._later.start()
        return False

    def widths(self) -> dict[str, int]:
        """Each shown pane's width (for tests and screenshots)."""
        return {n: w.width() for n, w in self.panes.items() if not w.isHidden()}
