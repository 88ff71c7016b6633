"""Trainer mode JSON API: practice sessions, coded turns, the MITI report, and who sees what."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from api.models import AuditLog, User

PERSONA = "mads_autisme"
GOOD_MI = [
    "Hvad tænker du selv om det?",
    "Du er lidt i tvivl om, hvad det her skal bruges til.",
    "Så på den ene side vil du gerne have mere at lave, og på den anden side er du bange for at blive træt.",
    "Det lyder som om arbejdet betyder meget for dig.",
    "Du har allerede taget et skridt ved selv at spørge din mester.",
    "Hvordan kunne en god uge se ud for dig?",
]
BAD_MI = [
    "Du skal bare tage dig sammen og tage flere timer.",
    "Det er jo din egen skyld, at du ikke kommer videre.",
    "Du burde melde dig til et kursus.",
    "Hvorfor har du ikke gjort noget ved det?",
    "Du skal handle ind selv fra i morgen.",
    "Du må altså se at komme i gang.",
]
TURN_KEYS = {"seq", "trainee_text", "code", "confidence", "evidence", "citizen_reply", "citizen_talk_type"}


@pytest.fixture
def group(make_staff, staff, db) -> dict[str, Any]:
    """A trainer with the conftest trainee (elev@) in their group, and a second trainee outside it."""
    trainer = make_staff("traener@forbered.dk", "trainer")
    outsider = make_staff("anden-elev@forbered.dk", "trainee")
    staff["trainee"].user.trainer_id = trainer.user.id
    db.commit()
    return {"trainer": trainer, "trainee": staff["trainee"], "outsider": outsider, "admin": staff["admin"]}


def practise(client, headers, lines, *, seed=7, feedback=True, persona=PERSONA):
    started = client.post(
        "/api/trainer/sessions",
        json={"persona": persona, "seed": seed, "feedback": feedback},
        headers=headers,
    )
    assert started.status_code == 201, started.text
    session = started.json()
    turns = []
    for line in lines:
        response = client.post(
            f"/api/trainer/sessions/{session['id']}/turns", json={"text": line}, headers=headers
        )
        assert response.status_code == 200, response.text
        turns.append(response.json())
    return session, turns


def finish(client, headers, session_id):
    response = client.post(f"/api/trainer/sessions/{session_id}/finish", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_personas_are_listed_without_their_scripted_lines(client, group):
    personas = client.get("/api/trainer/personas", headers=group["trainee"].headers).json()
    ids = {p["id"] for p in personas}
    assert PERSONA in ids and len(ids) >= 6
    assert all("lines" not in p and "opening" not in p and p["name"] for p in personas)


def test_a_good_mi_session_gets_a_report_with_rq_computed_right(client, group, db):
    headers = group["trainee"].headers
    session, turns = practise(client, headers, GOOD_MI)
    assert session["opening"] and session["seed"] == 7 and session["feedback"] is True
    for turn in turns:
        assert TURN_KEYS | {"feedback"} <= set(turn)
        assert turn["feedback"] and turn["citizen_reply"]
        assert turn["citizen_talk_type"] in ("change", "sustain", "neutral")
        assert 0 < turn["confidence"] <= 1
    codes = [t["code"] for t in turns]
    report = finish(client, headers, session["id"])
    questions = sum(c in ("open_question", "closed_question") for c in codes)
    reflections = sum(c in ("simple_reflection", "complex_reflection", "summary") for c in codes)
    assert questions >= 1 and reflections >= 2
    assert report["counts"] == {c: codes.count(c) for c in report["counts"]}
    assert report["reflection_to_question"] == round(reflections / questions, 2)
    rq = reflections / questions
    assert report["reflection_to_question_level"] == ("good" if rq >= 2 else "fair" if rq >= 1 else "below")
    assert report["reflection_to_question_level"] != "below"  # good MI: at least 1:1
    comparison = {m["measure"]: m for m in report["miti_comparison"]}
    assert comparison["reflection_to_question"]["fair"] == 1.0
    assert comparison["reflection_to_question"]["good"] == 2.0
    assert comparison["percent_complex_reflections"]["good"] == 50.0
    assert comparison["mi_inconsistent"]["value"] == 0 == report["mi_inconsistent"]
    assert len(report["citizen_turns"]) == len(turns) + 1  # the opening line, then one per turn
    assert report["citizen_turns"][0]["text"] == session["opening"]
    assert [c["talk_type"] for c in report["citizen_turns"][1:]] == [t["citizen_talk_type"] for t in turns]
    assert report["change_talk"] > report["sustain_talk"]
    again = client.post(f"/api/trainer/sessions/{session['id']}/turns", json={"text": "Hej"}, headers=headers)
    assert again.status_code == 409  # finished
    assert (
        finish(client, headers, session["id"])["reflection_to_question"] == report["reflection_to_question"]
    )
    listed = client.get("/api/trainer/sessions", headers=headers).json()
    assert [(s["id"], s["n_turns"]) for s in listed] == [(session["id"], len(turns))]
    assert (
        listed[0]["finished_at"] and listed[0]["reflection_to_question"] == report["reflection_to_question"]
    )
    assert db.scalar(select(AuditLog.action).where(AuditLog.action == "training.start"))


def test_bad_mi_draws_more_sustain_talk_than_good_mi(client, group):
    headers = group["trainee"].headers
    good, _ = practise(client, headers, GOOD_MI)
    bad, bad_turns = practise(client, headers, BAD_MI)
    good_report, bad_report = finish(client, headers, good["id"]), finish(client, headers, bad["id"])
    assert bad_report["mi_inconsistent"] >= 4
    assert {t["code"] for t in bad_turns} & {"advice_without_permission", "confront"}
    assert bad_report["sustain_talk"] > good_report["sustain_talk"]
    assert bad_report["change_talk"] < good_report["change_talk"]


def test_feedback_off_omits_feedback(client, group):
    headers = group["trainee"].headers
    session, turns = practise(client, headers, GOOD_MI[:2], feedback=False)
    assert all(set(t) == TURN_KEYS for t in turns)
    stored = client.get(f"/api/trainer/sessions/{session['id']}", headers=headers).json()
    assert stored["feedback"] is False
    assert all("feedback" not in t for t in stored["turns"])


def test_the_same_persona_and_seed_replay_the_same_conversation(client, group):
    headers = group["trainee"].headers
    first, first_turns = practise(client, headers, GOOD_MI[:4], seed=12345)
    second, second_turns = practise(client, headers, GOOD_MI[:4], seed=12345)
    assert first["opening"] == second["opening"]
    assert [t["citizen_reply"] for t in first_turns] == [t["citizen_reply"] for t in second_turns]
    assert first["id"] != second["id"]
    random_seed = client.post("/api/trainer/sessions", json={"persona": PERSONA}, headers=headers).json()
    assert isinstance(random_seed["seed"], int)  # chosen for you, and kept so it can be replayed


def test_a_trainee_cannot_see_another_trainees_session(client, group):
    session, _ = practise(client, group["trainee"].headers, GOOD_MI[:1])
    other = group["outsider"].headers
    assert client.get(f"/api/trainer/sessions/{session['id']}", headers=other).status_code == 404
    turn = client.post(f"/api/trainer/sessions/{session['id']}/turns", json={"text": "Hej"}, headers=other)
    assert turn.status_code == 404
    assert client.post(f"/api/trainer/sessions/{session['id']}/finish", headers=other).status_code == 404
    assert client.get("/api/trainer/sessions", headers=other).json() == []
    for page in (f"/trainer/sessions/{session['id']}", f"/trainer/sessions/{session['id']}/report"):
        assert client.get(page, headers=other).status_code == 404


def test_a_trainer_sees_their_group_only_and_an_admin_sees_all(client, group):
    mine, _ = practise(client, group["trainee"].headers, GOOD_MI[:2])
    theirs, _ = practise(client, group["outsider"].headers, BAD_MI[:2])
    trainer = group["trainer"].headers
    assert [s["id"] for s in client.get("/api/trainer/sessions", headers=trainer).json()] == [mine["id"]]
    assert client.get(f"/api/trainer/sessions/{mine['id']}", headers=trainer).status_code == 200
    assert client.get(f"/api/trainer/sessions/{theirs['id']}", headers=trainer).status_code == 404
    # Trainers read their group's sessions but do not write in them.
    write = client.post(f"/api/trainer/sessions/{mine['id']}/turns", json={"text": "Hej"}, headers=trainer)
    assert write.status_code == 403
    page = client.get("/trainer/group", headers=trainer)
    assert page.status_code == 200
    assert "elev" in page.text and "anden-elev" not in page.text
    admin = group["admin"].headers
    assert {s["id"] for s in client.get("/api/trainer/sessions", headers=admin).json()} == {
        mine["id"],
        theirs["id"],
    }


def test_roles_and_validation(client, group, staff):
    headers = group["trainee"].headers
    for who in ("contact", "caseworker"):
        assert client.get("/api/trainer/sessions", headers=staff[who].headers).status_code == 403
    start = {"persona": PERSONA}
    assert (
        client.post("/api/trainer/sessions", json=start, headers=group["trainer"].headers).status_code == 403
    )
    assert client.post("/api/trainer/sessions", json=start).status_code == 401
    unknown = client.post("/api/trainer/sessions", json={"persona": "nobody"}, headers=headers)
    assert unknown.status_code == 404
    session = client.post("/api/trainer/sessions", json=start, headers=headers).json()
    empty = client.post(f"/api/trainer/sessions/{session['id']}/turns", json={"text": "  "}, headers=headers)
    assert empty.status_code == 422 and "skrev ikke noget" in empty.json()["detail"]
    long = client.post(
        f"/api/trainer/sessions/{session['id']}/turns", json={"text": "ja " * 1000}, headers=headers
    )
    assert long.status_code == 422


def test_trainee_text_is_masked_before_it_is_stored(client, group):
    headers = group["trainee"].headers
    _, turns = practise(client, headers, ["Hvad er dit cpr-nummer, er det 010190-1234?"])
    assert "010190-1234" not in turns[0]["trainee_text"] and "[CPR-nummer]" in turns[0]["trainee_text"]


def test_an_admin_puts_trainees_in_groups(client, group, db):
    admin, outsider = group["admin"].headers, group["outsider"].user
    trainer_id = group["trainer"].user.id
    body = {"trainer_id": trainer_id}
    assert client.put(f"/api/trainer/trainees/{outsider.id}", json=body, headers=admin).status_code == 204
    db.expire_all()
    assert db.get(User, outsider.id).trainer_id == trainer_id
    to_a_non_trainer = {"trainer_id": group["admin"].user.id}
    assert (
        client.put(f"/api/trainer/trainees/{outsider.id}", json=to_a_non_trainer, headers=admin).status_code
        == 404
    )
    forbidden = client.put(
        f"/api/trainer/trainees/{outsider.id}", json=body, headers=group["trainer"].headers
    )
    assert forbidden.status_code == 403
