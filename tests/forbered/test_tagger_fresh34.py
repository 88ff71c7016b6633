"""Fresh writers 34 (December 2026): missing an old habit, staying put or keeping off a habit with "skal aldrig /
altid", sensitivities said with "kan ikke klare", ", og jeg …" as a clause cut, wishes about the past or one's age,
and memories told with a past time (guide, "Fresh 34 conventions")."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, _split_clauses


def _labels(u) -> tuple:
    return u.talk_type, u.subtype, u.sheet


def _speaker(text: str) -> str:
    return "relative" if text.lower().startswith(("hun ", "han ", "vi ", "min ")) else "citizen"


# -- missing an old habit -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg savner virkelig at ryge en smøg til kaffen",
    "savner at drikke mig fuld i weekenden",
    "jeg savner det med at tage en bajer efter arbejde",
    "han savner at game til langt ud på natten",
    "jeg savner at spille på automaterne på kroen",
    "savner cola og chips om aftenen 😩",
    "i miss getting drunk with my mates",
])
def test_missed_habit_is_sustain_desire(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, _speaker(text))
    assert _labels(u) == ("sustain", "desire", None), (text, _labels(u))


@pytest.mark.parametrize("text", [
    "jeg savner at gå til håndbold",
    "jeg savner at drikke kaffe med mine gamle kolleger",
])
def test_missed_activity_stays_a_wish(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "desire", "hope"), (text, _labels(u))


# -- "skal aldrig / altid" ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg skal aldrig flytte fra mit rækkehus",
    "jeg skal altid bo her i byen",
    "hun siger hun aldrig skal flytte væk fra bostedet",
    "jeg ska aldrig flytte fra min lejlighed",
])
def test_never_move_is_staying_put(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, _speaker(text))
    assert _labels(u) == ("sustain", "desire", None), (text, _labels(u))


@pytest.mark.parametrize("text", [
    "jeg skal aldrig drikke sprut igen",
    "jeg skal aldrig nogensinde ryge igen",
    "han siger han aldrig skal spille på automater igen",
])
def test_never_habit_again_is_commitment(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, _speaker(text))
    assert _labels(u) == ("change", "commitment", "hope"), (text, _labels(u))


# -- "kan ikke klare" a sensitivity ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg kan ikke klare støjen i bussen",
    "kan ik klare det skarpe lys i klassen",
    "han kan ikke klare når folk snakker i munden på hinanden",
    "jeg kan ikke klare at blive afbrudt",
])
def test_cannot_handle_sensitivity_is_parking(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, _speaker(text))
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))


@pytest.mark.parametrize("text", [
    "jeg kan ikke klare at støvsuge selv mere",
    "jeg kan ikke klare at gå langt",
])
def test_cannot_handle_an_activity_stays_ability(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype) == ("sustain", "ability"), (text, _labels(u))


# -- ", og jeg …" ------------------------------------------------------------------------------------------------------
def test_comma_og_jeg_cuts_a_clause() -> None:
    assert _split_clauses("jeg har boet her i ti år, og jeg vil gerne prøve noget nyt", og=True) == [
        "jeg har boet her i ti år", "og jeg vil gerne prøve noget nyt"]
    assert len(_split_clauses("jeg købte æbler og pærer, og mælk", og=True)) == 1


def test_comma_og_jeg_clause_carries_its_own_theme(tagger: Tagger) -> None:
    u = tagger.tag("jeg bor i en lille lejlighed, og jeg vil gerne have en hund")
    assert [c.text for c in u.clauses][-1] == "og jeg vil gerne have en hund"
    assert (u.talk_type, u.subtype, u.sheet) == ("change", "desire", "hope")


# -- wishes about the past or one's age --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg ville ønske jeg var ung igen",
    "gid jeg aldrig havde sagt ja til den operation",
    "jeg ville ønske at jeg aldrig var kørt ud den aften",
    "gid jeg var 40 år igen",
    "hun ville ønske hun var yngre",
    "i wish i had never started that job",
])
def test_past_or_age_wish_is_neutral_parking(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, _speaker(text))
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))


@pytest.mark.parametrize("text", [
    "jeg ville ønske jeg havde en veninde",
    "gid jeg kunne cykle igen",
    "jeg ville ønske jeg var bedre til at sige fra",
])
def test_wish_that_can_come_true_stays_hope(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "desire", "hope"), (text, _labels(u))


# -- memories ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "som dreng elskede jeg at fiske",
    "da jeg var lille drømte jeg om at blive dyrlæge",
    "i min ungdom var jeg vild med at danse",
    "dengang ville jeg helst være sygeplejerske",
])
def test_memory_is_neutral(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype) == ("neutral", None) and u.sheet != "hope", (text, _labels(u))


def test_memory_with_a_wish_now_stays_change(tagger: Tagger) -> None:
    u = tagger.tag("som barn elskede jeg at svømme, og det vil jeg gerne igen")
    assert (u.talk_type, u.subtype, u.sheet) == ("change", "desire", "hope")
