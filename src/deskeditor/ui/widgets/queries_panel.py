"""The Queries tab: every query on the open article with what it is about, who asked
and when, the replies, and whether it is resolved or orphaned (its text deleted:
kept, and can be anchored again to a selection)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.ui.labels import field_label

if TYPE_CHECKING:
    from deskeditor.domain.queries import Query

FADED = QColor("#667085")
ORPHANED = QColor("#b54708")
SHOWN = 80


class QueriesPanel(QWidget):
    chosen = Signal(str)  # uid: show its text
    reply_requested = Signal(str)
    resolve_requested = Signal(str, bool)  # uid, resolved
    reanchor_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queries: list[Query] = []
        self._texts: dict[str, str] = {}
        self.list = QListWidget()
        self.list.setObjectName("queries")
        self.list.setAccessibleName(self.tr("Queries"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(
            self.tr("No queries. Select text and press Ctrl+Alt+M to ask the reporter about it.")
        )
        self.empty.setWordWrap(True)
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.count = QLabel()
        self.reply_button = QPushButton(self.tr("Reply…"))
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.reanchor_button = QPushButton(self.tr("Anchor to selection"))
        self.reanchor_button.setToolTip(
            self.tr("Anchor the query to the text selected in its field (an orphaned one, say)")
        )
        self.delete_button = QPushButton(self.tr("Delete…"))
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.show_resolved)
        buttons = QHBoxLayout()
        for button in (self.reply_button, self.resolve_button, self.reanchor_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._current_changed)
        self.show_resolved.toggled.connect(lambda _on: self._fill())
        self.reply_button.clicked.connect(lambda: self._emit(self.reply_requested))
        self.resolve_button.clicked.connect(self._toggle_resolved)
        self.reanchor_button.clicked.connect(lambda: self._emit(self.reanchor_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self._fill()

    @property
    def current(self) -> Query | None:
        item = self.list.currentItem()
        uid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((q for q in self._queries if q.uid == uid), None)

    def set_queries(self, queries: list[Query], texts: dict[str, str]) -> None:
        """Show ``queries`` of an article whose fields hold ``texts``; the chosen stays."""
        self._queries, self._texts = list(queries), texts
        self._fill()

    def number(self, uid: str) -> int:
        """A query's number as the margin and the preview show it (Q1, Q2…)."""
        return next((i for i, q in enumerate(self._queries, start=1) if q.uid == uid), 0)

    def choose(self, uid: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == uid:
                self.list.setCurrentRow(row)
                return

    def _fill(self) -> None:
        keep = self.current.uid if self.current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        shown = [q for q in self._queries if q.open or self.show_resolved.isChecked()]
        for query in shown:
            item = QListWidgetItem(self._describe(query))
            item.setData(Qt.ItemDataRole.UserRole, query.uid)
            if not query.open:
                item.setForeground(FADED)
            elif query.orphaned:
                item.setForeground(ORPHANED)
            self.list.addItem(item)
        if keep is not None:  # the chosen stays chosen, without showing its text again
            self.choose(keep)
        self.list.blockSignals(False)
        opened = sum(q.open for q in self._queries)
        self.count.setText(
            self.tr("Open queries: %n", "", opened)
            + (
                self.tr(", {0} resolved").format(len(self._queries) - opened)
                if self._queries
                else ""
            )
        )
        self.empty.setVisible(not self._queries)
        self._update_buttons()

    def _describe(self, query: Query) -> str:
        about = query.span_text(self._texts.get(query.field, "")).replace("\n", " ")
        about = about if len(about) <= SHOWN else about[:SHOWN] + "…"
        where = field_label(query.field)
        state = ""
        if not query.open:
            state = self.tr(" · resolved by {0}").format(query.resolved_by or "?")
        elif query.orphaned:
            state = self.tr(" · orphaned: its text was deleted")
        lines = [
            f"Q{self.number(query.uid)} · {where} “{about}”{state}",
            f"{query.author or '?'}, {query.created_at.astimezone():%d %b %H:%M}: {query.text}",
        ]
        lines += [f"   ↳ {r.author or '?'}: {r.text}" for r in query.replies]
        return "\n".join(lines)

    def _current_changed(self, *_: object) -> None:
        """The user chose a query: show its text."""
        self._update_buttons()
        if (query := self.current) is not None:
            self.chosen.emit(query.uid)

    def _update_buttons(self) -> None:
        query = self.current
        for button in (self.reply_button, self.resolve_button, self.delete_button):
            button.setEnabled(query is not None)
        self.reanchor_button.setEnabled(query is not None and query.open)
        self.resolve_button.setText(
            self.tr("Reopen") if query is not None and not query.open else self.tr("Resolve")
        )

    def _toggle_resolved(self) -> None:
        if (query := self.current) is not None:
            self.resolve_requested.emit(query.uid, query.open)

    def _emit(self, signal: object) -> None:
        if (query := self.current) is not None:
            signal.emit(query.uid)  # type: ignore[attr-defined]
