"""Normalisation, cue and reading changes after a seventh fresh probe: English "it" in English lines, a new habit
with "nu" against a state with "nu", the sustain subtype the words decide (can't, no need, not ready, no use,
content as it is), resignation, others' opinion of what the citizen can do, "but" clauses, a "men" clause that is
change talk, inverted word order, and evidence from the clause that carries the weight. The phrasings here are
written for these tests, not taken from the corpus or the probe sets."""

from __future__ import annotations

import pytest

from forbered.tagger import Tagger, _split_clauses, rules
from forbered.tagger.features import analyse
from forbered.tagger.normalize import normalised_words


def norm(text: str) -> str:
    return " ".join(normalised_words(text))


# -- normalisation ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("i really like it at the day centre", "i really like it at the day centre"),
    ("it was fun to go fishing with my uncle", "it was fun to go fishing with my uncle"),
    ("æ ka it finde mine nøgler", "jeg kan ikke finde mine nøgler"),
    ("hun vil it med i byen", "hun vil ikke med i byen"),
])
def test_english_it_stays_it_and_jutlandic_it_is_ikke(text: str, expected: str) -> None:
    assert norm(text) == expected


# -- cues ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["hun skriver sine aftaler i kalenderen nu", "jeg lægger vasketøjet sammen nu",
                                  "han smører sin egen mad nu"])
def test_a_new_habit_with_nu_is_a_step_cue(text: str) -> None:
    assert "taking_steps" in rules.hits(analyse(text).norm)


@pytest.mark.parametrize("text", ["jeg har det skidt nu", "han er meget træt nu", "min skulder gør ondt nu"])
def test_a_state_with_nu_is_no_step(text: str) -> None:
    a = analyse(text)
    assert rules.state_now(a.norm)
    assert "taking_steps" not in rules.hits(a.norm)


@pytest.mark.parametrize(("text", "subtype"), [
    ("jeg tror ikke jeg kan klare en uddannelse lige nu", "ability"),
    ("hun magter ikke at gå til frisør for tiden", "ability"),
    ("jeg har ikke brug for en hjemmehjælp endnu", "need"),
    ("han er ikke parat til en ny bolig lige nu", "activation"),
    ("det nytter alligevel ikke noget at sige noget", "reasons"),
    ("jeg er godt tilfreds med min lejlighed som den er", "desire"),
    ("hvis jeg flytter, kan jeg ikke finde ud af bussen", None),
])
def test_the_sustain_subtype_the_words_decide(text: str, subtype: str | None) -> None:
    assert rules.sustain_subtype(analyse(text).norm) == subtype


@pytest.mark.parametrize("text", ["sådan er det bare med mit knæ", "det er der ikke noget at gøre ved",
                                  "det nytter jo ikke at spørge"])
def test_resignation_is_a_sustain_cue(text: str) -> None:
    assert "sustain" in rules.hits(analyse(text).norm)


@pytest.mark.parametrize("text", ["nu vil hun gerne have en cykel", "så kunne jeg godt tænke mig en hund"])
def test_inverted_word_order_is_a_desire_cue(text: str) -> None:
    assert "desire" in rules.hits(analyse(text).norm)


@pytest.mark.parametrize("text", ["jeg har det så skidt i dag", "han har det dårligt efter operationen"])
def test_feeling_unwell_is_a_parking_cue(text: str) -> None:
    assert "parking" in rules.hits(analyse(text).norm)


@pytest.mark.parametrize("text", ["min onkel siger jeg ikke kan køre bil", "pædagogen tror ikke jeg kan bo selv",
                                  "my dad thinks i cant cook"])
def test_someone_elses_opinion_of_what_one_can_do_is_passed_on(text: str) -> None:
    assert rules.advice_passed_on(analyse(text).norm)


@pytest.mark.parametrize("text", ["min onkel siger jeg ikke kan køre bil, men det kan jeg godt",
                                  "my dad thinks i cant cook but i can"])
def test_the_citizens_answer_to_the_opinion_is_own_talk(text: str) -> None:
    assert not rules.advice_passed_on(analyse(text).norm)


# -- clauses and readings --------------------------------------------------------------------------------------
def test_but_cuts_an_english_line_into_clauses() -> None:
    assert _split_clauses("i want a dog but i cant have one in my flat") == ["i want a dog", "but i cant have one in my flat"]


def test_an_english_but_clause_weighs_like_men(tagger: Tagger) -> None:
    u = tagger.tag("i would love to work in a shop but i dont think i can do it")
    assert (u.talk_type, u.subtype) == ("sustain", "ability")


@pytest.mark.parametrize("text", ["han har svært ved at falde i søvn og er træt om dagen, men han vil gerne starte på holdtræning",
                                  "hun har tit ondt i hovedet og sover meget, men hun vil gerne starte med at gå ture"])
def test_a_men_clause_with_a_wish_is_change_talk(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative")
    assert (u.talk_type, u.subtype) == ("change", "desire")


@pytest.mark.parametrize("text", ["jeg tror ikke jeg kan klare et fuldtidsjob lige nu",
                                  "tror ik jeg ka overskue en ny skole lige nu"])
def test_cant_now_is_ability(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype) == ("sustain", "ability")


def test_english_burden_with_it_is_no_refusal(tagger: Tagger) -> None:
    assert tagger.tag("it is hard to go shopping on my own").talk_type == "neutral"


def test_evidence_of_a_long_message_is_in_the_weight_clause(tagger: Tagger) -> None:
    text = "Før spillede jeg meget computer om natten. Min mor blev sur. I sidste uge gik jeg i seng klokken elleve."
    u = tagger.tag(text)
    assert u.talk_type == "change" and u.subtype == "taking_steps"
    assert u.evidence and u.evidence in "I sidste uge gik jeg i seng klokken elleve."
