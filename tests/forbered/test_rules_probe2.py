"""Cue rules added after a second fresh probe set of longer chat messages (2-4 sentences) by citizens and
relatives before a plan meeting: idioms for aids and people that make a difference (resource) and goals
that go up and down (goal_progress). The phrasings here are written for these tests, not taken from the
corpus or the probe set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse

TRAIN = Path(__file__).resolve().parents[2] / "data" / "tagger" / "train.jsonl"


def fams(text: str) -> set[str]:
    return set(rules.hits(analyse(text).norm))


@pytest.mark.parametrize("text", [
    "Hans nye kørestol er guld værd", "Den nye madras har gjort en stor forskel for hende",
    "vægttæppet gør en kæmpe forskel", "Det bedste i ugen er når min bror ringer",
    "min søster er min klippe", "Med briller er det en helt anden verden",
])
def test_support_idioms_are_resource_cues(text: str) -> None:
    assert "resource" in fams(text)


@pytest.mark.parametrize("text", [
    "Det går lidt op og ned med at stå op om morgenen", "træningen er gået helt i stå efter jul",
    "Det er blevet til en gang om ugen", "hun er gået lidt tilbage med talen", "to ture om ugen er da bedre end ingenting",
    "det går over al forventning med at handle selv", "nu må jeg starte forfra med budgettet",
])
def test_goals_that_go_up_and_down_are_goal_progress_cues(text: str) -> None:
    assert "goal_progress" in fams(text)


@pytest.mark.parametrize("text", [
    "jeg har ikke været ude i en uge", "det går ikke at ryge indenfor", "jeg er meget glad for min kat",
])
def test_no_goal_progress_from_ordinary_words(text: str) -> None:
    assert "goal_progress" not in fams(text)


@pytest.mark.parametrize("text", [
    "det gør ingen forskel om jeg går i seng tidligt", "han gik tilbage til sin plads",
])
def test_no_resource_or_progress_from_near_misses(text: str) -> None:
    f = fams(text)
    assert "resource" not in f
    assert "goal_progress" not in f


def test_corpus_lines_follow_the_guide() -> None:
    """Every training line has the guide's labels, and safety lines are neutral without a subtype."""
    themes = {"praktiske_opgaver", "egenomsorg", "kommunikation", "mobilitet", "samfundsliv", "beskaeftigelse",
              "relationer", "sundhed", "none"}
    subtypes = {"desire", "ability", "reasons", "need", "commitment", "activation", "taking_steps"}
    with open(TRAIN, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    for r in recs:
        assert r["speaker"] in ("citizen", "relative")
        assert r["theme"] in themes
        assert r["sheet"] in (None, "hope", "resource", "parking", "goal_progress")
        if r["talk_type"] == "neutral":
            assert r["subtype"] is None
        else:
            assert r["talk_type"] in ("change", "sustain") and r["subtype"] in subtypes
        if r["safety"]:
            assert r["talk_type"] == "neutral" and r["sheet"] in (None, "parking")
