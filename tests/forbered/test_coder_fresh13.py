"""Behaviours fixed after a thirteenth fresh look at trainee lines: "aa" typed for "å" ("hvornaar"), "hvornår" asking
for the worst or best situation, "gør det ondt" as a yes/no question and not the imperative "gør det", "kæmpe" the
adjective ("et kæmpe slag") is no praise, English lines with "right now" / "matters most", replies that grant a
request of the moment (a break, the toilet, a glass of water: logistics, `other`), the order of the session said as a
plan (`giving_information`) and short answers with an amount ("Cirka en time."). Examples are fresh (not in the
corpus). The tests read features and cues, so they hold before the model is retrained."""

from __future__ import annotations

import pytest

from forbered.oars import rules
from forbered.oars.features import analyse, featurize


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


@pytest.mark.parametrize(("text", "form"), [
    ("hvornaar rejser din søster hjem", "fact_qw"),
    ("hvornaar gaar du i seng", "fact_qw"),
    ("naar du vaagner, hvad taenker du saa", "open_qw"),
])
def test_aa_for_aa_letter_is_read_as_a_question_word(text: str, form: str) -> None:
    a = analyse(text)
    assert a.forms[-1] == form
    assert "aa" not in " ".join(a.tokens)


def test_place_names_keep_their_aa() -> None:
    assert "aalborg" in analyse("Du er flyttet til Aalborg.").tokens


@pytest.mark.parametrize("text", [
    "hvornår er smerterne værst", "hvornår på natten er det sværest", "hvornår er trangen størst",
    "hvornår får du hovedpine",
])
def test_hvornaar_about_the_worst_situation_is_open(text: str) -> None:
    hits = rules.hits(text)
    assert "openwho" in hits and "fact" not in hits


def test_hvornaar_about_a_time_stays_a_fact() -> None:
    assert "fact" in rules.hits("hvornår er aftalen") and "openwho" not in rules.hits("hvornår er aftalen")


@pytest.mark.parametrize("text", ["gør det stadig ondt", "gør det noget, hvis vi flytter mødet", "gør det en forskel for dig"])
def test_goer_det_with_a_subject_is_no_imperative(text: str) -> None:
    assert "advice" not in rules.hits(text)
    assert analyse(text).forms[0] == "inverted"


@pytest.mark.parametrize("text", ["bare gør det", "gør det i morgen tidlig"])
def test_goer_det_alone_is_still_advice(text: str) -> None:
    assert "advice" in rules.hits(text)


@pytest.mark.parametrize("text", [
    "det må have været et kæmpe chok", "det var en kæmpe omvæltning for dig", "sådan en kæmpe sorg",
])
def test_kaempe_the_adjective_is_no_praise(text: str) -> None:
    assert "affirm" not in rules.hits(text)


@pytest.mark.parametrize("text", ["du har gjort en kæmpe indsats", "det var et kæmpe skridt", "du har kæmpet for det"])
def test_kaempe_as_effort_is_still_praise(text: str) -> None:
    assert "affirm" in rules.hits(text)


@pytest.mark.parametrize("text", [
    "What matters most to you right now?", "What is most important in your life right now?",
    "What would make things easier for you here?",
])
def test_english_right_now_lines_are_glossed(text: str) -> None:
    a = analyse(text)
    assert a.tokens[0] == "hvad" and a.forms == ["open_qw"]


@pytest.mark.parametrize(("context", "text"), [
    ("Må jeg lige gå ud og ryge?", "Ja, gå du bare."),
    ("Kan vi holde en lille pause?", "Klart, tag den tid, du skal bruge."),
    ("Må jeg få et glas vand?", "Selvfølgelig, jeg henter et."),
    ("jeg skal lige på toilettet", "Ja, gå du bare."),
])
def test_a_reply_to_a_request_of_the_moment_is_logistics(context: str, text: str) -> None:
    f = feats(text, context)
    assert "x=moment_reply" in f and "x=yn_answer" not in f and "cue=advice" not in f


@pytest.mark.parametrize(("context", "text"), [
    ("Må min kæreste komme med til mødet?", "Ja, hun er velkommen."),  # about the meeting: information
    ("Må jeg holde pause på mødet i morgen?", "Ja, det må du gerne."),
    ("Må jeg få et glas vand?", "Ja, men hvad skal du bruge det til?"),  # a question of its own
    ("Jeg har brug for en pause.", "Du har brug for en pause."),  # no request: a reflection
])
def test_no_moment_reply_otherwise(context: str, text: str) -> None:
    assert "x=moment_reply" not in feats(text, context)


@pytest.mark.parametrize("text", [
    "først vil jeg høre om din weekend og så kigger vi på dine mål",
    "vi starter med at tale om din bolig og bagefter ser vi på økonomien",
    "lad os begynde med at se på dit ark",
])
def test_the_order_of_the_session_is_information(text: str) -> None:
    hits = rules.hits(text)
    assert "info" in hits and "other" not in hits


def test_a_bare_transition_stays_other() -> None:
    assert "other" in rules.hits("så går vi videre til næste punkt") and "info" not in rules.hits("lad os starte")


@pytest.mark.parametrize("text", ["cirka en halv time", "omkring 300 kr om måneden", "det tager ca to uger"])
def test_a_short_answer_with_an_amount_is_information(text: str) -> None:
    assert "info" in rules.hits(text)
