"""What an import did: each file imported or not, and why not."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskeditor.services.importing import ImportOutcome


class ImportSummaryDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        outcomes: list[ImportOutcome],
        cancelled: bool,
        offer_email: str | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.resize(640, 420)
        ok = [o for o in outcomes if o.ok]
        failed = [o for o in outcomes if not o.ok]
        heading = self.tr("{0} of %n file(s) imported.", "", len(outcomes)).format(len(ok))
        if cancelled:
            heading += " " + self.tr("The import was stopped; files after these were not read.")
        rows = []
        for outcome in ok:
            imported = outcome.imported
            notes = "; ".join(imported.warnings) if imported else ""
            headline = imported.article.headline if imported else ""
            rows.append(f"<li>✔ <b>{html.escape(outcome.path.name)}</b>: {html.escape(headline)}"
                        f"<br><small>{html.escape(notes)}</small></li>")  # fmt: skip
        for outcome in failed:
            rows.append(f"<li>✘ <b>{html.escape(outcome.path.name)}</b>: "
                        f"{html.escape(outcome.error or '')}</li>")  # fmt: skip
        report = QTextBrowser()
        report.setHtml(f"<ul>{''.join(rows)}</ul>")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(heading))
        layout.addWidget(report, 1)
        self.use_email = QCheckBox(
            self.tr("Use {0} as the publication's corrections address").format(offer_email)
        )
        self.use_email.setVisible(bool(offer_email))
        layout.addWidget(self.use_email)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        outcomes: list[ImportOutcome],
        cancelled: bool,
        offer_email: str | None,
    ) -> bool:
        """Show the summary; True when the user takes the offered corrections address."""
        dialog = cls(parent, outcomes, cancelled, offer_email)
        dialog.exec()
        return bool(offer_email) and dialog.use_email.isChecked()
