"""A long, ordinary message is not flagged by the safety head's message score on its length alone (LONG_WORDS in
forbered/tagger/__init__.py); a long message with one part that reads as a disclosure still is."""

from __future__ import annotations

import pytest

from forbered.tagger import LONG_WORDS, Tagger
from forbered.tagger.features import analyse

LONG_ORDINARY = [
    "jeg vil gerne spare op og rejse til Canada og se bjørne og måske besøge min onkel i Toronto og tage med ham på"
    " fisketur en sommer hvis min økonomi kan bære det",
    "om sommeren vil jeg gerne ligge i telt med min fætter ved en sø og fiske og bade og grille pølser og se"
    " stjerner om natten hvis vejret er godt",
    "min drøm er at lære at sejle og tage med min farbror rundt om Fyn i hans båd og sove i havnene og spise is"
    " hver dag hvis vejret tillader det",
]


def _p(tagger: Tagger, text: str) -> float:
    i = tagger.models["safety"].classes.index("true")
    return float(tagger._probas_rows(tagger._rows(analyse(text), "citizen"))["safety"][i])


@pytest.mark.parametrize("text", LONG_ORDINARY)
def test_long_ordinary_wishes_are_not_disclosures(tagger: Tagger, text: str) -> None:
    assert len(text.split()) >= LONG_WORDS
    assert tagger.tag(text).safety is False


@pytest.mark.parametrize("text", LONG_ORDINARY)
def test_the_guard_reads_every_part(tagger: Tagger, text: str) -> None:
    a = analyse(text)
    # whatever the message score, no part of these reads as a disclosure, so a flag from the message score
    # alone (below LONG_SURE) would be the length's
    assert tagger._length_only(a, tagger.safety_threshold, "citizen") is True


def test_a_part_that_reads_as_a_disclosure_keeps_the_flag(tagger: Tagger) -> None:
    text = ("vi var i byen og købte ind og spiste frokost og så kørte vi hjem og om aftenen tænkte jeg at jeg ikke"
            " vil leve mere og så så vi tv")
    a = analyse(text)
    assert _p(tagger, "om aftenen tænkte jeg at jeg ikke vil leve mere") >= tagger.safety_threshold
    assert tagger._length_only(a, tagger.safety_threshold, "citizen") is False
    assert tagger.tag(text).safety is True


def test_short_messages_are_never_weighed_by_parts(tagger: Tagger) -> None:
    text = "min fætter kommer og vi spiller kort og drikker kaffe"
    assert len(text.split()) < LONG_WORDS
    assert tagger._length_only(analyse(text), tagger.safety_threshold, "citizen") is False


def test_a_sure_message_score_is_kept(tagger: Tagger) -> None:
    assert tagger._length_only(analyse(LONG_ORDINARY[0]), 0.99, "citizen") is False
