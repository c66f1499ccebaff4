"""Queries in the window: asking one about the selected text (Ctrl+Alt+M), the
Queries tab, and the notes in the body's margin. The queries belong to the open
article (OpenArticle), which moves their anchors as the user types and saves them
with the article; this shows them and passes the user's actions on."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMainWindow

from deskeditor.domain.queries import Query
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.query_dialog import QueryDialog
from deskeditor.ui.labels import field_label
from deskeditor.ui.open_article import OpenArticle
from deskeditor.ui.widgets.article_editor import ArticleEditor
from deskeditor.ui.widgets.paragraph_field import ParagraphField
from deskeditor.ui.widgets.query_margin import QueryMark

BODY = "body"


class QueriesController(QObject):
    def __init__(self, window: QMainWindow, editor: ArticleEditor, article: OpenArticle) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.article = article
        self.panel = editor.queries
        article.queries_changed.connect(self.refresh)
        self.panel.chosen.connect(self.show_query)
        self.panel.reply_requested.connect(self.reply)
        self.panel.resolve_requested.connect(self.article.set_resolved)
        self.panel.reanchor_requested.connect(self.reanchor)
        self.panel.delete_requested.connect(self.delete)
        editor.body.margin.clicked.connect(self._margin_clicked)

    def refresh(self) -> None:
        """Show the open article's queries as they are now."""
        queries = self.article.queries
        texts = {name: field.text() for name, field in self.editor.fields.items()}
        texts[BODY] = self.editor.body.toPlainText()
        self.panel.set_queries(queries, texts)
        self.editor.body.margin.set_marks(
            [self._mark(q) for q in queries if q.field == BODY and q.open]
        )
        count = sum(q.open for q in queries)
        index = self.editor.tabs.indexOf(self.panel)
        self.editor.tabs.setTabText(
            index, self.tr("Queries ({0})").format(count) if count else self.tr("Queries")
        )

    def _mark(self, query: Query) -> QueryMark:
        label = f"Q{self.panel.number(query.uid)} {query.author}".strip()
        text = query.text + (f" ({len(query.replies)} repl.)" if query.replies else "")
        return QueryMark(query.uid, query.start, query.end, label, text, query.orphaned)

    # -- asking --------------------------------------------------------------------------
    def add_query(self) -> Query | None:
        """Ask about the text selected in the body or a field (or the word under the
        cursor; a field's whole text when nothing is selected there)."""
        if self.article.article is None or self.article.read_only:
            return None
        span = self._selected_span()
        if span is None:
            messages.inform(
                self.window,
                self.tr("Add a query"),
                self.tr("Select the text the query is about, in the body or a field."),
            )
            return None
        field, start, end, about = span
        text = QueryDialog.ask(self.window, self.tr("Query to the reporter"), about, self.tr("Add"))
        if text is None:
            return None
        query = self.article.add_query(field, start, end, text)
        if query is not None:
            self.editor.tabs.setCurrentWidget(self.panel)
            self.panel.choose(query.uid)
        return query

    def _selected_span(self) -> tuple[str, int, int, str] | None:
        focused = QApplication.focusWidget()
        for name, field in self.editor.fields.items():
            if focused is field and field.text():
                if isinstance(field, ParagraphField):
                    cursor = field.textCursor()
                    start, end = cursor.selectionStart(), cursor.selectionEnd()
                else:
                    start = field.selectionStart()
                    end = start + len(field.selectedText())
                if start == end:  # nothing selected: the whole field
                    start, end = 0, len(field.text())
                return name, start, end, field.text()[start:end]
        cursor = self.editor.body.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        return BODY, start, end, self.editor.body.toPlainText()[start:end]

    def reply(self, uid: str) -> None:
        query = self.article.query(uid)
        if query is None:
            return
        text = QueryDialog.ask(
            self.window, self.tr("Reply to Q{0}").format(self.panel.number(uid)), query.text,
            self.tr("Reply"),
        )  # fmt: skip
        if text is not None:
            self.article.reply(uid, text)

    def reanchor(self, uid: str) -> None:
        query = self.article.query(uid)
        span = self._selected_span()
        if query is None:
            return
        if span is None or span[0] != query.field:
            messages.inform(
                self.window,
                self.tr("Anchor the query"),
                self.tr("Select the text to anchor the query to, in: {0}").format(
                    field_label(query.field)
                ),
            )
            return
        self.article.reanchor(uid, span[1], span[2])

    def delete(self, uid: str) -> None:
        if messages.choose(
            self.window,
            self.tr("Delete the query?"),
            self.tr("Delete Q{0} and its replies? Resolving it keeps it on record.").format(
                self.panel.number(uid)
            ),
            accept=self.tr("Delete"),
            reject=self.tr("Keep it"),
        ):
            self.article.delete_query(uid)

    # -- showing --------------------------------------------------------------------------
    def show_query(self, uid: str) -> None:
        """Select the text the query is about, where it is."""
        query = self.article.query(uid)
        if query is None or query.orphaned:
            return
        if query.field == BODY:
            body = self.editor.body
            cursor = body.textCursor()
            length = body.document().characterCount() - 1
            cursor.setPosition(min(query.start, length))
            cursor.setPosition(min(query.end, length), QTextCursor.MoveMode.KeepAnchor)
            body.setTextCursor(cursor)
            body.ensureCursorVisible()
        elif (field := self.editor.fields.get(query.field)) is not None:
            field.setSelection(query.start, query.end - query.start)

    def _margin_clicked(self, uid: str) -> None:
        self.editor.tabs.setCurrentWidget(self.panel)
        self.panel.choose(uid)
        self.show_query(uid)
