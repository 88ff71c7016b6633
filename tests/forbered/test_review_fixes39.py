"""Review of the Fresh 35 talk-type rules (December 2026): module names that shadowed older patterns, a relapse
promise read on school or work, a longing named only by the relapse, a promise reported with "siger han", and past
wishes about a person or with an age or a time ago."""
from __future__ import annotations

import re

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _labels(u) -> tuple:
    return u.talk_type, u.subtype, u.sheet


# -- names that shadowed older module patterns -----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["i fredags skrev jeg en ansøgning", "jeg gik en tur rundt om søen i weekenden"])
def test_recent_past_action_cue_is_still_a_pattern(text: str) -> None:
    cue = rules.taking_steps_cues()[-1]
    assert "re.compile" not in cue
    assert re.search(cue, analyse(text).norm) is not None


@pytest.mark.parametrize(("text", "sub"), [
    ("min bror siger at han ikke orker at tage på ferie", "ability"),
    ("hun fortæller at hun ikke har brug for en støttekontaktperson", "need"),
])
def test_reported_refusal_still_reads_its_reporting_verb(text: str, sub: str) -> None:
    assert rules.reported_refusal(analyse(text).norm) == sub


# -- "men" and no relapse --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg røg en del hash, men jeg vil ikke begynde igen på gymnasiet",
    "jeg drikker te med min mormor, men jeg vil ikke starte igen",
])
def test_no_relapse_needs_the_habit(text: str) -> None:
    assert not rules.no_relapse(analyse(text).norm)


@pytest.mark.parametrize("text", [
    "savner øllerne men vil ik starte igen",
    "jeg savner at drikke, men jeg skal ikke begynde at drikke igen",
])
def test_no_relapse_after_a_longing(tagger: Tagger, text: str) -> None:
    assert rules.no_relapse(analyse(text).norm)
    assert _labels(tagger.tag(text)) == ("change", "commitment", "hope")


# -- someone else's rule, said by that person -------------------------------------------------------------------------
def test_rule_with_his_own_reporting_verb_is_his_promise(tagger: Tagger) -> None:
    u = tagger.tag("min bror skal aldrig røre en smøg igen, siger han", "relative")
    assert _labels(u) == ("change", "commitment", "hope")
    assert u.theme == "sundhed"


def test_rule_without_his_words_stays_neutral(tagger: Tagger) -> None:
    assert tagger.tag("min bror skal aldrig røre en smøg igen", "relative").talk_type == "neutral"


# -- an offer declined at the table ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["nej tak, jeg skal ikke have mere lakrids", "jeg skal ikke have flere bolsjer, jeg er mæt"])
def test_offer_declined_is_no_promise(text: str) -> None:
    assert rules.no_more_habit(analyse(text).norm) is None


# -- past wishes -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg ville ønske jeg havde lært min farfar at kende",
    "gid jeg havde lært hende bedre at kende",
    "gid jeg havde taget en uddannelse for tredive år siden",
    "jeg ville ønske jeg havde lært at cykle som 8-årig",
    "gid jeg havde fået kørekort som 18 årig",
])
def test_closed_past_wish_is_not_open(text: str) -> None:
    assert not rules.past_wish_open(analyse(text).norm)


def test_open_past_wish_still_open() -> None:
    assert rules.past_wish_open(analyse("gid jeg havde lært at bruge en computer").norm)


# -- a reported promise is the teller's only when the person can be the same -------------------------------------------
@pytest.mark.parametrize("text", ["min mor siger at han ikke skal have mere cola", "hun siger han ikke skal ryge flere smøger"])
def test_rule_passed_on_about_someone_else_is_no_promise(text: str) -> None:
    assert rules.no_more_habit(analyse(text).norm) is None


def test_reported_promise_of_the_same_person_still_counts() -> None:
    assert rules.no_more_habit(analyse("min søster siger at hun ikke skal have flere energidrikke").norm) == "commitment"


def test_no_more_gaming_with_the_game_named() -> None:
    assert rules.no_more_habit(analyse("jeg skal ikke spille mere playstation om natten").norm) == "commitment"


# -- a longing, then "men" and a sober state -------------------------------------------------------------------------
def test_longing_then_sober_is_a_step(tagger: Tagger) -> None:
    u = tagger.tag("jeg savner at drikke vin, men jeg er stadig ædru")
    assert _labels(u) == ("change", "taking_steps", "goal_progress")
    assert rules.quit_habit_story(analyse("savner at drikke men hun er blevet ædru").norm)


def test_not_sober_is_no_step() -> None:
    assert not rules.quit_habit_story(analyse("jeg savner at drikke, men jeg er ikke ædru endnu").norm)


# -- advice passed on ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "pædagogen siger at jeg ikke skal drikke flere energidrikke",
    "jeg skal ikke ryge flere smøger, siger min læge",
    "min kæreste mener jeg ikke skal have mere snus",
])
def test_advice_passed_on_is_no_promise(text: str) -> None:
    assert rules.no_more_habit(analyse(text).norm) is None


def test_own_words_are_still_a_promise() -> None:
    assert rules.no_more_habit(analyse("jeg har selv sagt at jeg ikke skal have mere lakrids").norm) == "commitment"
