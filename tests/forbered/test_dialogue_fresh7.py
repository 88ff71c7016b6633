"""Fixes from a replay of fresh conversations (set 5, round 7): an illness or accident story under "Hvad er du god
til?" reflected as a strength, a strength and others' wishes listed as hopes, "tror det du ikke på", a non-answer to
the plan question that skipped the plan, second-language Danish echoed with its gaps, and "men det sker aldrig"
after a wish dropped."""

from dialogue_helpers import run, tag, texts

from forbered.reflect import double_sided, repair_echo
from forbered.sheet import build_sheet

TO_HOPES = ["/start", "ja", "tegne", "musik"]


# 1. A story of what happened is heard with empathy, not listed as a strength, and the question comes again

def test_illness_story_under_strengths_is_not_a_strength():
    story = "Jeg fik en blodprop for to år siden og var på hospitalet i tre uger"
    state, out = run(["/start", "ja", (story, tag(story, sheet="resource"))])
    said = texts(out[-1])
    assert "vigtig del af dig" not in said and "omvæltning" in said
    assert out[-1].messages[-1].text.endswith("?") and state["step"] == "resources1"
    assert build_sheet(state, "x")["resources"] == []
    # the next part of the story is no joy either
    more = "Jeg var på Glostrup i 6 uger. Så genoptræning."
    state, out = run([(more, tag(more, clauses=[("Jeg var på Glostrup i 6 uger.", "neutral", None),
                                                 ("Så genoptræning.", "neutral", None)]))], state)
    assert "giver dig glæde" not in texts(out[-1])
    assert build_sheet(state, "x")["resources"] == []


# 2. A strength said to the hopes question is a strength; what others want is not the citizen's hope

def test_strength_under_hopes_goes_to_resources():
    state, _ = run(TO_HOPES)
    state, _ = run([("Jeg er god til at læse aviser", tag("Jeg er god til at læse aviser", sheet="hope"))], state)
    sheet = build_sheet(state, "x")
    assert any("læse aviser" in r["quote"] for r in sheet["resources"])
    assert not any("læse aviser" in h["quote"] for h in sheet["hopes"])


def test_others_wish_is_not_the_citizens_hope():
    state, _ = run(TO_HOPES)
    state, out = run([("Kommunen vil have mig i job", tag("Kommunen vil have mig i job", "change", "desire", sheet="hope"))], state)
    said = texts(out[-1])
    assert "andre gerne vil for dig" in said and "Hvis du selv kunne bestemme" in said
    assert build_sheet(state, "x")["hopes"] == []


# 3. Double-sided reflections keep Danish word order; "Det er fint" is no other side

def test_double_sided_moves_a_fronted_object():
    line = double_sided("men det tror jeg ikke på.", "Han siger han vil bo selv", "relative")
    assert line.startswith("På den ene side tror du ikke på det, og på den anden side siger han")


def test_a_fact_and_det_er_fint_is_not_ambivalence():
    state, _ = run(["/start", "ja", "tegne", "musik", "ved ikke", "ved ikke"])
    assert state["step"] == "work"
    text = "Jeg arbejder i kantinen på Lindegården 3 dage om ugen. Det er fint."
    state, out = run([(text, tag(text, "change", "commitment", sheet="hope", clauses=[
        ("Jeg arbejder i kantinen på Lindegården 3 dage om ugen.", "change", "hope"), ("Det er fint.", "sustain", None)]))], state)
    assert "Det er fint, men" not in texts(out[-1])


# 4. A non-answer to the plan question gets the question once more; a relative named answers the meeting question

def test_relative_named_at_the_plan_question():
    state, _ = run(["/start", "ja", "tegne", "musik", "ved ikke", "ved ikke", "nej", "ved ikke", "nej", "nej"])
    assert state["step"] == "meeting2"
    state, out = run([("ja min kone Hanne", tag("ja min kone Hanne", theme="relationer"))], state)
    assert state["step"] == "meeting2" and "farverig eller neutral" in texts(out[-1])
    assert state["preferences"]["relatives_attend"] is True
    state, _ = run(["neutral"], state)
    assert state["step"] == "summary" and state["preferences"]["plan_version"] == "neutral"


# 5. Second-language Danish: words left out are put back in the echo only

def test_echo_repairs_and_verbatim_quote():
    assert repair_echo("Du god til lave mad.") == "Du er god til at lave mad."
    assert repair_echo("Du er god at hjælpe.") == "Du er god til at hjælpe."
    assert repair_echo("Din børn giver dig glæde.") == "Dine børn giver dig glæde."
    assert repair_echo("Din bror er god til fodbold.") == "Din bror er god til fodbold."
    state, out = run(["/start", "ja", ("jeg god til lave mad", tag("jeg god til lave mad", "change", "ability", sheet="resource"))])
    assert "Du er god til at lave mad." in texts(out[-1])
    assert build_sheet(state, "x")["resources"][0]["quote"] == "jeg god til lave mad"


# 6. A wish with "men det sker aldrig" gets both sides

def test_wish_with_never_gets_a_double_sided_reflection():
    state, _ = run(TO_HOPES + ["ved ikke"])
    assert state["step"] == "hopes2"
    text = "måske hvis jeg fik lov at bo for mig selv. men det sker aldrig"
    state, out = run([(text, tag(text, "change", "reasons", sheet="hope", clauses=[
        ("måske hvis jeg fik lov at bo for mig selv.", "change", "hope"), ("men det sker aldrig", "neutral", None)]))], state)
    said = texts(out[-1])
    assert "Du tror ikke, det sker, men" in said and "bo for dig selv" in said
    assert [h["quote"] for h in build_sheet(state, "x")["hopes"]] == ["måske hvis jeg fik lov at bo for mig selv."]
