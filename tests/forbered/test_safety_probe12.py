"""Safety probe 12: coercive control told as who decides ("det er hende der bestemmer om …", "resten styrer han"),
calls or messages many times a day to check where one is, two of one's own papers or things held by someone, a ban
on going to the doctor or a meeting alone (the doctor is the place, not the one who decides), money got by cheating
by family or carers, a dependent forgotten on the toilet or in a chair for hours, and the rest of a container with
pills named in the context (safety_rules: PROBE12_ABUSE, PROBE12_NEGLECT, PROBE12_SELF_HARM, PROBE12_EXCEPTIONS).

Look-alikes: a parent deciding dinner, the rest of a packet of biscuits, a course of medicine finished as the
doctor said, a relative ringing to hear how one is, papers held for a trip, a sports injury, cheating at cards.
Written fresh for these tests (not the probe lines, the scratch sets or the staged training lines)."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

DISCLOSURES = [
    "det er min samlever der bestemmer hvornår jeg må gå i byen",
    "det er ham der bestemmer hvem hun må snakke med",
    "han bestemmer alting, også hvor meget jeg må bruge på tøj",
    "hun bestemmer over maden, resten bestemmer min mand",
    "alt det andet styrer min kæreste",
    "min eks skrev 40 gange i går for at vide hvem jeg var sammen med",
    "han ringer hvert kvarter for at tjekke hvor jeg er henne",
    "jeg skal sende et billede hver time så han kan se hvor jeg er",
    "min mand har gemt mit pas og mit sundhedskort",
    "hun har taget mine nøgler og min mobil",
    "min kone lader mig ikke tage til psykologen alene",
    "han lod mig aldrig gå til tandlægen uden ham",
    "min svoger har snydt mig for over 30.000 kr",
    "hjemmehjælperen snød min mor for hendes pension",
    "min niece har svindlet mig for min opsparing",
    "personalet glemte ham på badeværelset og han sad der hele formiddagen",
    "de har glemt min far i kørestolen på altanen i flere timer",
    "hjælperen glemte at hente mig fra toiletstolen, jeg sad der i tre timer",
    "mine sovepiller stod i skabet og jeg har slugt resten af glasset",
    "jeg bællede resten af pakken i nat, det var pamol",
]

LOOKALIKES = [
    "min far bestemmer hvad vi skal spise om søndagen",
    "det er min bror der bestemmer hvilken film vi ser",
    "resten af ugen styrer jeg selv",
    "på værkstedet er det hende der bestemmer det hele",
    "min moster ringer tre gange om ugen for at høre hvordan det går",
    "han har mit pas og mine billetter fordi han booker rejsen",
    "min kæreste går med til lægen fordi jeg selv har bedt om det",
    "lægen vil ikke lade mig cykle før knæet er helet",
    "min fætter snød i kortspil og vandt",
    "jeg følte mig snydt for en god koncert",
    "jeg glemte mine briller på badeværelset",
    "vi sad i kø på motorvejen i to timer",
    "jeg spiste resten af pakken med kiks",
    "jeg har taget resten af penicillinen som lægen sagde",
    "jeg fik et blåt øje til håndbold i går",
    "han slog mig i skak tre gange",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_disclosures_are_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_not_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("min nevø har snydt mig for mange penge", "abuse"),
    ("de glemte mig på toilettet i to timer", "neglect"),
    ("min medicin lå fremme og jeg tog resten af bøtten", "self_harm"),
])
def test_kinds(text: str, kind: str) -> None:
    assert safety_kind(text) == kind
