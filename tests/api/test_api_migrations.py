"""Migrations are the only way the schema changes: they must match the models and run both ways."""

from __future__ import annotations

import os

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from api.db import make_engine
from api.migrate import alembic_config, upgrade_head
from api.models import Base


def test_migrated_schema_matches_the_models(database_url):
    engine = make_engine(database_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.skipif(bool(os.environ.get("FORBERED_TEST_DATABASE_URL")), reason="uses its own SQLite file")
def test_downgrade_to_base_and_up_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade_head(url)
    command.downgrade(alembic_config(url), "base")
    engine = make_engine(url)
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade_head(url)
    assert "sheet_versions" in inspect(engine).get_table_names()
    engine.dispose()


def test_revision_ids_fit_alembic_version_on_postgresql():
    """alembic_version.version_num is VARCHAR(32): a longer id only fails on PostgreSQL."""
    from alembic.script import ScriptDirectory

    from api.migrate import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = [r.revision for r in scripts.walk_revisions()]
    assert len(revisions) >= 2
    assert all(len(r) <= 32 for r in revisions), revisions
