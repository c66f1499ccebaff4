"""A kept revision shown as it was, read-only, in the editor's own layout, under a
bar that says which revision it is and offers compare and restore."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskeditor.domain.article import Article, RevisionInfo
from deskeditor.ui.widgets.article_editor import ArticleEditor

BAR_STYLE = (
    "QFrame#revisionBar { background: #eaf2fd; border: 1px solid #b2cdf1; border-radius: 3px; }"
    " QFrame#revisionBar QLabel { color: #123b6d; }"
)


class RevisionBar(QFrame):
    """What is shown instead of the article being edited, and the way back."""

    back_requested = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setStyleSheet(BAR_STYLE.replace("revisionBar", object_name))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.back_button = QPushButton(self.tr("← Back to editing"))
        self.back_button.setToolTip(self.tr("Back to the article as it is now (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message)
        self.row = QHBoxLayout()  # the view's buttons go in before the way back
        self.row.addStretch(1)
        self.row.addWidget(self.back_button)
        layout.addLayout(self.row)


class RevisionView(QWidget):
    back_requested = Signal()
    compare_requested = Signal()  # this revision against the current text
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revision: RevisionInfo | None = None
        self.bar = RevisionBar("revisionBar")
        self.compare_button = QPushButton(self.tr("Compare with current"))
        self.restore_button = QPushButton(self.tr("Restore this revision…"))
        self.bar.row.insertWidget(0, self.compare_button)
        self.bar.row.insertWidget(1, self.restore_button)
        self.editor = ArticleEditor()
        self.editor.setObjectName("revisionEditor")
        for panel in (self.editor.checks, self.editor.notices, self.editor.queries):
            # What it was, not what is: no checks, notices or queries here (the panels
            # are kept, out of the window, for the editor's own use).
            self.editor.tabs.removeTab(self.editor.tabs.indexOf(panel))
            panel.setParent(None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.editor, 1)
        self.bar.back_requested.connect(self.back_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        self.restore_button.clicked.connect(self.restore_requested)

    def show_revision(
        self, revision: RevisionInfo, what: str, article: Article, font: QFont
    ) -> None:
        """Show ``revision`` (``what`` it was) of ``article``, read-only, the body in
        the editor's ``font``."""
        self.revision = revision
        self.editor.body.setFont(font)
        as_it_was = revision.article().replace(
            published_at=article.published_at, deleted_at=None, id=article.id
        )
        self.editor.load(as_it_was)
        self.editor.set_read_only(True)
        self.editor.status.setEnabled(False)
        when = f"{revision.created_at.astimezone():%Y-%m-%d %H:%M}"
        self.bar.message.setText(
            self.tr("<b>Revision {0}</b> · {1} · {2} · {3}<br>As it was, read-only.").format(
                revision.id, when, revision.author or self.tr("unknown"), what
            )
        )
