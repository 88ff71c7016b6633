"""The printable sheet: an A4 HTML page and the same page as a PDF (WeasyPrint)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api import crud, texts
from api.auth import OptionalUser
from api.db import SessionDep
from api.models import Conversation, User
from api.pdf import PdfUnavailable, html_to_pdf
from api.routes.review import LOGIN_REQUIRED, conversation_or_404, login_redirect, staff_or_none
from api.templating import templates

router = APIRouter(prefix="/review", tags=["review"])
NOT_FOUND = {404: {"description": "No such conversation or no sheet yet, or not the user's citizen"}}


def _context(db: Session, user: User, conversation: Conversation, action: str) -> dict[str, Any]:
    found = crud.latest_sheet(db, conversation_id=conversation.id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.SHEET_NOT_FOUND)
    sheet, version = found
    crud.audit(db, actor=crud.actor_of(user), action=action, obj=f"sheet:{sheet.sheet_id}:v{version.version}")
    citizen = conversation.citizen
    return {
        "conversation": conversation,
        "version": version,
        "content": version.content,
        "citizen_label": citizen.first_name or citizen.reference,
        "meeting_date": conversation.meeting.meeting_date if conversation.meeting else None,
    }


@router.get(
    "/conversations/{conversation_id}/print",
    response_class=HTMLResponse,
    summary="The sheet to print (A4 page)",
    responses={**LOGIN_REQUIRED, **NOT_FOUND},
)
def print_view(request: Request, conversation_id: str, db: SessionDep, user: OptionalUser) -> Response:
    """Large type, theme symbols, the citizen's own words in quotes; staff notes and the safety flag are
    not printed. Audited."""
    if staff_or_none(user) is None:
        return login_redirect(request)
    assert user is not None
    conversation = conversation_or_404(db, user, conversation_id)
    context = _context(db, user, conversation, "sheet.print")
    return templates.TemplateResponse(request, "print_sheet.html", context)


@router.get(
    "/conversations/{conversation_id}/sheet.pdf",
    response_class=Response,
    summary="The sheet as PDF (A4)",
    responses={
        **LOGIN_REQUIRED,
        **NOT_FOUND,
        200: {"content": {"application/pdf": {}}, "description": "The print view rendered by WeasyPrint"},
        503: {"description": "WeasyPrint or its system libraries are not installed"},
    },
)
async def sheet_pdf(request: Request, conversation_id: str, db: SessionDep, user: OptionalUser) -> Response:
    """The print view as a PDF file to save or e-mail securely. Audited."""
    if staff_or_none(user) is None:
        return login_redirect(request)
    assert user is not None
    conversation = await run_in_threadpool(conversation_or_404, db, user, conversation_id)
    context = await run_in_threadpool(_context, db, user, conversation, "sheet.pdf")
    html = templates.get_template("print_sheet.html").render(request=request, **context)
    try:
        pdf = await run_in_threadpool(html_to_pdf, html)
    except PdfUnavailable:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, texts.PDF_UNAVAILABLE) from None
    filename = f"forberedelsesark-{conversation.citizen.reference}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
