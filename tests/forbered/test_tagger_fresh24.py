"""Round 24 (fresh writers, December 2026): complaints hiding change talk, sarcasm, scale answers, slang."""
from __future__ import annotations

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse


def _norm(text: str) -> str:
    return analyse(text).norm


@pytest.mark.parametrize("text", [
    "jeg er så træt af ikke at kunne komme ud",
    "jeg er træt af ikke at have nogen venner",
    "det irriterer mig at jeg ikke kan lave mad selv",
    "jeg hader at jeg altid skal spørge om hjælp til at handle",
    "jeg er træt af at sidde derhjemme hele tiden",
    "han er så træt af ikke at have noget arbejde",
])
def test_complaint_flip(text: str) -> None:
    assert rules.complaint_flip(_norm(text))


@pytest.mark.parametrize("text", [
    "Jeg er træt af at vente på hjemmeplejen",
    "Jeg er så træt af at være træt",
    "Jeg er så træt af at gå i skole",
    "Jeg er træt af at alle bestemmer over mig",
    "jeg er træt af at leve",
    "jeg er træt af ikke at kunne komme ud, men det går nok",
    "det irriterer mig at han ikke kan tie stille",
])
def test_no_complaint_flip(text: str) -> None:
    assert not rules.complaint_flip(_norm(text))


@pytest.mark.parametrize("text", [
    "ja ja, jeg elsker bare at vaske op 🙄",
    "super fedt at sidde på jobcentret i tre timer 🙄",
    "nå ja, det er jo bare så hyggeligt at være alene hver aften",
    "åh ja, min yndlingsting er at ringe til kommunen",
])
def test_sarcastic(text: str) -> None:
    assert rules.sarcastic(_norm(text), text)


@pytest.mark.parametrize("text", ["jeg elsker at tegne", "ja ja jeg elsker min hund", "jeg elsker ikke opvask 🙄",
                                  "ja, det er hyggeligt på klubben"])
def test_not_sarcastic(text: str) -> None:
    assert not rules.sarcastic(_norm(text), text)


@pytest.mark.parametrize("text", ["måske en 6'er", "en 8'er", "7 ud af 10", "det er nok en 5'er", "2 tror jeg", "ca 2"])
def test_scale_answer(text: str) -> None:
    assert rules.scale_answer(_norm(text))


@pytest.mark.parametrize("text", ["jeg har 2 børn", "en 9'er, jeg vil virkelig gerne have et job", "bus 6"])
def test_no_scale_answer(text: str) -> None:
    assert not rules.scale_answer(_norm(text))


@pytest.mark.parametrize(("text", "talk", "subtype", "sheet"), [
    ("jeg er så træt af ikke at kunne komme ud", "change", "desire", "hope"),
    ("ja ja, jeg elsker bare at vaske op 🙄", "neutral", None, "parking"),
    ("måske en 6'er", "neutral", None, "goal_progress"),
    ("jeg er træt af ikke at have en kæreste", "change", "desire", "hope"),
])
def test_tagger_round24(tagger, text: str, talk: str, subtype: str | None, sheet: str | None) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype, u.sheet) == (talk, subtype, sheet)
