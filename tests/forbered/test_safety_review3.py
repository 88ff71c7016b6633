"""Safety review 3: exceptions that hid real violence, everyday Danish that raised the alarm, and suicidal thoughts in
unusual wordings (safety_rules: _MEDIA, _SCENE_END, _FAILED, _MARK, _SMELLS, _HELP_FOR_ME, _NOT_SWALLOWED,
_ROUTINE_LEAVE, REVIEW3_SUICIDE).

Written fresh for these tests (not the probe lines or the staged training lines), apart from the reviewer's
reproductions named in the brief."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

# A. a media word inside an everyday word, and a scene that ends before the speaker's own account
HIDDEN_VIOLENCE = [
    "Det er bogstaveligt talt hver dag med ham, han slår mig.",
    "Hun så noget i programmet, så blev han sur og slog hende.",
    "det er bogstaveligt talt hver uge med min stedfar, han slår mig",
    "vi så noget i fjernsynet i programmet og så slog han mig",
    "Vi så noget i filmen. Han slår mig bagefter.",
]


@pytest.mark.parametrize("text", HIDDEN_VIOLENCE)
def test_violence_after_a_media_word_is_flagged(text: str) -> None:
    assert is_crisis(text)
    assert safety_kind(text) == "abuse"


def test_scene_from_fiction_stays_masked() -> None:
    # the positive half fails on the old code; the fiction stays quiet
    assert is_crisis("Hun så en krimi i serien, så blev han vred og slog hende.")
    for text in ("i filmen i går tog han hendes telefon så hun ikke kunne ringe efter hjælp",
                 "vi så en film hvor en mand slog sin kone"):
        assert not is_crisis(text)


# B. everyday Danish that the rules read as neglect, an overdose or control
EVERYDAY = [
    "Jeg glemte min madpakke, så jeg var sulten hele dagen.",
    "De springer mig over i køen i kantinen, og jeg bliver sulten.",
    "Hjemmeplejen kommer ikke om lørdagen, så jeg laver selv mad, og det lugter godt.",
    "Min bror er lidt våd bag ørerne og glemte mig i Netto.",
    "Jeg ringede efter hjælp til computeren, men ingen har svaret endnu.",
    "Jeg har tømt hele skuffen med medicin og givet det til apoteket.",
    "I går tog jeg hele ugens piller med i dosisæsken til sommerhuset.",
    "Jeg skal have hans tilladelse for at låne hans bil.",
    "Hjemmeplejen kommer ikke om søndagen, der er nogen der har sagt at jeg lugter",
    "jeg har lige slået mig på skabet",
    "jeg låser mig inde på mit værelse når jeg skal læse",
    "min kollega glemte min frokost, så jeg var sulten hele eftermiddagen",
    "hun ringede efter hjælp med printeren, men ingen har svaret",
    "vi sprang ham over i rækken i kantinen, og han blev sulten",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_danish_is_quiet(text: str) -> None:
    assert not is_crisis(text)


def test_real_neglect_and_overdose_still_flagged() -> None:
    # kept flagged next to the look-alikes above (and a fresh pair the old code missed: help asked with a thing)
    for text in ("hjemmeplejen glemte min mor, hun var sulten hele dagen",
                 "nattevagten glemte mig og jeg lå våd hele natten",
                 "hjemmeplejen kom ikke i går og min far lugter af tis",
                 "jeg har ringet efter hjælp til at komme op men ingen er kommet",
                 "jeg tog hele ugens piller i går aftes",
                 "min mor låser mig inde når jeg skal læse"):
        assert is_crisis(text), text
    assert not is_crisis("jeg ringede efter hjælp til min telefon men ingen har svaret")


# C. suicidal thoughts in unusual wordings
SUICIDAL = [
    "jeg ku godt tænke mig at være død",
    "jeg kunne nu godt tænke mig ikke at være her længere",
    "ka godt tænk mig å vær død",
    "ku faktisk godt tænke mig ikke at eksistere mere",
    "jeg vil springe fra broen i nat",
    "han siger han vil hoppe fra p-huset",
    "vi var til lægen og bagefter i Bilka og jeg har tænkt meget på at dø den sidste tid men jeg har ikke sagt det til nogen",
    "jeg har tænkt så meget på at slå mig ihjel",
    "hun ønsker bare at dø",
    "jeg har faktisk lyst til bare at dø",
]


@pytest.mark.parametrize("text", SUICIDAL)
def test_suicidal_thoughts_are_flagged(text: str) -> None:
    assert is_crisis(text)
    assert safety_kind(text) == "suicide"


def test_suicidal_wish_beside_its_look_alikes() -> None:
    assert is_crisis("jeg ku godt tænke mig at være død")  # the old code missed this
    for text in ("jeg ku godt tænke mig at være kok", "jeg er død træt", "jeg var ved at dø af grin",
                 "min telefon er død", "min mormor døde sidste år", "jeg tør ikke springe fra vippen i svømmehallen",
                 "vi vil hoppe fra broen ned i havnen når det bliver sommer",
                 "jeg ku godt tænke mig ikke at være her alene hele weekenden",
                 "jeg kunne godt tænke mig ikke at leve af kontanthjælp",
                 "jeg ønsker bare at dø i fred når den tid kommer"):
        assert not is_crisis(text), text
