"""The joke guard of the name-calling and burden rules ("haha", "for sjov" near the words) holds wherever the words
stand in the message: it is read from the speaker named, not from the start of the message, where a long message
put it out of reach (and made the rules' search quadratic in the message's length)."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis
from forbered.tagger import safety_rules

LEAD = "i går var vi i byen og købte ind og spiste frokost på en café ved havnen, og så kom vi hjem og "
JOKES = [
    "min bror kaldte mig en klam luder haha",
    "mor siger jeg er en byrde for familien haha",
    "min kusine siger jeg er en taber, men det er for sjov",
]
MEANT = [
    "min bror kaldte mig en klam luder",
    "mor siger jeg er en byrde for familien",
]


@pytest.mark.parametrize("text", JOKES)
def test_a_joke_is_a_joke_after_a_long_lead(text: str) -> None:
    assert is_crisis(text) is False
    assert is_crisis(LEAD + text) is False


@pytest.mark.parametrize("text", MEANT)
def test_the_words_meant_are_found_after_a_long_lead(text: str) -> None:
    assert is_crisis(text) is True
    assert is_crisis(LEAD + text) is True


def test_no_rule_starts_with_an_unanchored_lookahead() -> None:
    # a leading "(?!.{0,60}…)" with no anchor is tried at every position of the text: with a free run after it
    # (".*?") the search is quadratic in the text's length
    _, pats = safety_rules._compiled()
    assert [p.pattern[:80] for p in pats.patterns if p.pattern.startswith("(?!")] == []
