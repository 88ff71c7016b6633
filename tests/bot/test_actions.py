"""action_mi_turn tested offline: tracker fixtures + CollectingDispatcher, exact events asserted."""

import json

import pytest
from actions import settings
from actions.mi_turn import ActionMiTurn
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def tracker(text, state=None, tags=None, metadata=None, sender="conv-1"):
    latest = {"text": text, "intent": {"name": "inform", "confidence": 1.0}, "entities": [],
              "metadata": metadata or {}}
    if tags is not None:
        latest["forbered"] = tags
    return Tracker(sender, {"mi_state": state}, latest, [], False, None, {}, "action_listen")


def run(text, state=None, **kw):
    d = CollectingDispatcher()
    events = ActionMiTurn().run(d, tracker(text, state, **kw), {})
    return d.messages, events


@pytest.fixture(autouse=True)
def outbox_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("FORBERED_OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("FORBERED_API_URL", "http://127.0.0.1:9")  # nothing listens: sheets must wait
    settings.outbox.cache_clear()
    yield tmp_path / "outbox"
    settings.outbox.cache_clear()


def test_start_gives_welcome_and_consent_buttons():
    messages, events = run("/start")
    assert "borgerplansmøde" in messages[0]["text"]
    assert [b["payload"] for b in messages[-1]["buttons"]][:2] == ["/consent_citizen", "/consent_relative"]
    assert len(events) == 1 and events[0]["event"] == "slot" and events[0]["name"] == "mi_state"
    assert events[0]["value"]["step"] == "consent"


def test_tags_from_the_nlu_component_place_the_answer():
    _, events = run("/start")
    state = events[0]["value"]
    _, events = run("ja", state)
    state = events[0]["value"]
    tags = {"talk_type": "change", "subtype": "desire", "theme": "beskaeftigelse", "sheet": "hope",
            "safety": False, "confidence": 0.9, "evidence": "vil gerne", "clauses": [], "scores": {"sheet": 0.9}}
    messages, events = run("jeg vil gerne have et job", state, tags=tags)
    item = events[0]["value"]["items"][-1]
    assert item["category"] == "hope" and item["subtype"] == "desire"
    assert any("job" in m["text"] for m in messages)


def test_safety_tag_gives_crisis_answer_first():
    _, events = run("/start")
    _, events = run("ja", events[0]["value"])
    tags = {"talk_type": "neutral", "subtype": None, "theme": "sundhed", "sheet": "parking", "safety": True,
            "confidence": 0.9, "evidence": "tage mit eget liv", "clauses": []}
    messages, events = run("jeg vil tage mit eget liv", events[0]["value"], tags=tags)
    assert "70 201 201" in messages[0]["text"] and "112" in messages[0]["text"]
    assert events[0]["value"]["safety_turns"] == [2]


def test_confirmed_summary_puts_a_valid_sheet_in_the_outbox(outbox_dir):
    state = None
    for text in ["/start", "ja", "tegne", "min kat", "en kæreste", "ved ikke", "nej", "ved ikke", "2", "nej", "nej", "neutral", "ja"]:
        _, events = run(text, state)
        state = events[0]["value"]
    assert state["confirmed"] is True
    files = list(outbox_dir.glob("*.json"))
    assert len(files) == 1
    sheet = json.loads(files[0].read_text("utf-8"))
    from forbered.sheet import validation_errors

    assert validation_errors(sheet) == []
    assert sheet["conversation_id"] == "conv-1" and sheet["citizen_confirmed"] is True
    assert sheet["preferences"]["plan_version"] == "neutral"


def test_relative_role_from_metadata():
    messages, events = run("/start", metadata={"role": "relative"})
    assert events[0]["value"]["written_by"] == "relative"


def test_cached_schema_validation_is_as_strict_as_jsonschema():
    import jsonschema
    from channels import speedups
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    good = {"events": [{"event": "slot", "name": "mi_state", "value": {"step": "consent"}}], "responses": []}
    bad = {"events": [{"event": 42}], "responses": "nope"}
    speedups.validate(good, schema)
    with pytest.raises(jsonschema.ValidationError):
        speedups.validate(bad, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_cached_event_subclasses_match_rasa():
    from channels import speedups
    from rasa.shared.core.events import Event

    speedups.install()
    import rasa.shared.utils.common as common

    names = {c.__name__ for c in common.all_subclasses(Event)}
    assert {"SlotSet", "UserUttered", "BotUttered", "ActionExecuted"} <= names
    assert Event.resolve_by_type("slot").__name__ == "SlotSet"


def test_a_relatives_message_is_tagged_as_a_relatives(monkeypatch):
    seen = []

    class Spy:
        def tag(self, text, speaker):
            seen.append(speaker)
            from forbered.talk import TaggedUtterance
            return TaggedUtterance(text=text, speaker=speaker, talk_type="change", subtype="desire", theme="relationer",
                                   sheet="hope", safety=False, confidence=0.9, evidence="vil gerne")

    monkeypatch.setattr(settings, "tagger", lambda: Spy())
    _, events = run("/start", metadata={"role": "relative"})
    _, events = run("/consent_relative", events[0]["value"], metadata={"role": "relative"})
    citizen_tags = {"talk_type": "neutral", "subtype": None, "theme": "none", "sheet": None, "safety": False,
                    "confidence": 0.5, "evidence": "", "clauses": [], "speaker": "citizen"}
    _, events = run("hun vil gerne have en veninde", events[0]["value"], tags=citizen_tags, metadata={"role": "relative"})
    assert seen == ["relative"]
    assert events[0]["value"]["items"][-1]["category"] == "hope"
    # a citizen's message keeps the NLU component's tags: no second tagging
    _, events = run("/start")
    _, events = run("ja", events[0]["value"])
    seen.clear()
    run("jeg vil gerne have et job", events[0]["value"], tags={**citizen_tags, "sheet": "hope"})
    assert seen == []


def test_a_relatives_message_uses_the_nlu_components_relative_tags(monkeypatch):
    def no_second_tagger():
        raise AssertionError("the action server must not load a tagger when the NLU tags are there")

    monkeypatch.setattr(settings, "tagger", no_second_tagger)
    _, events = run("/start", metadata={"role": "relative"})
    _, events = run("/consent_relative", events[0]["value"], metadata={"role": "relative"})
    as_citizen = {"talk_type": "neutral", "subtype": None, "theme": "none", "sheet": None, "safety": False,
                  "confidence": 0.5, "evidence": "", "clauses": [], "speaker": "citizen"}
    as_relative = {**as_citizen, "talk_type": "change", "subtype": "desire", "sheet": "hope", "speaker": "relative"}
    _, events = run("hun vil gerne have en veninde", events[0]["value"], tags={**as_citizen, "as_relative": as_relative},
                    metadata={"role": "relative"})
    assert events[0]["value"]["items"][-1]["category"] == "hope"
