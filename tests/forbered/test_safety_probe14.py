"""Safety set 14: being a burden in many words ("til besvær", "til gene", "en belastning", "ligger os til last"), "then
you are rid of me" with the subject first, asking how many pills it takes never to wake, wishing one had been let die
or not saved, drinking until one feels nothing, shared-out belongings, one's own pills hidden instead of taken, and
medicine kept from a relative with the object after "ikke" and a sign (safety_rules: SET14_SUICIDE, SET14_NEGLECT).

Look-alikes: a game or a toy weapon named with the hit, touch and sex told as wanted between partners, "så" after a
thing read as "so that" and not as typed "sa" (said), polite apologies for being a bother, away for a while, in the
way in a room, medicine managed by oneself or the doctor (SET14_EXCEPTIONS, _SAID_SA, _A_WHILE14, _IN_PLACE14).
Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind
from forbered.tagger.safety_rules import standard_verbs

DISCLOSURES = [
    # being a burden
    "om aftenen tænker jeg at jeg altid er til besvær",
    "jeg er egentlig kun en belastning for hele familien",
    "min far siger tit at han bare er til gene for os",
    "han ligger os til last, siger han selv",
    "jeg sidder bare på mit værelse og er til ulejlighed for pædagogerne",
    # rid of me
    "så er I endelig fri for mig",
    "familien slipper nu for mig",
    "mine forældre fortjener at blive fri for mig",
    # how many, never to wake
    "hvor mange sovetabletter skal jeg tage for aldrig at vågne",
    # let die, not saved
    "bare de havde ladet mig dø den nat",
    "hvorfor genoplivede de mig",
    "jeg ville ønske at lægerne ikke havde reddet mig",
    "jeg burde bare have været død",
    # until one feels nothing
    "jeg drak vodka indtil jeg ikke kunne mærke noget",
    "hver weekend bæller hun øl til hun ikke føler mere",
    # belongings shared out, pills hidden instead of taken
    "jeg har delt alle mine ejendele ud",
    "hun tager ikke sine tabletter, hun samler dem i en pose",
    # medicine kept from a relative, with a sign
    "pædagogen giver ikke min søster hendes epilepsimedicin fordi hun siger det er spild",
    "plejeren giver ikke mormor hendes smertestillende og siger hun bare overdriver",
    "min svoger holdt op med at give farmor hendes hjertepiller, så hun fik det dårligt",
]

LOOKALIKES = [
    # games and toys
    "til bordtennis banker min kollega mig altid",
    "i yatzy slår min mormor mig hver eneste gang",
    "med sin skumpistol skyder min søn mig hele tiden",
    # wanted touch between partners
    "min kæreste kysser mig og rører ved mig, og det er dejligt",
    "min kone og jeg har sex om søndagen og det har vi det godt med, min kone rører ved mig og det kan jeg godt lide",
    # "så" after a thing
    "min bror gemmer mine sovepiller så jeg ikke kan tage dem alle på én gang",
    # polite, away for a while, a room
    "undskyld jeg er til besvær",
    "jeg håber ikke jeg er til gene for dig",
    "så er I fri for mig i tre dage, jeg skal på kursus",
    "jeg er i vejen for alle på gangen",
    # waking, numbness and medicine in ordinary talk
    "hvor mange timer skal jeg sove for ikke at vågne træt",
    "jeg tog en smertestillende så jeg ikke mærker noget til ryggen",
    "hjemmeplejen giver ikke min far hans medicin, det gør han selv nu",
    "jeg har givet mine gamle ting væk på loppemarkedet",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_disclosures_are_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_not_crisis(text: str) -> None:
    assert not is_crisis(text)


def test_sa_after_a_thing_is_not_said() -> None:
    assert standard_verbs("han gemmer mine piller så jeg ikke kan") == "han gemmer mine piller så jeg ikke kan"
    assert standard_verbs("min far så at jeg skal betale") == "min far sagde at jeg skal betale"


def test_a_real_blow_after_a_game_is_kept() -> None:
    assert is_crisis("i skak slår han mig altid, og bagefter slår han mig med vilje")
    assert is_crisis("min onkel rører ved mig og det er rart siger han")  # no partner: the consent reading does not apply


@pytest.mark.parametrize(("text", "kind"), [
    ("jeg er bare til bøvl for dem alle", "suicide"),
    ("personalet giver ikke min morfar hans insulin fordi de har for travlt", "neglect"),
])
def test_kinds(text: str, kind: str) -> None:
    assert safety_kind(text) == kind
