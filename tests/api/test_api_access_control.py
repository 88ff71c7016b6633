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


# --- every staff route, parametrised ---------------------------------------------------------------
# Routes that touch one conversation: another contact (or an unrelated caseworker) gets 404 and nothing
# of the citizen, and no audit row says they read it.
CONVERSATION_ROUTES = [
    ("GET", "/api/conversations/{id}/sheet", None),
    ("GET", "/api/conversations/{id}/fhir", None),
    ("GET", "/review/conversations/{id}", None),
    ("GET", "/review/conversations/{id}/print", None),
    ("GET", "/review/conversations/{id}/sheet.pdf", None),
    ("POST", "/review/conversations/{id}/reviewed", None),
    ("POST", "/review/conversations/{id}/notes", {"text": "x"}),
]
# Lists: the citizen is simply not in them.
LIST_ROUTES = [("GET", "/api/meetings"), ("GET", "/api/citizens"), ("GET", "/review")]
# Changes that name the citizen: refused (403 by role or ownership, 404 when not visible).
CHANGE_ROUTES = [
    ("POST", "/api/invitations", {"citizen_ref": "B-MINE"}),
    ("POST", "/api/meetings", {"citizen_ref": "B-MINE", "meeting_date": "2025-10-01"}),
    ("POST", "/api/citizens", {"reference": "B-MINE", "contact_user_id": None}),
]
# Admin only.
ADMIN_ROUTES = [
    ("GET", "/api/admin/users", None),
    (
        "POST",
        "/api/admin/users",
        {"email": "x@y.dk", "password": "0123456789ab", "role": "admin", "display_name": "x"},
    ),
    ("PATCH", "/api/admin/users/1", {"role": "admin"}),
    ("GET", "/api/admin/retention", None),
    ("PUT", "/api/admin/retention", {"days_after_meeting": 0}),
    ("POST", "/api/admin/retention/purge", None),
    ("GET", "/api/admin/erasure-requests", None),
]
# Reached without a staff login: the citizen's token, the service token, login, docs, static files.
NOT_STAFF = {
    "/api/chat/{token}/start", "/api/chat/{token}/messages", "/api/chat/{token}/history",
    "/api/chat/{token}/sheet", "/api/chat/{token}/sheet/approve", "/api/chat/{token}/sheet/corrections",
    "/api/chat/{token}", "/c/{token}", "/api/sheets/import", "/api/auth/login", "/login", "/logout",
    "/", "/healthz", "/demo", "/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json",
    "/static", "/widget",
}  # fmt: skip


# Trainer mode has its own table and completeness check: tests/api/test_trainer_access.py.
TRAINER_PREFIXES = ("/trainer", "/api/trainer")


def _routes(routes):
    for route in routes:
        if hasattr(route, "original_router"):  # FastAPI >= 0.16x wraps included routers lazily
            yield from _routes(route.original_router.routes)
            continue
        for method in sorted(getattr(route, "methods", None) or {"GET"}):
            if method != "HEAD":
                yield method, route.path.replace("{conversation_id}", "{id}")


def test_every_route_is_covered_by_the_access_tests(app):
    covered = {(m, p) for m, p, _ in CONVERSATION_ROUTES + CHANGE_ROUTES + ADMIN_ROUTES}
    covered |= set(LIST_ROUTES)
    covered_admin = {("PATCH", "/api/admin/users/{user_id}")}
    missing = [
        (m, p)
        for m, p in _routes(app.routes)
        if p not in NOT_STAFF
        and (m, p) not in covered
        and (m, p) not in covered_admin
        and not p.startswith(TRAINER_PREFIXES)
    ]
    assert missing == [], "add these routes to the access-control tables"
    assert ("GET", "/api/conversations/{id}/fhir") in set(_routes(app.routes))


def _send(client, method, path, body, headers):
    if method == "GET":
        return client.get(path, headers=headers)
    if method in ("PUT", "PATCH"):
        return client.request(method, path, json=body, headers=headers)
    if path.startswith("/review"):
        return client.post(path, data=body or {}, headers=headers, follow_redirects=False)
    return client.post(path, json=body, headers=headers)


@pytest.mark.parametrize("who", ["other_contact", "caseworker"])
@pytest.mark.parametrize(("method", "route", "body"), CONVERSATION_ROUTES)
def test_no_staff_route_shows_another_contacts_citizen(client, staff, mine, db, who, method, route, body):
    response = _send(client, method, route.format(id=mine), body, staff[who].headers)
    assert response.status_code == 404
    assert "lave mad" not in response.text and "B-MINE" not in response.text
    assert db.scalar(select(PlanMeeting.status)) == "sheet_ready"
    assert db.scalars(select(Note)).all() == []
    reads = select(AuditLog).where(
        AuditLog.actor == f"user:{staff[who].user.id}", AuditLog.action.like("sheet.%")
    )
    assert db.scalars(reads).all() == []
    # ... while the citizen's own contact person gets the same route.
    own = _send(client, method, route.format(id=mine), body, staff["contact"].headers)
    assert own.status_code in (200, 303)


@pytest.mark.parametrize("who", ["other_contact", "caseworker"])
@pytest.mark.parametrize(("method", "route"), LIST_ROUTES)
def test_lists_leave_out_another_contacts_citizen(client, staff, mine, who, method, route):
    response = client.get(route, headers=staff[who].headers)
    assert response.status_code == 200
    assert "B-MINE" not in response.text
    assert "B-MINE" in client.get(route, headers=staff["contact"].headers).text


@pytest.mark.parametrize("who", ["other_contact", "caseworker"])
@pytest.mark.parametrize(("method", "route", "body"), CHANGE_ROUTES)
def test_changes_to_another_contacts_citizen_are_refused(client, staff, mine, db, who, method, route, body):
    response = _send(client, method, route, body, staff[who].headers)
    assert response.status_code in (403, 404)
    assert len(db.scalars(select(PlanMeeting)).all()) == 1


@pytest.mark.parametrize("who", ["contact", "caseworker", "trainee"])
@pytest.mark.parametrize(("method", "route", "body"), ADMIN_ROUTES)
def test_admin_routes_are_for_admins_only(client, staff, who, method, route, body):
    response = _send(client, method, route, body, staff[who].headers)
    assert response.status_code == 403
    assert _send(client, method, route, body, {}).status_code == 401
