"""Fresh writers 31 (December 2026): joy in a status-quo life said as a joke, wishes for one evening with "vil bare",
activities put first with "kan jeg ikke", abilities got back without "nu", one's own things in a room, "er begyndt
at", hospital stays, content after "men", "for dyrt" after a wish and spoken "mell mæ te" (guide, "Fresh 31
conventions")."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _norm(text: str) -> str:
    return analyse(text).norm


def _labels(u) -> tuple:
    return u.talk_type, u.subtype, u.sheet


# -- joy in a status-quo life, also as a joke -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "mit sofaliv er bare det bedste 😂",
    "min søn elsker sit gamerliv haha",
    "jeg nyder at ligge i sengen hele formiddagen… nej hele dagen 😎",
    "jeg er en stolt sofakartoffel",
])
def test_status_quo_joy_is_sustain_desire(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("min søn") else "citizen")
    assert _labels(u) == ("sustain", "desire", None), (text, _labels(u))


@pytest.mark.parametrize("text", [
    "jeg gider ikke mit sofaliv mere",
    "jeg er træt af mit sofaliv",
    "jeg elsker at gå ture med min hund",
    "jeg vil gerne ud af mit sofaliv",
])
def test_status_quo_joy_leaves_change_and_joys(text: str) -> None:
    assert not rules.status_quo_joy(_norm(text)), text


@pytest.mark.parametrize("text", [
    "jeg elsker at sove om natten",
    "jeg elsker at sidde i solen hele dagen om sommeren",
    "jeg nyder at ligge på stranden hele dagen",
    "jeg nyder at ligge på sofaen med min kæreste hele aftenen",
    "hun nyder at hænge ud med veninderne hele weekenden",
])
def test_status_quo_joy_leaves_sleep_outdoors_and_people(text: str) -> None:
    assert not rules.status_quo_joy(_norm(text)), text


@pytest.mark.parametrize("text", ["han nyder at sove til middag hver dag", "jeg elsker at game hele natten",
                                  "jeg elsker at ligge foran fjernsynet hele aftenen", "jeg nyder at dase hele dagen",
                                  "hun nyder at ligge og se serier hele aftenen"])
def test_status_quo_joy_keeps_sofa_screen_and_late_sleep(text: str) -> None:
    assert rules.status_quo_joy(_norm(text)), text


# -- a wish for one day with "vil bare" ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "på fredag vil jeg bare sove længe",
    "i aften vil jeg bare hygge med en film",
    "i dag vil jeg bare ligge under dynen",
])
def test_vil_bare_one_day_is_neutral(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("neutral", None), (text, _labels(u))


@pytest.mark.parametrize("text", [
    "jeg har været i svømmehallen i dag, nu vil jeg bare slappe af i aften",
    "jeg har meldt mig til svømning i dag, i aften vil jeg bare slappe af",
])
def test_step_told_before_one_day_wish_stays_step(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "taking_steps", "goal_progress"), (text, _labels(u))


def test_vil_bare_with_change_word_is_no_one_off() -> None:
    assert not rules.one_off_wish(_norm("i morgen vil jeg bare prøve at tage bussen selv"))


# -- an activity put first, then "kan jeg ikke" --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "løbe kan jeg ikke mere",
    "tage toget kan hun ikke alene",
    "gå på trappen kan han ikke længere",
    "støvsuge ka æ ik mer",
])
def test_fronted_cannot_is_sustain_ability(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("sustain", "ability", None), (text, _labels(u))


@pytest.mark.parametrize("text", ["i dag kan jeg ikke komme", "det kan jeg ikke", "sove kan jeg ikke",
                                  "ham kan jeg ikke lide", "bussen kan jeg ikke tage, men jeg vil gerne lære det",
                                  "fisk kan jeg ikke lide", "naboen kan jeg ikke fordrage", "mælk kan jeg ikke tåle",
                                  "hendes adresse kan jeg ikke huske", "matematik kan jeg ikke rigtig forstå"])
def test_fronted_cannot_leaves_other_lines(text: str) -> None:
    assert not rules.fronted_cannot(_norm(text)), text


@pytest.mark.parametrize("text", ["leverpostej kan jeg ikke lide", "hendes adresse kan jeg ikke huske"])
def test_fronted_like_or_memory_is_no_lost_ability(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) != ("sustain", "ability", None), (text, _labels(u))


# -- an ability got back without "nu" ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg kan selv gå i bad igen",
    "hun magter at lave mad igen",
    "jeg kan godt gå til posten igen",
])
def test_regained_without_nu_is_ability_resource(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "ability", "resource"), (text, _labels(u))


@pytest.mark.parametrize("text", ["jeg håber jeg kan cykle igen", "jeg kan ikke cykle igen",
                                  "så jeg kan cykle igen", "jeg kan først cykle igen om tre uger"])
def test_regained_plain_leaves_wishes(text: str) -> None:
    assert not rules.regained_plain(_norm(text)), text


@pytest.mark.parametrize("text", [
    "æ ka mærk suget igen",
    "jeg kan føle uroen igen",
    "jeg kan høre stemmerne igen",
    "jeg kan mærke at jeg bliver ked af det igen",
    "hun kan se at han drikker igen",
    "jeg kan tydeligt se at tingene glider igen",
    "jeg kan godt li at cykle igen",
    "han kan sagtens finde på at ryge igen",
])
def test_regained_plain_leaves_noticing_liking_and_relapse(text: str) -> None:
    assert not rules.regained_plain(_norm(text)), text


@pytest.mark.parametrize("text", ["jeg kan mærke at jeg bliver ked af det igen", "hun kan se at han drikker igen",
                                  "jeg kan godt li at cykle igen"])
def test_noticing_and_liking_are_no_regained_ability(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) != ("change", "ability", "resource"), (text, _labels(u))


@pytest.mark.parametrize("text", ["jeg kan se fjernsyn igen uden hovedpine", "hun kan køre ud og se sine veninder igen"])
def test_regained_plain_keeps_abilities_with_seeing(text: str) -> None:
    assert rules.regained_plain(_norm(text)), text


# -- one's own thing in a room takes the thing's theme -------------------------------------------------------------
@pytest.mark.parametrize("text,theme", [
    ("min bærbare står i soveværelset", None),
    ("min cykel står i køkkenet", "mobilitet"),
    ("min mobil ligger i soveværelset", "kommunikation"),
    ("jeg har min mobil i soveværelset", "kommunikation"),
    ("jeg har en ipad i køkkenet", "kommunikation"),
])
def test_own_thing_in_room_takes_thing_theme(tagger: Tagger, text: str, theme: str | None) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("neutral", None), (text, _labels(u))
    if theme:
        assert u.theme == theme, (text, u.theme)


# -- "er begyndt at" with a good activity, hospital stays ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg er begyndt at bruge stok når jeg går ud",
    "han er begyndt at bruge en kalender på telefonen når han skal ud",
])
def test_begun_good_activity_is_step(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith("han") else "citizen")
    assert _labels(u) == ("change", "taking_steps", "goal_progress"), (text, _labels(u))


@pytest.mark.parametrize("text", ["min kone er faldet om i køkkenet", "min kælder står under vand", "min kone er i køkkenet",
                                  "jeg har skimmel i soveværelset"])
def test_thing_in_place_leaves_people_and_worries(text: str) -> None:
    assert rules.thing_in_place(_norm(text)) is None, text


@pytest.mark.parametrize("text", ["jeg er begyndt at ryge igen", "han er begyndt at drikke om aftenen",
                                  "jeg er begyndt på medicin", "jeg er begyndt at glemme ting"])
def test_begun_leaves_relapse_and_treatment(text: str) -> None:
    assert not rules.begun_change(_norm(text)), text


@pytest.mark.parametrize("text", ["jeg har været indlagt i fem dage", "hun var på hospitalet i sidste uge"])
def test_hospital_stay_is_no_step(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.theme) == ("neutral", "sundhed"), (text, _labels(u), u.theme)


# -- ambivalence: content or a cost after "men" --------------------------------------------------------------------
@pytest.mark.parametrize("text,sub", [
    ("det kunne være dejligt med en kæreste, men jeg er glad for mit liv alene", "desire"),
    ("det ville være godt at få et job, men jeg er glad for mit værksted", "desire"),
    ("jeg vil gerne have en bil men den er for dyr", None),
])
def test_wish_then_content_or_cost_is_sustain(tagger: Tagger, text: str, sub: str | None) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("sustain", None), (text, _labels(u))
    if sub:
        assert u.subtype == sub, (text, _labels(u))


# -- spoken "mell mæ te" ----------------------------------------------------------------------------------------------
def test_spoken_meldt_mig_til() -> None:
    assert _norm("æ har mell mæ te håndbold") == "jeg har meldt mig til håndbold"
    assert _norm("jeg drikker en kop te") == "jeg drikker en kop te"


def test_spoken_meldt_step(tagger: Tagger) -> None:
    u = tagger.tag("æ har mell mæ te dans")
    assert _labels(u) == ("change", "taking_steps", "goal_progress"), _labels(u)


# -- a fatigue symptom read as sustain talk -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["jeg bliver overstimuleret i Lidl", "jeg bliver lydfølsom i Rema"])
def test_overstimulated_is_parking(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet, u.theme) == ("neutral", "parking", "sundhed"), (text, _labels(u), u.theme)
