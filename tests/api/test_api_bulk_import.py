"""1,000 sheets imported twice: every sheet once, no duplicate rows, the second pass all "unchanged"."""

from __future__ import annotations

import secrets

from sqlalchemy import func, select

from api.models import Citizen, Conversation, PlanMeeting, Sheet, SheetVersion

N = 1000


def _conversations(db, n: int) -> list[str]:
    """Conversations made directly in the database: the invitation route is tested elsewhere."""
    ids = []
    for i in range(n):
        citizen = Citizen(reference=f"B-BULK-{i:04d}")
        meeting = PlanMeeting(citizen=citizen, status="in_progress")
        conversation = Conversation(id=secrets.token_urlsafe(16), citizen=citizen, meeting=meeting)
        db.add_all([citizen, meeting, conversation])
        ids.append(conversation.id)
    db.commit()
    return ids


def test_a_thousand_sheets_import_idempotently(client, db, import_sheet, make_sheet):
    ids = _conversations(db, N)
    statuses = {"created": 0, "unchanged": 0}
    for round_ in range(2):
        for n, conversation_id in enumerate(ids):
            sheet = make_sheet(conversation_id, summary=f"Ark nummer {n}.")
            if round_:
                sheet["created_at"] = "2025-03-02T08:00:00+00:00"  # sent again later: still the same sheet
            response = import_sheet(sheet)
            assert response.status_code in (200, 201), response.text
            statuses[response.json()["status"]] += 1
    assert statuses == {"created": N, "unchanged": N}
    assert db.scalar(select(func.count()).select_from(Sheet)) == N
    assert db.scalar(select(func.count()).select_from(SheetVersion)) == N
    assert db.scalar(select(func.count(func.distinct(Sheet.conversation_id)))) == N
    assert db.scalar(select(func.max(Sheet.current_version))) == 1
    assert set(db.scalars(select(PlanMeeting.status))) == {"sheet_ready"}
