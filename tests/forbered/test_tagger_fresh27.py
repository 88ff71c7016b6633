"""Fresh writers 27 (December 2026): English facts, states told with "nu", abilities got back, fronted seasons,
walking somewhere."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, _split_clauses, rules
from forbered.tagger.features import analyse


def _norm(text: str) -> str:
    return analyse(text).norm


@pytest.mark.parametrize("text", [
    "I work at a petrol station",
    "she works in the canteen at the hospital",
    "i have a job at a car wash",
    "my uncle lives in randers",
    "i walk to the shop",
    "we have a cat named Mis",
])
def test_english_fact(text: str) -> None:
    assert rules.english_fact(_norm(text))


@pytest.mark.parametrize("text", [
    "i want to work at a petrol station",
    "i would like to live in randers",
    "i dont work anymore",
    "i work at a petrol station now",
    "i will walk to the shop tomorrow",
    "i have no job",
    "i går tog jeg bussen",
    "jeg arbejder på en tankstation",
])
def test_no_english_fact(text: str) -> None:
    assert not rules.english_fact(_norm(text))


@pytest.mark.parametrize("text", ["i have a job at a car wash", "i walk to the bus stop", "he works at the harbour"])
def test_english_fact_is_neutral(tagger: Tagger, text: str) -> None:
    assert tagger.tag(text).talk_type == "neutral"


@pytest.mark.parametrize("text", ["i go to the pool 2 times a week", "he goes to the gym 4 times a week"])
def test_english_routine_is_a_resource(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("neutral", "resource")


@pytest.mark.parametrize("text", ["jeg bor helt alene nu", "I am living alone now", "han bor alene for tiden"])
def test_living_alone_now_is_no_step(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert u.talk_type == "neutral" and u.sheet != "goal_progress"


@pytest.mark.parametrize("text", ["hun spiser meget bedre nu", "nu om dage sover han bedre", "he sleeps a lot better now"])
def test_better_now_is_a_state(text: str) -> None:
    assert rules.state_now(_norm(text))


def test_step_with_now_is_no_state() -> None:
    assert not rules.state_now(_norm("vi bor sammen nu"))
    assert not rules.state_now(_norm("jeg vasker selv mit tøj nu"))


@pytest.mark.parametrize("text", [
    "nu kan hun tage trappen op igen",
    "han kan nu selv tage sokker på igen",
    "now i can drive again",
])
def test_regained_ability_is_a_step(tagger: Tagger, text: str) -> None:
    assert rules.regained(_norm(text))
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype, u.sheet) == ("change", "taking_steps", "goal_progress")


@pytest.mark.parametrize("text", ["nu kan jeg ikke cykle igen", "jeg kan godt cykle", "nu kan jeg cykle"])
def test_not_regained(text: str) -> None:
    assert not rules.regained(_norm(text))


@pytest.mark.parametrize("text", [
    "i sommer flyttede han ind på et bosted",
    "for to uger siden meldte jeg mig til et kor",
    "i julen bagte hun selv småkager",
])
def test_fronted_season_step_cue(text: str) -> None:
    assert "taking_steps" in rules.hits(_norm(text))


@pytest.mark.parametrize("text", ["i foråret fik han en blodprop", "for en uge siden fik jeg influenza"])
def test_illness_got_is_no_step_cue(text: str) -> None:
    assert "taking_steps" not in rules.hits(_norm(text))


@pytest.mark.parametrize("text", [
    "jeg gik selv ned til torvet",
    "hun går alene hjem fra dagcentret",
    "han gik til stationen i morges",
    "she walked to the pharmacy",
])
def test_walking_somewhere_is_mobility(text: str) -> None:
    assert "theme_mobilitet" in rules.hits(_norm(text))


@pytest.mark.parametrize("text", ["jeg går op i vægt", "han går ud med hunden", "vi går ud i byen", "jeg går ned i tid"])
def test_no_walking(text: str) -> None:
    assert "theme_mobilitet" not in rules.hits(_norm(text))


def test_og_nu_starts_a_clause() -> None:
    assert _split_clauses("hun har boet hos sin far i mange år, og nu er hun flyttet på kollegium") == [
        "hun har boet hos sin far i mange år", "og nu er hun flyttet på kollegium"]


@pytest.mark.parametrize("text, talk", [
    ("jeg var i tvivl om skolen i lang tid, og nu har jeg søgt ind på en uddannelse", ("change", "taking_steps")),
    ("hun sad i kørestol efter ulykken, og nu har hun lært at gå med krykker", ("change", "taking_steps")),
    ("jeg var meget ked af det da min hund døde, og nu er jeg begyndt at gå til hundetræning med en ny",
     ("change", "taking_steps")),
])
def test_og_nu_clause_carries_the_weight(tagger: Tagger, text: str, talk: tuple[str, str]) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype) == talk
    assert u.sheet == ("goal_progress" if talk[1] == "taking_steps" else "hope")
