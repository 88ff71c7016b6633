"""Server-rendered review pages for contact persons and caseworkers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from api import crud, texts
from api.auth import OptionalUser
from api.db import SessionDep
from api.lookups import conversation_or_404
from api.models import STAFF_ROLES, Conversation, User
from api.sheet_diff import diff_sheets
from api.templating import templates

router = APIRouter(prefix="/review", tags=["review"], default_response_class=HTMLResponse)
LOGIN_REQUIRED = {303: {"description": "Not logged in: redirect to /login"}}


def login_redirect(request: Request) -> Response:
    return RedirectResponse(f"/login?next={request.url.path}", status_code=status.HTTP_303_SEE_OTHER)


def staff_or_none(user: User | None) -> User | None:
    if user is not None and user.role not in STAFF_ROLES:
        raise HTTPException(status.HTTP_403_FORBIDDEN, texts.FORBIDDEN_ROLE)
    return user


def transcript_of(db: Session, conversation: Conversation) -> list[tuple[int | None, Any]]:
    """(turn, message) pairs; turn N is the N-th citizen message, from 1 (forbered.dialogue's counter)."""
    transcript = []
    turn = 0
    for message in crud.list_messages(db, conversation_id=conversation.id):
        anchor = None
        if message.role == "citizen":
            turn += 1
            anchor = turn
        transcript.append((anchor, message))
    return transcript


@router.get("", summary="My citizens' plan meetings (page)", responses=LOGIN_REQUIRED)
def review_list(request: Request, db: SessionDep, user: OptionalUser) -> Response:
    """Every plan meeting of the user's citizens with date and status (invited, in progress, sheet ready,
    reviewed), linking to each conversation's sheet."""
    if staff_or_none(user) is None:
        return login_redirect(request)
    assert user is not None
    meetings = crud.list_meetings_for(db, user=user)
    return templates.TemplateResponse(request, "review_list.html", {"user": user, "meetings": meetings})


@router.get(
    "/conversations/{conversation_id}",
    summary="A citizen's preparation sheet and transcript (page)",
    responses={**LOGIN_REQUIRED, 404: {"description": "No such conversation, or not the user's citizen"}},
)
def review_conversation(
    request: Request, conversation_id: str, db: SessionDep, user: OptionalUser, error: str | None = None
) -> Response:
    """Safety flag first, then the sheet's fields, what changed since the previous version, notes, "mark
    reviewed", and the transcript with ``#turn-N`` anchors. Every read is audited."""
    if staff_or_none(user) is None:
        return login_redirect(request)
    assert user is not None
    conversation = conversation_or_404(db, user, conversation_id)
    found = crud.latest_sheet(db, conversation_id=conversation.id)
    sheet, version = found if found else (None, None)
    changes = None
    previous = None
    if sheet is not None and version is not None:
        crud.audit(
            db,
            actor=crud.actor_of(user),
            action="sheet.read",
            obj=f"sheet:{sheet.sheet_id}:v{version.version}",
        )
        previous = crud.previous_version(db, sheet=sheet, version=version)
        if previous is not None:
            changes = diff_sheets(previous.content, version.content)
    else:
        crud.audit(
            db, actor=crud.actor_of(user), action="conversation.read", obj=f"conversation:{conversation.id}"
        )
    context = {
        "user": user,
        "conversation": conversation,
        "sheet": sheet,
        "version": version,
        "previous": previous,
        "changes": changes,
        "content": version.content if version else None,
        "notes": crud.list_notes(db, sheet=sheet) if sheet else [],
        "transcript": transcript_of(db, conversation),
        "error": texts.NOTE_EMPTY if error == "note_empty" else None,
    }
    return templates.TemplateResponse(request, "review_conversation.html", context)


@router.post(
    "/conversations/{conversation_id}/reviewed",
    summary="Mark the sheet reviewed",
    responses={**LOGIN_REQUIRED, 409: {"description": "No sheet yet"}},
)
def mark_reviewed(request: Request, conversation_id: str, db: SessionDep, user: OptionalUser) -> Response:
    """Sets the plan meeting's status to "reviewed" (audited); a new sheet version resets it."""
    if staff_or_none(user) is None:
        return login_redirect(request)
    assert user is not None
    conversation = conversation_or_404(db, user, conversation_id)
    if crud.latest_sheet(db, conversation_id=conversation.id) is None:
        raise HTTPException(status.HTTP_409_CONFLICT, texts.SHEET_NOT_FOUND)
    crud.mark_reviewed(db, user=user, conversation=conversation)
    return RedirectResponse(f"/review/conversations/{conversation.id}", status_code=status.HTTP_303_SEE_OTHER)


@router.post(
    "/conversations/{conversation_id}/notes",
    summary="Add a note to the sheet",
    responses={**LOGIN_REQUIRED, 409: {"description": "No sheet yet"}},
)
def add_note(
    request: Request,
    conversation_id: str,
    db: SessionDep,
    user: OptionalUser,
    text: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    """A staff note on the sheet (audited), shown to staff only, never to the citizen or in the print."""
    if staff_or_none(user) is None:
        return login_redirect(request)
    assert user is not None
    conversation = conversation_or_404(db, user, conversation_id)
    found = crud.latest_sheet(db, conversation_id=conversation.id)
    if found is None:
        raise HTTPException(status.HTTP_409_CONFLICT, texts.SHEET_NOT_FOUND)
    target = f"/review/conversations/{conversation.id}"
    cleaned = text.replace("\x00", "").strip()
    if not cleaned:
        return RedirectResponse(f"{target}?error=note_empty#noter", status_code=status.HTTP_303_SEE_OTHER)
    crud.add_note(db, user=user, sheet=found[0], text=cleaned)
    return RedirectResponse(f"{target}#noter", status_code=status.HTTP_303_SEE_OTHER)
