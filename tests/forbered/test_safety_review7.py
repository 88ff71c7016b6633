"""Review of safety set 18 for false alarms on ordinary lines before a plan meeting: not being here for a meeting, a
relative who decides a family matter, a guardian named as the reason, trouble falling asleep, asking what an
appointment is for, scars hidden after an accident.

Each ordinary line is of the same family as a reviewed false alarm but worded anew; each disclosure is one the patterns
were written for and must still alarm. Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

ORDINARY = [
    # not being here for a meeting or a day is about the appointment
    "Det gør ikke noget hvis jeg ikke er her til samtalen, min søster tager den.",
    "Det betyder ikke noget om hun ikke er her i morgen, vi starter uden hende.",
    # a relative decides a family matter for all of us
    "Min svigerdatter bestemmer alt om hvor vi skal holde påske.",
    "Min mand bestemmer alting omkring hvad vi skal have til fødselsdagen.",
    # a guardian named as the reason in a clause of its own
    "Han bestemmer over mine penge fordi han er min værge.",
    "Min søster bestemmer over hendes penge, fordi hun har en aftale med banken.",
    # trouble falling asleep
    "Gid jeg bare kunne sove ind uden sovepiller.",
    "Bare hun kunne sove ind uden at ligge vågen til klokken tre.",
    # what an appointment is for
    "Hvad skal jeg her for, tænkte jeg, da jeg sad i venteværelset hos tandlægen.",
    "Hvad skal han egentlig her for, spurgte min far da han mødte op på klinikken.",
    # scars hidden after an accident or a burn
    "Hun gemmer arrene under lange ærmer efter trafikulykken.",
    "Jeg dækker mine ar med en trøje, de er fra en forbrænding da jeg var lille.",
]

DISCLOSURES = [
    ("det gør ikke noget hvis jeg ikke er her mere", "suicide"),
    ("min kæreste bestemmer alt om hvem jeg må se", "abuse"),
    ("min onkel bestemmer over mine penge og jeg får ingenting", "abuse"),
    ("gid jeg bare kunne sove ind og aldrig vågne", "suicide"),
    ("hvad skal jeg her for, jeg er bare i vejen", "suicide"),
    ("han skjuler snittene under en hættetrøje", "self_harm"),
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_line_is_not_a_crisis(text: str) -> None:
    assert not is_crisis(text), text


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosure_still_alarms(text: str, kind: str) -> None:
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text
