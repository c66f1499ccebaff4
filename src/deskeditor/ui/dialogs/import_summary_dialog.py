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
        failed = [o for o in outcomes if not o.ok]
        skipped = [o for o in outcomes if o.ok and o.duplicate == "skipped"]
        imported = [o for o in outcomes if o.ok and o.duplicate != "skipped"]
        parts = []
        if failed:  # what needs the user comes first, and says so in words
            parts.append(self.tr("%n file(s) could not be imported.", "", len(failed)))
        if imported or not skipped:
            parts.append(self.tr("%n file(s) imported.", "", len(imported)))
        if skipped:
            parts.append(self.tr("%n file(s) skipped: imported before.", "", len(skipped)))
        heading = " ".join(parts)
        if cancelled:
            heading += " " + self.tr("The import was stopped; files after these were not read.")
        rows = []
        for outcome in failed:
            rows.append(f"<li>✘ <b>{html.escape(outcome.path.name)}</b>: "
                        f"{html.escape(outcome.error or '')}</li>")  # fmt: skip
        for outcome in imported + skipped:
            imported_article = outcome.imported
            notes = "; ".join(outcome.warnings)
            headline = imported_article.article.headline if imported_article else ""
            mark = "↷" if outcome in skipped else "✔"
            name, small = html.escape(outcome.path.name), html.escape(notes)
            rows.append(
                f"<li>{mark} <b>{name}</b>: {html.escape(headline)}<br><small>{small}</small></li>"
            )
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.report = QTextBrowser()
        self.report.setHtml(f"<ul>{''.join(rows)}</ul>")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.report, 1)
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
