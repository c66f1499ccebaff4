"""The structured editor: every field of an article, the Markdown body, find/replace
and pull quotes. It shows an Article and builds one from what was typed; saving
is the open article's business."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.article import Article, ArticleStatus
from deskeditor.domain.text import slugify
from deskeditor.ui.widgets.body_editor import BodyEditor
from deskeditor.ui.widgets.checks_panel import ChecksPanel
from deskeditor.ui.widgets.copy_fit_meter import CopyFitMeter
from deskeditor.ui.widgets.find_bar import FindBar
from deskeditor.ui.widgets.pull_quotes_panel import PullQuotesPanel

LINE_FIELDS = ("kicker", "headline", "dek", "byline", "dateline", "slug", "editorial_note")
LABELS = {
    "section": "&Section",
    "kicker": "&Kicker",
    "headline": "&Headline",
    "dek": "&Dek",
    "byline": "&Byline",
    "dateline": "Date&line",
    "slug": "Slu&g",
    "status": "S&tatus",
    "editorial_note": "&Note",
}


class ArticleEditor(QWidget):
    edited = Signal()

    def __init__(self, headline_budget: int = 70, dek_budget: int = 140) -> None:
        super().__init__()
        self.setObjectName("articleEditor")
        self._loading = False
        self._headline_slug = ""
        self.fields: dict[str, QLineEdit] = {}
        for name in LINE_FIELDS:
            field = QLineEdit()
            field.setObjectName(name)
            field.setAccessibleName(LABELS[name].replace("&", ""))
            field.textEdited.connect(self._on_edit)
            self.fields[name] = field
        self.fields["dek"].setPlaceholderText(self.tr("Subheadline: one sentence that sums it up"))
        self.fields["editorial_note"].setPlaceholderText(self.tr("For the desk, never published"))
        self.fields["slug"].setPlaceholderText(self.tr("made from the headline"))
        headline_font = QFont(self.font())
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.35)
        headline_font.setBold(True)
        self.fields["headline"].setFont(headline_font)
        self.fields["headline"].textEdited.connect(self._follow_headline)
        self.section = QComboBox()
        self.section.setEditable(True)
        self.section.setObjectName("section")
        self.section.setAccessibleName(self.tr("Section"))
        self.section.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.section.editTextChanged.connect(self._on_edit)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.setAccessibleName(self.tr("Status"))
        for status in ArticleStatus:
            self.status.addItem(self.tr(status.label), status)
        self.status.currentIndexChanged.connect(self._on_edit)
        self.meters = {"headline": CopyFitMeter(headline_budget), "dek": CopyFitMeter(dek_budget)}
        self.body = BodyEditor()
        self.body.textChanged.connect(self._on_edit)
        self.find_bar = FindBar(self.body)
        self.pull_quotes = PullQuotesPanel(self.body)
        self.checks = ChecksPanel()
        self.pull_quotes.model.edited.connect(self._on_edit)
        self._build_layout()
        for name, field in self.fields.items():
            field.textChanged.connect(lambda text, n=name: self._field_changed(n, text))
        self.setEnabled(False)

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)

        def label(name: str, buddy: QWidget) -> QLabel:
            widget = QLabel(self.tr(LABELS[name]))
            widget.setBuddy(buddy)
            return widget

        f = self.fields
        grid.addWidget(label("section", self.section), 0, 0)
        grid.addWidget(self.section, 0, 1)
        grid.addWidget(label("kicker", f["kicker"]), 0, 2)
        grid.addWidget(f["kicker"], 0, 3, 1, 2)
        grid.addWidget(label("headline", f["headline"]), 1, 0)
        grid.addWidget(f["headline"], 1, 1, 1, 3)
        grid.addWidget(self.meters["headline"], 1, 4)
        grid.addWidget(label("dek", f["dek"]), 2, 0)
        grid.addWidget(f["dek"], 2, 1, 1, 3)
        grid.addWidget(self.meters["dek"], 2, 4)
        grid.addWidget(label("byline", f["byline"]), 3, 0)
        grid.addWidget(f["byline"], 3, 1)
        grid.addWidget(label("dateline", f["dateline"]), 3, 2)
        grid.addWidget(f["dateline"], 3, 3, 1, 2)
        grid.addWidget(label("slug", f["slug"]), 4, 0)
        grid.addWidget(f["slug"], 4, 1)
        grid.addWidget(label("status", self.status), 4, 2)
        grid.addWidget(self.status, 4, 3, 1, 2)
        grid.addWidget(label("editorial_note", f["editorial_note"]), 5, 0)
        grid.addWidget(f["editorial_note"], 5, 1, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        body_area = QWidget()
        body_layout = QVBoxLayout(body_area)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.body)
        body_layout.addWidget(self.find_bar)
        self.body_split = QSplitter(Qt.Orientation.Vertical)
        self.body_split.setObjectName("bodySplit")
        self.body_split.addWidget(body_area)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(self.checks, self.tr("Checks"))
        self.tabs.addTab(self.pull_quotes, self.tr("Pull quotes"))
        self.body_split.addWidget(self.tabs)
        self.body_split.setStretchFactor(0, 4)
        self.body_split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(grid)
        layout.addWidget(self.body_split, 1)
        order = [
            self.section,
            f["kicker"],
            f["headline"],
            f["dek"],
            f["byline"],
            f["dateline"],
            f["slug"],
            self.status,
            f["editorial_note"],
            self.body,
            self.tabs,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- showing and reading an article ----------------------------------------
    def set_sections(self, sections: list[str]) -> None:
        current = self.section.currentText()
        self._loading = True
        self.section.clear()
        self.section.addItems(sections)
        self.section.setEditText(current)
        self._loading = False

    def set_budgets(self, headline: int, dek: int) -> None:
        self.meters["headline"].set_budget(headline)
        self.meters["dek"].set_budget(dek)

    def load(self, article: Article | None) -> None:
        """Show ``article`` (None: nothing open). Undo histories start afresh."""
        self._loading = True
        try:
            shown = article or Article()
            for name, field in self.fields.items():
                field.setText(getattr(shown, name))
                field.setCursorPosition(0)  # show the start of long headlines
            self.section.setEditText(shown.section)
            self.status.setCurrentIndex(list(ArticleStatus).index(shown.status))
            self.body.set_text(shown.body)
            self.pull_quotes.model.set_quotes(shown.pull_quotes, shown.body)
            self._headline_slug = slugify(shown.headline)
            self.setEnabled(article is not None)
        finally:
            self._loading = False

    def draft(self, base: Article) -> Article:
        """``base`` with every field as typed."""
        values = {name: field.text() for name, field in self.fields.items()}
        return base.replace(
            **values,
            section=self.section.currentText().strip(),
            status=ArticleStatus(self.status.currentData()),
            body=self.body.toPlainText(),
            pull_quotes=self.pull_quotes.model.quotes,
        )

    # -- reactions ---------------------------------------------------------------
    def _on_edit(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _follow_headline(self, headline: str) -> None:
        """Keep the slug generated from the headline until someone edits it by hand,
        and never change the address of an article readers may already have."""
        slug = self.fields["slug"]
        frozen = self.status.currentData() in (ArticleStatus.PUBLISHED, ArticleStatus.CORRECTED)
        if not frozen and (not slug.text() or slug.text() == self._headline_slug):
            slug.setText(slugify(headline))
        self._headline_slug = slugify(headline)

    def _field_changed(self, name: str, text: str) -> None:
        if name in self.meters:
            self.meters[name].update_length(len(text))
