"""The dev-only /demo shortcut, and the OpenAPI document (every route described, the import example)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.config import Settings
from api.main import create_app
from api.models import Citizen, User
from api.routes.sheets import SHEET_EXAMPLE
from api.sheet_contract import validation_errors


def test_demo_creates_a_demo_citizen_and_opens_the_chat(tmp_path):
    app = create_app(Settings(env="dev", database_url=f"sqlite:///{tmp_path / 'dev.db'}"))
    with TestClient(app) as client:
        response = client.get("/demo", follow_redirects=False)
        assert response.status_code == 303
        location = response.headers["location"]
        assert location.startswith("/c/")
        assert client.get(location).status_code == 200  # the invitation link works
        second = client.get("/demo", follow_redirects=False).headers["location"]
        assert second != location  # a new demo citizen every time
        with app.state.db.session() as db:
            citizens = db.scalars(select(Citizen).order_by(Citizen.id)).all()
            emails = {u.id: u.email for u in db.scalars(select(User))}
        assert len(citizens) == 2 and all(c.reference.startswith("DEMO-") for c in citizens)
        assert {emails[c.caseworker_user_id] for c in citizens} == {"sagsbehandler@forbered.dk"}
        assert {emails[c.contact_user_id] for c in citizens} == {"kontakt@forbered.dk"}
        login = client.post("/api/auth/login", json={"email": "kontakt@forbered.dk", "password": "demo1234"})
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        assert len(client.get("/api/meetings", headers=headers).json()) == 2


def test_demo_does_not_exist_outside_dev(client, staff):
    assert client.get("/demo", follow_redirects=False).status_code == 404


def test_every_operation_has_a_summary_and_a_description(client):
    spec = client.get("/openapi.json").json()
    operations = [(path, method, op) for path, item in spec["paths"].items() for method, op in item.items()]
    assert len(operations) >= 30
    undocumented = [
        f"{method.upper()} {path}"
        for path, method, op in operations
        if not op.get("summary") or len(op.get("description", "")) < 20
    ]
    assert undocumented == []


def test_the_sheet_import_has_a_valid_example_body(client):
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/api/sheets/import"]["post"]["requestBody"]["content"]["application/json"]
    example = body["examples"]["sheet"]["value"]
    assert example == SHEET_EXAMPLE
    assert validation_errors(example) == []  # the example follows the contract
