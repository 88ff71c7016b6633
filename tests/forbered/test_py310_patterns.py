"""The core runs on Python 3.10 too (inside the Rasa environment, as the bot's NLU component and actions): no pattern
may use syntax that only Python 3.11 knows - possessive quantifiers (`?+`, `*+`, `++`, `{m,n}+`) and atomic groups
(`(?>…)`) compile on 3.11 but raise "multiple repeat" on 3.10, which stops every citizen message in the bot."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import forbered

_SRC = Path(forbered.__file__).parent


def _raw_strings(path: Path):
    for tok in tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline):
        if tok.type == tokenize.STRING and tok.string[:1] in "rR" or tok.string[:2].lower() in ("rb", "br", "rf", "fr"):
            yield tok.start[0], tok.string


def _only_311(pattern: str) -> bool:
    """True when the pattern text has a possessive quantifier or an atomic group outside a character class."""
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":  # a ']' right after '[' is a literal
                i += 1
        elif ((ch == "(" and pattern[i + 1:i + 3] == "?>")  # an atomic group
              or (ch in "?*+}" and pattern[i + 1:i + 2] == "+" and not (ch == "?" and pattern[i - 1:i] == "("))):
            return True
        i += 1
    return False


def test_the_checker_finds_what_python_3_10_refuses() -> None:
    assert _only_311(r"a(?: op)?+\b") and _only_311(r"x*+y") and _only_311(r"(?>ab)") and _only_311(r"a{1,3}+")
    assert not _only_311(r"\?+$") and not _only_311(r"[?+]+") and not _only_311(r"\++") and not _only_311(r"a+b?")


def test_no_pattern_in_the_core_needs_python_3_11() -> None:
    found = [f"{p.relative_to(_SRC)}:{line}" for p in sorted(_SRC.rglob("*.py")) for line, s in _raw_strings(p)
             if _only_311(s)]
    assert not found, found
