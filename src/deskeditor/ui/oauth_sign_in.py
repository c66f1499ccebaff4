"""An OAuth sign-in from the window: the flow waits minutes for the browser, so it
runs on a thread of its own (a Worker job would hold every import behind it).
The browser is opened and the address shown on the GUI thread; the token or the
one-line reason it failed come back as signals there too.

A small window says what is going on while the browser is away, shows the
address to paste when no browser opened, and cancels the wait.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.mail_account import MailAccount
from deskeditor.domain.oauth_provider import OAuthProvider


def system_browser(url: str) -> object:
    return QDesktopServices.openUrl(QUrl(url))


class OAuthSignIn(QObject):
    signed_in = Signal(object, object, object)  # provider, account, token (a dict)
    failed = Signal(str)
    _address = Signal(str)  # from the sign-in thread to the GUI thread

    def __init__(self, parent: QWidget, browser: Callable[[str], object] = system_browser) -> None:
        super().__init__(parent)
        self.browser = browser  # tests put their own "browser" here
        self._parent = parent
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.prompt: SignInPrompt | None = None
        self._address.connect(self._open, Qt.ConnectionType.QueuedConnection)
        self.signed_in.connect(self._close_prompt)
        self.failed.connect(self._close_prompt)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, provider: OAuthProvider, account: MailAccount) -> None:
        self.cancel()
        self._cancel = threading.Event()
        self.prompt = SignInPrompt(self._parent, provider.label)
        self.prompt.rejected.connect(self._cancelled)
        self.prompt.show()
        cancel = self._cancel
        self._thread = threading.Thread(
            target=self._run, args=(provider, account, cancel), name="oauth-sign-in", daemon=True
        )
        self._thread.start()

    def cancel(self, wait: float = 5.0) -> None:
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(wait)
            self._thread = None

    def _cancelled(self) -> None:
        """Cancel in the prompt: the wait ends within a moment, on its own thread."""
        self._cancel.set()
        self.failed.emit(self.tr("the sign-in was cancelled"))

    def _run(self, provider: OAuthProvider, account: MailAccount, cancel: threading.Event) -> None:
        from deskeditor.services.oauth import SignInError, sign_in  # Authlib: when signing in

        try:
            token: dict[str, Any] = sign_in(
                provider, account, lambda url: None, self._address.emit, cancel=cancel
            )
        except SignInError as error:
            if not cancel.is_set():
                self.failed.emit(str(error))
            return
        self.signed_in.emit(provider, account, token)

    def _open(self, url: str) -> None:
        if self.prompt is not None:
            self.prompt.address.setText(url)
        self.browser(url)

    def _close_prompt(self, *_: object) -> None:
        if self.prompt is not None:
            self.prompt.done(QDialog.DialogCode.Accepted)
            self.prompt.deleteLater()
            self.prompt = None


class SignInPrompt(QDialog):
    """Not modal: the window stays usable while the user signs in in the browser."""

    def __init__(self, parent: QWidget | None, provider: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to {0}").format(provider))
        text = QLabel(
            self.tr(
                "Finish signing in to {0} in your browser. If no browser opened, "
                "open this address in one:"
            ).format(provider)
        )
        text.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        copy = QPushButton(self.tr("&Copy address"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.address.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.address)
        layout.addWidget(buttons)
        self.setModal(False)
        self.resize(560, self.sizeHint().height())
