"""Fresh writers 30 (December 2026): wishes for one evening, dreams at night, fatigue and sensory symptoms, barking
dogs, facts about another's things, travel as leisure and a status quo told with "nu" (guide, "Fresh 30
conventions")."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _norm(text: str) -> str:
    return analyse(text).norm


# -- a wish for one evening or day ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "i aften vil jeg bare gerne se en film under dynen",
    "jeg har lyst til at chille med netflix i dag",
    "på søndag vil jeg gerne spise pizza og se fodbold",
])
def test_one_off_wish_is_neutral(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("neutral", None), (text, u.talk_type, u.subtype, u.sheet)


@pytest.mark.parametrize("text", [
    "jeg vil gerne begynde at gå til yoga i morgen",
    "i morgen vil jeg gerne prøve at tage bussen selv",
    "jeg vil gerne have et job",
    "jeg vil gerne se mine børnebørn mere",
])
def test_one_off_wish_leaves_changes(text: str) -> None:
    assert not rules.one_off_wish(_norm(text)), text


# -- dreams at night ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg drømmer aldrig noget om natten tror jeg",
    "jeg drømte at jeg var på månen",
])
def test_night_dream_is_neutral(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert u.talk_type == "neutral" and u.sheet != "hope", (text, u.talk_type, u.sheet)


def test_dream_of_a_change_stays_a_wish() -> None:
    assert not rules.night_dream(_norm("jeg drømmer om at blive frisør"))
    assert not rules.night_dream(_norm("jeg drømte altid om at blive tømrer"))


# -- fatigue and sensory symptoms -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "min lydfølsomhed gør at jeg ikke kan være i kantinen",
    "trættebarheden er slem når der er mange lyde på værkstedet",
    "han er blevet lysfølsom efter ulykken, skærmen i butikken er for meget",
])
def test_fatigue_symptom_is_health_parking(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("han") else "citizen")
    assert (u.talk_type, u.theme, u.sheet) == ("neutral", "sundhed", "parking"), (text, u.talk_type, u.theme, u.sheet)


# -- a barking dog --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "der er en hund i nabohuset som gør når jeg skal sove",
    "hunden på anden sal bjæffer hele eftermiddagen",
])
def test_barking_is_noise_parking(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.theme, u.sheet) == ("neutral", "samfundsliv", "parking"), (text, u.talk_type, u.theme, u.sheet)


# -- facts about another's thing ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "min farmors lejlighed ligger i Horsens",
    "hans skab står inde ved siden af sengen",
    "min moster har en lille båd",
])
def test_owned_fact_is_neutral_without_sheet(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("neutral", None), (text, u.talk_type, u.sheet)


@pytest.mark.parametrize("text", [
    "min økonomi er i bund",
    "min datter har inviteret en veninde hjem",
    "min mor har kræft",
    "jeg har en lejlighed i Vejle",
])
def test_owned_fact_leaves_worries_and_steps(text: str) -> None:
    assert not rules.owned_fact(_norm(text)), text


# -- travel as leisure; "rejse sig" is getting up ------------------------------------------------------------------
def test_travel_wish_is_leisure(tagger: Tagger) -> None:
    u = tagger.tag("jeg kunne godt tænke mig at rejse til Island")
    assert (u.talk_type, u.theme) == ("change", "samfundsliv"), (u.talk_type, u.theme)


def test_getting_up_stays_mobility(tagger: Tagger) -> None:
    assert tagger.tag("far er faldet på badeværelset og kan ikke rejse sig").theme == "mobilitet"


# -- a status quo with "nu" in front --------------------------------------------------------------------------------
def test_fronted_now_state_is_no_step(tagger: Tagger) -> None:
    u = tagger.tag("nu ligger jeg bare på sofaen hele dagen")
    assert u.talk_type != "change", (u.talk_type, u.subtype, u.sheet)
    assert rules.state_now(_norm("nu sidder han mest alene på værelset"))
    assert not rules.state_now(_norm("nu tager jeg bussen selv"))
