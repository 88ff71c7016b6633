"""Fresh writers 29 (December 2026): things in the surroundings told as facts, leisure outings that happened,
present-tense routines and tasks forgotten (guide, "Fresh 29 conventions")."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _norm(text: str) -> str:
    return analyse(text).norm


# -- surroundings -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "der er et vaskeri i kælderen under os",
    "der er et træ med æbler i haven",
    "der er en bager nede på gaden",
    "der står en postkasse på hjørnet",
])
def test_surroundings_fact_is_neutral_without_sheet(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("neutral", None), (text, u.talk_type, u.sheet)


@pytest.mark.parametrize("text", [
    "der er en der råber i opgangen hver nat",
    "der er en mand der truer mig",
    "der er mus i mit køkken",
    "der er ingen bus herude",
    "der er en cafe i byen som jeg gerne vil prøve",
    "der er for mange mennesker i kantinen",
])
def test_surroundings_fact_leaves_worries_and_wishes(text: str) -> None:
    assert not rules.surroundings_fact(_norm(text), text)


# -- past outings -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "i lørdags var vi til bryllup hos min fætter",
    "i onsdags var vi på udflugt til stranden",
    "sidste søndag var jeg i tivoli",
])
def test_past_outing_is_no_step(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert u.talk_type == "neutral" and u.sheet != "goal_progress", (text, u.talk_type, u.subtype, u.sheet)


@pytest.mark.parametrize("text", [
    "i går var jeg selv i svømmehallen",
    "i lørdags var jeg til fest for første gang i to år",
    "i søndags var jeg i kirke, men jeg fik ondt i ryggen",
    "i går var jeg hos lægen",
])
def test_past_outing_leaves_effort_and_worry(text: str) -> None:
    assert not rules.past_outing(_norm(text))


# -- routines -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg tager bussen til værkstedet kl 8",
    "jeg kører til genoptræning to gange om ugen",
    "jeg handler ind hos købmanden to gange om ugen",
])
def test_present_routine_is_resource(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("neutral", "resource"), (text, u.talk_type, u.subtype, u.sheet)


@pytest.mark.parametrize("text", [
    "jeg tager bussen til arbejde i morgen",
    "fra nu af cykler jeg til skolen",
    "jeg går selv til træning nu",
    "jeg vil cykle til arbejde hver dag",
    "jeg tager ikke bussen til skolen",
    "jeg ringer til værkstedet og spørger om de har plads",
])
def test_routine_leaves_plans_steps_and_refusals(text: str) -> None:
    assert not rules.routine_fact(_norm(text))


def test_routine_keeps_joy_in_status_quo_as_sustain() -> None:
    assert not rules.sustain_routine(_norm("jeg nyder at ligge på sofaen hver aften"))
    assert rules.sustain_routine(_norm("jeg vasker op hver aften"))


# -- forgotten tasks ----------------------------------------------------------------------------------------------
def test_forgotten_task_is_parking(tagger: Tagger) -> None:
    u = tagger.tag("jeg glemte at ringe til tandlægen")
    assert (u.talk_type, u.sheet) == ("neutral", "parking"), (u.talk_type, u.subtype, u.sheet)


@pytest.mark.parametrize("text", [
    "jeg har ikke glemt min medicin i en hel uge",
    "jeg glemte at spise, men nu har jeg en alarm",
])
def test_forgotten_task_leaves_progress(text: str) -> None:
    assert not rules.forgot_task(_norm(text))


# -- a relative's own opinion -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "vi synes han skal begynde at gå i fitness",
    "jeg mener hun bør lære at bruge netbank",
    "min mand og jeg synes hun skal have sin egen lejlighed",
])
def test_relative_opinion(text: str) -> None:
    assert rules.relative_opinion(_norm(text))


@pytest.mark.parametrize("text", [
    "vi synes han skal flytte, men han siger selv han vil blive hjemme",
    "hun synes selv hun skal have et job",
    "han siger han skal have hjælp til rengøring",
])
def test_relative_opinion_leaves_the_citizens_talk(text: str) -> None:
    assert not rules.relative_opinion(_norm(text))


# -- a wish to stay where one lives -------------------------------------------------------------------------------
def test_wish_to_stay_is_sustain(tagger: Tagger) -> None:
    u = tagger.tag("kommunen siger hun skal flytte, men hun vil gerne blive hjemme", "relative")
    assert (u.talk_type, u.subtype) == ("sustain", "desire"), (u.talk_type, u.subtype, u.sheet)
    assert rules.staying_put(_norm("hun vil gerne blive boende på plejehjemmet"))
    assert not rules.staying_put(_norm("jeg vil gerne blive hjemme i aften"))


@pytest.mark.parametrize("text", [
    "min kanin bed mig i tommelfingeren i går, den var bange",
    "hendes undulat bider hende i øret når hun fodrer den",
    "en rotte bed ham i foden på lossepladsen for mange år siden",
])
def test_a_pet_or_small_animal_biting_is_no_disclosure(text: str) -> None:
    from forbered.tagger.features import analyse
    from forbered.tagger.safety_rules import safety_hit

    assert safety_hit(analyse(text).norm) is None


def test_a_person_biting_still_alarms_beside_an_animal_word() -> None:
    from forbered.tagger.features import analyse
    from forbered.tagger.safety_rules import safety_hit

    assert safety_hit(analyse("min kæreste bed mig i armen så det blødte, og så gik han ud med hunden").norm) is not None
