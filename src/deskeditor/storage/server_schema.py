"""What only the desk's PostgreSQL server has (migration 0007_desk runs it there).

The change sequence: every insert or update of a synced row takes the desk's
transaction lock (pg_advisory_xact_lock) and the next ``desk_seq``, so writers
commit in sequence order and a laptop that pulled up to N never misses a row
that commits later with a smaller number. Deletes leave a tombstone with its
own sequence number. Every commit that touched a synced table NOTIFYs
``deskeditor`` (PostgreSQL folds identical notifications of one transaction).

Rights: people are LOGIN roles in one of three group roles (ROLES). The guards
below check the session's login, so a laptop cannot do what its role forbids by
writing its own SQLite file: the server refuses the change (SQLSTATE 42501).
"""

from __future__ import annotations

CHANNEL = "deskeditor"
LOCK_KEY = 20261129  # the desk's transaction lock (pg_advisory_xact_lock)
ROLES = {
    "reporter": "deskeditor_reporter",
    "copy-editor": "deskeditor_copy_editor",
    "chief": "deskeditor_chief",
}
SYNCED = (
    "articles",
    "revisions",
    "correction_requests",
    "correction_events",
    "correction_notices",
    "correction_replies",
    "queries",
    "query_replies",
    "desk_conflicts",
)
PUBLIC_STATUSES = "('published', 'corrected')"

_FUNCTIONS = (
    f"""CREATE FUNCTION desk_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock({LOCK_KEY});
        NEW.desk_seq := nextval('desk_seq');
        NEW.desk_by := session_user;
        RETURN NEW;
    END $$""",
    f"""CREATE FUNCTION desk_tombstone() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock({LOCK_KEY});
        INSERT INTO desk_tombstones (seq, table_name, uid, deleted_by)
        VALUES (nextval('desk_seq'), TG_TABLE_NAME, OLD.uid, session_user);
        RETURN OLD;
    END $$""",
    f"""CREATE FUNCTION desk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]);
        RETURN NULL;
    END $$""",
    f"""CREATE FUNCTION desk_is_chief() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT pg_has_role(session_user, '{ROLES["chief"]}', 'MEMBER')
    $$""",
    f"""CREATE FUNCTION desk_guard_article() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF (NEW.status IN {PUBLIC_STATUSES}
                OR (TG_OP = 'UPDATE' AND OLD.status IN {PUBLIC_STATUSES}))
           AND (TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status)
           AND NOT desk_is_chief() THEN
            RAISE EXCEPTION 'only a chief can publish or unpublish: % is not a chief on this desk',
                session_user USING ERRCODE = '42501', COLUMN = 'status';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE FUNCTION desk_guard_revision() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF (NEW.reason = 'publish override'
                OR (NEW.reason = 'status change'
                    AND NEW.note ~ '^(published|corrected) →|→ (published|corrected)'))
           AND NOT desk_is_chief() THEN
            RAISE EXCEPTION 'only a chief can publish: % is not a chief on this desk',
                session_user USING ERRCODE = '42501', COLUMN = 'reason';
        END IF;
        -- Who wrote it is the desk's word for the login, not what the laptop says.
        NEW.author := COALESCE(
            (SELECT name FROM desk_people WHERE login = session_user), NEW.author);
        RETURN NEW;
    END $$""",
)

_TABLES = (
    "CREATE SEQUENCE desk_seq",
    """CREATE TABLE desk_tombstones (
        seq bigint PRIMARY KEY, table_name text NOT NULL, uid text NOT NULL,
        deleted_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc'),
        deleted_by text NOT NULL)""",
    """CREATE TABLE desk_applied (
        change_uid text PRIMARY KEY, login text NOT NULL,
        applied_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc'))""",
    """CREATE TABLE desk_people (
        login text PRIMARY KEY, name text NOT NULL, role text NOT NULL,
        added_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc'))""",
    """CREATE TABLE desk_leases (
        article_uid text PRIMARY KEY, login text NOT NULL, name text NOT NULL,
        expires_at timestamptz NOT NULL)""",
    # Full-text search: headline counts most, then dek and byline, then the body.
    """ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(headline, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(dek, '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(byline, '')), 'C') ||
        setweight(to_tsvector('simple', coalesce(body, '')), 'D')) STORED""",
    "CREATE INDEX ix_articles_search ON articles USING gin (search)",
)


def _per_table(table: str) -> tuple[str, ...]:
    return (
        f"ALTER TABLE {table} ADD COLUMN desk_seq bigint NOT NULL DEFAULT 0",
        f"ALTER TABLE {table} ADD COLUMN desk_by text NOT NULL DEFAULT ''",
        f"UPDATE {table} SET desk_seq = nextval('desk_seq')",
        f"CREATE INDEX ix_{table}_desk_seq ON {table} (desk_seq)",
        f"CREATE TRIGGER {table}_desk_stamp BEFORE INSERT OR UPDATE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION desk_stamp()",
        f"CREATE TRIGGER {table}_desk_tombstone AFTER DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION desk_tombstone()",
        f"CREATE TRIGGER {table}_desk_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION desk_notify('changed')",
    )


SERVER_DDL: tuple[str, ...] = (
    *_TABLES,
    *_FUNCTIONS,
    *(statement for table in SYNCED for statement in _per_table(table)),
    "CREATE TRIGGER articles_desk_guard BEFORE INSERT OR UPDATE OF status ON articles "
    "FOR EACH ROW EXECUTE FUNCTION desk_guard_article()",
    "CREATE TRIGGER revisions_desk_guard BEFORE INSERT ON revisions "
    "FOR EACH ROW EXECUTE FUNCTION desk_guard_revision()",
    "CREATE TRIGGER desk_leases_notify AFTER INSERT OR UPDATE OR DELETE ON desk_leases "
    "FOR EACH STATEMENT EXECUTE FUNCTION desk_notify('leases')",
)

SERVER_DROP: tuple[str, ...] = (
    *(
        f"DROP TRIGGER IF EXISTS {t}_desk_{k} ON {t}"
        for t in SYNCED
        for k in ("stamp", "tombstone", "notify")
    ),
    "DROP TRIGGER IF EXISTS articles_desk_guard ON articles",
    "DROP TRIGGER IF EXISTS revisions_desk_guard ON revisions",
    *(
        f"ALTER TABLE {t} DROP COLUMN IF EXISTS desk_seq, DROP COLUMN IF EXISTS desk_by"
        for t in SYNCED
    ),
    "ALTER TABLE articles DROP COLUMN IF EXISTS search",
    "DROP TABLE IF EXISTS desk_leases, desk_people, desk_applied, desk_tombstones",
    "DROP FUNCTION IF EXISTS desk_guard_revision(), desk_guard_article(), desk_is_chief(), "
    "desk_notify(), desk_tombstone(), desk_stamp()",
    "DROP SEQUENCE IF EXISTS desk_seq",
)
