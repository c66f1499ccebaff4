"""The checks panel: findings by severity, readability, and what to do about each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.checks.findings import Finding
from deskeditor.ui.models.finding_list_model import FindingListModel


class ChecksPanel(QWidget):
    finding_activated = Signal(object)  # Finding: select its text
    fix_requested = Signal(object)
    ignore_requested = Signal(object)
    disable_requested = Signal(object)
    add_word_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingListModel(self)
        self.summary = QLabel(self.tr("Checking…"))
        self.summary.setObjectName("checksSummary")
        self.readability = QLabel()
        self.list = QListView()
        self.list.setObjectName("findings")
        self.list.setAccessibleName(self.tr("Copy-desk findings"))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # One line a finding (the tooltip has the rest): hundreds of findings lay out at once.
        self.list.setWordWrap(False)
        self.list.setUniformItemSizes(True)
        self.fix_button = QPushButton(self.tr("&Fix"))
        self.ignore_button = QPushButton(self.tr("&Ignore here"))
        self.disable_button = QPushButton(self.tr("Turn rule &off"))
        self.add_word_button = QPushButton(self.tr("Add to &dictionary"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.readability)
        buttons = QHBoxLayout()
        for button in (
            self.fix_button,
            self.ignore_button,
            self.disable_button,
            self.add_word_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.fix_button.clicked.connect(lambda: self._emit(self.fix_requested))
        self.ignore_button.clicked.connect(lambda: self._emit(self.ignore_requested))
        self.disable_button.clicked.connect(lambda: self._emit(self.disable_requested))
        self.add_word_button.clicked.connect(lambda: self._emit(self.add_word_requested))
        self._update_buttons()

    def show_findings(self, findings: list[Finding], excerpts: list[str]) -> None:
        self.model.set_findings(findings, excerpts)
        counts = {
            s: sum(1 for f in findings if f.severity.value == s)
            for s in ("error", "warning", "suggestion")
        }
        if findings:
            self.summary.setText(
                self.tr("{0} errors · {1} warnings · {2} suggestions").format(
                    counts["error"], counts["warning"], counts["suggestion"]
                )
            )
        else:
            self.summary.setText(self.tr("No findings"))

    def current(self) -> Finding | None:
        index = self.list.currentIndex()
        value = index.data(FindingListModel.FindingRole) if index.isValid() else None
        return value if isinstance(value, Finding) else None

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FindingListModel.FindingRole)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)

    def _emit(self, signal: SignalInstance) -> None:
        finding = self.current()
        if finding is not None:
            signal.emit(finding)

    def _update_buttons(self) -> None:
        finding = self.current()
        self.fix_button.setEnabled(
            finding is not None and (finding.fix is not None or finding.id == "spelling")
        )
        self.ignore_button.setEnabled(finding is not None)
        self.disable_button.setEnabled(finding is not None)
        self.add_word_button.setEnabled(finding is not None and finding.id == "spelling")
