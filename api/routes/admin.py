"""Admins manage staff users, the retention policy and the erasures still owed to the Rasa tracker."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status

from api import crud, texts
from api.auth import hash_password, require_roles
from api.db import SessionDep
from api.deps import SettingsDep
from api.erasure import pending_erasures
from api.models import RetentionPolicy, User, utcnow
from api.retention import POLICY_ID, purge_expired, retention_days, set_retention_days
from api.schemas import (
    ErasureOut,
    PurgeOut,
    RetentionIn,
    RetentionOut,
    UserIn,
    UserOut,
    UserPatch,
)

router = APIRouter(prefix="/api/admin", tags=["admin"])
AdminUser = Annotated[User, Depends(require_roles("admin"))]


def _out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        email=user.email,
        role=user.role,
        display_name=user.display_name,
        is_active=user.is_active,
        created_at=user.created_at,
    )


@router.get("/users", response_model=list[UserOut], summary="All staff users")
def list_users(db: SessionDep, admin: AdminUser) -> list[UserOut]:
    """Every user with role and whether the account is active (no password hashes)."""
    return [_out(u) for u in crud.list_users(db)]


@router.post(
    "/users",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a staff user",
    responses={409: {"description": "The e-mail is taken"}},
)
def create_user(body: UserIn, db: SessionDep, admin: AdminUser) -> UserOut:
    """Roles: contact (kontaktperson), caseworker (sagsbehandler), admin, trainer and trainee (MI training,
    no access to citizens). The password is stored as an argon2 hash only."""
    try:
        user = crud.admin_create_user(
            db,
            admin=admin,
            email=body.email,
            password_hash=hash_password(body.password),
            role=body.role,
            display_name=body.display_name,
        )
    except crud.AlreadyExists:
        raise HTTPException(status.HTTP_409_CONFLICT, texts.USER_EXISTS) from None
    return _out(user)


@router.patch("/users/{user_id}", response_model=UserOut, summary="Change a user's role or deactivate them")
def update_user(user_id: int, body: UserPatch, db: SessionDep, admin: AdminUser) -> UserOut:
    """A deactivated user cannot log in, and their existing tokens stop working at once."""
    user = db.get(User, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Brugeren findes ikke.")
    return _out(crud.admin_update_user(db, admin=admin, user=user, role=body.role, is_active=body.is_active))


@router.get("/retention", response_model=RetentionOut, summary="The retention period")
def get_retention(db: SessionDep, settings: SettingsDep, admin: AdminUser) -> RetentionOut:
    """Days after the plan meeting that conversations and sheets are kept."""
    return RetentionOut(
        days_after_meeting=retention_days(db, default=settings.retention_days),
        from_policy=db.get(RetentionPolicy, POLICY_ID) is not None,
    )


@router.put("/retention", response_model=RetentionOut, summary="Set the retention period")
def put_retention(body: RetentionIn, db: SessionDep, admin: AdminUser) -> RetentionOut:
    """Takes effect at the next purge: ``python -m api.retention`` or ``POST /api/admin/retention/purge``."""
    policy = set_retention_days(db, admin=admin, days=body.days_after_meeting)
    return RetentionOut(days_after_meeting=policy.days_after_meeting, from_policy=True)


@router.post(
    "/retention/purge", response_model=PurgeOut, summary="Erase everything past the retention period"
)
def purge(db: SessionDep, settings: SettingsDep, admin: AdminUser) -> PurgeOut:
    """The same as the daily ``python -m api.retention``, now."""
    crud.audit(db, actor=crud.actor_of(admin), action="retention.purge", obj="all")
    return PurgeOut(erased=len(purge_expired(db, utcnow(), settings=settings)))


@router.get(
    "/erasure-requests",
    response_model=list[ErasureOut],
    summary="Erasures still owed to the Rasa tracker store",
)
def erasure_requests(db: SessionDep, admin: AdminUser) -> list[ErasureOut]:
    """Conversation ids erased here whose Rasa tracker events are not deleted yet (no tracker database
    configured, or it was unreachable): delete the tracker store's ``events`` rows with these
    ``sender_id``s."""
    return [
        ErasureOut(
            conversation_id=r.conversation_id,
            reason=r.reason,
            requested_at=r.requested_at,
            tracker_erased_at=r.tracker_erased_at,
            tracker_events_deleted=r.tracker_events_deleted,
        )
        for r in pending_erasures(db)
    ]
