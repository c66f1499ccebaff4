"""A real PostgreSQL on 127.0.0.1 for the tests: one throwaway cluster per test
process (initdb + pg_ctl in a temp folder, fsync off), a desk initialised once
as a template, and a fresh database copied from it for each test.

Run as root (CI, these machines) the cluster runs as the ``postgres`` user that
Debian's package creates (``runuser -u postgres --``); run as anyone else, as
that user. The superuser logs in without a password on loopback; everybody
else with a password (scram-sha-256), as a desk's people do.

Tests that need it are marked ``postgres`` and skip, saying why, only when the
PostgreSQL server binaries are missing (scripts/setup installs them).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.mailserver import free_port

PG_BIN = next(
    (p for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
     if (p / "initdb").exists()),
    None,
)  # fmt: skip
postgres = pytest.mark.postgres
needs_postgres = pytest.mark.skipif(
    PG_BIN is None, reason="PostgreSQL is not installed (apt-get install postgresql)"
)
SUPERUSER = "postgres"
TEMPLATE = "desk_template"


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@dataclass
class PgCluster:
    folder: Path
    port: int

    def url(self, database: str, login: str = SUPERUSER, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{login}{secret}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        assert PG_BIN is not None
        done = subprocess.run(
            [str(PG_BIN / "psql"), "-X", "-q", "-t", "-A", "-h", "127.0.0.1", "-p",
             str(self.port), "-U", SUPERUSER, "-d", database, "-v", "ON_ERROR_STOP=1", "-c", sql],
            check=True, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        return done.stdout.strip()

    def start(self) -> None:
        assert PG_BIN is not None
        data = self.folder / "data"
        subprocess.run(
            _as_owner([str(PG_BIN / "initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8",
                       "--no-sync", "--locale=C.UTF-8", "--auth-local=trust",
                       "--auth-host=scram-sha-256"]),
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        hba = data / "pg_hba.conf"
        lines = hba.read_text()
        hba.write_text(f"host all {SUPERUSER} 127.0.0.1/32 trust\n" + lines)
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -c fsync=off "
            f"-c synchronous_commit=off -c full_page_writes=off "
            f"-c unix_socket_directories={self.folder} -c max_connections=200"
        )
        subprocess.run(
            _as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"),
                       "-o", options, "-w", "-t", "60", "start"]),
            check=True, capture_output=True, timeout=90,
        )  # fmt: skip

    def stop(self) -> None:
        assert PG_BIN is not None
        subprocess.run(
            _as_owner([str(PG_BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                       "immediate", "-w", "stop"]),
            capture_output=True, timeout=60,
        )  # fmt: skip

    def create_template(self) -> None:
        """A desk made by `desk init` (the chief is the superuser), copied per test."""
        from deskeditor.services.desk.connection import DeskAddress
        from deskeditor.services.desk.server import init_desk

        self.psql(f"CREATE DATABASE {TEMPLATE}")
        engine = DeskAddress.parse(self.url(TEMPLATE)).engine()
        try:
            init_desk(engine, "Desk Chief")
        finally:
            engine.dispose()

    def fresh_database(self) -> str:
        name = f"desk_{uuid.uuid4().hex[:12]}"
        self.psql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextlib.contextmanager
def throwaway_cluster(prefix: str = "deskeditor-pg-") -> Iterator[PgCluster]:
    """A cluster in a temp folder the postgres user owns (when run as root), on a free
    loopback port, with the desk's template database; stopped and removed after."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    cluster = PgCluster(folder, free_port())
    cluster.start()
    try:
        cluster.create_template()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    if PG_BIN is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    with throwaway_cluster() as cluster:
        yield cluster


@dataclass
class Desk:
    """One test's desk: a fresh database on the cluster."""

    cluster: PgCluster
    database: str

    def url(self, login: str = SUPERUSER, password: str | None = None) -> str:
        return self.cluster.url(self.database, login, password)

    def sql(self, statement: str) -> str:
        return self.cluster.psql(statement, self.database)

    def login_name(self, stem: str) -> str:
        """A login unique to this test (logins belong to the whole cluster)."""
        return f"{stem}_{self.database[-8:]}"


@pytest.fixture
def desk(pg_cluster: PgCluster) -> Iterator[Desk]:
    name = pg_cluster.fresh_database()
    try:
        yield Desk(pg_cluster, name)
    finally:
        pg_cluster.drop_database(name)


@pytest.fixture
def desk_server(pg_cluster: PgCluster) -> Iterator[Desk]:
    """The same as ``desk``, for tests where ``desk`` names the window's desk."""
    name = pg_cluster.fresh_database()
    try:
        yield Desk(pg_cluster, name)
    finally:
        pg_cluster.drop_database(name)
