"""Fresh writers 36 (December 2026): a stretch free of a symptom told as a count, no outing for a stretch, shares of
days and scale answers with their scale, drinking or eating to cope, and thoughts about the future prompted by someone
(guide, "Fresh 36 conventions")."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _labels(u) -> tuple:
    return u.talk_type, u.subtype, u.sheet


# -- a stretch free of a symptom ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("ingen krampeanfald i fire uger 👏", "citizen"),
    ("jeg har ikke haft migræne siden påske", "citizen"),
    ("har ikk haft mareridt i 2 uger", "citizen"),
    ("hun har ikke haft et eneste angstanfald i den her måned", "relative"),
    ("han har ikke haft nogen nedsmeltninger på skolen i over en uge", "relative"),
    ("jeg har ikke været ked af det i en hel uge", "citizen"),
    ("ingen indlæggelser det sidste år", "citizen"),
])
def test_symptom_free_stretch_is_progress(tagger: Tagger, text: str, speaker: str) -> None:
    u = tagger.tag(text, speaker)
    assert u.sheet == "goal_progress", (text, _labels(u))
    assert u.talk_type in ("neutral", "change"), (text, _labels(u))


def test_symptom_free_fall_keeps_mobility(tagger: Tagger) -> None:
    u = tagger.tag("min mor er ikke faldet en eneste gang siden hun fik sin rollator", "relative")
    assert _labels(u) == ("neutral", None, "goal_progress"), _labels(u)
    assert u.theme == "mobilitet", u.theme


@pytest.mark.parametrize("text", [
    "jeg har haft hovedpine hver dag i en uge",
    "jeg har ikke fået hjælp i tre dage",
    "ingen hovedpine i dag",
    "jeg har ikke haft anfald i en uge, men jeg er stadig bange",
])
def test_symptom_free_needs_a_negated_symptom_and_a_stretch(text: str) -> None:
    assert not rules.symptom_free(analyse(text).norm), text


# -- no outing for a stretch -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg har ikke været uden for døren i to uger",
    "hun har ikke snakket med sin bror siden påske",
])
def test_no_outing_for_a_stretch_is_parking(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))


# -- shares of days and scale answers ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "omkring halvdelen af gangene",
    "jeg får gjort rent halvdelen af ugerne",
    "5 ud af 7 morgener står jeg op til tiden",
    "en 3'er på en skala fra 1-5",
    "jeg vil give det en 6",
    "i dag har jeg det som en 4'er ud af 10",
])
def test_share_and_scale_answers_are_progress(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert u.sheet == "goal_progress", (text, _labels(u))
    assert u.talk_type in ("neutral", "change"), (text, _labels(u))


def test_share_with_a_wish_is_not_a_share_answer(tagger: Tagger) -> None:
    u = tagger.tag("jeg vil gerne kunne stå op til tiden de fleste dage")
    assert _labels(u) == ("change", "desire", "hope"), _labels(u)


# -- drinking or eating to cope ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("jeg drikker nogle øl for at slippe for tankerne", "citizen"),
    ("når jeg er ensom så spiser jeg en hel pakke kiks", "citizen"),
    ("han ryger hash for at kunne slappe af", "relative"),
    ("hun spiser slik naar hun har det svaert", "relative"),
    ("jeg drikker vin om aftenen når jeg savner min mand", "citizen"),
])
def test_coping_habit_is_parking(tagger: Tagger, text: str, speaker: str) -> None:
    u = tagger.tag(text, speaker)
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))
    assert u.theme == "sundhed", (text, u.theme)


def test_coping_habit_told_by_its_benefit_is_sustain_reasons(tagger: Tagger) -> None:
    u = tagger.tag("en joint om aftenen hjælper mig til at falde i søvn")
    assert _labels(u) == ("sustain", "reasons", None), _labels(u)
    assert u.theme == "sundhed", u.theme


@pytest.mark.parametrize("text", [
    "jeg drikker vand når jeg er tørstig",
    "jeg drikker for at glemme, men jeg vil gerne holde op",
    "plastrene hjælper mig med at lade være med at ryge",
])
def test_not_a_coping_habit(text: str) -> None:
    assert rules.coping_habit(analyse(text).norm) is None, text


# -- thoughts about the future prompted by someone ---------------------------------------------------------------------
def test_prompted_thought_about_the_future_is_neutral(tagger: Tagger) -> None:
    u = tagger.tag("min støttekontaktperson fik mig til at tænke over mit liv")
    assert _labels(u) == ("neutral", None, None), _labels(u)
    assert u.theme == "none", u.theme


@pytest.mark.parametrize("text", [
    "min onkel fik mig til at overveje at søge en læreplads",
    "pædagogen fik mig til at tænke på om jeg skulle begynde at cykle",
])
def test_prompted_thought_with_a_change_is_desire(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "desire", "hope"), (text, _labels(u))


@pytest.mark.parametrize("text", [
    "min mentor har fået mig til at ringe til jobcentret",
    "min fætter fik mig til at søge et weekendjob",
])
def test_prompted_step_is_a_step(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "taking_steps", "goal_progress"), (text, _labels(u))


def test_prompted_grooming_is_no_step() -> None:
    assert rules.prompted_thought(analyse("han fik mig til at tage tøjet af for at få en smøg").norm) is None
