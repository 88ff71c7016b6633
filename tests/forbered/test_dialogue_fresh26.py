"""Round 26: "som sagt" with the verb before its subject, a strength said as what follows from a trade, a bare
workplace noun, a bare goal status, one wish said twice in a turn, a summary correction that replaces a workplace,
English words that look like Danish without æøå, a relative's "her"/"his", and the reason that stays with its hope."""

import random

from dialogue_helpers import at_step, live, run, tag, texts

from forbered import reflect
from forbered.dialogue import moves
from forbered.dialogue.moves import render_item, summary_lines
from forbered.sheet import build_sheet


def test_as_said_with_the_verb_first_is_never_doubled_on_the_sheet():
    state = at_step("resources1")
    s1 = "Jeg har været maler, så jeg er god til at male"
    state, _ = run([(s1, tag(s1, sheet="resource"))], state)
    state = at_step("work", state=state)
    w = "Som sagt har jeg været maler. Måske noget med farver, nogle timer om ugen."
    state, out = run([w], state)
    said = texts(out[-1])
    assert "har jeg været" not in said.lower() and "du har du" not in said.lower()
    jobs = " ".join(i["text"] for i in live(state, "employment"))
    assert "farver" in jobs and "Jeg har jeg" not in jobs


def test_what_a_trade_makes_you_good_at_is_kept():
    out = render_item("Jeg har været frisør, så jeg er god til at klippe hår", "resource", "resources1", "citizen", "", "da")
    assert "god til at klippe hår" in out["you"] and out["you"].startswith("Du har været frisør")
    rel = render_item("Hun var syerske i mange år, så hun er dygtig til at lappe tøj", "resource", "resources1",
                      "relative", "", "da")
    assert "lappe tøj" in rel["you"] and rel["you"].startswith("Hun")


def test_a_bare_workplace_with_more_after_a_comma_is_work_there():
    out = render_item("Vuggestue, måske som hjælper", "employment", "work", "citizen", "", "da")
    assert out["you"] == "Du vil gerne arbejde i en vuggestue, måske som hjælper."
    assert "gerne vuggestue" not in out["text"]


def test_a_bare_goal_status_is_said_back_as_how_the_goals_go():
    for quote, lang, speaker, want in [("Det går fint.", "da", "citizen", "med dine mål"),
                                       ("Det går skidt.", "da", "relative", "med målene"),
                                       ("It's going fine.", "en", "citizen", "Your goals are going fine.")]:
        item = {**render_item(quote, "goal_progress", "goal1", speaker, "", lang), "category": "goal_progress",
                "quote": quote, "speaker": speaker, "talk_type": "neutral", "step": "goal1"}
        line, _ = moves.reflection(item, lang, random.Random(1), None)
        assert want in line, line


def test_one_wish_said_twice_in_a_turn_is_one_point():
    state = at_step("work")
    w = "Jeg vil gerne arbejde i en genbrugsbutik. En genbrugsbutik ville være perfekt."
    state, _ = run([(w, tag(w, "change", sheet="employment"))], state)
    jobs = live(state, "employment")
    assert len([i for i in jobs if i.get("you")]) == 1, jobs
    assert "genbrugsbutik" in jobs[0]["quote"].lower()


def test_the_fuller_of_two_lines_about_one_wish_is_kept():
    state = at_step("work")
    w = "Jeg vil gerne arbejde på et lager. Ja, et lager, måske som pakker om formiddagen."
    state, _ = run([(w, tag(w, "change", sheet="employment"))], state)
    shown = [i["you"] for i in live(state, "employment") if i.get("you")]
    assert len(shown) == 1 and "pakker" in shown[0]


def test_a_correction_that_swaps_the_workplace_reaches_the_sheet():
    state = at_step("work")
    w = "Jeg vil gerne arbejde på et bilværksted."
    state, _ = run([(w, tag(w, "change", sheet="employment"))], state)
    state = at_step("summary", state=state)
    fix = "Nej, jeg vil ikke på værksted, jeg vil hellere i en butik"
    state, out = run([fix], state)
    sheet = build_sheet(state, "x")
    jobs = " ".join(i["text"] for i in sheet["employment"]).lower()
    assert "butik" in jobs and "bilværksted" not in jobs
    assert "bilværksted" not in " ".join(summary_lines(state)).lower()


def test_english_words_are_not_respelled_as_danish():
    assert "garden" in reflect.tidy("I love my garden and the dog")
    assert "gården" in reflect.tidy("jeg vil arbejde pa gaarden")


def test_im_her_mother_makes_the_questions_about_her():
    state, out = run(["/start", "Yes, I'm her grandmother and I write for her."], role="relative", language="en")
    assert state["third"] == "hun"
    assert "she or he" not in texts(out[-1]).lower()


def test_the_saved_summary_names_the_person_as_the_chat_does():
    state, _ = run(["/start", "Ja, jeg er hans mor og skriver for ham."], role="relative")
    state = at_step("resources2", state=state)
    j = "Hans kat, Mis"
    state, _ = run([(j, tag(j, sheet="resource"))], state)
    state = at_step("summary", state=state)
    assert "eller ham" not in state["summary"] and "hende eller" not in state["summary"]


def test_the_reason_stays_with_its_hope_in_the_summary():
    state = at_step("hopes1")
    h = "Jeg drømmer om at få en hund"
    state, _ = run([(h, tag(h, "change", sheet="hope"))], state)
    if state["step"] != "hopes2":
        state = at_step("hopes2", state=state)
    why = "Så ville jeg komme mere ud at gå"
    state, _ = run([(why, tag(why, "change", sheet="hope"))], state)
    lines = summary_lines(state)
    assert any("hund" in line and "Så ville du" in line for line in lines), lines


def test_a_bare_status_is_not_the_name_of_a_goal_on_the_sheet():
    state = at_step("goal1")
    g = "Det går okay."
    state, _ = run([(g, tag(g, sheet="goal_progress"))], state)
    goals = build_sheet(state, "x")["goal_progress"]
    assert goals and goals[0]["goal"] == "Mine nuværende mål"
