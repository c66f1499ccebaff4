"""One correction request: the reader's messages (as plain text, nothing loaded),
the article with the phrase in question highlighted, the request's history, and
what to do next."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.corrections import RequestStatus
from deskeditor.services.triage import RequestDetail

HIGHLIGHT = "background-color: #fff3a3; color: #1b1b1b;"


class RequestDialog(QDialog):
    status_chosen = Signal(object)  # RequestStatus
    assignee_edited = Signal(str)
    notes_edited = Signal(str)
    link_requested = Signal()
    notice_requested = Signal()
    reply_requested = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.resize(820, 640)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status = QComboBox()
        for status in RequestStatus:
            self.status.addItem(self.tr(status.value.capitalize()), status.value)
        self.assignee = QLineEdit()
        self.assignee.setPlaceholderText(self.tr("Who is on it"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes for the desk"))
        self.notes.setMaximumHeight(70)
        self.match = QLabel()
        self.match.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Assigned to"), self.assignee)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("Article"), self.match)
        self.message = QTextBrowser()
        self.message.setOpenLinks(False)
        self.article = QTextBrowser()
        self.article.setOpenLinks(False)
        self.history = QTextBrowser()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.message, self.tr("Message"))
        self.tabs.addTab(self.article, self.tr("Article"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.link_button = QPushButton(self.tr("&Link to article…"))
        self.notice_button = QPushButton(self.tr("Write &notice…"))
        self.reply_button = QPushButton(self.tr("Draft &reply"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.link_button, self.notice_button, self.reply_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.status.activated.connect(
            lambda i: self.status_chosen.emit(RequestStatus(self.status.itemData(i)))
        )
        self.assignee.editingFinished.connect(
            lambda: self.assignee_edited.emit(self.assignee.text().strip())
        )
        self.link_button.clicked.connect(self.link_requested)
        self.notice_button.clicked.connect(self.notice_requested)
        self.reply_button.clicked.connect(self.reply_requested)
        close.clicked.connect(self._close)

    def show_detail(self, detail: RequestDetail) -> None:
        e = html.escape
        self.setWindowTitle(self.tr("Correction request #{0}").format(detail.id))
        overdue = self.tr(" · over 30 days without a decision") if detail.overdue else ""
        self.heading.setText(
            f"<b>{e(detail.subject or self.tr('(no subject)'))}</b><br>"
            f"{e(detail.sender)}{e(overdue)}"
        )
        self.status.setCurrentIndex(list(RequestStatus).index(detail.status))
        self.assignee.setText(detail.assignee)
        if self.notes.toPlainText() != detail.notes:
            self.notes.setPlainText(detail.notes)
        if detail.article is not None:
            confidence = f" ({detail.confidence:.0%})" if detail.confidence is not None else ""
            self.match.setText(
                f"{e(detail.article.headline)} — {e(detail.evidence or '')}{confidence}"
            )
        else:
            self.match.setText(
                self.tr("Not linked: {0}. Use “Link to article…”.").format(e(detail.evidence or ""))
            )
        parts = []
        for message in detail.messages:
            when = message.received_at.strftime("%Y-%m-%d %H:%M") if message.received_at else ""
            attachments = "".join(
                f"<li>{e(a.filename)} ({e(a.content_type)}, {a.size:,} bytes)</li>"
                for a in message.attachments
            )
            problem = f"<p><i>{e(message.parse_error)}</i></p>" if message.parse_error else ""
            parts.append(
                f"<h3>{e(message.subject)}</h3>"
                f"<p><small>{e(message.sender)} · {e(when)}</small></p>"
                f"{problem}<p style='white-space: pre-wrap'>{e(message.text)}</p>"
                + (
                    f"<p>{self.tr('Attachments (kept, never opened)')}:</p><ul>{attachments}</ul>"
                    if attachments
                    else ""
                )
            )
        self.message.setHtml("<hr>".join(parts))
        self.article.setHtml(article_html(detail))
        self.history.setHtml(
            "<br>".join(
                f"{h.at:%Y-%m-%d %H:%M} · {e(h.action)}: {e(h.detail)}"
                + (f" ({e(h.actor)})" if h.actor else "")
                for h in detail.history
            )
        )
        self.notice_button.setEnabled(detail.article is not None)

    def _close(self) -> None:
        self.notes_edited.emit(self.notes.toPlainText())
        self.accept()


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
