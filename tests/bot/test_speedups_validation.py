"""bot/channels/speedups.py, fourth round: the hand check of action results never accepts what Rasa's
jsonschema validation would refuse, and the start-up heap is frozen for the garbage collector."""

from __future__ import annotations

import copy
import itertools

import jsonschema
import pytest

MI_RESULT = {
    "events": [{"event": "slot", "timestamp": None, "name": "mi_state", "value": {"turn": 3, "items": [{"t": "æ"}]}}],
    "responses": [
        {"text": "Hvad håber du på?", "buttons": [{"title": "Ja", "payload": "/yes"}], "template": None,
         "response": None, "image": None, "attachment": None, "elements": [], "custom": {}},
        {"custom": {"sheet_ready": True}},
    ],
}

OTHER_VALID = [
    {},
    {"events": [], "responses": []},
    {"events": [{"event": "bot", "text": "hej", "data": {}, "metadata": {}}]},
    {"events": [{"event": "followup", "name": "action_x", "timestamp": 1.5}]},
    {"events": [{"event": "slot", "name": "a", "value": None, "metadata": None, "timestamp": 3}]},
    {"events": [{"event": "session_started"}, {"event": "restart"}, {"event": "reset_slots"}]},
    {"events": [{"event": "action", "name": "action_listen", "policy": None, "confidence": 1.0}]},
    {"events": [{"event": "user", "text": "hej", "parse_data": {"intent": {"name": "greet", "confidence": 1}}}]},
    {"responses": [{"text": "a"}], "other": 1},
]

ODD_VALUES = [None, True, 0, 1.5, "x", [], {}, [1], {"a": 1}]


def _mutations(result: dict) -> list:
    """The result with one value replaced by each odd value, or one key removed, at every path."""
    out = []

    def walk(node, path):
        if isinstance(node, dict):
            for key in list(node):
                yield path + (key,)
                yield from walk(node[key], path + (key,))
        elif isinstance(node, list):
            for i, item in enumerate(node):
                yield path + (i,)
                yield from walk(item, path + (i,))

    for path in walk(result, ()):
        for value in [*ODD_VALUES, "__delete__"]:
            mutated = copy.deepcopy(result)
            parent = mutated
            for step in path[:-1]:
                parent = parent[step]
            if value == "__delete__":
                if isinstance(parent, dict):
                    del parent[path[-1]]
                else:
                    parent.pop(path[-1])
            else:
                parent[path[-1]] = value
            out.append(mutated)
    for kind in ["slot", "user", "action", "entities", "bot", "nope", "", "SLOT"]:
        out.append({"events": [{"event": kind}]})
        out.append({"events": [{"event": kind, "name": "n", "value": 1}]})
    out += [None, [], "x", {"events": {}}, {"responses": {}}, {"responses": ["x"]}, {"events": [[]]}]
    return out


def _valid_by_jsonschema(result) -> bool:
    from rasa.core.actions.action import RemoteAction

    try:
        jsonschema.validate(result, RemoteAction.action_response_format_spec())
        return True
    except jsonschema.ValidationError:
        return False


def test_hand_check_accepts_only_what_jsonschema_accepts():
    from channels.speedups import surely_valid_action_result

    corpus = [MI_RESULT, *OTHER_VALID, *itertools.chain.from_iterable(_mutations(r) for r in [MI_RESULT, *OTHER_VALID])]
    checked_by_hand = 0
    for result in corpus:
        if surely_valid_action_result(result):
            checked_by_hand += 1
            assert _valid_by_jsonschema(result), result
    assert checked_by_hand > 100  # the hand check does take the common cases
    assert surely_valid_action_result(MI_RESULT)


def test_invalid_results_still_raise_rasas_error():
    from channels import speedups
    from rasa.core.actions.action import RemoteAction
    from rasa.utils.endpoints import EndpointConfig

    speedups.install()
    action = RemoteAction("action_mi_turn", EndpointConfig("http://localhost:1/webhook"))
    assert action._validate_action_result(copy.deepcopy(MI_RESULT)) is True
    for bad in ({"events": [{"event": "slot", "value": 1}]}, {"events": [{"event": "nope"}]},
                {"events": [{"event": "slot", "name": "a", "value": 1, "timestamp": "now"}]}, {"responses": "x"}):
        with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
            action._validate_action_result(bad)


def test_freeze_heap_freezes_and_only_once_after_the_first_message():
    import gc

    from channels import speedups

    try:
        speedups.freeze_heap()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        keep = [object() for _ in range(10)], [[] for _ in range(1000)]
        speedups._frozen["after_first_message"] = False
        speedups.freeze_after_first_message()
        # frozen objects that die leave the frozen set, so counts drift with whatever else is freed meanwhile; ask
        # instead whether the new objects themselves left the collector's generations (`gc.get_objects` omits frozen)
        tracked = {id(o) for o in gc.get_objects()}
        assert not any(id(x) in tracked for x in keep[1])
        more = [[] for _ in range(1000)]
        speedups.freeze_after_first_message()  # once only: the 1,000 new lists stay in the collector's care
        tracked = {id(o) for o in gc.get_objects()}
        assert all(id(x) in tracked for x in more)
        del keep, more, tracked
    finally:
        gc.unfreeze()
