"""App wiring: the dev lifespan (migrations + idempotent seed), logging hygiene, body limits."""

from __future__ import annotations

import logging

from fastapi.testclient import TestClient
from sqlalchemy import inspect, select

from api.config import Settings
from api.log_redaction import RedactInvitationTokens, redact_path
from api.main import create_app
from api.models import User


def test_dev_lifespan_migrates_and_seeds_idempotently(tmp_path, caplog):
    settings = Settings(env="dev", database_url=f"sqlite:///{tmp_path / 'sub' / 'dev.db'}")
    caplog.set_level(logging.INFO)
    for _ in range(2):
        app = create_app(settings)
        with TestClient(app) as client:
            login = client.post(
                "/api/auth/login", json={"email": "sagsbehandler@forbered.dk", "password": "demo1234"}
            )
            assert login.status_code == 200 and login.json()["role"] == "caseworker"
            with app.state.db.session() as db:
                users = db.scalars(select(User.email).order_by(User.email)).all()
                tables = set(inspect(db.get_bind()).get_table_names())
    assert users == [
        "admin@forbered.dk",
        "kontakt@forbered.dk",
        "kursist@forbered.dk",
        "sagsbehandler@forbered.dk",
        "traener@forbered.dk",
    ]
    assert {
        "users",
        "citizens",
        "plan_meetings",
        "conversations",
        "invitations",
        "messages",
        "sheets",
        "sheet_versions",
        "notes",
        "audit_log",
        "alembic_version",
    } <= tables
    assert "demo1234" not in caplog.text


def test_dev_caseworker_invitation_gives_the_demo_contact_access(tmp_path):
    app = create_app(Settings(env="dev", database_url=f"sqlite:///{tmp_path / 'dev.db'}"))
    with TestClient(app) as client:

        def token(email):
            response = client.post("/api/auth/login", json={"email": email, "password": "demo1234"})
            return {"Authorization": f"Bearer {response.json()['access_token']}"}

        created = client.post(
            "/api/invitations", json={"citizen_ref": "DEMO-1"}, headers=token("sagsbehandler@forbered.dk")
        )
        assert created.status_code == 201
        meetings = client.get("/api/meetings", headers=token("kontakt@forbered.dk")).json()
        assert [m["citizen_ref"] for m in meetings] == ["DEMO-1"]


def test_citizen_text_is_not_logged_at_info(client, invite, rasa, caplog):
    caplog.set_level(logging.DEBUG, logger="api")
    token = invite("B-LOG")["token"]
    secret = "Min hemmelige drøm om at blive bager"
    client.post(f"/api/chat/{token}/messages", json={"text": secret})
    rasa.down = True
    client.post(f"/api/chat/{token}/messages", json={"text": secret + " igen"})
    assert "hemmelige" not in caplog.text
    assert any("Rasa request failed" in r.message for r in caplog.records)


def test_oversized_bodies_are_413(client, invite):
    token = invite("B-BIG")["token"]
    response = client.post(
        f"/api/chat/{token}/messages", content=b"x" * 2_100_000, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["detail"]


def test_html_404_page_for_unknown_invitation_links(client):
    response = client.get("/c/unknown-token", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert "Spørg din kontaktperson" in response.text and 'lang="da"' in response.text


def test_access_log_redacts_invitation_tokens():
    record = logging.LogRecord(
        "uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:1", "POST", "/api/chat/abcDEF_-123/messages", "1.1", 200), None,
    )  # fmt: skip
    RedactInvitationTokens().filter(record)
    assert record.getMessage() == '127.0.0.1:1 - "POST /api/chat/***/messages HTTP/1.1" 200'
    assert redact_path("/c/abcDEF_-123") == "/c/***"


def test_fastapi_telemetry_stays_off_even_when_the_environment_asks(tmp_path, monkeypatch):
    # Request paths carry invitation tokens and exceptions can carry citizen text: nothing is exported.
    monkeypatch.setenv("FASTAPI_OTEL_AUTO_CONFIGURE", "true")
    app = create_app(Settings(env="test", database_url=f"sqlite:///{tmp_path / 't.db'}"))
    config = app._telemetry
    assert not any(config[k] for k in ("tracing", "metrics", "logs", "operation_spans", "auto_configure"))
    assert not app._native_telemetry.enabled()
