"""The citizen's rights through their link: see the sheet, correct it, approve it, withdraw consent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text, update

from api.models import AuditLog, Base, ErasureRequest, Note, PlanMeeting, SheetVersion

SECRET = "Jeg drømmer om at blive bager i Randers"


@pytest.fixture
def tracker_url(tmp_path: Path) -> str:
    """A stand-in for Rasa's SQL tracker store: the ``events`` table as SQLTrackerStore creates it."""
    url = f"sqlite:///{tmp_path / 'rasa-tracker.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, "
                "type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), "
                "action_name VARCHAR(255), data TEXT)"
            )
        )
    engine.dispose()
    return url


@pytest.fixture
def settings(settings, request):
    """Tests that ask for ``tracker_url`` run with the tracker store configured."""
    if "tracker_url" in request.fixturenames:
        return settings.model_copy(update={"tracker_database_url": request.getfixturevalue("tracker_url")})
    return settings


@pytest.fixture
def chat(client, invite, import_sheet, make_sheet):
    body = invite("B-RET", meeting_date="2025-05-20")
    base = f"/api/chat/{body['token']}"
    client.post(f"{base}/start")
    client.post(f"{base}/messages", json={"text": SECRET})
    assert import_sheet(make_sheet(body["conversation_id"], citizen_confirmed=False)).status_code == 201
    return {**body, "base": base}


def test_citizen_sees_corrects_and_approves_their_sheet(client, chat, db, staff):
    first = client.get(f"{chat['base']}/sheet").json()
    assert (first["version"], first["approved"], first["sheet"]["citizen_confirmed"]) == (1, False, False)

    corrected = client.post(
        f"{chat['base']}/sheet/corrections", json={"text": "Jeg tegner kun om weekenden. Ring 12345678"}
    )
    assert corrected.status_code == 201
    body = corrected.json()
    assert body["version"] == 2 and body["approved"] is False
    assert body["sheet"]["corrections"] == ["Jeg tegner kun om weekenden. Ring [telefonnummer]"]

    approved = client.post(f"{chat['base']}/sheet/approve").json()
    assert (approved["version"], approved["approved"], approved["sheet"]["citizen_confirmed"]) == (
        3,
        True,
        True,
    )
    assert client.post(f"{chat['base']}/sheet/approve").json()["version"] == 3  # approving twice: no change

    versions = db.scalars(select(SheetVersion).order_by(SheetVersion.version)).all()
    assert [(v.origin, v.approved_at is not None) for v in versions] == [
        ("import", False),
        ("citizen_correction", False),
        ("citizen_approval", True),
    ]
    actor = f"citizen:{chat['conversation_id']}"
    actions = db.scalars(select(AuditLog.action).where(AuditLog.actor == actor).order_by(AuditLog.id)).all()
    assert actions == ["sheet.read", "sheet.citizen_correction", "sheet.citizen_approval"]

    staff_view = client.get(
        f"/api/conversations/{chat['conversation_id']}/sheet", headers=staff["contact"].headers
    ).json()
    assert staff_view["approved"] is True and staff_view["version"] == 3


def test_corrections_survive_a_later_sheet_from_the_bot(client, chat, import_sheet, make_sheet, db):
    client.post(f"{chat['base']}/sheet/corrections", json={"text": "Det er min søster, ikke min bror."})
    again = import_sheet(make_sheet(chat["conversation_id"], citizen_confirmed=False))
    assert again.json()["status"] == "unchanged"  # the bot's sheet plus the kept correction is no change
    newer = import_sheet(make_sheet(chat["conversation_id"], summary="Ny opsummering."))
    assert newer.json() == {**newer.json(), "status": "new_version", "version": 3}
    latest = client.get(f"{chat['base']}/sheet").json()["sheet"]
    assert latest["corrections"] == ["Det er min søster, ikke min bror."]
    assert latest["summary"] == "Ny opsummering."


def test_a_correction_after_review_needs_review_again(client, chat, db, staff):
    client.post("/api/auth/login", json={"email": "kontakt@forbered.dk", "password": "demo1234"})
    client.post(f"/review/conversations/{chat['conversation_id']}/reviewed", headers=staff["contact"].headers)
    assert db.scalar(select(PlanMeeting.status)) == "reviewed"
    client.post(f"{chat['base']}/sheet/corrections", json={"text": "Jeg vil også gerne cykle."})
    db.expire_all()
    assert db.scalar(select(PlanMeeting.status)) == "sheet_ready"


@pytest.mark.parametrize("text", ["", "   ", "x" * 2001])
def test_bad_corrections_get_a_plain_danish_answer(client, chat, text):
    response = client.post(f"{chat['base']}/sheet/corrections", json={"text": text})
    assert response.status_code == 422
    assert response.json()["detail"].startswith(("Du skrev ikke noget", "Din rettelse er for lang"))


def test_no_sheet_yet_and_dead_links(client, invite):
    token = invite("B-NOSHEET")["token"]
    for path in ("sheet/approve", "sheet/corrections"):
        response = client.post(f"/api/chat/{token}/{path}", json={"text": "x"})
        assert response.status_code == 404 and "ikke klar" in response.json()["detail"]
    assert client.post("/api/chat/not-a-token/sheet/approve").status_code == 404
    assert client.delete("/api/chat/not-a-token").status_code == 404


def _everything(db, skip: set[str]) -> str:
    """Every row of every plan table (except ``skip``) as one string."""
    rows = []
    for table in Base.metadata.sorted_tables:
        if table.name not in skip:
            rows += [json.dumps(list(r), default=str, ensure_ascii=False) for r in db.execute(select(table))]
    return "\n".join(rows)


def _withdraw_and_check(client, chat, db, staff, other):
    client.post(
        f"/review/conversations/{chat['conversation_id']}/notes",
        data={"text": "Tal om bageriet"},
        headers=staff["contact"].headers,
    )
    client.post(f"{chat['base']}/sheet/corrections", json={"text": "Også kager."})
    assert db.scalar(select(Note.text)) == "Tal om bageriet"

    response = client.delete(chat["base"])
    assert response.status_code == 200
    assert "slettet" in response.json()["detail"]

    db.expire_all()
    conversation_id = chat["conversation_id"]
    remaining = _everything(db, skip={"audit_log", "erasure_requests"})
    for gone in (conversation_id, SECRET, "Tal om bageriet", "Også kager", "lave mad", chat["token"]):
        assert gone not in remaining
    assert other["conversation_id"] in remaining  # the citizen's other conversations are not touched
    audit = _everything(db, skip=set(Base.metadata.tables) - {"audit_log", "erasure_requests"})
    for content in (SECRET, "Tal om bageriet", "Også kager", chat["token"]):
        assert content not in audit  # ids only: the audit log never holds what the citizen said
    assert db.scalar(select(PlanMeeting.status).where(PlanMeeting.meeting_date.is_not(None))) == "invited"
    assert client.get(f"{chat['base']}/history").status_code == 404  # the link is dead
    erasure = db.scalar(select(ErasureRequest))
    assert (erasure.conversation_id, erasure.reason) == (conversation_id, "citizen_withdrawal")
    return erasure


def test_withdrawing_consent_erases_the_conversation_everywhere(client, chat, db, staff, invite, rasa):
    other = invite("B-RET")  # a second conversation of the same citizen (no meeting date)
    erasure = _withdraw_and_check(client, chat, db, staff, other)
    assert erasure.tracker_erased_at is None  # no tracker store configured: left for the admin to see
    pending = client.get("/api/admin/erasure-requests", headers=staff["admin"].headers).json()
    assert [p["conversation_id"] for p in pending] == [chat["conversation_id"]]
    assert client.get("/api/admin/erasure-requests", headers=staff["contact"].headers).status_code == 403
    assert all(r.method == "POST" for r in rasa.requests)  # Rasa has no delete API: nothing sent there


def test_withdrawal_also_deletes_the_rasa_tracker_events(client, chat, db, staff, invite, tracker_url):
    other = invite("B-RET")
    engine = create_engine(tracker_url)
    with engine.begin() as conn:
        for sender in (chat["conversation_id"], chat["conversation_id"], other["conversation_id"]):
            conn.execute(
                text("INSERT INTO events (sender_id, type_name, data) VALUES (:s, 'user', :d)"),
                {"s": sender, "d": json.dumps({"text": SECRET})},
            )
    erasure = _withdraw_and_check(client, chat, db, staff, other)
    assert erasure.tracker_erased_at is not None and erasure.tracker_events_deleted == 2
    with engine.connect() as conn:
        senders = conn.execute(text("SELECT sender_id FROM events")).scalars().all()
    engine.dispose()
    assert senders == [other["conversation_id"]]
    assert client.get("/api/admin/erasure-requests", headers=staff["admin"].headers).json() == []
    assert "erasure_requests" in inspect(db.get_bind()).get_table_names()


def test_pending_erasures_cli_lists_and_applies(client, chat, db, settings, tracker_url, monkeypatch, capsys):
    from api import config, erasure

    client.delete(chat["base"])
    no_tracker = settings.model_copy(update={"tracker_database_url": ""})
    # The app erased the tracker at once (tracker_url is configured here): make it pending again.
    db.execute(update(ErasureRequest).values(tracker_erased_at=None, tracker_events_deleted=None))
    db.commit()
    monkeypatch.setattr(config, "get_settings", lambda: no_tracker)
    assert erasure.main([]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["conversation_id"] for r in listed] == [chat["conversation_id"]]
    assert erasure.main(["--apply"]) == 2  # nowhere to apply it
    monkeypatch.setattr(config, "get_settings", lambda: settings)
    assert erasure.main(["--apply"]) == 0
    db.expire_all()
    assert db.scalar(select(ErasureRequest.tracker_erased_at)) is not None
