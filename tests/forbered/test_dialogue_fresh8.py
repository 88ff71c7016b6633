"""Fixes from a replay of fresh conversations that stress the end (set 8, round 8): the summary's corrections
("det med svømning passer ikke", a relative's "han er ikke …", "No, I am not …"), questions, greetings and bare
answers under the summary, tiredness of the questions after the safety answer, "fortsæt" with no offer open,
"nej, jeg vil gerne fortsætte" to the stop offer, and a discard that kept scores and choices."""

from dialogue_helpers import run, tag, texts

from forbered.sheet import build_sheet

SWIM = "Jeg vil gerne svømme mere"
TO_SUMMARY = ["/start", "ja", ("Jeg er god til at lave mad", tag("Jeg er god til at lave mad", sheet="resource")),
              ("Min hund Bobby", tag("Min hund Bobby", sheet="resource")),
              (SWIM, tag(SWIM, "change", "desire", sheet="hope")), "ved ikke", "nej", "ved ikke", "nej", "ja", "farverig"]


def _at_summary(**kw):
    state, out = run(TO_SUMMARY, **kw)
    assert state["step"] == "summary", texts(out[-1])
    return state


# 1. A question under the summary is answered, never written down as a correction

def test_question_about_the_plan_under_summary_is_not_a_correction():
    state, out = run(["hvad betyder farverig?"], _at_summary())
    said = texts(out[-1])
    assert "farver og billeder" in said and "rettet" not in said
    assert state["corrections"] == [] and out[-1].messages[-1].text == "Er det rigtigt?"


# 2. "hej igen" after a pause in the summary brings the summary back; it is no correction

def test_greeting_after_pause_in_summary_shows_summary_again():
    state, out = run(["pause", "hej igen"], _at_summary())
    assert "Velkommen tilbage" in texts(out[-1]) and "Lad mig samle op" in texts(out[-1])
    assert state["corrections"] == []


# 3. A bare "ja" to "Hvad skal jeg rette?" adds no empty correction

def test_bare_yes_to_what_to_correct_adds_nothing():
    state, out = run(["nej", "ja"], _at_summary())
    assert "rettet" not in texts(out[-1]) and state["corrections"] == [] and state["step"] == "summary"


# 4. "det med svømning passer ikke" takes the swimming point off the summary and the sheet

def test_correction_naming_a_point_removes_it():
    state, out = run(["det med svømning passer ikke"], _at_summary())
    said = texts(out[-1])
    assert "taget ud" in said and "svømme" not in said
    sheet = build_sheet(state, "x")
    assert not any("svøm" in h["quote"] for h in sheet["hopes"])
    assert sheet["corrections"] == ["det med svømning passer ikke"]


# 5. A relative's "Nej, han er ikke god til at lave mad" takes the point back too

def test_relative_takes_back_a_point_in_third_person():
    state, _ = run(["/start", "ja", ("Han er god til at lave mad", tag("Han er god til at lave mad", sheet="resource"))],
                   role="relative")
    state["step"], state["awaiting"] = "summary", None
    text = "Nej, han er ikke god til at lave mad. Han er god til at gå ture."
    state, _ = run([(text, tag(text, sheet="resource"))], state, role="relative")
    quotes = [r["quote"] for r in build_sheet(state, "x")["resources"]]
    assert not any("lave mad" in q for q in quotes) and any("gå ture" in q for q in quotes)


# 6. "nej jeg mener bare jeg er træt af spørgsmålene" after the safety answer: stopping is offered kindly

def test_tired_of_questions_after_safety_offers_to_stop():
    state, _ = run(["/start", "ja", "tegne"])
    state, out = run([("jeg vil ikke mere", tag("jeg vil ikke mere", "sustain", safety=True)),
                      "nej jeg mener bare jeg er træt af spørgsmålene"], state)
    said = texts(out[-1])
    assert "Det forstår jeg godt" in said and "gemme" in said and state["awaiting"] == "stop_offer"
    state, out = run(["ja"], state)
    sheet = build_sheet(state, "x")
    assert sheet["stopped_early"] and not sheet["citizen_confirmed"] and sheet["resources"]


# 7. A bare "fortsæt" with no offer open is going on, not a dream on the sheet

def test_bare_continue_is_not_an_answer():
    state, _ = run(["/start", "ja", "tegne", "musik"])
    assert state["step"] == "hopes1"
    state, out = run(["fortsæt"], state)
    assert "fortsæt" not in " ".join(i["quote"] for i in state["items"]).lower()
    assert out[-1].messages[-1].text.endswith("?") and state["step"] == "hopes1"


# 8. "nej, jeg vil gerne fortsætte" to "Vil du gemme …?" does not delete anything

def test_no_i_want_to_continue_to_stop_offer_keeps_everything():
    state, _ = run(["/start", "ja", "tegne", "stop"])
    state, out = run(["nej, jeg vil gerne fortsætte"], state)
    assert state["items"] and state["step"] != "stopped" and "fortsætter" in texts(out[-1])


# 9. "Nej, slet det" keeps nothing: not the score, the meeting choices or the summary either

def test_discard_clears_scores_and_choices():
    state = _at_summary()
    state["scores"] = [{"score": 2, "turn": 8}]
    state, _ = run(["stop", "nej"], state)
    sheet = build_sheet(state, "x")
    assert sheet["goal_progress"] == [] and sheet["preferences"] == {"relatives_attend": None, "plan_version": None}
    assert sheet["summary"] == "" and sheet["resources"] == [] and sheet["hopes"] == []


# 10. "No, I am not good at cooking. I am good at baking.": the "No," is not part of the correction

def test_english_correction_drops_the_no():
    state = _at_summary(language="en")
    text = "No, I am not good at cooking. I am good at baking."
    t = tag(text, sheet="resource", clauses=[("No, I am not good at cooking.", "neutral", "resource"),
                                               ("I am good at baking.", "neutral", "resource")])
    state, _ = run([(text, t)], state)
    assert not state["corrections"][0]["you"].lower().startswith("no")
    assert any("baking" in r["quote"] for r in build_sheet(state, "x")["resources"])
