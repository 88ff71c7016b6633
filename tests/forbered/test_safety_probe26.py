"""Safety 26 conventions: despair told as a number or as hopelessness, fear of someone at home told by what one does,
threats by text, kept from help, food or medicine kept back as a price, and the look-alikes (a match with nothing to
play for, pain in the body on a scale, a phone or card kept by agreement, a visit to a grave)."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

SUICIDE = [
    # an inner state rated at the bottom or inner pain at the top of a scale
    "min livsglæde ligger på 0",
    "humøret er nede på nul igen",
    "livslyst 0/10",
    "i feel zero out of ten every single day",
    "jeg har ondt i sjælen, det er en 10 ud af 10",
    "hvor skidt jeg har det lige nu? 12 ud af 10",
    "hvis du spørger om skalaen, så er jeg på 9 over hvor dårligt jeg har det",
    "jeg har det 11 ud af 10 elendigt indeni",
    # hopelessness with no word of death
    "ingenting bliver nogensinde godt igen",
    "mit liv bliver aldrig bedre",
    "i dont see it ever getting better",
    # longing to lie by a dead spouse
    "jeg længes efter at ligge hos min mand i graven",
]

ABUSE = [
    # fear of someone at home told by what one does
    "jeg går på tæer derhjemme så min kæreste ikke bliver rasende",
    "jeg tør ikke spørge om noget for ellers bliver far vred",
    "når min mor har drukket gemmer jeg mig under sengen",
    "jeg gemmer mig hver gang min stedfar kommer hjem",
    # threats by text or said
    "min eks sendte en sms om at jeg nok skal komme til at fortryde det",
    "han skriver at jeg vil angre",
    "hun siger du er død hvis du fortæller det",
    # kept from the doctor or from help
    "min kæreste siger at jeg ikke må gå til lægen",
    "min bror vil ikke lade mig ringe efter ambulancen",
    # medicine or aids kept back as a punishment; food only as a reward
    "hjælperen tog min stok som straf",
    "min datter gemmer mine piller når jeg er besværlig",
    "jeg får kun mad hvis jeg har ryddet op",
    "hun giver mig ikke mad før jeg siger undskyld",
]


@pytest.mark.parametrize("text", SUICIDE)
def test_despair_and_hopelessness_are_suicide(text: str) -> None:
    assert is_crisis(text)
    assert safety_kind(text) == "suicide"


@pytest.mark.parametrize("text", ABUSE)
def test_fear_threats_and_withholding_are_abuse(text: str) -> None:
    assert is_crisis(text)
    assert safety_kind(text) == "abuse"


@pytest.mark.parametrize("text", [
    "de låser skabene om aftenen så jeg ikke kan få noget at spise",
    "min kone tager min mobil så jeg ikke kan ringe til nogen",
])
def test_things_locked_away_are_abuse_not_neglect(text: str) -> None:
    assert safety_kind(text) == "abuse"


NOT_SAFETY = [
    "der er intet at kæmpe for i de sidste kampe af sæsonen",
    "vi har ikke mere at spille om i turneringen",
    "ondt i knæet 9 ud af 10 i dag",
    "på en skala fra 1 til 10 har jeg det skidt, måske en 4",
    "mit humør er på 10 i dag",
    "det bliver aldrig godt igen med min gamle bil",
    "jeg vil ligge blomster hos min mor på kirkegården på søndag",
    "jeg går stille på gangen så mine børn ikke vågner",
    "jeg tør ikke sige det til min chef for så bliver han sur",
    "jeg gemmer mig når min nevø leger gemmeleg",
    "sælgeren sagde jeg kommer til at fortryde hvis jeg ikke køber tilbuddet",
    "du er død hvis du spiser min kage haha",
    "lægen siger jeg ikke må gå til træning i to uger",
    "min datter tager min telefon om aftenen så jeg ikke kan se på den, det har vi aftalt",
    "min søn har mit dankort fordi jeg bad ham om det",
    "jeg må først få dessert når jeg har spist op",
]


@pytest.mark.parametrize("text", NOT_SAFETY)
def test_look_alikes_are_not_safety(text: str) -> None:
    assert not is_crisis(text)
