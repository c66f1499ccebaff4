"""One correction request, in the inbox pane beside the article: the reader's
messages (as plain text, nothing loaded), the article with the phrase in question
highlighted, the request's history, what the desk decided and wrote, and the
reply under review. Everything typed here is kept as typed (the request
controller saves it)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.corrections import RequestStatus
from deskeditor.ui.labels import request_status_label
from deskeditor.ui.widgets.paragraph_field import PlainTextField
from deskeditor.ui.widgets.reply_editor import ReplyEditor

if TYPE_CHECKING:  # the services pull in SQLAlchemy: not before the first paint
    from deskeditor.services.matching import Match
    from deskeditor.services.triage import RequestDetail

HIGHLIGHT = "background-color: #fff3a3; color: #1b1b1b;"
CANDIDATES = 3


class RequestPane(QWidget):
    back_requested = Signal()
    status_chosen = Signal(object)  # RequestStatus
    fields_edited = Signal()  # assignee or notes, as typed
    open_article_requested = Signal()
    link_requested = Signal()  # search for the article
    candidate_chosen = Signal(int)  # link this article
    notice_requested = Signal()
    reply_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._candidates: list[int] = []
        self.back_button = QPushButton(self.tr("← Inbox"))
        self.back_button.setToolTip(self.tr("Back to the list of requests (Esc)"))
        self.heading = QLabel()
        self.heading.setObjectName("requestHeading")
        self.heading.setWordWrap(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Request status"))
        for status in RequestStatus:
            self.status.addItem(request_status_label(status), status.value)
        self.assignee = QLineEdit()
        self.assignee.setAccessibleName(self.tr("Assigned to"))
        self.assignee.setPlaceholderText(self.tr("Who is on it"))
        self.notes = PlainTextField()  # Tab, Ctrl+Tab move on
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes for the desk"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(72)
        self.match = QLabel()
        self.match.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open article"))
        self.link_button = QPushButton(self.tr("Link to article…"))
        self.candidate_box = QWidget()
        self.candidate_grid = QGridLayout(self.candidate_box)
        self.candidate_grid.setContentsMargins(0, 0, 0, 0)
        self.candidate_grid.setColumnStretch(0, 1)
        self.candidate_grid.addWidget(QLabel(self.tr("The likeliest articles:")), 0, 0, 1, 2)
        self.message = QTextBrowser()
        self.message.setOpenLinks(False)
        self.article = QTextBrowser()
        self.article.setOpenLinks(False)
        self.history = QTextBrowser()
        self.fix = QTextBrowser()  # the notice's fix, and the text as first published
        self.fix.setObjectName("requestFix")
        self.fix.setOpenLinks(False)
        self.reply = ReplyEditor()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.message, self.tr("Message"))
        self.tabs.addTab(self.article, self.tr("Article"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.fix, self.tr("Fix"))
        self.reply_tab = self.tabs.addTab(self.reply, self.tr("Reply"))
        self.notice_button = QPushButton(self.tr("Write notice…"))
        self.reply_button = QPushButton(self.tr("Draft repl&y"))
        self._build_layout()
        self.back_button.clicked.connect(self.back_requested)
        self.status.activated.connect(
            lambda i: self.status_chosen.emit(RequestStatus(self.status.itemData(i)))
        )
        self.assignee.textEdited.connect(self._on_edit)
        self.notes.textChanged.connect(self._on_edit)
        self.open_button.clicked.connect(self.open_article_requested)
        self.link_button.clicked.connect(self.link_requested)
        self.notice_button.clicked.connect(self.notice_requested)
        self.reply_button.clicked.connect(self.reply_requested)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        form = QFormLayout()
        for text, field in (
            (self.tr("Status"), self.status),
            (self.tr("Assigned to"), self.assignee),
            (self.tr("Notes"), self.notes),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        article_buttons = QHBoxLayout()
        article_buttons.addWidget(self.open_button)
        article_buttons.addWidget(self.link_button)
        article_buttons.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.notice_button)
        actions.addWidget(self.reply_button)
        actions.addStretch(1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.match)
        layout.addWidget(self.candidate_box)
        layout.addLayout(article_buttons)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        scroll = QScrollArea()  # a short window scrolls the request, not off the screen
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- showing ----------------------------------------------------------------------
    def typed(self) -> tuple[str, str]:
        """The assignee and notes as typed."""
        return self.assignee.text(), self.notes.toPlainText()

    def show_detail(self, detail: RequestDetail, keep_typing: bool = False) -> None:
        """Show ``detail``; with ``keep_typing`` what is typed in the fields stays."""
        e = html.escape
        overdue = self.tr(" · over 30 days without a decision") if detail.overdue else ""
        dates = []
        if detail.sent_at is not None:
            dates.append(self.tr("written {0}").format(f"{detail.sent_at.astimezone():%Y-%m-%d}"))
        if detail.received_at is not None:
            dates.append(
                self.tr("received {0}").format(f"{detail.received_at.astimezone():%Y-%m-%d %H:%M}")
            )
        self.heading.setText(
            f"<b>#{detail.id} {e(detail.subject or self.tr('(no subject)'))}</b><br>"
            f"{e(detail.sender)}<br><small>{e(' · '.join(dates))}{e(overdue)}</small>"
        )
        self._loading = True
        self.status.setCurrentIndex(list(RequestStatus).index(detail.status))
        if not keep_typing:
            self.assignee.setText(detail.assignee)
            if self.notes.toPlainText() != detail.notes:
                self.notes.setPlainText(detail.notes)
        self._loading = False
        if detail.article is not None:
            confidence = f" ({detail.confidence:.0%})" if detail.confidence is not None else ""
            self.match.setText(
                self.tr("About: <b>{0}</b> — {1}").format(
                    e(detail.article.headline), e(detail.evidence or "") + confidence
                )
            )
        else:
            why = (detail.evidence or "").replace(" (not linked)", "")
            self.match.setText(self.tr("Not linked to an article ({0}).").format(e(why)))
        self.open_button.setEnabled(detail.article is not None)
        self.notice_button.setEnabled(detail.article is not None)
        self.message.setHtml(messages_html(detail))
        self.article.setHtml(article_html(detail))
        self.history.setHtml(
            "<br>".join(
                f"{h.at.astimezone():%Y-%m-%d %H:%M} · {e(h.action)}: {e(h.detail)}"
                + (f" ({e(h.actor)})" if h.actor else "")
                for h in detail.history
            )
        )

    def show_candidates(self, found: list[Match]) -> None:
        """The likeliest articles for an unlinked request, each with a Link button."""
        while self.candidate_grid.count() > 1:  # the heading stays
            item = self.candidate_grid.takeAt(1)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self._candidates = []
        for row, match in enumerate(found[:CANDIDATES]):
            if match.article is None or match.article.id is None:
                continue
            confidence = f"{match.confidence:.0%}" if match.confidence is not None else ""
            label = QLabel(
                f"<b>{html.escape(match.article.headline)}</b><br>"
                f"<small>{html.escape(match.evidence)} · {confidence}</small>"
            )
            label.setWordWrap(True)
            button = QPushButton(self.tr("Link"))
            button.setAccessibleName(self.tr("Link to “{0}”").format(match.article.headline))
            article_id = match.article.id
            button.clicked.connect(lambda _=False, a=article_id: self.candidate_chosen.emit(a))
            self.candidate_grid.addWidget(label, row + 1, 0)
            self.candidate_grid.addWidget(button, row + 1, 1)
            self._candidates.append(article_id)
        self.candidate_box.setVisible(bool(self._candidates))

    @property
    def candidate_ids(self) -> list[int]:
        return list(self._candidates)

    def _on_edit(self, *_: object) -> None:
        if not self._loading:
            self.fields_edited.emit()


def messages_html(detail: RequestDetail) -> str:
    """The thread's messages as plain text: nothing is loaded, links do not open."""
    e = html.escape
    parts = []
    kept = QCoreApplication.translate("RequestPane", "Attachments (kept, never opened)")
    for message in detail.messages:
        when = f"{message.sent_at.astimezone():%Y-%m-%d %H:%M}" if message.sent_at else ""
        attachments = "".join(
            f"<li>{e(a.filename)} ({e(a.content_type)}, {a.size:,} bytes)</li>"
            for a in message.attachments
        )
        problem = f"<p><i>{e(message.parse_error)}</i></p>" if message.parse_error else ""
        parts.append(
            f"<h3>{e(message.subject)}</h3>"
            f"<p><small>{e(message.sender)} · {e(when)}</small></p>"
            f"{problem}<p style='white-space: pre-wrap'>{e(message.text)}</p>"
            + (f"<p>{e(kept)}:</p><ul>{attachments}</ul>" if attachments else "")
        )
    return "<hr>".join(parts)


def article_html(detail: RequestDetail) -> str:
    """The matched article's text with the phrase the reader means highlighted."""
    if detail.article is None:
        return ""
    e = html.escape
    body = detail.article.body
    phrase = detail.quoted_phrase or ""
    at = body.find(phrase) if phrase else -1
    if at >= 0:
        shown = (
            e(body[:at])
            + f"<span style='{HIGHLIGHT}'>{e(phrase)}</span>"
            + e(body[at + len(phrase) :])
        )
    else:
        shown = e(body)
    return f"<h2>{e(detail.article.headline)}</h2><p style='white-space: pre-wrap'>{shown}</p>"
