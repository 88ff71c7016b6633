"""Staff create invitation links for citizens."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status

from api import crud, texts
from api.auth import require_roles
from api.db import SessionDep
from api.deps import SettingsDep
from api.models import STAFF_ROLES, User
from api.schemas import InvitationIn, InvitationOut

router = APIRouter(prefix="/api/invitations", tags=["invitations"])
StaffUser = Annotated[User, Depends(require_roles(*STAFF_ROLES))]


@router.post(
    "",
    response_model=InvitationOut,
    status_code=status.HTTP_201_CREATED,
    summary="Invite a citizen: a personal chat link",
)
def create_invitation(
    body: InvitationIn, db: SessionDep, settings: SettingsDep, user: StaffUser
) -> InvitationOut:
    """Creates the citizen (pseudonymous reference) if new, the plan meeting and a conversation, and returns
    the link. Only the token's hash is stored; the link is shown once."""
    try:
        created = crud.create_invitation(
            db,
            user=user,
            settings=settings,
            citizen_ref=body.citizen_ref,
            first_name=body.first_name,
            meeting_date=body.meeting_date,
            role=body.role,
            language=body.language,
        )
    except crud.CitizenNotAccessible:
        raise HTTPException(status.HTTP_403_FORBIDDEN, texts.CITIZEN_BELONGS_TO_OTHERS) from None
    return InvitationOut(
        token=created.token,
        url=f"{settings.public_base_url.rstrip('/')}/c/{created.token}",
        conversation_id=created.invitation.conversation_id,
        expires_at=created.invitation.expires_at,
    )
