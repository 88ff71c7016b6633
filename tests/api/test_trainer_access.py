"""Trainer mode access: every trainer route, who gets in, and that staff roles get nothing from it."""

from __future__ import annotations

import pytest

# (method, path, body, roles that get in). Session ids are filled in with a session of the trainee.
TRAINER_ROUTES = [
    ("GET", "/api/trainer/personas", None, {"trainee", "trainer", "admin"}),
    ("POST", "/api/trainer/sessions", {"persona": "mads_autisme"}, {"trainee"}),
    ("GET", "/api/trainer/sessions", None, {"trainee", "trainer", "admin"}),
    ("GET", "/api/trainer/sessions/{session_id}", None, {"trainee", "trainer", "admin"}),
    ("POST", "/api/trainer/sessions/{session_id}/turns", {"text": "Hvad tænker du?"}, {"trainee"}),
    ("POST", "/api/trainer/sessions/{session_id}/finish", None, {"trainee"}),
    ("POST", "/api/trainer/explain", {"turns": [{"role": "bot", "text": "Hej"}]}, {"trainer", "admin"}),
    ("PUT", "/api/trainer/trainees/{user_id}", {"trainer_id": None}, {"admin"}),
    ("GET", "/trainer", None, {"trainee", "trainer", "admin"}),
    ("POST", "/trainer/sessions", {"persona": "mads_autisme"}, {"trainee"}),
    ("GET", "/trainer/sessions/{session_id}", None, {"trainee", "trainer", "admin"}),
    ("POST", "/trainer/sessions/{session_id}/turns", {"text": "Hvad tænker du?"}, {"trainee"}),
    ("POST", "/trainer/sessions/{session_id}/finish", None, {"trainee"}),
    ("GET", "/trainer/sessions/{session_id}/report", None, {"trainee", "trainer", "admin"}),
    ("GET", "/trainer/group", None, {"trainer", "admin"}),
    ("GET", "/trainer/explain", None, {"trainer", "admin"}),
    ("GET", "/trainer/explain/{conversation_id}", None, {"trainer", "admin"}),
]
ROLES = ("contact", "caseworker", "trainee", "trainer", "admin")


def _app_routes(routes):
    for route in routes:
        if hasattr(route, "original_router"):
            yield from _app_routes(route.original_router.routes)
            continue
        for method in sorted(getattr(route, "methods", None) or {"GET"}):
            if method != "HEAD":
                yield method, route.path


def test_every_trainer_route_is_in_the_table(app):
    routes = {(m, p) for m, p in _app_routes(app.routes) if p.startswith(("/trainer", "/api/trainer"))}
    assert routes == {(m, p) for m, p, _, _ in TRAINER_ROUTES}


@pytest.fixture
def people(staff, make_staff, db):
    trainer = make_staff("traener@forbered.dk", "trainer")
    staff["trainee"].user.trainer_id = trainer.user.id
    db.commit()
    return {**staff, "trainer": trainer}


def _send(client, method, path, body, headers):
    is_form = not path.startswith("/api")
    kwargs = {"data": body or {}} if is_form else {"json": body}
    if method == "GET":
        return client.get(path, headers=headers, follow_redirects=False)
    return client.request(method, path, headers=headers, follow_redirects=False, **kwargs)


@pytest.mark.parametrize(("method", "path", "body", "allowed"), TRAINER_ROUTES)
@pytest.mark.parametrize("role", ROLES)
def test_only_the_right_roles_get_in(client, people, method, path, body, allowed, role):
    start = {"persona": "mads_autisme", "seed": 1}
    session = client.post("/api/trainer/sessions", json=start, headers=people["trainee"].headers).json()
    url = path.format(session_id=session["id"], user_id=people["trainee"].user.id, conversation_id="none")
    response = _send(client, method, url, body, people[role].headers)
    if role in allowed:
        assert response.status_code in (200, 201, 204, 303, 404), response.text  # 404: no such conversation
        if "{conversation_id}" not in path:
            assert response.status_code != 404, response.text
    else:
        assert response.status_code == 403, response.text
    anonymous = _send(client, method, url, body, {})
    assert anonymous.status_code == (401 if url.startswith("/api") else 303)
