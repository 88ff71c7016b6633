"""Review fixes 28 (December 2026): the Fresh 33 readings (things one cannot get, sensitivities, refusals of something
new, wish frames) and standing or walking one cannot stand for long."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _norm(text: str) -> str:
    return analyse(text).norm


# -- a thing one cannot get: one's own doing and the idiom "få øje på" ------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg kan ikke få mig selv til at ringe til tandlægen",
    "kan ikke få mig selv til at komme op om morgenen",
    "hun kan ikke få sine støttestrømper på",
    "jeg kan ikke få rollatoren over kantstenen",
    "jeg kan ikke få kørestolen gennem døren",
])
def test_own_doing_with_faa_is_no_thing_not_got(text: str) -> None:
    assert not rules.cannot_get(_norm(text)), text


def test_own_doing_with_faa_stays_sustain_ability(tagger: Tagger) -> None:
    u = tagger.tag("jeg kan ikke få mig selv til at ringe til tandlægen", "citizen")
    assert (u.talk_type, u.subtype) == ("sustain", "ability")


@pytest.mark.parametrize("text", ["jeg kan ikke få øje på min nøgle", "kan ikke få øje på hvor bussen holder"])
def test_cannot_spot_is_a_problem_told(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "citizen")
    assert (u.talk_type, u.subtype, u.sheet) == ("neutral", None, "parking"), text


# -- sensitivity: "os" is the pronoun ---------------------------------------------------------------------------------
def test_us_is_no_smoke() -> None:
    assert not rules.sensitivity(_norm("naboen kan ikke tåle os"))
    assert rules.sensitivity(_norm("jeg kan ikke tåle osen fra grillen"))


# -- standing or walking one cannot stand for long --------------------------------------------------------------------
@pytest.mark.parametrize("text", ["hun tåler ikke at stå op i lang tid", "jeg tåler ikke at gå langt mere",
                                  "jeg kan ikke holde ud at stå op hele dagen"])
def test_standing_or_walking_for_long_is_a_limitation(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("hun") else "citizen")
    assert (u.talk_type, u.subtype, u.sheet, u.theme) == ("sustain", "ability", None, "mobilitet"), text


def test_wishes_and_queues_are_no_body_limit() -> None:
    assert not rules.body_limit(_norm("jeg tåler ikke at stå op længe, men jeg vil gerne med i zoo"))
    assert not rules.body_limit(_norm("jeg kan ikke tåle at stå i kø"))


# -- refusals of something new: times, money and questions are not --------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg skal ikke bruge så mange penge på taxa",
    "hun skal ikke starte på holdet før i februar",
    "jeg skal ikke flytte først til foråret",
    "skal jeg ikke prøve at skrive til dem?",
])
def test_times_money_and_questions_are_no_refusal(text: str) -> None:
    assert rules.wont_new(_norm(text)) is None, text


# -- wish frames ------------------------------------------------------------------------------------------------------
def test_considering_for_someone_else_is_no_own_wish() -> None:
    assert not rules.wish_frame(_norm("tænker jeg på om han skulle flytte i egen bolig"))
    assert rules.wish_frame(_norm("tænker jeg på om han skulle flytte i egen bolig".replace("han", "jeg")))


def test_moving_closer_to_family_is_a_wish_frame() -> None:
    assert rules.wish_frame(_norm("tænker på om jeg skulle flytte tættere på min bror"))
    assert not rules.wish_frame(_norm("jeg savner at drikke kaffe med min bror"))


def test_wanting_to_know_is_no_wish_frame() -> None:
    assert not rules.wish_frame(_norm("det ville være godt at vide hvad der skal ske"))


# -- a later clause with a direction carries the message --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg kan ikke tåle larmen på mit værelse, så jeg kunne godt tænke mig at flytte til et andet bosted",
    "jeg kan ikke tåle lys. jeg drømmer om at kunne gå i biografen igen",
])
def test_sensitivity_before_a_wish_does_not_decide(text: str) -> None:
    assert not rules.sensitivity(_norm(text)), text


def test_thing_not_got_before_a_step_does_not_decide() -> None:
    assert not rules.cannot_get(_norm("jeg kan ikke få hjælp til indkøb, så nu har jeg lært at bestille varer på nettet"))
    assert rules.cannot_get(_norm("jeg kan ikke få hjælp til indkøb før efter nytår"))


def test_idling_at_home_is_no_body_limit() -> None:
    assert not rules.body_limit(_norm("jeg kan ikke holde ud at gå derhjemme hele dagen"))
    assert not rules.body_limit(_norm("jeg kan ikke holde ud at sidde alene om aftenen"))
