"""Review fixes: the dialect "ve" -> "ved" repair never reads the "'ve" of an English contraction, and a sentence
joined after a comma keeps the capital of the pronoun "I"."""

from __future__ import annotations

import pytest

from forbered import reflect
from forbered.dialogue import engine


@pytest.mark.parametrize("text", ["I've been going to the gym", "we've been there twice", "They’ve been kind to me"])
def test_an_english_contraction_is_not_dialect_ve(text: str) -> None:
    assert "'ved" not in reflect.standard_spelling(text) and "’ved" not in reflect.standard_spelling(text)
    assert reflect.standard_spelling(text) == text


def test_dialect_ve_before_a_place_is_still_ved() -> None:
    assert reflect.standard_spelling("vi bor ude ve skoven") == "vi bor ude ved skoven"


@pytest.mark.parametrize("text, want", [
    ("I kommer hver uge", "I kommer hver uge"),
    ("I'm not sure", "I'm not sure"),
    ("Det går fint", "det går fint"),
])
def test_lower_first_keeps_the_pronoun_i(text: str, want: str) -> None:
    assert engine._lower_first(text) == want
