"""Behaviours fixed after a tenth fresh look at trainee lines: praise words in other forms ("du er sød ved …", "dygtigt,
at du …", "du giver dig ikke"), a strength word inside a doubt, contradicting the citizen's self-judgement, the lead-in
before "men", suggestions behind a reflection hedge, a warning followed by advice, rhetorical either-or and why-then
questions, a yes before an answer, and "konsekvent". Examples are fresh (not in the corpus). The tests read cues and
features, so they hold before the model is retrained."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse, featurize


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


@pytest.mark.parametrize("text", [
    "Du er sød ved dine børnebørn.",
    "Du er klog på din økonomi.",
    "Du er en loyal ven.",
    "Imponerende, at du har holdt det kørende.",
    "Sejt at du sagde fra.",
    "Det er godt, at du ikke gav efter.",
    "Du giver dig bare ikke.",
    "Du bliver ved med at træne, også når det regner.",
])
def test_praise_in_other_forms_is_an_affirmation_cue(text: str) -> None:
    assert "affirm" in fams(text)


@pytest.mark.parametrize("text", [
    "Du er i tvivl om, hvorvidt du er stærk nok til at flytte.",
    "Du er bange for, at du ikke er modig nok.",
    "Du spekulerer på, om du er sej nok til holdet.",
])
def test_a_strength_inside_a_doubt_is_no_praise(text: str) -> None:
    assert "affirm" not in fams(text)


def test_a_plain_strength_is_still_praise() -> None:
    assert "affirm" in fams("Du er stærk, og det har du vist i år.")


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg er en dårlig søn.", "Du er en god søn."),
    ("Jeg er ikke klog nok til det kursus.", "Du er da klog."),
    ("Jeg duer ikke til noget.", "Du kan en hel masse."),
])
def test_contradicting_a_self_judgement_is_marked(context: str, text: str) -> None:
    f = feats(text, context)
    assert "x=contradict" in f
    assert "cue=affirm" not in f


def test_praise_without_a_self_judgement_is_not_a_contradiction() -> None:
    f = feats("Du er en god søn.", "Jeg har besøgt min mor hver dag.")
    assert "x=contradict" not in f


def test_a_reflection_before_a_correction_after_men_is_a_lead_in() -> None:
    f = feats("Jeg kan godt høre, det er hårdt, men det er altså ikke i orden at blive væk.", "Jeg blev hjemme igen.")
    assert "cue=cr&before_men" in f
    assert "cue=cr" not in f


def test_a_double_sided_reflection_keeps_its_cues() -> None:
    f = feats("Du vil gerne flytte, men du er bange for at være alene.", "Jeg vil flytte, men jeg tør ikke.")
    assert "cue=cr" in f


@pytest.mark.parametrize("text", [
    "Det lyder som om du burde tage det op med din læge.",
    "Jeg tænker, at du kunne skrive en liste.",
    "Det virker som om du skulle sove lidt længere.",
])
def test_a_suggestion_behind_a_hedge_is_hedged_advice(text: str) -> None:
    f = feats(text, "Jeg er så træt.")
    assert "advice_hedged" in f


def test_a_wish_behind_a_hedge_is_not_advice() -> None:
    f = feats("Det lyder som om du kunne tænke dig at rejse.", "Jeg har altid villet til Spanien.")
    assert "advice_hedged" not in f


def test_a_warning_then_advice_is_read_by_the_advice() -> None:
    f = feats("Det er ikke sundt for dig. Du burde spise mere grønt.", "Jeg spiser kun pizza.")
    assert "cue=confront&then_advice" in f
    assert "cue=confront" not in f


@pytest.mark.parametrize("text", [
    "Er du syg, eller gider du bare ikke?",
    "Kan du ikke, eller har du bare ikke lyst?",
    "Er det ikke fordi du er bange for at tabe?",
    "Mener du ikke selv, at du har en del af ansvaret?",
    "Hvorfor bruger du så alle dine penge på skrab?",
])
def test_rhetorical_questions_are_confront_cues(text: str) -> None:
    assert fams(text) & {"rhetq", "challenge", "confront"}


def test_consistency_is_no_consequence() -> None:
    assert "confront" not in fams("Du må være konsekvent med sengetiden.")


def test_a_yes_before_an_answer_drops_the_filler() -> None:
    f = feats("Ja selvfølgelig, busserne kører hele natten.", "Kører bussen om natten?")
    assert "answer_lead" in f
    assert "cue=other" not in f


@pytest.mark.parametrize("text", [
    "Personalet har set noget andet.",
    "Så må du forvente at blive opsagt.",
])
def test_evidence_and_expected_consequences_confront(text: str) -> None:
    assert "confront" in fams(text)
