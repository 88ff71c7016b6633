"""Fresh probe 18 (December 2026): behaviours the tagger should show on new writers' wording.

Two kinds of checks: the cue patterns (rules.py, lexicon.py), which hold whatever the model says, and
end-to-end tags from the trained tagger (annotation guide, "Fresh probe 18 reminders" and the theme section's
"fresh probe 18 conventions"). The sentences are new: not in the corpus and not copied from the probes."""

from __future__ import annotations

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse


def _hits(text: str) -> dict[str, str]:
    return {k: m.group(0) for k, m in rules.hits(analyse(text).norm).items()}


def _lex(text: str) -> dict[str, int]:
    return dict(rules.lexicon_hits(analyse(text).norm))


# -- cue patterns --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "jeg er stoppet med at drikke sodavand",
    "hun er holdt op med at snuse",
    "jeg stoppede med slik i januar",
    "han er stoppet med energidrik",
])
def test_quitting_a_consumption_habit_is_a_step_not_sustain(text: str) -> None:
    h = _hits(text)
    assert "taking_steps" in h
    assert "sustain" not in h


@pytest.mark.parametrize("text", ["jeg er stoppet med at gå til håndbold", "jeg stoppede til svømning"])
def test_stopping_an_activity_stays_a_sustain_cue(text: str) -> None:
    assert "sustain" in _hits(text)


@pytest.mark.parametrize("text", [
    "jeg gider ikke bo på det her værelse mere",
    "jeg vil ikke ligge på sofaen resten af livet",
    "han orker ikke sidde derhjemme længere",
])
def test_negation_flip_is_a_desire_cue(text: str) -> None:
    assert "desire" in _hits(text)


def test_fear_after_men_is_a_sustain_cue() -> None:
    assert "sustain" in _hits("jeg vil gerne til koncert men jeg er bange for larmen")


def test_dislike_is_a_parking_cue_not_inability() -> None:
    h = _hits("jeg kan ikke lide at køre med toget")
    assert "parking" in h and "sustain" not in h
    assert "sustain" in _hits("jeg kan ikke køre med toget")


def test_a_told_burden_is_a_parking_cue() -> None:
    assert "parking" in _hits("det er så træls at skulle vente på hjemmeplejen")
    assert "parking" in _hits("jeg er altid meget træt om morgenen")


@pytest.mark.parametrize("text", ["i wanna get a dog", "she wants to live alone"])
def test_english_wish_is_a_desire_cue(text: str) -> None:
    assert "desire" in _hits(text)


def test_new_habit_with_now_is_a_step_cue() -> None:
    assert "taking_steps" in _hits("i wash my clothes by myself now")
    assert "taking_steps" in _hits("jeg smører selv mine madder om morgenen nu")


def test_advice_with_the_adviser_last_is_someone_elses_view() -> None:
    assert "other_view" in _hits("jeg skal spise mindre sukker, siger lægen")


def test_lexicon_trade_living_together_buying_clothes_boredom() -> None:
    assert "beskaeftigelse" in _lex("hun vil gerne blive frisør")
    assert "samfundsliv" in _lex("vi vil gerne flytte sammen")
    assert "praktiske_opgaver" in _lex("jeg vil gerne selv købe tøj")
    assert "samfundsliv" in _lex("jeg keder mig om aftenen")


# -- end to end ----------------------------------------------------------------------------------------------

CASES = [
    # text, speaker, talk type, subtype, theme (None: not checked), sheet ("-": not checked)
    ("jeg har brug for hjælp til at sortere min post", "citizen", "change", "need", "samfundsliv", "hope"),
    ("jeg har brug for hjælp til at gøre rent i køkkenet", "citizen", "change", "need", "praktiske_opgaver", "hope"),
    ("han har brug for hjælp til at komme i bad", "relative", "change", "need", "egenomsorg", "hope"),
    ("jeg har ikke brug for hjælp til at handle", "citizen", "sustain", "need", "praktiske_opgaver", None),
    ("jeg er stoppet med at drikke sodavand", "citizen", "change", "taking_steps", "sundhed", "goal_progress"),
    ("jeg er stoppet med energidrikke", "citizen", "change", "taking_steps", "sundhed", "goal_progress"),
    ("jeg er stoppet med at gå til badminton", "citizen", "sustain", "taking_steps", "sundhed", None),
    ("jeg håber at hun kommer i praktik", "relative", "neutral", None, "beskaeftigelse", None),
    ("kan ik sove om aftenen", "citizen", "neutral", None, "sundhed", "parking"),
    ("jeg ringede til frisøren i går", "citizen", "change", "taking_steps", "kommunikation", "goal_progress"),
    ("jeg har ringet til lægen og bestilt tid", "citizen", "change", "taking_steps", "kommunikation", "goal_progress"),
    ("jeg keder mig om søndagen", "citizen", "neutral", None, "samfundsliv", "parking"),
    ("jeg vil gerne have noget at tage mig til om aftenen", "citizen", "change", "desire", "samfundsliv", "hope"),
    ("jeg vil gerne på kursus i at bruge computer", "citizen", "change", "desire", "kommunikation", "hope"),
    ("jeg vil gerne lære at bage men jeg er bange for ovnen", "citizen", "sustain", "ability", "praktiske_opgaver", None),
    ("jeg gider ikke bo hos mine forældre mere", "citizen", "change", "desire", "samfundsliv", "hope"),
    ("jeg gider ikke ringe til folk", "citizen", "sustain", "desire", "kommunikation", None),
    ("jeg gider ikke tale om min økonomi", "citizen", "sustain", "commitment", "samfundsliv", None),
    ("det er hårdt at skulle bede om hjælp hele tiden", "citizen", "neutral", None, None, "parking"),
    ("jeg er altid så træt om eftermiddagen", "citizen", "neutral", None, "sundhed", "parking"),
    ("i wanna get a job", "citizen", "change", "desire", "beskaeftigelse", "hope"),
    ("i cook dinner by myself now", "citizen", "change", "taking_steps", "praktiske_opgaver", "goal_progress"),
    ("hun drømmer om at være frisør", "relative", "change", "desire", "beskaeftigelse", "hope"),
    ("jeg vil gerne være massør", "citizen", "change", "desire", "beskaeftigelse", "hope"),
    ("jeg vil gerne lære at købe tøj selv", "citizen", "change", "desire", "praktiske_opgaver", "hope"),
    ("vi vil gerne bo sammen", "citizen", "change", "desire", "samfundsliv", "hope"),
    ("jeg vil gerne flytte i stueetagen fordi jeg ikke kan gå på trapper", "citizen", "change", "desire",
     "samfundsliv", "hope"),
    ("jeg trives ikke på skolen, jeg vil gerne skifte", "citizen", "change", "desire", "beskaeftigelse", "hope"),
    ("jeg kan godt selv lave kaffe", "citizen", "change", "ability", "praktiske_opgaver", "resource"),
    ("hun kan ikke lide at være alene om aftenen", "relative", "neutral", None, "relationer", "parking"),
    ("han er kommet i gang med at gå ture", "relative", "change", "taking_steps", "sundhed", "goal_progress"),
]


@pytest.mark.parametrize(("text", "speaker", "talk_type", "subtype", "theme", "sheet"), CASES)
def test_fresh18_tags(tagger, text, speaker, talk_type, subtype, theme, sheet) -> None:
    u = tagger.tag(text, speaker)
    assert (u.talk_type, u.subtype) == (talk_type, subtype), (text, u.talk_type, u.subtype)
    if theme is not None:
        assert u.theme == theme, (text, u.theme)
    if sheet != "-":
        assert u.sheet == sheet, (text, u.sheet)
    assert not u.safety
