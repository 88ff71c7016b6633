"""Fresh conversations, set 10: English citizens and relatives, Danish together mode."""

from dialogue_helpers import run, tag, texts

from forbered.dialogue import moves
from forbered.dialogue.engine import _is_goal_status

_TO_MEETING_EN = ["yes", "I am good at painting", "my sister", "to get a driving licence", "then I could visit her",
                  "no", "no", "no"]


def test_my_mum_to_the_meeting_question_is_a_yes():
    state, out = run(["/start", *_TO_MEETING_EN, "my mum"], language="en")
    assert state["preferences"]["relatives_attend"] is True
    assert "relative" in texts(out[-1])


def test_i_dont_remember_the_goal_is_no_goal_item():
    turns = ["/start", "yes", "I am good at chess", "my friends", "I want a job", "then I would have money", "no",
             "I don't remember the goal"]
    state, out = run(turns, language="en")
    assert not [i for i in state["items"] if i.get("category") == "goal_progress"]
    assert "0 to 4" not in texts(out[-1])


def test_hope_that_clause_is_not_hope_for_that():
    r = moves._render_en("that things get better", "that things get better", "hope", "hopes1")
    assert r["you"] == "You hope that things get better."


def test_named_relative_keeps_known_gender_and_capital():
    item = {"you": "Peter works in a canteen.", "category": "employment", "speaker": "relative", "step": "work",
            "talk_type": "change_talk", "subtype": "desire"}
    line, _ = moves.reflection(item, "en", __import__("random").Random(0), None, third="han")
    assert " them" not in line and " their" not in line
    assert moves._names_first({"you": "Peter wants to go to Spain.", "speaker": "relative"})


def test_its_going_up_and_down_is_a_goal_status():
    assert _is_goal_status("It's going up and down.")


def test_we_are_sitting_together_is_not_a_strength():
    state, out = run(["/start", "/consent_together", ("vi sidder sammen", tag("vi sidder sammen", sheet="resources"))])
    assert not [i for i in state["items"] if i.get("category")]
    assert "god til" in texts(out[-1])


def test_listening_reflection_uses_known_gender():
    item = {"you": "Peter wants to go to Spain on holiday.", "category": "hope", "speaker": "relative"}
    line = moves.listening_reflection(item, "en", __import__("random").Random(0), third="han")
    assert line.endswith(("him.", "his.", "he.")) or " him" in line or " his " in line
