"""Sheet import (service token) and the staff JSON views of sheets and meetings."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Request, status
from fastapi.responses import JSONResponse

from api import crud, texts
from api.auth import require_roles
from api.db import SessionDep
from api.deps import SettingsDep
from api.lookups import latest_sheet_or_404
from api.models import STAFF_ROLES, Conversation, User
from api.schemas import ImportOut, MeetingOut, NoteOut, StaffSheetOut
from api.sheet_contract import validation_errors

router = APIRouter(tags=["sheets"])
StaffUser = Annotated[User, Depends(require_roles(*STAFF_ROLES))]


def require_service_token(request: Request, settings: SettingsDep) -> None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(
        token.strip().encode(), settings.service_token.encode()
    ):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, texts.BAD_SERVICE_TOKEN, headers={"WWW-Authenticate": "Bearer"}
        )


SHEET_EXAMPLE: dict[str, Any] = {
    "schema": "forbered.preparation-sheet/v1",
    "sheet_id": "sheet-3f2a9c1b7d4e5f60718293a4",
    "conversation_id": "Zk3v9QfL0aBcDeFgHiJkLm",
    "created_at": "2025-03-01T10:00:00+00:00",
    "language": "da",
    "written_by": "citizen",
    "hopes": [{"text": "Jeg vil gerne lave mad selv", "quote": "jeg kunne godt tænke mig at lave mad",
               "theme": "praktiske_opgaver", "turn": 1}],
    "resources": [{"text": "Jeg er god til at tegne", "quote": "jeg tegner hver dag", "turn": 2}],
    "parking": [{"text": "Naboens hund gør om natten", "quote": "hunden gør hele natten", "turn": 3}],
    "employment": [],
    "themes": ["praktiske_opgaver"],
    "goal_progress": [{"goal": "Jeg handler ind selv", "self_score": 3, "quote": "det går bedre nu",
                       "turn": 4}],
    "change_talk": [{"text": "Ønsker at lave mad", "quote": "jeg kunne godt tænke mig at lave mad",
                     "subtype": "desire", "theme": "praktiske_opgaver", "turn": 1}],
    "sustain_talk": [{"text": "Kan ikke overskue det", "quote": "jeg kan ikke overskue det",
                      "subtype": "ability", "theme": "none", "turn": 5}],
    "preferences": {"relatives_attend": True, "plan_version": "colourful"},
    "goal_suggestions": [{"text": "Jeg vil lave mad selv.", "quote": "jeg kunne godt tænke mig at lave mad",
                          "theme": "praktiske_opgaver"}],
    "summary": "Du vil gerne lave mad selv.",
    "citizen_confirmed": True,
    "stopped_early": False,
    "safety": {"flagged": False, "turns": []},
}  # fmt: skip


@router.post(
    "/api/sheets/import",
    response_model=ImportOut,
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(require_service_token)],
    summary="Import a preparation sheet (service token)",
    responses={
        200: {"model": ImportOut, "description": "Unchanged: same content as the current version"},
        404: {"description": "No conversation with this id (sheets belong to invited conversations)"},
        409: {"description": "The sheet id belongs to another conversation"},
        422: {"description": "The sheet does not follow forbered/schema/preparation-sheet-v1.json"},
    },
)
def import_sheet_endpoint(
    content: Annotated[
        Any,
        Body(
            description="A sheet following `forbered.preparation-sheet/v1`.",
            openapi_examples={"sheet": {"summary": "A small finished sheet", "value": SHEET_EXAMPLE}},
        ),
    ],
    db: SessionDep,
) -> Any:
    """Validated against the shared JSON Schema, PII-masked, then stored idempotently: the same content
    again is "unchanged" (200), different content a new version (201)."""
    # Any JSON: the sheet is validated against the shared JSON Schema, not a pydantic copy of it.
    errors = validation_errors(content)
    if errors:
        return JSONResponse(
            {"detail": "Forberedelsesarket følger ikke skemaet: " + "; ".join(errors), "errors": errors},
            status_code=422,
        )
    return _store(db, content)


def _store(db: Any, content: dict[str, Any]) -> Any:
    if db.get(Conversation, content["conversation_id"]) is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND,
            f"Samtalen {content['conversation_id']!r} findes ikke i plantjenesten; arket kan kun importeres "
            "til en samtale, der er oprettet med en invitation.",
        )
    try:
        sheet, result = crud.import_sheet(db, content=content, actor="service")
    except crud.SheetConflict:
        raise HTTPException(
            status.HTTP_409_CONFLICT, f"Arket {content['sheet_id']!r} hører allerede til en anden samtale."
        ) from None
    body = ImportOut(sheet_id=sheet.sheet_id, version=sheet.current_version, status=result).model_dump()
    return JSONResponse(body, status_code=200 if result == "unchanged" else 201)


@router.get(
    "/api/conversations/{conversation_id}/sheet",
    response_model=StaffSheetOut,
    summary="The latest sheet of a conversation, with notes",
)
def staff_sheet(conversation_id: str, db: SessionDep, user: StaffUser) -> StaffSheetOut:
    """For the citizen's own contact person, caseworker or an admin; the read is audited."""
    conversation, sheet, version = latest_sheet_or_404(db, user, conversation_id)
    crud.audit(
        db, actor=crud.actor_of(user), action="sheet.read", obj=f"sheet:{sheet.sheet_id}:v{version.version}"
    )
    notes = [
        NoteOut(author=n.author.display_name, text=n.text, created_at=n.created_at)
        for n in crud.list_notes(db, sheet=sheet)
    ]
    return StaffSheetOut(
        conversation_id=conversation.id,
        citizen_ref=conversation.citizen.reference,
        meeting_status=conversation.meeting.status if conversation.meeting else None,
        sheet_id=sheet.sheet_id,
        version=version.version,
        draft=False,
        approved=version.approved_at is not None,
        sheet=version.content,
        notes=notes,
    )


@router.get("/api/meetings", response_model=list[MeetingOut], summary="My citizens' plan meetings")
def meetings(db: SessionDep, user: StaffUser) -> list[MeetingOut]:
    """Meetings of the citizens the user may see, by date, with their status and conversations."""
    return [
        MeetingOut(
            meeting_id=m.id,
            citizen_ref=m.citizen.reference,
            meeting_date=m.meeting_date,
            status=m.status,
            conversation_ids=[c.id for c in m.conversations],
        )
        for m in crud.list_meetings_for(db, user=user)
    ]
