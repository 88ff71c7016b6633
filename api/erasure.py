"""Erase a conversation everywhere: the citizen withdraws consent, or the retention period ran out.

The plan database loses every row of the conversation (messages, invitations, sheets, versions, notes).
What stays is what the law asks us to keep about the deletion itself: the audit log (ids, no content)
and an ``erasure_requests`` row naming the conversation id, so the Rasa tracker can be erased too.
Rasa 3.6 has no tracker delete API: when ``tracker_database_url`` is set we delete the tracker's rows
from Rasa's ``events`` table ourselves; otherwise the request stays pending for ``forbered erase``-style
tooling (``GET /api/admin/erasure-requests`` lists them).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from api import crud
from api.db import make_engine
from api.models import (
    Conversation,
    ErasureRequest,
    Invitation,
    Message,
    Note,
    PlanMeeting,
    Sheet,
    SheetVersion,
    utcnow,
)

log = logging.getLogger(__name__)
# Rasa's SQLTrackerStore keeps one row per event, keyed by sender_id (our conversation id).
DELETE_TRACKER_EVENTS = text("DELETE FROM events WHERE sender_id = :sender_id")


def delete_tracker_events(tracker_database_url: str, conversation_id: str) -> int | None:
    """Delete the conversation's rows from Rasa's tracker store; the count, or None if that failed."""
    engine = make_engine(tracker_database_url)
    try:
        with engine.begin() as conn:
            result = conn.execute(DELETE_TRACKER_EVENTS, {"sender_id": conversation_id})
            return int(result.rowcount or 0)
    except SQLAlchemyError as exc:
        log.warning("Could not erase tracker events: %s", type(exc).__name__)
        return None
    finally:
        engine.dispose()


def _delete_rows(db: Session, conversation_id: str) -> None:
    sheet_ids = select(Sheet.id).where(Sheet.conversation_id == conversation_id)
    db.execute(delete(Note).where(Note.sheet_id.in_(sheet_ids)))
    db.execute(delete(SheetVersion).where(SheetVersion.sheet_id.in_(sheet_ids)))
    db.execute(delete(Sheet).where(Sheet.conversation_id == conversation_id))
    # Bot replies point at the citizen message they answer: unlink first, then delete in one go.
    db.execute(update(Message).where(Message.conversation_id == conversation_id).values(in_reply_to_id=None))
    db.execute(delete(Message).where(Message.conversation_id == conversation_id))
    db.execute(delete(Invitation).where(Invitation.conversation_id == conversation_id))
    db.execute(delete(Conversation).where(Conversation.id == conversation_id))


def _recompute_meeting(db: Session, meeting_id: int | None) -> None:
    """The meeting's status from the conversations that are left (a reviewed meeting stays reviewed
    while a sheet is left)."""
    if meeting_id is None:
        return
    meeting = db.get(PlanMeeting, meeting_id)
    if meeting is None:
        return
    left = select(Conversation.id).where(Conversation.meeting_id == meeting_id)
    if db.scalar(select(Sheet.id).where(Sheet.conversation_id.in_(left)).limit(1)) is not None:
        if meeting.status not in ("sheet_ready", "reviewed"):
            meeting.status = "sheet_ready"
        return
    started = db.scalar(left.where(Conversation.started_at.is_not(None)).limit(1))
    meeting.status = "in_progress" if started is not None else "invited"
    meeting.reviewed_at = None
    meeting.reviewed_by_user_id = None


def erase_conversation(
    db: Session,
    *,
    conversation: Conversation,
    actor: str,
    reason: str,
    tracker_database_url: str = "",
) -> ErasureRequest:
    conversation_id, meeting_id = conversation.id, conversation.meeting_id
    db.expunge(conversation)
    _delete_rows(db, conversation_id)
    _recompute_meeting(db, meeting_id)
    request = ErasureRequest(conversation_id=conversation_id, reason=reason)
    db.add(request)
    crud.audit(
        db, actor=actor, action=f"conversation.erase.{reason}", obj=f"conversation:{conversation_id}"
    )  # commits: the plan database is clean before we touch the tracker store
    if tracker_database_url:
        erase_tracker(db, request=request, tracker_database_url=tracker_database_url)
    return request


def erase_tracker(db: Session, *, request: ErasureRequest, tracker_database_url: str) -> bool:
    """Delete the tracker's events now; the request stays pending if the tracker store is unreachable."""
    deleted = delete_tracker_events(tracker_database_url, request.conversation_id)
    if deleted is None:
        return False
    request.tracker_erased_at = utcnow()
    request.tracker_events_deleted = deleted
    crud.audit(db, actor="service", action="tracker.erase", obj=f"conversation:{request.conversation_id}")
    return True


def pending_erasures(db: Session) -> Sequence[ErasureRequest]:
    return db.scalars(
        select(ErasureRequest).where(ErasureRequest.tracker_erased_at.is_(None)).order_by(ErasureRequest.id)
    ).all()


def main(argv: list[str] | None = None) -> int:
    """``python -m api.erasure``: pending tracker erasures as JSON lines (for ``forbered erase`` or an
    operator); ``--apply`` deletes them from ``FORBERED_TRACKER_DATABASE_URL`` now."""
    import argparse
    import json

    from api.config import get_settings
    from api.db import Database

    parser = argparse.ArgumentParser(prog="python -m api.erasure", description=main.__doc__)
    parser.add_argument("--apply", action="store_true", help="delete the tracker events now")
    args = parser.parse_args(argv)
    settings = get_settings()
    if args.apply and not settings.tracker_database_url:
        print("FORBERED_TRACKER_DATABASE_URL er ikke sat.", file=sys.stderr)
        return 2
    database = Database(settings.database_url)
    failed = 0
    try:
        with database.session() as db:
            for request in pending_erasures(db):
                if args.apply:
                    failed += not erase_tracker(
                        db, request=request, tracker_database_url=settings.tracker_database_url
                    )
                    continue
                record = {"conversation_id": request.conversation_id, "reason": request.reason,
                          "requested_at": request.requested_at.isoformat()}  # fmt: skip
                print(json.dumps(record))
    finally:
        database.dispose()
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
