"""Real mail servers on 127.0.0.1 for the tests: an SMTP sink (aiosmtpd) that keeps
what arrives, and a real Dovecot IMAP server, run from a config in a
fresh temp folder (``dovecot -c CONF``), never reaching beyond loopback.

Run as root (CI, these machines), Dovecot's own processes take the users Debian's
``dovecot-core`` package creates (``dovecot`` and ``dovenull``) and the mailbox
belongs to ``nobody``: users every Debian has, so nothing needs creating. Run as
anyone else, everything is that user. The folder lives under /tmp, not pytest's
private tmp_path, because the mail user must be able to reach it.

Tests that need it are marked ``imap`` and skip, saying why, only when the
dovecot binary is missing (scripts/setup installs it).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from imapclient import IMAPClient
from keyring.backend import KeyringBackend
from keyring.backends import fail

DOVECOT = shutil.which("dovecot") or next(
    (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if Path(p).exists()), None
)
imap = pytest.mark.imap
needs_dovecot = pytest.mark.skipif(
    DOVECOT is None, reason="dovecot is not installed (apt-get install dovecot-imapd)"
)
USER, PASSWORD = "corrections", "s3cret-pass"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _users() -> tuple[str, str, pwd.struct_passwd]:
    """(internal user, login user, mail user) for the server's processes."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.getuid())
        return me.pw_name, me.pw_name, me
    nobody = pwd.getpwnam("nobody")

    def existing(name: str) -> str:
        try:
            return pwd.getpwnam(name).pw_name
        except KeyError:
            return "nobody"

    return existing("dovecot"), existing("dovenull"), nobody


@dataclass
class Dovecot:
    folder: Path
    port: int
    tls_port: int
    cafile: Path

    @property
    def config(self) -> Path:
        return self.folder / "dovecot.conf"

    @property
    def maildir(self) -> Path:
        return self.folder / "mail" / USER / "Maildir"

    def start(self) -> None:
        assert DOVECOT is not None
        subprocess.run([DOVECOT, "-c", str(self.config)], check=True, timeout=30)
        deadline = time.monotonic() + 20
        pid_file = self.folder / "run" / "master.pid"
        while time.monotonic() < deadline:  # up: its pid is written and a connect succeeds
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                if pid_file.exists() and pid_file.read_text().strip():
                    return
            except OSError:
                pass
            time.sleep(0.02)
        raise RuntimeError(f"dovecot did not start: {self.log()}")

    def stop(self) -> None:
        """Stop the server and wait until its processes, open connections too, are gone."""
        assert DOVECOT is not None
        pid_file = self.folder / "run" / "master.pid"
        if not pid_file.exists():
            return
        master = int(pid_file.read_text().strip())
        with contextlib.suppress(ProcessLookupError):
            os.kill(master, signal.SIGSTOP)  # it starts no new process while we look
        pids = _family(master)
        for pid in pids:  # the server's own processes, by id: connections end at once
            # (like a crash; `dovecot stop` takes seconds to let clients finish)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(p) for p in pids):
            time.sleep(0.02)
        pid_file.unlink(missing_ok=True)

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else "(no log)"

    def client(self) -> IMAPClient:
        """A second, independent client: how tests deliver mail (APPEND)."""
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.login(USER, PASSWORD)
        return client

    def deliver(self, *messages: bytes, folder: str = "INBOX") -> None:
        with self.client() as client:
            for raw in messages:
                client.append(folder, raw)

    def renumber(self) -> None:
        """What a server restored from backup or migrated does: the folder keeps its
        messages and gets a new UIDVALIDITY, its UIDs counted again from 1."""
        self.stop()
        for name in self.maildir.glob("dovecot*"):
            name.unlink()
        time.sleep(1.1)  # Dovecot takes the clock's second as the new UIDVALIDITY
        self.start()

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cafile))


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _family(root: int) -> set[int]:
    """``root`` and every process descended from it (from /proc)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        parents[int(stat.parent.name)] = int(fields[1])
    family = {root}
    grew = True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in family} - family
        family |= more
        grew = bool(more)
    return family


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, made for this run."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


CONFIG = """\
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login{mechanisms}
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
mail_location = maildir:~/Maildir
first_valid_uid = 1
first_valid_gid = 1
mailbox_idle_check_interval = 1 secs
{oauth_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {folder}/passwd
}}
namespace inbox {{
  inbox = yes
  mailbox Archive {{
    auto = create
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""


OAUTH_PASSDB = """\
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {folder}/oauth2.conf
}}
"""
OAUTH_CONFIG = """\
introspection_mode = post
introspection_url = {introspect_url}
username_attribute = username
active_attribute = active
active_value = true
"""


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    with running_dovecot() as server:
        yield server


@contextlib.contextmanager
def running_dovecot(introspect_url: str | None = None) -> Iterator[Dovecot]:
    """Dovecot with a password login; with ``introspect_url``, XOAUTH2 and OAUTHBEARER
    too, each access token checked with that OAuth 2 introspection endpoint."""
    if DOVECOT is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    internal, login, mail_user = _users()
    folder = Path(tempfile.mkdtemp(prefix="deskeditor-dovecot-", dir="/tmp"))
    folder.chmod(0o755)
    cert, key = _certificate(folder)
    mail = folder / "mail"
    mail.mkdir()
    os.chown(mail, mail_user.pw_uid, mail_user.pw_gid)
    (folder / "passwd").write_text(
        f"{USER}:{{PLAIN}}{PASSWORD}:{mail_user.pw_uid}:{mail_user.pw_gid}::{mail}/{USER}::\n"
    )
    server = Dovecot(folder, free_port(), free_port(), cert)
    if introspect_url is not None:
        (folder / "oauth2.conf").write_text(OAUTH_CONFIG.format(introspect_url=introspect_url))
    server.config.write_text(
        CONFIG.format(
            folder=folder,
            cert=cert,
            key=key,
            internal=internal,
            internal_group=_group_of(internal),
            login=login,
            port=server.port,
            tls_port=server.tls_port,
            mechanisms=" xoauth2 oauthbearer" if introspect_url else "",
            oauth_passdb=OAUTH_PASSDB.format(folder=folder) if introspect_url else "",
        )
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _group_of(user: str) -> str:
    import grp

    return grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name


# -- SMTP ------------------------------------------------------------------------------
class Sink:
    """Keeps what arrives; refuses the recipients it is told to."""

    def __init__(self) -> None:
        self.received: list[Envelope] = []
        self.refuse: set[str] = set()

    async def handle_RCPT(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        self.received.append(envelope)
        return "250 Message accepted"


def check_login(
    server: Any, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"desk", b"pw")
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535


@pytest.fixture
def smtp() -> Iterator[tuple[Sink, int]]:
    sink = Sink()
    port = free_port()
    controller = Controller(
        sink, hostname="127.0.0.1", port=port, authenticator=check_login, auth_require_tls=False
    )
    controller.start()
    yield sink, port
    controller.stop()


# -- the OS keyring, as a desktop has one (or not) ----------------------------------------
class MemoryKeyring(KeyringBackend):
    """What a desktop's keyring does, minus the desktop."""

    priority = 1.0

    def __init__(self) -> None:  # keyring's own reads settings from the environment: not here
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
