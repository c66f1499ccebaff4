"""The open article's published notices: the list, and the chosen one's wording and
place, edited in place (each change is kept, and recorded in the article's history)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.corrections import CorrectionNotice, NoticePosition
from deskeditor.ui.labels import notice_kind_label, notice_position_label
from deskeditor.ui.widgets.paragraph_field import PlainTextField


class NoticesPanel(QWidget):
    edited = Signal()  # the chosen notice's wording or place changed (as typed)
    chosen = Signal()  # another notice was chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notices: list[CorrectionNotice] = []
        self._loading = False
        self.list = QListWidget()
        self.list.setObjectName("notices")
        self.list.setAccessibleName(self.tr("Published notices"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(
            self.tr("No notices published on this article. Corrections from the inbox land here.")
        )
        self.empty.setWordWrap(True)
        self.text = PlainTextField()  # Tab, Ctrl+Tab move on
        self.text.setObjectName("noticeText")
        self.text.setAccessibleName(self.tr("Notice wording"))
        self.text.setTabChangesFocus(True)
        self.position = QComboBox()
        self.position.setAccessibleName(self.tr("Where the notice is shown"))
        for position in NoticePosition:
            self.position.addItem(notice_position_label(position), position.value)
        self.state = QLabel()
        self.state.setObjectName("noticeState")
        self.state.setWordWrap(True)
        form = QFormLayout()
        wording = QLabel(self.tr("Word&ing"))
        wording.setBuddy(self.text)
        place = QLabel(self.tr("Position"))
        place.setBuddy(self.position)
        form.addRow(wording, self.text)
        form.addRow(place, self.position)
        form.addRow("", self.state)
        # What the notice's fix changed, and the text readers first saw.
        self.context = QTextBrowser()
        self.context.setObjectName("noticeContext")
        self.context.setAccessibleName(self.tr("What the fix changed"))
        self.context.setOpenLinks(False)
        form.addRow(self.context)
        self.editor = QWidget()
        self.editor.setLayout(form)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        layout.addLayout(left, 2)
        layout.addWidget(self.editor, 3)
        self.list.currentRowChanged.connect(self._show_chosen)
        self.text.textChanged.connect(self._on_edit)
        self.position.currentIndexChanged.connect(self._on_edit)
        self.set_notices([])

    @property
    def current(self) -> CorrectionNotice | None:
        row = self.list.currentRow()
        return self._notices[row] if 0 <= row < len(self._notices) else None

    def typed(self) -> tuple[str, NoticePosition]:
        """The chosen notice's wording and place as typed."""
        return self.text.toPlainText(), NoticePosition(self.position.currentData())

    def set_notices(self, notices: list[CorrectionNotice], keep: int | None = None) -> None:
        """Show ``notices``; keep the one with id ``keep`` chosen (else the newest)."""
        self._notices = list(notices)
        self._loading = True
        self.list.clear()
        for notice in notices:
            item = QListWidgetItem(self._title(notice))
            item.setToolTip(notice.text)
            item.setData(Qt.ItemDataRole.UserRole, notice.id)
            self.list.addItem(item)
        self._loading = False
        ids = [n.id for n in notices]
        row = ids.index(keep) if keep in ids else len(notices) - 1
        self.list.setCurrentRow(row)
        self.empty.setVisible(not notices)
        self.list.setVisible(bool(notices))
        self.editor.setVisible(bool(notices))
        if not notices:
            self._fill(None)

    def update_notice(self, notice: CorrectionNotice) -> None:
        """A notice was stored: show its new place in the list (the wording stays as typed)."""
        for row, known in enumerate(self._notices):
            if known.id == notice.id:
                self._notices[row] = notice
                item = self.list.item(row)
                item.setText(self._title(notice))
                item.setToolTip(notice.text)

    def _title(self, notice: CorrectionNotice) -> str:
        when = f"{notice.published_at.astimezone():%Y-%m-%d}" if notice.published_at else ""
        where = self.tr("top") if notice.position is NoticePosition.TOP else self.tr("bottom")
        return f"{notice_kind_label(notice.kind)}\n{when} · {where}"

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        self.position.setEnabled(not read_only)

    def _show_chosen(self, _row: int) -> None:
        if not self._loading:
            self._fill(self.current)
            self.chosen.emit()

    def _fill(self, notice: CorrectionNotice | None) -> None:
        self._loading = True
        self.text.setPlainText(notice.text if notice else "")
        position = notice.position if notice else NoticePosition.BOTTOM
        self.position.setCurrentIndex(list(NoticePosition).index(position))
        self.state.clear()
        self._loading = False

    def _on_edit(self, *_: object) -> None:
        if not self._loading and self.current is not None:
            self.edited.emit()
