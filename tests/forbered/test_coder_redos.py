"""Cue patterns that cannot backtrack exponentially, checked by their results.

`forbered code` has no length limit, so a regular expression in which one stretch of text can be read in many ways
(an alternative listed twice, or one alternative that is two others in a row, inside a repeated group; a comma list
whose spaces can go to either of two parts) hangs on long input. These tests check what the patterns match on
adversarial inputs of a size that stays fast either way, plus ordinary lines; they do not measure time.
"""

from __future__ import annotations

import re

import pytest

from forbered.oars import rules
from forbered.oars.features import _COLON_LIST, analyse, featurize


def fams(text: str, context: str = "") -> dict[str, str]:
    return {fam: m.group(0) for fam, m in analyse(text, context).hits.items()}


def colon_list(text: str) -> bool:
    return "colon_list" in featurize(analyse(text))


# -- blame with a modal and a run of fillers ---------------------------------------------------------------------------


def test_filler_run_before_have_is_confront() -> None:
    text = "Hun skulle" + " bare" * 8 + " have sagt det til lægen."
    found = fams(text)
    assert "confront" in found
    assert found["confront"].endswith("have sagt")


def test_filler_run_without_have_is_no_blame() -> None:
    found = fams("Hun skulle" + " bare" * 8 + " gå en tur.")
    assert "confront" not in found


def test_mixed_fillers_still_blame() -> None:
    assert "confront" in fams("Du skulle jo altså bare også godt have ringet til dem.")
    assert "confront" in fams("Han burde nu så have tænkt sig om.")


def test_contradiction_with_filler_run() -> None:
    text = "Det tror jeg" + " nu altså" * 4 + " godt, du kan."
    assert "confront" in fams(text)
    assert "confront" in fams("Det ved jeg nu altså godt, at du kan.")
    assert "confront" not in fams("Det tror jeg" + " nu altså" * 4 + " ikke.")


# -- inline list after a colon -----------------------------------------------------------------------------------------

ITEMS = ["gå ture", "cykle", "læse bøger", "spille kort", "bage boller", "se fodbold"]


def test_colon_list_without_og_is_no_list() -> None:
    assert not colon_list("Du fortæller, at du kan lide: " + ", ".join(ITEMS) + ".")
    assert not _COLON_LIST.search("Mine ting:" + ",  ".join(ITEMS) + "!")


def test_colon_list_with_og_is_a_list() -> None:
    assert colon_list("Du fortæller, at du kan lide: " + ", ".join(ITEMS[:-1]) + " og " + ITEMS[-1] + ".")
    assert colon_list("Du nævner tre ting: din lejlighed, dine penge og din bror.")


@pytest.mark.parametrize("text", [
    "Du nævner to ting: din lejlighed og din bror.",  # no comma: not a list of three
    "Du har det svært, og du er træt.",  # no colon
    "Der er to ting: din lejlighed, dine penge. Og din bror.",  # "og" after the sentence ends
    "Tre ting:, , og x",  # only separators after the colon
])
def test_colon_list_negatives(text: str) -> None:
    assert not _COLON_LIST.search(text)


# -- no ambiguous repeated group in any cue pattern --------------------------------------------------------------------


def _concat(s: str, others: list[str], depth: int = 0) -> bool:
    if not s:
        return depth >= 2
    return any(o and s.startswith(o) and _concat(s[len(o):], others, depth + 1) for o in others)


def _ambiguous_groups(pattern: str) -> list[str]:
    """Unbounded repeated groups of literal alternatives in which a stretch of text has more than one reading."""
    bad: list[str] = []
    group = re.compile(r"\((?:\?:)?([^()\\\[]*)\)(?:\*|\+|\{\d*,\})")
    for m in group.finditer(pattern):
        alts = m.group(1).split("|")
        if len(set(alts)) < len(alts) or any(_concat(a, [o for o in alts if o != a]) for a in alts):
            bad.append(m.group(0))
    return bad


def test_no_ambiguous_repeated_group() -> None:
    bad = [(fam, g) for fam, fn in rules.CUE_FAMILIES.items() for p in fn() for g in _ambiguous_groups(p)]
    assert bad == []


def test_ambiguity_check_finds_the_defect() -> None:
    assert _ambiguous_groups(r"(du)( jo| bare| da| bare)* (have)")
    assert _ambiguous_groups(r"(nu |altså |nu altså )*godt")
    assert not _ambiguous_groups(r"(nu |altså |nu engang )*godt")
