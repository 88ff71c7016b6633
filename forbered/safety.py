"""Crisis detection that does not need the trained model: the rule layer the tagger also uses.

The tagger combines these rules with a classifier; this function is what any part of the system can
call cheaply (the plan service, the tests) to decide whether a text must get the safety answer.
"""

from __future__ import annotations

from .tagger import rules
from .tagger.normalize import clean, normalised_words


def is_crisis(text: str) -> bool:
    return rules.safety_hit(" ".join(normalised_words(clean(text)))) is not None
