"""Retention: conversations and sheets are kept a set number of days after the plan meeting, then erased.

The period is the admin's policy (``retention_policy``, one row) or ``FORBERED_RETENTION_DAYS`` until an
admin sets one. A meeting without a date counts from the conversation's last activity, so nothing is
kept forever because a date was never entered. Run daily: ``python -m api.retention`` (cron/systemd).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api import crud
from api.config import Settings, get_settings
from api.erasure import erase_conversation
from api.models import Conversation, PlanMeeting, RetentionPolicy, User, utcnow

POLICY_ID = 1


def retention_days(db: Session, *, default: int) -> int:
    policy = db.get(RetentionPolicy, POLICY_ID)
    return policy.days_after_meeting if policy is not None else default


def set_retention_days(db: Session, *, admin: User, days: int) -> RetentionPolicy:
    policy = db.get(RetentionPolicy, POLICY_ID)
    if policy is None:
        policy = RetentionPolicy(id=POLICY_ID, days_after_meeting=days)
        db.add(policy)
    policy.days_after_meeting = days
    policy.updated_by_user_id = admin.id
    policy.updated_at = utcnow()
    crud.audit(db, actor=crud.actor_of(admin), action="retention.set", obj=f"days:{days}")
    return policy


def expired_conversations(db: Session, *, now: datetime, days: int) -> Sequence[Conversation]:
    """Conversations whose meeting (or, without a meeting date, last activity) is over ``days`` ago."""
    cutoff_date: date = (now - timedelta(days=days)).date()
    dated = (
        select(Conversation)
        .join(PlanMeeting, Conversation.meeting_id == PlanMeeting.id)
        .where(PlanMeeting.meeting_date.is_not(None), PlanMeeting.meeting_date < cutoff_date)
    )
    undated = (
        select(Conversation)
        .outerjoin(PlanMeeting, Conversation.meeting_id == PlanMeeting.id)
        .where(PlanMeeting.meeting_date.is_(None), Conversation.last_activity_at < now - timedelta(days=days))
    )
    found = {c.id: c for c in db.scalars(dated).all()}
    found.update({c.id: c for c in db.scalars(undated).all()})
    return [found[k] for k in sorted(found)]


def purge_expired(
    session: Session, now: datetime | None = None, *, settings: Settings | None = None
) -> list[str]:
    """Erase every conversation past the retention period; returns the erased conversation ids."""
    settings = settings or get_settings()
    now = now or utcnow()
    days = retention_days(session, default=settings.retention_days)
    erased = []
    for conversation in expired_conversations(session, now=now, days=days):
        erased.append(conversation.id)
        erase_conversation(
            session,
            conversation=conversation,
            actor="service:retention",
            reason="retention",
            tracker_database_url=settings.tracker_database_url,
        )
    return erased


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m api.retention", description=__doc__)
    parser.add_argument("--dry-run", action="store_true", help="list what would be erased, erase nothing")
    args = parser.parse_args(argv)
    from api.db import Database

    settings = get_settings()
    database = Database(settings.database_url)
    try:
        with database.session() as db:
            if args.dry_run:
                days = retention_days(db, default=settings.retention_days)
                ids = [c.id for c in expired_conversations(db, now=utcnow(), days=days)]
                print(f"{len(ids)} samtaler ville blive slettet (opbevaring: {days} dage efter mødet).")
                return 0
            ids = purge_expired(db, utcnow(), settings=settings)
    finally:
        database.dispose()
    print(f"{len(ids)} samtaler slettet efter opbevaringsperioden.")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
