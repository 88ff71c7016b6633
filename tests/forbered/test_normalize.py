"""Spelling normalisation for chat Danish and the light stemmer."""

from __future__ import annotations

import pytest

from forbered.tagger.features import analyse, negation_marks
from forbered.tagger.normalize import clean, norm_token, normalised_words, stem, words


@pytest.mark.parametrize("raw,norm", [
    ("ik", "ikke"), ("IKK", "ikke"), ("ett", "ikke"), ("æ", "jeg"), ("mæ", "mig"), ("sæ", "sig"),
    ("ka", "kan"), ("gern", "gerne"), ("gerneeee", "gerne"), ("paa", "på"), ("okonomi", "økonomi"),
    ("kaereste", "kæreste"), ("ik'", "ikke"), ("hund", "hund"),
])
def test_norm_token(raw: str, norm: str) -> None:
    assert norm_token(raw) == norm


def test_gid_is_left_alone_as_a_wish() -> None:
    assert norm_token("gid") == "gid"


def test_multiword_expansions_are_split() -> None:
    assert normalised_words("pga min ryg") == ["på", "grund", "af", "min", "ryg"]


def test_clean_removes_invisible_characters_and_folds_space() -> None:
    assert clean("jeg\u200b  vil\u00a0gerne\x00 ") == "jeg vil gerne"
    assert clean(None) == ""  # type: ignore[arg-type]


def test_words_have_offsets_and_skip_emojis() -> None:
    text = "jeg vil 🙂 gerne!"
    assert [(w, text[s:e]) for w, s, e in words(text)] == [("jeg", "jeg"), ("vil", "vil"), ("gerne", "gerne")]


def test_analyse_maps_tokens_back_to_the_text() -> None:
    a = analyse("æ vil gern ha pga min ryg")
    assert a.norm == "jeg vil gerne have på grund af min ryg"
    assert all(a.text[s:e] for s, e in a.spans) and len(a.spans) == len(a.tokens)


@pytest.mark.parametrize("word,expected", [
    ("bussen", "bus"), ("busser", "bus"), ("lejligheden", "lejlighed"[:6]), ("træning", "træn"),
    ("trænede", "træn"), ("venner", "ven"), ("arbejde", "arbejd"), ("arbejdet", "arbejd"), ("bad", "bad"),
])
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_negation_scope_stops_at_clause_words() -> None:
    toks = ["jeg", "gider", "ikke", "sidde", "hjemme", "men", "jeg", "vil", "ud"]
    marks = negation_marks(toks)
    assert marks[toks.index("sidde")] and marks[toks.index("hjemme")]
    assert not marks[toks.index("vil")] and not marks[toks.index("ud")]
