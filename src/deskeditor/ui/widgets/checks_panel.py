"""The checks panel: findings by severity, readability, and what to do about each.

Worked by keyboard: moving through the list shows each finding in the text
(without taking the focus), Enter goes to it, Alt+X fixes it and the next
finding is then the current one, so a copy editor works down the list.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.checks.findings import Finding
from deskeditor.ui.models.finding_list_model import (
    FIELD_LABELS,
    SEVERITY_WORDS,
    FindingListModel,
)


class ChecksPanel(QWidget):
    finding_activated = Signal(object)  # Finding: go to its text
    finding_shown = Signal(object)  # Finding: show its text, the focus stays here
    fix_requested = Signal(object)
    ignore_requested = Signal(object)
    disable_requested = Signal(object)
    add_word_requested = Signal(object)
    curl_all_requested = Signal()  # straight quotes and apostrophes → the language's marks
    # Rows at most: past a thousand a list is no use to anyone (a bad paste, a file in
    # the wrong encoding), and filling it would stall the window; the counts stay whole.
    LISTED = 1_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingListModel(self)
        self.summary = QLabel(self.tr("Checking…"))
        self.summary.setObjectName("checksSummary")
        self.readability = QLabel()
        self.list = QTreeView()
        self.list.setObjectName("findings")
        self.list.setAccessibleName(self.tr("Copy-desk findings"))
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # One line a finding (the tooltip has the rest): hundreds of findings lay out at once.
        self.list.setWordWrap(False)
        self.list.setUniformRowHeights(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FindingListModel.FINDING, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (FindingListModel.SEVERITY, self._widest(SEVERITY_WORDS.values(), icon=True)),
            (FindingListModel.WHERE, self._widest(FIELD_LABELS.values())),
            (FindingListModel.FIX, 136),
        ):
            header.resizeSection(column, width)
        # Alt+letters unique in the window (tests/ui/test_keyboard.py): X and I; the
        # window has no letter left for Add to dictionary, which the spelling Fix offers.
        self.fix_button = QPushButton(self.tr("Fi&x"))
        self.ignore_button = QPushButton(self.tr("&Ignore here"))
        self.disable_button = QPushButton(self.tr("Turn rule off"))
        self.add_word_button = QPushButton(self.tr("Add to dictionary"))
        # No Alt+letter left in the window for it (tests/ui/test_keyboard.py).
        self.curl_all_button = QPushButton(self.tr("Curl all quotes"))
        self.curl_all_button.setToolTip(
            self.tr("Make every straight quotation mark and apostrophe curly, in one undo step")
        )
        self.curl_all_button.setVisible(False)  # offered by the findings (show)
        self._build_layout()
        self._keep_row: int | None = None  # after a fix: the row to select when results return
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.fix_button.clicked.connect(lambda: self._emit(self.fix_requested))
        self.ignore_button.clicked.connect(lambda: self._emit(self.ignore_requested))
        self.disable_button.clicked.connect(lambda: self._emit(self.disable_requested))
        self.add_word_button.clicked.connect(lambda: self._emit(self.add_word_requested))
        self.curl_all_button.clicked.connect(self.curl_all_requested)
        self._update_buttons()

    def _widest(self, words: Iterable[object], icon: bool = False) -> int:
        """A column as wide as the longest of ``words`` as shown (translated), with the
        icon beside it: "Suggestion" and "Headline" were cut at a laptop's width."""
        metrics, style = self.list.fontMetrics(), self.list.style()
        text = max(
            metrics.horizontalAdvance(QCoreApplication.translate("FindingListModel", str(w)))
            for w in words
        )
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        if icon:
            size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            margin += size + 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        return text + margin

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.readability)
        buttons = QHBoxLayout()
        for button in (
            self.fix_button,
            self.ignore_button,
            self.disable_button,
            self.add_word_button,
            self.curl_all_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_findings(self, findings: list[Finding], excerpts: list[str]) -> None:
        """List the findings (the first LISTED of them: errors first), with the counts
        of all of them above the list. ``excerpts``: each listed finding's text."""
        had_focus = self.list.hasFocus()
        row = self._keep_row if self._keep_row is not None else self.list.currentIndex().row()
        listed = findings[: self.LISTED]
        self.model.set_findings(listed, excerpts[: len(listed)])
        if listed and row >= 0:
            self._set_row(min(row, len(listed) - 1), quietly=self._keep_row is None)
            if had_focus:
                self.list.setFocus()
        self._keep_row = None
        # Offered when the article mostly curls its quotes and some are straight.
        self.curl_all_button.setVisible(
            any(f.id == "quotes.mixed" and f.fix not in ("'", '"') for f in findings)
        )
        self.summary.setText(self._summary(findings))
        self._update_buttons()

    def _summary(self, findings: list[Finding]) -> str:
        if not findings:
            return self.tr("No findings")
        counts = {
            s: sum(1 for f in findings if f.severity.value == s)
            for s in ("error", "warning", "suggestion")
        }
        summary = " · ".join(
            (
                self.tr("%n error(s)", "", counts["error"]),
                self.tr("%n warning(s)", "", counts["warning"]),
                self.tr("%n suggestion(s)", "", counts["suggestion"]),
            )
        )
        if len(findings) > self.LISTED:
            summary += " — " + self.tr("the first %Ln listed", "", self.LISTED)
        return summary

    def fixed(self) -> None:
        """A fix went in: until the checks come back, the list is out of date; then
        the finding that took the fixed one's place is the current one."""
        self._keep_row = max(0, self.list.currentIndex().row())
        self.fix_button.setEnabled(False)

    def current(self) -> Finding | None:
        index = self.list.currentIndex()
        value = index.data(FindingListModel.FindingRole) if index.isValid() else None
        return value if isinstance(value, Finding) else None

    def current_rect_bottom(self) -> QPoint:
        """Where a menu about the current finding opens: under its row (or the Fix button)."""
        index = self.list.currentIndex()
        if index.isValid():
            rect = self.list.visualRect(index.siblingAtColumn(FindingListModel.FIX))
            return self.list.viewport().mapToGlobal(rect.bottomLeft())
        return self.fix_button.mapToGlobal(self.fix_button.rect().bottomLeft())

    def _set_row(self, row: int, quietly: bool) -> None:
        selection = self.list.selectionModel()
        if quietly:
            selection.blockSignals(True)
        self.list.setCurrentIndex(self.model.index(row, 0))
        if quietly:
            selection.blockSignals(False)
            self.list.viewport().update()
        self.list.scrollTo(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FindingListModel.FindingRole)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = current.data(FindingListModel.FindingRole) if current.isValid() else None
        if isinstance(finding, Finding):
            self.finding_shown.emit(finding)
        self._update_buttons()

    def _after_reset(self) -> None:
        self._update_buttons()

    def _emit(self, signal: SignalInstance) -> None:
        finding = self.current()
        if finding is not None:
            signal.emit(finding)

    def _context_menu(self, point: QPoint) -> None:
        finding = self.current()
        if finding is None:
            return
        menu = QMenu(self)
        for button in (
            self.fix_button,
            self.ignore_button,
            self.disable_button,
            self.add_word_button,
        ):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.exec(self.list.viewport().mapToGlobal(point))

    def _update_buttons(self) -> None:
        finding = self.current()
        self.fix_button.setEnabled(
            finding is not None
            and self._keep_row is None
            and (finding.fix is not None or finding.id == "spelling")
        )
        self.ignore_button.setEnabled(finding is not None)
        self.disable_button.setEnabled(finding is not None)
        self.add_word_button.setEnabled(finding is not None and finding.id == "spelling")
