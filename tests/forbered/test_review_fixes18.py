"""Regular practice told under the goals ("jeg træner med terapeuten tre gange om ugen") is a step toward the goal and
gets its credit, now that the tagger reads a routine as a neutral fact; a routine with no step verb gets none."""

import pytest

from forbered.dialogue import respond
from forbered.tagger import Tagger

_TAGGER = None
_STEP_CREDIT = ("Det er et vigtigt skridt.", "Godt gået.", "Det kræver mod.")


def _tagger():
    global _TAGGER
    _TAGGER = _TAGGER or Tagger.load()
    return _TAGGER


def _talk(turns):
    state, bot = None, []
    for text in ["/start", *turns]:
        r = respond(state, text, None if text.startswith("/") else _tagger().tag(text, "citizen"), role="citizen")
        state = r.state
        bot.append([m.text for m in r.messages if m.text])
    return state, bot


_TO_GOALS = ["Ja jeg skriver selv", "katte", "kaffe", "ved ikke", "videre", "nej"]


def _goal_reply(answer: str) -> str:
    _, bot = _talk([*_TO_GOALS, answer])
    return " ".join(bot[-1])


@pytest.mark.parametrize("answer", ["Jeg øver mig i at gå på trapper hver dag.",
                                    "jeg træner i varmtvandsbassinet to gange om ugen"])
def test_regular_practice_under_the_goals_gets_credit(answer: str) -> None:
    assert any(c in _goal_reply(answer) for c in _STEP_CREDIT)


def test_a_routine_without_a_step_verb_gets_no_step_credit() -> None:
    assert not any(c in _goal_reply("Jeg ser fjernsyn hver aften.") for c in _STEP_CREDIT)
