"""Round 31: a sad face alone is met gently; a fear told to the hopes question is a worry; a difficulty is never put
in a strength frame; a relative who says they attend the meeting has answered the meeting question, not named a goal."""

from dialogue_helpers import at_step, live, run, tag, texts


def test_a_sad_face_alone_is_met_gently_and_not_listed():
    for face in ("😢", "😔", "☹️"):
        state = at_step("resources1")
        state, out = run([(face, tag(face))], state)
        said = texts(out[-1])
        assert said.startswith("Det lyder svært.") and "Tak for det" not in said, said
        assert not [i for i in state["items"] if i.get("category")], state["items"]


def test_a_happy_face_alone_is_still_thanked():
    state = at_step("resources1")
    state, out = run([("😊", tag("😊"))], state)
    assert texts(out[-1]).startswith("Tak for det.")
    assert not [i for i in state["items"] if i.get("category")]


def test_a_fear_told_to_the_hopes_question_is_a_worry():
    text = "jeg er bange for at miste min lejlighed"
    for step in ("hopes1", "hopes2"):
        state = at_step(step)
        state, out = run([(text, tag(text, sheet="hope"))], state)
        said = texts(out[-1])
        assert "vigtigt for dig" not in said and "forskel" not in said, said
        assert "bange for at miste din lejlighed" in said and "fylder" in said, said
        assert live(state, "parking") and not live(state, "hope")


def test_a_wish_to_fear_less_is_still_a_wish():
    text = "jeg vil gerne være mindre bange for at tage bussen"
    state = at_step("hopes1")
    state, _ = run([(text, tag(text, sheet="hope"))], state)
    assert live(state, "hope") and not live(state, "parking")


def test_a_difficulty_to_the_strengths_question_is_not_framed_as_a_strength():
    for text in ("tale svær", "læse dårligt"):
        state = at_step("resources1")
        _, out = run([(text, tag(text, sheet="resource"))], state)
        said = texts(out[-1])
        assert "god til" not in said and "godt at vide" not in said, said


def test_a_strength_with_a_bad_word_in_it_is_still_a_strength():
    text = "hjælpe folk der har det dårligt"
    state = at_step("resources1")
    _, out = run([(text, tag(text, sheet="resource"))], state)
    assert "god til at hjælpe folk" in texts(out[-1])


def test_a_relative_attending_the_meeting_is_no_goal():
    for text in ("jeg deltager i mødet", "jeg kommer med til mødet"):
        state, _ = run(["/start", "/consent_relative"], role="relative")
        state = at_step("goal1", state=state)
        state, out = run([(text, tag(text, sheet="goal_progress"))], state)
        assert not live(state, "goal_progress"), state["items"]
        assert state["preferences"]["relatives_attend"] is True
        assert "0 til 4" not in texts(out[-1])
        seen = []
        for _ in range(8):
            if state["step"] in ("summary", "done"):
                break
            seen.append(state["step"])
            state, _ = run(["ved ikke"], state)
        assert "meeting1" not in seen, seen
