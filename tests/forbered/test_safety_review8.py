"""Review of safety set 19 for false alarms and misses: the last day of something ordinary, another holiday like the
last one, waking up to rain, hosting a holiday or a relative's prognosis, comfort at night, threats that harm no one
told, food or a phone kept back for a reason that is no complaint, waiting outside the care of anyone, and one sign of
a stroke next to a "suddenly" in another clause. Misses: a stroke told in verb-second order or with plain spelling,
waiting for a number of hours for the toilet, nothing to drink as a punishment, disappointment at waking in the morning.

Each ordinary line is of the same family as a reviewed false alarm, some worded anew; each disclosure is one the
patterns were written for and must alarm. Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import re

import pytest

from forbered.safety import is_crisis, safety_kind
from forbered.tagger import safety_rules as sr
from forbered.tagger.features import analyse

# A loss that does not fall on the one told is no threat of the set-19 kind (older, broader "if you tell anyone"
# patterns are checked elsewhere).
NO_THREAT = [
    "Min kollega siger at han mister sit job hvis han fortæller det til nogen",
    "hun truer med at hun sælger bilen hvis jeg fortæller far om buleskaden",
    "min bror siger han ødelægger overraskelsen hvis han fortæller det til mor",
]

ORDINARY = [
    # the last day of work or of waiting
    "jeg håber i dag er den sidste dag jeg skal på arbejde før ferien",
    "bare i dag bliver den sidste dag jeg skal vente på svar fra kommunen",
    "hun håber at i dag er den sidste dag hun skal gå med gips",
    # another holiday like the last one, or without someone
    "jeg håber ikke jeg får en jul til som sidste år",
    "jeg håber ikke jeg får en fødselsdag til uden min far",
    "hun håber ikke hun ser en påske mere ligesom den i fjor",
    # waking up to something
    "jeg er træt af at vågne op til regnvejr",
    "han er træt af at vågne op klokken fem hver dag",
    # hosting a holiday, a relative's prognosis
    "vi holder nok ikke en påske mere",
    "jeg orker ikke at holde en jul mere hos svigermor",
    "min bedstefar ser sikkert ikke en jul til",
    "jeg gider ikke fejre en fødselsdag mere med hele familien",
    # comfort at night
    "Min mor kæler med mig om natten når jeg er bange for mørket",
    "mor kysser mig om natten når jeg er bange for tordenvejret",
    "Min mor nusser mig på ryggen om natten når jeg ikke kan sove, det vil jeg ikke undvære",
    "min kæreste kysser mig om natten når vi er alene, det er hemmeligt for mine forældre",
    "far nusser mig i håret om natten når hun er bange for monstre",
    # kept back for a reason that is no complaint
    "mormor giver mig ikke slik hvis jeg beder om mere, hun siger det er usundt",
    "hun giver mig ikke kaffe hvis jeg klager over hovedpine, så får jeg te i stedet",
    "min søster har taget min telefon fordi jeg ringer til hende hele tiden haha",
    "min bror tog min mobil fordi jeg ringede til ham midt om natten",
    # waiting in a bath or at a festival
    "Jeg sad i badekarret i en time før de andre kom hjem",
    "børnene sad på gulvet i en time før de andre kom tilbage fra turen",
    "Til festivalen ventede vi i en time på toilettet og jeg blev våd af regnen",
    "på koncerten ventede jeg i to timer på toilettet og blev helt våd i regnen",
    # one sign, then "suddenly" in another clause; a sign that is an idiom; two signs after sport
    "Min mor snakker om noget mærkeligt i telefonen, og pludselig lagde hun på",
    "han snakker sludder om politik, og pludselig går strømmen",
    "vi ser dobbelt så mange film nu, og pludselig kan jeg ikke følge med",
    "far taler om noget underligt han har set i fjernsynet, og lige pludselig slukker han",
    "han taler mærkeligt jysk og kan ikke løfte armen efter fodbold",
    "min søn kan ikke løfte armen efter håndbold og han taler mærkeligt",
    # disappointed on waking for a reason
    "jeg er ked af det når jeg vågner om morgenen med hovedpine",
]

DISCLOSURES = [
    ("jeg håber i dag er den sidste dag", "suicide"),
    ("gid i nat bliver min sidste, jeg orker ikke mere", "suicide"),
    ("jeg beder til at i dag bliver den sidste dag jeg vågner", "suicide"),
    ("jeg håber ikke jeg oplever en jul til", "suicide"),
    ("hun håber ikke hun får en fødselsdag mere", "suicide"),
    ("jeg er træt af at vågne op hver morgen", "suicide"),
    ("jeg er så træt af at vågne", "suicide"),
    ("jeg når nok ikke en jul til og det er fint", "suicide"),
    ("så oplever jeg nok ikke en sommer mere", "suicide"),
    ("jeg vil ikke opleve en jul mere", "suicide"),
    ("han piller ved mig under dynen og det vil jeg ikke", "abuse"),
    ("onklen rører ved mig når vi er alene og jeg er bange", "abuse"),
    ("han kysser mig om natten og siger det er vores hemmelighed", "abuse"),
    ("han siger han slår mig hvis jeg fortæller det til nogen", "abuse"),
    ("hun har sagt at hun sælger min kat hvis jeg fortæller det til pædagogerne", "abuse"),
    ("han siger jeg mister min lejlighed hvis jeg siger det til politiet", "abuse"),
    ("hun giver mig ikke mad hvis jeg klager", "abuse"),
    ("personalet har taget min telefon fordi jeg ringer for tit til min mor", "abuse"),
    ("de giver mig ikke kaffe hvis jeg brokker mig", "abuse"),
    ("de giver mig ikke noget at drikke hvis jeg klager", "abuse"),
    ("han giver mig ikke noget at spise når jeg siger imod", "abuse"),
    ("jeg sad på toilettet i en time før de kom", "neglect"),
    ("mor lå på gulvet i flere timer før hjemmeplejen kom", "neglect"),
    ("jeg måtte vente i to timer på at komme på toilettet og så tissede jeg i bukserne", "neglect"),
    ("hun ventede i tre timer på hjælp til toilettet og lavede i bukserne", "neglect"),
    ("pludselig snakker far helt mærkeligt", "danger"),
    ("min mor snøvler og det startede for en halv time siden", "danger"),
    ("han snakker vrøvl og hans mund hænger", "danger"),
    ("pludselig kan hun ikke løfte armen", "danger"),
    ("i morges kunne han ikke løfte armen og han snøvlede", "danger"),
    ("lige pludselig kunne mor ikke løfte armen", "danger"),
    ("min mand kan ik løfte armen og han snakker helt mærkelig", "danger"),
    ("min far taler helt sluret og hans arm er slap", "danger"),
    ("hun taler sludret og munden hænger i den ene side", "danger"),
    ("jeg er skuffet når jeg vågner op om morgenen", "suicide"),
    ("hun er trist hver gang hun vågner om morgenen", "suicide"),
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_line_is_not_a_crisis(text: str) -> None:
    assert not is_crisis(text), text


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosure_still_alarms(text: str, kind: str) -> None:
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text


def _set19_abuse(text: str) -> bool:
    exc, _ = sr._compiled()
    masked = sr._mask(exc, sr.fold(sr.chat_spellings(analyse(text).norm)))
    return any(re.search(sr.fold(p), masked) for p in sr.SET19_ABUSE)


@pytest.mark.parametrize("text", NO_THREAT)
def test_loss_to_someone_else_is_no_set19_threat(text: str) -> None:
    assert not _set19_abuse(text), text


@pytest.mark.parametrize("text", [
    "han siger han slår mig hvis jeg fortæller det til nogen",
    "hun har sagt at hun sælger min kat hvis jeg fortæller det til pædagogerne",
    "han siger jeg mister min lejlighed hvis jeg siger det til politiet",
])
def test_loss_to_the_one_told_is_a_set19_threat(text: str) -> None:
    assert _set19_abuse(text), text
