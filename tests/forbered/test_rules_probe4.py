"""Cue changes after a fourth fresh probe (talk type, DARN-CAT subtype and sheet on short messages): routines
against steps and plans, "savner" and "glæder mig til", symptoms and fear against limitations, quiet sustain talk,
negation flips, activation against commitment, and a relative's own wish against the citizen's. The phrasings
here are written for these tests, not taken from the corpus or the probe sets."""

from __future__ import annotations

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse


def fams(text: str) -> set[str]:
    return set(rules.hits(analyse(text).norm))


@pytest.mark.parametrize("text", [
    "jeg glæder mig til at begynde på højskolen", "hun glæder sig helt vildt til at bo for sig selv",
    "jeg glæder mig til at lære at svømme",
])
def test_looking_forward_to_a_change_is_desire(text: str) -> None:
    assert "desire" in fams(text)
    assert "resource" not in fams(text)


@pytest.mark.parametrize("text", [
    "jeg glæder mig til pizzaaften i opgangen", "han glæder sig hver gang til at se sin onkel",
    "glæder mig til bankospil på søndag",
])
def test_looking_forward_to_a_joy_is_a_resource_not_a_wish_or_a_plan(text: str) -> None:
    f = fams(text)
    assert "resource" in f
    assert "desire" not in f
    assert "commitment" not in f


@pytest.mark.parametrize("text", ["jeg savner at male", "han savner det med at gå på arbejde"])
def test_missing_an_activity_is_desire(text: str) -> None:
    assert "desire" in fams(text)


@pytest.mark.parametrize("text", ["jeg savner min onkel", "hun savner sine veninder fra skolen"])
def test_missing_a_person_is_parking(text: str) -> None:
    f = fams(text)
    assert "parking" in f
    assert "desire" not in f


@pytest.mark.parametrize("text", [
    "jeg gider ikke sidde foran skærmen hele dagen", "han siger han ikke orker at ligge i sengen hele tiden mere",
    "jeg vil ikke være på kontanthjælp resten af mit liv", "gider ik mere at game til klokken 5",
    "jeg vil ikke være ensom",
])
def test_negation_flips_with_the_status_quo_named_are_desire(text: str) -> None:
    assert "desire" in fams(text)


def test_vil_proeve_is_activation_not_commitment() -> None:
    f = fams("jeg vil prøve at gå med til fællessang")
    assert "activation" in f
    assert "commitment" not in f


@pytest.mark.parametrize("text", ["jeg maler stakittet på lørdag", "hun ringer til tandlægen i morgen",
                                  "jeg starter på holdet efter sommerferien"])
def test_present_tense_with_a_time_ahead_is_commitment(text: str) -> None:
    assert "commitment" in fams(text)


def test_a_routine_told_with_det_goer_jeg_is_no_commitment() -> None:
    f = fams("jeg støvsuger selv stuen, det gør jeg hver torsdag")
    assert "commitment" not in f
    assert "routine" in f
    assert "commitment" in fams("ok, det gør jeg")


@pytest.mark.parametrize("text", ["jeg plejer at gå til kor", "han spiser morgenmad selv om morgenen",
                                  "I walk the dog every morning"])
def test_routine_cue(text: str) -> None:
    assert "routine" in fams(text)


@pytest.mark.parametrize("text", ["nu rydder jeg selv op på mit værelse", "jeg har ikke drukket i fjorten dage",
                                  "han har ikke gamet om natten i en uge"])
def test_new_habits_and_habits_kept_off_are_steps(text: str) -> None:
    assert "taking_steps" in fams(text)


def test_relapse_is_sustain() -> None:
    assert "sustain" in fams("han er begyndt at drikke igen")


@pytest.mark.parametrize("text", ["jeg kan ikke sove når bussen larmer", "kan ik falde i søvn",
                                  "jeg tør ikke gå ned i kælderen", "hun har meget svært ved at vælge tøj"])
def test_symptoms_fear_and_difficulty_are_parking_not_sustain(text: str) -> None:
    f = fams(text)
    assert "parking" in f
    assert "sustain" not in f


def test_a_limitation_is_still_sustain() -> None:
    assert "sustain" in fams("jeg kan ikke finde ud af at betale over nettet")


@pytest.mark.parametrize("text", [
    "værestedet er ikke noget for hende", "han siger at rollespil ikke er noget for ham", "sport er bare ikke mig",
    "hvorfor skulle hun flytte", "jeg har det godt hjemme hos min bror", "im fine with staying home",
])
def test_quiet_sustain_talk(text: str) -> None:
    assert "sustain" in fams(text)


@pytest.mark.parametrize("text", [
    "jeg håber han kommer på højskole", "vi vil så gerne have at hun får en veninde",
    "jeg drømmer om at min søn får en læreplads", "vi ønsker at han begynder at træne",
    "jeg ville ønske hun ringede oftere", "vi kunne godt tænke os at hun lærte at cykle",
])
def test_a_relatives_own_wish_is_other_view_not_desire(text: str) -> None:
    f = fams(text)
    assert "other_view" in f
    assert "desire" not in f


@pytest.mark.parametrize("text", ["hun håber hun kommer på højskole", "jeg håber jeg kommer på højskole",
                                  "han siger han drømmer om at få en hund", "vi vil gerne have en have"])
def test_the_citizens_own_wish_is_still_desire(text: str) -> None:
    assert "desire" in fams(text)


@pytest.mark.parametrize("text", ["min læge siger jeg skal gå mere", "personalet mener jeg bør spise frugt"])
def test_advice_passed_on_is_other_view(text: str) -> None:
    assert "other_view" in fams(text)


@pytest.mark.parametrize("text", ["så slap jeg for at vente på hjemmehjælpen", "så havde hun nogen at spise med",
                                  "det ville være godt for mig at komme ud"])
def test_reasons_cues(text: str) -> None:
    assert "reasons" in fams(text)


def test_benefit_for_oneself_is_no_desire_cue() -> None:
    assert "desire" not in fams("det ville være godt for ham at komme ud")


def test_english_forms() -> None:
    assert "ability" in fams("i cant stop eating candy")
    assert "sustain" in fams("im happy living with my mom")
    assert "commitment" in fams("im gonna call her tomorrow")


def test_haaber_without_aa() -> None:
    assert "desire" in fams("jeg haaber jeg faar en lejlighed")
