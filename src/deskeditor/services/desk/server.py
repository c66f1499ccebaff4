"""Setting up a desk's server: the schema (the same Alembic chain as a laptop's
file), the three roles and what each may do, and the people.

``init_desk`` is run once by whoever administers the server (a login that may
create roles); it is safe to run again after an upgrade. People are added by a
chief through ``desk_add_person``, a function that runs with the desk owner's
right to create logins, so chiefs need no such right themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

from deskeditor.services.errors import ServiceError
from deskeditor.storage.server_schema import ROLES

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

GROUPS = tuple(ROLES.values())
# What every person may write; the chief also purges (DELETE on articles).
WRITABLE = (
    "articles", "pull_quotes", "revisions", "correction_requests", "correction_events",
    "correction_notices", "correction_replies", "queries", "query_replies", "desk_conflicts",
)  # fmt: skip

_ADD_PERSON = f"""
CREATE OR REPLACE FUNCTION desk_add_person(p_login text, p_verifier text, p_name text,
                                           p_role text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE grp text;
BEGIN
    IF NOT desk_is_chief() THEN
        RAISE EXCEPTION 'only a chief can add people to the desk: % is not a chief',
            session_user USING ERRCODE = '42501';
    END IF;
    grp := CASE p_role WHEN 'reporter' THEN '{ROLES["reporter"]}'
                       WHEN 'copy-editor' THEN '{ROLES["copy-editor"]}'
                       WHEN 'chief' THEN '{ROLES["chief"]}' END;
    IF grp IS NULL THEN
        RAISE EXCEPTION 'unknown role %: reporter, copy-editor or chief', p_role
            USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'the login % exists already on this server', p_login
            USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    EXECUTE format('GRANT %I TO %I', grp, p_login);
    INSERT INTO desk_people (login, name, role) VALUES (p_login, p_name, p_role);
END $$"""


def init_desk(engine: Engine, chief_name: str) -> str:
    """Create or upgrade the desk's schema, its roles and rights; the login that
    runs it becomes a chief of the desk. Returns that login."""
    from alembic import command

    from deskeditor.storage.maintenance import alembic_config

    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with engine.begin() as connection:
        _roles(connection)
        _grants(connection)
        login = str(connection.execute(text("SELECT session_user")).scalar())
        connection.execute(
            text(
                "INSERT INTO desk_people (login, name, role) VALUES (:l, :n, 'chief') "
                "ON CONFLICT (login) DO UPDATE SET name = EXCLUDED.name, role = 'chief'"
            ),
            {"l": login, "n": chief_name or login},
        )
        superuser = connection.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")
        ).scalar()
        if not superuser:
            connection.execute(text(f'GRANT {ROLES["chief"]} TO "{login}"'))
    return login


def _roles(connection: Connection) -> None:
    for group in GROUPS:
        connection.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
            )
        )


def _grants(connection: Connection) -> None:
    everyone = ", ".join(GROUPS)
    for statement in (
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}",
        f"GRANT INSERT, UPDATE ON {', '.join(WRITABLE)} TO {everyone}",
        f"GRANT DELETE ON pull_quotes, queries, query_replies TO {everyone}",
        f"GRANT INSERT ON desk_applied TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON desk_leases TO {everyone}",
        f"REVOKE DELETE ON articles FROM {ROLES['reporter']}, {ROLES['copy-editor']}",
        f"GRANT DELETE ON articles TO {ROLES['chief']}",
        _ADD_PERSON,
        "REVOKE ALL ON FUNCTION desk_add_person(text, text, text, text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION desk_add_person(text, text, text, text) TO {ROLES['chief']}",
    ):
        connection.execute(text(statement))


def add_person(engine: Engine, login: str, password: str, role: str, name: str) -> None:
    """Create the login (its password sent only as a SCRAM verifier) in ``role``."""
    if role not in ROLES:
        raise ServiceError(f"unknown role {role!r}: reporter, copy-editor or chief")
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        verifier = raw.pgconn.encrypt_password(  # type: ignore[union-attr]
            password.encode(), login.encode(), b"scram-sha-256"
        ).decode()
        connection.execute(
            text("SELECT desk_add_person(:login, :verifier, :name, :role)"),
            {"login": login, "verifier": verifier, "name": name or login, "role": role},
        )


def person(connection: Connection, login: str) -> tuple[str, str] | None:
    """(name, role) of a desk's person, None for a login that is not one."""
    row = connection.execute(
        text("SELECT name, role FROM desk_people WHERE login = :l"), {"l": login}
    ).first()
    return (str(row.name), str(row.role)) if row else None
