"""Masking of personal data (CPR numbers, phone numbers, e-mail addresses).

Citizen text is art. 9 personal data. What the sheet, the review pages and the logs show is masked;
the bot never echoes these back. Masking keeps the shape readable ("[CPR]") so a contact person sees
that something was there without seeing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# CPR: DDMMYY-XXXX, with or without the dash/space. Day 01-31, month 01-12 keeps false hits low.
_CPR = re.compile(r"(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[ -]?\d{4}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Danish phone numbers: 8 digits, optionally grouped 2-2-2-2 or 4-4, optionally with +45 / 0045.
_PHONE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)45[ -]?)?(?:\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2})(?![\d])"
)
# Numbers that are safe to show: crisis lines and emergency numbers we give out ourselves.
_ALLOWED_NUMBERS = {"70201201", "112", "1813", "114"}

PLACEHOLDERS = {"cpr": "[CPR-nummer]", "phone": "[telefonnummer]", "email": "[e-mail]"}
_MASKED_KIND = {v.lower(): k for k, v in PLACEHOLDERS.items()}
_MASKED = re.compile("|".join(re.escape(v) for v in PLACEHOLDERS.values()), re.IGNORECASE)


@dataclass(frozen=True)
class PiiFinding:
    kind: str
    start: int
    end: int


def find_pii(text: str) -> list[PiiFinding]:
    """Return the spans of CPR numbers, e-mails and phone numbers, in text order, not overlapping."""
    found: list[PiiFinding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, match: re.Match[str]) -> None:
        s, e = match.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        if kind == "phone" and re.sub(r"\D", "", match.group())[-8:] in _ALLOWED_NUMBERS:
            return
        taken.append((s, e))
        found.append(PiiFinding(kind, s, e))

    for m in _MASKED.finditer(text):  # already masked upstream (the API masks before the bot hears it)
        add(_MASKED_KIND[m.group(0).lower()], m)
    for m in _EMAIL.finditer(text):
        add("email", m)
    for m in _CPR.finditer(text):
        add("cpr", m)
    for m in _PHONE.finditer(text):
        add("phone", m)
    return sorted(found, key=lambda f: f.start)


def mask_pii(text: str) -> str:
    """Replace personal identifiers with readable placeholders."""
    if not text:
        return text
    out: list[str] = []
    pos = 0
    for f in find_pii(text):
        out.append(text[pos : f.start])
        out.append(PLACEHOLDERS[f.kind])
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def has_pii(text: str) -> bool:
    return bool(find_pii(text))
