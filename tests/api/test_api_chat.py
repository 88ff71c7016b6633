"""The citizen chat: start, send, history, idempotency, validation, Rasa failures, the sheet."""

from __future__ import annotations

import sys
import types
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from api.models import Conversation, Invitation, Message, PlanMeeting

WEBHOOK = "http://rasa.test:5005/webhooks/forbered/webhook"


@pytest.fixture
def chat(invite):
    body = invite("B-5005", role="relative")
    return {
        "token": body["token"],
        "conversation_id": body["conversation_id"],
        "base": f"/api/chat/{body['token']}",
    }


def test_start_sends_start_once_and_returns_history(client, chat, rasa, db):
    first = client.post(f"{chat['base']}/start")
    assert first.status_code == 200
    body = first.json()
    assert body["conversation_id"] == chat["conversation_id"]
    assert [m["text"] for m in body["messages"]] == ["Hej! Hvad håber du på?"]
    assert body["messages"][0]["buttons"] == [{"title": "Ja", "payload": "/affirm"}]
    assert str(rasa.requests[0].url) == WEBHOOK
    assert rasa.sent == [
        {
            "sender": chat["conversation_id"],
            "message": "/start",
            "metadata": {"conversation_id": chat["conversation_id"], "role": "relative", "language": "da"},
        }
    ]
    again = client.post(f"{chat['base']}/start")
    assert again.json()["messages"] == body["messages"]
    assert len(rasa.requests) == 1  # resumed, not restarted
    conversation = db.get(Conversation, chat["conversation_id"])
    assert conversation.started_at is not None and conversation.consent_given_at is not None
    assert db.get(PlanMeeting, conversation.meeting_id).status == "in_progress"


def test_send_stores_masked_citizen_text_and_bot_replies(client, chat, rasa, db):
    client.post(f"{chat['base']}/start")
    rasa.replies = [
        {"recipient_id": "x", "text": "Tak. Hvad mere?"},
        {"recipient_id": "x", "custom": {"sheet_ready": True}},
    ]
    response = client.post(
        f"{chat['base']}/messages",
        json={"text": "  Ring til mig på 12 34 56 78, mit cpr er 010190-1234  ", "language": "en"},
    )
    assert response.status_code == 200
    messages = response.json()["messages"]
    assert [(m["role"], m["text"], m["custom"]) for m in messages] == [
        ("bot", "Tak. Hvad mere?", None),
        ("bot", "", {"sheet_ready": True}),
    ]
    stored = db.scalars(select(Message).where(Message.role == "citizen")).one()
    assert stored.text == "Ring til mig på [telefonnummer], mit cpr er [CPR-nummer]"
    # Rasa never sees the identifiers either, and gets the new language.
    assert rasa.sent[-1]["message"] == stored.text
    assert rasa.sent[-1]["metadata"]["language"] == "en"

    history = client.get(f"{chat['base']}/history").json()["messages"]
    assert [(m["role"], m["text"]) for m in history] == [
        ("bot", "Hej! Hvad håber du på?"),
        ("citizen", "Ring til mig på [telefonnummer], mit cpr er [CPR-nummer]"),
        ("bot", "Tak. Hvad mere?"),
        ("bot", ""),
    ]
    assert [m["seq"] for m in history] == [1, 2, 3, 4]


def test_concurrent_messages_on_one_conversation_are_numbered_in_turn(client, chat, db):
    """Eight messages at once on one link: each is answered, and seq stays 1..n without gaps or clashes
    (the conversation row hands out the numbers; on PostgreSQL its row lock orders the turns)."""
    client.post(f"{chat['base']}/start")

    def send(i):
        body = {"text": f"Besked nummer {i}", "client_msg_id": f"c-{i}"}
        return client.post(f"{chat['base']}/messages", json=body).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(send, range(8)))
    assert codes == [200] * 8
    seqs = db.scalars(select(Message.seq).where(Message.conversation_id == chat["conversation_id"])).all()
    assert sorted(seqs) == list(range(1, 1 + 1 + 8 * 2))  # the greeting, then a message and a reply each
    assert db.get(Conversation, chat["conversation_id"]).last_seq == len(seqs)


def test_same_client_msg_id_is_processed_once(client, chat, rasa, db):
    body = {"text": "Jeg vil gerne have et job", "client_msg_id": "m-1"}
    first = client.post(f"{chat['base']}/messages", json=body)
    second = client.post(f"{chat['base']}/messages", json=body)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()
    assert len(rasa.sent) == 1
    assert db.scalar(select(Message).where(Message.role == "citizen")).client_msg_id == "m-1"
    assert len(db.scalars(select(Message)).all()) == 2


def test_button_payload_is_sent_and_its_title_is_stored(client, chat, rasa, db):
    client.post(f"{chat['base']}/start")
    client.post(f"{chat['base']}/messages", json={"text": "/affirm"})
    client.post(f"{chat['base']}/messages", json={"text": "/dont_know"})
    assert [s["message"] for s in rasa.sent[1:]] == ["/affirm", "/dont_know"]
    citizen = db.scalars(select(Message).where(Message.role == "citizen").order_by(Message.seq)).all()
    assert [(m.text, m.payload) for m in citizen] == [("Ja", "/affirm"), ("Ved ikke", "/dont_know")]


@pytest.mark.parametrize(
    "text, detail",
    [
        ("", "Du skrev ikke noget. Prøv igen."),
        ("   \n\t ", "Du skrev ikke noget. Prøv igen."),
        ("\x00\x00", "Du skrev ikke noget. Prøv igen."),
        ("a" * 2001, "Din besked er for lang. Skriv den gerne i flere dele."),
    ],
)
def test_empty_or_oversized_text_is_refused_plainly(client, chat, rasa, db, text, detail):
    response = client.post(f"{chat['base']}/messages", json={"text": text})
    assert response.status_code == 422
    assert response.json() == {"detail": detail}
    assert rasa.requests == []
    assert db.scalars(select(Message)).all() == []


def test_exactly_2000_characters_is_accepted_whole(client, chat, rasa, db):
    text = "å" * 2000
    assert client.post(f"{chat['base']}/messages", json={"text": text}).status_code == 200
    assert db.scalar(select(Message.text).where(Message.role == "citizen")) == text
    assert rasa.sent[-1]["message"] == text


def test_nul_bytes_are_removed_and_html_is_kept_as_text(client, chat, rasa, db):
    text = "<script>alert('x')</script>\x00 <b>hej</b>"
    assert client.post(f"{chat['base']}/messages", json={"text": text}).status_code == 200
    stored = db.scalar(select(Message.text).where(Message.role == "citizen"))
    assert stored == "<script>alert('x')</script> <b>hej</b>"
    assert "\x00" not in rasa.sent[-1]["message"]


def test_non_string_text_is_422_naming_the_field(client, chat):
    for body in ({"text": 5}, {}, {"text": "hej", "role": "boss"}):
        response = client.post(f"{chat['base']}/messages", json=body)
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] in {"text", "role"}
    bad_json = client.post(
        f"{chat['base']}/messages", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert bad_json.status_code == 422


@pytest.mark.parametrize("failure", ["down", "error", "garbage"])
def test_rasa_failure_is_503_and_the_message_is_kept(client, chat, rasa, db, failure):
    if failure == "down":
        rasa.down = True
    elif failure == "error":
        rasa.status_code = 500
    else:
        rasa.replies = {"not": "a list"}  # type: ignore[assignment]
    body = {"text": "Jeg vil gerne flytte", "client_msg_id": "m-9"}
    response = client.post(f"{chat['base']}/messages", json=body)
    assert response.status_code == 503
    assert response.json() == {
        "detail": "Et øjeblik — jeg kan ikke svare lige nu. Din besked er gemt. Prøv igen om lidt."
    }
    kept = db.scalars(select(Message)).all()
    assert [(m.role, m.text, m.delivered_at) for m in kept] == [("citizen", "Jeg vil gerne flytte", None)]

    # Rasa is back: the retry with the same id is delivered, not stored twice.
    rasa.down, rasa.status_code = False, 200
    rasa.replies = [{"text": "Fortæl mere"}]
    retry = client.post(f"{chat['base']}/messages", json=body)
    assert retry.status_code == 200
    assert [m["text"] for m in retry.json()["messages"]] == ["Fortæl mere"]
    db.expire_all()
    assert len(db.scalars(select(Message).where(Message.role == "citizen")).all()) == 1


def test_start_while_rasa_is_down_is_503_and_can_be_retried(client, chat, rasa):
    rasa.down = True
    response = client.post(f"{chat['base']}/start")
    assert response.status_code == 503
    assert "Prøv igen om lidt" in response.json()["detail"]
    rasa.down = False
    assert client.post(f"{chat['base']}/start").json()["messages"][0]["text"] == "Hej! Hvad håber du på?"


def test_unknown_expired_and_revoked_tokens_are_404_with_a_kind_message(client, chat, db):
    invitation = db.scalar(select(Invitation))
    urls = ["/api/chat/nope/start", "/api/chat/nope/history"]
    for url in urls:
        response = client.post(url) if url.endswith("start") else client.get(url)
        assert response.status_code == 404
        assert "Spørg din kontaktperson" in response.json()["detail"]

    invitation.revoked = True
    db.commit()
    assert client.get(f"{chat['base']}/history").status_code == 404
    assert client.get(f"/c/{chat['token']}").status_code == 404

    from datetime import timedelta

    from api.models import utcnow

    invitation.revoked = False
    invitation.expires_at = utcnow() - timedelta(minutes=1)
    db.commit()
    assert client.post(f"{chat['base']}/messages", json={"text": "hej"}).status_code == 404


def test_chat_page_is_served_for_a_valid_token(client, chat):
    page = client.get(f"/c/{chat['token']}")
    assert page.status_code == 200
    assert "<forbered-chat" in page.text and 'lang="da"' in page.text
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["cache-control"] == "no-store"
    assert client.get("/widget/chat-widget.js").status_code == 200
    assert client.get("/widget/client.js").status_code == 200


def test_citizen_sheet_404_then_latest_imported_version(client, chat, make_sheet, import_sheet):
    response = client.get(f"{chat['base']}/sheet")
    assert response.status_code == 404
    assert response.json() == {"detail": "Dit forberedelsesark er ikke klar endnu."}
    import_sheet(make_sheet(chat["conversation_id"]))
    import_sheet(make_sheet(chat["conversation_id"], summary="Ny opsummering."))
    body = client.get(f"{chat['base']}/sheet").json()
    assert (body["version"], body["draft"], body["sheet"]["summary"]) == (2, False, "Ny opsummering.")


def test_draft_sheet_comes_from_the_tracker(client, chat, rasa, monkeypatch):
    rasa.tracker = {"sender_id": chat["conversation_id"], "events": [{"event": "user", "text": "hej"}]}
    seen = {}

    def draft_from_tracker(tracker):
        seen["tracker"] = tracker
        return {"summary": "Ring på 12345678", "sheet_id": "12345678"}

    monkeypatch.setitem(
        sys.modules, "forbered.sheet", types.SimpleNamespace(draft_from_tracker=draft_from_tracker)
    )
    response = client.get(f"{chat['base']}/sheet", params={"draft": "true"})
    assert response.status_code == 200
    body = response.json()
    assert body["draft"] is True and body["version"] is None
    assert body["sheet"] == {"summary": "Ring på [telefonnummer]", "sheet_id": "12345678"}
    assert seen["tracker"]["events"][0]["text"] == "hej"
    tracker_request = rasa.requests[-1]
    assert tracker_request.url.path == f"/conversations/{chat['conversation_id']}/tracker"
    assert tracker_request.url.params["token"] == "test-rasa-token"


def test_draft_is_503_when_the_builder_is_missing_or_rasa_is_down(client, chat, rasa, monkeypatch):
    monkeypatch.setitem(sys.modules, "forbered.sheet", types.SimpleNamespace())  # no draft_from_tracker
    response = client.get(f"{chat['base']}/sheet?draft=true")
    assert response.status_code == 503
    assert "Udkastet" in response.json()["detail"]

    monkeypatch.setitem(
        sys.modules, "forbered.sheet", types.SimpleNamespace(draft_from_tracker=lambda t: 1 / 0)
    )
    assert client.get(f"{chat['base']}/sheet?draft=true").status_code == 503  # a builder bug is not a 500

    monkeypatch.setitem(sys.modules, "forbered.sheet", types.SimpleNamespace(draft_from_tracker=lambda t: {}))
    rasa.down = True
    assert client.get(f"{chat['base']}/sheet?draft=true").status_code == 503


def test_no_draft_yet_is_404(client, chat, monkeypatch):
    monkeypatch.setitem(
        sys.modules, "forbered.sheet", types.SimpleNamespace(draft_from_tracker=lambda t: None)
    )
    response = client.get(f"{chat['base']}/sheet?draft=true")
    assert response.status_code == 404
    assert response.json() == {"detail": "Dit forberedelsesark er ikke klar endnu."}


def test_draft_with_the_real_core_builder(client, chat, rasa):
    """The core's draft_from_tracker, fed a tracker without MI state, has nothing to draft yet."""
    pytest.importorskip("forbered.sheet")
    rasa.tracker = {"sender_id": chat["conversation_id"], "slots": {}, "events": []}
    assert client.get(f"{chat['base']}/sheet?draft=true").status_code == 404


def test_rasa_client_uses_replicas_in_turn_and_skips_one_that_is_down():
    import httpx

    from api.rasa import RasaClient

    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "down":
            raise httpx.ConnectError("refused", request=request)
        seen.append(request.url.host)
        return httpx.Response(200, json=[{"recipient_id": "c", "text": "hej"}])

    client = RasaClient("http://a:1,http://b:1", "t", transport=httpx.MockTransport(handler))
    for _ in range(4):
        assert client.send(sender="c", message="x", metadata={})[0].text == "hej"
    assert seen == ["a", "b", "a", "b"]
    client = RasaClient("http://down:1,http://b:1", "t", transport=httpx.MockTransport(handler))
    seen.clear()
    for _ in range(3):
        client.send(sender="c", message="x", metadata={})
    assert seen == ["b", "b", "b"]


def test_role_and_language_switches_are_stored_with_the_turn(client, chat, rasa, db):
    """The widget's role/language go to Rasa and are stored (the chat writes them with its Core UPDATE);
    a retry of an answered message changes nothing."""
    body = {"text": "Hej", "client_msg_id": "r-1", "role": "together", "language": "en"}
    assert client.post(f"{chat['base']}/messages", json=body).status_code == 200
    assert rasa.sent[-1]["metadata"] == {"conversation_id": chat["conversation_id"], "role": "together", "language": "en"}
    conversation = db.get(Conversation, chat["conversation_id"])
    assert (conversation.role, conversation.language) == ("together", "en")
    # the first answer started the conversation and the meeting, without /start
    assert conversation.started_at is not None and conversation.consent_given_at is not None
    assert db.get(PlanMeeting, conversation.meeting_id).status == "in_progress"

    retry = {**body, "role": "citizen", "language": "da"}
    assert client.post(f"{chat['base']}/messages", json=retry).status_code == 200
    assert len(rasa.sent) == 1
    db.expire_all()
    conversation = db.get(Conversation, chat["conversation_id"])
    assert (conversation.role, conversation.language) == ("together", "en")
    assert conversation.last_seq == 2


def test_bot_replies_are_stored_in_order_and_mark_the_message_delivered(client, chat, rasa, db):
    rasa.replies = [{"text": "en"}, {"text": "to", "buttons": [{"title": "Ja", "payload": "/yes"}]}, {"custom": {"x": 1}}]
    out = client.post(f"{chat['base']}/messages", json={"text": "Hej 12 34 56 78"}).json()["messages"]
    assert [(m["seq"], m["text"], m["buttons"], m["custom"]) for m in out] == [
        (2, "en", [], None), (3, "to", [{"title": "Ja", "payload": "/yes"}], None), (4, "", [], {"x": 1})]
    rows = db.scalars(select(Message).order_by(Message.seq)).all()
    citizen = rows[0]
    assert (citizen.role, citizen.text, citizen.delivered_at is not None) == ("citizen", "Hej [telefonnummer]", True)
    assert [(m.role, m.in_reply_to_id, m.buttons, m.custom) for m in rows[1:]] == [
        ("bot", citizen.id, None, None), ("bot", citizen.id, [{"title": "Ja", "payload": "/yes"}], None),
        ("bot", citizen.id, None, {"x": 1})]
