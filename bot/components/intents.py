"""Rasa intent classifier from the dialogue's own answer rules (forbered.dialogue.intents).

The intents are coarse labels kept in the tracker; every one leads to the MI action, and the dialogue
reads the tagger and its own rules, not the intent. A trained classifier (word counts + logistic
regression) cost ~17% of the Rasa server's CPU per message under load for labels nobody acts on; these
rules give the same labels in microseconds and agree with what the dialogue itself understands
(`tests/bot/test_intents.py` checks them against every example in data/nlu.yml).
Button payloads ("/yes") never reach this: Rasa's RegexMessageHandler sets their intent.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from forbered.dialogue import intents as it

_START = re.compile(r"^(?:start\w*|begynd\w*|lad os (?:starte|begynde)|kom i gang|let'?s (?:start|begin))\b")
_DENY = re.compile(r"^(?:det vil jeg ikke|det vil jeg helst ikke|helst ikke|ikke rigtig)$")
_NEXT = re.compile(r"^(?:næste|videre)(?: spørgsmål)?$")
# Words that only a score answer uses ("okay", "fint" are scores too, but far more often a plain yes).
_SCORE = re.compile(r"(?:\b[0-4]\b|\b(?:nul|to|tre|fire|middel|nogenlunde|så som så|halvt|zero|one|two|three|four)\b)")
SHORT = 5  # words; a longer message is content ("det går fint med at tage bussen"), whatever its first word


def intent_of(text: str) -> str:
    """The coarse intent of a citizen message, by the dialogue's rules, checked most specific first."""
    n = it.norm(text)
    if not n:
        return "inform"
    if _START.match(n):
        return "start"
    short = len(n.split()) <= SHORT
    if it.is_stop(text) or it.is_pause(text):
        return "stop"
    if it.is_skip(text) or _NEXT.match(n):
        return "skip"
    if _DENY.match(n):
        return "deny"
    if it.is_dont_know(text):
        return "dont_know"
    if not short:
        return "inform"
    version = it.parse_plan_version(text)
    if version in ("colourful", "neutral") and len(n.split()) <= 4:
        return version
    if _SCORE.search(n) and it.parse_score(text) is not None and len(n.split()) <= 4:
        return "score"
    if it.is_thanks(text):
        return "thanks"
    if it.is_greeting(text):
        return "greet"
    if it.is_no(text) and not it.is_yes(text):
        return "deny"
    if it.is_yes(text):
        return "affirm"
    return "inform"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ForberedIntents(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ForberedIntents":
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for m in messages:
            name = intent_of(m.get("text") or "")
            m.set("intent", {"name": name, "confidence": 1.0}, add_to_output=True)
            m.set("intent_ranking", [{"name": name, "confidence": 1.0}], add_to_output=True)
        return messages
