"""Staff look-ups that answer 404 the same way everywhere: a conversation the user may see, and its
latest sheet. Access rules live in crud.get_conversation_for; this only turns "none" into a 404."""

from __future__ import annotations

from fastapi import HTTPException, status
from sqlalchemy.orm import Session

from api import crud, texts
from api.models import Conversation, Sheet, SheetVersion, User


def conversation_or_404(db: Session, user: User, conversation_id: str) -> Conversation:
    conversation = crud.get_conversation_for(db, user=user, conversation_id=conversation_id)
    if conversation is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.CONVERSATION_NOT_FOUND)
    return conversation


def latest_sheet_or_404(db: Session, user: User, conversation_id: str) -> tuple[Conversation, Sheet, SheetVersion]:
    conversation = conversation_or_404(db, user, conversation_id)
    found = crud.latest_sheet(db, conversation_id=conversation.id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, texts.SHEET_NOT_FOUND)
    sheet, version = found
    return conversation, sheet, version
