"""Review of the polite-request, agreement and view-back cues of the coder.

A polite request to tell ("jamen vil du godt uddybe det", "kunne du tænke dig at fortælle …") is an open question by MITI,
also after a lead word; asking the citizen to tell someone else ("vil du fortælle din mor det?") is not an invitation.
Someone who does not agree with the citizen is no backing of the citizen's wish, and advice after "jeg er enig med dig,
men …" stays advice. A plan made together ("vi blev enige om, at du skal …") and a demand lifted ("… at du ikke behøver
…") are no borrowed authority; a son or daughter quoted against the citizen is. "Hvad synes du selv?" hands the choice
back only after a real question from the citizen, not after a statement ("Nu skal jeg …")."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse, featurize
from forbered.oars.rules import sentence_form


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder.load(train_if_missing=False)


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


# -- polite requests to tell ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("Det var en mærkelig dag.", "tja, vil du godt forklare lidt om det"),
    ("Jeg har det ikke så godt.", "nå men kan du lige beskrive, hvordan morgenen gik"),
    ("Skolen var træls.", "Jamen vil du godt uddybe, hvad der var træls?"),
    ("Jeg ved ikke.", "Kunne du tænke dig at fortælle lidt mere om det?"),
])
def test_a_polite_request_to_tell_is_an_invitation(coder: Coder, context: str, text: str) -> None:
    assert "invite" in fams(text, context)
    assert coder.code(text, context).code == "open_question"


@pytest.mark.parametrize("text", [
    "Vil du godt fortælle din kontaktperson det?", "Kan du forklare det til din far?", "kan du fortælle hende det i dag",
])
def test_telling_someone_else_is_no_invitation(text: str) -> None:
    assert "invite" not in fams(text, "Jeg har fået et nyt job.")
    assert sentence_form(analyse(text).tokens, text.endswith("?")) != "invite"


@pytest.mark.parametrize("text", ["Kan du beskrive din bror?", "kunne du sige lidt mere om din bror",
                                  "gider du fortælle lidt om din bror"])
def test_telling_about_a_relative_is_still_an_invitation(text: str) -> None:
    assert "invite" in fams(text, "Min bror er svær at forstå.")


# -- agreeing and not agreeing with the citizen ------------------------------------------------------------------------

def test_not_agreeing_with_the_citizen_is_no_backing(coder: Coder) -> None:
    text, context = "Sygeplejersken er ikke enig med dig i, at du kan tage hjem i dag.", "Jeg vil hjem i dag."
    assert "x=agree_you" not in feats(text, context)
    assert "challenge" in fams(text, context)
    assert coder.code(text, context).code == "confront"


def test_advice_after_agreeing_but_stays_advice(coder: Coder) -> None:
    text, context = "Jeg er enig med dig, men du burde tale med din læge om det.", "Jeg sover dårligt."
    assert "cue=advice&consent" not in feats(text, context)
    assert coder.code(text, context).code == "advice_without_permission"


def test_asking_whether_the_citizen_agrees_is_no_borrowed_authority() -> None:
    assert "challenge" not in fams("Er du enig med mig i, at det har været en hård uge?")


@pytest.mark.parametrize("text", [
    "Sidste gang blev vi enige om, at du skal skrive en liste.",
    "Så vi er enige om, at du skal ringe til tandlægen?",
    "Personalet er enige om, at du ikke behøver at komme til morgenmøderne.",
    "Vi er alle enige om, at du selv skal vælge din skole.",
])
def test_a_plan_made_together_or_a_demand_lifted_is_no_borrowed_authority(text: str) -> None:
    assert "challenge" not in fams(text, "Okay.")


@pytest.mark.parametrize("text", [
    "Din kontaktperson og jeg er enige om, at du skal stoppe med at ryge.",
    "Jeg har talt med din mor, og vi er enige om, at du ikke kan passe dig selv.",
])
def test_others_agreeing_about_the_citizen_is_still_borrowed_authority(text: str) -> None:
    assert "challenge" in fams(text, "Jeg klarer mig fint.")


@pytest.mark.parametrize("text", [
    "Din datter siger, at du slet ikke spiser ordentligt.", "Din søn mener, du sagtens kan tage bussen selv.",
    "Dine børn synes, at du ikke skal køre mere.",
])
def test_a_son_or_daughter_quoted_against_the_citizen_is_borrowed_authority(text: str) -> None:
    assert "challenge" in fams(text, "Jeg klarer mig fint.")


# -- "Hvad synes du selv?" ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("context", ["Nu skal jeg starte på et nyt hold.", "min far siger at så skal jeg tage mig sammen"])
def test_view_question_after_a_statement_asks_for_the_view(coder: Coder, context: str) -> None:
    assert "x=view_back" not in feats("Hvad synes du selv?", context)
    assert coder.code("Hvad synes du selv?", context).code == "open_question"


def test_view_question_after_a_question_in_the_second_sentence_hands_back() -> None:
    assert "x=view_back" in feats("Hvad tænker du selv?", "Jeg er i tvivl. Bør jeg sige op?")


@pytest.mark.parametrize("text", ["nåh men vil du godt fortælle lidt mere", "ja men kan du lige beskrive en almindelig dag"])
def test_two_lead_words_before_a_polite_request(text: str) -> None:
    assert sentence_form(analyse(text).tokens, False) == "invite"
    assert "challenge" not in fams(text, "Jeg ved ikke rigtig.")


def test_yes_but_is_still_a_challenge() -> None:
    assert "challenge" in fams("Ja men du kan jo godt gå derhen.", "Jeg kan ikke gå til træning.")


def test_english_not_agreeing_with_the_client_is_no_backing() -> None:
    text, context = "Your doctor doesn't agree with you that you can drive again.", "I want to drive again."
    assert "x=agree_you" not in feats(text, context)
    assert "challenge" in fams(text, context)


@pytest.mark.parametrize("text", [
    "Okay, siden sidst har du skiftet læge, fået en kæreste og meldt dig på et hold.",
    "Du har siden sidst skiftet læge, fået en kæreste og meldt dig på et hold.",
])
def test_since_last_time_after_a_lead_word_still_collects(text: str) -> None:
    assert "summary" in fams(text)


def test_since_last_time_in_a_question_does_not_collect() -> None:
    assert "summary" not in fams("Har du talt med din sagsbehandler siden sidst?")


def test_view_question_with_a_filler_after_a_statement_asks_for_the_view(coder: Coder) -> None:
    text, context = "Hvad tænker du selv nu?", "Jeg har fået tilbudt en plads på højskolen."
    assert "autonomy" not in fams(text, context)
    assert coder.code(text, context).code == "open_question"


@pytest.mark.parametrize("text", [
    "Vil du godt fortælle mig, om du har spist i dag?", "Kunne du tænke dig at fortælle din kontaktperson om det?",
])
def test_a_yes_no_request_or_telling_others_is_no_invitation(text: str) -> None:
    assert "invite" not in fams(text, "Jeg har haft en god uge.")
    assert sentence_form(analyse(text).tokens, True) != "invite"
