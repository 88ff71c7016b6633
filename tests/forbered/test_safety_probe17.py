"""Safety set 17: veiled ends told as plans and wishes, and wordings the rules missed for a general reason.

Ends: one's things to someone "når jeg er borte / død / væk" (not on a trip), not being here after a stretch of time,
the last talk with nothing after it, closing one's eyes "og så var det forbi", no need of time or a future, God asked to
fetch one, "lige så godt være død", hoping "ikke at vågne", knowing where or when, holding out with no object, how nice
it would be to be dead, a rope carried about, the train one will not board, nobody need worry any more from a time on.
Self-harm: food not deserved or left as a punishment of oneself, pills collected or laid out in the hand.
Abuse: a pillow or a hand over the face, pinching by a person, someone coming in at night (not staff on a round).
An overdose just taken is named "danger" also when a word of it has æ, ø or å (forbered.safety.safety_kind).

General causes: adverbs between subject, verb and object ("han slår også mig", "hun sparker tit til mig") are read
away (safety_rules.filler_reading, after the idioms are masked); "nøgen" no longer folds to "nogen" (someone), so a
pattern about nakedness does not read "billeder af nogen ænder" (safety_rules.fold). "rør" alone is a pipe (HOUSE) for the
classifier, not touching (safety_concepts).
Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind
from forbered.tagger.safety_concepts import concept_features, token_concepts
from forbered.tagger.safety_rules import filler_reading, fold

DISCLOSURES = [
    # things to someone when one is gone
    "du må få min playstation når jeg er død",
    "min søster skal have mine tegninger når jeg er borte",
    "når jeg er borte skal min fætter overtage min knallert",
    "min lillebror kan beholde mit ur naar jeg er vaek",
    # not here after a stretch of time
    "jeg tror ikke jeg er til om et år",
    "hun tror ikke hun er her om en måned",
    "jeg er her nok ikke om et par uger",
    # the last talk
    "det her bliver sidste gang vi skriver sammen",
    # eyes closed and over
    "gid jeg bare kunne lukke øjnene og så var livet forbi",
    "jeg ville ønske jeg kunne sove ind og så var det hele ovre",
    # no time or future needed
    "jeg har ikke brug for nogen tid længere",
    # God, as well dead, not waking
    "gud må gerne tage mig nu",
    "jeg kunne ligeså godt ligge i graven",
    "jeg drømmer om ikke at vågne",
    # where or when, holding out, nice to be dead
    "jeg har fundet ud af hvor jeg vil gøre det",
    "jeg ved ikke hvor længe jeg kan holde det ud",
    "det ville være skønt at være død",
    # means kept at hand
    "hun går rundt med et reb i sin taske",
    "han havde alle sine sovepiller i hånden",
    "han har sparet op på sine sovepiller",
    # food not deserved, punishment
    "min datter siger hun ikke fortjener mad",
    "jeg har ikke fortjent noget at spise",
    "han spiser ikke noget fordi han siger han skal straffes",
    # fillers between subject, verb and object
    "min stedfar slår tit også mig",
    "de sparker altid lige til mig i frikvarteret",
    "hendes kæreste slår nogle gange også hende",
    # abuse in new words
    "min bror lagde en plasticpose over hovedet på mig",
    "pædagogen kniber mig hårdt i låret",
    "en fyr fra opgangen lister ind til hende om natten",
]

LOOK_ALIKES = [
    "når jeg er borte på kursus må min bror låne min cykel",
    "du kan få mine gamle spil når jeg er væk på højskole",
    "jeg tror ikke jeg er her på fredag, jeg skal til frisør",
    "han er her ikke om en uge, han skal på spejderlejr",
    "det er sidste gang vi snakker om det her",
    "det er sidste gang vi ses inden jeg flytter",
    "jeg lukker øjnene og tæller til ti når jeg bliver sur",
    "han fortjener ikke is i dag, siger hans mor",
    "jeg har ikke brug for mere tid alligevel, jeg er færdig med opgaven",
    "han slår også græsset hos min mormor",
    "min søster slår mig altid i kortspil",
    "morfar kniber mig i kinden for sjov",
    "jeg har et reb i bilen til trailervognen",
    "det ville være rart at slippe for regningerne",
    "jeg samlede mine piller i dosisæsken til ugen",
    "jeg ønsker bare at dø i fred når min tid kommer",
    "gud tager sig af os, siger farmor",
    "nattevagten kommer ind til mig om natten og ser til mig",
    "jeg lagde en kold klud over mit hoved",
    "vi tog billeder af nogen svaner ved søen",
    "jeg husker ikke noget om nogen af dem",
    "når jeg engang er død skal min søn have huset",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_disclosure(text: str) -> None:
    assert is_crisis(text), text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike(text: str) -> None:
    assert not is_crisis(text), text


def test_fillers_are_read_away_but_idioms_stay_masked() -> None:
    # the rules read it on the folded text ("også" -> "ogsa")
    assert filler_reading(fold("han slår også tit mig")) == fold("han slår mig")
    assert filler_reading(fold("det er lige meget")) == fold("det er lige meget")
    # the consent idiom is masked with its filler before the fillers are read away
    assert not is_crisis("min kæreste vil gerne have sex med mig og det vil jeg også gerne")
    assert not is_crisis("jeg skal lige dø lidt på sofaen efter cykelturen")


def test_naked_does_not_fold_to_someone() -> None:
    assert fold("nøgen") != fold("nogen")
    assert fold("han filmede mig nogen") == fold("han filmede mig nøgen")  # typed without ø, after the person
    assert fold("mig nogen gange") == "mig nogen gange"
    assert is_crisis("han tog billeder af mig nøgen")


@pytest.mark.parametrize("text, kind", [
    ("jeg har ikke fortjent noget at spise", "self_harm"),
    ("du må få min playstation når jeg er død", "suicide"),
    # an overdose just taken, named with æ, ø or å: the pattern is folded, so the words must be too
    ("jeg har lige spist hele pilleæsken", "danger"),
    ("han har lige bælget hele flasken med piller", "danger"),
])
def test_kind(text: str, kind: str) -> None:
    assert safety_kind(text) == kind


def test_a_pipe_is_a_house_word_not_touching() -> None:
    assert token_concepts("rør") == {"HOUSE"}  # "der er sprunget et rør": a burst pipe
    assert "k=SEX" in concept_features(["han", "sagde", "rør", "ved", "den"])
