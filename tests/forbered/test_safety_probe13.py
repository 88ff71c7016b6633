"""Safety set 13: verb-second order after a fronted clause or adverbial ("når jeg er alene skærer jeg i mig selv",
"hver nat tænker hun på at dø"), medicine kept back as a punishment or a price or hidden so it cannot be taken, a
threatened blow in reported words ("han skriver at han vil tæske mig"), demands to show or send intimate parts or
pictures, money that vanishes while someone holds the code or tells the citizen not to ask, a dressing not changed
for a relative ("min fars forbinding"), not washed for long because the carers do not come, "nu orker jeg ikke mere",
feeling one should not be here (safety_rules: verb_second_reading, SET13_SUICIDE, SET13_SELF_HARM, SET13_ABUSE, SET13_NEGLECT,
SET13_EXCEPTIONS).

Look-alikes: shut in one's own world, the day's pills taken as the doctor said or as a routine, medicine locked away
so one cannot take too many, a cut or a knock during an everyday activity told before it, a game or sport after a
threat, a doctor's examination, a partner's wish, money spent on oneself, a medicine taken with food, a fronted object
before "ikke mere". Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind
from forbered.tagger.safety_rules import verb_second_reading

DISCLOSURES = [
    # verb-second order
    "når stemmerne bliver for høje skærer jeg i mine ben",
    "bagefter bankede jeg knytnæven ind i muren igen og igen",
    "om natten tænker jeg på at dø",
    "i går aftes slog jeg mig selv i hovedet",
    "nu orker jeg ikke mere",
    # feeling one should not be here
    "jeg har det tit som om jeg ikke burde være her mere",
    "hun føler tit at hun ikke fortjener at være her",
    # medicine kept back or hidden
    "pædagogen giver mig ikke mine nervepiller før jeg har vasket op",
    "han får først sin insulin når han har sagt undskyld til personalet",
    "min søster får ikke sine smertestillende fordi hendes mand siger hun bare overdriver",
    "min kæreste holder mine piller tilbage når jeg har været fræk",
    "min far skjuler min astmaspray så jeg ikke kan finde den",
    # threats of a blow in reported words
    "min fætter skriver at han vil tæske mig når han ser mig",
    "han råbte at han ville brække min arm",
    "de andre på bostedet siger de skal smadre mig i aften",
    # sexual demands
    "træneren vil have at jeg sender billeder af min krop",
    "han siger hele tiden at jeg skal vise ham mine bryster",
    "pædagogen vil gerne mærke på mine bryster",
    # money
    "min datter bruger min folkepension og siger jeg ikke skal blande mig",
    "min løn forsvinder fra kontoen hver måned og jeg ved ikke hvem der tager den",
    "min pension forsvinder hver gang, og min nevø har mit dankort",
    # threat when telling
    "hvis jeg fortæller det til pædagogen, så sørger han for at jeg ryger ud",
    # neglect
    "de har ikke skiftet min fars forbinding i over ti dage",
    "jeg har ikke været vasket i ti dage fordi hjælperne ikke dukker op",
]

LOOKALIKES = [
    "min bror er helt låst inde i sin egen verden når han spiller",
    "hun har taget alle sine tabletter, ligesom lægen har sagt",
    "til morgenmaden tager jeg alle mine piller",
    "hjemmehjælperen låser min medicin inde så jeg ikke kan tage for mange",
    "når jeg hakker løg skærer jeg mig tit i fingeren",
    "efter gymnastik slår jeg mig altid på hoften",
    "han vil smadre mig i bordtennis på fredag",
    "min bror truer med at banke mig i fifa",
    "lægen bad mig vise ham min ryg",
    "min kæreste vil gerne se mine bryster, og det er okay",
    "jeg bruger min pension på tøj og min søster siger jeg ikke skal bekymre mig",
    "jeg får først mine piller når jeg har spist aftensmad",
    "det tunge arbejde orker jeg ikke mere",
    "opvasken gider jeg ikke mere",
    "i krimien slår han sin kone ihjel",
    "jeg burde ikke være her, jeg skulle have været på arbejde",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_disclosures_are_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_not_crisis(text: str) -> None:
    assert not is_crisis(text)


def test_verb_second_reading_swaps_verb_and_subject() -> None:
    assert verb_second_reading("om aftenen skar hun i armen") == "om aftenen hun skar i armen"
    assert verb_second_reading("så går jeg hjem") == "så går jeg hjem"  # an everyday verb is not read again
    assert verb_second_reading("skar hun sig?") == "skar hun sig?"  # a question opens with the verb
    assert len(verb_second_reading("når jeg er ked af det brænder jeg mig")) == len("når jeg er ked af det brænder jeg mig")


@pytest.mark.parametrize(("text", "kind"), [
    ("når hun er ked af det dunker hun hovedet i gulvet", "self_harm"),
    ("min onkel sagde at han ville knuse mine fingre", "abuse"),
    ("de giver ham ikke hans medicin før han har ryddet op", "neglect"),
])
def test_kinds(text: str, kind: str) -> None:
    assert safety_kind(text) == kind
