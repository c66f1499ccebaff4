"""Moving an article forward while the checks report errors or queries are open:
say which, and ask. Marking it ready takes a yes; publishing over errors takes an
override with a reason, which the article's history keeps."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.checks.findings import Finding
from deskeditor.domain.workflow import Gate
from deskeditor.services.workflow import Assessment
from deskeditor.ui.labels import field_label, status_label

SHOWN = 12


@dataclass(frozen=True)
class GateAnswer:
    """Go ahead; ``reason`` is the override's reason ("" for a plain yes)."""

    reason: str = ""


class StatusGateDialog(QDialog):
    def __init__(self, parent: QWidget | None, headline: str, assessment: Assessment) -> None:
        super().__init__(parent)
        self.assessment = assessment
        errors = assessment.errors
        publishing = assessment.gate is Gate.OVERRIDE
        going = status_label(assessment.move.target)
        if publishing:
            self.setWindowTitle(self.tr("Publish over errors?"))
        elif errors:
            self.setWindowTitle(self.tr("Mark “{0}” over errors?").format(going))
        else:
            self.setWindowTitle(self.tr("Mark “{0}” with open queries?").format(going))
        self.resize(560, 380)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32)
        )
        title = headline or self.tr("Untitled")
        lines = []
        if errors:
            lines.append(self.tr("The checks found %n error(s) in “{0}”.", "", len(errors)))
        if assessment.queries:
            lines.append(
                self.tr(
                    "Queries to the reporter still open on “{0}”: %n.",
                    "",
                    len(assessment.queries),
                )
            )
        heading = QLabel(" ".join(line.format(title) for line in lines))
        heading.setWordWrap(True)
        self.findings = self._listed(errors)
        for number, query in enumerate(assessment.queries, start=1):
            where = field_label(query.field)
            state = self.tr(" (orphaned)") if query.orphaned else ""
            self.findings.addItem(
                self.tr("Query {0} on {1} “{2}”{3}: {4} — {5}").format(
                    number, where, query.quoted, state, query.text, query.author or "?"
                )
            )
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setAccessibleName(self.tr("Reason for publishing over the errors"))
        self.reason.setPlaceholderText(
            self.tr("Why it goes out now (kept in the article's history)")
        )
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(
            self.tr("&Keep editing"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.go_button: QPushButton = self.buttons.addButton(
            self.tr("&Publish anyway") if publishing else self.tr("Mark ready &anyway"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.back_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)
        layout.addLayout(top)
        layout.addWidget(self.findings, 1)
        for widget in (reason_label, self.reason):
            widget.setVisible(publishing)
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._vet)
        self._vet()
        if publishing:
            self.reason.setFocus()

    def _listed(self, errors: list[Finding]) -> QListWidget:
        """The errors that stand, each with the field it is in."""
        shown = QListWidget()
        shown.setAccessibleName(self.tr("Errors that stand"))
        for finding in errors[:SHOWN]:
            name, _, number = finding.field.partition(":")
            where = name.replace("_", " ").capitalize() + (f" {number}" if number else "")
            shown.addItem(f"{where}: {finding.message}")
        if len(errors) > SHOWN:
            shown.addItem(self.tr("… and %n more", "", len(errors) - SHOWN))
        return shown

    @property
    def needs_reason(self) -> bool:
        return self.assessment.gate is Gate.OVERRIDE

    def _vet(self) -> None:
        self.go_button.setEnabled(not self.needs_reason or bool(self.reason.text().strip()))

    def answer(self) -> GateAnswer:
        return GateAnswer(self.reason.text().strip())

    @classmethod
    def ask(
        cls, parent: QWidget | None, headline: str, assessment: Assessment
    ) -> GateAnswer | None:
        """Go ahead (with the override's reason when publishing), or None to keep editing."""
        dialog = cls(parent, headline, assessment)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
