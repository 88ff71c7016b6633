"""The bot's MI moves: how an answer becomes a sheet item, a reflection, an affirmation, a summary.

Every reflection is built from the citizen's own words (see `forbered.reflect`); the fixed sentences
only add the meaning or feeling on top ("Det fylder meget for dig."), and they come in variants.
"""

from __future__ import annotations

import random
import re
from typing import Any

from .. import reflect
from ..privacy import mask_pii
from ..texts import say

# Common nouns ending in -e that a bare-answer heuristic would take for infinitives.
_NOUNS_IN_E = {"computere", "heste", "hunde", "katte", "venner", "bøger", "billeder", "kage", "kager", "pige", "drenge",
               "spil", "male", "tøjet", "kæreste", "familie", "skole", "musikke"}
_SHORT_VERBS = {"gå", "stå", "se", "få", "bo", "ro", "le", "gro", "nå", "tro", "sy", "flyve", "fiske", "strikke", "cykle"}
_DETS = {"en", "et", "min", "mit", "mine", "din", "dit", "dine", "nogle", "flere", "mere", "mange", "hans", "hendes",
         "vores", "den", "det", "de", "a", "an", "my", "the"}

_GOOD_AT = re.compile(r"\b(?:er|is|am)\s+(?:rigtig |ret |meget |super |really |very )?(?:god|dygtig|good)\s+(?:til|at)\s+(.+)", re.I)


def is_verb_phrase(phrase: str, first_pos: str = "") -> bool:
    words = phrase.lower().split()
    if not words:
        return False
    if words[0] == "at":
        return True
    if first_pos:
        return first_pos in {"VERB", "AUX"}
    w = words[0]
    if w in _DETS or w in _NOUNS_IN_E:
        return False
    return w in _SHORT_VERBS or (w.endswith("e") and len(w) > 3)


def _strip_at(phrase: str) -> str:
    return phrase[3:] if phrase.lower().startswith("at ") else phrase


def has_subject(clause: str) -> bool:
    return reflect.is_sentence(clause)


def render_item(quote: str, category: str, step: str, speaker: str, first_pos: str, language: str) -> dict[str, str]:
    """The sheet's first-person wording (`text`) and the bot's second-person echo (`you`)."""
    clean = reflect.tidy(mask_pii(quote))
    clause = reflect.first_clause(clean, max_words=30)
    en = language == "en"
    if not clause:
        return {"text": "", "you": ""}
    if speaker == "relative" or has_subject(clause):
        you = reflect.shift_pronouns(clause, speaker)
        if en:
            you = re.sub(r"\bI am\b|\bI'm\b", "you are", clause)
            you = re.sub(r"\bI\b", "you", you)
            you = re.sub(r"\bmy\b", "your", you, flags=re.I)
            you = re.sub(r"\bme\b", "you", you)
        return {"text": reflect.sentence(clean), "you": reflect.sentence(you)}
    phrase = clause[:1].lower() + clause[1:]
    verb = is_verb_phrase(phrase, first_pos)
    you_phrase = reflect.shift_pronouns(phrase)
    if en:
        frames = {
            "resource": ("I am good at {p}", "you are good at {p}"), "joy": ("{P} gives me joy", "{p} gives you joy"),
            "hope": ("I hope for {p}", "you hope for {p}"), "employment": ("I would like {p}", "you would like {p}"),
            "parking": ("{P}", "{p} takes up a lot of your mind"), "goal_progress": ("{P}", "{p}"),
        }
        key = "joy" if step == "resources2" and category == "resource" else category
        first, second = frames.get(key, ("{P}", "{p}"))
        return {"text": reflect.sentence(first.format(p=phrase, P=reflect.capitalise(phrase))),
                "you": reflect.sentence(second.format(p=phrase, P=reflect.capitalise(phrase)))}
    at = "at " if verb else ""
    p1, p2 = _strip_at(phrase), _strip_at(you_phrase)
    if category == "resource" and step == "resources2":
        if verb:
            return {"text": f"Det giver mig glæde at {p1}.", "you": f"Det giver dig glæde at {p2}."}
        return {"text": f"{reflect.capitalise(p1)} giver mig glæde.", "you": f"{reflect.capitalise(p2)} giver dig glæde."}
    if category == "resource":
        return {"text": f"Jeg er god til {at}{p1}.", "you": f"Du er god til {at}{p2}."}
    if category == "hope":
        return {"text": f"Jeg drømmer om {at}{p1}.", "you": f"Du drømmer om {at}{p2}."}
    if category == "employment":
        if verb:
            return {"text": f"Jeg vil gerne {p1}.", "you": f"Du vil gerne {p2}."}
        return {"text": f"Jeg ønsker mig {p1}.", "you": f"Du ønsker dig {p2}."}
    if category == "parking":
        return {"text": reflect.sentence(clause), "you": f"{reflect.capitalise(p2)}. Det fylder meget for dig."}
    return {"text": reflect.sentence(clause), "you": reflect.sentence(you_phrase)}


def resource_phrase(item: dict[str, Any]) -> str | None:
    """'Jeg er god til at tegne' -> 'at tegne', for a collecting summary."""
    m = _GOOD_AT.search(item.get("text", ""))
    return m.group(1).rstrip(".") if m else None


_MODAL_START = re.compile(r"^(?:jeg|du|hun|han|vi) (?:vil|kunne|skal|må|gider|ville|kan|bliver nødt)\b", re.I)
_THIRD = re.compile(r"^(?:\w+ ){0,2}?(hun|han)\b", re.I)
_TO_THIRD = {"hun": {"dig": "hende", "du": "hun", "din": "hendes", "dit": "hendes", "dine": "hendes"},
             "han": {"dig": "ham", "du": "han", "din": "hans", "dit": "hans", "dine": "hans"}}


def _about(addition: str, you: str) -> str:
    """Keep the added sentence in the same person as the reflection ("Hun … Det er vigtigt for hende.")."""
    m = _THIRD.match(you)
    if not m or re.match(r"^(?:du|jeg)\b", you, re.I):
        return addition
    table = _TO_THIRD[m.group(1).lower()]
    return re.sub(r"\b(dig|du|din|dit|dine)\b", lambda w: table[w.group(1).lower()] if w.group(1).islower()
                  else table[w.group(1).lower()].capitalize(), addition)


def reflection(item: dict[str, Any], language: str, rng: random.Random, ambivalence: tuple[str, str] | None) -> tuple[str, str]:
    """One reflection (and the name of the technique) for a fresh item, chosen by what the citizen said
    and where it belongs: strengths are affirmed, worries acknowledged, wishes given their meaning."""
    tt, st, cat = item.get("talk_type"), item.get("subtype"), item.get("category")
    you = item.get("you") or ""
    speaker = item.get("speaker", "citizen")

    def plus(key: str, technique: str) -> tuple[str, str]:
        add = _about(say(key, language, rng=rng), you)
        return (f"{you} {add}".strip() if you else add), technique

    if ambivalence and language == "da":
        ds = reflect.double_sided(*ambivalence, speaker)
        if ds:
            return ds, "complex_reflection"
    if cat == "resource" and item.get("step") == "resources2":
        return plus("reflect_joy_meaning", "complex_reflection")
    if cat == "resource":
        return plus("affirm_resource", "affirmation")
    if cat == "parking":
        if "fylder" in you or "mind" in you:
            return you, "complex_reflection"
        return plus("reflect_parking", "complex_reflection")
    if cat == "goal_progress":
        if tt == "change" and st == "taking_steps":
            return plus("affirm_steps", "affirmation")
        return plus("reflect_goal_hard" if tt == "sustain" else "reflect_goal_good", "complex_reflection")
    if tt == "sustain":
        return plus("reflect_sustain", "complex_reflection")
    if tt == "change" and st == "taking_steps":
        return plus("affirm_steps", "affirmation")
    if tt == "change" and st == "reasons":
        return plus("reflect_reasons", "complex_reflection")
    if tt == "change" and (st in {"desire", "need", "commitment", "activation", "ability"} or cat in ("hope", "employment")):
        quote = item.get("quote", "")
        sub = reflect.as_subordinate(quote, speaker) if _MODAL_START.match(reflect.tidy(quote)) else None
        if sub and language == "da" and speaker == "citizen" and rng.random() < 0.5:
            return say("reflect_desire_at", language, rng=rng, clause=sub), "complex_reflection"
        return plus("reflect_desire", "complex_reflection")
    if cat in ("hope", "employment"):
        return plus("reflect_desire", "complex_reflection")
    return you, "simple_reflection"


def summary_lines(state: dict[str, Any]) -> list[str]:
    """The collecting summary: the citizen's own points, in the second person, one per line."""
    lang = state.get("language", "da")
    items = [i for i in state.get("items", []) if i.get("category") and not i.get("safety") and i.get("you")]
    lines: list[str] = []
    # strengths first, worries in the middle, and the citizen's own hopes last (MI: end on change)
    order = (("resource", 3), ("goal_progress", 2), ("parking", 2), ("employment", 2), ("hope", 3))
    for cat, most in order:
        for it in [i for i in items if i["category"] == cat][:most]:
            lines.append(it["you"])
    prefs = state.get("preferences", {})
    if prefs.get("relatives_attend") is True:
        lines.append(say("summary_relatives_yes", lang))
    elif prefs.get("relatives_attend") is False:
        lines.append(say("summary_relatives_no", lang))
    if prefs.get("plan_version"):
        lines.append(say("summary_plan", lang, plan=say(f"plan_{prefs['plan_version']}", lang)))
    for c in state.get("corrections", []):
        if c.get("you"):
            lines.append(c["you"])
    return lines
