"""Find and replace in the body, in a bar under it (Ctrl+F, Ctrl+H, Esc to close).

Matches are counted as the copy editor types ("3 of 12"), with match case, whole
word and regular expression. A match never spans paragraphs. Replace all is one
undo step, and Ctrl+Z right after it undoes it wherever the focus is (the find
field's own undo would otherwise take the key).
"""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

Option = QRegularExpression.PatternOption
COUNT_DELAY_MS = 120  # recount after an edit of the body, not on every keystroke of a burst
_REFERENCE = re.compile(r"\\(\d|\\)")


class FindBar(QWidget):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor = editor
        self._matches: list[tuple[int, int]] = []
        self._current = -1  # index in _matches of the selected match
        self._replaced_at: tuple[int, int] | None = None  # (undo steps, revision) after Replace all
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find in the body"))
        self.find_field.setAccessibleName(self.tr("Find"))
        self.replace_field = QLineEdit()
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setAccessibleName(self.tr("Replace with"))
        for field in (self.find_field, self.replace_field):
            field.setMinimumWidth(180)
            field.setClearButtonEnabled(True)
            field.installEventFilter(self)
        self.case = QCheckBox(self.tr("Match &case"))
        self.whole_word = QCheckBox(self.tr("&Whole word"))
        self.regex = QCheckBox(self.tr("Regular ex&pression"))
        self.regex.setToolTip(self.tr("In the replacement, \\1 … \\9 stand for the groups"))
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setAccessibleName(self.tr("Matches"))
        # Room for the longest it says: no jump, and nothing cut, as the text changes.
        room_for(
            self.count,
            self.tr("{0} of {1}").format("12,345", "12,345"),
            self.tr("%n match(es)", "", 12345),
            self.tr("No matches"),
            self.tr("Invalid expression"),
        )
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace &all"))
        self.replace_all_button.setToolTip(self.tr("Every match, as one step Ctrl+Z undoes"))
        self.status = QLabel()
        self.status.setObjectName("replaceStatus")
        room_for(
            self.status,
            self.tr("%n replaced", "", 12345),
            self.tr("Nothing replaced"),
            self.tr("Replace all undone"),
        )
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close find"))
        self._build_layout(close)
        self.find_field.textChanged.connect(self._find_changed)
        self.find_field.returnPressed.connect(self.find_next)
        self.replace_field.returnPressed.connect(self.replace_one)
        for box in (self.case, self.whole_word, self.regex):
            box.toggled.connect(self._find_changed)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.close_bar)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(COUNT_DELAY_MS)
        self._recount.timeout.connect(self.recount)
        editor.document().contentsChanged.connect(self._body_changed)
        self.hide()

    def _build_layout(self, close: QToolButton) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.find_field, 0, 0)
        grid.addWidget(self.count, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(close, 0, 4)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        options = QHBoxLayout()
        for box in (self.case, self.whole_word, self.regex):
            options.addWidget(box)
        options.addStretch(1)
        # What Replace did, at the end of the options: beside the count it made the row
        # wider than a laptop's editor pane, and the count was drawn over the Find field.
        options.addWidget(self.status)
        grid.addLayout(options, 2, 0, 1, 5)
        grid.setColumnStretch(0, 1)
        self._replace_row = (self.replace_field, self.status, self.replace_button,
                             self.replace_all_button)  # fmt: skip
        # Tab from Find goes to Replace with, as in every find/replace bar.
        order = [self.find_field, self.replace_field, self.next_button, self.previous_button,
                 self.replace_button, self.replace_all_button, self.case, self.whole_word,
                 self.regex, close]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- opening and closing -------------------------------------------------------------
    def open(self, replace: bool = False) -> None:
        """Show the bar (with the replace row for Ctrl+H) and put the cursor in Find,
        its text selected: what the user types next is the new search."""
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in self._replace_row:
            widget.setVisible(replace)
        self.status.clear()
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self.recount()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus()

    @property
    def replace_shown(self) -> bool:
        return not self.replace_field.isHidden()

    # -- what matches ---------------------------------------------------------------------
    def expression(self) -> QRegularExpression | None:
        """The search as a regular expression (None: nothing to find)."""
        needle = self.find_field.text()
        if not needle:
            return None
        pattern = needle if self.regex.isChecked() else QRegularExpression.escape(needle)
        if self.whole_word.isChecked():
            pattern = rf"\b(?:{pattern})\b"
        options = Option.UseUnicodePropertiesOption
        if not self.case.isChecked():
            options |= Option.CaseInsensitiveOption
        return QRegularExpression(pattern, options)

    def recount(self) -> None:
        """Find every match again and say how many there are."""
        self._recount.stop()
        self._matches = []
        self._current = -1
        expression = self.expression()
        if expression is None:
            self.count.clear()
            self._set_invalid(False)
            return
        if not expression.isValid():
            self.count.setText(self.tr("Invalid expression"))
            self.count.setToolTip(expression.errorString())
            self._set_invalid(True)
            return
        self._set_invalid(False)
        self.count.setToolTip("")
        # Paragraph separators as line feeds: the same length, and a match cannot cross them.
        text = self._editor.document().toRawText().replace("\u2029", "\n")
        found = expression.globalMatch(text)
        while found.hasNext():
            match = found.next()
            start, end = match.capturedStart(), match.capturedEnd()
            if end > start and "\n" not in text[start:end]:
                self._matches.append((start, end))
        self._current = self._match_at_selection()
        self._show_count()

    def _show_count(self) -> None:
        total = len(self._matches)
        if not total:
            self.count.setText(self.tr("No matches"))
        elif self._current < 0:
            self.count.setText(self.tr("%n match(es)", "", total))
        else:
            self.count.setText(self.tr("{0} of {1}").format(self._current + 1, total))

    def _set_invalid(self, invalid: bool) -> None:
        self.find_field.setStyleSheet("color: #c53030;" if invalid else "")

    def _match_at_selection(self) -> int:
        cursor = self._editor.textCursor()
        span = (cursor.selectionStart(), cursor.selectionEnd())
        return self._matches.index(span) if span in self._matches else -1

    @property
    def matches(self) -> list[tuple[int, int]]:
        return list(self._matches)

    # -- moving ---------------------------------------------------------------------------
    def find_next(self) -> bool:
        return self._step(forward=True)

    def find_previous(self) -> bool:
        return self._step(forward=False)

    def _step(self, forward: bool) -> bool:
        if self._recount.isActive() or not self._matches:
            self.recount()
        if not self._matches:
            return False
        cursor = self._editor.textCursor()
        if forward:
            after = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
            following = [i for i, (s, _e) in enumerate(self._matches) if s >= after]
            index = following[0] if following else 0  # wrap around
        else:
            before = cursor.selectionStart()
            preceding = [i for i, (_s, e) in enumerate(self._matches) if e <= before]
            index = preceding[-1] if preceding else len(self._matches) - 1
        self._select(index)
        return True

    def _select(self, index: int) -> None:
        start, end = self._matches[index]
        cursor = self._editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()
        self._current = index
        self._show_count()

    # -- replacing ------------------------------------------------------------------------
    def replace_one(self) -> None:
        """Replace the selected match, then select the next one."""
        if self._recount.isActive():
            self.recount()
        index = self._match_at_selection()
        if index >= 0:
            start, end = self._matches[index]
            self._editor.textCursor().insertText(self._replacement(start, end))
            self.recount()
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        self.recount()
        if not self._matches:
            self.status.setText(self.tr("Nothing replaced"))
            return 0
        document = self._editor.document()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        for start, end in reversed(self._matches):  # from the end: offsets stay valid
            replacement = self._replacement(start, end)
            edit.setPosition(start)
            edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(replacement)
        edit.endEditBlock()
        count = len(self._matches)
        self._replaced_at = (document.availableUndoSteps(), document.revision())
        self.status.setText(self.tr("%n replaced", "", count))
        self.recount()
        return count

    def _replacement(self, start: int, end: int) -> str:
        """The replacement text; with a regular expression, \\1 … \\9 are its groups."""
        text = self.replace_field.text()
        expression = self.expression()
        if not self.regex.isChecked() or expression is None:
            return text
        source = self._editor.document().toRawText().replace("\u2029", "\n")
        match = expression.match(source, start)
        if not match.hasMatch() or match.capturedStart() != start:
            return text

        def group(found: re.Match[str]) -> str:
            reference = found.group(1)
            return "\\" if reference == "\\" else match.captured(int(reference))

        return _REFERENCE.sub(group, text)

    def undo_replace_all(self) -> bool:
        """Undo the last Replace all if nothing was edited since; True when done."""
        document = self._editor.document()
        if self._replaced_at != (document.availableUndoSteps(), document.revision()):
            return False
        self._replaced_at = None
        document.undo()
        self.status.setText(self.tr("Replace all undone"))
        return True

    # -- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            if event.matches(QKeySequence.StandardKey.Undo) and self._undo_pending():
                if event.type() == QEvent.Type.KeyPress:
                    self.undo_replace_all()
                event.accept()
                return event.type() == QEvent.Type.KeyPress
            if event.type() == QEvent.Type.KeyPress and self._navigation_key(watched, event):
                return True
        return super().eventFilter(watched, event)

    def _undo_pending(self) -> bool:
        document = self._editor.document()
        return self._replaced_at == (document.availableUndoSteps(), document.revision())

    def _navigation_key(self, watched: QObject, event: QKeyEvent) -> bool:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_F3 or (
            watched is self.find_field and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift
        ):
            self._step(forward=not shift)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # -- keeping count --------------------------------------------------------------------
    def _find_changed(self) -> None:
        self.status.clear()
        self.recount()

    def _body_changed(self) -> None:
        if self.isVisible():
            self._recount.start()


def room_for(label: QLabel, *texts: str) -> None:
    """A label as wide as the longest of ``texts`` (translated, so in any language)."""
    metrics = label.fontMetrics()
    label.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in texts) + 4)
