"""A staff member sees only their own citizens, on every staff route; trainees see nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from api.models import AuditLog, Note, PlanMeeting


@pytest.fixture
def mine(invite, import_sheet, make_sheet):
    """A citizen of the first contact (and, through the invitation, nobody else's)."""
    conversation_id = invite("B-MINE", by="contact")["conversation_id"]
    assert import_sheet(make_sheet(conversation_id)).status_code == 201
    return conversation_id


def _cookie_login(client, email):
    client.cookies.clear()
    assert (
        client.post(
            "/login", data={"email": email, "password": "demo1234"}, follow_redirects=False
        ).status_code
        == 303
    )


STAFF_JSON_ROUTES = ["/api/conversations/{id}/sheet"]
STAFF_HTML_GET = ["/review/conversations/{id}"]
STAFF_HTML_POST = [
    ("/review/conversations/{id}/reviewed", {}),
    ("/review/conversations/{id}/notes", {"text": "x"}),
]


@pytest.mark.parametrize("who", ["other_contact", "caseworker"])
def test_other_staff_cannot_see_or_change_the_citizen(client, staff, mine, db, who):
    headers = staff[who].headers
    for route in STAFF_JSON_ROUTES:
        response = client.get(route.format(id=mine), headers=headers)
        assert response.status_code == 404
        assert response.json()["detail"] == "Samtalen findes ikke, eller du har ikke adgang til den."
    assert client.get("/api/meetings", headers=headers).json() == []
    invitation = client.post("/api/invitations", json={"citizen_ref": "B-MINE"}, headers=headers)
    assert invitation.status_code == 403

    _cookie_login(client, staff[who].user.email)
    assert "B-MINE" not in client.get("/review").text
    for route in STAFF_HTML_GET:
        response = client.get(route.format(id=mine), headers={"Accept": "text/html"})
        assert response.status_code == 404
        assert "Hej" not in response.text and "lave mad" not in response.text
    for route, data in STAFF_HTML_POST:
        assert client.post(route.format(id=mine), data=data).status_code == 404
    assert db.scalar(select(PlanMeeting.status)) == "sheet_ready"
    assert db.scalars(select(Note)).all() == []
    leaked = db.scalars(
        select(AuditLog).where(
            AuditLog.actor == f"user:{staff[who].user.id}", AuditLog.action == "sheet.read"
        )
    ).all()
    assert leaked == []


def test_owner_contact_and_admin_can_see_it(client, staff, mine):
    for who in ("contact", "admin"):
        assert client.get(f"/api/conversations/{mine}/sheet", headers=staff[who].headers).status_code == 200
        assert [m["citizen_ref"] for m in client.get("/api/meetings", headers=staff[who].headers).json()] == [
            "B-MINE"
        ]


def test_caseworker_sees_citizens_they_invited(client, staff, invite):
    conversation_id = invite("B-CW", by="caseworker")["conversation_id"]
    meetings = client.get("/api/meetings", headers=staff["caseworker"].headers).json()
    assert [(m["citizen_ref"], m["conversation_ids"]) for m in meetings] == [("B-CW", [conversation_id])]
    assert client.get("/api/meetings", headers=staff["contact"].headers).json() == []


def test_trainees_and_trainers_have_no_staff_access(client, staff, make_staff, mine):
    trainer = make_staff("traener@forbered.dk", "trainer")
    for person in (staff["trainee"], trainer):
        assert client.get(f"/api/conversations/{mine}/sheet", headers=person.headers).status_code == 403
        assert client.get("/api/meetings", headers=person.headers).status_code == 403
        _cookie_login(client, person.user.email)
        assert client.get("/review").status_code == 403
        assert client.get(f"/review/conversations/{mine}").status_code == 403


def test_anonymous_gets_401_on_json_routes(client, mine):
    assert client.get(f"/api/conversations/{mine}/sheet").status_code == 401
    assert client.get("/api/meetings").status_code == 401
    assert client.post(f"/review/conversations/{mine}/reviewed", follow_redirects=False).status_code == 303
