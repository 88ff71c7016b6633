"""Fresh writers 32 (December 2026): senses got back, symptoms felt in the body, food intolerances, self-labels,
evening school as education, stopping a good activity, a tired head told in fragments and English steps and content
(guide, "Fresh 32 conventions")."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _norm(text: str) -> str:
    return analyse(text).norm


def _labels(u) -> tuple:
    return u.talk_type, u.subtype, u.sheet


# -- a sense got back -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg kan mærke min højre fod igen",
    "han kan godt smage krydderierne igen",
    "kan lugte min kaffe igen 😊",
    "æ ka mærk mine hænder igen",
])
def test_sense_got_back_is_change_ability(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("han") else "citizen")
    assert _labels(u) == ("change", "ability", "resource"), (text, _labels(u))
    assert u.theme == "sundhed", (text, u.theme)


def test_sense_got_back_with_nu_is_a_step(tagger: Tagger) -> None:
    u = tagger.tag("nu kan hun mærke sin venstre arm igen", "relative")
    assert _labels(u) == ("change", "taking_steps", "goal_progress")


@pytest.mark.parametrize("text", [
    "jeg kan mærke lysten til en smøg igen",
    "jeg kan se at han er sur igen",
    "jeg kan ikke mærke min hånd igen",
])
def test_noticing_is_no_sense_got_back(text: str) -> None:
    assert rules.sense_back(_norm(text)) is None, text


@pytest.mark.parametrize("text", [
    "jeg kan mærke det i knæene når jeg har cyklet",
    "hun kan godt mærke smerterne i skulderen efter rengøringen",
])
def test_feeling_it_in_the_body_is_a_symptom(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("hun") else "citizen")
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))
    assert u.theme == "sundhed"


# -- food intolerance ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "rejer kan jeg ikke tåle",
    "hun kan ikke tåle laktose",
    "jeg tåler ikke rugbrød",
    "han er allergisk over for æg",
    "kan ik drikke komælk, får ondt i maven",
])
def test_food_intolerance_is_neutral_health(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith(("hun", "han")) else "citizen")
    assert (u.talk_type, u.subtype) == ("neutral", None), (text, _labels(u))
    assert u.theme == "sundhed", (text, u.theme)
    assert u.sheet in (None, "parking"), (text, u.sheet)


def test_intolerance_with_a_wish_is_left_to_the_wish() -> None:
    assert not rules.intolerance(_norm("jeg kan ikke tåle gluten, men jeg vil gerne lære at bage selv"))


# -- self-labels ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,theme", [
    ("jeg er et aftenmenneske", "sundhed"),
    ("han er en rigtig syvsover", "sundhed"),
    ("jeg er en enspænder", "relationer"),
])
def test_self_label_is_neutral(tagger: Tagger, text: str, theme: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("han") else "citizen")
    assert (u.talk_type, u.subtype) == ("neutral", None), (text, _labels(u))
    assert u.sheet not in ("hope", "goal_progress"), (text, u.sheet)
    assert u.theme == theme, (text, u.theme)


@pytest.mark.parametrize("text", [
    "jeg er blevet en dovendyr 😢",
    "min søn er blevet en sofagris",
    "jeg er blevet en rigtig sofakartoffel siden jeg stoppede på arbejdet",
    "jeg har været en sofagris hele sommeren",
    "he became a couch potato after he retired",
])
def test_self_label_decline_is_parking(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith(("min søn", "he ")) else "citizen")
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))


def test_positive_self_label_is_a_resource(tagger: Tagger) -> None:
    u = tagger.tag("hun er en rigtig arbejdshest", "relative")
    assert _labels(u) == ("neutral", None, "resource")


def test_night_owl_content_is_sustain_desire(tagger: Tagger) -> None:
    u = tagger.tag("jeg er en natteravn og det passer mig godt")
    assert _labels(u) == ("sustain", "desire", None)


# -- evening school and stopping a good activity ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg holdt op på aftenskolen i tysk i efteråret",
    "han går på daghøjskole om mandagen",
    "jeg vil gerne tage et aftenkursus i regning",
])
def test_evening_school_is_education(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("han") else "citizen")
    assert u.theme == "beskaeftigelse", (text, u.theme)


def test_evening_school_with_a_hobby_is_left_to_the_lexicon() -> None:
    assert not rules.school_subject_course(_norm("hun går til aftenskole i pileflet"))
    assert rules.school_subject_course(_norm("jeg lærer fransk på aftenskolen"))


@pytest.mark.parametrize("text", [
    "jeg vil stoppe på værkstedet",
    "hun vil gerne stoppe til gymnastik",
    "jeg har besluttet at stoppe på kurset",
])
def test_stopping_a_good_activity_is_sustain(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("hun") else "citizen")
    assert _labels(u) == ("sustain", "desire", None), (text, _labels(u))


def test_stopping_a_habit_stays_change() -> None:
    assert not rules.quit_activity(_norm("jeg vil stoppe med at drikke cola"))


# -- a tired head in fragments, English -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["hjerne træt. seng", "træt i hovedet i dag. ro"])
def test_tired_head_fragment_is_parking(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))
    assert u.theme == "sundhed"


def test_english_signed_up_is_a_step(tagger: Tagger) -> None:
    u = tagger.tag("i enrolled in a painting class")
    assert _labels(u) == ("change", "taking_steps", "goal_progress")


def test_english_content_at_home_is_sustain(tagger: Tagger) -> None:
    assert rules.sustain_subtype(_norm("im happy just staying at home")) == "desire"
    u = tagger.tag("im ok just living here with my dad")
    assert _labels(u) == ("sustain", "desire", None)
    assert not rules.english_content(_norm("im fine staying home but i want a job"))
