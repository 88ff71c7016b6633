"""Review 2 of the control and neglect rules (December 2026): false alarms that must go quiet and the disclosures
next to them that must still count, both directions per fix. The sentences were written for these tests."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

# (text, is a disclosure): each fix with its false alarm and a nearby disclosure that stays loud
CASES = [
    # reflexive sin/sit/sine is the agent's own money or things
    ("min far brugte alle sine penge på en ny bil", False),
    ("min mor har brugt alle sine sparepenge på en rejse", False),
    ("min far har solgt sit hus uden at spørge os børn", False),
    ("min søn har brugt alle mine penge", True),
    ("min bror har solgt mit hus uden at spørge mig", True),
    ("hun må ikke se sine venner for sin mand", True),
    # found out that someone took something: only money counts
    ("jeg har fundet ud af at min søster har lånt min bil", False),
    ("jeg har fundet ud af at min søster har taget min sidste is", False),
    ("jeg har fundet ud af at min søn har brugt min netflix", False),
    ("jeg har fundet ud af at min søn har hævet 5000 kr fra min konto", True),
    ("jeg har opdaget at min nevø har brugt mine penge", True),
    # money vanishing where only one person has access: not the citizen
    ("der mangler penge i budgettet og det er kun mig der har adgang", False),
    ("der forsvinder penge fra min pung og det er kun min søn der har nøgle", True),
    # paying "ellers": a threat, not someone being sad or cross
    ("jeg skal købe gave til hende ellers bliver hun ked af det", False),
    ("jeg skal låne penge til ham ellers bliver han sur", False),
    ("jeg skal betale hans regninger for ham ellers slår han mig", True),
    ("jeg skal købe øl til ham ellers smider han mig ud", True),
    ("mine kammerater siger jeg skal betale for dem hver fredag, ellers må jeg ikke være med", True),
    # a signed paper that became a loan: only with pressure, deceit or not knowing
    ("jeg skrev under på nogle papirer om et lån til min nye lejlighed", False),
    ("min søn bad mig skrive under på nogle papirer og nu har jeg gæld", True),
    ("jeg skrev under på nogle papirer jeg ikke forstod og nu skylder jeg 50000", True),
    ("jeg skulle skrive under på et papir, og nu siger banken at jeg har et lån på 40.000", True),
    # banned from a club "mere": not for money, school or a boss
    ("min mor siger at jeg ikke må gå til fodbold mere, det er for dyrt", False),
    ("han siger jeg ikke må komme på arbejde mere, min chef altså", False),
    ("min kæreste siger at jeg ikke må gå til håndbold mere", True),
    # isolation: the one not allowed is the citizen or a "hun/han" told about, not a third party by name
    ("min mor må ikke se sine børnebørn for min søster", False),
    ("jeg må ikke se mine venner for min kæreste", True),
    ("hvis jeg går ud så må jeg ikke se min familie mere siger han", True),
    # a childhood memory told with a laugh is no neglect; forgotten for hours now is
    ("jeg blev glemt i børnehaven i flere timer som barn, det var sjovt", False),
    ("min søn blev glemt i børnehaven i flere timer, det er ikke sjovt", True),
    ("min mor bliver glemt i kørestolen i flere timer", True),
    # medicine forgotten "nogle gange" is no pattern of neglect; a count or harm is
    ("hjemmeplejen glemmer min medicin nogle gange, men jeg siger det til dem", False),
    ("hjemmeplejen har glemt min medicin tre gange i denne uge", True),
    ("hjemmeplejen glemmer min medicin nogle gange og så bliver jeg dårlig", True),
    # an agreement covers its own clause, not a disclosure after "men"
    ("min mand hjælper mig med indkøb, men han har min pinkode og hæver penge når han vil", True),
    ("det er aftalt at min søn passer mine penge, men han giver mig ingenting og jeg sulter", True),
    ("min søn har min pinkode og hæver penge når han vil, men det er aftalt", False),
    ("min værge styrer min konto, men jeg vil gerne lære at klare det selv", False),
    # misses caught by general structures
    ("nattevagten kommer aldrig når jeg ringer", True),
    ("ingen kommer når jeg ringer på klokken om natten", True),
    ("jeg får kun mad hvis jeg gør som han siger", True),
    ("hvis jeg ikke gør som min kæreste siger så får jeg ingen mad", True),
    ("jeg får kun lommepenge hvis jeg rydder op", False),
    ("jeg får først mad når jeg har gjort som lægen siger", False),
    ("han har skiftet koden til min mobilepay og bruger mine penge", True),
    ("jeg har skiftet koden til min mobilepay fordi jeg glemte den", False),
    ("min kæreste bruger mine penge, jeg må klare mig selv uden mad", True),
    ("min kæreste bruger sine penge på tøj", False),
    ("han holder mig væk fra min familie", True),
    ("han isolerer mig fra mine venner", True),
    ("min søn har lånt 40000 kr i mit navn", True),
    ("min søn har lånt 40000 kr af banken til sin lejlighed", False),
    ("min søn har taget et lån i sit eget navn", False),
]


@pytest.mark.parametrize(("text", "crisis"), CASES)
def test_review2_rule_hits(text: str, crisis: bool) -> None:
    assert is_crisis(text) is crisis


@pytest.mark.parametrize(("text", "kind"), [
    ("nattevagten kommer aldrig når jeg ringer", "neglect"),
    ("han holder mig væk fra min familie", "abuse"),
    ("jeg får kun mad hvis jeg gør som han siger", "abuse"),
    ("min søn har lånt 40000 kr i mit navn", "abuse"),
])
def test_review2_kind(text: str, kind: str) -> None:
    assert safety_kind(text) == kind
