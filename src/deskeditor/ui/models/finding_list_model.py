"""The findings of the copy-desk checks, errors first, as a Qt table model: how
bad (an icon and the word, not colour alone), where, what, and the fix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from deskeditor.domain.checks.findings import Finding, Severity

Index = QModelIndex | QPersistentModelIndex
SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#c53030"),
    Severity.WARNING: QColor("#b7791f"),
    Severity.SUGGESTION: QColor("#2b6cb0"),
}
SEVERITY_WORDS = {
    Severity.ERROR: str(QT_TRANSLATE_NOOP("FindingListModel", "Error")),
    Severity.WARNING: str(QT_TRANSLATE_NOOP("FindingListModel", "Warning")),
    Severity.SUGGESTION: str(QT_TRANSLATE_NOOP("FindingListModel", "Suggestion")),
}
_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.SUGGESTION: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
FIELD_LABELS = {
    "headline": QT_TRANSLATE_NOOP("FindingListModel", "Headline"),
    "dek": QT_TRANSLATE_NOOP("FindingListModel", "Dek"),
    "kicker": QT_TRANSLATE_NOOP("FindingListModel", "Kicker"),
    "byline": QT_TRANSLATE_NOOP("FindingListModel", "Byline"),
    "dateline": QT_TRANSLATE_NOOP("FindingListModel", "Dateline"),
    "body": QT_TRANSLATE_NOOP("FindingListModel", "Body"),
    "section": QT_TRANSLATE_NOOP("FindingListModel", "Section"),
}
EXCERPT_SHOWN = 48  # characters of the flagged text shown in the row (the middle elided)


def _translated(text: object) -> str:
    return QCoreApplication.translate("FindingListModel", str(text))


def shown_excerpt(text: str) -> str:
    if len(text) > 4 * EXCERPT_SHOWN:
        # Only its ends show: a paragraph-long finding is not split at every paint.
        text = f"{text[: 2 * EXCERPT_SHOWN]} {text[-2 * EXCERPT_SHOWN :]}"
    text = " ".join(text.split())
    if len(text) <= EXCERPT_SHOWN:
        return text
    half = EXCERPT_SHOWN // 2 - 1
    return f"{text[:half]}…{text[-half:]}"


def _deleted(excerpt: str) -> str:
    """What a fix deletes, as shown: blanks by the marks the compare view uses ("⍽"
    for a no-break space, "·" for a space), since “ ” would show nothing."""
    if excerpt.strip():
        return shown_excerpt(excerpt)
    from deskeditor.services.diff_view import marked

    return "".join(piece for piece, _name in marked(excerpt))


class FindingListModel(QAbstractTableModel):
    FindingRole = Qt.ItemDataRole.UserRole + 1
    SEVERITY, WHERE, FINDING, FIX = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("FindingListModel", "Severity"),
        QT_TRANSLATE_NOOP("FindingListModel", "Where"),
        QT_TRANSLATE_NOOP("FindingListModel", "Finding"),
        QT_TRANSLATE_NOOP("FindingListModel", "Fix"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._excerpts: list[str] = []
        self._icons: dict[Severity, QIcon] = {}

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

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return _translated(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        column = index.column()
        if role == self.FindingRole:
            return finding
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(finding, self._excerpts[index.row()], column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY:
            return self._icon(finding.severity)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return QBrush(SEVERITY_COLOURS[finding.severity])
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole finding, whatever the width
            fix = self.fix_text(finding, self._excerpts[index.row()])
            lines = [f"{finding.severity.value} · {finding.id}", finding.message]
            return "\n".join(lines + ([f"{self.tr('Fix')}: {fix}"] if fix else []))
        return None

    def _text(self, finding: Finding, excerpt: str, column: int) -> str:
        if column == self.SEVERITY:
            return _translated(SEVERITY_WORDS[finding.severity])
        if column == self.WHERE:
            return self._field_label(finding.field)
        if column == self.FINDING:
            quoted = f" — “{shown_excerpt(excerpt)}”" if excerpt.strip() else ""
            return f"{finding.message}{quoted}"
        return self.fix_text(finding, excerpt)

    def fix_text(self, finding: Finding, excerpt: str) -> str:
        """The fix as the row shows it: "“ → insert at paragraph start", "→ “the”"."""
        if finding.fix_label:
            return finding.fix_label
        if finding.fix is None:
            return self.tr("suggestions…") if finding.id == "spelling" else ""
        if finding.fix == "":
            return self.tr("delete “{0}”").format(_deleted(excerpt))
        if finding.fix == " ":
            return self.tr("→ one space")
        return f"→ “{finding.fix}”"

    def _icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            style = QApplication.style()
            self._icons[severity] = style.standardIcon(_ICONS[severity])
        return self._icons[severity]

    def _field_label(self, field: str) -> str:
        name, _, number = field.partition(":")
        if number:
            return self.tr("Pull quote {0}").format(number)
        return _translated(FIELD_LABELS[name]) if name in FIELD_LABELS else name
