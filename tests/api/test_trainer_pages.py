"""Trainer mode pages: server-rendered, Danish, usable without JavaScript, escaping trainee text."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.config import Settings
from api.main import create_app
from api.models import User

SCRIPT = "<script>alert('x')</script>"


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get("/trainer", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login?next=/trainer"


def test_a_trainee_practises_with_plain_html_forms_and_gets_the_report(client, staff):
    headers = staff["trainee"].headers
    home = client.get("/trainer", headers=headers)
    assert home.status_code == 200
    assert '<html lang="da">' in home.text and '<label for="persona-mads_autisme">' in home.text
    assert '<label for="seed">' in home.text and "<h1>" in home.text
    start = client.post(
        "/trainer/sessions",
        data={"persona": "mads_autisme", "seed": "3", "feedback": "1"},
        headers=headers,
        follow_redirects=False,
    )
    assert start.status_code == 303
    page_url = start.headers["location"]
    session_id = int(page_url.rsplit("/", 1)[1])
    for text in ("Hvad er vigtigt for dig lige nu?", f"Det lyder svært for dig {SCRIPT}"):
        turn = client.post(f"{page_url}/turns", data={"text": text}, headers=headers, follow_redirects=False)
        assert turn.status_code == 303 and "#tur-" in turn.headers["location"]
    empty = client.post(f"{page_url}/turns", data={"text": " "}, headers=headers, follow_redirects=False)
    assert empty.headers["location"].endswith("?error=empty#replik")
    page = client.get(page_url + "?error=empty", headers=headers)
    assert page.status_code == 200
    assert SCRIPT not in page.text and "&lt;script&gt;alert(" in page.text
    assert '<label for="replik">' in page.text and 'role="log"' in page.text
    assert '<script src="/static/trainer.js" defer></script>' in page.text
    assert "Du skrev ikke noget" in page.text
    assert "Åbent spørgsmål" in page.text  # each turn shows its code
    finished = client.post(f"{page_url}/finish", headers=headers, follow_redirects=False)
    assert finished.headers["location"] == f"/trainer/sessions/{session_id}/report"
    report = client.get(finished.headers["location"], headers=headers)
    assert report.status_code == 200
    assert "R:Q" in report.text and "<svg" in report.text and 'role="img"' in report.text
    assert "Komplekse refleksioner" in report.text and "MI-inkonsistente" in report.text
    assert SCRIPT not in report.text
    again = client.get(page_url, headers=headers)
    assert 'id="turn-form"' not in again.text  # finished: read-only
    listing = client.get("/trainer", headers=headers)
    assert f"/trainer/sessions/{session_id}/report" in listing.text
    assert client.get("/static/trainer.js").status_code == 200
    assert client.get("/static/trainer.css").status_code == 200


def test_trainer_pages_and_role_checks(client, staff, make_staff, db):
    trainer = make_staff("traener@forbered.dk", "trainer")
    assert client.get("/trainer", headers=trainer.headers).status_code == 200
    assert client.get("/trainer/group", headers=trainer.headers).text.count("<h2") == 0  # nobody in the group
    staff["trainee"].user.trainer_id = trainer.user.id
    db.commit()
    group = client.get("/trainer/group", headers=trainer.headers)
    assert group.status_code == 200 and "Ingen øvesamtaler endnu" in group.text
    assert client.get("/trainer/group", headers=staff["trainee"].headers).status_code == 403
    assert client.get("/trainer", headers=staff["contact"].headers).status_code == 403
    start = client.post("/trainer/sessions", data={"persona": "mads_autisme"}, headers=trainer.headers)
    assert start.status_code == 403


def test_dev_seed_has_a_trainer_and_a_trainee_in_their_group(tmp_path):
    app = create_app(Settings(env="dev", database_url=f"sqlite:///{tmp_path / 'dev.db'}"))
    with TestClient(app) as client:
        for email in ("traener@forbered.dk", "kursist@forbered.dk"):
            login = client.post("/api/auth/login", json={"email": email, "password": "demo1234"})
            assert login.status_code == 200, email
        with app.state.db.session() as db:
            users = {u.email: u for u in db.scalars(select(User))}
        assert users["traener@forbered.dk"].role == "trainer"
        assert users["kursist@forbered.dk"].role == "trainee"
        assert users["kursist@forbered.dk"].trainer_id == users["traener@forbered.dk"].id


def test_trainee_login_lands_on_the_trainer_page(tmp_path):
    app = create_app(Settings(env="dev", database_url=f"sqlite:///{tmp_path / 'dev.db'}"))
    with TestClient(app) as client:
        r = client.post("/login", data={"email": "kursist@forbered.dk", "password": "demo1234"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/trainer"
        r = client.post("/login", data={"email": "kontakt@forbered.dk", "password": "demo1234"}, follow_redirects=False)
        assert r.headers["location"] == "/review"
