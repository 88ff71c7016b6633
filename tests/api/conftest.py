"""Fixtures for the plan service: a migrated database per test, a fake Rasa, logged-in staff.

SQLite by default: one database is migrated per session and copied into each test's tmp_path, so every
test starts from a fresh, fully migrated file. With FORBERED_TEST_DATABASE_URL (e.g. a PostgreSQL URL)
the schema is dropped and migrated once per session and every table is emptied between tests.
"""

from __future__ import annotations

import copy
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from api.auth import create_access_token
from api.config import Settings
from api.db import make_engine, normalize_url
from api.deps import get_rasa_client
from api.main import create_app
from api.migrate import upgrade_head
from api.models import Base, User
from api.rasa import RasaClient

EXTERNAL_DB = os.environ.get("FORBERED_TEST_DATABASE_URL")
SERVICE_TOKEN = "test-service-token-0123456789"
RASA_URL = "http://rasa.test:5005"


@pytest.fixture(scope="session")
def _migrated_database(tmp_path_factory: pytest.TempPathFactory) -> str:
    if EXTERNAL_DB:
        url = normalize_url(EXTERNAL_DB)
        engine = make_engine(url)
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            else:
                Base.metadata.drop_all(conn)
                conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        engine.dispose()
        upgrade_head(url)
        return url
    template = tmp_path_factory.mktemp("db") / "template.db"
    upgrade_head(f"sqlite:///{template}")
    return str(template)


@pytest.fixture
def database_url(_migrated_database: str, tmp_path: Path) -> Iterator[str]:
    if EXTERNAL_DB:
        engine = make_engine(_migrated_database)
        with engine.begin() as conn:
            tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
            if engine.dialect.name == "postgresql":
                conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            else:
                for table in reversed(Base.metadata.sorted_tables):
                    conn.execute(table.delete())
        engine.dispose()
        yield _migrated_database
        return
    path = tmp_path / "forbered.db"
    shutil.copyfile(_migrated_database, path)
    yield f"sqlite:///{path}"


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        env="test",
        database_url=database_url,
        rasa_url=RASA_URL,
        rasa_token="test-rasa-token",
        service_token=SERVICE_TOKEN,
        secret_key="test-secret-key-0123456789-abcdefghijkl",
        public_base_url="https://forbered.test",
    )


@dataclass
class FakeRasa:
    """Stands in for the Rasa server behind an httpx MockTransport; records what it was sent."""

    replies: list[dict[str, Any]] = field(
        default_factory=lambda: [
            {
                "recipient_id": "x",
                "text": "Hej! Hvad håber du på?",
                "buttons": [{"title": "Ja", "payload": "/affirm"}],
            },
        ]
    )
    down: bool = False
    status_code: int = 200
    tracker: dict[str, Any] = field(default_factory=lambda: {"sender_id": "x", "events": []})
    requests: list[httpx.Request] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        if request.url.path.endswith("/tracker"):
            return httpx.Response(200, json=self.tracker)
        return httpx.Response(self.status_code, json=copy.deepcopy(self.replies))

    @property
    def sent(self) -> list[dict[str, Any]]:
        import json

        return [json.loads(r.content) for r in self.requests if r.method == "POST"]


@pytest.fixture
def rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture
def app(settings: Settings, rasa: FakeRasa) -> FastAPI:
    application = create_app(settings)
    client = RasaClient.from_settings(settings, transport=httpx.MockTransport(rasa.handler))
    application.dependency_overrides[get_rasa_client] = lambda: client
    return application


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url="https://testserver") as test_client:
        yield test_client


@pytest.fixture
def db(app: FastAPI, client: TestClient) -> Iterator[Session]:
    session = app.state.db.session()
    try:
        yield session
    finally:
        session.close()


_PASSWORD_HASH: dict[str, str] = {}


def _password_hash() -> str:
    # Hashing with argon2 is slow on purpose: do it once per session.
    if "hash" not in _PASSWORD_HASH:
        from api.auth import hash_password

        _PASSWORD_HASH["hash"] = hash_password("demo1234")
    return _PASSWORD_HASH["hash"]


@dataclass
class Staff:
    user: User
    headers: dict[str, str]


@pytest.fixture
def make_staff(db: Session, settings: Settings) -> Callable[..., Staff]:
    def make(email: str, role: str = "contact") -> Staff:
        user = User(email=email, password_hash=_password_hash(), role=role, display_name=email.split("@")[0])
        db.add(user)
        db.commit()
        token = create_access_token(settings, user)
        return Staff(user=user, headers={"Authorization": f"Bearer {token}"})

    return make


@pytest.fixture
def staff(make_staff: Callable[..., Staff]) -> dict[str, Staff]:
    return {
        "contact": make_staff("kontakt@forbered.dk", "contact"),
        "other_contact": make_staff("anden@forbered.dk", "contact"),
        "caseworker": make_staff("sagsbehandler@forbered.dk", "caseworker"),
        "admin": make_staff("admin@forbered.dk", "admin"),
        "trainee": make_staff("elev@forbered.dk", "trainee"),
    }


@pytest.fixture
def invite(client: TestClient, staff: dict[str, Staff]) -> Callable[..., dict[str, Any]]:
    def make(citizen_ref: str = "B-1001", by: str = "contact", **extra: Any) -> dict[str, Any]:
        response = client.post(
            "/api/invitations", json={"citizen_ref": citizen_ref, **extra}, headers=staff[by].headers
        )
        assert response.status_code == 201, response.text
        return response.json()

    return make


def _make_sheet(conversation_id: str, **overrides: Any) -> dict[str, Any]:
    sheet: dict[str, Any] = {
        "schema": "forbered.preparation-sheet/v1",
        "sheet_id": f"sheet-{conversation_id}"[:64],
        "conversation_id": conversation_id,
        "created_at": "2025-03-01T10:00:00+00:00",
        "language": "da",
        "written_by": "citizen",
        "hopes": [
            {
                "text": "Jeg vil gerne lave mad selv",
                "quote": "jeg kunne godt tænke mig at lave mad",
                "theme": "praktiske_opgaver",
                "turn": 1,
            }
        ],
        "resources": [{"text": "Jeg er god til at tegne", "quote": "jeg tegner hver dag", "turn": 2}],
        "parking": [{"text": "Naboens hund gør om natten", "quote": "hunden gør hele natten", "turn": 3}],
        "employment": [],
        "themes": ["praktiske_opgaver"],
        "goal_progress": [
            {"goal": "Jeg handler ind selv", "self_score": 3, "quote": "det går bedre nu", "turn": 4}
        ],
        "change_talk": [
            {
                "text": "Ønsker at lave mad",
                "quote": "jeg kunne godt tænke mig at lave mad",
                "subtype": "desire",
                "theme": "praktiske_opgaver",
                "turn": 1,
            }
        ],
        "sustain_talk": [
            {
                "text": "Kan ikke overskue det",
                "quote": "jeg kan ikke overskue det",
                "subtype": "ability",
                "theme": "none",
                "turn": 5,
            }
        ],
        "preferences": {"relatives_attend": True, "plan_version": "colourful"},
        "summary": "Du vil gerne lave mad selv.",
        "citizen_confirmed": True,
        "stopped_early": False,
        "safety": {"flagged": False, "turns": []},
    }
    sheet.update(overrides)
    return sheet


@pytest.fixture
def make_sheet() -> Callable[..., dict[str, Any]]:
    """A valid sheet for a conversation; keyword arguments replace top-level fields."""
    return _make_sheet


@pytest.fixture
def service_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {SERVICE_TOKEN}"}


@pytest.fixture
def import_sheet(
    client: TestClient, service_headers: dict[str, str]
) -> Callable[[dict[str, Any]], httpx.Response]:
    def post(sheet: dict[str, Any]) -> httpx.Response:
        return client.post("/api/sheets/import", json=sheet, headers=service_headers)

    return post
