"""Fresh writers 35 (December 2026): no more of a habit with "skal ikke have mere", someone else's rule for a third
person, a longing for a habit followed by "men" and the quit or progress, and a wish about the past that can still
come true (guide, "Fresh 35 conventions")."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _labels(u) -> tuple:
    return u.talk_type, u.subtype, u.sheet


# -- no more of a habit ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg skal ikke have mere lakrids",
    "skal ik ha flere red bull",
    "jeg skal ikke drikke mere øl på hverdage",
    "jeg skal aldrig mere snuse",
    "jeg skal ikke game mere om natten",
])
def test_no_more_habit_is_commitment(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "commitment", "hope"), (text, _labels(u))
    assert u.theme == "sundhed", (text, u.theme)


@pytest.mark.parametrize("text", [
    "hun siger selv at hun ikke skal have mere chips",
    "min søn har lovet at han ikke skal ryge mere hash",
])
def test_reported_no_more_habit_is_commitment(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative")
    assert _labels(u) == ("change", "commitment", "hope"), (text, _labels(u))


def test_will_not_have_more_of_a_habit_is_desire(tagger: Tagger) -> None:
    u = tagger.tag("jeg gider ikke drikke flere monster")
    assert _labels(u) == ("change", "desire", "hope"), _labels(u)


@pytest.mark.parametrize("text", [
    "jeg skal ikke have mere hjælp til rengøring",
    "jeg skal ikke have mere kaffe i dag",
    "jeg vil ikke have mere hjemmepleje",
    "jeg vil ikke tage flere piller",
    "jeg skal ikke drikke mere mælk",
])
def test_no_more_without_a_habit_is_no_promise(text: str) -> None:
    assert rules.no_more_habit(analyse(text).norm) is None


# -- someone else's rule for a third person --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "min mand skal aldrig røre en bajer igen",
    "han skal ikke have mere cola, det har vi bestemt",
    "hun skal aldrig spille på automaterne igen",
    "min datter skal aldrig ryge hash igen, det siger jeg til hende",
    "min bror skal aldrig drikke igen, det er slut",
])
def test_others_rule_is_neutral(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative")
    assert _labels(u) == ("neutral", None, None), (text, _labels(u))
    assert u.theme in ("sundhed", "samfundsliv"), (text, u.theme)


def test_own_promise_reported_in_subordinate_order_stays_commitment(tagger: Tagger) -> None:
    u = tagger.tag("han har selv sagt at han aldrig skal drikke igen", "relative")
    assert _labels(u) == ("change", "commitment", "hope"), _labels(u)


# -- a longing for a habit, then "men" and the quit ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg savner tit en cigaret, men jeg er glad for at jeg stoppede",
    "savner bajerne men er glad for at jeg holdt op",
    "jeg savner at game hele natten, men jeg er glad for at jeg er stoppet med det",
])
def test_longing_then_quit_is_a_step(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "taking_steps", "goal_progress"), (text, _labels(u))


def test_longing_then_no_relapse_is_commitment(tagger: Tagger) -> None:
    u = tagger.tag("jeg savner snus, men jeg vil ikke starte igen")
    assert _labels(u) == ("change", "commitment", "hope"), _labels(u)


def test_longing_then_progress_is_progress(tagger: Tagger) -> None:
    u = tagger.tag("jeg savner at drikke vin, men nu har jeg det meget bedre")
    assert u.sheet == "goal_progress", _labels(u)


def test_no_relapse_of_an_activity_stays_sustain(tagger: Tagger) -> None:
    u = tagger.tag("jeg gik til håndbold engang, men jeg vil ikke begynde igen")
    assert u.talk_type == "sustain", _labels(u)


# -- a wish about the past that can still come true ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg ville ønske jeg havde lært at bage brød",
    "gid jeg havde taget et kørekort",
    "jeg ville så gerne ønske at jeg havde lært at skrive sms",
    "hun ville ønske hun havde lært at svømme",
    "i wish i had learned to cook",
])
def test_open_past_wish_is_hope(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("hun ") else "citizen")
    assert _labels(u) == ("change", "desire", "hope"), (text, _labels(u))


@pytest.mark.parametrize("text", [
    "jeg ville ønske jeg havde lært at danse da jeg var ung",
    "gid jeg havde fået hjælp noget tidligere",
    "gid jeg aldrig var begyndt at drikke",
    "jeg ville ønske min bror havde lært at køre bil",
])
def test_closed_past_wish_stays_parked(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("neutral", "parking"), (text, _labels(u))
