"""Fresh conversations, round 17: a worry after the 0-4 question is asked again (a "7" on another scale), a
disclosure there, "farve" and a late plan word under the meeting question, "god med hænderne", and a summary
correction about who comes to the meeting."""

from dialogue_helpers import at_score as _at_score
from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import run, tag, texts

from forbered.dialogue.moves import render_item

# 1. A number outside 0-4, then a worry: parked, and the parking question is not asked as well


def test_a_worry_after_the_score_is_asked_again_is_parked_not_a_goal():
    state = _at_score()
    state, out = run(["20"], state)  # (round 18: "8" is read on the 0-10 scale now)
    assert state["step"] == "goal2"
    worry = "Jeg er ensom om aftenen"
    state, out = run([(worry, tag(worry, sheet="parking", p_sheet=0.67))], state)
    assert [i["quote"] for i in _live(state, "parking")] == [worry]
    assert len(_live(state, "goal_progress")) == 1
    assert "arbejder på" not in texts(out[-1]) and state["step"] == "meeting1"


def test_on_the_first_ask_a_longer_answer_is_still_about_the_goal():
    state = _at_score()
    text = "det går ikke så godt, jeg glemmer det"
    state, _ = run([(text, tag(text, sheet="parking", p_sheet=0.67))], state)
    assert not _live(state, "parking")


def test_a_disclosure_after_the_score_is_asked_again_does_not_bring_the_score_a_third_time():
    state = _at_score()
    state, _ = run(["20"], state)  # (round 18: "5" is read on the 0-10 scale now)
    text = "Nogen på bostedet råber af mig"
    state, _ = run([(text, tag(text, sheet="parking", safety=True))], state)
    state, out = run(["nej"], state)
    assert "0 til 4" not in texts(out[-1]) and state["step"] == "parking"


# 2. The plan's look said under the meeting question


def test_farve_under_the_meeting_question_is_the_plan():
    state = _at("meeting1")
    state, _ = run(["farve"], state)
    assert state["preferences"]["plan_version"] == "colourful" and state["step"] == "meeting1"


def test_a_plan_word_after_the_meeting_question_came_again_is_kept():
    state = _at("meeting1")
    state, _ = run(["min kontaktperson kommer med"], state)
    assert state["step"] == "meeting1"
    state, out = run(["farverig"], state)
    assert state["preferences"]["plan_version"] == "colourful"
    assert state["step"] == "summary" and "farverig eller neutral" not in texts(out[-1])


# 3. "God med hænderne": the citizen's own frame


def test_good_with_and_good_hands_keep_their_own_frame():
    assert render_item("God med hænderne", "resource", "resources1", "citizen", "", "da")["you"] == "Du er god med hænderne."
    assert render_item("dygtig i køkkenet", "resource", "resources1", "citizen", "", "da")["you"] == "Du er dygtig i køkkenet."
    assert render_item("gode hænder", "resource", "resources1", "citizen", "", "da")["you"] == "Du har gode hænder."
    assert render_item("god til computer", "resource", "resources1", "citizen", "", "da")["you"] == "Du er god til computer."


# 4. A summary correction about the meeting changes the choice


def test_a_correction_about_who_comes_changes_the_meeting_choice():
    state = _at("meeting1")
    state, _ = run(["nej", "farverig"], state)
    assert state["step"] == "summary" and state["preferences"]["relatives_attend"] is False
    state, out = run(["Nej, jeg vil gerne have min datter med til mødet"], state)
    assert state["preferences"]["relatives_attend"] is True
    assert "uden pårørende" not in texts(out[-1]) and "ikke have pårørende" not in texts(out[-1])
    state, out = run(["Nej, min søn skal ikke med til mødet alligevel"], state)
    assert state["preferences"]["relatives_attend"] is False


def test_a_relative_visiting_is_still_a_new_point():
    state = _at("summary")
    state, _ = run(["du glemte at min datter kommer på besøg hver søndag"], state)
    assert state["preferences"]["relatives_attend"] is None
