"""Second review of the safety rounds: an accident exception that hid someone hitting the citizen, typed "sa" (said)
that reached the rules as "så", and chat "tar" that made one's own money taken along read as money taken."""

import pytest

from forbered.tagger.features import analyse
from forbered.tagger.rules import safety_hit


def hit(text: str) -> bool:
    return safety_hit(analyse(text).norm) is not None


@pytest.mark.parametrize("text", [
    "han slog mig da jeg kørte for sent hjem fra byen",
    "min stedfar slog mig da jeg løb for langsomt",
    "hun slog mig efter jeg faldt",
    "hun sa hun brænder min lejlighed ned hvis jeg siger det",
    "min kæreste sa at han dræber mig hvis jeg går",
    "han tar alle mine penge hver måned",
])
def test_disclosures_are_flagged(text: str) -> None:
    assert hit(text)


@pytest.mark.parametrize("text", [
    "jeg slog mig da jeg faldt ned ad trappen",
    "min far slog sig da han væltede på cyklen",
    "jeg tar mine penge med når jeg skal i Føtex",
    "hun tar sin pung med når hun handler",
    "han tar min taske med når vi går i byen",
    "jeg tar min løn med hjem",
    "han så han havde glemt sin jakke",
])
def test_ordinary_talk_stays_quiet(text: str) -> None:
    assert not hit(text)
