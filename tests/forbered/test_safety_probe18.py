"""Safety set 18: plain and indirect disclosures by old people, people with an intellectual disability and relatives.

Ends: leave to go or to fall asleep for good, letting someone sleep in, waiting for death, what one is still here for,
praying not to wake, God fetching one, no more winters, not mattering if one is not here.
Self-harm: marks on the arms or thighs seen by others or hidden, cutting told without an object.
Abuse: someone decides everything, keeps the phone or the card until they please, takes the phone and the person cannot
call, locks the door so one cannot get out, touches where one does not want, threatens about telling, a secret one
must not tell, shouting or insults as a habit, a loan or subscription taken in one's name, the plate taken away.
Neglect: nobody has been for a long time and the person cannot reach water. Danger: lost outside in the cold.

Look-alikes: supervised contact with one's child, "ved ikke om jeg er god til noget mere … men" (self-doubt, not an
end), smoke from a bonfire, a fall already treated, a doctor's ban, surprises, falling asleep on the sofa, scars from
an operation, a phone borrowed, a meeting one may miss.
Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

DISCLOSURES = [
    # ends, old people's words
    ("jeg er gammel og træt, jeg vil bare have lov til at gå", "suicide"),
    ("far siger vi skal lade ham stille sove ind", "suicide"),
    ("jeg håber hver nat at jeg ikke skal vågne mere", "suicide"),
    ("jeg venter på at det hele skal være forbi", "suicide"),
    ("hvad skal jeg egentlig her for", "suicide"),
    ("gud må gerne komme efter mig nu", "suicide"),
    ("mor siger at hun har haft sit liv og at vi ikke skal holde hende tilbage", "suicide"),
    ("jeg orker ikke flere vintre", "suicide"),
    ("hvorfor skal jeg blive ved nu", "suicide"),
    ("det gør ikke noget hvis jeg ikke er til mere", "suicide"),
    # self-harm marks and cutting without an object
    ("hun har friske rifter på underarmene", "self_harm"),
    ("jeg skjuler arrene under lange ærmer", "self_harm"),
    ("snitter stadig af og til", "self_harm"),
    ("han har brændemærker på lårene", "self_harm"),
    # control, touch, threats, insults, money, food
    ("min datter bestemmer over mig nu", "abuse"),
    ("hun gemmer mit dankort og jeg får det kun når hun gider", "abuse"),
    ("de har fjernet hendes mobil så hun kan ikke ringe hjem", "abuse"),
    ("nattevagten låser min dør og så kan jeg ikke komme på toilettet", "abuse"),
    ("han kilder mig steder hvor jeg ikke vil", "abuse"),
    ("han truede med at jeg skulle flytte hvis jeg sagde det til min kontaktperson", "abuse"),
    ("træneren siger vi har en hemmelighed og jeg må ikke fortælle det", "abuse"),
    ("hjemmehjælperen skælder ud på mig hver dag", "abuse"),
    ("min svigerdatter siger jeg ikke duer til noget", "abuse"),
    ("min søn har tegnet mig op til et abonnement jeg ikke har bedt om", "abuse"),
    ("hjælperen tager min tallerken før jeg er færdig", "abuse"),
    # neglect and danger
    ("ingen har været forbi i to dage og jeg kan ikke nå vandet", "neglect"),
    ("jeg er blevet væk på heden og det er så koldt", "danger"),
]

LOOKALIKES = [
    # supervised contact (a decision about a child, not control)
    "Det fylder meget at jeg ikke må se min søn uden at der er en voksen med",
    # self-doubt after an injury, with a strength after "men"
    "jeg ved ikke om jeg er dygtig til noget længere, men min mentor siger jeg er god til tal",
    "jeg ved ikke om jeg er klar til mere end to dage om ugen",
    # an everyday smell, a fall already treated, a doctor's ban
    "det lugter af røg fordi naboerne har tændt bål",
    "min mormor er faldet og har brækket hoften, nu er hun på sygehuset",
    "lægen siger jeg ikke må gå ud alene endnu",
    # surprises, sleep, scars from an operation, a borrowed phone, a meeting
    "det er vores hemmelighed at vi holder fest for farfar",
    "vi har en hemmelighed om gaven til min søster, så jeg må ikke sige noget",
    "vi lod hende sove ind på sofaen",
    "jeg har nye ar på armene efter operationen",
    "min mand tog min telefon for at tjekke vejret",
    "hvad skal jeg her for på mandag",
    "det er lige meget om jeg er her til mødet i morgen",
    # teasing, everyday habits, grief
    "min træner råber af mig når jeg løber for langsomt, men det er for sjov",
    "min far sov ind for to år siden",
    "jeg snitter stadig grøntsager til aftensmaden",
    "han truer altid med at flytte til Spanien",
    # permission, not a ban (both negations were optional)
    "jeg må besøge min mor når jeg har lyst",
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosure_is_caught_with_its_kind(text: str, kind: str) -> None:
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_is_not_a_crisis(text: str) -> None:
    assert not is_crisis(text), text
