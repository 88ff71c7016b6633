"""Review of safety sets 16 and 17 and of the tagger's past-action and English-fact rules: false alarms of the veiled
farewell patterns, the kind of a bite by another person and of care that failed told with a filler, relapses read as
steps, English feelings read as facts.

Each ordinary line below is of the same family as a reviewed false alarm but worded anew; each disclosure is one the
patterns were written for and must still alarm. Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import re

import pytest

from forbered.safety import is_crisis, safety_kind
from forbered.tagger import rules
from forbered.tagger.normalize import clean, normalised_words
from forbered.tagger.rules import english_fact
from forbered.tagger.safety_rules import filler_reading, fold

ORDINARY = [
    # "mere"/"længere" only at the end of a clause: more of something, longer than a time
    "Jeg tror ikke jeg er til mere suppe i aften.",
    "Hun tror ikke hun er her længere end til frokost.",
    # not done, not ready, not long at something: no "her" or "til"
    "Jeg er ikke klar med opgaven om en uge.",
    "Han er ikke så længe om at spise.",
    # "ikke til at …", "ikke til stede": idioms
    "Snart er hun ikke til at holde ud, hun er så sulten.",
    "Om lidt er han ikke til stede på mødet.",
    # rid of someone else who leaves
    "Vores chef går på pension, så er vi endelig fri for ham.",
    "Nu er vi af med hende, den irriterende kollega har fået nyt job.",
    # faith and pulling oneself together
    "Vorherre tager mig som jeg er, siger præsten.",
    "Jeg beder til gud om at jeg kan tage mig sammen til træningen.",
    "Jesus kalder os til at passe på hinanden.",
    # a death told as grief
    "Min morfar fik lov at sove ind i sin egen seng.",
    "Vores kat fik lov at sove ind hos dyrlægen i sidste uge.",
    # estate planning
    "Når jeg er død skal mine døtre have huset, det har vi aftalt hos advokaten.",
    # giving away what one has grown out of
    "Jeg har givet min gamle barnevogn til min kusine, jeg får ikke brug for den.",
    "Han gav sine støvler til sin bror, han får ikke brug for dem.",
    # one's own covers or hands, or shelter from the rain
    "Jeg trak dynen over hovedet og sov til kl 10.",
    "Hun lagde hænderne for ansigtet og grinede af mig.",
    # a child who is scared at night
    "Pigen kommer ind til mig om natten når hun har haft en grim drøm.",
    # medicine handed to staff or picked up after a fall
    "Jeg har samlet mine gamle tabletter og givet dem til min læge.",
    # no time for a hobby
    "Jeg har ikke brug for tid mere til strikning.",
    # a farewell for now
    "Jeg er ligeglad med hvad der sker med mig til festen, vi ses i morgen, farvel.",
]

DISCLOSURES = [
    ("jeg tror ikke jeg er her mere", "suicide"),
    ("jeg er her nok ikke om to uger", "suicide"),
    ("snart er jeg ikke her", "suicide"),
    ("om kort tid er jeg ikke til", "suicide"),
    ("snart er I fri for mig", "suicide"),
    ("i morgen er de alle sammen fri for mig", "suicide"),
    ("min bror skrev at nu er vi fri for ham", "suicide"),
    ("vorherre må gerne hente mig", "suicide"),
    ("gud må gerne tage mig nu", "suicide"),
    ("jeg vil bare have lov at sove ind", "suicide"),
    ("gid jeg fik lov at sove ind", "suicide"),
    ("min nabo må få mine planter når jeg er død", "suicide"),
    ("jeg har givet alle mine ting væk, jeg får ikke brug for dem", "suicide"),
    ("når jeg er væk skal du have min kat, jeg får ikke brug for den", "suicide"),
    ("hun skriver at hun nok ikke er her om en uge", "suicide"),
    ("han holdt en pude over mit ansigt", "abuse"),
    ("en mand kommer ind til mig om natten", "abuse"),
    ("jeg har samlet mine sovepiller sammen", "self_harm"),
    ("jeg får ikke brug for en fremtid alligevel", "suicide"),
    ("jeg er ligeglad med hvad der sker med mig, farvel for altid", "suicide"),
    ("jeg bider mig i armen når jeg er vred", "self_harm"),
    ("hun bed sig i hånden til det blødte", "self_harm"),
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_lines_of_the_reviewed_families_do_not_alarm(text: str) -> None:
    assert not is_crisis(text), text


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_the_disclosures_the_patterns_were_written_for_still_alarm(text: str, kind: str) -> None:
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text


@pytest.mark.parametrize("text", ["Han bed mig i fingrene da jeg ville gå.", "Hun bider mig i armen når hun er sur, min mor."])
def test_a_bite_by_another_person_is_violence(text: str) -> None:
    assert safety_kind(text) == "abuse"


@pytest.mark.parametrize("text", [
    "Hjemmeplejen kommer stadigvæk ikke, og min far har ikke fået mad i tre dage.",
    "Hjemmehjælpen kommer altså ikke, og min mor har egentlig ikke spist i to dage.",
])
def test_care_that_failed_with_a_filler_is_neglect(text: str) -> None:
    assert safety_kind(text) == "neglect"


@pytest.mark.parametrize("text", ["Han slår altså mig.", "hun sparker asså min søster og mig"])
def test_spoken_fillers_are_read_away(text: str) -> None:
    assert is_crisis(text) and safety_kind(text) == "abuse"


def test_spoken_fillers_are_left_out_of_the_filler_reading() -> None:
    # the rules read the folded text (æ, ø, å as a, o, a)
    assert filler_reading(fold("han slår altså mig")) == fold("han slår mig")
    assert filler_reading(fold("hun er simpelthen sød")) == fold("hun er sød")


@pytest.mark.parametrize("text", ["i am fed up with school", "she is bored at her job", "i am looking for a flat"])
def test_english_feelings_and_pursuits_are_no_plain_fact(text: str) -> None:
    assert not english_fact(text)


def test_english_plain_facts_stay_facts() -> None:
    assert english_fact("i am a cook")
    assert english_fact("my sister lives in aarhus")


@pytest.mark.parametrize("text", ["Hun begyndte at ryge igen i foråret.", "I sidste uge kom han i fængsel."])
def test_a_relapse_or_an_event_is_no_step(text: str) -> None:
    assert re.search(rules.taking_steps_cues()[-1], rules_norm(text)) is None  # the past action with a recent time


@pytest.mark.parametrize("text", ["Jeg cyklede til arbejde i sidste uge.", "I sommer begyndte jeg på et kursus."])
def test_a_past_action_with_a_recent_time_is_still_a_step(text: str) -> None:
    assert re.search(rules.taking_steps_cues()[-1], rules_norm(text)) is not None


def rules_norm(text: str) -> str:
    return " ".join(normalised_words(clean(text)))
