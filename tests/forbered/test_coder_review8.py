"""Confront and blame cues that fired on ordinary professional lines: sympathy with what the citizen should have had
("du skulle have været informeret", "han burde have ringet til dig"), normalising with "man" ("det gør man ikke fra den
ene dag til den anden"), reassurance ("det er ikke din pligt …", "… mister du ikke din ydelse"), the citizen knowing best,
uncertainty about a fact, judgements inside a reported clause ("så du oplever, at han er egoistisk", "hun siger, du er
et dovendyr"), sympathy exclamations ("sikke et chok du har fået") and "tør du fortælle …" (a yes/no question). Real
confrontation keeps its cues. Only the tests that take the `coder` fixture need the retrained model (models/coder)."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse

REFLECTIONS = {"simple_reflection", "complex_reflection"}


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


@pytest.mark.parametrize("text", [
    # sympathy: what the citizen should have received, or what someone else should have done for them
    "Du skulle have været informeret om det.",
    "Han burde have ringet til dig, det lyder frustrerende.",
    "Du burde have været spurgt, før de flyttede dig.",
    "Hun skulle have sagt det til dig med det samme.",
    "Du skulle have været tilbudt en bisidder.",
    "Det burde han have fortalt dig.",
    # normalising with "man"
    "Det gør man ikke fra den ene dag til den anden.",
    "Man taler ikke så meget om det, men mange har det sådan.",
    "Det siger man ikke så let til sin familie.",
    "Man taler ikke så tit om det, men mange kender det.",
    "Det gør man ikke alene.",
    "Det gør man ikke bare lige.",
    "Det er noget, mange voksne mennesker kæmper med.",
    "Mange voksne mennesker har svært ved at læse.",
    # reassurance and information
    "Det er ikke din pligt at klare det hele alene.",
    "Det er ikke jeres pligt at gøre det hele selv.",
    "Nej, hvis du flytter, mister du ikke din ydelse.",
    "Hvis du bliver indlagt, mister du ikke din lejlighed.",
    "Nej, når du starter i praktik, mister du ikke dine penge.",
    # the citizen knows best
    "Det kan du vide bedre end nogen anden.",
    "Hvad der virker for dig, kan du vide bedre end os.",
    # judgements inside a reported clause are given back
    "Så du oplever, at han er egoistisk.",
    "Hun siger, du er et dovendyr.",
    "Så du oplever, at hun er doven.",
    "Så du oplever, at det er din egen skyld.",
    "Så du føler, at han altid svigter dig.",
    "Din far siger, at du er en løgner.",
])
def test_not_confront(text: str) -> None:
    assert "confront" not in fams(text)


@pytest.mark.parametrize("text", [
    "Det er jeg ikke helt sikker på, men jeg tjekker det.",
    "Det er jeg ikke sikker på, jeg skal lige undersøge det.",
    "Hun siger, at du lyver.",
])
def test_not_challenge(text: str) -> None:
    assert "challenge" not in fams(text)


@pytest.mark.parametrize("text", ["Sikke en forskrækkelse du har fået.", "Sikke et chok du har fået.",
                                  "Sikke en slem omgang du har fået.", "Sikke et afslag du har fået."])
def test_sympathy_exclamations_are_not_praise(text: str) -> None:
    assert "affirm" not in fams(text)


@pytest.mark.parametrize("text", ["Sikke en forskrækkelse.", "Du var helt chokeret.", "Det har rystet dig."])
def test_shock_is_a_feeling(text: str) -> None:
    assert "feel" in fams(text)


@pytest.mark.parametrize("text", ["Tør du fortælle det til din mor?", "Tør du fortælle din kæreste om det?",
                                  "tør i beskrive det for jeres lærer"])
def test_dare_you_is_a_yes_no_question(text: str) -> None:
    a = analyse(text)
    assert a.forms[-1] == "inverted"
    assert "invite" not in a.hits


@pytest.mark.parametrize("text", ["Nej, hvis du flytter, mister du ikke din ydelse.",
                                  "nej hvis du flytter, mister du ikke din ydelse",
                                  "Jo, når du har søgt, får du svar inden for en uge."])
def test_the_main_clause_after_a_fronted_clause_is_not_a_question(text: str) -> None:
    assert analyse(text).forms == ["statement"]


@pytest.mark.parametrize(("text", "family"), [
    # guards: blame, moralising, warnings, labelling and disagreeing keep their cues
    ("Du skulle have ringet i går.", "confront"),
    ("Du burde have været mere forsigtig.", "confront"),
    ("Du skulle have været mødt kl. 8.", "confront"),
    ("Han burde have ringet til sin mor.", "confront"),
    ("Det burde du have sagt til mig.", "confront"),
    ("Du burde vide bedre.", "confront"),
    ("Sådan taler man ikke til personalet.", "confront"),
    ("Det gør man bare ikke.", "confront"),
    ("Det siger man ikke bare til sin chef.", "confront"),
    ("Hvis du bliver væk igen, mister du din plads.", "confront"),
    ("Jeg synes, du er doven.", "confront"),
    ("Men jeg synes, at du er en løgner.", "confront"),
    ("I er voksne mennesker.", "confront"),
    ("Det er din pligt at møde op.", "confront"),
    ("Lægen siger, du sagtens kan arbejde.", "challenge"),
    ("Det er jeg ikke helt sikker på.", "challenge"),
    ("Sikke en have du har fået lavet.", "affirm"),
    ("Det ved du bedre end mig.", "autonomy"),
])
def test_still_these_cues(text: str, family: str) -> None:
    assert family in fams(text)


# Needs models/coder retrained after the cue changes.
@pytest.mark.parametrize(("context", "text", "codes"), [
    ("Ingen fortalte mig, at mødet var flyttet.", "Du skulle have været informeret om det.", REFLECTIONS),
    ("Min bror lovede at ringe, men det gjorde han ikke.", "Han burde have ringet til dig, det lyder frustrerende.",
     REFLECTIONS),
    ("De flyttede mig til en anden afdeling uden at spørge.", "Du burde have været spurgt, før de flyttede dig.",
     REFLECTIONS),
    ("Jeg ved ikke, om jeg skal tage imod tilbuddet.", "Det kan du vide bedre end nogen anden.", {"emphasize_autonomy"}),
    ("Jeg har prøvet at stoppe i en uge, men det går ikke.", "Det gør man ikke fra den ene dag til den anden.",
     REFLECTIONS | {"giving_information"}),
    ("Jeg skammer mig over, at jeg ikke kan læse.", "Det er noget, mange voksne mennesker kæmper med.",
     {"giving_information"}),
    ("Jeg er træt af at skulle klare alt selv.", "Det er ikke din pligt at klare det hele alene.",
     REFLECTIONS | {"giving_information", "emphasize_autonomy"}),
    ("mister jeg så min ydelse?", "Nej, hvis du flytter, mister du ikke din ydelse.", {"giving_information"}),
    ("Hvad sker der med min lejlighed, hvis jeg bliver indlagt?", "Hvis du bliver indlagt, mister du ikke din lejlighed.",
     {"giving_information"}),
    ("Hvornår er mødet?", "Det er jeg ikke helt sikker på, men jeg tjekker det.", {"giving_information"}),
    ("Kan min kæreste komme med til mødet?", "Det er jeg ikke sikker på, jeg skal lige undersøge det.",
     {"giving_information"}),
    ("Han tænker kun på sig selv.", "Så du oplever, at han er egoistisk.", REFLECTIONS),
    ("Min mor kalder mig doven hele tiden.", "Hun siger, du er et dovendyr.", REFLECTIONS),
    ("Min kæreste siger, at jeg aldrig gør noget derhjemme.", "Så du oplever, at hun synes, du er doven.", REFLECTIONS),
    ("Jeg faldt på trappen i går.", "Sikke en forskrækkelse du har fået.", REFLECTIONS),
    ("Min mor blev kørt på hospitalet.", "Sikke et chok du har fået.", REFLECTIONS),
    ("Jeg har ikke sagt det til nogen.", "Tør du fortælle det til din mor?", {"closed_question"}),
    # guards: real confrontation still codes as confront
    ("Jeg glemte at melde afbud.", "Du skulle have ringet i går.", {"confront"}),
    ("Jeg råbte ad pædagogen.", "Sådan taler man ikke til personalet.", {"confront"}),
    ("Jeg blev hjemme fra værkstedet igen.", "Hvis du bliver væk igen, mister du din plads.", {"confront"}),
    ("Jeg fik en bøde i bussen.", "Du skulle have købt en billet.", {"confront"}),
    ("Min søn kom hjem kl. 3 i nat.", "Han burde have ringet til sin mor.", {"confront"}),
])
def test_review_lines(coder: Coder, context: str, text: str, codes: set[str]) -> None:
    assert coder.code(text, context).code in codes
