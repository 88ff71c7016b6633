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
