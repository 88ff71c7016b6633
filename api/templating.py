"""The Jinja2 environment for server-rendered pages (autoescape always on)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from api import texts

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


def _date(value: date | datetime | None) -> str:
    if value is None:
        return "Ingen dato"
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")


def make_templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["da_date"] = _date
    env.filters["theme"] = lambda v: texts.THEMES.get(v, v)
    env.filters["subtype"] = lambda v: texts.SUBTYPES.get(v, v)
    env.filters["meeting_status"] = lambda v: texts.MEETING_STATUS.get(v, v)
    env.filters["conversation_role"] = lambda v: texts.CONVERSATION_ROLE.get(v, v)
    env.filters["version_origin"] = lambda v: texts.VERSION_ORIGIN.get(v, v)
    env.globals["plan_version_label"] = lambda v: texts.PLAN_VERSION.get(v, v)
    return Jinja2Templates(env=env)


templates = make_templates()
