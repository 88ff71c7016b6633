"""The bot's own intent classifier and rule table policy."""

from pathlib import Path

import pytest
import yaml
from components.intents import intent_of
from components.turn_policy import IntentTablePolicy, RuleTooLong, table_from_rules
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

BOT = Path(__file__).resolve().parents[2] / "bot"


def nlu_examples():
    data = yaml.safe_load((BOT / "data" / "nlu.yml").read_text("utf-8"))
    for block in data["nlu"]:
        for line in block.get("examples", "").splitlines():
            if line.strip().startswith("- "):
                yield block["intent"], line.strip()[2:]


@pytest.mark.parametrize("intent,text", list(nlu_examples()))
def test_every_nlu_example_gets_its_intent(intent, text):
    assert intent_of(text) == intent


@pytest.mark.parametrize("text,intent", [
    ("ja, det vil jeg gerne", "affirm"),
    ("det går fint med at tage bussen alene nu", "inform"),  # long: content, not a yes
    ("jeg vil ikke svare på det, men jeg har det godt med min hund", "inform"),
    ("3", "score"),
    ("nej", "deny"),
    ("", "inform"),
])
def test_intents_of_other_messages(text, intent):
    assert intent_of(text) == intent


def rule(name, *steps):
    events = [ActionExecuted("...")]
    for kind, value in steps:
        events.append(UserUttered(value, intent={"name": value}) if kind == "intent" else ActionExecuted(value))
    tracker = DialogueStateTracker.from_events(name, events)
    tracker.is_rule_tracker = True
    return tracker


@pytest.fixture
def domain():
    return Domain.from_yaml("intents: [greet, inform, score]\nactions: [action_mi_turn]\n")


@pytest.fixture
def policy(tmp_path, domain):
    p = IntentTablePolicy.create({**IntentTablePolicy.get_default_config(), "core_fallback_action_name": "action_mi_turn"},
                                 LocalModelStorage(tmp_path), Resource("policy"), ExecutionContext(GraphSchema({}), "test"))
    p.train([rule("greet", ("intent", "greet"), ("action", "action_mi_turn"))], domain)
    return p


def conversation(*events):
    return DialogueStateTracker.from_events("c", [ActionExecuted("action_listen"), *events])


def predicted(policy, domain, tracker):
    prediction = policy.predict_action_probabilities(tracker, domain)
    return domain.action_names_or_texts[prediction.max_confidence_index]


def test_policy_answers_a_user_message_by_its_rule_and_then_listens(policy, domain):
    tracker = conversation(UserUttered("hej", intent={"name": "greet"}))
    assert predicted(policy, domain, tracker) == "action_mi_turn"
    tracker.update(ActionExecuted("action_mi_turn"))
    assert predicted(policy, domain, tracker) == "action_listen"


def test_policy_uses_the_fallback_action_and_rasas_default_intents(policy, domain):
    assert predicted(policy, domain, conversation(UserUttered("x", intent={"name": "inform"}))) == "action_mi_turn"
    assert predicted(policy, domain, conversation(UserUttered("/restart", intent={"name": "restart"}))) == "action_restart"
    assert predicted(policy, domain, conversation()) == "action_listen"  # no user message yet


def test_policy_survives_persist_and_load(policy, domain, tmp_path):
    loaded = IntentTablePolicy.load(policy.config, policy._model_storage, policy._resource, ExecutionContext(GraphSchema({}), "test"))
    assert loaded.table == {"greet": "action_mi_turn"}


def test_rules_longer_than_one_step_are_refused():
    long_rule = rule("two", ("intent", "greet"), ("action", "action_mi_turn"), ("action", "action_listen"),
                     ("intent", "inform"), ("action", "action_mi_turn"))
    with pytest.raises(RuleTooLong):
        table_from_rules([long_rule])


def test_conflicting_rules_are_refused():
    with pytest.raises(Exception, match="disagree"):
        table_from_rules([rule("a", ("intent", "greet"), ("action", "action_mi_turn")),
                          rule("b", ("intent", "greet"), ("action", "action_restart"))])
