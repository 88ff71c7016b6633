"""Round 20 (December 2026): advice passed on with the adviser first, bare noun-phrase answers with and without
emojis, English joys, "købt ind", quiet sustain closings of long stories (annotation guide, "Round 20 conventions").
Cases written for the behaviours, not copied from the probes."""

from __future__ import annotations

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse


@pytest.mark.parametrize("text, speaker, theme", [
    ("tandlægen siger jeg skal børste tænder to gange om dagen", "citizen", "egenomsorg"),
    ("min vejleder sagde at jeg skulle søge en læreplads", "citizen", "beskaeftigelse"),
    ("min storesøster siger jeg burde spare op hver måned", "citizen", None),
    ("de siger i bofællesskabet at jeg skal rydde op efter mig", "citizen", None),
    ("hans ergoterapeut siger han skal øve sig i at tage strømper på", "relative", None),
])
def test_advice_with_the_adviser_first_is_neutral(tagger, text, speaker, theme):
    u = tagger.tag(text, speaker)
    assert (u.talk_type, u.subtype, u.sheet) == ("neutral", None, None)
    if theme:
        assert u.theme == theme


def test_advice_taken_up_is_the_citizens_own_talk(tagger):
    u = tagger.tag("kontaktpersonen siger jeg skal lave mad selv, og det vil jeg også rigtig gerne")
    assert u.talk_type == "change"
    u = tagger.tag("min sagsbehandler siger jeg skal i aktivering, men det gider jeg ikke")
    assert u.talk_type == "sustain"
    assert not rules.advice_passed_on(analyse("Jeg skal lære at vaske tøj, det siger pædagogen også").norm)
    # a relative's "min søn siger han skal …" reports the citizen's own talk, not advice
    assert not rules.advice_passed_on(analyse("min søn siger han skal have hjælp til at rydde op").norm)


@pytest.mark.parametrize("text, sheet", [
    ("min gæld til SKAT", "parking"), ("mine rykkere", "parking"), ("min ryg og mine knæ", "parking"),
    ("mit dårlige helbred", "parking"), ("min tinnitus", "parking"), ("elregningerne", "parking"),
    ("mine børnebørn", "resource"), ("min hest", "resource"), ("min kæreste Ali", None),
    ("skolen 😫", "parking"), ("værkstedet 😡", "parking"), ("mit job 💪", "resource"),
    ("min klub 😍", "resource"), ("busturen 👎", "parking"), ("fritidsjobbet 😊", "resource"),
])
def test_bare_noun_phrase_answers_are_neutral_with_the_valence_sheet(tagger, text, sheet):
    u = tagger.tag(text)
    assert u.talk_type == "neutral" and u.subtype is None
    if sheet is not None:
        assert u.sheet == sheet


def test_bare_noun_phrase_theme_is_the_nouns(tagger):
    assert tagger.tag("mit helbred i det hele taget").theme == "sundhed"
    assert tagger.tag("mine smerter").theme == "sundhed"
    assert tagger.tag("min husleje 😬").theme == "samfundsliv"


def test_things_to_get_stay_wishes_and_clauses_are_not_noun_phrases():
    for text in ("et job", "en kæreste", "min egen lejlighed", "min ryg gør ondt", "min veninde hedder Sara",
                 "thanks 🙂", "solen skinner 😎", "hvad med min økonomi?"):
        a = analyse(text)
        assert rules.bare_answer(a.text, a.tokens) is None, text


@pytest.mark.parametrize("text", ["i love my job at the bakery", "she likes her flat a lot", "i enjoy my swimming on tuesdays",
                                  "i love my friends from the club"])
def test_english_joys_are_resources(tagger, text):
    u = tagger.tag(text, "relative" if text.startswith("she") else "citizen")
    assert (u.talk_type, u.sheet) == ("neutral", "resource")


def test_english_wishes_stay_wishes(tagger):
    u = tagger.tag("i would love a job at the bakery")
    assert (u.talk_type, u.subtype) == ("change", "desire")


def test_kobt_ind_is_shopping_and_a_step(tagger):
    assert rules.token_themes("indkøb") == ("praktiske_opgaver",)
    assert "praktiske_opgaver" in rules.lexicon_hits("jeg har købt ind")
    u = tagger.tag("jeg fik selv købt ind i brugsen i går")
    assert (u.talk_type, u.subtype, u.theme) == ("change", "taking_steps", "praktiske_opgaver")


def test_quiet_sustain_closings_are_sustain_cues():
    for text in ("jeg tror ikke jeg kommer af sted mere", "det bliver nok aldrig til noget igen",
                 "jeg kommer vist ikke ud at rejse igen", "det er nok bedst sådan"):
        assert "sustain" in rules.hits(analyse(text).norm), text


def test_long_elderly_story_with_a_quiet_sustain_closing(tagger):
    u = tagger.tag("Jeg gik til petanque med naboerne i mange år. Så fik jeg dårlige knæ. "
                   "Jeg tror ikke jeg kommer til at spille igen.")
    assert u.talk_type == "sustain" and u.sheet is None
