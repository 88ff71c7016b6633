"""Apply Alembic migrations from code (the app lifespan, tests, ``python -m api.migrate``)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

ALEMBIC_INI = Path(__file__).resolve().parent / "alembic.ini"


def alembic_config(database_url: str) -> Config:
    cfg = Config(str(ALEMBIC_INI))
    cfg.attributes["database_url"] = database_url
    cfg.attributes["from_app"] = True
    return cfg


def upgrade_head(database_url: str) -> None:
    command.upgrade(alembic_config(database_url), "head")


if __name__ == "__main__":  # pragma: no cover
    from api.config import get_settings

    upgrade_head(get_settings().database_url)
