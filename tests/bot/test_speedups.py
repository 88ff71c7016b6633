"""bot/channels/speedups.py, second round: the SQLite tracker store behaves exactly like Rasa's own, and
the MI action's request carries what the action reads."""

import asyncio
import sqlite3
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"


@pytest.fixture(scope="module")
def domain():
    from channels import speedups
    from rasa.shared.core.domain import Domain

    speedups.install()
    return Domain.load(str(BOT / "domain"))


def test_sqlite_tracker_store_round_trip(domain, tmp_path):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered

    path = tmp_path / "tracker.db"
    store = SQLTrackerStore(domain, dialect="sqlite", db=str(path))
    assert type(store.engine.pool).__name__ == "QueuePool"

    async def scenario():
        t = await store.get_or_create_tracker("conv-1")
        t.update(UserUttered("hej", {"name": "greet", "confidence": 1.0}))
        t.update(SlotSet("mi_state", {"items": [{"text": "æøå"}], "turn": 1}))
        await store.save(t)
        again = await store.retrieve("conv-1")
        assert [e.as_dict() for e in again.events] == [e.as_dict() for e in t.events]
        assert again.get_slot("mi_state") == {"items": [{"text": "æøå"}], "turn": 1}
        await store.save(again)  # nothing new: nothing written twice
        again.update(SessionStarted())
        again.update(ActionExecuted("action_listen"))
        again.update(UserUttered("igen"))
        await store.save(again)
        latest = await store.retrieve("conv-1")
        full = await store.retrieve_full_tracker("conv-1")
        assert [e.type_name for e in latest.events] == ["session_started", "action", "user"]
        assert len(full.events) == 6
        assert await store.retrieve("nobody") is None

    asyncio.run(scenario())
    rows = sqlite3.connect(path).execute("SELECT type_name, intent_name, action_name FROM events ORDER BY id").fetchall()
    assert rows == [("action", None, "action_listen"), ("user", "greet", None), ("slot", None, "mi_state"),
                    ("session_started", None, None), ("action", None, "action_listen"), ("user", None, None)]
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_mi_action_request_has_latest_message_and_slots(domain):
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    tracker = DialogueStateTracker.from_events("conv-1", [
        ActionExecuted("action_listen"), UserUttered("/start", {"name": "start", "confidence": 1.0}),
        ActionExecuted("action_mi_turn"), BotUttered("Hej"), SlotSet("mi_state", {"turn": 1}),
        ActionExecuted("action_listen"),
        UserUttered("jeg vil gerne arbejde", {"name": "inform", "confidence": 1.0}, metadata={"role": "citizen"}),
    ], domain.slots)
    full = tracker.current_state()
    endpoint = EndpointConfig("http://127.0.0.1:9/webhook")
    body = RemoteAction("action_mi_turn", endpoint)._action_call_format(tracker, domain)
    state = body["tracker"]
    assert [e["event"] for e in state["events"]] == ["user"]
    assert state["events"][0]["text"] == "jeg vil gerne arbejde"
    assert state["latest_message"] == full["latest_message"]
    assert state["slots"]["mi_state"] == {"turn": 1}
    assert state["sender_id"] == "conv-1"
    # any other custom action still gets the whole conversation
    other = RemoteAction("action_other", endpoint)._action_call_format(tracker, domain)
    assert len(other["tracker"]["events"]) == 7


def test_action_endpoint_keeps_its_connection_and_survives_a_server_restart():
    import socket

    from aiohttp import web
    from channels import speedups
    from rasa.utils.endpoints import EndpointConfig

    speedups.install()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    peers = []

    async def handle(request):
        peers.append(request.transport.get_extra_info("peername")[1])
        return web.json_response({"n": len(peers), "auth": request.headers.get("X-Token")})

    async def serve():
        app = web.Application()
        app.router.add_post("/webhook", handle)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        return runner

    async def scenario():
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook", headers={"X-Token": "t"})
        runner = await serve()
        answers = [await endpoint.request("post", json={}) for _ in range(3)]
        assert [a["n"] for a in answers] == [1, 2, 3] and answers[0]["auth"] == "t"
        assert len(set(peers)) == 1  # one kept connection, not three
        await runner.cleanup()  # the action server restarts
        await asyncio.sleep(0.1)
        runner = await serve()
        assert (await endpoint.request("post", json={}))["n"] == 4
        await runner.cleanup()

    asyncio.run(scenario())
