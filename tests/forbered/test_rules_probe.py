"""Cue rules and lexicon entries added after a fresh probe set written by a new author (not the training
authors): negated desire/commitment in Danish, English negation and cues, "gider ikke mere bare …" as change
talk, "skulle gerne" as desire, hobbies at home as samfundsliv and medicine on time as egenomsorg.
The phrasings here are written for these tests, not taken from the corpus or the probe set."""

from __future__ import annotations

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse, negation_marks


def fams(text: str) -> set[str]:
    return set(rules.hits(analyse(text).norm))


@pytest.mark.parametrize("text", [
    "hun har ingen lyst til at gå til svømning", "jeg har ikke nogen lyst til det med e-boks",
    "jeg lover ikke at jeg kommer", "vi har besluttet at hun ikke skal i praktik",
    "han har besluttet sig for ikke at tage toget", "jeg klarer mig fint nok uden kørestol",
    "der er ingen grund til at jeg flytter", "jeg vil ikke væk fra værkstedet",
])
def test_negated_desire_and_commitment_are_sustain_cues(text: str) -> None:
    assert "sustain" in fams(text)


@pytest.mark.parametrize("text,family", [
    ("jeg gider ikke mere bare at ligge i sengen", "desire"), ("hun vil ikke længere kun se tv", "desire"),
    ("jeg skulle rigtig gerne have en hund", "desire"), ("æ sku gern ha en cykel", "desire"),
])
def test_tired_of_the_status_quo_and_skulle_gerne_are_desire(text: str, family: str) -> None:
    assert family in fams(text)
    assert "sustain" not in fams(text)


@pytest.mark.parametrize("text,family", [
    ("I want to find a flat", "desire"), ("she'd love to sing in a choir", "desire"),
    ("I think I can do it", "ability"), ("I need to eat more vegetables", "need"),
    ("I promise to call her", "commitment"), ("I'm going to start on monday", "commitment"),
    ("I'm ready to try", "activation"), ("I have signed up for a course", "taking_steps"),
    ("I don't want to go", "sustain"), ("he can't take the bus", "sustain"), ("not ready yet", "sustain"),
    ("I quit school", "sustain"), ("I'm good at singing", "resource"), ("the noise drives me mad", "parking"),
    ("it's going well with my walks", "goal_progress"),
])
def test_english_cues(text: str, family: str) -> None:
    assert family in fams(text)


def test_english_negators_mark_their_scope() -> None:
    toks = analyse("I don't want a job").tokens
    assert negation_marks(toks) == [False, False, True, True, True]
    toks = analyse("I can't, but I want to").tokens
    assert negation_marks(toks)[toks.index("want")] is False


def test_english_desire_is_not_a_cue_under_negation() -> None:
    assert "desire" not in fams("I don't want a boyfriend")


@pytest.mark.parametrize("text,theme", [
    ("hun tegner manga", "samfundsliv"), ("strikketøjet", "samfundsliv"), ("jeg hækler", "samfundsliv"),
    ("legoklodser", "samfundsliv"), ("spille klaver", "samfundsliv"), ("puslespillet", "samfundsliv"),
    ("painting and drawing", "samfundsliv"), ("my guitar", "samfundsliv"), ("noisy neighbours", "samfundsliv"),
    ("tage pillerne til tiden", "egenomsorg"), ("han glemmer sin medicin", "egenomsorg"),
    ("appen minder mig om mine piller", "egenomsorg"),
])
def test_new_theme_words(text: str, theme: str) -> None:
    assert theme in rules.lexicon_hits(analyse(text).norm)


def test_tegnsprog_stays_kommunikation() -> None:
    assert rules.lexicon_hits(analyse("tegnsprog").norm) == {"kommunikation": 1}
