"""Tagger fixes after a review and reports from the dialogue writers: ASCII "taet" after "er"/"var", not knowing
whether followed by change talk, a person's voice that is no symptom, ordinary words the spelling table read as
others ("vært", "sjæl", the name Tor, "sae" after an infinitive, English "prove"/"son"/"modes"), the comma before an
English "but", damage to the home as a worry, an answer that names which job, "gå" to school, football or work, and
living alone as housing. The phrasings are written for these tests; the first of each group are the reported
reproducers."""

from __future__ import annotations

import pytest

from forbered.tagger import Tagger, _split_clauses, rules
from forbered.tagger.features import analyse
from forbered.tagger.lexicon import lexicon_hits
from forbered.tagger.normalize import normalised_words


def norm(text: str) -> str:
    return " ".join(normalised_words(text))


# -- "taet" after er/var is the adjective ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Hun og jeg er taet", "hun og jeg er tæt"),
    ("vi er ikke taet mere", "vi er ikke tæt mere"),
    ("Jeg bor også taet ved skolen", "jeg bor også tæt ved skolen"),
    ("min bror og jeg var altid taet", "min bror og jeg var altid tæt"),
    ("de to er taet knyttet", "de to er tæt knyttet"),
])
def test_taet_after_a_copula_or_another_verb_is_taet(text: str, expected: str) -> None:
    assert norm(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("har du taet din medicin", "har du taget din medicin"),
    ("han er taet hjem til sin mor", "han er taget hjem til sin mor"),
    ("mine nøgler er taet fra mig", "mine nøgler er taget fra mig"),
])
def test_taet_after_har_or_with_a_participle_word_stays_taget(text: str, expected: str) -> None:
    assert norm(text) == expected


@pytest.mark.parametrize("text", ["Hun og jeg er taet", "Vi er taet knyttet, min søster og jeg", "vi er ikke taet mere",
                                  "min fætter og jeg er meget taet"])
def test_being_close_to_someone_is_no_disclosure(tagger: Tagger, text: str) -> None:
    assert not tagger.tag(text).safety


# -- not knowing whether, then change talk ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "talk_type", "subtype"), [
    ("Jeg ved ikke om du kan hjælpe, jeg vil gerne stoppe med at ryge", "change", "desire"),
    ("ved ikke om det er relevant, jeg er begyndt at gå til svømning", "change", "taking_steps"),
    ("Jeg ved ikke om jeg kan klare det. Jeg vil så gerne have mit eget værelse", "change", "desire"),
    ("ved ikke om det hører til her, jeg har meldt mig til et madlavningskursus", "change", "taking_steps"),
    ("Jeg er ikke sikker på om det er vigtigt. Jeg vil gerne lære at cykle", "change", "desire"),
])
def test_change_talk_after_not_knowing_whether_decides(tagger: Tagger, text: str, talk_type: str, subtype: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype) == (talk_type, subtype)
    assert u.sheet == ("goal_progress" if subtype == "taking_steps" else "hope")


@pytest.mark.parametrize("text", ["jeg ved ikke om jeg kan bo selv", "idk om jeg gider det"])
def test_not_knowing_whether_alone_stays_neutral(tagger: Tagger, text: str) -> None:
    assert tagger.tag(text).talk_type == "neutral"


# -- a person's voice is no symptom -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Jeg savner min mand, jeg hører aldrig hans stemme mere",
    "Min far kan ikke høre min stemme mere fordi han er blevet døv",
    "Jeg elsker at høre min mormors stemme",
    "jeg hører stadig min bedstemors stemme når jeg ser gamle videoer",
    "hun kan godt høre sin kærestes stemme i telefonen",
])
def test_a_persons_voice_is_not_hearing_voices(text: str) -> None:
    assert rules.voices(analyse(text).norm) is None


@pytest.mark.parametrize("text", ["jeg hører stemmer om natten", "han hører en stemme der siger grimme ting",
                                  "jeg hører ikke stemmerne mere"])
def test_hearing_voices_is_still_read(text: str) -> None:
    assert rules.voices(analyse(text).norm) is not None


def test_missing_a_husbands_voice_is_grief_not_health(tagger: Tagger) -> None:
    u = tagger.tag("Jeg savner min mand, jeg hører aldrig hans stemme mere")
    assert (u.theme, u.sheet) == ("relationer", "parking")


# -- ordinary words the spelling table read as others ----------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg skal være vært til min fødselsdag", "jeg skal være vært til min fødselsdag"),
    ("Der var ikke en sjæl i byen", "der var ikke en sjæl i byen"),
    ("Jeg og Tor skal i biografen", "jeg og tor skal i biografen"),
    ("Min søn skal vænne sae til skolen", "min søn skal vænne sig til skolen"),
    ("i want to prove that i can do it", "i want to prove that i can do it"),
    ("my son lives with his dad", "my son lives with his dad"),
    ("we have modes on the tv", "we have modes on the tv"),
    ("min onkel er vært på et hotel", "min onkel er vært på et hotel"),
    ("Tor kommer og henter mig i morgen", "tor kommer og henter mig i morgen"),
    ("hun skal lige skynde sae at komme", "hun skal lige skynde sig at komme"),
    ("my son was born in may", "my son was born in may"),
])
def test_ordinary_words_keep_their_reading(text: str, expected: str) -> None:
    assert norm(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("jeg har vært på arbejde", "jeg har været på arbejde"),
    ("æ ka it sjæl", "jeg kan ikke selv"),
    ("jeg tor ikke tage bussen", "jeg tør ikke tage bussen"),
    ("min son er syg", "min søn er syg"),
    ("jeg vil prove at lave mad", "jeg vil prøve at lave mad"),
    ("pædagogen sae at jeg skulle ringe", "pædagogen sagde at jeg skulle ringe"),
])
def test_the_spoken_and_ascii_forms_are_still_read(text: str, expected: str) -> None:
    assert norm(text) == expected


def test_a_friend_named_tor_is_no_fear(tagger: Tagger) -> None:
    assert tagger.tag("Jeg og Tor skal i biografen").sheet != "parking"


# -- the comma before an English "but" -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "parts"), [
    ("I can take the trains, but only mornings", ["I can take the trains", "but only mornings"]),
    ("She likes her job, but not the long bus ride", ["She likes her job", "but not the long bus ride"]),
])
def test_an_english_but_clause_takes_its_comma(text: str, parts: list[str]) -> None:
    assert _split_clauses(text) == parts


def test_no_clause_of_an_english_message_ends_in_a_comma(tagger: Tagger) -> None:
    u = tagger.tag("I want to cook more, but only simple food")
    assert u.clauses and not any(c.text.rstrip().endswith(",") for c in u.clauses)


# -- damage to the home is a worry ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Min altan er oversvømmet", "vaskemaskinen er gået i stykker igen",
                                  "der er skimmel på badeværelset"])
def test_damage_to_the_home_is_a_parking_cue(text: str) -> None:
    assert "parking" in rules.hits(analyse(text).norm)


@pytest.mark.parametrize("text", ["Min altan er oversvømmet", "kælderen blev oversvømmet i nat"])
def test_a_flooded_balcony_or_cellar_is_parking(tagger: Tagger, text: str) -> None:
    assert tagger.tag(text).sheet == "parking"


# -- an answer that names which job ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "speaker"), [
    ("ja det er det med lageret", "relative"),
    ("det er det med lageret", "citizen"),
    ("jep, det er den på værkstedet", "relative"),
])
def test_an_answer_naming_which_job_is_neutral(tagger: Tagger, text: str, speaker: str) -> None:
    u = tagger.tag(text, speaker)
    assert (u.talk_type, u.sheet) == ("neutral", None)


@pytest.mark.parametrize("text", ["det er det med lageret jeg ikke gider", "ja det er den på lageret jeg vil have"])
def test_an_answer_with_a_will_of_its_own_is_no_identifying_answer(text: str) -> None:
    assert not rules.identifying_answer(analyse(text).norm)


# -- "gå" is walking, not going to school, football or work ---------------------------------------------------
@pytest.mark.parametrize("text", ["jeg vil gerne gå i skole igen", "hun skal gå til håndbold", "han vil ikke gå på arbejde",
                                  "jeg vil gerne gå til psykolog", "jeg skal gå i seng"])
def test_going_to_school_sport_or_work_is_no_mobility_cue(text: str) -> None:
    assert "theme_mobilitet" not in rules.hits(analyse(text).norm)


@pytest.mark.parametrize("text", ["jeg kan ikke gå til bussen", "jeg vil gerne kunne gå på trapper", "hun kan ikke gå langt"])
def test_walking_is_still_a_mobility_cue(text: str) -> None:
    assert "theme_mobilitet" in rules.hits(analyse(text).norm)


@pytest.mark.parametrize("text", ["hun går i 8. klasse", "jeg vil gerne gå i 10. klasse"])
def test_a_school_class_is_beskaeftigelse(tagger: Tagger, text: str) -> None:
    assert tagger.tag(text).theme == "beskaeftigelse"


# -- living alone is housing ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["i live alone", "i live on my own now", "jeg bor alene"])
def test_living_alone_is_a_housing_word_not_loneliness(text: str) -> None:
    hits = lexicon_hits(analyse(text).norm)
    assert hits.get("samfundsliv") and not hits.get("relationer")


@pytest.mark.parametrize("text", ["i live alone", "I live alone and I would like a cat"])
def test_living_alone_in_english_is_samfundsliv(tagger: Tagger, text: str) -> None:
    assert tagger.tag(text).theme == "samfundsliv"


def test_being_alone_stays_loneliness() -> None:
    assert lexicon_hits(analyse("jeg er så alene om aftenen").norm).get("relationer")
