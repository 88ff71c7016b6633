"""Whole Danish conversations through the real stack, replayed with `forbered chat --script`."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
DIALOGUES = ROOT / "data" / "dialogues"
pytestmark = pytest.mark.stack


def replay(stack, script: Path) -> dict:
    r = subprocess.run([str(ROOT / ".venv" / "bin" / "forbered"), "chat", "--script", str(script), "--api", stack.api_url,
                        "--compact"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def found(keyword: str, items: list[dict]) -> bool:
    return any(keyword.lower() in (i.get("quote", "") + " " + i.get("text", "")).lower() for i in items)


def test_whole_conversation_lands_on_the_review_page(stack):
    out = replay(stack, DIALOGUES / "01_autism_job.json")
    script = json.loads((DIALOGUES / "01_autism_job.json").read_text("utf-8"))
    sheet = out["sheet"]
    assert sheet is not None and sheet["citizen_confirmed"] is True
    roles = [t["role"] for t in out["transcript"]]
    assert roles[0] == "bot" and roles.count("citizen") == len(script["citizen_turns"])
    for field in ("hopes", "resources", "parking"):
        for kw in script["expect"][field]:
            assert found(kw, sheet[field] + (sheet["employment"] if field == "hopes" else [])), (field, kw, sheet[field])
    # the contact person sees the same sheet on the review page
    with httpx.Client(base_url=stack.api_url) as c:
        token = c.post("/api/auth/login", json={"email": "kontakt@forbered.dk", "password": "demo1234"}).json()["access_token"]
        staff = c.get(f"/api/conversations/{sheet['conversation_id']}/sheet", headers={"Authorization": f"Bearer {token}"})
        assert staff.status_code == 200
        page = c.get(f"/review/conversations/{sheet['conversation_id']}", cookies=c.cookies,
                     headers={"Authorization": f"Bearer {token}"})
        assert page.status_code == 200
        assert sheet["resources"][0]["quote"].split()[0] in page.text


def test_relative_script_keeps_third_person(stack):
    out = replay(stack, DIALOGUES / "09_relative_mother_stu.json")
    sheet = out["sheet"]
    # "Jeg er Emmas mor, og vi sidder sammen": the mother types with Emma beside her, so the sheet says so
    assert sheet["written_by"] == "together"
    assert sheet["hopes"], sheet
    bot_lines = [t["text"] for t in out["transcript"] if t["role"] == "bot"]
    # the questions are about the person in the third person; once the relative has written "hun", so does the bot
    assert any(re.search(r"\b(?:hun|hende)\b", t) for t in bot_lines)
    assert any(re.search(r"\bdrømmer (?:hun|han|hun eller han) om\?", t) for t in bot_lines)


def test_stopping_early_keeps_what_was_said(stack):
    out = replay(stack, DIALOGUES / "14_stop_early.json")
    assert out["sheet"]["stopped_early"] is True
    assert out["sheet"]["resources"]


def test_oversized_message_is_refused_kindly_and_nothing_is_lost(stack, tmp_path):
    script = tmp_path / "long.json"
    script.write_text(json.dumps({"citizen_turns": ["ja", "x" * 2500, "jeg er god til at cykle"]}), "utf-8")
    out = replay(stack, script)
    texts = [t["text"] for t in out["transcript"]]
    assert any("for lang" in t for t in texts)
    assert any("cykle" in i["quote"] for i in out["sheet"]["resources"])


def test_withdrawing_consent_erases_everything_in_both_databases(stack):
    import sqlite3

    with httpx.Client(base_url=stack.api_url, timeout=120) as c:
        token = c.post("/api/auth/login", json={"email": "sagsbehandler@forbered.dk", "password": "demo1234"}).json()["access_token"]
        inv = c.post("/api/invitations", headers={"Authorization": f"Bearer {token}"}, json={"citizen_ref": "erase-me"}).json()
        t = inv["token"]
        c.post(f"/api/chat/{t}/start")
        for text in ["ja", "jeg er god til at synge", "min mormor"]:
            assert c.post(f"/api/chat/{t}/messages", json={"text": text}).status_code == 200
        cid = inv["conversation_id"]
        tracker_db = stack.var / "rasa_tracker.db"
        plan_db = stack.var / "forbered.db"

        def count(db, sql):
            with sqlite3.connect(db) as con:
                return con.execute(sql, (cid,)).fetchone()[0]

        assert count(tracker_db, "select count(*) from events where sender_id = ?") > 0
        assert c.delete(f"/api/chat/{t}").status_code in (200, 204)
        assert count(tracker_db, "select count(*) from events where sender_id = ?") == 0
        assert count(plan_db, "select count(*) from messages where conversation_id = ?") == 0
        assert count(plan_db, "select count(*) from conversations where id = ?") == 0
        assert c.get(f"/api/chat/{t}/history").status_code == 404
