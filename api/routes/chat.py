"""The citizen's chat, reached with the invitation token. The token is the only credential."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, status
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api import crud, texts
from api.db import SessionDep, get_db
from api.deps import RasaDep, SettingsDep
from api.erasure import erase_conversation
from api.models import Conversation, Message
from api.rasa import RasaUnavailable
from api.ratelimit import limit_chat
from api.schemas import ChatIn, ChatOut, CorrectionIn, DoneOut, MessageOut, SheetOut
from api.sheet_contract import mask_content
from forbered.privacy import mask_pii

log = logging.getLogger(__name__)
router = APIRouter(
    prefix="/api/chat/{token}",
    tags=["chat"],
    dependencies=[Depends(limit_chat)],
    responses={404: {"description": "Unknown, expired or revoked invitation link"},
               429: {"description": "Too many requests for this link or from this address"}},
)  # fmt: skip
MAX_TEXT = 2000


Token = Annotated[str, Path(max_length=200)]


def conversation_from_token(token: Token, db: Annotated[Session, Depends(get_db)]) -> Conversation:
    conversation = crud.conversation_for_token(db, token=token)
    if conversation is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.INVALID_LINK)
    return conversation


TokenConversation = Annotated[Conversation, Depends(conversation_from_token)]


def _out(messages: Sequence[Message] | Sequence[crud.StoredMessage]) -> list[MessageOut]:
    return [
        MessageOut(role=m.role, text=m.text, buttons=m.buttons or [], custom=m.custom, seq=m.seq)  # type: ignore[arg-type]
        for m in messages
    ]


def _metadata(conversation: Conversation | crud.ChatConversation) -> dict[str, str]:
    return {"conversation_id": conversation.id, "role": conversation.role, "language": conversation.language}


def _chat_conversation(
    db: Session, token: str, client_msg_id: str | None = None
) -> tuple[crud.ChatConversation, crud.ClientMessage | None]:
    found = crud.chat_conversation_for_token(db, token=token, client_msg_id=client_msg_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.INVALID_LINK)
    return found


@router.post("/start", response_model=ChatOut, summary="Start or resume the citizen's chat")
def start(token: Token, db: SessionDep, rasa: RasaDep) -> ChatOut:
    """Opening the chat and pressing start is the citizen's consent to begin; later calls resume."""
    conversation, _ = _chat_conversation(db, token)
    if conversation.started_at is None:
        try:
            replies = rasa.send(sender=conversation.id, message="/start", metadata=_metadata(conversation))
        except RasaUnavailable:
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, texts.BOT_UNAVAILABLE_START) from None
        crud.add_bot_replies(
            db, conversation=conversation, replies=replies, in_reply_to_id=None, masker=mask_pii
        )
    messages = crud.list_messages(db, conversation_id=conversation.id)
    return ChatOut(conversation_id=conversation.id, messages=_out(messages))


def _clean_text(raw: str) -> str:
    text = raw.replace("\x00", "").strip()
    if not text:
        raise HTTPException(422, texts.EMPTY_MESSAGE)
    if len(text) > MAX_TEXT:
        raise HTTPException(422, texts.MESSAGE_TOO_LONG)
    return text


@router.post("/messages", response_model=ChatOut, summary="Send the citizen's message to the bot")
def send_message(body: ChatIn, token: Token, db: SessionDep, rasa: RasaDep) -> ChatOut:
    """Text (masked for CPR numbers and the like before it is stored or sent on) or a button payload.

    ``client_msg_id`` makes retries safe: a retry of an answered message returns the same answer.
    """
    # The link, its conversation and a stored message with this client_msg_id come in one query, here
    # rather than in a dependency: on the busiest route that saves a thread-pool hop per message.
    conversation, message = _chat_conversation(db, token, body.client_msg_id)
    text = _clean_text(body.text)
    # The widget may switch role or language; Rasa hears the new ones, and they are stored with the turn.
    role, language = body.role or conversation.role, body.language or conversation.language

    if message is not None and message.delivered_at is not None:
        # A retry of a message the bot already answered: same answer, not a second turn.
        return ChatOut(conversation_id=conversation.id, messages=_out(crud.replies_to(db, message_id=message.id)))
    if message is None:
        payload = None
        shown = text
        if text.startswith("/"):  # a button: store its title for the transcript, send the payload
            titles = {
                b["payload"]: b["title"] for b in crud.last_bot_buttons(db, conversation_id=conversation.id)
            }
            titles.update(texts.FIXED_PAYLOAD_TITLES)
            payload, shown = text, titles.get(text, text)
        try:
            message = crud.add_citizen_message(
                db,
                conversation=conversation,
                masked_text=mask_pii(shown),
                payload=payload,
                client_msg_id=body.client_msg_id,
                role=role,
                language=language,
            )
        except IntegrityError:  # the same client_msg_id arrived twice at once: the other request answers it
            db.rollback()
            raise HTTPException(status.HTTP_409_CONFLICT, texts.MESSAGE_IN_FLIGHT) from None
    # Rasa gets the masked text too: the tracker store must not become a copy of CPR numbers.
    outgoing = message.payload or message.text
    metadata = {"conversation_id": conversation.id, "role": role, "language": language}
    try:
        replies = rasa.send(sender=conversation.id, message=outgoing, metadata=metadata)
    except RasaUnavailable:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, texts.BOT_UNAVAILABLE) from None
    stored = crud.add_bot_replies(
        db,
        conversation=conversation,
        replies=replies,
        in_reply_to_id=message.id,
        masker=mask_pii,
        role=role,
        language=language,
    )
    return ChatOut(conversation_id=conversation.id, messages=_out(stored))


@router.get("/history", response_model=ChatOut, summary="The conversation so far")
def history(conversation: TokenConversation, db: SessionDep) -> ChatOut:
    """Every stored message, bot and citizen, in order; the widget uses it to resume after a pause."""
    return ChatOut(
        conversation_id=conversation.id,
        messages=_out(crud.list_messages(db, conversation_id=conversation.id)),
    )


def _sheet_out(conversation: Conversation, sheet: Any, version: Any) -> SheetOut:
    return SheetOut(
        conversation_id=conversation.id,
        sheet_id=sheet.sheet_id,
        version=version.version,
        draft=False,
        approved=version.approved_at is not None,
        sheet=version.content,
    )


@router.get("/sheet", response_model=SheetOut, summary="The citizen's own preparation sheet")
def citizen_sheet(
    conversation: TokenConversation, db: SessionDep, rasa: RasaDep, draft: bool = False
) -> SheetOut:
    """The latest version; with ``draft=true`` and no sheet yet, a draft built from the Rasa tracker."""
    found = crud.latest_sheet(db, conversation_id=conversation.id)
    if found is not None:
        sheet, version = found
        crud.audit(db, actor=f"citizen:{conversation.id}", action="sheet.read", obj=f"sheet:{sheet.sheet_id}")
        return _sheet_out(conversation, sheet, version)
    if not draft:
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.NO_SHEET_YET)
    try:
        from forbered.sheet import draft_from_tracker  # the core team's builder; absent in early versions
    except ImportError:
        log.warning("forbered.sheet.draft_from_tracker is not available")
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, texts.DRAFT_UNAVAILABLE) from None
    try:
        tracker = rasa.tracker(conversation.id)
        content = draft_from_tracker(tracker)
    except RasaUnavailable:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, texts.DRAFT_UNAVAILABLE) from None
    except Exception:  # a bug in the builder must not become a 500 for the citizen
        log.exception("draft_from_tracker failed for conversation %s", conversation.id)
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, texts.DRAFT_UNAVAILABLE) from None
    if content is None:  # nothing to draft from yet (no consent or no answers)
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.NO_SHEET_YET)
    if not isinstance(content, dict):
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, texts.DRAFT_UNAVAILABLE)
    crud.audit(
        db,
        actor=f"citizen:{conversation.id}",
        action="sheet.draft_read",
        obj=f"conversation:{conversation.id}",
    )
    return SheetOut(
        conversation_id=conversation.id, sheet_id=None, version=None, draft=True, sheet=mask_content(content)
    )


def _latest_or_404(db: Session, conversation: Conversation) -> tuple[Any, Any]:
    found = crud.latest_sheet(db, conversation_id=conversation.id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.NO_SHEET_YET)
    return found


@router.post("/sheet/approve", response_model=SheetOut, summary="The citizen approves their sheet")
def approve_sheet(conversation: TokenConversation, db: SessionDep) -> SheetOut:
    """Creates a new version marked approved (and ``citizen_confirmed``); approving twice is no change."""
    sheet, version = _latest_or_404(db, conversation)
    if version.approved_at is not None:
        return _sheet_out(conversation, sheet, version)
    content = {**version.content, "citizen_confirmed": True}
    new = crud.add_citizen_version(
        db, conversation=conversation, sheet=sheet, content=content, origin="citizen_approval", approved=True
    )
    return _sheet_out(conversation, sheet, new)


@router.post(
    "/sheet/corrections",
    response_model=SheetOut,
    status_code=status.HTTP_201_CREATED,
    summary="The citizen adds a correction to their sheet",
)
def correct_sheet(body: CorrectionIn, conversation: TokenConversation, db: SessionDep) -> SheetOut:
    """Appends the (masked) text to the sheet's corrections in a new version, which needs approval again."""
    text = body.text.replace("\x00", "").strip()
    if not text:
        raise HTTPException(422, texts.CORRECTION_EMPTY)
    if len(text) > MAX_TEXT:
        raise HTTPException(422, texts.CORRECTION_TOO_LONG)
    sheet, version = _latest_or_404(db, conversation)
    corrections = list(version.content.get("corrections") or [])
    if len(corrections) >= crud.MAX_CORRECTIONS:
        raise HTTPException(status.HTTP_409_CONFLICT, texts.TOO_MANY_CORRECTIONS)
    content = {**version.content, "corrections": [*corrections, mask_pii(text)]}
    new = crud.add_citizen_version(
        db,
        conversation=conversation,
        sheet=sheet,
        content=content,
        origin="citizen_correction",
        approved=False,
    )
    return _sheet_out(conversation, sheet, new)


@router.delete("", response_model=DoneOut, summary="The citizen withdraws consent: erase everything")
def withdraw_consent(conversation: TokenConversation, db: SessionDep, settings: SettingsDep) -> DoneOut:
    """Deletes the conversation, its messages, invitation, sheet versions and notes from the plan service
    and records an erasure request for the Rasa tracker (deleted at once when the tracker store is set).
    The link stops working."""
    erase_conversation(
        db,
        conversation=conversation,
        actor=f"citizen:{conversation.id}",
        reason="citizen_withdrawal",
        tracker_database_url=settings.tracker_database_url,
    )
    return DoneOut(detail=texts.CONVERSATION_DELETED)
