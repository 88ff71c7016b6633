"""Explain mode: a consented citizen conversation (or a scripted one) annotated for MI trainers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from api.models import AuditLog, Citizen, Conversation, Message, utcnow

CPR = "010190-1234"
SCRIPT = [
    ("bot", "Hej! Hvad håber du på i dit liv lige nu?"),
    ("citizen", f"Jeg kunne godt tænke mig at lave mad selv. Mit cpr er {CPR}."),
    ("bot", "Du vil gerne klare mere selv i køkkenet, og det betyder noget for dig."),
    ("citizen", "Jeg kan ikke overskue det."),
    ("bot", "Du skal bare tage dig sammen."),
]


def store_conversation(db, conversation_id: str, *, consent: bool) -> Conversation:
    """Rows as the chat would leave them; the CPR number is left unmasked on purpose (legacy data)."""
    citizen = Citizen(reference=f"B-{conversation_id}")
    conversation = Conversation(
        id=conversation_id, citizen=citizen, consent_given_at=utcnow() if consent else None
    )
    db.add(conversation)
    db.flush()
    for seq, (role, text) in enumerate(SCRIPT, start=1):
        db.add(Message(conversation_id=conversation_id, seq=seq, role=role, text=text))
    db.commit()
    return conversation


@pytest.fixture
def trainer(make_staff):
    return make_staff("traener@forbered.dk", "trainer")


def test_explain_mode_annotates_a_stored_conversation_and_masks_a_cpr_number(client, db, trainer):
    store_conversation(db, "conv-explain-1", consent=True)
    page = client.get("/trainer/explain/conv-explain-1", headers=trainer.headers)
    assert page.status_code == 200
    assert CPR not in page.text and "[CPR-nummer]" in page.text
    assert '<html lang="da">' in page.text
    assert page.text.count("Teknik:") == 3  # every bot line gets its technique
    assert "Forandringsudsagn" in page.text and "Status quo-udsagn" in page.text
    assert "Råd uden tilladelse" in page.text or "Konfrontation" in page.text
    assert page.headers["cache-control"] == "no-store"
    audit = db.scalar(select(AuditLog).where(AuditLog.action == "conversation.explain"))
    assert audit is not None and audit.object == "conversation:conv-explain-1"


def test_explain_mode_needs_consent_and_the_trainer_role(client, db, trainer, staff):
    store_conversation(db, "conv-no-consent", consent=False)
    store_conversation(db, "conv-consent", consent=True)
    assert client.get("/trainer/explain/conv-no-consent", headers=trainer.headers).status_code == 404
    assert client.get("/trainer/explain/unknown", headers=trainer.headers).status_code == 404
    assert client.get("/trainer/explain/conv-consent", headers=staff["admin"].headers).status_code == 200
    for who in ("trainee", "contact"):
        assert client.get("/trainer/explain/conv-consent", headers=staff[who].headers).status_code == 403
    anonymous = client.get("/trainer/explain/conv-consent", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
    lookup = client.get(
        "/trainer/explain?conversation=conv-consent", headers=trainer.headers, follow_redirects=False
    )
    assert lookup.headers["location"] == "/trainer/explain/conv-consent"


def test_a_scripted_conversation_is_annotated(client, trainer, staff):
    body = {"turns": [{"role": role, "text": text} for role, text in SCRIPT]}
    response = client.post("/api/trainer/explain", json=body, headers=trainer.headers)
    assert response.status_code == 200, response.text
    turns = response.json()
    assert [t["role"] for t in turns] == [role for role, _ in SCRIPT]
    bots = [t for t in turns if t["role"] == "bot"]
    citizens = [t for t in turns if t["role"] == "citizen"]
    assert all(t["code"] and "confidence" in t and "talk_type" not in t for t in bots)
    assert all(t["talk_type"] in ("change", "sustain", "neutral") and "code" not in t for t in citizens)
    assert citizens[0]["talk_type"] == "change" and citizens[1]["talk_type"] == "sustain"
    assert bots[2]["code"] in ("advice_without_permission", "confront")
    assert CPR not in response.text and "[CPR-nummer]" in citizens[0]["text"]
    assert client.post("/api/trainer/explain", json=body, headers=staff["trainee"].headers).status_code == 403
    bad = client.post(
        "/api/trainer/explain", json={"turns": [{"role": "coach", "text": "x"}]}, headers=trainer.headers
    )
    assert bad.status_code == 422
