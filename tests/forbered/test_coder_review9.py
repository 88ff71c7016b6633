"""Reported frames decided by whose account they give back, blame with "vide bedre", and the adult norm.

A frame that gives back the citizen's own account ("så du oplever, at …", "du siger, du …") is a reflection; a third
party's accusation or demand set against the citizen ("din mor siger, du lyver", "din far siger, du skal tage dig
sammen") is confront unless the citizen's previous line reported it ("min mor siger, at jeg lyver"). What follows a
"men" is the professional's own word ("du siger, du vil, men du burde have ringet"). "Det burde du vide bedre end …"
blames ("det kan du vide bedre end nogen anden" leaves the choice); "voksne mennesker har ansvar for …" moralises
("mange voksne mennesker har svært ved …" normalises). Only `test_review9_lines` needs the retrained model."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse, featurize

REFLECTIONS = {"simple_reflection", "complex_reflection"}


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


def confront_feature(text: str, context: str = "") -> bool:
    return "cue=confront" in featurize(analyse(text, context))


THIRD_PARTY_ACCUSATIONS = [
    "Din mor siger, du lyver.",
    "Din kontaktperson siger, du er utaknemmelig.",
    "Hun siger, du burde have tænkt dig om.",
    "Din far siger, du skal tage dig sammen.",
    "Din kæreste siger, at du altid glemmer jeres aftaler.",
    "Naboen siger, at det er din egen skyld.",
    "Din bror mener, du burde have betalt ham tilbage.",
    "Hans mor synes, du skal tage dig sammen.",
]


@pytest.mark.parametrize("text", THIRD_PARTY_ACCUSATIONS)
def test_a_third_party_accusation_alone_is_confront(text: str) -> None:
    assert confront_feature(text)


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg har ikke taget noget.", "Din mor siger, du lyver."),
    ("Jeg gider ikke i skole i dag.", "Din far siger, du skal tage dig sammen."),
    ("Jeg har det fint med min kæreste.", "Din kæreste siger, at du altid glemmer jeres aftaler."),
    ("Det var ikke mig, der startede det.", "Naboen siger, at det er din egen skyld."),
    # the citizen denies the accusation: repeating the words is not giving back the citizen's account
    ("Jeg lyver ikke!", "Din mor siger, du lyver."),
])
def test_a_third_party_accusation_the_citizen_did_not_tell_is_confront(context: str, text: str) -> None:
    assert confront_feature(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("Min mor siger hele tiden, at jeg lyver.", "Din mor siger, du lyver."),
    ("min far råber at jeg skal tage mig sammen", "Din far siger, du skal tage dig sammen."),
    ("Min kæreste er sur, hun siger jeg altid glemmer vores aftaler.",
     "Din kæreste siger, at du altid glemmer jeres aftaler."),
    ("Naboen kalder mig en idiot og siger det er min egen skyld.", "Naboen siger, at det er din egen skyld."),
    ("Min mor kalder mig doven hele tiden.", "Hun siger, du er et dovendyr."),
])
def test_a_third_party_report_the_citizen_told_is_given_back(context: str, text: str) -> None:
    assert not confront_feature(text, context)


@pytest.mark.parametrize("text", [
    "Du siger, du vil, men du burde have ringet i går.",
    "Du fortæller, at du prøver, men du skulle have meldt afbud.",
    "Så du synes, det går fint, men det er din egen skyld.",
    "Du siger, du har det fint, men din mor siger, du lyver.",
])
def test_blame_after_men_is_the_professionals_own(text: str) -> None:
    assert confront_feature(text)


@pytest.mark.parametrize("text", [
    # guards: the citizen's own account given back, also with a third party inside it
    "Så du føler, at du er doven.",
    "Du synes selv, det er din egen skyld.",
    "Så du oplever, at din mor synes, du lyver.",
    "Så du føler, at din far synes, du skal tage dig sammen.",
])
def test_the_citizens_own_account_stays_given_back(text: str) -> None:
    assert not confront_feature(text)
    assert not confront_feature(text, "Det er bare sådan, det er.")


@pytest.mark.parametrize("text", [
    # praise or reassurance reported by a third party accuses no one
    "Din mor siger, du altid har været en kæmper.",
    "Din mor siger, det ikke er din skyld.",
    "Jeg ved godt, det ikke er din skyld.",
    "Han siger, at det ikke er hans skyld.",
])
def test_reported_praise_and_reassurance_are_not_confront(text: str) -> None:
    assert not confront_feature(text)


@pytest.mark.parametrize("text", [
    "Det burde du vide bedre end nogen anden.",
    "Du burde vide bedre end at gøre sådan.",
    "Du skulle vide bedre end at låne penge af ham igen.",
    "Det bør du vide bedre end de fleste.",
    "I burde vide bedre end at køre uden lys.",
])
def test_should_know_better_is_blame(text: str) -> None:
    assert "confront" in fams(text)
    assert "advice" not in fams(text)


@pytest.mark.parametrize("text", ["Det kan du vide bedre end nogen anden.", "Det ved du bedre end mig.",
                                  "Hvad der passer dig, ved du bedre end os."])
def test_knowing_best_stays_autonomy(text: str) -> None:
    assert "confront" not in fams(text)
    assert "autonomy" in fams(text)


@pytest.mark.parametrize("text", [
    "Voksne mennesker har ansvar for deres egne regninger.",
    "Voksne har selv ansvar for deres gæld.",
    "Voksne mennesker har et ansvar for at møde op.",
    "Man har ansvar for sit eget liv.",
    "Som voksen har man pligt til at betale sin husleje.",
])
def test_the_adult_norm_is_moralising(text: str) -> None:
    assert "confront" in fams(text)
    assert "affirm" not in fams(text)


@pytest.mark.parametrize("text", ["Det er noget, mange voksne mennesker kæmper med.",
                                  "Mange voksne mennesker har svært ved at læse.", "Voksne mennesker har også brug for hjælp."])
def test_normalising_is_not_moralising(text: str) -> None:
    assert "confront" not in fams(text)


@pytest.mark.parametrize("text", ["Du tager ansvar for dine egne regninger nu.", "Det viser, at du tager ansvar."])
def test_responsibility_as_praise_stays_praise(text: str) -> None:
    assert "confront" not in fams(text)
    assert "affirm" in fams(text)


# Needs models/coder retrained after the cue changes.
@pytest.mark.parametrize(("context", "text", "codes"), [
    ("", "Din mor siger, du lyver.", {"confront"}),
    ("Jeg har ikke taget noget.", "Din mor siger, du lyver.", {"confront"}),
    ("Min mor siger hele tiden, at jeg lyver.", "Din mor siger, du lyver.", REFLECTIONS),
    ("", "Din kontaktperson siger, du er utaknemmelig.", {"confront"}),
    ("Jeg vil ikke have den lejlighed, de har fundet.", "Din kontaktperson siger, du er utaknemmelig.", {"confront"}),
    ("", "Hun siger, du burde have tænkt dig om.", {"confront"}),
    ("", "Din far siger, du skal tage dig sammen.", {"confront"}),
    ("Jeg gider ikke i skole i dag.", "Din far siger, du skal tage dig sammen.", {"confront"}),
    ("min far råber at jeg skal tage mig sammen", "Din far siger, du skal tage dig sammen.", REFLECTIONS),
    ("", "Din kæreste siger, at du altid glemmer jeres aftaler.", {"confront"}),
    ("", "Du siger, du vil, men du burde have ringet i går.", {"confront"}),
    ("Jeg vil gerne have hjælp til at ringe.", "Du siger, du vil, men du burde have ringet i går.", {"confront"}),
    ("", "Det burde du vide bedre end nogen anden.", {"confront"}),
    ("Jeg lånte bilen uden at spørge.", "Det burde du vide bedre end nogen anden.", {"confront"}),
    ("", "Du burde vide bedre end at gøre sådan.", {"confront"}),
    ("Jeg kørte uden kørekort igen.", "Du burde vide bedre end at gøre sådan.", {"confront"}),
    ("", "Voksne mennesker har ansvar for deres egne regninger.", {"confront"}),
    ("Jeg har ikke betalt min el-regning.", "Voksne mennesker har ansvar for deres egne regninger.", {"confront"}),
    ("", "Man har ansvar for sit eget liv.", {"confront"}),
    # guards
    ("Jeg ved ikke, om jeg skal tage imod tilbuddet.", "Det kan du vide bedre end nogen anden.", {"emphasize_autonomy"}),
    ("Jeg skammer mig over, at jeg ikke kan læse.", "Det er noget, mange voksne mennesker kæmper med.",
     {"giving_information"}),
    ("Han tænker kun på sig selv.", "Så du oplever, at han er egoistisk.", REFLECTIONS),
    ("Min mor kalder mig doven hele tiden.", "Hun siger, du er et dovendyr.", REFLECTIONS),
    ("Min kæreste siger, at jeg aldrig gør noget derhjemme.", "Så du oplever, at hun synes, du er doven.", REFLECTIONS),
    ("Min træner siger at jeg er blevet hurtigere.", "Din træner siger, du er blevet hurtigere.", REFLECTIONS),
])
def test_review9_lines(coder: Coder, context: str, text: str, codes: set[str]) -> None:
    assert coder.code(text, context).code in codes
