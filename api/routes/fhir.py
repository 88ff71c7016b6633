"""The sheet as FHIR R4 for the municipality's case system (see api/fhir_export.py)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from api import crud
from api.auth import require_roles
from api.db import SessionDep
from api.fhir_export import sheet_bundle
from api.lookups import latest_sheet_or_404
from api.models import STAFF_ROLES, User

router = APIRouter(tags=["fhir"])
StaffUser = Annotated[User, Depends(require_roles(*STAFF_ROLES))]
FHIR_JSON = "application/fhir+json"


@router.get(
    "/api/conversations/{conversation_id}/fhir",
    response_class=Response,
    summary="The latest sheet as a FHIR R4 Bundle",
    responses={
        200: {"content": {FHIR_JSON: {"schema": {"type": "object"}}}, "description": "Bundle (collection)"},
        404: {"description": "No such conversation or no sheet yet, or not the user's citizen"},
    },
)
def fhir_bundle(conversation_id: str, db: SessionDep, user: StaffUser) -> Any:
    """Patient (pseudonymous), QuestionnaireResponse (the sheet), a proposed Goal per hope and an
    Observation per citizen self-score (0-4). Audited as an export."""
    conversation, sheet, version = latest_sheet_or_404(db, user, conversation_id)
    crud.audit(
        db,
        actor=crud.actor_of(user),
        action="sheet.export.fhir",
        obj=f"sheet:{sheet.sheet_id}:v{version.version}",
    )
    bundle = sheet_bundle(
        citizen_ref=conversation.citizen.reference,
        sheet_id=sheet.sheet_id,
        version=version.version,
        content=version.content,
        approved=version.approved_at is not None,
    )
    return Response(bundle.model_dump_json(exclude_none=True), media_type=FHIR_JSON)
