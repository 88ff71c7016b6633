"""Behaviours fixed after a twelfth fresh look at trainee lines: a grant of the citizen's yes/no request without a
yes word, the citizen's yes/no question without "?" and with a name or a noun after the verb, a yes followed by an
imperative answer, thanks or small talk before a closing question, "two things" given back from one two-sided
citizen line, and English "good at" / "should try". Examples are fresh (not in the corpus). The tests read features,
so they hold before the model is retrained."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse, featurize


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


@pytest.mark.parametrize(("context", "text"), [
    ("Må jeg have min nabo med til mødet?", "Du er mere end velkommen til at tage ham med."),
    ("kan min datter sidde med", "hun må gerne sidde med"),
    ("Kan jeg tage min kat med i bilen?", "Det må du gerne."),
])
def test_a_grant_without_a_yes_word_answers_the_request(context: str, text: str) -> None:
    assert "x=yn_answer" in feats(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("kommer Jens også i morgen", "Nej, han er syg."),
    ("må katten komme med", "ja, den må gerne"),
    ("skal kørekortet med", "Ja, det skal med."),
])
def test_a_yes_no_question_without_qmark_and_no_pronoun(context: str, text: str) -> None:
    assert "x=yn_answer" in feats(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("har meget ondt i ryggen", "Ja, det lyder hårdt."),  # subject dropped: a statement
    ("", "Du er velkommen til at stoppe, når du vil."),  # no request: a grant of choice
    ("Jeg kommer med min nabo.", "Du er velkommen til at tage ham med."),
])
def test_no_answer_without_a_yes_no_request(context: str, text: str) -> None:
    assert "x=yn_answer" not in feats(text, context)


def test_a_yes_with_an_imperative_answer_is_no_question() -> None:
    a = analyse("Ja, husk det bare.", "Skal jeg have mit pas med")
    assert a.forms[0] == "statement"
    # the same order after a statement still reads as verb-first
    assert analyse("Ja, husk det bare.", "Jeg har et pas.").forms[0] != "statement"


def test_thanks_before_a_closing_question_is_a_lead_in() -> None:
    f = feats("Tak fordi du ville mødes igen. Det betyder meget. Hvad har fyldt mest i ugen?")
    assert "lead_filler" in f and "cue=other" not in f
    # thanks with no question stays a thanks
    assert "lead_filler" not in feats("Tak fordi du ville mødes igen. Det betyder meget for mig.")


def test_two_things_from_one_two_sided_line_is_not_a_summary_cue() -> None:
    ctx = "Jeg vil gerne have en kæreste, men jeg er bange for at blive afvist."
    f = feats("Jeg hører to ting: du ønsker dig en kæreste, og du er bange for et nej.", ctx)
    assert "cue=summary&last_line" in f and "cue=summary" not in f
    # collecting what was said over the talk stays a summary
    f = feats("Du har fortalt om to ting i dag: en kæreste og et nyt job.", ctx)
    assert "cue=summary" in f


@pytest.mark.parametrize(("text", "fam"), [
    ("You're good at asking for help.", "affirm"),
    ("You should try calling her every day.", "advice"),
])
def test_english_strength_and_suggestion(text: str, fam: str) -> None:
    assert fam in analyse(text).hits
