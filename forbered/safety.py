"""Crisis detection that does not need the trained model: the rule layer the tagger also uses.

The tagger combines these rules with a classifier; this function is what any part of the system can
call cheaply (the plan service, the tests) to decide whether a text must get the safety answer.
"""

from __future__ import annotations

from .tagger import rules
from .tagger.normalize import clean, normalised_words
from .tagger.safety_rules import emoji_hit


def is_crisis(text: str) -> bool:
    text = clean(text)
    return rules.safety_hit(" ".join(normalised_words(text))) is not None or emoji_hit(text) is not None
