"""Review of the Fresh 34 tagger rules: "kan ikke klare" a task is no sensitivity, people's talk is one, help refused
without an article, "skal ikke … mere" as a flip, an activity missed with the object first, a habit missed after
it was quit, and the ", og jeg" cut kept out of a subordinate word order."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, _split_clauses, rules


def _labels(u) -> tuple:
    return u.talk_type, u.subtype, u.sheet


@pytest.mark.parametrize("text", [
    "jeg kan ikke klare at folde tøjet",
    "hun kan ikke klare at skifte tøj om morgenen",
    "jeg kan ikke magte at rydde rodet i stuen",
])
def test_cannot_manage_a_task_is_no_sensitivity(text: str) -> None:
    assert not rules.sensitivity(text)


@pytest.mark.parametrize("text", [
    "jeg kan ikke klare min søsters evige brok",
    "han kan ikke klare naboens høje snak",
    "jeg kan ikke klare at se blinkende lys",
])
def test_cannot_stand_talk_or_light_is_a_sensitivity(text: str) -> None:
    assert rules.sensitivity(text)


def test_people_talk_sensitivity_is_parking_kommunikation(tagger: Tagger) -> None:
    u = tagger.tag("jeg kan ikke klare min kollegas konstante snak")
    assert (*_labels(u), u.theme) == ("neutral", None, "parking", "kommunikation")


@pytest.mark.parametrize("text", [
    "jeg skal aldrig have hjemmepleje",
    "min far siger han ikke skal have hjælp",
])
def test_help_refused_without_an_article(text: str) -> None:
    assert rules.wont_new(text) == "need"


def test_help_refused_without_an_article_tagged(tagger: Tagger) -> None:
    assert _labels(tagger.tag("nej, jeg skal aldrig have bostøtte")) == ("sustain", "need", None)


@pytest.mark.parametrize("text", [
    "jeg skal ikke bo der mere",
    "jeg ska ikke bo herude længere",
    "jeg skal ikke sidde alene hjemme mere",
])
def test_shall_not_live_here_any_more_is_a_flip(tagger: Tagger, text: str) -> None:
    assert _labels(tagger.tag(text)) == ("change", "desire", "hope"), text


@pytest.mark.parametrize("text", [
    "som ung spillede jeg håndbold, og det savner jeg",
    "jeg malede meget før blodproppen. det savner jeg",
])
def test_activity_missed_object_first_is_a_wish(tagger: Tagger, text: str) -> None:
    assert _labels(tagger.tag(text)) == ("change", "desire", "hope"), text


def test_habit_missed_object_first_is_sustain(tagger: Tagger) -> None:
    assert _labels(tagger.tag("i weekenden drak jeg altid øl med vennerne, det savner jeg")) == ("sustain", "desire", None)


def test_place_missed_object_first_is_no_wish() -> None:
    assert rules.missed_told("vi boede på landet og det savner jeg") is None


def test_habit_missed_after_quitting_is_sustain(tagger: Tagger) -> None:
    u = tagger.tag("Jeg holdt op med at ryge i foråret. Af og til savner jeg at ryge en smøg")
    assert _labels(u) == ("sustain", "desire", None)


def test_og_cut_keeps_subordinate_word_order() -> None:
    parts = _split_clauses("hvis jeg bliver syg, og jeg ikke kan komme, så ringer jeg", og=True)
    assert parts[0] == "hvis jeg bliver syg, og jeg ikke kan komme"
    assert _split_clauses("jeg bor på et bosted, og jeg vil gerne have egen lejlighed", og=True)[1].startswith("og jeg vil")


@pytest.mark.parametrize("text", [
    "jeg er holdt op med energidrikke, men jeg savner dem ikke",
    "jeg har skåret ned på sodavand, men jeg savner slet ikke sodavanden",
])
def test_quit_and_not_missed_stays_a_step(tagger: Tagger, text: str) -> None:
    assert _labels(tagger.tag(text)) == ("change", "taking_steps", "goal_progress"), text


@pytest.mark.parametrize("text", [
    "jeg savner at bage boller med min datter",
    "jeg savner at sælge is på havnen",
])
def test_making_or_selling_the_thing_is_no_missed_habit(text: str) -> None:
    assert not rules.missed_habit(text)


def test_baking_missed_is_a_wish(tagger: Tagger) -> None:
    assert _labels(tagger.tag("jeg savner at bage kager til mine naboer")) == ("change", "desire", "hope")


@pytest.mark.parametrize("text", [
    "jeg skal altid være hjemme klokken 23",
    "jeg skal altid være hos min mor hver søndag",
    "han skal altid være der for sin lillebror",
])
def test_a_rule_or_routine_with_always_is_no_staying_put(text: str) -> None:
    assert not rules.stay_forever(text)


@pytest.mark.parametrize("text", [
    "gid jeg havde kontakt til mine børnebørn",
    "jeg ville så ønske jeg havde kørekort",
])
def test_wish_for_a_noun_in_t_is_no_past_wish(tagger: Tagger, text: str) -> None:
    assert not rules.past_wish(text)
    assert _labels(tagger.tag(text)) == ("change", "desire", "hope"), text


@pytest.mark.parametrize("text", [
    "jeg mangler at hente øl i Netto",
    "vi mangler rødvin til middagen",
    "jeg mangler lidt snaps til julefrokosten",
    "jeg mangler en ny automat til kaffe",
])
def test_a_thing_still_to_get_is_no_missed_habit(text: str) -> None:
    assert not rules.missed_habit(text)
