"""Safety rules for fear at home, threats, despair on a scale and care kept back: ordinary lines they must leave alone
and near-variants of the disclosures they must still read."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

ORDINARY = [
    # racing thoughts, not despair on a scale
    "mine tanker kører på 100 i aften, jeg kan ikke falde i søvn",
    # a relationship that will not mend is not hopelessness about life
    "det bliver aldrig godt igen mellem mig og min bror",
    # playing hide and seek, not hiding in fear
    "når min far kommer hjem gemmer jeg mig i skabet og så skal han finde mig",
    "jeg gemmer mig når min kone kommer hjem, jeg vil overraske hende med kage",
    # afraid to ride with a driver who has drunk, not afraid of violence
    "når min bror har drukket tør jeg ikke køre med ham",
    # laughing, not shaking with fear
    "når min mand er sur ryster jeg af grin",
    # a prediction or advice, not a threat
    "min mor siger jeg nok kommer til at fortryde det hvis jeg holder op på uddannelsen",
    "han sagde du vil nok fortryde det hvis du ikke tager med",
]

ABUSE = [
    "jeg hvisker så min far ikke eksploderer",
    "jeg går på tæer så han ikke flipper ud",
]

SUICIDE = ["min livsgnist er på nul", "livsmod 0/10"]

NEGLECT = ["jeg sad i mit eget tis i flere timer, ingen hjemmehjælper kom"]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_lines_are_no_crisis(text):
    assert not is_crisis(text), text


@pytest.mark.parametrize("text", ABUSE)
def test_fear_and_threats_are_abuse(text):
    assert is_crisis(text) and safety_kind(text) == "abuse", text


@pytest.mark.parametrize("text", SUICIDE)
def test_despair_on_a_scale(text):
    assert is_crisis(text) and safety_kind(text) == "suicide", text


@pytest.mark.parametrize("text", NEGLECT)
def test_left_in_own_waste(text):
    assert is_crisis(text) and safety_kind(text) == "neglect", text


def test_medicine_locked_away_to_hurt_is_abuse():
    assert safety_kind("hun låser min medicin inde så jeg får ondt") == "abuse"


@pytest.mark.parametrize("text", [
    "livslyst 0/10, og min ryg gør også ondt",
    "mit humør er nede på nul, jeg får ikke spist ordentlig mad",
])
def test_despair_on_a_scale_with_pain_or_food_named(text):
    assert is_crisis(text) and safety_kind(text) == "suicide", text


def test_a_cold_rated_low_is_no_crisis():
    assert not is_crisis("humøret er på 1 i dag, jeg er forkølet")


@pytest.mark.parametrize("text", [
    "vi lader vores datter sove i sin ble, hun er to år",
    "min søster lader mig gå i mit beskidte tøj når jeg er i værkstedet",
])
def test_a_nappy_or_work_clothes_are_no_neglect(text):
    assert not is_crisis(text), text


def test_left_in_wet_trousers_is_neglect():
    assert safety_kind("personalet lod ham sidde i sine våde bukser hele eftermiddagen") == "neglect"


@pytest.mark.parametrize("text", [
    # worn out, not threatened
    "jeg er død hvis jeg går helt ned til stranden og tilbage",
    # keeping the home tidy, not keeping quiet in fear
    "jeg holder min have pæn så min svigermor ikke bliver sur når hun kommer",
    # pocket money as a rule at home, not care kept back
    "jeg får ikke mine lommepenge før jeg gør som far siger med opvasken",
])
def test_tired_tidy_and_pocket_money_are_no_crisis(text):
    assert not is_crisis(text), text


@pytest.mark.parametrize("text", [
    "han truer med at jeg er død hvis jeg fortæller det",
    "min kæreste giver mig ikke mine piller før jeg siger undskyld",
])
def test_threat_and_pills_kept_back_are_abuse(text):
    assert is_crisis(text) and safety_kind(text) == "abuse", text


def test_skal_du_nok_komme_til_at_fortryde_stays_a_threat():
    text = "han skrev til mig: det skal du nok komme til at fortryde"
    assert is_crisis(text) and safety_kind(text) == "abuse"
