"""Request and response bodies (pydantic), kept apart from the ORM models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

ConversationRole = Literal["citizen", "relative", "together"]
Language = Literal["da", "en"]


class LoginIn(BaseModel):
    email: str = Field(min_length=3, max_length=255)
    password: str = Field(min_length=1, max_length=1024)


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    role: str


class InvitationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    citizen_ref: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
    first_name: str | None = Field(default=None, max_length=100)
    meeting_date: date | None = None
    role: ConversationRole = "citizen"
    language: Language = "da"


class InvitationOut(BaseModel):
    token: str
    url: str
    conversation_id: str
    expires_at: datetime


class Button(BaseModel):
    title: str
    payload: str


class MessageOut(BaseModel):
    role: Literal["bot", "citizen"]
    text: str
    buttons: list[Button] = []
    custom: dict[str, Any] | None = None
    seq: int


class ChatIn(BaseModel):
    # Length and emptiness are checked in the route, to answer in plain Danish.
    text: str
    role: ConversationRole | None = None
    language: Language | None = None
    client_msg_id: str | None = Field(default=None, min_length=1, max_length=100)


class ChatOut(BaseModel):
    conversation_id: str
    messages: list[MessageOut]


class SheetOut(BaseModel):
    conversation_id: str
    sheet_id: str | None
    version: int | None
    draft: bool
    approved: bool = False  # the citizen approved exactly this version through their link
    sheet: dict[str, Any]


class CorrectionIn(BaseModel):
    # Length and emptiness are checked in the route, to answer in plain Danish.
    text: str = Field(examples=["Jeg vil hellere lave mad om aftenen end om morgenen."])


class DoneOut(BaseModel):
    detail: str


class ImportOut(BaseModel):
    sheet_id: str
    version: int
    status: Literal["created", "new_version", "unchanged"]


class NoteOut(BaseModel):
    author: str
    text: str
    created_at: datetime


class StaffSheetOut(SheetOut):
    citizen_ref: str
    meeting_status: str | None
    notes: list[NoteOut]


class MeetingOut(BaseModel):
    meeting_id: int
    citizen_ref: str
    meeting_date: date | None
    status: str
    conversation_ids: list[str]


UserRole = Literal["contact", "caseworker", "admin", "trainer", "trainee"]
Reference = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=3, max_length=255, pattern=r"^[^@\s]+@[^@\s]+$")
    password: str = Field(min_length=10, max_length=1024)
    role: UserRole
    display_name: str = Field(min_length=1, max_length=200)


class UserPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: UserRole | None = None
    is_active: bool | None = None


class UserOut(BaseModel):
    id: int
    email: str
    role: str
    display_name: str
    is_active: bool
    created_at: datetime


class RetentionIn(BaseModel):
    days_after_meeting: int = Field(ge=0, le=3650)


class RetentionOut(BaseModel):
    days_after_meeting: int
    from_policy: bool  # false: the FORBERED_RETENTION_DAYS default, no admin has set a policy yet


class PurgeOut(BaseModel):
    erased: int


class ErasureOut(BaseModel):
    conversation_id: str
    reason: str
    requested_at: datetime
    tracker_erased_at: datetime | None
    tracker_events_deleted: int | None


class CitizenIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reference: str = Reference
    first_name: str | None = Field(default=None, max_length=100)
    contact_user_id: int | None = None


class CitizenOut(BaseModel):
    id: int
    reference: str
    first_name: str | None
    contact_user_id: int | None
    caseworker_user_id: int | None


class MeetingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    citizen_ref: str = Reference
    meeting_date: date


# --- trainer mode ----------------------------------------------------------------------------------


class PersonaOut(BaseModel):
    id: str
    name: str
    age: int | None = None
    group: str | None = None
    speaker: str = "citizen"
    background: str = ""


class TrainingSessionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    persona: str = Field(min_length=1, max_length=64)
    seed: int | None = Field(default=None, ge=0, le=2**31 - 1)
    feedback: bool = True


class TrainingTurnIn(BaseModel):
    # Length and emptiness are checked in the route, to answer in plain Danish.
    text: str


class TrainingTurnOut(BaseModel):
    seq: int
    trainee_text: str
    code: str
    confidence: float
    evidence: str
    feedback: str | None = None  # left out of the JSON when the session runs without feedback
    citizen_reply: str
    citizen_talk_type: str


class TrainingSessionOut(BaseModel):
    id: int
    trainee_user_id: int
    persona: str
    seed: int
    feedback: bool
    opening: str
    created_at: datetime
    finished_at: datetime | None = None
    turns: list[TrainingTurnOut] = []


class ExplainTurnIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["bot", "citizen"]
    text: str = Field(max_length=4000)


class ExplainIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    turns: list[ExplainTurnIn] = Field(min_length=1, max_length=500)
    speaker: Literal["citizen", "relative"] = "citizen"


class ExplainTurnOut(BaseModel):
    """A bot turn gets the technique (code, confidence, evidence); a citizen turn its talk type."""

    seq: int
    role: Literal["bot", "citizen"]
    text: str
    code: str | None = None
    confidence: float | None = None
    evidence: str | None = None
    talk_type: str | None = None
    subtype: str | None = None
    theme: str | None = None


class TraineeGroupIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    trainer_id: int | None


class TrainingSessionItem(BaseModel):
    """One row of a session list: who, which persona, when, and the MITI summary so far."""

    id: int
    trainee_user_id: int
    trainee: str
    persona: str
    seed: int
    feedback: bool
    created_at: datetime
    finished_at: datetime | None = None
    n_turns: int
    reflection_to_question: float | None = None
    percent_complex_reflections: float | None = None
