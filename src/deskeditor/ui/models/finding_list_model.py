"""The findings of the copy-desk checks, errors first, as a Qt list model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from deskeditor.domain.checks.findings import Finding, Severity

Index = QModelIndex | QPersistentModelIndex
SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#c53030"),
    Severity.WARNING: QColor("#b7791f"),
    Severity.SUGGESTION: QColor("#2b6cb0"),
}
FIELD_LABELS = {"headline": "Headline", "dek": "Dek", "kicker": "Kicker", "byline": "Byline",
                "dateline": "Dateline", "body": "Body", "section": "Section"}  # fmt: skip


class FindingListModel(QAbstractListModel):
    FindingRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._excerpts: list[str] = []

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def set_findings(self, findings: list[Finding], excerpts: list[str]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self._excerpts = list(excerpts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = self._field_label(finding.field)
            excerpt = self._excerpts[index.row()]
            quoted = f" — “{excerpt}”" if excerpt.strip() else ""
            return f"{where}: {finding.message}{quoted}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(SEVERITY_COLOURS[finding.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            fix = f"\n{self.tr('Fix')}: “{finding.fix}”" if finding.fix is not None else ""
            return f"{finding.severity.value} · {finding.id}{fix}"
        if role == self.FindingRole:
            return finding
        return None

    def _field_label(self, field: str) -> str:
        name, _, number = field.partition(":")
        if number:
            return self.tr("Pull quote {0}").format(number)
        return self.tr(FIELD_LABELS.get(name, name))
