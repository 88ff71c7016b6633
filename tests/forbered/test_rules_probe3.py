"""Lexicon and cue changes after a third fresh probe (theme boundaries: sport against leisure, symptoms in
other settings, clothes, false prefix hits). The phrasings here are written for these tests, not taken from
the corpus or the probe set."""

from __future__ import annotations

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse
from forbered.tagger.lexicon import english_lexicon, token_themes


def fams(text: str) -> set[str]:
    return set(rules.hits(analyse(text).norm))


def lex(text: str) -> set[str]:
    return set(rules.lexicon_hits(analyse(text).norm))


@pytest.mark.parametrize(("word", "theme"), [
    ("mandag", "relationer"), ("mandagsklubben", "relationer"), ("skiltene", "relationer"), ("skiltet", "relationer"),
    ("bofællesskabet", "relationer"), ("vandet", "praktiske_opgaver"), ("bagefter", "praktiske_opgaver"),
    ("bagved", "praktiske_opgaver"), ("fortæller", "kommunikation"), ("fortalte", "kommunikation"),
    ("huske", "kommunikation"), ("glemmer", "kommunikation"), ("hører", "kommunikation"),
    ("bekymret", "sundhed"), ("pause", "sundhed"), ("dansk", "samfundsliv"), ("danskundervisning", "samfundsliv"),
    ("fiskefrikadeller", "samfundsliv"), ("hjemmehjælpen", "egenomsorg"),
])
def test_false_prefix_hits_are_gone(word: str, theme: str) -> None:
    assert theme not in token_themes(word)


@pytest.mark.parametrize(("word", "theme"), [
    ("mand", "relationer"), ("manden", "relationer"), ("skilt", "relationer"), ("skilsmissen", "relationer"),
    ("fællesskabet", "relationer"), ("bage", "praktiske_opgaver"), ("bagning", "praktiske_opgaver"),
    ("høreapparatet", "kommunikation"), ("lytter", "kommunikation"),
    ("bofællesskab", "samfundsliv"),
])
def test_whole_words_still_hit(word: str, theme: str) -> None:
    assert theme in token_themes(word)


@pytest.mark.parametrize("word", ["håndbold", "badminton", "volleyball", "bordtennis", "karate", "roklubben",
                                  "fodboldtræning", "floorball"])
def test_sport_is_health(word: str) -> None:
    assert "sundhed" in token_themes(word)


@pytest.mark.parametrize("word", ["skakbrættet", "brætspil", "kortspil", "rollespil", "linedance", "harmonika",
                                  "ukulelen", "kabale", "fiskestangen", "synger"])
def test_games_and_pastimes_are_leisure(word: str) -> None:
    assert "samfundsliv" in token_themes(word)


@pytest.mark.parametrize("word", ["frakken", "trøjen", "sokker", "kjolen", "vanter", "slipset", "jakke", "tandlægen"])
def test_clothes_and_the_dentist_are_self_care(word: str) -> None:
    assert "egenomsorg" in token_themes(word)


def test_multiword_leisure_entries() -> None:
    assert "samfundsliv" in lex("om søndagen løser vi kryds og tværs")
    assert "samfundsliv" in lex("vi skal ud at fiske i påsken")
    assert "praktiske_opgaver" in lex("kan du huske at vande blomsterne")
    assert "praktiske_opgaver" not in lex("vandet i søen er koldt")


def test_english_rent_is_not_danish_cleaning() -> None:
    assert "rent" not in english_lexicon()["samfundsliv"]
    assert "samfundsliv" not in lex("jeg har gjort rent i stuen")


@pytest.mark.parametrize("text", [
    "det er en ting jeg gerne vil lære", "jeg ved godt at jeg gerne ville prøve igen",
    "hun sagde at hun rigtig gerne vil med", "et værksted er det jeg allerhelst vil",
])
def test_inverted_wish_is_a_desire_cue(text: str) -> None:
    assert "desire" in fams(text)


@pytest.mark.parametrize("text", ["jeg har sagt ja til et forløb hos fysioterapeuten",
                                  "han sagde ja til at prøve værkstedet"])
def test_saying_yes_is_a_commitment_cue(text: str) -> None:
    assert "commitment" in fams(text)


@pytest.mark.parametrize("text", ["lysene i hallen giver mig migræne", "jeg blev svimmel i toget",
                                  "jeg spiller volleyball om onsdagen", "hun er helt udmattet efter mødet"])
def test_symptoms_and_sport_are_health_cues(text: str) -> None:
    assert "theme_sundhed" in fams(text)


@pytest.mark.parametrize("text", ["vi spiller brætspil i caféen", "han har en hobby med modeltog",
                                  "jeg lægger kabale om aftenen"])
def test_pastimes_are_leisure_cues(text: str) -> None:
    assert "theme_samfundsliv" in fams(text)
