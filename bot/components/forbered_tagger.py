"""Rasa NLU component wrapping the Forbered tagger, so every citizen message's parse data carries
its tags (talk type, DARN-CAT subtype, theme, sheet category, safety, evidence) under "forbered".
The actions read them from tracker.latest_message["forbered"]."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

KEY = "forbered"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ForberedTagger(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ForberedTagger":
        return cls(config)

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = config
        self._tagger: Optional[Any] = None

    @property
    def tagger(self) -> Any:
        if self._tagger is None:  # loaded on first use, not at import or training time
            from forbered.tagger import Tagger

            self._tagger = Tagger.load()
        return self._tagger

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        texts = [m.get("text") or "" for m in messages]
        # Tagged as the citizen's and as a relative's: only the conversation (in the action) knows who writes, and
        # the action reads the one that fits; tagging twice here costs a fraction of a millisecond, while a second
        # tagger in the action server would cost its memory and a load on first use.
        tagged = self.tagger.tag_many([(t, "citizen") for t in texts] + [(t, "relative") for t in texts])
        for m, u, r in zip(messages, tagged[:len(texts)], tagged[len(texts):]):
            data = _as_data(u)
            data[RELATIVE] = _as_data(r)
            m.set(KEY, data, add_to_output=True)
        return messages


RELATIVE = "as_relative"


def _as_data(u: Any) -> Dict[Text, Any]:
    data = u.to_dict()
    data["first_pos"] = u.first_pos
    data["scores"] = u.scores
    return data
