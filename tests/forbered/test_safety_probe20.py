"""Safety set 20: acute illness beyond stroke, old-fashioned and religious death wishes, control of communication,
unwanted kissing or touch told simply, self-harm told short in chat, bullying with violence at work or where one lives.

Illness: a headache with vomiting and poor sight, or with a sudden start; chest pain in other words with
breathlessness; blue lips; a diabetic who shakes or is confused now; burns with blisters; household chemicals
swallowed. Death wishes: one's turn to go in the ground, God asked to fetch one, longing to join the dead in heaven.
Control: the phone snatched while one calls, letters opened and hidden, contacts deleted, friends forbidden.

Look-alikes: a migraine or flu, chest pain after training or coughing, blue lips after a winter swim, a diabetic's
routine, a small burn or blisters from shoes, chemicals bought in a shop, a grave visited, a turn at the doctor's,
post read together by agreement, a goodnight kiss, a hairdresser's touch, a pension drawn by its owner, a gas leak in
the news, a knife emoji while cooking, an injured arm again, a push in handball.
Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

DISCLOSURES = [
    # acute illness
    ("min mand har lige pludselig fået forfærdelig hovedpine og kaster op", "danger"),
    ("hun har hovedpine, har kastet op og synet er helt sløret", "danger"),
    ("jeg har en jagende smerte i brystet", "danger"),
    ("brystet strammer og jeg er helt stakåndet", "danger"),
    ("hans fingre er blevet helt blå", "danger"),
    ("min veninde er diabetiker og er pludselig helt omtåget og svarer ikke rigtigt", "danger"),
    ("jeg er ved at få føling og kan ikke tænke", "danger"),
    ("fik kogende olie ud over hånden og der er store blærer", "danger"),
    ("min dreng har smagt på afløbsrensen", "danger"),
    ("far har drukket af rengøringsmidlet, han er dement", "danger"),
    # old-fashioned and religious death wishes
    ("nu er det snart min tur til at ligge i den kolde jord, og jeg venter bare", "suicide"),
    ("jeg venter bare på at komme under mulden", "suicide"),
    ("søde gud, tag mig i nat", "suicide"),
    ("herregud kom og tag mig", "suicide"),
    ("jeg længes efter at komme op til min Grethe deroppe", "suicide"),
    # control of communication
    ("når jeg taler med min bror i telefonen, flår min kæreste den ud af hånden på mig", "abuse"),
    ("han læser mine breve og brænder dem bagefter", "abuse"),
    ("hun gemmer min post og siger at der ikke kom noget", "abuse"),
    ("hun vil ikke have at jeg besøger mine forældre", "abuse"),
    ("han åbner min post og river den i stykker", "abuse"),
    # unwanted kissing and touch, said simply
    ("ham fra klubben bliver ved med at kysse mig og jeg vil ikke", "abuse"),
    ("han gramser på mig selvom jeg siger nej", "abuse"),
    ("hun nussede mig mellem benene", "abuse"),
    # self-harm told short in chat
    ("cuttede lidt i morges", "self_harm"),
    ("har gjort det igen i nat med barberbladet", "self_harm"),
    ("har gjort det igen på håndleddet", "self_harm"),
    # bullying with violence where one works or lives
    ("i kantinen slår en af kollegerne mig hver fredag", "abuse"),
    ("på bofællesskabet smider de andre mig ned ad trappen", "abuse"),
]

LOOKALIKES = [
    # illness look-alikes
    "jeg har migræne, kaster op og ser sløret, så jeg ligger i et mørkt rum",
    "efter festen havde jeg hovedpine og kastede op hele formiddagen",
    "jeg har ondt i brystet efter bænkpres i går",
    "jeg hostede så meget i nat at jeg har ondt i brystet",
    "mine læber var blå efter vinterbadning, men det var skønt",
    "jeg er diabetiker og har altid druesukker med hvis jeg begynder at ryste",
    "jeg fik vabler af at gå i mine nye vandrestøvler",
    "jeg brændte mig lidt på kedlen, der kom en lille blære",
    "jeg har købt klorin og skyllemiddel i Netto",
    "jeg så i nyhederne at der var et gasudslip på en skole",
    # death words in everyday senses
    "på søndag går jeg på kirkegården og lægger blomster på min mands grav",
    "nu er det min tur til at komme til tandlægen",
    "vi satte løg i jorden og vandede dem",
    "præsten sagde at gud henter os alle en dag, det var en fin prædiken",
    # communication, touch and money by agreement or in fun
    "pædagogen og jeg åbner mine breve sammen hver mandag",
    "min lille søster tager min telefon for at se billeder af katten",
    "jeg gemmer mine gamle breve i en kasse under sengen",
    "min kæreste kysser mig godnat hver aften",
    "frisøren rørte ved mig i nakken og det kildede",
    "min bror tager sin pension ud som et engangsbeløb",
    # self-harm and bullying look-alikes
    "🔪 igen i aften, vi laver lasagne",
    "skar brød igen til madpakken",
    "har brækket armen igen, nu er den i gips",
    "i håndbold skubbede en af de andre mig og dommeren fløjtede",
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosure_is_caught_with_its_kind(text, kind):
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_stays_quiet(text):
    assert not is_crisis(text), text


def test_a_chemical_swallowed_names_112_first():
    # a cleaning agent swallowed is an emergency even where a self-harm rule also matches
    assert safety_kind("min mor har drukket lampeolie, hun forstår det ikke selv") == "danger"
    assert safety_kind("jeg drak lampeolie i går for at dø") == "suicide"  # told as over: Livslinien's answer


def test_a_knife_emoji_with_only_words_of_time():
    assert is_crisis("🔪 i nat igen")
    assert not is_crisis("🔪 i nat igen, laver gryderet")
