"""Caseworkers register citizens (pseudonymous reference) and their plan meetings."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status

from api import crud, texts
from api.auth import require_roles
from api.db import SessionDep
from api.deps import SettingsDep
from api.models import STAFF_ROLES, Citizen, User
from api.schemas import CitizenIn, CitizenOut, MeetingIn, MeetingOut

router = APIRouter(tags=["citizens"])
StaffUser = Annotated[User, Depends(require_roles(*STAFF_ROLES))]
CaseworkerUser = Annotated[User, Depends(require_roles("caseworker", "admin"))]


def _out(citizen: Citizen) -> CitizenOut:
    return CitizenOut(
        id=citizen.id,
        reference=citizen.reference,
        first_name=citizen.first_name,
        contact_user_id=citizen.contact_user_id,
        caseworker_user_id=citizen.caseworker_user_id,
    )


@router.post(
    "/api/citizens",
    response_model=CitizenOut,
    status_code=status.HTTP_201_CREATED,
    summary="Register a citizen (caseworker)",
    responses={
        403: {"description": "The reference belongs to another caseworker's citizen"},
        409: {"description": "The reference exists"},
        422: {"description": "Unknown contact person"},
    },
)
def create_citizen(
    body: CitizenIn, db: SessionDep, settings: SettingsDep, user: CaseworkerUser
) -> CitizenOut:
    """A pseudonymous reference (no CPR number) and optionally a first name and the contact person who
    will review the sheet. The caseworker who registers the citizen becomes their caseworker."""
    contact = None
    if body.contact_user_id is not None:
        contact = crud.active_contact(db, user_id=body.contact_user_id)
        if contact is None:
            raise HTTPException(422, texts.CONTACT_NOT_FOUND)
    elif settings.env == "dev":
        contact = crud.get_user_by_email(db, email=settings.dev_contact_email)
    try:
        citizen = crud.create_citizen(
            db, user=user, reference=body.reference, first_name=body.first_name, contact=contact
        )
    except crud.AlreadyExists:
        if crud.citizen_for(db, user=user, reference=body.reference) is None:
            raise HTTPException(status.HTTP_403_FORBIDDEN, texts.CITIZEN_BELONGS_TO_OTHERS) from None
        raise HTTPException(status.HTTP_409_CONFLICT, texts.CITIZEN_EXISTS) from None
    return _out(citizen)


@router.get("/api/citizens", response_model=list[CitizenOut], summary="My citizens")
def list_citizens(db: SessionDep, user: StaffUser) -> list[CitizenOut]:
    """The citizens the user may see: a contact person's, a caseworker's own, all for an admin."""
    return [_out(c) for c in crud.list_citizens_for(db, user=user)]


@router.post(
    "/api/meetings",
    response_model=MeetingOut,
    status_code=status.HTTP_201_CREATED,
    summary="Plan a citizen's plan meeting (caseworker)",
    responses={404: {"description": "No such citizen, or not the caseworker's"}},
)
def create_meeting(body: MeetingIn, db: SessionDep, user: CaseworkerUser) -> MeetingOut:
    """The borgerplansmøde on a date; invitations for the same date join it. Same date twice: the same
    meeting."""
    citizen = crud.citizen_for(db, user=user, reference=body.citizen_ref)
    if citizen is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.CITIZEN_NOT_FOUND)
    meeting = crud.create_meeting(db, user=user, citizen=citizen, meeting_date=body.meeting_date)
    return MeetingOut(
        meeting_id=meeting.id,
        citizen_ref=citizen.reference,
        meeting_date=meeting.meeting_date,
        status=meeting.status,
        conversation_ids=[c.id for c in meeting.conversations],
    )
