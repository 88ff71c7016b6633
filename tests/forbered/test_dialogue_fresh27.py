"""Round 27: the phase's linking summary keeps the newest answer's reflection (its reason or feeling) and opens by
phase; a "Jeg håber," split from its wish by the tagger; suggested goals from hopes said as values, "det ville være
dejligt, hvis …", questions and English."""

import pytest
from dialogue_helpers import at_step, run, tag, texts

from forbered.sheet import goal_suggestions


def _techniques(result):
    return [t for m in result.messages for t in m.custom.get("techniques", [])]


def _hopes_end(state=None, **kw):
    state = at_step("hopes1", state=state, **kw)
    h1 = "Jeg håber, jeg kan tage toget alene til min far i Aalborg."
    state, _ = run([(h1, tag(h1, "change", "desire", sheet="hope"))], state)
    state = at_step("hopes2", state=state) if state["step"] != "hopes2" else state
    h2 = "Så skulle personalet ikke køre mig. Og jeg kunne se min far oftere."
    t2 = tag(h2, "change", "reasons", sheet="hope", clauses=[("Så skulle personalet ikke køre mig.", "change", "hope"),
                                                             ("Og jeg kunne se min far oftere.", "change", "hope")])
    return run([(h2, t2)], state)


def test_the_newest_answers_reason_survives_in_the_phase_summary():
    _, out = _hopes_end()
    said = texts(out[-1])
    assert "personalet ikke køre dig" in said and "far oftere" in said
    assert said.count("far oftere") == 1 and said.count("toget alene") == 1  # never the same point twice
    assert "flere ting" not in said


def test_the_summary_turn_reports_what_it_says():
    _, out = _hopes_end()
    tech = _techniques(out[-1])
    assert "summary" in tech and "complex_reflection" in tech
    said = texts(out[-1])
    assert any(m in said for m in ("betyde", "forskel"))  # the complex reflection's sentence of meaning is really there


def test_the_two_phase_ends_open_differently():
    state = at_step("resources1")
    r1 = "Jeg er god til at tegne. Og jeg ved meget om heste."
    state, _ = run([(r1, tag(r1, sheet="resource", clauses=[("Jeg er god til at tegne.", "neutral", "resource"),
                                                            ("Og jeg ved meget om heste.", "neutral", "resource")]))], state)
    state = at_step("resources2", state=state) if state["step"] != "resources2" else state
    r2 = "Min kanin Pjuske."
    state, out = run([(r2, tag(r2, sheet="resource"))], state)
    first = texts(out[-1]).split(".")[0]
    _, out2 = _hopes_end(state=state)
    second = texts(out2[-1]).split(".")[0]
    assert first != second


def test_a_relatives_summary_stays_in_the_third_person():
    state = at_step("hopes1", role="relative")
    state["written_by"] = "relative"
    h1 = "Hun drømmer om at bo i sin egen lejlighed."
    state, _ = run([(h1, tag(h1, "change", "desire", sheet="hope", speaker="relative"))], state)
    state = at_step("hopes2", state=state) if state["step"] != "hopes2" else state
    h2 = "Så ville hun føle sig voksen. Og hun ville have venner tæt på."
    t2 = tag(h2, "change", "reasons", sheet="hope", speaker="relative",
             clauses=[("Så ville hun føle sig voksen.", "change", "hope"), ("Og hun ville have venner tæt på.", "change", "hope")])
    _, out = run([(h2, t2)], state)
    said = texts(out[-1])
    assert "voksen" in said and " dig " not in f" {said} " and "dine" not in said.split()


def test_i_hope_split_from_its_wish_is_one_point():
    state = at_step("hopes1")
    h = "Jeg håber, jeg kan tage bussen alene."
    t = tag(h, "change", "desire", sheet="hope", clauses=[("Jeg håber", "change", "hope"), ("jeg kan tage bussen alene.", "change", "hope")])
    state, out = run([(h, t)], state)
    yous = [i["you"] for i in state["items"] if i.get("turn") == state["turn"] or "bussen" in (i.get("quote") or "") or i.get("quote") == "Jeg håber"]
    assert "Du håber." not in yous
    assert "Du håber, og" not in texts(out[-1])


@pytest.mark.parametrize(("hope", "lang", "want"), [
    ("Et job er vigtigt for mig.", "da", "Jeg vil finde et job."),
    ("Det ville være dejligt, hvis jeg kunne tage bussen selv.", "da", "Jeg vil tage bussen selv."),
    ("At have venner betyder meget for mig.", "da", "Jeg vil have venner."),
    ("Jeg håber, jeg kan tage toget alene til min far.", "da", "Jeg vil tage toget alene til min far."),
    ("A job is important to me.", "en", "I will find a job."),
    ("It would be nice if I could cook for myself.", "en", "I will cook for myself."),
])
def test_a_hope_said_as_a_value_becomes_a_natural_goal(hope, lang, want):
    got = goal_suggestions([{"text": hope, "quote": hope, "talk_type": "change"}], lang)
    assert got and got[0]["text"] == want


@pytest.mark.parametrize(("hope", "lang"), [
    ("Mit helbred er vigtigst.", "da"), ("Kan jeg få et job?", "da"), ("Det ville være godt, hvis min søn kom oftere.", "da"),
    ("Could I get a job?", "en"), ("My health matters most.", "en"),
])
def test_no_goal_is_a_sentence_pasted_after_a_frame(hope, lang):
    got = goal_suggestions([{"text": hope, "quote": hope, "talk_type": "change"}], lang)
    assert not got or ":" not in got[0]["text"]
    assert not got


def test_no_goal_wording_has_the_colon_frame():
    for hope, lang in (("Mere ro i hverdagen.", "da"), ("More calm in my day.", "en")):
        got = goal_suggestions([{"text": hope, "quote": hope, "talk_type": "change"}], lang)
        assert got and ":" not in got[0]["text"]
