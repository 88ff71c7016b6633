"""What changed between two versions of a sheet: list items added and removed, per field.

Deliberately simple: an item is identified by what a reader sees (its text, and for goal progress also
the citizen's score), so a reworded item shows as one removed and one added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from api import texts


@dataclass
class FieldDiff:
    field: str
    label: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _label(field_name: str, item: Any) -> str:
    if isinstance(item, str):
        return texts.THEMES.get(item, item) if field_name == "themes" else item
    if not isinstance(item, dict):
        return str(item)
    if field_name == "goal_progress":
        score = item.get("self_score")
        shown = "ikke angivet" if score is None else f"{score} af 4"
        return f"{item.get('goal', '')} (egen score: {shown})"
    return str(item.get("text") or item.get("quote") or "")


def diff_sheets(old: dict[str, Any] | None, new: dict[str, Any]) -> list[FieldDiff]:
    """Fields whose lists differ, in the order of the sheet; empty when nothing changed."""
    changes: list[FieldDiff] = []
    for name, label in texts.SHEET_FIELDS.items():
        before = [_label(name, i) for i in ((old or {}).get(name) or [])]
        after = [_label(name, i) for i in (new.get(name) or [])]
        diff = FieldDiff(
            field=name,
            label=label,
            added=[x for x in after if x not in before],
            removed=[x for x in before if x not in after],
        )
        if diff.added or diff.removed:
            changes.append(diff)
    return changes
