"""Round 22 (December 2026): negation flips with "mere", quitting habits in other words, steps told with a
concession, staying put, sheets that follow the talk label, and the doctor / dog walk / calendar themes.
Rule-level cases written for the behaviours, not copied from the probes or the staged training lines."""

from __future__ import annotations

import pytest

from forbered.tagger import _consistent_sheet, _round22, _story_readings, rules
from forbered.tagger.features import analyse
from forbered.tagger.lexicon import lexicon_hits
from forbered.talk import TaggedUtterance


def _norm(text: str) -> str:
    return analyse(text).norm


@pytest.mark.parametrize("text, flip", [
    ("jeg har ikke lyst til at hænge på sofaen hver aften mere", True),
    ("gider ik mer at sove til langt op ad dagen", True),
    ("han vil ikke bo hos sin mor længere", True),
    ("ikke mere rod i stuen", True),
    ("jeg orker ikke mere gæld", True),
    ("jeg gider ikke gå til badminton mere", False),  # a good activity: no will for it (sustain)
    ("jeg har ikke lyst til at male mere", False),
    ("jeg kan ikke gå så langt længere", False),  # a limitation, not a will
    ("jeg drikker ikke mere end to kopper", False),
    ("hun siger hun ikke gider cykle mere, hun vil hellere sidde hjemme", False),  # the later clause is not the object
])
def test_negation_flip_needs_a_status_quo_object(text, flip):
    assert rules.negation_flip(_norm(text)) is flip, text


def test_a_flip_that_is_a_disclosure_keeps_the_classifier_reading():
    assert _round22(_norm("jeg gider ikke have det sådan mere"), "sundhed")[:2] == ("change", "desire")
    assert _round22(_norm("jeg orker ikke at leve sådan mere"), "sundhed") is None


@pytest.mark.parametrize("text, step", [
    ("jeg svømmede i morges selvom vandet var koldt", True),
    ("hun fik gjort rent selv om hun ikke gad", True),
    ("jeg var nervøs, men jeg ringede til frisøren alligevel", True),
    ("jeg vil gerne i fitness selvom jeg er træt", False),  # a wish with a concession
    ("jeg gik ikke derhen selvom jeg havde lovet det", False),
    ("jeg ringer til dem i morgen selvom jeg ikke har lyst", False),  # a plan, not a step
    ("det er svært, men jeg prøver alligevel", False),
])
def test_step_despite(text, step):
    assert rules.step_despite(_norm(text)) is step, text


@pytest.mark.parametrize("text, stay", [
    ("hjemme bliver jeg", True),
    ("han bliver boende på bostedet", True),
    ("jeg flytter aldrig herfra", True),
    ("jeg bliver hjemme i aften", False),
    ("her bliver jeg ikke", False),
    ("jeg bliver glad når hun kommer", False),
])
def test_staying_put(text, stay):
    assert rules.staying_put(_norm(text)) is stay, text
    if stay:
        assert _round22(_norm(text), "none") == ("sustain", "desire", "sustain:desire", None, "samfundsliv")


@pytest.mark.parametrize("text, quit", [
    ("jeg har droppet colaen", True),
    ("hun skar ned på slik efter jul", True),
    ("han drikker ikke længere", True),  # "drikker" alone: with "mere"/"længere" right after the negation
    ("han drikker ikke mere", True),
    ("jeg har lagt smøgerne på hylden", True),
    ("jeg spiser ikke mere", False),  # not eating is no habit quit
    ("jeg har droppet fodbold", False),
])
def test_quit_habit(text, quit):
    assert rules.quit_habit(_norm(text)) is quit, text


def test_a_habit_story_that_ends_with_a_bare_stop_is_a_step():
    assert rules.quit_habit_story(_norm("Jeg røg en pakke om dagen. Det kostede mange penge. Nu er jeg stoppet."))
    assert not rules.quit_habit_story(_norm("Jeg gik til fodbold. Så fik jeg ondt. Så stoppede jeg."))
    assert not rules.quit_habit_story(_norm("Jeg drak meget før. Så stoppede jeg. Nu er jeg begyndt igen."))
    u = TaggedUtterance(text="x", speaker="citizen", talk_type="sustain", subtype="taking_steps", theme="sundhed",
                        sheet=None, safety=False, confidence=0.8, evidence="")
    _story_readings(u, analyse("Han drak fem øl hver aften. Det gik ud over arbejdet. I marts stoppede han helt."))
    assert (u.talk_type, u.subtype, u.sheet) == ("change", "taking_steps", "goal_progress")


@pytest.mark.parametrize("label, sheet, want", [
    (("change", "taking_steps"), None, "goal_progress"), (("change", "taking_steps"), "parking", "parking"),
    (("change", "desire"), "resource", "hope"), (("sustain", "desire"), "hope", None),
    (("sustain", "reasons"), "parking", "parking"), (("change", "ability"), "resource", "resource"),
    (("neutral", None), "parking", "parking"),
])
def test_sheets_follow_the_talk_label(label, sheet, want):
    assert _consistent_sheet(label[0], label[1], sheet) == want


@pytest.mark.parametrize("text, theme, other", [
    ("jeg var hos lægen i fredags", "egenomsorg", "sundhed"),
    ("hun vil ikke til lægen", "egenomsorg", "sundhed"),
    ("vi går en tur med hunden efter aftensmaden", "sundhed", None),
    ("jeg glemmer mine aftaler", "kommunikation", None),
])
def test_round22_theme_lexicon(text, theme, other):
    hits = lexicon_hits(_norm(text))
    assert theme in hits, (text, hits)
    if other:
        assert other not in hits, (text, hits)
