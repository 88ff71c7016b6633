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


@pytest.mark.skipif(bool(os.environ.get("FORBERED_TEST_DATABASE_URL")), reason="uses its own SQLite file")
def test_last_seq_is_backfilled_from_existing_messages(tmp_path):
    from sqlalchemy import text

    url = f"sqlite:///{tmp_path / 'm.db'}"
    command.upgrade(alembic_config(url), "0003_trainer_mode")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO citizens (id, reference, created_at) VALUES (1, 'B-1', '2026-01-01')"))
        for cid in ("with-messages", "empty"):
            conn.execute(
                text(
                    "INSERT INTO conversations (id, citizen_id, role, language, created_at, last_activity_at) "
                    "VALUES (:id, 1, 'citizen', 'da', '2026-01-01', '2026-01-01')"
                ),
                {"id": cid},
            )
        for seq in (1, 2, 3):
            conn.execute(
                text(
                    "INSERT INTO messages (conversation_id, seq, role, text, created_at) "
                    "VALUES ('with-messages', :seq, 'bot', '', '2026-01-01')"
                ),
                {"seq": seq},
            )
    upgrade_head(url)
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT id, last_seq FROM conversations")).all())
    engine.dispose()
    assert rows == {"with-messages": 3, "empty": 0}
