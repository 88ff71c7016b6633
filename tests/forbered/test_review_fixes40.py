"""Safety 25 rules read more narrowly: "alt" followed by a thing, a medical examination, vomiting from illness,
night checks in care, a sleep-in, a surprise kept, no hope for a team; and the bare
"hvad er meningen med det hele" and a lap "for at få slik" that were missed."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

ORDINARY = [
    # "alt" + a thing given up or tired of
    "jeg har opgivet alt slik",
    "hun har opgivet alt alkohol",
    "jeg er så træt af alt det sne, hvad er meningen",
    # an examination or treatment
    "tandlægen fik mig til at tage trøjen af for at tage røntgen",
    "lægen fik mig til at tage bukserne af da hun skulle kigge på mit knæ",
    "ergoterapeuten fik mig til at røre ved hans hånd for at øve greb",
    # vomiting from illness
    "jeg kaster op efter hver kemo så jeg taber mig",
    "min søster er gravid og kaster op hele tiden så hun taber sig",
    # watched at night in care
    "nattevagten kigger ind til mig om natten",
    "mor filmer mig om natten med et kamera fordi jeg får anfald",
    # a sleep-in, a sore leg
    "vi sover og aldrig står op før klokken elleve i ferien",
    "jeg fortjener at have ondt i lårene efter den træning haha",
    # a surprise or a treat kept from a parent
    "morfar lover mig en sodavand hvis jeg ikke siger til mor at vi spiste slik",
    # no hope for a team
    "jeg har intet håb for landsholdet i år",
    # hope for a flat, an illness, home care with a key, a game, a photo of the dog, being late
    "jeg har ingen håb mere om at vinde konkurrencen",
    "min kone blev voldsom forkølet i går",
    "hjemmeplejen går ind i min lejlighed når jeg ikke er hjemme og lægger medicin frem",
    "min lillesøster finder mig lige meget hvor jeg gemmer mig i gemmeleg",
    "han gav mig 10 kr hvis jeg sendte billeder af katten til ham",
    "hun tilbød mig 200 kr hvis jeg sendte hende en video af hunden",
    "nobody would notice if i was a bit late",
    # looking after oneself, with a condition
    "han gider ikke passe på sig selv længere når han kører på knallert, det er lige meget siger han",
]

DISCLOSURES = [
    "hvad er meningen med det hele",
    "hvad er pointen med det hele",
    "jeg har opgivet alt",
    "jeg har opgivet alt og alle",
    "har opgivet alt nu",
    "jeg har opgivet alt. det nytter ikke noget",
    "jeg er så træt af alt, hvad er meningen",
    "min nabo fik mig til at sidde på hans skød for at få en cola",
    "jeg stikker en finger i halsen efter aftensmaden så jeg ikke tager på",
    "jeg har intet håb tilbage for noget",
    "hun tilbød mig 200 kr hvis jeg sendte hende videoer",
    "nobody would even notice if i was gone",
    "han filmer mig i smug når jeg er i bad",
    "morfar lover mig en sodavand hvis jeg ikke siger til nogen at han rører ved mig",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_line_is_no_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize("text", DISCLOSURES)
def test_disclosure_is_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", [
    "min oldefar, han slog sig ihjel i en trafikulykke",
    "hendes bror var ung da han slog sig ihjel på motorcyklen",
])
def test_killed_in_an_accident_is_no_suicide(text: str) -> None:
    assert safety_kind(text) != "suicide"


def test_own_death_said_as_a_plan_stays_suicide() -> None:
    assert safety_kind("jeg slår mig ihjel i aften") == "suicide"
