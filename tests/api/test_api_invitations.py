"""Invitations: who may create them, what is stored, who becomes the citizen's staff."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import select

from api.models import AuditLog, Citizen, Conversation, Invitation, PlanMeeting, utcnow


def test_invitation_returns_a_link_and_stores_only_the_token_hash(client, staff, db, settings):
    response = client.post(
        "/api/invitations",
        json={"citizen_ref": "B-1001", "meeting_date": "2025-06-02", "role": "relative", "language": "en"},
        headers=staff["contact"].headers,
    )
    assert response.status_code == 201
    body = response.json()
    token = body["token"]
    assert len(token) >= 40
    assert body["url"] == f"https://forbered.test/c/{token}"
    invitation = db.scalar(select(Invitation))
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in {invitation.token_hash, invitation.conversation_id}
    assert invitation.expires_at - utcnow() > timedelta(days=settings.invitation_ttl_days - 1)
    conversation = db.get(Conversation, body["conversation_id"])
    assert (conversation.role, conversation.language) == ("relative", "en")
    meeting = db.get(PlanMeeting, conversation.meeting_id)
    assert (str(meeting.meeting_date), meeting.status) == ("2025-06-02", "invited")
    citizen = db.get(Citizen, conversation.citizen_id)
    assert citizen.contact_user_id == staff["contact"].user.id
    assert db.scalar(select(AuditLog.action).where(AuditLog.actor == f"user:{staff['contact'].user.id}")) == (
        "invitation.create"
    )


def test_invitation_defaults_and_same_meeting_for_second_invitation(invite, db):
    first = invite("B-2002")
    second = invite("B-2002")
    assert first["conversation_id"] != second["conversation_id"]
    conversations = [db.get(Conversation, x["conversation_id"]) for x in (first, second)]
    assert conversations[0].meeting_id == conversations[1].meeting_id
    assert (conversations[0].role, conversations[0].language) == ("citizen", "da")


def test_caseworker_becomes_caseworker_of_a_new_citizen(invite, staff, db):
    body = invite("B-3003", by="caseworker")
    citizen = db.get(Conversation, body["conversation_id"]).citizen
    assert citizen.caseworker_user_id == staff["caseworker"].user.id
    assert citizen.contact_user_id is None  # the demo contact is only attached in dev


def test_invitation_requires_a_staff_token(client, staff):
    assert client.post("/api/invitations", json={"citizen_ref": "B-1"}).status_code == 401
    response = client.post("/api/invitations", json={"citizen_ref": "B-1"}, headers=staff["trainee"].headers)
    assert response.status_code == 403
    assert response.json()["detail"] == "Din rolle giver ikke adgang til denne funktion."


def test_contact_cannot_invite_another_contacts_citizen(invite, client, staff, db):
    invite("B-4004", by="contact")
    response = client.post(
        "/api/invitations", json={"citizen_ref": "B-4004"}, headers=staff["other_contact"].headers
    )
    assert response.status_code == 403
    assert "anden medarbejder" in response.json()["detail"]
    assert (
        db.scalar(select(Invitation).where(Invitation.created_by_user_id == staff["other_contact"].user.id))
        is None
    )
    # The admin may.
    admin = client.post("/api/invitations", json={"citizen_ref": "B-4004"}, headers=staff["admin"].headers)
    assert admin.status_code == 201


def test_invitation_validation_names_the_field(client, staff):
    cases = [
        ({"citizen_ref": "B-1", "meeting_date": "2. juni"}, "meeting_date"),
        ({"citizen_ref": "B-1", "role": "mother"}, "role"),
        ({"citizen_ref": "B-1", "language": "de"}, "language"),
        ({"citizen_ref": "<script>"}, "citizen_ref"),
        ({}, "citizen_ref"),
    ]
    for body, field in cases:
        response = client.post("/api/invitations", json=body, headers=staff["contact"].headers)
        assert response.status_code == 422, body
        assert response.json()["detail"].startswith(field), response.json()
        assert response.json()["errors"][0]["field"] == field
