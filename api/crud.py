"""Database access in keyword-only functions. Functions that change data commit through ``_commit``."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, bindparam, func, insert, select, true, update
from sqlalchemy.orm import Session, selectinload

from api.config import Settings
from api.models import (
    AuditLog,
    Citizen,
    Conversation,
    Invitation,
    Message,
    Note,
    PlanMeeting,
    Sheet,
    SheetVersion,
    TrainingSession,
    TrainingTurn,
    User,
    utcnow,
)
from api.rasa import BotReply
from api.sheet_contract import content_hash, mask_content


def _commit(db: Session) -> None:
    """The one place that commits."""
    db.commit()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# --- users and audit -------------------------------------------------------------------------------


def get_user_by_email(db: Session, *, email: str) -> User | None:
    return db.scalar(select(User).where(User.email == email.strip().lower()))


def create_user(db: Session, *, email: str, password_hash: str, role: str, display_name: str) -> User:
    user = User(
        email=email.strip().lower(), password_hash=password_hash, role=role, display_name=display_name
    )
    db.add(user)
    _commit(db)
    return user


def audit(db: Session, *, actor: str, action: str, obj: str, commit: bool = True) -> None:
    db.add(AuditLog(actor=actor, action=action, object=obj[:200]))
    if commit:
        _commit(db)


def actor_of(user: User) -> str:
    return f"user:{user.id}"


# --- access rules ----------------------------------------------------------------------------------


def citizen_visible_to(user: User) -> ColumnElement[bool]:
    """Contact persons see their citizens, caseworkers theirs, admins all; other roles none."""
    if user.role == "admin":
        return true()
    if user.role == "contact":
        return Citizen.contact_user_id == user.id
    if user.role == "caseworker":
        return Citizen.caseworker_user_id == user.id
    return Citizen.id.is_(None)


def can_access_citizen(user: User, citizen: Citizen) -> bool:
    return (
        user.role == "admin"
        or (user.role == "contact" and citizen.contact_user_id == user.id)
        or (user.role == "caseworker" and citizen.caseworker_user_id == user.id)
    )


def get_conversation_for(db: Session, *, user: User, conversation_id: str) -> Conversation | None:
    conversation = db.get(Conversation, conversation_id)
    if conversation is None or not can_access_citizen(user, conversation.citizen):
        return None
    return conversation


def list_meetings_for(db: Session, *, user: User) -> Sequence[PlanMeeting]:
    query = (
        select(PlanMeeting)
        .join(Citizen, PlanMeeting.citizen_id == Citizen.id)
        .where(citizen_visible_to(user))
        .options(selectinload(PlanMeeting.citizen), selectinload(PlanMeeting.conversations))
        .order_by(PlanMeeting.meeting_date.is_(None), PlanMeeting.meeting_date, PlanMeeting.id)
    )
    return db.scalars(query).all()


# --- invitations -----------------------------------------------------------------------------------


class CitizenNotAccessible(Exception):
    pass


@dataclass
class NewInvitation:
    token: str
    invitation: Invitation


def _meeting_for(db: Session, *, citizen: Citizen, meeting_date: date | None) -> PlanMeeting:
    query = select(PlanMeeting).where(PlanMeeting.citizen_id == citizen.id)
    if meeting_date is not None:
        query = query.where(PlanMeeting.meeting_date == meeting_date)
    else:
        query = query.where(PlanMeeting.status != "reviewed")
    meeting = db.scalars(query.order_by(PlanMeeting.id.desc())).first()
    if meeting is None:
        meeting = PlanMeeting(citizen=citizen, meeting_date=meeting_date, status="invited")
        db.add(meeting)
    return meeting


def create_invitation(
    db: Session,
    *,
    user: User,
    settings: Settings,
    citizen_ref: str,
    first_name: str | None,
    meeting_date: date | None,
    role: str,
    language: str,
) -> NewInvitation:
    citizen = db.scalar(select(Citizen).where(Citizen.reference == citizen_ref))
    if citizen is None:
        citizen = Citizen(reference=citizen_ref, first_name=first_name)
        if user.role == "contact":
            citizen.contact_user_id = user.id
        elif user.role == "caseworker":
            citizen.caseworker_user_id = user.id
            if settings.env == "dev":
                demo_contact = get_user_by_email(db, email=settings.dev_contact_email)
                citizen.contact_user_id = demo_contact.id if demo_contact else None
        db.add(citizen)
    elif not can_access_citizen(user, citizen):
        raise CitizenNotAccessible(citizen_ref)
    elif first_name and not citizen.first_name:
        citizen.first_name = first_name

    meeting = _meeting_for(db, citizen=citizen, meeting_date=meeting_date)
    conversation = Conversation(
        id=secrets.token_urlsafe(16), citizen=citizen, meeting=meeting, role=role, language=language
    )
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        token_hash=hash_token(token),
        conversation=conversation,
        created_by_user_id=user.id,
        expires_at=utcnow() + timedelta(days=settings.invitation_ttl_days),
    )
    db.add_all([conversation, invitation])
    db.flush()
    audit(
        db,
        actor=actor_of(user),
        action="invitation.create",
        obj=f"conversation:{conversation.id}",
        commit=False,
    )
    _commit(db)
    return NewInvitation(token=token, invitation=invitation)


def conversation_for_token(db: Session, *, token: str) -> Conversation | None:
    if not token or len(token) > 200:
        return None
    # One query for the invitation and its conversation (the chat looks this up on every message).
    row = db.execute(
        select(Invitation.revoked, Invitation.expires_at, Conversation)
        .join(Conversation, Conversation.id == Invitation.conversation_id)
        .where(Invitation.token_hash == hash_token(token))
    ).first()
    if row is None or row.revoked or row.expires_at <= utcnow():
        return None
    return row.Conversation


# --- messages --------------------------------------------------------------------------------------
# The chat's hot path (every citizen message) uses prebuilt Core statements on a plain connection: no ORM
# objects, unit of work or flush per message (that was about a third of the plan service's CPU per
# message under load). Rows are written exactly as the ORM wrote them (tests/api/test_api_chat.py).


def list_messages(db: Session, *, conversation_id: str) -> Sequence[Message]:
    return db.scalars(
        select(Message).where(Message.conversation_id == conversation_id).order_by(Message.seq)
    ).all()


_invitations = Invitation.__table__
_conversations = Conversation.__table__
_messages = Message.__table__
_meetings = PlanMeeting.__table__


@dataclass
class ChatConversation:
    """What the chat needs of a conversation, read with its invitation in one query."""

    id: str
    role: str
    language: str
    started_at: datetime | None
    meeting_id: int | None


@dataclass
class ClientMessage:
    """A stored citizen message, found by its ``client_msg_id`` (a retry) or just added."""

    id: int
    text: str
    payload: str | None
    delivered_at: datetime | None


@dataclass
class StoredMessage:
    role: str
    text: str
    buttons: list[dict[str, str]] | None
    custom: dict[str, Any] | None
    seq: int


# The invitation, its conversation and (for a retry) the citizen message with the client's id: one query.
_CHAT_LOOKUP = (
    select(
        _invitations.c.revoked,
        _invitations.c.expires_at,
        _conversations.c.id,
        _conversations.c.role,
        _conversations.c.language,
        _conversations.c.started_at,
        _conversations.c.meeting_id,
        _messages.c.id.label("message_id"),
        _messages.c.text.label("message_text"),
        _messages.c.payload.label("message_payload"),
        _messages.c.delivered_at.label("message_delivered_at"),
    )
    .select_from(
        _invitations.join(_conversations, _conversations.c.id == _invitations.c.conversation_id).outerjoin(
            _messages,
            (_messages.c.conversation_id == _conversations.c.id)
            & (_messages.c.client_msg_id == bindparam("client_msg_id", type_=_messages.c.client_msg_id.type)),
        )
    )
    .where(_invitations.c.token_hash == bindparam("token_hash"))
)


def chat_conversation_for_token(
    db: Session, *, token: str, client_msg_id: str | None = None
) -> tuple[ChatConversation, ClientMessage | None] | None:
    """The link's conversation (``None`` for an unknown, expired or revoked link) and, when
    ``client_msg_id`` is given, the citizen message already stored with that id."""
    if not token or len(token) > 200:
        return None
    row = (
        db.connection()
        .execute(_CHAT_LOOKUP, {"token_hash": hash_token(token), "client_msg_id": client_msg_id})
        .first()
    )
    if row is None or row.revoked or row.expires_at <= utcnow():
        return None
    conversation = ChatConversation(
        id=row.id, role=row.role, language=row.language, started_at=row.started_at, meeting_id=row.meeting_id
    )
    message = None
    if row.message_id is not None:
        message = ClientMessage(
            id=row.message_id,
            text=row.message_text,
            payload=row.message_payload,
            delivered_at=row.message_delivered_at,
        )
    return conversation, message


_REPLIES_TO = (
    select(_messages.c.role, _messages.c.text, _messages.c.buttons, _messages.c.custom, _messages.c.seq)
    .where(_messages.c.in_reply_to_id == bindparam("message_id"))
    .order_by(_messages.c.seq)
)


def replies_to(db: Session, *, message_id: int) -> list[StoredMessage]:
    return [StoredMessage(*row) for row in db.connection().execute(_REPLIES_TO, {"message_id": message_id})]


def _take_seqs_stmt(*, with_role: bool) -> Any:
    values: dict[str, Any] = {
        "last_seq": _conversations.c.last_seq + bindparam("seq_count", type_=Integer()),
        "last_activity_at": bindparam("seq_now", type_=_conversations.c.last_activity_at.type),
    }
    if with_role:  # the citizen's widget may switch role or language mid-conversation
        values["role"] = bindparam("seq_role", type_=_conversations.c.role.type)
        values["language"] = bindparam("seq_language", type_=_conversations.c.language.type)
    return (
        update(_conversations)
        .where(_conversations.c.id == bindparam("seq_cid"))
        .values(**values)
        .returning(_conversations.c.last_seq)
    )


# Built once (Core statements: no ORM bulk-update machinery per message).
_TAKE_SEQS = _take_seqs_stmt(with_role=False)
_TAKE_SEQS_AND_ROLE = _take_seqs_stmt(with_role=True)


def _take_seqs(
    db: Session,
    conversation: ChatConversation,
    count: int,
    now: datetime,
    *,
    role: str | None = None,
    language: str | None = None,
) -> int:
    """Hand out ``count`` consecutive message numbers (returns the first), touch ``last_activity_at`` and
    store a changed ``role``/``language``.

    One ``UPDATE ... RETURNING`` on the conversation row: its lock (PostgreSQL's row lock, SQLite's write
    lock) is held until the caller commits, so concurrent turns on one conversation get distinct,
    ordered numbers instead of racing on MAX(seq)."""
    params: dict[str, Any] = {"seq_cid": conversation.id, "seq_count": count, "seq_now": now}
    role, language = role or conversation.role, language or conversation.language
    stmt = _TAKE_SEQS
    if role != conversation.role or language != conversation.language:
        stmt = _TAKE_SEQS_AND_ROLE
        params.update(seq_role=role, seq_language=language)
    last = db.connection().execute(stmt, params).scalar_one()
    return last - count + 1


_INSERT_MESSAGE = insert(_messages)


def add_citizen_message(
    db: Session,
    *,
    conversation: ChatConversation,
    masked_text: str,
    payload: str | None,
    client_msg_id: str | None,
    role: str | None = None,
    language: str | None = None,
) -> ClientMessage:
    """Store the citizen's (masked) message and commit; ``role``/``language``: the widget's, if it sent them."""
    seq = _take_seqs(db, conversation, 1, utcnow(), role=role, language=language)
    row = {
        "conversation_id": conversation.id,
        "seq": seq,
        "role": "citizen",
        "text": masked_text,
        "payload": payload,
        "client_msg_id": client_msg_id,
    }
    result = db.connection().execute(_INSERT_MESSAGE, row)
    _commit(db)
    return ClientMessage(id=result.inserted_primary_key[0], text=masked_text, payload=payload, delivered_at=None)


_START_CONVERSATION = (
    update(_conversations)
    .where(_conversations.c.id == bindparam("cid"))
    .values(
        started_at=bindparam("now", type_=_conversations.c.started_at.type),
        consent_given_at=func.coalesce(
            _conversations.c.consent_given_at, bindparam("now", type_=_conversations.c.started_at.type)
        ),
    )
)
_START_MEETING = (
    update(_meetings)
    .where(_meetings.c.id == bindparam("meeting_id"), _meetings.c.status == "invited")
    .values(status="in_progress")
)
_DELIVERED = (
    update(_messages)
    .where(_messages.c.id == bindparam("message_id"))
    .values(delivered_at=bindparam("now", type_=_messages.c.delivered_at.type))
)


def add_bot_replies(
    db: Session,
    *,
    conversation: ChatConversation,
    replies: list[BotReply],
    in_reply_to_id: int | None,
    masker: Any,
    role: str | None = None,
    language: str | None = None,
) -> list[StoredMessage]:
    """Store the bot's (masked) replies, mark the citizen message they answer delivered, and commit."""
    now = utcnow()
    conn = db.connection()
    if conversation.started_at is None:
        # The first answer starts the conversation, and with it the meeting. A meeting is only ever
        # "invited" while none of its conversations has started (erasure keeps to that too), so the
        # meeting is touched on this first turn only, not on every message.
        conn.execute(_START_CONVERSATION, {"cid": conversation.id, "now": now})
        if conversation.meeting_id is not None:
            conn.execute(_START_MEETING, {"meeting_id": conversation.meeting_id})
    stored = [
        StoredMessage(
            role="bot", text=masker(reply.text), buttons=reply.buttons or None, custom=reply.custom, seq=0
        )
        for reply in replies
    ]
    # Numbered last: from here to the commit the conversation row is locked, so masking happens before.
    first = _take_seqs(db, conversation, len(stored), now, role=role, language=language)
    for offset, message in enumerate(stored):
        message.seq = first + offset
    if stored:
        conn.execute(
            _INSERT_MESSAGE,
            [
                {
                    "conversation_id": conversation.id,
                    "seq": m.seq,
                    "role": m.role,
                    "text": m.text,
                    "buttons": m.buttons,
                    "custom": m.custom,
                    "in_reply_to_id": in_reply_to_id,
                }
                for m in stored
            ],
        )
    if in_reply_to_id is not None:
        conn.execute(_DELIVERED, {"message_id": in_reply_to_id, "now": now})
    _commit(db)
    return stored


_LAST_BOT_BUTTONS = (
    select(_messages.c.buttons)
    .where(_messages.c.conversation_id == bindparam("cid"), _messages.c.role == "bot")
    .order_by(_messages.c.seq.desc())
    .limit(1)
)


def last_bot_buttons(db: Session, *, conversation_id: str) -> list[dict[str, str]]:
    buttons = db.connection().execute(_LAST_BOT_BUTTONS, {"cid": conversation_id}).scalar()
    return list(buttons or [])


# --- sheets ----------------------------------------------------------------------------------------


def latest_sheet(db: Session, *, conversation_id: str) -> tuple[Sheet, SheetVersion] | None:
    sheet = db.scalars(
        select(Sheet).where(Sheet.conversation_id == conversation_id).order_by(Sheet.updated_at.desc())
    ).first()
    if sheet is None:
        return None
    version = db.scalar(
        select(SheetVersion).where(
            SheetVersion.sheet_id == sheet.id, SheetVersion.version == sheet.current_version
        )
    )
    return (sheet, version) if version is not None else None


class SheetConflict(Exception):
    pass


def import_sheet(db: Session, *, content: dict[str, Any], actor: str) -> tuple[Sheet, str]:
    """Store a validated sheet. Returns the sheet and "created", "new_version" or "unchanged"."""
    masked = mask_content(content)
    digest = content_hash(masked)
    sheet = db.scalar(select(Sheet).where(Sheet.sheet_id == content["sheet_id"]))
    if sheet is not None and sheet.conversation_id != content["conversation_id"]:
        raise SheetConflict(content["sheet_id"])
    if sheet is not None:
        current = db.scalar(
            select(SheetVersion).where(
                SheetVersion.sheet_id == sheet.id, SheetVersion.version == sheet.current_version
            )
        )
        if current is not None:
            # Corrections the citizen made through their link survive a later sheet from the bot:
            # the citizen must never have to say it twice ("Én plan").
            masked = _keep_citizen_corrections(current.content, masked)
            digest = content_hash(masked)
            if current.content_hash == digest:
                return sheet, "unchanged"
        sheet.current_version += 1
        sheet.updated_at = utcnow()
        status = "new_version"
    else:
        sheet = Sheet(
            sheet_id=content["sheet_id"], conversation_id=content["conversation_id"], current_version=1
        )
        db.add(sheet)
        db.flush()
        status = "created"
    db.add(
        SheetVersion(sheet_id=sheet.id, version=sheet.current_version, content=masked, content_hash=digest)
    )
    meeting = sheet.conversation.meeting
    if meeting is not None:
        meeting.status = "sheet_ready"
        meeting.reviewed_at = None
        meeting.reviewed_by_user_id = None
    audit(
        db,
        actor=actor,
        action=f"sheet.import.{status}",
        obj=f"sheet:{sheet.sheet_id}:v{sheet.current_version}",
        commit=False,
    )
    _commit(db)
    return sheet, status


def _keep_citizen_corrections(previous: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    kept = list(new.get("corrections") or [])
    missing = [c for c in previous.get("corrections") or [] if c not in kept]
    if not missing:
        return new
    return {**new, "corrections": (kept + missing)[:MAX_CORRECTIONS]}


MAX_CORRECTIONS = 50  # the sheet schema's maxItems


def list_versions(db: Session, *, sheet: Sheet) -> Sequence[SheetVersion]:
    return db.scalars(
        select(SheetVersion).where(SheetVersion.sheet_id == sheet.id).order_by(SheetVersion.version)
    ).all()


def previous_version(db: Session, *, sheet: Sheet, version: SheetVersion) -> SheetVersion | None:
    return db.scalar(
        select(SheetVersion).where(
            SheetVersion.sheet_id == sheet.id, SheetVersion.version == version.version - 1
        )
    )


def add_citizen_version(
    db: Session,
    *,
    conversation: Conversation,
    sheet: Sheet,
    content: dict[str, Any],
    origin: str,
    approved: bool,
) -> SheetVersion:
    """A new version made by the citizen through their link (an approval or an appended correction)."""
    sheet.current_version += 1
    sheet.updated_at = utcnow()
    version = SheetVersion(
        sheet_id=sheet.id,
        version=sheet.current_version,
        content=content,
        content_hash=content_hash(content),
        origin=origin,
        approved_at=utcnow() if approved else None,
    )
    db.add(version)
    meeting = conversation.meeting
    if origin == "citizen_correction" and meeting is not None and meeting.status == "reviewed":
        meeting.status = "sheet_ready"  # changed content needs the contact person's eyes again
        meeting.reviewed_at = None
        meeting.reviewed_by_user_id = None
    audit(
        db,
        actor=f"citizen:{conversation.id}",
        action=f"sheet.{origin}",
        obj=f"sheet:{sheet.sheet_id}:v{version.version}",
        commit=False,
    )
    _commit(db)
    return version


def mark_reviewed(db: Session, *, user: User, conversation: Conversation) -> None:
    meeting = conversation.meeting
    if meeting is not None:
        meeting.status = "reviewed"
        meeting.reviewed_at = utcnow()
        meeting.reviewed_by_user_id = user.id
    audit(
        db,
        actor=actor_of(user),
        action="meeting.reviewed",
        obj=f"conversation:{conversation.id}",
        commit=False,
    )
    _commit(db)


def add_note(db: Session, *, user: User, sheet: Sheet, text: str) -> Note:
    note = Note(sheet_id=sheet.id, author_user_id=user.id, text=text)
    db.add(note)
    audit(db, actor=actor_of(user), action="sheet.note", obj=f"sheet:{sheet.sheet_id}", commit=False)
    _commit(db)
    return note


def list_notes(db: Session, *, sheet: Sheet) -> Sequence[Note]:
    return db.scalars(select(Note).where(Note.sheet_id == sheet.id).order_by(Note.created_at, Note.id)).all()


# --- users, citizens and meetings (caseworkers and admins) ----------------------------------------


class AlreadyExists(Exception):
    pass


def list_users(db: Session) -> Sequence[User]:
    return db.scalars(select(User).order_by(User.email)).all()


def admin_create_user(
    db: Session, *, admin: User, email: str, password_hash: str, role: str, display_name: str
) -> User:
    if get_user_by_email(db, email=email) is not None:
        raise AlreadyExists(email)
    user = User(
        email=email.strip().lower(), password_hash=password_hash, role=role, display_name=display_name
    )
    db.add(user)
    db.flush()
    audit(db, actor=actor_of(admin), action="user.create", obj=f"user:{user.id}:{role}", commit=False)
    _commit(db)
    return user


def admin_update_user(
    db: Session, *, admin: User, user: User, role: str | None, is_active: bool | None
) -> User:
    if role is not None:
        user.role = role
    if is_active is not None:
        user.is_active = is_active
    audit(db, actor=actor_of(admin), action="user.update", obj=f"user:{user.id}", commit=False)
    _commit(db)
    return user


def active_contact(db: Session, *, user_id: int) -> User | None:
    user = db.get(User, user_id)
    return user if user is not None and user.is_active and user.role == "contact" else None


def create_citizen(
    db: Session, *, user: User, reference: str, first_name: str | None, contact: User | None
) -> Citizen:
    if db.scalar(select(Citizen.id).where(Citizen.reference == reference)) is not None:
        raise AlreadyExists(reference)
    citizen = Citizen(
        reference=reference,
        first_name=first_name,
        contact_user_id=contact.id if contact else None,
        caseworker_user_id=user.id if user.role == "caseworker" else None,
    )
    db.add(citizen)
    db.flush()
    audit(db, actor=actor_of(user), action="citizen.create", obj=f"citizen:{citizen.id}", commit=False)
    _commit(db)
    return citizen


def list_citizens_for(db: Session, *, user: User) -> Sequence[Citizen]:
    return db.scalars(select(Citizen).where(citizen_visible_to(user)).order_by(Citizen.reference)).all()


def citizen_for(db: Session, *, user: User, reference: str) -> Citizen | None:
    citizen = db.scalar(select(Citizen).where(Citizen.reference == reference))
    return citizen if citizen is not None and can_access_citizen(user, citizen) else None


def create_meeting(db: Session, *, user: User, citizen: Citizen, meeting_date: date) -> PlanMeeting:
    meeting = _meeting_for(db, citizen=citizen, meeting_date=meeting_date)
    db.flush()
    audit(db, actor=actor_of(user), action="meeting.create", obj=f"meeting:{meeting.id}", commit=False)
    _commit(db)
    return meeting


# --- trainer mode ----------------------------------------------------------------------------------


def training_visible_to(user: User) -> ColumnElement[bool]:
    """Trainees see their own sessions, trainers their group's (``users.trainer_id``), admins all."""
    if user.role == "admin":
        return true()
    if user.role == "trainee":
        return TrainingSession.trainee_user_id == user.id
    if user.role == "trainer":
        return TrainingSession.trainee_user_id.in_(select(User.id).where(User.trainer_id == user.id))
    return TrainingSession.id.is_(None)


def list_training_sessions_for(db: Session, *, user: User) -> Sequence[TrainingSession]:
    query = (
        select(TrainingSession)
        .where(training_visible_to(user))
        .options(selectinload(TrainingSession.turns), selectinload(TrainingSession.trainee))
        .order_by(TrainingSession.created_at, TrainingSession.id)
    )
    return db.scalars(query).all()


def get_training_session_for(db: Session, *, user: User, session_id: int) -> TrainingSession | None:
    query = select(TrainingSession).where(TrainingSession.id == session_id, training_visible_to(user))
    return db.scalar(query.options(selectinload(TrainingSession.turns)))


def create_training_session(
    db: Session, *, trainee: User, persona_id: str, seed: int, feedback: bool
) -> TrainingSession:
    session = TrainingSession(trainee_user_id=trainee.id, persona_id=persona_id, seed=seed, feedback=feedback)
    db.add(session)
    _commit(db)
    return session


def add_training_turn(db: Session, *, session: TrainingSession, **fields: Any) -> TrainingTurn:
    turn = TrainingTurn(seq=len(session.turns) + 1, **fields)
    session.turns.append(turn)
    _commit(db)
    return turn


def finish_training_session(db: Session, *, session: TrainingSession) -> None:
    if session.finished_at is None:
        session.finished_at = utcnow()
        _commit(db)


def list_trainees_for(db: Session, *, user: User) -> Sequence[User]:
    """A trainer's group; for an admin every trainee."""
    query = select(User).where(User.role == "trainee")
    if user.role != "admin":
        query = query.where(User.trainer_id == user.id)
    return db.scalars(query.order_by(User.display_name, User.id)).all()


def set_trainer(db: Session, *, actor: User | None, trainee: User, trainer: User | None) -> None:
    trainee.trainer_id = trainer.id if trainer else None
    if actor is not None:
        audit(db, actor=actor_of(actor), action="trainee.group", obj=f"user:{trainee.id}", commit=False)
    _commit(db)


def consented_conversation(db: Session, *, conversation_id: str) -> Conversation | None:
    """A conversation whose citizen gave consent (``consent_given_at``), for explain mode."""
    conversation = db.get(Conversation, conversation_id)
    return conversation if conversation is not None and conversation.consent_given_at else None
