"""How `make eval-dialogue` counts the bot's questions: the consent message asks a question and is counted as one,
and only procedural messages that were counted as questions are taken out of the figure without them."""
from __future__ import annotations

import sys
from pathlib import Path

from dialogue_helpers import run

from forbered.texts import CATALOGUE

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import eval_dialogue  # noqa: E402


def _bot(results):
    return [(m.text, m.custom.get("techniques", [])) for r in results for m in r.messages if m.text]


def test_consent_message_is_a_closed_question() -> None:
    _, out = run(["/start"])
    consent = [t for text, t in _bot(out) if text == CATALOGUE["da"]["consent_q"]]
    assert consent == [["closed_question"]]


def test_english_consent_is_a_closed_question_too() -> None:
    _, out = run(["/start"], language="en")
    assert [t for text, t in _bot(out) if text == CATALOGUE["en"]["consent_q"]] == [["closed_question"]]


def test_only_procedural_questions_are_taken_out() -> None:
    transcript = [
        {"role": "bot", "text": CATALOGUE["da"]["consent_q"], "techniques": ["giving_information"]},
        {"role": "bot", "text": CATALOGUE["da"]["q_meeting1"], "techniques": ["closed_question"]},
        {"role": "bot", "text": "Du er god til at strikke.", "techniques": ["simple_reflection"]},
    ]
    assert eval_dialogue.procedural_questions(transcript) == 1


def test_report_without_procedural_questions() -> None:
    rep = eval_dialogue.technique_report(["open_question", "closed_question", "complex_reflection", "summary",
                                          "simple_reflection"], procedural=1)
    assert rep["reflection_to_question"] == 1.5
    assert rep["reflection_to_question_without_procedural_questions"] == 3.0
