"""``deskeditor desk init|join|sync|status|leave|conflicts|person add``: the shared
desk for scripts, on the laptop database given by ``--db`` (or $DESKEDITOR_DB).

Passwords follow libpq's conventions (in the URL, PGPASSWORD or ~/.pgpass); a
password given in the URL at ``join`` is kept in the OS keyring when there is
one, never in the database.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from deskeditor.cli.common import UsageError, opened_database, print_json

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands
    from deskeditor.services.desk.service import DeskService

ROLES = ("reporter", "copy-editor", "chief")


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    desk = commands.add_parser("desk", help="the shared desk: laptops synced through PostgreSQL")
    actions = desk.add_subparsers(dest="desk_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="make (or upgrade) a desk on a PostgreSQL database")
    init.add_argument("url", metavar="URL", help="postgresql://LOGIN@HOST[:PORT]/DATABASE")
    init.add_argument("--name", metavar="NAME", default="", help="your name on the desk")
    init.set_defaults(handler=run_init)
    join = actions.add_parser("join", parents=[common], help="connect this database to a desk")
    join.add_argument("url", metavar="URL", help="postgresql://LOGIN@HOST[:PORT]/DATABASE")
    join.add_argument("--name", metavar="NAME", default="", help="your name as others see it")
    join.set_defaults(handler=run_join)
    sync = actions.add_parser("sync", parents=[common], help="send your changes, fetch others'")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=run_sync)
    status = actions.add_parser("status", parents=[common], help="server, last sync, outbox")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)
    leave = actions.add_parser("leave", parents=[common], help="disconnect from the desk")
    leave.set_defaults(handler=run_leave)
    conflicts = actions.add_parser("conflicts", parents=[common], help="unresolved conflicts")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=run_conflicts)
    person = actions.add_parser("person", help="the desk's people (a chief's)")
    people = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    add = people.add_parser(
        "add", parents=[common], help="create a login (password from standard input)"
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--name", metavar="NAME", default="", help="as the desk shows it")
    add.set_defaults(handler=run_person_add)


def run_init(args: argparse.Namespace) -> int:
    from deskeditor.services.desk.connection import (
        DeskAddress,
        DeskOfflineError,
        desk_password,
        offline_message,
    )
    from deskeditor.services.desk.server import init_desk
    from deskeditor.services.errors import ServiceError

    address = DeskAddress.parse(args.url)
    engine = address.engine(desk_password(address))
    try:
        login = init_desk(engine, args.name)
    except Exception as error:
        from sqlalchemy.exc import DBAPIError, OperationalError

        if isinstance(error, OperationalError):
            raise DeskOfflineError(offline_message(error)) from None
        if isinstance(error, DBAPIError):
            raise ServiceError(f"the server refused to make the desk: {error.orig}") from None
        raise
    finally:
        engine.dispose()
    print(f"the desk at {address.public_url} is ready; {login} is its chief")
    return 0


def run_join(args: argparse.Namespace) -> int:
    from deskeditor.services.desk.connection import DeskAddress

    address = DeskAddress.parse(args.url)
    with opened_database(args) as database, _service(database) as service:
        report = service.join(args.url, args.name, _progress)
        state = service.state()
        assert state is not None
        print(file=sys.stderr)
    kept = _keep_password(address) if address.password else ""
    print(
        f"joined {state.server_url} as {state.name} ({state.role}): "
        f"{report.pulled:,} pulled, {report.pushed:,} sent"
    )
    if kept:
        print(kept, file=sys.stderr)
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() or total:
        print(f"\rpulling the desk: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)


def _keep_password(address: Any) -> str:
    from deskeditor.services.credentials import (
        DESK_SERVICE,
        KeyringUnavailableError,
        keep_secret,
    )

    try:
        keep_secret(address.public_url, address.password, DESK_SERVICE)
    except KeyringUnavailableError as error:
        return f"deskeditor: the password was not kept ({error}); use PGPASSWORD or ~/.pgpass"
    return "the password is kept in the keyring"


def run_sync(args: argparse.Namespace) -> int:
    with opened_database(args, must_exist=True) as database, _service(database) as service:
        report = service.sync()
    if args.json:
        print_json(report.as_json())
    else:
        print(
            f"{report.pushed:,} sent, {report.pulled:,} received, "
            f"{len(report.conflicts)} conflict(s), {report.seconds:.2f} s"
        )
    for refused in report.refused:
        print(f"deskeditor: the desk refused {refused.field}: {refused.message}", file=sys.stderr)
    return 1 if report.refused else 0


def run_status(args: argparse.Namespace) -> int:
    from deskeditor.services.desk.connection import DeskOfflineError

    with opened_database(args, must_exist=True) as database, _service(database) as service:
        state = service.state()
        if state is None:
            raise UsageError("this database has not joined a desk (deskeditor desk join URL)")
        pending = service.pending()
        refused = len(service.refusals())
        unresolved = len(service.conflicts())
        try:
            leases = [uid for uid, lease in service.leases().items() if lease.login == state.login]
            online = True
        except DeskOfflineError:
            leases, online = [], False
    data = {
        "server": state.server_url, "login": state.login, "name": state.name,
        "role": state.role, "online": online,
        "last_sync": state.last_sync_at.isoformat() if state.last_sync_at else None,
        "pending": pending, "leases_held": leases, "refused": refused,
        "conflicts": unresolved,
    }  # fmt: skip
    if args.json:
        print_json(data)
        return 0
    when = data["last_sync"] or "never"
    print(f"{state.server_url} as {state.name} ({state.role}), {'online' if online else 'offline'}")
    print(f"last sync: {when}; {pending} change(s) waiting; {len(leases)} lease(s) held")
    if refused or unresolved:
        print(f"{refused} refused change(s), {unresolved} unresolved conflict(s)")
    return 0


def run_leave(args: argparse.Namespace) -> int:
    with opened_database(args, must_exist=True) as database, _service(database) as service:
        state = service.state()
        unsent = service.leave()
    assert state is not None
    print(f"left {state.server_url}; the articles stay in this database")
    if unsent:
        print(f"deskeditor: {unsent} change(s) never reached the desk", file=sys.stderr)
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    with opened_database(args, must_exist=True) as database, _service(database) as service:
        conflicts = service.conflicts()
    rows = [
        {"uid": c.uid, "article_id": c.article_id, "slug": c.slug, "field": c.field,
         "base": c.base, "theirs": c.theirs, "mine": c.mine, "who": c.name or c.login,
         "when": c.at.isoformat()}
        for c in conflicts
    ]  # fmt: skip
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"#{row['article_id']} {row['slug']} {row['field']} ({row['who']}, {row['when']})")
        for side in ("base", "theirs", "mine"):
            print(f"  {side}: {_short(row[side])}")
    return 0


def _short(value: Any) -> str:
    text = str(value).replace("\n", " ⏎ ")
    return text if len(text) <= 100 else text[:99] + "…"


def run_person_add(args: argparse.Namespace) -> int:
    import secrets

    password = "" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.readline().strip()
    generated = not password
    if generated:
        password = secrets.token_urlsafe(12)
    with opened_database(args, must_exist=True) as database, _service(database) as service:
        service.add_person(args.login, args.role, password, args.name)
    print(f"{args.login} is now a {args.role} of the desk")
    if generated:
        print(f"password (shown once): {password}")
    return 0


class _service:  # noqa: N801 (a context manager used like a function)
    """A DeskService for the length of a command, its connections closed after."""

    def __init__(self, database: Any) -> None:
        from deskeditor.services.desk.service import DeskService

        self.service: DeskService = DeskService(database)

    def __enter__(self) -> DeskService:
        return self.service

    def __exit__(self, *_exc: object) -> None:
        self.service.close()
