"""Alembic migrations; the script location is this folder."""
