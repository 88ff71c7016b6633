"""Loading the Danish spaCy pipeline, once per process.

The pipeline name is a setting (`FORBERED_SPACY_MODEL`). Without it we prefer the official
`da_core_news_sm` when installed and fall back to `da_plan_sm` (the small pipeline shipped beside this
project). The parser and NER are switched off: the tagger needs lemmas and POS only, and the parser of
the small pipeline is too often wrong to base negation scope on (LAS ~64%).
"""

from __future__ import annotations

import importlib.util
import logging
import os
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

PREFERRED = ("da_core_news_sm", "da_plan_sm")
DISABLED = ("parser", "ner", "senter")


def pipeline_name() -> str:
    """The configured pipeline, or the best one installed; "blank" when none is."""
    configured = os.environ.get("FORBERED_SPACY_MODEL", "").strip()
    if configured:
        return configured
    for name in PREFERRED:
        if importlib.util.find_spec(name) is not None:
            return name
    return "blank"


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Any:
    """Load the pipeline once. Returns a spaCy Language with parser and NER disabled."""
    import spacy

    name = name or pipeline_name()
    if name == "blank":
        log.warning("No Danish spaCy pipeline installed; using a blank tokenizer (no lemmas).")
        return spacy.blank("da")
    nlp = spacy.load(name, exclude=[p for p in DISABLED])
    log.info("Loaded spaCy pipeline %s %s", name, nlp.meta.get("version", ""))
    return nlp
