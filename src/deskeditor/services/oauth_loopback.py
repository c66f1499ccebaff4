"""The one-shot loopback receiver of an OAuth sign-in (RFC 8252, section 7.3): an
HTTP server on ``http://127.0.0.1:<free port>/`` that the provider sends the
browser back to. It takes exactly one redirect carrying the expected ``state``
(a forged one is refused and the wait goes on), answers the browser with a page
saying to go back to Deskeditor, and is gone.
"""

from __future__ import annotations

import html
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PAGE = """<!doctype html><meta charset="utf-8"><title>Deskeditor</title>
<body style="font-family:sans-serif;margin:3em"><h1>{title}</h1><p>{text}</p></body>"""


class LoopbackReceiver:
    """Listens from construction until ``close``; ``wait`` gives the redirect's URL."""

    def __init__(self, state: str) -> None:
        self._state = state
        self._done = threading.Event()
        self._lock = threading.Lock()  # requests are handled on threads of their own
        self.redirect: str | None = None  # the accepted redirect, as the browser sent it
        # One thread per connection: a browser's idle pre-connection must not hold up
        # the redirect behind it.
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.2,), name="oauth-loopback", daemon=True
        )
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def wait(self, timeout: float, cancel: threading.Event | None = None) -> str | None:
        """The accepted redirect's full URL, or None when none came in time (or the
        wait was cancelled)."""
        deadline = time.monotonic() + timeout
        while not self._done.wait(min(0.25, max(0.0, deadline - time.monotonic()))):
            if time.monotonic() >= deadline or (cancel is not None and cancel.is_set()):
                break
        return self.redirect

    def close(self) -> None:
        with self._lock:
            self._done.set()
        self._server.shutdown()
        self._thread.join(5)
        self._server.server_close()

    def _accept(self, path: str) -> tuple[int, str, str]:
        """(HTTP status, title, text) for one request to the loopback address."""
        query = parse_qs(urlsplit(path).query)
        with self._lock:
            if self._done.is_set():
                return 410, "Finished", "This sign-in is finished; you can close this tab."
            if query.get("state", [""])[0] != self._state:
                return 400, "Refused", "This page was not opened by Deskeditor's sign-in."
            self.redirect = self.redirect_uri + path.lstrip("/")
            self._done.set()
        if "error" in query:
            return 200, "Sign-in cancelled", "Go back to Deskeditor."
        return 200, "Signed in", "Deskeditor has the sign-in. You can close this tab."

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 10  # seconds a connection may stay silent

            def log_message(self, format: str, *args: object) -> None:
                pass  # the redirect carries the code: never log it

            def do_GET(self) -> None:
                if urlsplit(self.path).path != "/":
                    status, title, text = 404, "Not found", ""
                else:
                    status, title, text = receiver._accept(self.path)
                body = PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler
