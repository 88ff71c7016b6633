"""A tiny benchmark: sheet import throughput and review page response times at 1,000 stored sheets.

    .venv/bin/python -m api.bench_import                 # throwaway SQLite file
    .venv/bin/python -m api.bench_import --database-url postgresql+psycopg://postgres@127.0.0.1:55432/bench

Runs in-process through the real HTTP stack (FastAPI TestClient): validation, masking, the database,
templates, no network. The database at ``--database-url`` is migrated and filled: use a throwaway one.
"""

from __future__ import annotations

import argparse
import copy
import secrets
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from api.auth import create_access_token, hash_password
from api.config import Settings
from api.main import create_app
from api.models import Citizen, Conversation, PlanMeeting, User
from api.routes.sheets import SHEET_EXAMPLE

SERVICE_TOKEN = "bench-service-token-0123456789"


def _sheet(conversation_id: str, n: int) -> dict[str, Any]:
    sheet = copy.deepcopy(SHEET_EXAMPLE)
    sheet.update(sheet_id=f"sheet-bench-{n:06d}", conversation_id=conversation_id, summary=f"Ark {n}.")
    return sheet


def _timed(client: TestClient, url: str, headers: dict[str, str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url, headers=headers)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    return times


def _ms(times: list[float]) -> str:
    ordered = sorted(times)
    return f"median {statistics.median(ordered):.1f} ms, p95 {ordered[int(len(ordered) * 0.95) - 1]:.1f} ms"


def run(database_url: str, n: int, repeat: int) -> None:
    settings = Settings(
        env="test",
        database_url=database_url,
        service_token=SERVICE_TOKEN,
        secret_key="bench-secret-key-0123456789-abcdefghijkl",
        rate_limit_enabled=False,
    )
    app = create_app(settings)
    with TestClient(app) as client, app.state.db.session() as db:
        contact = User(
            email=f"bench-{secrets.token_hex(4)}@forbered.dk",
            password_hash=hash_password("bench-password"),
            role="contact",
            display_name="Bench",
        )
        db.add(contact)
        db.flush()
        ids = []
        for _ in range(n):
            citizen = Citizen(reference=f"BENCH-{secrets.token_hex(6)}", contact_user_id=contact.id)
            meeting = PlanMeeting(citizen=citizen, status="in_progress")
            conversation = Conversation(id=secrets.token_urlsafe(16), citizen=citizen, meeting=meeting)
            db.add_all([citizen, meeting, conversation])
            ids.append(conversation.id)
        db.commit()
        service = {"Authorization": f"Bearer {SERVICE_TOKEN}"}
        staff = {"Authorization": f"Bearer {create_access_token(settings, contact)}"}

        for label in ("first import (created)", "same sheets again (unchanged)"):
            start = time.perf_counter()
            for k, conversation_id in enumerate(ids):
                response = client.post("/api/sheets/import", json=_sheet(conversation_id, k), headers=service)
                assert response.status_code in (200, 201), response.text
            elapsed = time.perf_counter() - start
            print(f"{label}: {n} sheets in {elapsed:.1f} s = {n / elapsed:.0f} sheets/s")

        print(f"review list (/review, {n} meetings): {_ms(_timed(client, '/review', staff, repeat))}")
        one = f"/review/conversations/{ids[n // 2]}"
        print(f"review page (one sheet, {n} stored): {_ms(_timed(client, one, staff, repeat))}")
        print(f"staff JSON (/api/meetings): {_ms(_timed(client, '/api/meetings', staff, repeat))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m api.bench_import", description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default="", help="a throwaway database (default: temp SQLite)")
    parser.add_argument("-n", type=int, default=1000, help="number of sheets (default 1000)")
    parser.add_argument("--repeat", type=int, default=20, help="requests per page timing (default 20)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        print(f"database: {url.split('@')[-1] if '@' in url else url.split(':')[0]}")
        run(url, args.n, args.repeat)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
