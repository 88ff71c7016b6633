"""Review fixes in the trainer-mode coder: "aa" is read as "å" only in words typed that way ("hvornaar", "naar"),
never in compounds whose first part ends in "a" or in names; a yes to a request of the moment (a break, the toilet,
a smoke) is `other` end to end, as the guide says."""

import pytest

from forbered.oars import Coder
from forbered.oars.features import _fold_aa

_CODER = None


def _coder() -> Coder:
    global _CODER
    _CODER = _CODER or Coder.load()
    return _CODER


@pytest.mark.parametrize(("typed", "read"), [("hvornaar", "hvornår"), ("naar", "når"), ("paa", "på"), ("staar", "står"),
                                             ("maaske", "måske"), ("forstaar", "forstår")])
def test_words_typed_with_aa_for_aa_letter_are_folded(typed: str, read: str) -> None:
    assert _fold_aa(typed) == read


@pytest.mark.parametrize("word", ["dataanalyse", "pizzaaften", "ekstraarbejdet", "kameraapp", "aase", "aalborg"])
def test_compounds_and_names_keep_their_aa(word: str) -> None:
    assert _fold_aa(word) == word


@pytest.mark.parametrize(("text", "context"), [
    ("Selvfølgelig, vi holder fem minutters pause.", "Kan vi ikke lige holde en pause?"),
    ("Ja da, gå bare ud og ryg.", "Må jeg gå ud og ryge en smøg?"),
    ("Klart, toilettet er lige derhenne.", "Jeg skal lige tisse."),
])
def test_a_yes_to_a_request_of_the_moment_is_other(text: str, context: str) -> None:
    assert _coder().code(text, context).code == "other"


def test_a_when_question_typed_without_aa_letter_is_a_question() -> None:
    assert _coder().code("hvornaar har du det bedst i løbet af dagen", "").code in ("open_question", "closed_question")
