"""Behaviours fixed after a fourteenth review of trainee lines: double-sided reflections with "samtidig" (not a summary),
choice questions with the options after the question word, doubt dressed as "er det nu klogt …?", advice with "bliver
nødt til" and "mon ikke …", the professional's own yes to a request ("Det gør jeg gerne."), options handed over ("du kan
selv vælge …", "begge dele er fint"), "du har vist glemt" (not praise), a proposed pause, "hvor fint" exclamations, a
fronted "sådan som …" phrase, and a few English glosses. Examples are fresh (not in the corpus); the tests check the
features, so they do not need a retrained model."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse, featurize, yn_answer


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg vil gerne rejse, men jeg har næsten ingen penge.",
     "Du drømmer om at komme ud at rejse, og samtidig bekymrer pengene dig."),
    ("jeg vil gerne ha en kæreste men jeg er bange for at blive droppet",
     "saa du vil gerne have en kæreste og paa samme tid er du bange for at blive svigtet"),
    ("Han vil gerne spille fodbold, men han bliver drillet på holdet.",
     "Han elsker fodbolden, og samtidig gør drilleriet ondt på ham."),
])
def test_at_once_after_a_two_sided_line_is_a_double_sided_reflection(context: str, text: str) -> None:
    assert "x=two_from_last" in feats(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("Ja, det var vist det.", "Lad mig samle op: du vil gerne rejse, du mangler penge, og samtidig er du træt af dit job."),
    ("Jeg vil gerne rejse, men jeg har ingen penge.", "Hvordan kan du samtidig spare op?"),
])
def test_at_once_in_a_summary_or_a_question_is_not_the_last_line_given_back(context: str, text: str) -> None:
    assert "x=two_from_last" not in feats(text, context)


@pytest.mark.parametrize("text", [
    "Hvad vil du helst starte med, køkkenet eller badeværelset?",
    "Hvad er sværest for dig: mandagen eller fredagen?",
    "hvilken slags hjælp vil du have, en fast hjælper eller skiftende?",
])
def test_options_after_the_question_word_make_a_choice_question(text: str) -> None:
    assert "choice_q" in feats(text)


@pytest.mark.parametrize("text", [
    "Hvad tænker du om det, eller er det for tidligt at sige?",
    "Hvad har du lyst til, eller hvad?",
    "Hvad er vigtigt for dig ved at bo i byen?",
])
def test_an_open_question_without_options_is_no_choice_question(text: str) -> None:
    assert "choice_q" not in feats(text)


@pytest.mark.parametrize("text", [
    "Er det nu klogt at sige nej til hjælpen?",
    "er det virkelig en god ide at tage afsted alene",
    "Er det ikke lidt for hurtigt at stoppe med holdet?",
])
def test_doubt_dressed_as_a_yes_no_question_confronts(text: str) -> None:
    assert fams(text) & {"rhetq", "challenge", "confront"}


def test_a_plain_good_idea_question_does_not_confront() -> None:
    assert not fams("Er det en god idé for dig at tage bussen?") & {"rhetq", "challenge", "confront"}


@pytest.mark.parametrize("text", [
    "Du bliver nødt til at betale husleje.",
    "mon ikke det ville være klogere at spørge lægen først",
    "Mon ikke I skulle tale sammen først?",
])
def test_necessity_and_mon_ikke_suggestions_are_advice(text: str) -> None:
    assert fams(text) & {"advice", "softadvice"}


def test_mon_ikke_before_a_feeling_is_no_advice() -> None:
    assert not fams("Mon ikke du er ret træt nu.") & {"advice", "softadvice"}


def test_the_professionals_own_yes_to_a_request_is_an_answer() -> None:
    assert yn_answer(analyse("Det gør jeg gerne. Vi tager det efter frokost.", "Vil du gå med mig til tandlægen?"))
    assert not yn_answer(analyse("Det kan jeg godt se.", "Kan du se, at det er svært?"))


@pytest.mark.parametrize("text", [
    "Du kan frit vælge mellem holdet om tirsdagen og holdet om torsdagen.",
    "Begge dele er helt fint.",
])
def test_options_handed_over_are_autonomy(text: str) -> None:
    assert "autonomy" in fams(text)


def test_du_har_vist_as_apparently_is_no_praise() -> None:
    assert "affirm" not in fams("du har vist glemt at du skulle ringe til banken")
    assert "affirm" in fams("Du har vist stort mod i dag.")


def test_a_proposed_pause_is_procedure_not_advice() -> None:
    assert "other" in fams("Lad os tage en lille pause.")
    assert "other" in fams("Lad os holde ti minutters pause.")
    assert "other" not in fams("Du skal tage en pause fra skærmen.")


@pytest.mark.parametrize(("text", "form"), [
    ("Hvor fint.", "statement"),
    ("hvor lækkert", "statement"),
    ("Hvor fint skal jeg klæde mig?", "fact_qw"),
])
def test_hvor_with_an_adjective_is_an_exclamation(text: str, form: str) -> None:
    assert analyse(text).forms == [form]


def test_a_fronted_saadan_som_phrase_is_not_a_question_clause() -> None:
    assert analyse("Sådan som jeg hører det, vil du gerne flytte tættere på din datter.").forms == ["statement"]


def test_english_glosses() -> None:
    assert "affirm" in fams("Good that you asked her.")
    assert "samtidig" in analyse("You want to stay, and at the same time you're tired of it.").norm
    assert fams("Are you sure that's a good idea?") & {"rhetq", "challenge", "confront"}
