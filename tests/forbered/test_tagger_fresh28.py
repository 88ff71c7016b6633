"""Fresh writers 28 (December 2026): news about relatives and friends, own things told as facts, post received,
considering and planning a change, short grants."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _norm(text: str) -> str:
    return analyse(text).norm


@pytest.mark.parametrize("text", [
    "min halvbror har fået arbejde på et slagteri",
    "min bedste veninde er flyttet til Kolding",
    "min onkel har købt en campingvogn",
    "min fætter Mads skal giftes i maj",
    "my aunt moved to Norway",
    "jeg har en kammerat der lige har fået en lejlighed i Aalborg",
])
def test_other_news(text: str) -> None:
    assert rules.other_news(_norm(text))


@pytest.mark.parametrize("text, speaker", [
    ("min mor har fået kræft", "citizen"),
    ("min bror har lånt alle mine penge", "citizen"),
    ("min kæreste og jeg bor sammen nu", "citizen"),
    ("min søster vil gerne have at jeg flytter", "citizen"),
    ("min far er død", "citizen"),
    ("min søn har fået et job på lageret", "relative"),
    ("hendes bror har fået lov til at hente hende", "relative"),
    ("jeg har en ven der altid låner mine ting", "citizen"),
])
def test_no_other_news(text: str, speaker: str) -> None:
    assert not rules.other_news(_norm(text), speaker)


@pytest.mark.parametrize("text", [
    "min halvbror har fået arbejde på et slagteri",
    "min bedste veninde har fået sin egen lejlighed",
    "min moster har fået en ny kæreste",
    "my uncle got a new job",
])
def test_other_news_is_neutral_relationer(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype, u.theme, u.sheet) == ("neutral", None, "relationer", None)


@pytest.mark.parametrize("text", [
    "jeg har et arbejde i en kantine",
    "han har sin egen lejlighed i Viborg",
    "jeg har fået et brev fra banken",
    "hun fik en mail fra kommunen",
])
def test_own_fact_and_post_are_neutral(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, "relative" if text.startswith(("han", "hun")) else "citizen")
    assert u.talk_type == "neutral" and u.sheet not in ("hope", "goal_progress")


@pytest.mark.parametrize("text", [
    "jeg har et arbejde nu",
    "jeg har fået et job",
    "jeg vil gerne have en lejlighed",
    "jeg har ikke noget job",
])
def test_no_own_fact(text: str) -> None:
    assert not rules.own_fact(_norm(text))


@pytest.mark.parametrize("text, sub", [
    ("jeg overvejer at tage et kursus i engelsk", "desire"),
    ("hun tænker på at begynde at cykle til værkstedet", "desire"),
    ("min plan er at flytte i bofællesskab", "commitment"),
])
def test_considering_is_change(tagger: Tagger, text: str, sub: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype, u.sheet) == ("change", sub, "hope")


@pytest.mark.parametrize("text", [
    "jeg tænker på at hoppe ud fra taget",
    "jeg har overvejet at tage alle mine piller",
    "jeg tænker på at flytte væk fra det hele og aldrig komme tilbage",
])
def test_considering_never_reads_harm(text: str) -> None:
    assert rules.considering(_norm(text)) is None


@pytest.mark.parametrize("text", ["ja det kunne være rart", "jo det ku være fint tror jeg"])
def test_short_grant_is_neutral(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.sheet) == ("neutral", None)
