"""Review of safety set 20 for false alarms: "gift" that means married, answering the phone, chest pressure from
nerves, a diabetic who sweats when training, a small or past burn, a defeat in a game, burial plans and oaths, post
kept by staff, painted nails, a hairdresser cutting, and a guard word lost under a masked idiom. Each disclosure
below is one the patterns were written for and must still alarm."""

from __future__ import annotations

import pytest

from forbered.safety import safety_kind
from forbered.tagger import safety_rules as sr
from forbered.tagger.features import analyse

QUIET = [
    # 1 "gift" as married, "fået" as got
    "Vi drak champagne og blev gift i lørdags",
    "Vi har spist bryllupskage og er blevet gift i dag",
    "Min bror har fået job og er nu gift",
    "Vi har fået rottegift i kælderen",
    "Min kusine har drukket en øl og er gift med en svensker",
    "De har spist frokost og var gift i ti år",
    # 2 answering the phone
    "Min mor tager telefonen når jeg ringer til hende",
    "Hun tager aldrig telefonen når jeg ringer",
    "Far tager ikke sin mobil når jeg ringer til ham",
    "Min bror tog telefonen da jeg ringede i går",
    # 3 chest pressure alone
    "Jeg har lidt trykken for brystet når jeg er nervøs",
    "Jeg har lidt trykken for brystet når jeg tænker på eksamen",
    "Jeg har en jagende smerte i brystet når jeg griner",
    "Jeg fik ondt i brystet af grin da vi så den film",
    "Jeg har en jagende smerte i brystet når jeg nyser",
    "Han får en sviende smerte i brystet når han spiser stærk mad",
    # 6 burns told as over or small
    "Jeg fik kogende vand over hånden da jeg lavede te i går, lidt rødt",
    "Min søster har skoldet sig med kogende vand over hånden i går men det er fint nu",
    "Jeg fik kogende vand på hånden sidste uge",
    "Varmt vand over hele armen i brusebadet er dejligt",
    "Jeg brændte mig på ovnen og fik en vabel på fingeren",
    "Det brændte helt ud og vi fik blærer på hænderne af at ro",
    "Varmt vand over hele ryggen i svømmehallen er det bedste",
    # 4 diabetes and ordinary sweat or confusion
    "Jeg har diabetes og jeg sveder meget når jeg træner",
    "Jeg har haft diabetes i 20 år og jeg sveder meget om sommeren",
    "Jeg er diabetiker og var forvirret over den nye app",
    "Jeg har type 1 diabetes og jeg er forvirret over hvad jeg skal spise til brylluppet",
    "Min far har sukkersyge og han er sløv om eftermiddagen",
    "Min mor har diabetes og hun sveder når hun løber",
    # 7 a defeat in a game, kept informed
    "På arbejdet slår de andre mig altid i kortspil",
    "På værkstedet slår de andre mig altid i kortspil",
    "På klubben slår de andre mig i uno hver gang",
    "På bostedet slår de andre mig altid i banko",
    "På skolen slår de andre mig altid i løb",
    "På arbejdet holder de mig orienteret",
    "På klubben slår de andre mig altid i skak",
    # 8 oaths, burial plans, planting
    "Fanden tag mig, hvor var det en god kamp",
    "Jeg vil gerne hvile på kirkegården ved min mand når den tid kommer",
    "Jeg håber at jeg kommer i jorden med kartoflerne i weekenden",
    "Jeg håber jeg kommer i jorden med løgene i morgen",
    "Farmor glæder sig til at komme i jorden med sine tulipaner",
    "Jeg håber jeg snart kommer i graven i legen med mine nevøer",
    # 9 post handled for one
    "Min kontaktperson åbner min post og gemmer den til mig",
    "Han læser mine mails og sletter reklamerne",
    # 10 painted nails, a hairdresser, poor sight in the dark
    "Hun har malet neglene blå til brylluppet",
    "Frisøren skar lidt igen i dag",
    "Min søn kastede op og havde hovedpine og kunne ikke se noget i mørket",
    # 11 a guard word under a masked idiom
    "Han drak af giften i filmen og døde",
    "Hun slugte giften i serien og døde",
]

ALARM = [
    # 1
    "Min søn har drukket af opvaskemidlet",
    "Hun har drukket noget gift",
    "Min mor har slugt rottegift",
    "Jeg har drukket af giften",
    # 2
    "Han river telefonen ud af hånden på mig når jeg ringer til min mor",
    "Han tager min telefon når jeg ringer til min søster",
    "Han tager telefonen fra mig når jeg skriver til mine venner",
    # 3
    "Jeg har trykken for brystet og åndenød",
    "Jeg har pludselig en jagende smerte i brystet og den stråler ud i armen",
    "Jeg har trykken for brystet når jeg går op ad trappen og jeg kan ikke få luft",
    "min far har tyngde for brystet",
    # 6
    "Min søn har fået kogende vand over hele armen og huden går af",
    "Hun væltede kogende vand ud over barnet",
    # 4
    "Min mand har diabetes og han sveder og er helt forvirret nu",
    # 7
    "På bostedet slår de andre mig hver dag",
    "På værkstedet holder de andre mig fast og slår mig",
    # 8
    "Gud må snart hente mig",
    "Jeg venter bare på at jeg kommer i jorden",
    # 9
    "Min kæreste åbner mine breve og gemmer dem for mig",
    # 10
    "Hans læber er helt blå",
    "skar lidt igen i nat",
    "Jeg har voldsom hovedpine og kaster op og kan ikke se noget",
]


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_line_is_quiet(text):
    assert sr.safety_hit(analyse(text).norm) is None, text


@pytest.mark.parametrize("text", ALARM)
def test_disclosure_alarms(text):
    assert sr.safety_hit(analyse(text).norm) is not None, text


@pytest.mark.parametrize("text", ["Vi drak champagne og blev gift i lørdags", "Min bror har fået job og er nu gift"])
def test_married_is_no_chemical_kind(text):
    assert safety_kind(text) is None
