"""Normalisation, cue and reading changes after a sixth fresh probe (chat Danish: "ø" typed as "o", the spoken
participles "taet" (taget) and "sae" (sagde), Jutlandic "a"/"itj"; doing a thing alone is no status quo; not knowing
whether; voices; questions back to the bot; the sheet of change talk). The phrasings here are written for these
tests, not taken from the corpus or the probe sets."""

from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse
from forbered.tagger.normalize import normalised_words


def norm(text: str) -> str:
    return " ".join(normalised_words(text))


# -- normalisation ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("i morges har jeg taet min insulin", "i morges har jeg taget min insulin"),
    ("hun har ikke taet sin jakke på", "hun har ikke taget sin jakke på"),
    ("min kusine bor taet på stationen", "min kusine bor tæt på stationen"),
    ("vi er taet på at være færdige", "vi er tæt på at være færdige"),
])
def test_taet_is_taget_after_an_auxiliary_and_taet_elsewhere(text: str, expected: str) -> None:
    assert norm(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("min bror sae at jeg kunne bo hos ham", "min bror sagde at jeg kunne bo hos ham"),
    ("lægen sae det var fint", "lægen sagde det var fint"),
    ("hun skynder sae hjem", "hun skynder sig hjem"),
    ("han har slaaet sae selv", "han har slået sig selv"),
])
def test_sae_is_sagde_after_a_subject_and_sig_after_a_verb(text: str, expected: str) -> None:
    assert norm(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("a ka itj gå på trapper", "jeg kan ikke gå på trapper"),
    ("og a gider ik mer", "og jeg gider ikke mere"),
    ("a vil gjan ha en kat", "jeg vil gerne have en kat"),
    ("i need a new phone", "i need a new phone"),
])
def test_jutlandic_a_is_jeg_before_a_verb(text: str, expected: str) -> None:
    assert norm(text) == expected


@pytest.mark.parametrize(("typed", "expected"), [("tor", "tør"), ("prove", "prøve"), ("provede", "prøvede"),
                                                 ("roget", "røget"), ("horer", "hører"), ("forste", "første")])
def test_o_typed_for_oe(typed: str, expected: str) -> None:
    assert norm(f"jeg {typed}") == f"jeg {expected}"


# -- cues ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["han gider ikke gå til købmanden alene mere", "jeg vil ikke cykle alene længere"])
def test_doing_a_thing_alone_is_no_status_quo(text: str) -> None:
    assert not rules.negation_flip(analyse(text).norm)


@pytest.mark.parametrize("text", ["jeg gider ikke sidde alene i lejligheden mere", "hun vil ikke bo alene længere"])
def test_being_alone_still_flips(text: str) -> None:
    assert rules.negation_flip(analyse(text).norm)


def test_heard_voices_in_the_past_tense_are_health() -> None:
    assert "theme_sundhed" in rules.hits(analyse("jeg hørte stemmer hele natten").norm)


# -- readings --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["jeg ved ikke om jeg gider gå til zumba", "idk om jeg vil have en hund",
                                  "jeg er i tvivl om jeg vil begynde på aftenskole",
                                  "jeg er ikke sikker på om jeg kan klare en lejlighed"])
def test_not_knowing_whether_is_neutral(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype, u.sheet) == ("neutral", None, None)


def test_not_knowing_then_a_wish_keeps_the_wish(tagger: Tagger) -> None:
    assert tagger.tag("jeg ved ikke om jeg kan, men jeg vil gerne prøve at male").talk_type == "change"


@pytest.mark.parametrize(("text", "sheet"), [
    ("stemmerne bliver højere når jeg er stresset", "parking"),
    ("jeg hørte stemmer igen i nat", "parking"),
    ("jeg hører stemmer, men jeg svarer dem ikke", "parking"),
    ("jeg hører ikke stemmer så tit mere", "goal_progress"),
])
def test_voices_are_a_symptom(tagger: Tagger, text: str, sheet: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.theme, u.sheet) == ("neutral", "sundhed", sheet)


def test_a_wish_about_voices_is_change_talk_about_health(tagger: Tagger) -> None:
    u = tagger.tag("jeg vil gerne have at stemmerne forsvinder")
    assert (u.talk_type, u.theme) == ("change", "sundhed")


@pytest.mark.parametrize("text", ["kan du forklare det en gang til", "jeg forstår ikke dit spørgsmål",
                                  "hvem kan se det jeg skriver?"])
def test_questions_about_the_chat_have_no_theme(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.theme, u.sheet) == ("neutral", "none", None)


def test_activation_without_a_sheet_is_a_hope(tagger: Tagger) -> None:
    u = tagger.tag("ja det vil jeg godt prøve")
    assert (u.talk_type, u.subtype, u.sheet) == ("change", "activation", "hope")


def test_a_reported_no_to_going_alone_is_sustain(tagger: Tagger) -> None:
    u = tagger.tag("hun siger hun ikke vil tage toget alene mere", "relative")
    assert (u.talk_type, u.sheet) == ("sustain", None)
