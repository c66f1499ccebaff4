"""The reply to a reader under review: From (the publication), To, Subject and the
text, edited before it is saved as an .eml; what is typed is kept as typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.corrections import Reply
from deskeditor.ui.widgets.paragraph_field import PlainTextField


class ReplyEditor(QWidget):
    edited = Signal()
    save_requested = Signal()
    send_requested = Signal()
    mail_program_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reply: Reply | None = None
        self._loading = False
        self.from_label = QLabel()
        self.from_label.setObjectName("replyFrom")
        self.from_label.setWordWrap(True)  # a long address or the hint wraps in a narrow pane
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Reply to"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Reply subject"))
        self.body = PlainTextField()  # Tab, Ctrl+Tab move on
        self.body.setObjectName("replyBody")
        self.body.setAccessibleName(self.tr("Reply text"))
        self.body.setTabChangesFocus(True)
        self.state = QLabel()
        self.state.setObjectName("replyState")
        self.state.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "No reply yet. “Draft reply” writes one in the house wording for you to review."
            )
        )
        self.empty.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save reply"))
        self.save_button.setToolTip(
            self.tr("Save it as an .eml in the outbox, to send from your mail program")
        )
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setToolTip(
            self.tr("Send it now through the SMTP server (deskeditor inbox smtp set URL)")
        )
        self.mail_program_button = QPushButton(self.tr("Open in &mail program"))
        self.mail_program_button.setToolTip(
            self.tr("Hand it to your mail program to send (the request is not marked replied)")
        )
        form = QFormLayout()
        for text, widget in (
            (self.tr("From"), self.from_label),
            (self.tr("To"), self.recipient),
            (self.tr("Sub&ject"), self.subject),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.fields = QWidget()
        fields = QVBoxLayout(self.fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(form)
        fields.addWidget(self.body, 1)
        # The state on its own line and the buttons under it: beside each other they
        # did not fit the inbox pane of a laptop-sized window.
        fields.addWidget(self.state)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.mail_program_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.send_button)
        fields.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.fields, 1)
        for signal in (self.recipient.textEdited, self.subject.textEdited, self.body.textChanged):
            signal.connect(self._on_edit)
        self.save_button.clicked.connect(self.save_requested)
        self.send_button.clicked.connect(self.send_requested)
        self.mail_program_button.clicked.connect(self.mail_program_requested)
        self.show_reply(None)

    @property
    def reply(self) -> Reply | None:
        return self._reply

    def typed(self) -> Reply | None:
        """The reply as typed now."""
        if self._reply is None:
            return None
        return self._reply.edited(
            self.recipient.text(), self.subject.text(), self.body.toPlainText()
        )

    def show_reply(self, reply: Reply | None, sender: str = "") -> None:
        """Show ``reply`` (None: none yet); a saved one is shown read-only."""
        self._reply = reply
        self._loading = True
        self.empty.setVisible(reply is None)
        self.fields.setVisible(reply is not None)
        if reply is not None:
            self.from_label.setText(
                reply.sender
                or sender
                or self.tr("(set the corrections address in Preferences → Publication)")
            )
            self.recipient.setText(reply.recipient)
            self.subject.setText(reply.subject)
            if self.body.toPlainText() != reply.body:
                self.body.setPlainText(reply.body)
            saved = reply.saved_at is not None or reply.sent_at is not None
            for field in (self.recipient, self.subject):
                field.setReadOnly(saved)
            self.body.setReadOnly(saved)
            self.save_button.setEnabled(not saved)
            self.send_button.setEnabled(reply.sent_at is None)
            if reply.sent_at is not None:
                self.state.setText(self.tr("Sent to {0}").format(reply.recipient))
            elif reply.saved_at is not None:
                self.state.setText(
                    self.tr("Saved as {0}: send it from your mail program").format(reply.saved_path)
                )
            else:
                self.state.setText(self.tr("Draft: review and edit it, then save or send it"))
        self._loading = False

    def adopt(self, reply: Reply) -> None:
        """The reply was stored as typed: keep the new state, leave the text alone."""
        if self._reply is not None and reply.id == self._reply.id:
            self._reply = reply

    def _on_edit(self, *_: object) -> None:
        if not self._loading and self._reply is not None and self._reply.saved_at is None:
            self.edited.emit()
