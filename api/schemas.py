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
    sheet: dict[str, Any]


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
