"""The plan service application: ``create_app()`` wires settings, routers and the lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from api import log_redaction
from api.config import Settings, get_settings
from api.db import Database
from api.errors import install_error_handlers
from api.migrate import upgrade_head
from api.ratelimit import RateLimits
from api.routes import (
    admin,
    auth,
    chat,
    citizen_page,
    citizens,
    demo,
    fhir,
    invitations,
    print_sheet,
    review,
    sheets,
    trainer,
)
from api.security import BodyLimit, SecurityHeaders

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parent / "static"


def _startup(app: FastAPI) -> None:
    settings: Settings = app.state.settings
    upgrade_head(settings.database_url)
    if settings.env == "dev":
        from api.seed import seed_dev_users

        with app.state.db.session() as db:
            seed_dev_users(db)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    log_redaction.install()
    await run_in_threadpool(_startup, app)
    try:
        yield
    finally:
        client = getattr(app.state, "rasa_client", None)
        if client is not None:
            client.close()
        app.state.db.dispose()


# FastAPI's built-in OpenTelemetry would record request paths (they carry invitation tokens) and exception
# messages (they can carry citizen text), and export them wherever the environment points
# (FASTAPI_OTEL_AUTO_CONFIGURE). Citizen data goes to our own services only, so it is off, whatever the
# environment says.
NO_TELEMETRY = {"tracing": False, "metrics": False, "logs": False, "operation_spans": False, "auto_configure": False}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="Forbered plan service", version="0.1.0", lifespan=lifespan, telemetry=NO_TELEMETRY)
    app.state.settings = settings
    app.state.db = Database(settings.database_url)
    app.state.rate_limits = RateLimits.from_settings(settings)
    install_error_handlers(app)
    # Plain ASGI middleware; the last added runs first, so an oversized body is refused before anything else.
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    routers = (
        auth,
        invitations,
        citizens,
        chat,
        sheets,
        fhir,
        review,
        print_sheet,
        admin,
        citizen_page,
        demo,
        trainer,
    )
    for module in routers:
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")
    app.mount("/widget", StaticFiles(directory=citizen_page.WIDGET_DIR, check_dir=False), name="widget")
    return app


app = create_app()
