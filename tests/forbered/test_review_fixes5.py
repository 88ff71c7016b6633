"""Second review of the December rounds: who comes to the meeting, English detection on titles and repeated words,
IT the subject kept, scores of a half."""

import pytest
from dialogue_helpers import at_step, run, tag

from forbered.dialogue.intents import looks_english, parse_score
from forbered.reflect import standard_spelling


@pytest.mark.parametrize(("text", "comes"), [
    ("ja min mor, hun vil ikke have at jeg er alene", True),
    ("min mor kommer med, hun vil ikke at jeg skal være alene", True),
    ("min mor vil gerne med, men hun kan ikke komme før kl 10", True),
    ("min bror kommer med. Min far skal ikke med", True),
    ("min far skal ikke med", False),
    ("jeg vil ikke have at min mor kommer med", False),
    ("nej, men min søster må gerne", True),
])
def test_who_comes_to_the_meeting(text, comes):
    state = at_step("meeting1")
    state, _ = run([(text, tag(text))], state)
    assert state["preferences"]["relatives_attend"] is comes


@pytest.mark.parametrize(("text", "english"), [
    ("Lord of the Rings", False),
    ("Call of Duty on PS5", False),
    ("Is, is og mere is", False),
    ("He is good with animals", True),
    ("She likes to paint", True),
])
def test_titles_and_danish_ice_cream_are_not_english(text, english):
    assert looks_english(text) is english


@pytest.mark.parametrize(("text", "out"), [
    ("jeg elsker it og computere", "jeg elsker it og computere"),
    ("jeg studerer it", "jeg studerer it"),
    ("det rækker it", "det rækker ikke"),
    ("æ klarer it", "æ klarer ikke"),
])
def test_it_the_subject_stays_and_dialect_it_is_ikke(text, out):
    assert standard_spelling(text) == out


@pytest.mark.parametrize(("text", "score"), [("en halv", 0), ("halvanden", 1), ("to og en halv", 2), ("en", 1)])
def test_halves(text, score):
    assert parse_score(text) == score


def test_also_good_is_reworded_on_the_sheet_and_the_quote_keeps_the_citizens_words():
    state = at_step("resources1")
    text = "Jeg er god til at tegne, og så er jeg god til at synge."
    t = tag(text, sheet="resource", clauses=[("Jeg er god til at tegne", "neutral", "resource"),
                                              ("og så er jeg god til at synge.", "neutral", "resource")])
    state, _ = run([(text, t)], state)
    second = state["items"][1]
    assert second["quote"] == "og så er jeg god til at synge."
    assert second["text"] == "Jeg er også god til at synge." and second["you"] == "Du er også god til at synge."
