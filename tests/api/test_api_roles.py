"""Roles: caseworkers register citizens and meetings; admins manage users and retention."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from api import retention
from api.models import AuditLog, Citizen, Conversation, ErasureRequest, PlanMeeting, Sheet, User


def test_caseworker_registers_a_citizen_with_a_contact_person(client, staff, db):
    contact_id = staff["contact"].user.id
    response = client.post(
        "/api/citizens",
        json={"reference": "B-NEW", "first_name": "Mia", "contact_user_id": contact_id},
        headers=staff["caseworker"].headers,
    )
    assert response.status_code == 201
    body = response.json()
    assert (body["reference"], body["contact_user_id"]) == ("B-NEW", contact_id)
    assert body["caseworker_user_id"] == staff["caseworker"].user.id
    again = client.post("/api/citizens", json={"reference": "B-NEW"}, headers=staff["caseworker"].headers)
    assert again.status_code == 409
    for who in ("caseworker", "contact", "admin"):
        refs = [c["reference"] for c in client.get("/api/citizens", headers=staff[who].headers).json()]
        assert refs == ["B-NEW"], who
    assert client.get("/api/citizens", headers=staff["other_contact"].headers).json() == []
    assert db.scalar(select(AuditLog.action).where(AuditLog.action == "citizen.create")) == "citizen.create"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"reference": "0101901234 Jens"}, "reference"),  # pseudonymous references only: no spaces
        ({"reference": ""}, "reference"),
        ({"reference": "B-1", "cpr": "0101901234"}, "cpr"),
    ],
)
def test_citizen_validation(client, staff, body, field):
    response = client.post("/api/citizens", json=body, headers=staff["caseworker"].headers)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == field


def test_only_caseworkers_and_admins_register_citizens_and_meetings(client, staff):
    for who in ("contact", "trainee"):
        assert (
            client.post("/api/citizens", json={"reference": "B-X"}, headers=staff[who].headers).status_code
            == 403
        )
        meeting = {"citizen_ref": "B-X", "meeting_date": "2025-09-01"}
        assert client.post("/api/meetings", json=meeting, headers=staff[who].headers).status_code == 403
    not_a_contact = {"reference": "B-Y", "contact_user_id": staff["admin"].user.id}
    assert client.post("/api/citizens", json=not_a_contact, headers=staff["admin"].headers).status_code == 422


def test_caseworker_plans_a_meeting_and_invitations_join_it(client, staff, db):
    headers = staff["caseworker"].headers
    client.post("/api/citizens", json={"reference": "B-MEET"}, headers=headers)
    meeting = client.post(
        "/api/meetings", json={"citizen_ref": "B-MEET", "meeting_date": "2025-09-01"}, headers=headers
    )
    assert meeting.status_code == 201
    assert (meeting.json()["status"], meeting.json()["meeting_date"]) == ("invited", "2025-09-01")
    invitation = client.post(
        "/api/invitations", json={"citizen_ref": "B-MEET", "meeting_date": "2025-09-01"}, headers=headers
    ).json()
    assert db.get(Conversation, invitation["conversation_id"]).meeting_id == meeting.json()["meeting_id"]
    unknown = client.post(
        "/api/meetings", json={"citizen_ref": "B-NONE", "meeting_date": "2025-09-01"}, headers=headers
    )
    assert unknown.status_code == 404


def test_admin_manages_users(client, staff, db):
    admin = staff["admin"].headers
    created = client.post(
        "/api/admin/users",
        json={
            "email": "Ny@Forbered.dk",
            "password": "en-lang-adgangskode",
            "role": "trainer",
            "display_name": "Ny",
        },
        headers=admin,
    )
    assert created.status_code == 201
    body = created.json()
    assert (body["email"], body["role"], body["is_active"]) == ("ny@forbered.dk", "trainer", True)
    assert "password" not in str(body) and "hash" not in str(body)
    duplicate = client.post(
        "/api/admin/users",
        json={
            "email": "ny@forbered.dk",
            "password": "en-lang-adgangskode",
            "role": "contact",
            "display_name": "x",
        },
        headers=admin,
    )
    assert duplicate.status_code == 409
    weak = client.post(
        "/api/admin/users",
        json={"email": "b@forbered.dk", "password": "kort", "role": "contact", "display_name": "x"},
        headers=admin,
    )
    assert weak.status_code == 422
    emails = [u["email"] for u in client.get("/api/admin/users", headers=admin).json()]
    assert "ny@forbered.dk" in emails and emails == sorted(emails)
    login = client.post(
        "/api/auth/login", json={"email": "ny@forbered.dk", "password": "en-lang-adgangskode"}
    )
    assert login.json()["role"] == "trainer"

    # Deactivating a contact person locks them out at once, existing token included.
    contact = staff["contact"]
    patched = client.patch(f"/api/admin/users/{contact.user.id}", json={"is_active": False}, headers=admin)
    assert patched.json()["is_active"] is False
    assert client.get("/api/meetings", headers=contact.headers).status_code == 401
    assert client.patch("/api/admin/users/999999", json={"role": "admin"}, headers=admin).status_code == 404
    for who in ("contact", "caseworker", "trainee"):
        assert client.get("/api/admin/users", headers=staff[who].headers).status_code in (401, 403)
    actions = db.scalars(select(AuditLog.action).where(AuditLog.action.like("user.%"))).all()
    assert actions == ["user.create", "user.update"]


def test_admin_sets_the_retention_period(client, staff, settings):
    admin = staff["admin"].headers
    assert client.get("/api/admin/retention", headers=admin).json() == {
        "days_after_meeting": settings.retention_days,
        "from_policy": False,
    }
    assert (
        client.put("/api/admin/retention", json={"days_after_meeting": 30}, headers=admin).status_code == 200
    )
    assert client.get("/api/admin/retention", headers=admin).json() == {
        "days_after_meeting": 30,
        "from_policy": True,
    }
    assert (
        client.put("/api/admin/retention", json={"days_after_meeting": -1}, headers=admin).status_code == 422
    )
    assert (
        client.put(
            "/api/admin/retention", json={"days_after_meeting": 1}, headers=staff["caseworker"].headers
        ).status_code
        == 403
    )


@pytest.fixture
def three_meetings(client, invite, import_sheet, make_sheet, db):
    """Meetings 100 and 10 days ago and one without a date (last activity 200 days ago)."""
    today = date(2026, 1, 31)
    ids = {}
    for ref, days_ago in (("B-OLD", 100), ("B-RECENT", 10)):
        body = invite(ref, meeting_date=str(today - timedelta(days=days_ago)))
        client.post(f"/api/chat/{body['token']}/messages", json={"text": "Jeg vil gerne bage"})
        import_sheet(make_sheet(body["conversation_id"]))
        ids[ref] = body["conversation_id"]
    undated = invite("B-UNDATED")["conversation_id"]
    db.get(Conversation, undated).last_activity_at = datetime(2025, 7, 15, tzinfo=timezone.utc)
    db.commit()
    ids["B-UNDATED"] = undated
    return datetime(2026, 1, 31, 12, 0, tzinfo=timezone.utc), ids


def test_purge_expired_erases_conversations_past_the_period(db, settings, staff, three_meetings):
    now, ids = three_meetings
    retention.set_retention_days(db, admin=staff["admin"].user, days=30)
    erased = retention.purge_expired(db, now, settings=settings)
    assert sorted(erased) == sorted([ids["B-OLD"], ids["B-UNDATED"]])
    left = db.scalars(select(Conversation.id)).all()
    assert left == [ids["B-RECENT"]]
    assert db.scalars(select(Sheet.conversation_id)).all() == [ids["B-RECENT"]]
    reasons = db.scalars(select(ErasureRequest.reason)).all()
    assert reasons == ["retention", "retention"]
    assert (
        db.scalar(select(Citizen.reference).where(Citizen.reference == "B-OLD")) == "B-OLD"
    )  # pseudonym kept
    assert retention.purge_expired(db, now, settings=settings) == []  # idempotent
    # With the default period (90 days) the meeting 100 days ago would also have gone, the recent one not.
    assert retention.expired_conversations(db, now=now, days=9) == [db.get(Conversation, ids["B-RECENT"])]


def test_purge_by_admin_and_the_cli(client, staff, db, settings, three_meetings, monkeypatch, capsys):
    client.put("/api/admin/retention", json={"days_after_meeting": 3650}, headers=staff["admin"].headers)
    assert client.post("/api/admin/retention/purge", headers=staff["admin"].headers).json() == {"erased": 0}
    monkeypatch.setattr(retention, "get_settings", lambda: settings)
    monkeypatch.setattr(retention, "utcnow", lambda: three_meetings[0] + timedelta(days=4000))
    assert retention.main(["--dry-run"]) == 0
    assert "3 samtaler ville blive slettet" in capsys.readouterr().out
    assert retention.main([]) == 0
    assert "3 samtaler slettet" in capsys.readouterr().out
    db.expire_all()
    assert db.scalars(select(Conversation)).all() == []
    assert db.scalars(select(PlanMeeting.status)).all() == ["invited", "invited", "invited"]
    assert db.scalar(select(User).where(User.role == "admin")) is not None
