"""Behaviours fixed after a ninth probe of trainee lines: confrontation without a cue word (sarcasm that sets what
the citizen manages against what they say they cannot, rhetorical "er du klar over …?" questions, borrowed authority
set against the citizen's word), "lad <nogen> …" imperatives, a right to refuse as autonomy, a strength shown as a
plain statement as affirmation, and an agenda with a list as information. Examples are fresh (not in the corpus or
the probes). Only `test_fresh_trainee_lines` needs the retrained model (models/coder)."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


@pytest.mark.parametrize(("text", "family"), [
    # sarcasm: what the citizen manages against what they say they cannot
    ("du har tid til at se serier hele dagen men ikke til at gå til tandlæge", "challenge"),
    ("Du har råd til taxa i byen, men ikke til buskort?", "challenge"),
    ("Men du kan sagtens gå til fest hos Mikkel.", "challenge"),
    ("Så pludselig gider du godt.", "challenge"),
    ("Sjovt nok når du altid bussen, når der er fodbold.", "challenge"),
    # borrowed authority against the citizen's word
    ("Psykologen siger, at du sagtens kan tage bussen.", "challenge"),
    ("din kontaktperson skriver at du ikke har været i bad i en uge", "challenge"),
    ("Ifølge journalen har du ikke hentet medicinen.", "challenge"),
    # rhetorical questions
    ("Er du klar over, hvad det koster kommunen?", "rhetq"),
    ("ved du egentlig hvor mange der gerne ville have din plads", "rhetq"),
    ("Har du tænkt på, hvad det gør ved din kone?", "rhetq"),
    ("Hvor længe tror du, at det kan holde?", "rhetq"),
    # imperatives with "lad"
    ("Lad din nabo hente posten.", "advice"),
    ("lad bare pædagogen ringe for dig", "advice"),
    # a right to refuse or choose
    ("Du har ret til at takke nej til praktikken.", "autonomy"),
    ("Du kan altid melde fra.", "autonomy"),
    # a strength shown as a plain statement
    ("Du står op for dig selv nu.", "affirm"),
    ("Du er blevet god til at bede om hjælp.", "affirm"),
    # an agenda
    ("I dag skal vi igennem to ting: din søvn og dit budget.", "info"),
])
def test_new_cues(text: str, family: str) -> None:
    assert family in fams(text)


@pytest.mark.parametrize(("text", "family"), [
    ("Du kan godt lide at male, men ikke alene.", "challenge"),  # a reflection with "men ikke"
    ("Du har fået en lejlighed, men ikke et netværk.", "challenge"),
    ("Er du klar til at gå i gang?", "rhetq"),  # a plain yes/no question
    ("Ved du, hvornår bussen kører?", "rhetq"),
    ("Lad os tage en pause.", "advice"),  # "lad os" is procedure
    ("Lad mig lige samle op.", "advice"),
    ("Du har ret til en tolk.", "autonomy"),  # a right as a service
])
def test_not_these_cues(text: str, family: str) -> None:
    assert family not in fams(text)


# Needs models/coder retrained from the round-7 corpus.
@pytest.mark.parametrize(("context", "text", "code"), [
    ("Jeg kan ikke overskue at gå på arbejde.", "Du kan godt nå at gå i fitness hver dag, men ikke at arbejde fire timer?",
     "confront"),
    ("Jeg bliver bare i sengen.", "Er du klar over, hvor meget din kæreste slider?", "confront"),
    ("Jeg kan ikke gå uden stok.", "Fysioterapeuten siger, at du sagtens kan gå uden stok.", "confront"),
    ("Hvornår må jeg begynde at træne?", "Lægen siger, at du må træne igen om to uger.", "giving_information"),
    ("Jeg glemmer at spise.", "Lad personalet minde dig om frokosten.", "advice_without_permission"),
    ("Jeg kan ikke finde ud af skemaet.", "husk at tage skemaet med til mødet", "advice_without_permission"),
    ("Ja, kom bare med et forslag.", "Lad din søster tage med til mødet.", "giving_information"),
    ("Jeg vil ikke flytte i bofællesskab.", "Du har ret til at sige nej til bofællesskabet.", "emphasize_autonomy"),
    ("Min mor synes, jeg skal tage imod jobbet.", "Det er din beslutning.", "emphasize_autonomy"),
    ("Jeg sagde til min chef, at jeg ikke kan tage flere vagter.", "Du står op for dig selv.", "affirmation"),
    ("Jeg fik min første løn i dag.", "Det betyder meget for dig at tjene dine egne penge.", "complex_reflection"),
    ("Jeg har fået en ny sagsbehandler.", "Du har fået en ny sagsbehandler.", "simple_reflection"),
    ("", "I dag skal vi igennem tre ting: din uge, din medicin og din plan.", "giving_information"),
])
def test_fresh_trainee_lines(coder: Coder, context: str, text: str, code: str) -> None:
    assert coder.code(text, context).code == code


@pytest.mark.parametrize("text, code", [
    ("Prøv at sige lidt mere om det.", "open_question"),
    ("Sig gerne lidt mere om, hvad der skete.", "open_question"),
    ("Prøv at sige nej til ham næste gang.", "advice_without_permission"),
    ("Sig til personalet at du er træt.", "advice_without_permission"),
])
def test_an_invitation_to_say_more_is_an_open_question(coder: Coder, text: str, code: str) -> None:
    assert coder.code(text, "Jeg ved ikke helt.").code == code
