"""A rule policy for one-step rules ("intent X → action Y"), which is all this bot has.

Every citizen message goes to the one MI action (forbered.dialogue decides the reply inside it), so the
rules in data/rules*.yml are a table from intent to action. Rasa's RulePolicy featurises the whole
conversation before each prediction to match rules of any length: under 50 concurrent conversations
that was ~14% of the Rasa server's CPU and grew with every turn. This policy learns the same table from
the same rule data and predicts in constant time: after a user message, the action its intent's rule
names (Rasa's default intents /restart, /back and /session_start keep their default actions; an intent
without a rule gets the configured fallback action); after any action, listen. A rule with more than one
user step cannot be expressed in a table, so training stops with an error instead of dropping it.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction, SupportedData
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import (
    ACTION_BACK_NAME,
    ACTION_LISTEN_NAME,
    ACTION_RESTART_NAME,
    ACTION_SESSION_START_NAME,
    RULE_SNIPPET_ACTION_NAME,
    USER_INTENT_BACK,
    USER_INTENT_RESTART,
    USER_INTENT_SESSION_START,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException

TABLE_FILE = "intent_actions.json"
DEFAULT_RULES = {USER_INTENT_RESTART: ACTION_RESTART_NAME, USER_INTENT_BACK: ACTION_BACK_NAME,
                 USER_INTENT_SESSION_START: ACTION_SESSION_START_NAME}


class RuleTooLong(RasaException):
    pass


def table_from_rules(trackers: List[DialogueStateTracker]) -> Dict[Text, Text]:
    """intent → action from one-step rule trackers; conflicting or longer rules are errors."""
    table: Dict[Text, Text] = {}
    for tracker in trackers:
        if not tracker.is_rule_tracker:
            continue
        users = [e for e in tracker.events if isinstance(e, UserUttered)]
        if len(users) > 1:
            raise RuleTooLong(f"Rule '{tracker.sender_id}' has {len(users)} user steps; "
                              f"{IntentTablePolicy.__name__} handles one-step rules only (use RulePolicy).")
        intent: Optional[Text] = None
        for e in tracker.events:
            if isinstance(e, UserUttered):
                intent = e.intent_name
            elif isinstance(e, ActionExecuted) and intent and e.action_name not in (ACTION_LISTEN_NAME, RULE_SNIPPET_ACTION_NAME, None):
                if table.setdefault(intent, e.action_name) != e.action_name:
                    raise RasaException(f"Rules disagree on intent '{intent}': {table[intent]} and {e.action_name}.")
                intent = None
    return table


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class IntentTablePolicy(Policy):
    @staticmethod
    def supported_data() -> SupportedData:
        return SupportedData.RULE_DATA

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": 6, "core_fallback_action_name": "action_default_fallback"}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 execution_context: ExecutionContext, featurizer: Any = None,
                 table: Optional[Dict[Text, Text]] = None) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        self.table = table or {}

    def train(self, training_trackers: List[Any], domain: Domain, **kwargs: Any) -> Resource:
        self.table = table_from_rules(training_trackers)
        unknown = sorted(a for a in self.table.values() if a not in domain.action_names_or_texts)
        if unknown:
            raise RasaException(f"Rules name actions missing from the domain: {unknown}")
        with self._model_storage.write_to(self._resource) as directory:
            (directory / TABLE_FILE).write_text(json.dumps(self.table, sort_keys=True), encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "IntentTablePolicy":
        with model_storage.read_from(resource) as directory:
            table = json.loads((directory / TABLE_FILE).read_text(encoding="utf-8"))
        return cls(config, model_storage, resource, execution_context, table=table)

    def action_for(self, tracker: DialogueStateTracker) -> Text:
        if tracker.latest_action_name != ACTION_LISTEN_NAME or tracker.latest_message is None:
            return ACTION_LISTEN_NAME
        intent = (tracker.latest_message.intent or {}).get("name")
        if not intent:
            return ACTION_LISTEN_NAME  # no user message yet (a fresh session)
        return DEFAULT_RULES.get(intent) or self.table.get(intent) or self.config["core_fallback_action_name"]

    def predict_action_probabilities(self, tracker: DialogueStateTracker, domain: Domain,
                                     rule_only_data: Optional[Dict[Text, Any]] = None, **kwargs: Any) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(self.action_for(tracker))] = 1.0
        return self._prediction(probabilities)
