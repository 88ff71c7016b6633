"""Typed ORM models. The schema itself changes only through Alembic migrations (api/migrations)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

USER_ROLES = ("contact", "caseworker", "admin", "trainer", "trainee")
STAFF_ROLES = ("contact", "caseworker", "admin")
MEETING_STATUSES = ("invited", "in_progress", "sheet_ready", "reviewed")
CONVERSATION_ROLES = ("citizen", "relative", "together")
LANGUAGES = ("da", "en")
MESSAGE_ROLES = ("bot", "citizen")
# Where a sheet version came from: the bot (or another producer) through the import, or the citizen.
VERSION_ORIGINS = ("import", "citizen_approval", "citizen_correction")
ERASURE_REASONS = ("citizen_withdrawal", "retention")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite drops tzinfo on the way back)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_in("role", USER_ROLES), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    display_name: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Trainer mode: a trainee's trainer (their group); empty for everyone else.
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)


class Citizen(Base):
    __tablename__ = "citizens"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    contact_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    caseworker_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    meetings: Mapped[list[PlanMeeting]] = relationship(back_populates="citizen")


class PlanMeeting(Base):
    __tablename__ = "plan_meetings"
    __table_args__ = (CheckConstraint(_in("status", MEETING_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"), index=True)
    meeting_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="invited")
    reviewed_at: Mapped[datetime | None]
    reviewed_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    citizen: Mapped[Citizen] = relationship(back_populates="meetings")
    conversations: Mapped[list[Conversation]] = relationship(
        back_populates="meeting", order_by="Conversation.created_at"
    )


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        CheckConstraint(_in("role", CONVERSATION_ROLES), name="role"),
        CheckConstraint(_in("language", LANGUAGES), name="language"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # also the Rasa sender_id
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("plan_meetings.id"), index=True)
    role: Mapped[str] = mapped_column(String(16), default="citizen")
    language: Mapped[str] = mapped_column(String(2), default="da")
    consent_given_at: Mapped[datetime | None]
    started_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The highest ``messages.seq`` handed out; crud takes the next numbers with one UPDATE ... RETURNING,
    # whose row lock keeps concurrent turns on one conversation in order (no MAX(seq) query per message).
    last_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    citizen: Mapped[Citizen] = relationship()
    meeting: Mapped[PlanMeeting | None] = relationship(back_populates="conversations")


class Invitation(Base):
    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex; the token is never stored
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    expires_at: Mapped[datetime]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    conversation: Mapped[Conversation] = relationship()


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("conversation_id", "seq", name="uq_messages_conversation_seq"),
        UniqueConstraint("conversation_id", "client_msg_id", name="uq_messages_conversation_client_msg"),
        CheckConstraint(_in("role", MESSAGE_ROLES), name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text, default="")  # always masked with forbered.privacy.mask_pii
    payload: Mapped[str | None] = mapped_column(String(200))  # button payload sent instead of text
    buttons: Mapped[list[Any] | None]
    custom: Mapped[dict[str, Any] | None]
    client_msg_id: Mapped[str | None] = mapped_column(String(100))
    in_reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    delivered_at: Mapped[datetime | None]  # citizen messages: when the bot answered
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Sheet(Base):
    __tablename__ = "sheets"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[str] = mapped_column(String(64), unique=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    conversation: Mapped[Conversation] = relationship()


class SheetVersion(Base):
    __tablename__ = "sheet_versions"
    __table_args__ = (
        UniqueConstraint("sheet_id", "version", name="uq_sheet_versions_sheet_version"),
        CheckConstraint(_in("origin", VERSION_ORIGINS), name="origin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheets.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(24), default="import", server_default="import")
    # Set when the citizen approved exactly this content through their invitation link.
    approved_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheets.id"), index=True)
    author_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[User] = relationship()


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str] = mapped_column(String(120))  # "user:3", "service", "citizen:<conversation id>"
    action: Mapped[str] = mapped_column(String(60))
    object: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class ErasureRequest(Base):
    """A conversation that was erased here; its Rasa tracker must be erased too.

    Rasa 3.6 has no API to delete a tracker, so the plan service keeps the conversation id (a random
    pseudonym, no content) until the tracker events are gone: deleted directly when
    ``tracker_database_url`` is set, otherwise by whoever runs the tracker store (``tracker_erased_at``
    stays empty and ``GET /api/admin/erasure-requests`` lists it).
    """

    __tablename__ = "erasure_requests"
    __table_args__ = (CheckConstraint(_in("reason", ERASURE_REASONS), name="reason"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(String(24))
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    tracker_erased_at: Mapped[datetime | None]
    tracker_events_deleted: Mapped[int | None] = mapped_column(Integer)


class RetentionPolicy(Base):
    """One row (id 1): how many days after the plan meeting conversations and sheets are kept."""

    __tablename__ = "retention_policy"
    __table_args__ = (CheckConstraint("days_after_meeting >= 0", name="days_after_meeting"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    days_after_meeting: Mapped[int] = mapped_column(Integer)
    updated_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- trainer mode ----------------------------------------------------------------------------------
# A trainee's group is their trainer: ``users.trainer_id`` (declared on User above).


class TrainingSession(Base):
    """One practice conversation of a trainee with a simulated citizen (persona + seed replay it)."""

    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    persona_id: Mapped[str] = mapped_column(String(64))
    seed: Mapped[int] = mapped_column(Integer)
    feedback: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]

    trainee: Mapped[User] = relationship()
    turns: Mapped[list[TrainingTurn]] = relationship(
        back_populates="session", order_by="TrainingTurn.seq", cascade="all, delete-orphan"
    )


class TrainingTurn(Base):
    """One trainee utterance, its code and feedback, and the simulated citizen's answer."""

    __tablename__ = "training_turns"
    __table_args__ = (UniqueConstraint("session_id", "seq", name="uq_training_turns_session_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    trainee_text: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str | None] = mapped_column(Text)
    citizen_reply: Mapped[str] = mapped_column(Text)
    citizen_talk_type: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    session: Mapped[TrainingSession] = relationship(back_populates="turns")
