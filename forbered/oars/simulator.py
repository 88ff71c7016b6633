"""A simulated citizen for trainer mode: answers a trainee according to the MI quality of each turn.

The citizen is a persona (data/personas/*.json) with lines grouped by how a real citizen tends to
answer: reflections and affirmations draw change talk, open questions draw elaboration, closed
questions draw short answers, and unasked advice or confrontation draw sustain talk and, when it goes
on, withdrawal. An engagement level carries the effect across turns, so a session of good MI gives
more change talk as it goes, and one confrontation is not undone by the next open question.
Replies are deterministic for a given seed and never repeat a line while unused ones remain.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from .. import paths

# How each code moves the citizen's engagement (−3 … +3).
ENGAGEMENT_DELTA = {
    "complex_reflection": 2, "summary": 2, "simple_reflection": 1, "affirmation": 1,
    "emphasize_autonomy": 1, "open_question": 1, "closed_question": 0, "giving_information": 0,
    "other": 0, "advice_without_permission": -2, "confront": -3,
}
CATEGORIES = ("change", "neutral", "short", "sustain", "withdrawal")
# If a category has run out, the nearest one in spirit answers instead.
FALLBACK = {
    "change": ("neutral", "short"), "neutral": ("change", "short"), "short": ("neutral", "withdrawal"),
    "sustain": ("withdrawal", "short"), "withdrawal": ("sustain", "short"),
}
LIMIT = 3


def personas_dir() -> Path:
    return paths.data_dir() / "personas"


def load_personas(directory: Path | None = None) -> dict[str, dict[str, Any]]:
    """All personas by id, read from JSON (called by the session or a UI, never on import)."""
    out = {}
    for f in sorted((directory or personas_dir()).glob("*.json")):
        p = json.loads(f.read_text(encoding="utf-8"))
        out[p["id"]] = p
    return out


class SimulatedCitizen:
    """One citizen for one practice session."""

    def __init__(self, persona: dict[str, Any], seed: int = 0) -> None:
        missing = [c for c in CATEGORIES if not persona.get("lines", {}).get(c)]
        if missing or not persona.get("opening"):
            raise ValueError(f"persona {persona.get('id')!r} lacks lines: {missing or ['opening']}")
        self.persona = persona
        self.rng = random.Random(seed)
        self.engagement = 0
        self.used: set[str] = set()
        self.history: list[tuple[str, str, str]] = []  # (code, category, line)

    def opening(self) -> str:
        line = self.rng.choice(self.persona["opening"])
        self.used.add(line)
        return line

    def category_for(self, code: str) -> str:
        """The kind of answer this code draws, given the engagement built up so far."""
        e = self.engagement
        if code in ("advice_without_permission", "confront"):
            return "withdrawal" if e <= -LIMIT + 1 else "sustain"
        if e <= -2:
            return "withdrawal" if code == "closed_question" else "short"
        if code == "closed_question":
            return "short"
        if code in ("complex_reflection", "summary", "affirmation", "simple_reflection", "emphasize_autonomy"):
            return "change" if e >= 0 else "neutral"
        if code == "open_question":
            return "change" if e >= 2 else "neutral"
        return "neutral" if e >= 0 else "short"

    def reply(self, trainee_text: str, code: str) -> str:
        """The citizen's next line after a trainee utterance coded `code`."""
        if code not in ENGAGEMENT_DELTA:
            raise ValueError(f"unknown code: {code}")
        self.engagement = max(-LIMIT, min(LIMIT, self.engagement + ENGAGEMENT_DELTA[code]))
        category = self.category_for(code)
        line, used_category = self._pick(category)
        self.history.append((code, used_category, line))
        return line

    def _pick(self, category: str) -> tuple[str, str]:
        lines = self.persona["lines"]
        for cat in (category, *FALLBACK[category]):
            fresh = [ln for ln in lines[cat] if ln not in self.used]
            if fresh:
                line = self.rng.choice(fresh)
                self.used.add(line)
                return line, cat
        # Every line of every fitting category has been said: repeating is better than silence.
        return self.rng.choice(lines[category]), category
