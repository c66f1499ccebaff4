"""Storage: SQLAlchemy 2.x models, engine, migrations and repositories. No Qt."""

# The newest migration. Start-up compares the file against it with plain sqlite3
# and loads Alembic only when an upgrade is due; a test keeps it equal to
# Alembic's head.
SCHEMA_HEAD = "0007_desk"
