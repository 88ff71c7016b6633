"""Fresh conversations, round 15: strengths said with their own "til" (no "god til til"), telegram numbers, a goal's
status said in two clauses, summaries that keep every answer, stop requests said as a sentence of their own, dialect
yes and no, "ved ikke hvilke mål", a "det …" sentence that is no yes, an early pension under the work question,
ordinal numbers in goal suggestions, and "lig meget" to the plan."""

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue.moves import render_item, summary_lines
from forbered.sheet import build_sheet, goal_suggestions

# 1. The frame says "god til" once


def test_a_strength_that_starts_with_til_gets_no_second_til():
    out = render_item("Og til at bygge fuglekasser.", "resource", "resources1", "citizen", "", "da")
    assert out["you"] == "Du er god til at bygge fuglekasser."
    assert "til til" not in out["text"]


def test_a_fragment_that_says_god_til_itself_is_not_framed_twice():
    out = render_item("god til at parkere", "resource", "resources1", "citizen", "", "da")
    assert out["you"] == "Du er god til at parkere."


def test_a_number_with_a_unit_among_fragments_is_no_strength():
    out = render_item("25 år.", "resource", "resources1", "citizen", "", "da")
    assert "god til" not in out["you"] and "25 år" in out["you"]


# 2. A goal's status in two clauses is one goal


def test_more_about_how_the_goal_goes_joins_the_goal_not_a_second_goal():
    state = _at("goal1")
    text = "Mit mål er at gå til svømning hver tirsdag. Det går fint, men jeg bliver forvirret i omklædningsrummet."
    t = tag(text, "change", "taking_steps", sheet="goal_progress", clauses=[
        ("Mit mål er at gå til svømning hver tirsdag.", "change", "goal_progress"),
        ("Det går fint,", "change", "goal_progress"),
        ("men jeg bliver forvirret i omklædningsrummet.", "sustain", "goal_progress")])
    state, out = run([(text, t)], state)
    goals = _live(state, "goal_progress")
    assert len(goals) == 1
    assert "men jeg bliver forvirret i omklædningsrummet" in goals[0]["text"]
    assert "går den rigtige vej" not in texts(out[-1])  # fine and confused: both, not only "the right way"


def test_a_status_with_a_comma_clause_stays_with_its_goal():
    state = _at("goal1")
    text = "Målet er at lave mad to gange om ugen. Det går ikke så godt, jeg glemmer at handle ind."
    t = tag(text, "sustain", None, sheet="goal_progress", clauses=[
        ("Målet er at lave mad to gange om ugen.", "neutral", "goal_progress"),
        ("Det går ikke så godt,", "sustain", "goal_progress"),
        ("jeg glemmer at handle ind.", "sustain", "goal_progress")])
    state, _ = run([(text, t)], state)
    goals = _live(state, "goal_progress")
    assert len(goals) == 1 and "glemmer at handle ind" in goals[0]["text"]


def test_other_words_for_how_a_goal_goes():
    from forbered.dialogue.engine import _is_goal_status
    assert _is_goal_status("Det fungerer fint nu")
    assert _is_goal_status("det gå sån nogenlunde")
    assert _is_goal_status("Some days it works, some days I am too tired.")


# 3. The summary keeps every answer


def test_the_summary_keeps_the_joy_told_after_three_strengths():
    items = [{"category": "resource", "you": y, "turn": tu, "quote": y} for y, tu in (
        ("Du er god til at male.", 2), ("Du er god til at lytte.", 2), ("Du er god til at bage.", 2),
        ("Din hund giver dig glæde.", 3), ("Det giver dig glæde at cykle.", 3))]
    lines = summary_lines({"items": items, "language": "da", "preferences": {}})
    said = " ".join(lines)
    assert "hund" in said and "cykle" in said and "male" in said


# 4. Stop, yes and no, don't know


def test_a_stop_said_as_its_own_sentence_after_another_is_a_stop():
    assert it.is_stop("jeg gider ikke svare mere. Stop.")
    assert it.is_stop("Jeg vil ikke svare på flere spørgsmål")
    assert not it.is_stop("Bussen holdt ved et stop")


def test_dialect_yes_and_no_written_without_ae():
    assert it.is_yes("jaeh") and not it.is_no("jaeh")
    assert it.is_no("nae") and it.is_no("næh") and not it.is_yes("nae")


def test_not_knowing_which_goals_is_a_dont_know():
    assert it.is_dont_know("jeg ved ikke hvilke mål")
    assert it.is_dont_know("Jeg ved ikke hvilken plan")


def test_a_sentence_that_starts_with_det_is_no_yes_unless_it_says_yes():
    assert not it.is_yes("det er svært siden min bror flyttede")
    assert it.is_yes("det er i orden") and it.is_yes("det vil jeg gerne")


def test_a_worry_under_the_relative_question_is_no_yes_to_bringing_someone():
    state = _at("meeting1")
    text = "det er tungt siden min mand døde"
    state, out = run([(text, tag(text, "neutral", sheet="parking"))], state)
    assert state["preferences"].get("relatives_attend") is not True
    assert "pårørende med" not in texts(out[-1]) or "?" in texts(out[-1])


# 5. Work: an early pension is an answer, not a worry


def test_an_early_pension_under_the_work_question_is_an_answer_not_a_worry():
    state = _at("work")
    text = "Nej tak, jeg er på førtidspension."
    state, out = run([(text, tag(text, "neutral", sheet="parking"))], state)
    assert not _live(state, "parking")
    said = texts(out[-1])
    assert "Tak, du" not in said and "fylder meget" not in said


# 6. Goal suggestions and the plan


def test_an_ordinal_number_does_not_cut_a_goal_suggestion():
    sugg = goal_suggestions([{"text": "Jeg vil gerne tage 10. klasse på VUC.", "quote": "jeg vil gerne tage 10. klasse på VUC",
                              "theme": "none", "speaker": "citizen"}], "da")
    assert sugg and "10. klasse" in sugg[0]["text"]


def test_lig_meget_to_the_plan_question_is_accepted():
    state = _at("meeting2")
    state, out = run(["det er lig meget"], state)
    assert state["step"] != "meeting2"
    assert "farverig eller neutral?" not in texts(out[-1])
    assert build_sheet(state, "x")["preferences"]["plan_version"] is None
