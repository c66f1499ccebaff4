"""The structured editor: every field of an article, the Markdown body, find/replace
and pull quotes. It shows an Article and builds one from what was typed; saving
is the open article's business."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.article import Article, ArticleStatus
from deskeditor.domain.language import is_rtl
from deskeditor.domain.text import follows_headline, headline_slug
from deskeditor.domain.workflow import DESK_ORDER, allowed_targets
from deskeditor.ui.labels import status_label
from deskeditor.ui.widgets.body_editor import BodyEditor
from deskeditor.ui.widgets.changed_bar import ChangedBar
from deskeditor.ui.widgets.checks_panel import ChecksPanel
from deskeditor.ui.widgets.copy_fit_meter import CopyFitMeter
from deskeditor.ui.widgets.empty_desk import EmptyDeskPage
from deskeditor.ui.widgets.find_bar import FindBar
from deskeditor.ui.widgets.language_box import LanguageBox
from deskeditor.ui.widgets.notices_panel import NoticesPanel
from deskeditor.ui.widgets.paragraph_field import ParagraphField
from deskeditor.ui.widgets.pull_quotes_panel import PullQuotesPanel
from deskeditor.ui.widgets.queries_panel import QueriesPanel
from deskeditor.ui.widgets.shrinkable_splitter import ShrinkableSplitter
from deskeditor.ui.widgets.status_box import StatusBox
from deskeditor.ui.widgets.trash_bar import TrashBar

READ_ONLY_LOOK = "QLineEdit, QPlainTextEdit { background: palette(window); }"
LINE_FIELDS = ("kicker", "headline", "dek", "byline", "dateline", "slug", "editorial_note")
PARAGRAPH_FIELDS = ("headline", "dek")  # wrap over up to three lines, with their meters
# Alt+letter for each field; unique in the window with the menus (Alt+F/E/V/G/H),
# the checks and the find bar (tests/ui/test_keyboard.py walks them all).
LABELS: dict[str, str] = {
    "section": str(QT_TRANSLATE_NOOP("ArticleEditor", "Secti&on")),
    "kicker": str(QT_TRANSLATE_NOOP("ArticleEditor", "&Kicker")),
    "headline": str(QT_TRANSLATE_NOOP("ArticleEditor", "Head&line")),
    "dek": str(QT_TRANSLATE_NOOP("ArticleEditor", "&Dek")),
    "byline": str(QT_TRANSLATE_NOOP("ArticleEditor", "&Byline")),
    "dateline": str(QT_TRANSLATE_NOOP("ArticleEditor", "Da&teline")),
    "slug": str(QT_TRANSLATE_NOOP("ArticleEditor", "&Slug")),
    "status": str(QT_TRANSLATE_NOOP("ArticleEditor", "Stat&us")),
    "editorial_note": str(QT_TRANSLATE_NOOP("ArticleEditor", "&Note")),
    # No Alt+letter is left for it in the window: Tab reaches it after the note.
    "language": str(QT_TRANSLATE_NOOP("ArticleEditor", "Language")),
}
Field = QLineEdit | ParagraphField
BODY_MIN_HEIGHT = 90


def _label(name: str) -> str:
    return QCoreApplication.translate("ArticleEditor", LABELS[name])


class ArticleEditor(QWidget):
    edited = Signal()
    slug_change_requested = Signal()  # the user wants to change a published article's slug

    def __init__(self, headline_budget: int = 70, dek_budget: int = 140) -> None:
        super().__init__()
        self.setObjectName("articleEditor")
        self._loading = False
        self._desk_empty = False
        self._headline = ""  # the headline the slug was last made from
        self._slug_frozen = False  # published once: readers have its address
        self._desk_language = "en-US"  # for articles that set none (Preferences)
        self.fields: dict[str, Field] = {}
        for name in LINE_FIELDS:
            field = ParagraphField() if name in PARAGRAPH_FIELDS else QLineEdit()
            field.setObjectName(name)
            field.setAccessibleName(_label(name).replace("&", ""))
            field.textEdited.connect(self._on_edit)
            self.fields[name] = field
        self.fields["dek"].setPlaceholderText(self.tr("Subheadline: one sentence that sums it up"))
        self.fields["editorial_note"].setPlaceholderText(self.tr("For the desk, never published"))
        self.fields["slug"].setPlaceholderText(self.tr("made from the headline"))
        self.change_slug = QAction(self.tr("Change the address…"), self)
        self.change_slug.setToolTip(
            self.tr("Published: readers have this address. Change it deliberately (recorded).")
        )
        self.change_slug.setIcon(glyph_icon("✎", self))
        self.change_slug.triggered.connect(self.slug_change_requested)
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
        # The article's language: the dictionary, the quotation marks, the direction.
        self.language = LanguageBox(desk_choice=True)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.status = StatusBox()  # the workflow controller moves the status, with its gate
        self.status.setObjectName("status")
        self.status.setAccessibleName(self.tr("Status"))
        self.show_status(ArticleStatus.DRAFT)
        self.meters = {"headline": CopyFitMeter(headline_budget), "dek": CopyFitMeter(dek_budget)}
        # The body's edits reach the open article through its document's
        # contentsChange, which tells a change of text from a change of formatting
        # alone (the checks' underlines): only the first is an edit (OpenArticle).
        self.body = BodyEditor()
        self.find_bar = FindBar(self.body)
        self.pull_quotes = PullQuotesPanel(self.body)
        self.checks = ChecksPanel()
        self.notices = NoticesPanel()
        self.queries = QueriesPanel()
        self.trash_bar = TrashBar()
        self.changed_bar = ChangedBar()  # someone else changed it (a shared desk)
        self.pull_quotes.model.edited.connect(self._on_edit)
        self._build_layout()
        for name, field in self.fields.items():
            changed = field.changed if isinstance(field, ParagraphField) else field.textChanged
            changed.connect(lambda text, n=name: self._field_changed(n, text))
        self.show_empty(desk_empty=False)

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)

        def label(name: str, buddy: QWidget) -> QLabel:
            widget = QLabel(_label(name))
            widget.setBuddy(buddy)
            if name in PARAGRAPH_FIELDS:  # beside the first line of a wrapping field
                widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                widget.setContentsMargins(0, 4, 0, 0)
            return widget

        f = self.fields
        grid.addWidget(label("section", self.section), 0, 0)
        grid.addWidget(self.section, 0, 1)
        grid.addWidget(label("kicker", f["kicker"]), 0, 2)
        grid.addWidget(f["kicker"], 0, 3, 1, 2)
        grid.addWidget(label("headline", f["headline"]), 1, 0)
        grid.addWidget(f["headline"], 1, 1, 1, 3)
        grid.addWidget(self.meters["headline"], 1, 4, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label("dek", f["dek"]), 2, 0)
        grid.addWidget(f["dek"], 2, 1, 1, 3)
        grid.addWidget(self.meters["dek"], 2, 4, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label("byline", f["byline"]), 3, 0)
        grid.addWidget(f["byline"], 3, 1)
        grid.addWidget(label("dateline", f["dateline"]), 3, 2)
        grid.addWidget(f["dateline"], 3, 3, 1, 2)
        grid.addWidget(label("slug", f["slug"]), 4, 0)
        grid.addWidget(f["slug"], 4, 1)
        grid.addWidget(label("status", self.status), 4, 2)
        grid.addWidget(self.status, 4, 3, 1, 2)
        grid.addWidget(label("editorial_note", f["editorial_note"]), 5, 0)
        grid.addWidget(f["editorial_note"], 5, 1)
        grid.addWidget(label("language", self.language), 5, 2)
        grid.addWidget(self.language, 5, 3, 1, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        body_area = QWidget()
        body_layout = QVBoxLayout(body_area)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.body)
        body_layout.addWidget(self.find_bar)
        # A short window keeps the body and folds the checks away (drag them back).
        self.body_split = ShrinkableSplitter(Qt.Orientation.Vertical, BODY_MIN_HEIGHT)
        self.body_split.fold_last = True
        self.body_split.setObjectName("bodySplit")
        self.body_split.addWidget(body_area)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(self.checks, self.tr("Checks"))
        self.tabs.addTab(self.pull_quotes, self.tr("Pull quotes"))
        self.tabs.addTab(self.notices, self.tr("Notices"))
        self.tabs.addTab(self.queries, self.tr("Queries"))
        self.body_split.addWidget(self.tabs)
        self.body_split.setStretchFactor(0, 3)  # the findings get room for a few rows
        self.body_split.setStretchFactor(1, 2)
        self.body_split.setCollapsible(0, False)
        self.form = QWidget()  # the article; with none open, the empty page instead
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.trash_bar)
        layout.addWidget(self.changed_bar)
        layout.addLayout(grid)
        layout.addWidget(self.body_split, 1)
        self.empty = EmptyDeskPage("", "")
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.form)
        self.pages.addWidget(self.empty)
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
            self.language,
            self.body,
            self.tabs,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- showing and reading an article ----------------------------------------
    @property
    def has_article(self) -> bool:
        return self.pages.currentWidget() is self.form and self.form.isEnabled()

    def show_empty(self, desk_empty: bool) -> None:
        """Nothing open: say what to do (on an empty desk, how to begin)."""
        self._desk_empty = desk_empty
        self.form.setEnabled(False)
        if desk_empty:
            self.empty.set_message(
                self.tr("Your desk is empty"),
                self.tr(
                    "Import copy: wire stories as plain text, Word documents, Markdown or "
                    "Deskeditor JSON (or drop the files on the article list). Or start a new "
                    "article, or try Deskeditor on the demo desk's sample stories."
                ),
            )
        else:
            self.empty.set_message(
                self.tr("No article open"),
                self.tr("Pick an article from the list, or start a new one."),
            )
        self.pages.setCurrentWidget(self.empty)

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
            self.language.set_tag(shown.language)
            self.show_language(shown.language)
            self.show_status(shown.status)
            self.body.set_text(shown.body)
            self.pull_quotes.model.set_quotes(shown.pull_quotes, shown.body)
            self._headline = shown.headline
            self.freeze_slug(shown.ever_published)
            self.set_read_only(shown.in_trash)
            self.trash_bar.show_for(shown.deleted_at)
            if article is None:
                self.show_empty(self._desk_empty)
            else:
                self.form.setEnabled(True)
                self.pages.setCurrentWidget(self.form)
        finally:
            self._loading = False

    def set_fields(self, article: Article, names: set[str]) -> None:
        """Show ``article``'s value of the named fields only (someone else changed
        them; the fields being typed in stay as they are)."""
        self._loading = True
        try:
            for name in names & set(self.fields):
                self.fields[name].setText(getattr(article, name))
            if "section" in names:
                self.section.setEditText(article.section)
            if "language" in names:
                self.language.set_tag(article.language)
            if "status" in names:
                self.show_status(article.status)
            if "body" in names:
                self.body.set_text(article.body)
            if "pull_quotes" in names:
                self.pull_quotes.model.set_quotes(article.pull_quotes, article.body)
        finally:
            self._loading = False

    def show_status(self, status: ArticleStatus) -> None:
        """Offer the status and the moves the workflow allows from it (in desk order)."""
        loading, self._loading = self._loading, True
        self.status.clear()
        offered = {status, *allowed_targets(status)}
        for choice in (s for s in DESK_ORDER if s in offered):
            self.status.addItem(status_label(choice), choice)
        self.status.setCurrentIndex(self.status.findData(status))
        self._loading = loading

    def freeze_slug(self, frozen: bool) -> None:
        """After the first publication the slug changes only deliberately (✎)."""
        self._slug_frozen = frozen
        slug = self.fields["slug"]
        assert isinstance(slug, QLineEdit)  # one line, with the ✎ action
        slug.setReadOnly(frozen or self.read_only)
        if frozen and self.change_slug not in slug.actions():
            slug.addAction(self.change_slug, QLineEdit.ActionPosition.TrailingPosition)
        elif not frozen and self.change_slug in slug.actions():
            slug.removeAction(self.change_slug)
        self.change_slug.setEnabled(not self.read_only)

    @property
    def read_only(self) -> bool:
        return self.body.isReadOnly()

    def set_read_only(self, read_only: bool) -> None:
        """A trashed article is shown, never edited."""
        self.body.setReadOnly(read_only)
        for name, field in self.fields.items():
            field.setReadOnly(read_only or (name == "slug" and self._slug_frozen))
        self.change_slug.setEnabled(not read_only)
        self.setStyleSheet(READ_ONLY_LOOK if read_only else "")
        for widget in (
            self.section,
            self.status,
            self.language,
            self.pull_quotes,
            self.checks,
            self.queries,
        ):
            widget.setEnabled(not read_only)
        self.notices.set_read_only(read_only)

    def draft(self, base: Article) -> Article:
        """``base`` with every field as typed."""
        values = {name: field.text() for name, field in self.fields.items()}
        return base.replace(
            **values,
            section=self.section.currentText().strip(),
            status=ArticleStatus(self.status.currentData()),
            language=self.language.tag(),
            body=self.body.toPlainText(),
            pull_quotes=self.pull_quotes.model.quotes,
        )

    def set_desk_language(self, tag: str) -> None:
        self._desk_language = tag
        self.language.set_desk_language(tag)
        self.show_language(self.language.tag())

    def show_language(self, tag: str) -> None:
        """Lay the text fields out in the article's direction: Arabic and Hebrew copy
        runs right to left, whatever the window's own language."""
        language = tag or self._desk_language
        direction = (
            Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        )
        for widget in (*self.fields.values(), self.body):
            if widget is not self.fields["slug"] and widget is not self.fields["editorial_note"]:
                widget.setLayoutDirection(direction)
        option = self.body.document().defaultTextOption()
        option.setTextDirection(direction)
        self.body.document().setDefaultTextOption(option)

    # -- reactions ---------------------------------------------------------------
    def _language_changed(self) -> None:
        self.show_language(self.language.tag())
        self._on_edit()

    def _on_edit(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _follow_headline(self, headline: str) -> None:
        """Keep the slug made from the headline ("untitled" for a new article, perhaps
        numbered to be free) until someone edits it by hand, and never change the
        address of an article readers may already have."""
        slug = self.fields["slug"]
        if not self._slug_frozen and follows_headline(slug.text(), self._headline):
            slug.setText(headline_slug(headline))
        self._headline = headline

    def _field_changed(self, name: str, text: str) -> None:
        if name in self.meters:
            self.meters[name].update_length(len(text))


def glyph_icon(glyph: str, widget: QWidget) -> QIcon:
    """A small icon drawn from a text glyph in the widget's text colour."""
    size = widget.fontMetrics().height()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(widget.palette().color(QPalette.ColorRole.Text))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)
