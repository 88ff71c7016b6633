"""Production shape: PostgreSQL for plan data and Rasa's tracker store, a Redis lock store, and two Rasa
replicas behind the plan service serving one conversation in turn, without losing a turn — also when one
replica stops mid-conversation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.stack


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    from stack import start_redis

    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (scripts/test.sh installs it)")
    port = free_port()
    proc = start_redis(port, tmp_path_factory.mktemp("redis"))
    yield ("127.0.0.1", port)
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def pg_database():
    from stack import create_pg_database, drop_pg_database

    db = create_pg_database("forbered_replicas")
    yield db
    drop_pg_database(db)


@pytest.fixture(scope="module")
def replicas(redis_server, pg_database, tmp_path_factory):
    from stack import REPO, Stack

    s = Stack(api_port=free_port(), rasa_port=free_port(), action_port=free_port(),
              var_dir=tmp_path_factory.mktemp("replicas"), log_dir=REPO / "artifacts" / "e2e-logs" / "replicas",
              database_url=pg_database, tracker_url=pg_database.replace("+psycopg", ""),
              replica_ports=(free_port(),), redis=redis_server)
    s.start()
    yield s
    s.stop()


def test_two_replicas_serve_one_conversation_in_turn(replicas, pg_database):
    from sqlalchemy import create_engine, text

    script = json.loads((ROOT / "data" / "dialogues" / "02_autism_friend.json").read_text("utf-8"))
    turns = script["citizen_turns"]
    with httpx.Client(base_url=replicas.api_url, timeout=120) as c:
        staff = {"Authorization": "Bearer " + c.post("/api/auth/login", json={
            "email": "sagsbehandler@forbered.dk", "password": "demo1234"}).json()["access_token"]}
        inv = c.post("/api/invitations", headers=staff, json={"citizen_ref": "replicas-1"}).json()
        token, cid = inv["token"], inv["conversation_id"]
        c.post(f"/api/chat/{token}/start")
        for n, turn in enumerate(turns):
            if n == 6:
                replicas.stop("rasa-2")  # one replica goes away mid-conversation
            r = c.post(f"/api/chat/{token}/messages", json={"text": turn})
            assert r.status_code == 200 and r.json()["messages"], (n, r.text)
        deadline = 60
        import time

        t0 = time.monotonic()
        while time.monotonic() - t0 < deadline:
            got = c.get(f"/api/conversations/{cid}/sheet", headers=staff)
            if got.status_code == 200:
                break
            time.sleep(1)
        assert got.status_code == 200 and got.json()["version"] == 1
        sheet = got.json()["sheet"]
        assert sheet["citizen_confirmed"] and sheet["hopes"] and sheet["resources"]
    engine = create_engine(pg_database)
    with engine.connect() as con:
        rows = con.execute(text("select data from events where sender_id = :s and type_name = 'user' order by id"),
                           {"s": cid}).fetchall()
    engine.dispose()
    texts = [json.loads(r[0])["text"] for r in rows]
    assert texts == ["/start", *turns]  # every turn once, in order, in the shared tracker store
