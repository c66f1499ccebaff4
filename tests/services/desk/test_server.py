"""The desk's server: the same migrations as a laptop's file, rights by role."""

from __future__ import annotations

import pytest

from tests.pgserver import Desk, needs_postgres, postgres

pytestmark = [postgres, needs_postgres]


def test_a_desk_is_made_by_the_same_migrations_as_a_laptop(desk: Desk) -> None:
    from deskeditor.storage import SCHEMA_HEAD

    assert desk.sql("SELECT version_num FROM alembic_version") == SCHEMA_HEAD
    assert desk.sql("SELECT role FROM desk_people WHERE login = 'postgres'") == "chief"
