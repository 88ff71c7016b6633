"""The preparation sheet (forberedelsesark), `forbered.preparation-sheet/v1`.

Built from the conversation state the dialogue keeps; validated against the JSON Schema kept beside
this module, which is the contract with the plan service and with any other producer of sheets.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from typing import Any

from .privacy import mask_pii

SCHEMA_ID = "forbered.preparation-sheet/v1"
VALID_THEMES = ("praktiske_opgaver", "egenomsorg", "kommunikation", "mobilitet", "samfundsliv",
                "beskaeftigelse", "relationer", "sundhed", "none")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("forbered").joinpath("schema/preparation-sheet-v1.json").read_text("utf-8"))


def validation_errors(sheet: dict[str, Any]) -> list[str]:
    """Human-readable errors ("hopes.0.quote: 'quote' is a required property"); empty when valid."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    out = []
    for err in sorted(validator.iter_errors(sheet), key=lambda e: list(e.absolute_path)):
        path = ".".join(str(p) for p in err.absolute_path) or "(root)"
        out.append(f"{path}: {err.message}")
    return out


def sheet_id_for(conversation_id: str) -> str:
    """One sheet per conversation; versions are kept by the plan service."""
    return "sheet-" + hashlib.sha256(conversation_id.encode()).hexdigest()[:24]


def _m(text: str) -> str:
    return mask_pii(text or "")[:4000]


def _item(i: dict[str, Any]) -> dict[str, Any]:
    return {"text": _m(i.get("text") or i["quote"]), "quote": _m(i["quote"]), "theme": i.get("theme") or "none",
            "turn": int(i.get("turn", 0))}


def _talk(i: dict[str, Any]) -> dict[str, Any]:
    return {"text": _m(i.get("text") or i["quote"]), "quote": _m(i["quote"]), "subtype": i["subtype"],
            "theme": i.get("theme") or "none", "turn": int(i.get("turn", 0)),
            "confidence": round(float(i.get("confidence", 0.0)), 3)}


# Not a wish to word as a goal: a consequence or a reason ("Så ville jeg have noget at se frem til"), a sentence that
# points back ("Det er mit største ønske", "Det er langt nu"), a question, or an emoji
_NOT_A_GOAL = re.compile(r"^(?:så|og så|det|der|den|it|that|then|so|there)\b", re.IGNORECASE)
_WISH = re.compile(r"\b(?:vil|ville|gerne|drømmer|håber|ønsker|tænke|lyst|want|wants|would like|hope|hopes|dream|dreams|wish|love to)\b",
                   re.IGNORECASE)


def _goal_worthy(i: dict[str, Any]) -> bool:
    text = (i.get("text") or i.get("quote") or "").strip()
    return (bool(re.search(r"[^\W\d_]{2,}", text)) and not _NOT_A_GOAL.match(text) and not text.endswith("?")
            and i.get("subtype") != "reasons" and i.get("step") != "hopes2" and i.get("talk_type") != "sustain"
            and (i.get("talk_type") == "change" or bool(_WISH.search(text))))


def goal_suggestions(hopes: list[dict[str, Any]], language: str = "da") -> list[dict[str, Any]]:
    """Up to three first-person goal wordings drawn from the hopes, clearly suggestions for the meeting."""
    out = []
    for h in hopes[:3]:
        text = h["text"].rstrip(".")
        low = text if re.match(r"^I\b", text) else text[:1].lower() + text[1:]  # English "I" stays a capital
        if language == "da":
            if low.startswith("jeg vil gerne "):
                wording = "Jeg vil " + low[len("jeg vil gerne "):] + "."
            elif low.startswith(("jeg drømmer om, at ", "jeg drømmer om at jeg ", "jeg drømmer om at æ ")):
                rest = low.split(" at ", 1)[1]  # "… om, at jeg kan gå ned til købmanden": a wish for a state
                wording = "Jeg vil arbejde hen imod, at " + rest + "."
            elif low.startswith("jeg drømmer om at "):
                wording = "Jeg vil " + low[len("jeg drømmer om at "):] + "."
            else:
                wording = "Jeg vil arbejde hen imod: " + low + "."
        elif re.match(r"^I (?:want to|would like to|'d like to) ", low):
            wording = "I will " + low.split(" to ", 1)[1] + "."
        else:
            wording = "I will work towards: " + low + "."
        out.append({"text": _m(wording), "quote": h["quote"], "theme": h.get("theme") or "none"})
    return out


def build_sheet(state: dict[str, Any], conversation_id: str, *, created_at: datetime | None = None) -> dict[str, Any]:
    """The sheet for a conversation state (see `forbered.dialogue.engine`)."""
    # a point the citizen took back in the summary ("nej, jeg er ikke god til at lave mad") leaves the lists;
    # the correction itself is on the sheet in the citizen's words
    items = [i for i in state.get("items", []) if i.get("quote") and not i.get("withdrawn")]
    by_cat = {c: [i for i in items if i.get("category") == c and not i.get("safety")]
              for c in ("hope", "resource", "parking", "employment", "goal_progress")}
    hopes = [_item(i) for i in by_cat["hope"]]
    employment = [_item(i) for i in by_cat["employment"]]
    scores = state.get("scores", [])
    goal_progress = []
    for n, g in enumerate(by_cat["goal_progress"]):
        score = scores[n]["score"] if n < len(scores) else None
        entry = {"goal": _m(g.get("goal") or g.get("text") or g["quote"]), "self_score": score, "quote": _m(g["quote"]),
                 "turn": int(g.get("turn", 0))}
        if g.get("status"):  # "Det går fint." said with the goal: its status, not a goal of its own
            entry["text"] = _m(g.get("text") or g["quote"])
        goal_progress.append(entry)
    if not goal_progress and scores:
        goal_progress.append({"goal": "Mine nuværende mål" if state.get("language", "da") == "da" else "My current goals",
                              "self_score": scores[0]["score"], "quote": str(scores[0]["score"]), "turn": scores[0]["turn"]})
    change, sustain = [], []
    for i in items:
        if i.get("talk_type") in ("change", "sustain") and i.get("subtype"):
            (change if i["talk_type"] == "change" else sustain).append(_talk(i))
    themes = []
    for i in items:
        t = i.get("theme")
        if t and t != "none" and t in VALID_THEMES and t not in themes and i.get("category"):
            themes.append(t)
    prefs = state.get("preferences", {})
    sheet = {
        "schema": SCHEMA_ID,
        "sheet_id": sheet_id_for(conversation_id),
        "conversation_id": conversation_id,
        "created_at": (created_at or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "language": state.get("language", "da"),
        "written_by": state.get("written_by", "citizen"),
        "hopes": hopes,
        "resources": [_item(i) for i in by_cat["resource"]],
        "parking": [_item(i) for i in by_cat["parking"]],
        "employment": employment,
        "themes": themes,
        "goal_progress": goal_progress,
        "change_talk": change,
        "sustain_talk": sustain,
        "preferences": {"relatives_attend": prefs.get("relatives_attend"), "plan_version": prefs.get("plan_version")},
        "goal_suggestions": goal_suggestions([_item(i) for i in by_cat["hope"] + by_cat["employment"] if _goal_worthy(i)],
                                             state.get("language", "da")),
        "summary": _m(state.get("summary", ""))[:8000],
        "corrections": [_m(c.get("text", "")) for c in state.get("corrections", [])][:50],
        "citizen_confirmed": bool(state.get("confirmed")),
        "stopped_early": bool(state.get("stopped_early")),
        "safety": {"flagged": bool(state.get("safety_turns")), "turns": list(state.get("safety_turns", []))},
    }
    return sheet


def draft_from_tracker(tracker: dict[str, Any]) -> dict[str, Any] | None:
    """A not-yet-confirmed sheet from a Rasa tracker's JSON (slot `mi_state`), for the plan service's
    draft view and for replays that end before the citizen confirms."""
    state = (tracker.get("slots") or {}).get("mi_state")
    conversation_id = tracker.get("sender_id") or ""
    if not state or not conversation_id or not state.get("consent"):
        return None
    return build_sheet(state, conversation_id)
