"""The full-page chat the invitation link opens (web_widget/index.html)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from api import crud, texts
from api.config import REPO_ROOT
from api.db import SessionDep

WIDGET_DIR: Path = REPO_ROOT / "web_widget"
router = APIRouter(tags=["citizen"])


@router.get("/c/{token}", response_class=HTMLResponse, summary="The citizen's chat page")
def chat_page(token: str, db: SessionDep) -> Response:
    """The full-page chat widget the invitation link opens; a friendly 404 page for a dead link."""
    if crud.conversation_for_token(db, token=token) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.INVALID_LINK)
    return FileResponse(WIDGET_DIR / "index.html", media_type="text/html; charset=utf-8")


@router.get("/", include_in_schema=False)
def root() -> Response:
    return RedirectResponse("/review", status_code=status.HTTP_303_SEE_OTHER)


@router.get("/healthz", include_in_schema=False)
def healthz() -> dict[str, str]:
    return {"status": "ok"}
