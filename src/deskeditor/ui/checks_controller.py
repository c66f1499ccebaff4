"""Runs the copy-desk checks as the copy editor types (on a worker of their own),
shows the findings in the panel and as wavy underlines in the body, and applies
fixes with undo. The workflow's gate asks it for the errors (gate_check)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QTextCursor

from deskeditor.domain import smart_quotes
from deskeditor.domain.article import Article
from deskeditor.domain.checks.findings import Finding
from deskeditor.domain.language import DEFAULT_LANGUAGE, is_english
from deskeditor.services.checks import (
    ArticleChecker,
    desk_checker,
    field_text,
    save_state,
)
from deskeditor.services.readability import pyphen_syllables
from deskeditor.services.spelling import installed_languages
from deskeditor.ui.dialogs.spelling_menu import ADD_TO_DICTIONARY, SpellingMenu
from deskeditor.ui.interpreter import keep_typing_smooth
from deskeditor.ui.models.finding_list_model import SEVERITY_COLOURS
from deskeditor.ui.open_article import OpenArticle
from deskeditor.ui.widgets.article_editor import ArticleEditor
from deskeditor.ui.widgets.checks_panel import ChecksPanel
from deskeditor.ui.worker import LatestJob, Worker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckInput:
    draft: Article
    checker: ArticleChecker
    stop: threading.Event  # set when the app closes: the check gives up part-way


@dataclass(frozen=True)
class CheckResult:
    findings: list[Finding]
    summary: str  # grade level and reading time


class ChecksController(QObject):
    """Threads: the checker is built on the check worker and handed over to the
    GUI thread in a signal; from then on it runs on the check worker only (checks,
    settings changes, dictionary lookups), except the status gate, which takes the
    checker's lock on the GUI thread (gate_check)."""

    DELAY_MS = 120  # after typing pauses: the check itself costs a paragraph

    def __init__(
        self,
        panel: ChecksPanel,
        editor: ArticleEditor,
        article: OpenArticle,
        worker: Worker,
        data_dir: Path,
        budgets: tuple[int, int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.editor = editor
        self.article = article
        self._worker = worker
        self._data_dir = data_dir
        self._checker: ArticleChecker | None = None
        self._findings: list[Finding] = []
        self._checked_draft: Article | None = None  # the draft the findings were found in
        self._budgets = budgets
        self._gate_checker: ArticleChecker | None = None
        self._stop = threading.Event()  # set once, by close(); read by the running check
        self._job: LatestJob[CheckInput, CheckResult] = LatestJob(
            worker, self._check_input, self._check, self.DELAY_MS, parent=self
        )
        self._job.finished.connect(self._checked)
        self._job.failed.connect(lambda _draft, error: self._failed(error))
        article.opened.connect(self._opened)
        article.edited.connect(self._job.request)
        panel.finding_activated.connect(self.select)
        panel.finding_shown.connect(lambda finding: self.select(finding, focus=False))
        panel.fix_requested.connect(self.fix)
        panel.ignore_requested.connect(self.ignore)
        panel.disable_requested.connect(self.disable)
        panel.add_word_requested.connect(self.add_word)
        panel.curl_all_requested.connect(self.curl_quotes)
        self._desk_language = DEFAULT_LANGUAGE
        headline, dek = budgets
        # On the loop's next turn: the dictionary's load holds the interpreter lock in
        # long stretches, and the desk's first reads on the GUI thread (SQLite lets go
        # of the lock for every row) would wait a switch for each row.
        QTimer.singleShot(
            0,
            lambda: worker.submit(
                lambda: _load_checker(data_dir, headline, dek), self._loaded, self._failed
            ),
        )

    def _loaded(self, loaded: tuple[ArticleChecker, list[str]]) -> None:
        checker, installed = loaded
        checker.settings.headline_budget, checker.settings.dek_budget = self._budgets
        checker.settings.language = self._desk_language
        self._checker = checker
        keep_typing_smooth()
        self.editor.language.set_available(installed)
        if checker.spelling_note:
            self.panel.readability.setToolTip(checker.spelling_note)
        self._job.run_now()

    def set_desk_language(self, tag: str) -> None:
        """The language of articles that set none (Preferences)."""
        self._desk_language = tag

        def change(checker: ArticleChecker) -> None:
            checker.settings.language = tag

        self._change_settings(change, save=False)

    def language(self, article: Article) -> str:
        return article.language or self._desk_language

    def _opened(self, article: Article | None, _notices: object) -> None:
        self._job.cancel()
        if article is None:
            self._findings = []
            self._checked_draft = None
            self._show([], "")
        else:
            self._job.run_now()

    def set_budgets(self, headline: int, dek: int) -> None:
        self._budgets = (headline, dek)

        def change(checker: ArticleChecker) -> None:
            checker.settings.headline_budget, checker.settings.dek_budget = headline, dek

        self._change_settings(change, save=False)

    @property
    def pending(self) -> bool:
        """True while a check is due, running, or waiting for the dictionary."""
        return self._job.pending or (self.article.article is not None and self._checker is None)

    @property
    def ready(self) -> bool:
        """The desk's checker (and its dictionary) has loaded."""
        return self._checker is not None

    @property
    def checker(self) -> ArticleChecker | None:
        """The desk's checker, once loaded (it runs on the check worker)."""
        return self._checker

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def close(self) -> None:
        """The app is closing: stop a running check where it stands (quitting never
        waits for a long one) and start no other."""
        self._stop.set()
        self._job.cancel()

    # -- running ----------------------------------------------------------------------
    def run(self) -> None:
        self._job.run_now()

    def _check_input(self) -> CheckInput | None:
        draft = self.article.draft()
        if draft is None or self._checker is None:
            return None
        return CheckInput(draft, self._checker, self._stop)

    @staticmethod
    def _check(job: CheckInput) -> CheckResult:  # on the check worker
        draft = job.draft
        found = job.checker.check(draft, job.stop)
        language = job.checker.language(draft)
        notes = []
        if is_english(language):  # the Flesch-Kincaid grade is for English
            score = job.checker.readability(draft)
            if score.words:
                notes.append(
                    QCoreApplication.translate("ChecksController", "Grade {0} · {1} min read")
                    .format(f"{score.grade:g}", max(1, round(score.minutes)))
                )  # fmt: skip
        if job.checker.speller is not None and not job.checker.knows_spelling(language):
            notes.append(
                QCoreApplication.translate(
                    "ChecksController", "No {0} dictionary: spelling not checked"
                ).format(language)
            )
        return CheckResult(found, " · ".join(notes))

    def _checked(self, job: CheckInput, result: CheckResult) -> None:
        draft = job.draft
        if self.article.article is None or self.article.article.id != draft.id:
            return
        self._findings = result.findings
        self._checked_draft = draft
        self._show(result.findings, result.summary, draft)

    def _failed(self, error: Exception) -> None:
        log.error("checks failed", exc_info=error)
        self.panel.summary.setText(self.tr("Checks unavailable: {0}").format(error))

    def _show(self, findings: list[Finding], summary: str, article: Article | None = None) -> None:
        listed = findings[: self.panel.LISTED]  # and underlined: the panel lists no more
        excerpts = [
            field_text(article, f.field)[f.start : f.end] if article else "" for f in listed
        ]
        self.panel.show_findings(findings, excerpts)
        self.panel.readability.setText(summary)
        self._underline([f for f in listed if f.field == "body"])

    def _underline(self, findings: list[Finding]) -> None:
        document = self.editor.body.document()
        marks: dict[int, list[Any]] = {}
        for finding in findings:
            block = document.findBlock(finding.start)
            if not block.isValid():
                continue
            start = finding.start - block.position()
            marks.setdefault(block.blockNumber(), []).append(
                (start, finding.end - finding.start, SEVERITY_COLOURS[finding.severity])
            )
        self.editor.body.highlighter.set_marks(marks)

    # -- acting on a finding --------------------------------------------------------------
    def select(self, finding: Finding, focus: bool = True) -> None:
        """Select the finding's text in its field; ``focus``: and go there."""
        name, _, number = finding.field.partition(":")
        if name == "body":
            body = self.editor.body
            cursor = body.textCursor()
            length = body.document().characterCount() - 1
            cursor.setPosition(min(finding.start, length))
            cursor.setPosition(min(finding.end, length), QTextCursor.MoveMode.KeepAnchor)
            body.setTextCursor(cursor)
            body.ensureCursorVisible()
            if focus:
                body.setFocus()
        elif name in self.editor.fields:
            field = self.editor.fields[name]
            if focus:
                field.setFocus()
            field.setSelection(finding.start, max(0, finding.end - finding.start))
        elif name == "section" and focus:
            self.editor.section.setFocus()
        elif name == "pull_quote" and number:
            self.editor.pull_quotes.table.selectRow(int(number) - 1)
            if focus:
                self.editor.pull_quotes.table.setFocus()

    def fix(self, finding: Finding) -> None:
        """Replace the finding's text with its fix, as one undoable edit, leaving the
        focus where it is (the list: the next finding becomes the current one). A
        spelling fix offers the dictionary's suggestions, looked up now (too slow to
        look up for every word as you type)."""
        draft = self.article.draft()
        if draft is None or not self._still_there(finding, draft):
            self.panel.summary.setText(self.tr("The text changed; checking again…"))
            self.run()
            return
        if finding.fix is None and finding.id == "spelling":
            self._offer_spellings(finding, field_text(draft, finding.field))
            return
        if finding.fix is None:
            return
        self._apply(finding, finding.fix)

    def _still_there(self, finding: Finding, draft: Article) -> bool:
        """The finding's field reads as it did when the checks found it."""
        checked = self._checked_draft
        return checked is not None and field_text(checked, finding.field) == field_text(
            draft, finding.field
        )

    def _apply(self, finding: Finding, replacement: str) -> None:
        name, _, number = finding.field.partition(":")
        if name == "body":
            cursor = QTextCursor(self.editor.body.document())
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)  # one step on the body's undo stack
            self.editor.body.setTextCursor(cursor)
        elif name in self.editor.fields:
            field = self.editor.fields[name]
            field.setSelection(finding.start, max(0, finding.end - finding.start))
            field.insert(replacement)
        elif name == "pull_quote" and number:
            model = self.editor.pull_quotes.model
            index = model.index(int(number) - 1, model.TEXT)
            text = str(index.data())
            model.setData(index, text[: finding.start] + replacement + text[finding.end :])
        else:
            return
        self.panel.fixed()
        self.editor.edited.emit()
        self._job.request(0)

    def _offer_spellings(self, finding: Finding, text: str) -> None:
        word = text[finding.start : finding.end]
        checker = self._checker
        if checker is None or checker.speller is None:
            return
        speller = checker.speller

        def found(suggestions: list[str]) -> None:
            at = self.panel.current_rect_bottom()
            chosen = SpellingMenu.ask(self.panel, at, word, suggestions)
            if chosen is ADD_TO_DICTIONARY:
                self.add_word(finding)
            elif isinstance(chosen, str):
                self._apply(finding, _same_case(word, chosen) + word[len(bare) :])

        bare = word.replace("’", "'").removesuffix("'s")
        draft = self.article.draft()
        language = self.language(draft) if draft is not None else self._desk_language
        self._worker.submit(lambda: speller.suggestions(bare, language), found, self._failed)

    def curl_quotes(self) -> None:
        """Make every straight quotation mark and apostrophe the article language's own
        (Edit → Smart quotes, and the checks panel's "Curl all quotes"): one undo step
        in the body, one in each short field."""
        draft = self.article.draft()
        if draft is None or self.editor.read_only:
            return
        language = self.language(draft)
        body = self.editor.body
        edits = smart_quotes.curl_edits(body.toPlainText(), language)
        if edits:
            cursor = body.textCursor()
            cursor.beginEditBlock()
            for edit in reversed(edits):  # from the end, so earlier offsets stay true
                cursor.setPosition(edit.start)
                cursor.setPosition(edit.end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(edit.replacement)
            cursor.endEditBlock()
        for field in self.editor.fields.values():
            if field.isReadOnly():
                continue
            curled = smart_quotes.curled(field.text(), language)
            if curled != field.text():
                field.selectAll()
                field.insert(curled)  # one step in the field's own undo
        model = self.editor.pull_quotes.model
        for row in range(model.rowCount()):
            index = model.index(row, model.TEXT)
            text = str(index.data())
            if (curled := smart_quotes.curled(text, language)) != text:
                model.setData(index, curled)
        self.editor.edited.emit()

    def ignore(self, finding: Finding) -> None:
        draft = self.article.draft()
        if draft is None:
            return
        key = finding.key(field_text(draft, finding.field))
        self._change_settings(lambda c: c.settings.ignored.add(key))

    def disable(self, finding: Finding) -> None:
        self._change_settings(lambda c: c.settings.disabled.add(finding.id))

    def add_word(self, finding: Finding) -> None:
        draft = self.article.draft()
        if draft is None:
            return
        word = field_text(draft, finding.field)[finding.start : finding.end]

        def add(checker: ArticleChecker) -> None:
            if checker.speller is not None:
                checker.speller.add(word.replace("’", "'").removesuffix("'s"))
            checker.forget()

        self._change_settings(add, save=False)

    def _change_settings(self, change: Callable[[ArticleChecker], None], save: bool = True) -> None:
        checker = self._checker
        if checker is None:
            return

        def job() -> None:  # on the worker, so no check runs while the settings change
            change(checker)
            checker.forget()
            if save:
                save_state(self._data_dir, checker.settings)

        self._worker.submit(job, lambda _: self._job.run_now(), self._failed)

    # -- the status gate ---------------------------------------------------------------
    def gate_check(self, article: Article) -> list[Finding]:
        """Every finding for the workflow's gate, now, on the GUI thread (the checker's
        lock keeps the worker out). Until the dictionary has loaded, a checker without
        spelling answers: misspellings are warnings, so the errors are the same."""
        checker = self._checker
        if checker is None:
            if self._gate_checker is None:
                headline, dek = self._budgets
                self._gate_checker = desk_checker(self._data_dir, headline, dek, spelling=False)
            self._gate_checker.settings.language = self._desk_language
            checker = self._gate_checker
        return checker.check(article)


def _load_checker(data_dir: Path, headline: int, dek: int) -> tuple[ArticleChecker, list[str]]:
    """The desk's checker, counting syllables for the readability summary, and the
    languages with a dictionary (loading Enchant and a dictionary: ~0.1 s, kept off
    the GUI thread)."""
    checker = desk_checker(data_dir, headline, dek, suggest_spelling=False)
    checker.syllables = pyphen_syllables()
    return checker, installed_languages()


def _same_case(original: str, suggestion: str) -> str:
    return suggestion[:1].upper() + suggestion[1:] if original[:1].isupper() else suggestion
