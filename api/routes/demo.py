"""``GET /demo`` (env "dev" only): a fresh demo citizen and straight into their chat."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import RedirectResponse, Response

from api import crud
from api.db import SessionDep
from api.deps import SettingsDep

router = APIRouter(tags=["demo"])
DEMO_CASEWORKER = "sagsbehandler@forbered.dk"


@router.get(
    "/demo",
    summary="Try the chat as a new demo citizen (development only)",
    status_code=status.HTTP_303_SEE_OTHER,
    responses={303: {"description": "Redirect to /c/{token}"}, 404: {"description": "Not in development"}},
)
def demo(db: SessionDep, settings: SettingsDep) -> Response:
    """Creates an invitation for a new demo citizen (caseworker: the seeded sagsbehandler; contact: the
    seeded kontakt, who then sees the sheet at /review) and redirects to the chat."""
    caseworker = crud.get_user_by_email(db, email=DEMO_CASEWORKER) if settings.env == "dev" else None
    if caseworker is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Siden findes ikke.")
    created = crud.create_invitation(
        db,
        user=caseworker,
        settings=settings,
        citizen_ref=f"DEMO-{secrets.token_hex(4).upper()}",
        first_name=None,
        meeting_date=None,
        role="citizen",
        language="da",
    )
    return RedirectResponse(f"/c/{created.token}", status_code=status.HTTP_303_SEE_OTHER)
