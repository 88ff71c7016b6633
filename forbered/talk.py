"""The vocabulary of talk: talk types, DARN-CAT subtypes, life themes and sheet categories."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

TALK_TYPES = ("change", "sustain", "neutral")
SUBTYPES = ("desire", "ability", "reasons", "need", "commitment", "activation", "taking_steps")
THEMES = (
    "praktiske_opgaver",
    "egenomsorg",
    "kommunikation",
    "mobilitet",
    "samfundsliv",
    "beskaeftigelse",
    "relationer",
    "sundhed",
    "none",
)
SHEET_CATEGORIES = ("hope", "resource", "parking", "goal_progress")
SPEAKERS = ("citizen", "relative")

# Danish names of the themes, as the plan and the review pages show them.
THEME_LABELS_DA = {
    "praktiske_opgaver": "Praktiske opgaver",
    "egenomsorg": "Egenomsorg",
    "kommunikation": "Kommunikation",
    "mobilitet": "Mobilitet",
    "samfundsliv": "Samfundsliv",
    "beskaeftigelse": "Beskæftigelse og uddannelse",
    "relationer": "Relationer",
    "sundhed": "Sundhed",
    "none": "Andet",
}


def talk_label(talk_type: str, subtype: str | None) -> str:
    """Joint label used by the classifier: 'neutral' or '<type>:<subtype>'."""
    return "neutral" if talk_type == "neutral" or not subtype else f"{talk_type}:{subtype}"


def split_talk_label(label: str) -> tuple[str, str | None]:
    if label == "neutral":
        return "neutral", None
    talk_type, subtype = label.split(":", 1)
    return talk_type, subtype


@dataclass
class Clause:
    text: str
    start: int
    end: int
    talk_type: str
    subtype: str | None
    theme: str
    sheet: str | None
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TaggedUtterance:
    """One utterance as a trained MI coder would tag it, plus where it belongs on the sheet."""

    text: str
    speaker: str
    talk_type: str
    subtype: str | None
    theme: str
    sheet: str | None
    safety: bool
    confidence: float
    evidence: str
    clauses: list[Clause] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    first_pos: str = ""  # POS of the first word, to word bare answers ("tegne" vs "computere")

    def to_dict(self, *, with_clauses: bool = True) -> dict[str, Any]:
        out = {
            "talk_type": self.talk_type,
            "subtype": self.subtype,
            "theme": self.theme,
            "sheet": self.sheet,
            "safety": self.safety,
            "confidence": round(float(self.confidence), 4),
            "evidence": self.evidence,
            "speaker": self.speaker,
        }
        if with_clauses:
            out["clauses"] = [c.to_dict() for c in self.clauses]
        return out


def tagged_from_dict(text: str, data: dict[str, Any]) -> TaggedUtterance:
    """Rebuild a TaggedUtterance from its dict form (e.g. Rasa parse data)."""
    return TaggedUtterance(
        text=text,
        speaker=data.get("speaker") or "citizen",
        talk_type=data.get("talk_type") or "neutral",
        subtype=data.get("subtype"),
        theme=data.get("theme") or "none",
        sheet=data.get("sheet"),
        safety=bool(data.get("safety")),
        confidence=float(data.get("confidence") or 0.0),
        evidence=data.get("evidence") or "",
        clauses=[Clause(**c) for c in data.get("clauses") or []],
        scores=dict(data.get("scores") or {}),
        first_pos=data.get("first_pos") or "",
    )
