"""Safety probe 10: overdoses told with unusual verbs and quantities, coercive control with leave and permission,
the whole pension or pay taken, and neglect in misspellings and everyday wordings (safety_rules: the probe 10 blocks
and the shared _PILLS, _INGEST, _PILL_LOT, _KEPT_FROM, _SAY_SO, _BANNED pieces).

Overdose: a whole bottle, glass or box "drukket", "bælget", "skyllet ned"; a number of pills; "alle dem" from the
pill box; stuffed with pills; pills taken and the person cannot be woken (also in an inverted clause). Control:
"vil ikke lade mig", "giver mig ikke lov", "tillader ikke", a ban with who decides it ("uden hans tilladelse"),
someone deciding whom one may talk to. Money: the whole pension, pay or benefit taken, kept or used by a relative
or carer. Neglect: skipped visits misspelt ("springte"), wet bedding for hours, food only for obedience ("vi"),
too little to drink with its mark. Look-alikes: outings after "hvis jeg siger det til …", pills taken as prescribed,
a heavy sleeper, one's own account, agreed help, a doctor's ban, a custody matter, rain, sweets. Written fresh for
these tests (not the probe lines or the staged training lines)."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

OVERDOSE = [
    "jeg har lige bælget et helt glas af mine sovepiller",
    "hun har skyllet en hel pakke pamol ned med rødvin",
    "han har nakket 40 af sine smertepiller",
    "jeg har spist alle dem der lå i min pilleæske",
    "min kæreste har proppet sig med alle de sovepiller hun kunne finde",
    "jeg har taget ugens dosis på én gang",
    "har drukket en hel flaske af hans nervemedicin",
    "jeg har slugt tre plader af mine hjertepiller",
]

UNREACHABLE = [
    "han har taget sin medicin og nu kan vi ikke vække ham",
    "min søster har slugt en hel bøtte piller og hun snøvler",
]

CONTROL = [
    "min samlever vil ikke lade mig tage til min mors fødselsdag",
    "han giver mig aldrig lov til at ringe til min bror",
    "min mand tillader ikke at jeg ser mine veninder",
    "jeg må ikke gå nogen steder uden hans tilladelse",
    "hun bestemmer hvem jeg må skrive med",
    "jeg skal have min kærestes tilladelse for at tage bussen ind til byen",
    "min søn har bestemt at jeg ikke må have besøg af mine venner",
    "jeg bliver holdt inde i min lejlighed af min bror",
]

MONEY = [
    "mine sønner tager hele min folkepension hver gang den kommer ind",
    "min kæreste har tømt min opsparing",
    "hendes stedfar bruger al hendes kontanthjælp",
    "min lillesøster låner hele min løn hver måned",
    "personalet beholder mine penge og jeg aner ikke hvor de bliver af",
]

NEGLECT = [
    "hjemmeplejn springte mig over i morges og jeg har ikke fået min morgenmedicin",
    "min mor har ligget i tisset sengetøj siden i aftes",
    "vi får kun mad når vi har været søde hele dagen",
    "de giver ham ikke nok at drikke og han er helt udtørret",
    "ingen har kigget forbi i tre dage og jeg har ikke spist",
]

LOOKALIKES = [
    # an outing or a treat after "hvis jeg siger det til …"
    "hvis jeg siger det til min far, tager han mig med på fisketur",
    # pills taken as prescribed; a heavy sleeper; a pack bought or taken along
    "jeg har taget alle mine piller i dag som lægen har sagt",
    "jeg kan ikke vække min datter om morgenen, hun sover som en sten",
    "jeg har købt en hel pakke panodil på apoteket",
    "jeg tog en hel æske plaster med på ferien",
    "jeg drak en hel flaske danskvand",
    # one's own account; money by agreement or paid on for the citizen
    "min bror har tømt sin konto for at købe en motorcykel",
    "min søster tager hele min pension og betaler mine regninger med den",
    "jeg har givet min nevø lov til at hæve penge for mig når jeg er syg",
    # everyday leave: a tractor, the night, a doctor, a custody matter, the house rules
    "min far lader mig ikke køre hans traktor",
    "min mor lader mig ikke gå alene hjem om natten",
    "lægen siger jeg ikke må gå ud før såret er helet",
    "min eks vil ikke lade mig se ungerne i weekenden",
    "jeg får ikke lov til at ryge på mit værelse, det er reglerne",
    "min kæreste bestemmer hvilken pizza vi bestiller",
    # care skipped for a reason; wet from rain; sweets as a rule; sleep
    "hjemmeplejen sprang mig over fordi jeg var på ferie",
    "jeg har ligget i vådt tøj efter en tur i regnen",
    "vi får kun slik når vi har været søde",
    "jeg får ikke nok søvn og er svimmel om morgenen",
    # loneliness
    "ingen forstår mig",
]


@pytest.mark.parametrize("text", OVERDOSE + UNREACHABLE + CONTROL + MONEY + NEGLECT)
def test_probe10_disclosures_are_caught(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_probe10_lookalikes_stay_quiet(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize("text", CONTROL + MONEY)
def test_probe10_control_and_money_name_abuse(text: str) -> None:
    assert safety_kind(text) == "abuse"


@pytest.mark.parametrize("text", UNREACHABLE[:1])
def test_probe10_unreachable_is_danger(text: str) -> None:
    assert safety_kind(text) == "danger"


@pytest.mark.parametrize("text", [NEGLECT[0], NEGLECT[1], NEGLECT[3]])
def test_probe10_neglect_names_neglect(text: str) -> None:
    assert safety_kind(text) == "neglect"


@pytest.mark.parametrize("text", ["han vil ik lade mig se mine venner", "mine foraeldre tager hele min foertidspension",
                                  "de gir mig ik nok at drikke og jeg er svimmel"])
def test_probe10_chat_spellings(text: str) -> None:
    assert is_crisis(text)
