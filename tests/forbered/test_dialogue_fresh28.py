"""Round 28: chat abbreviations of young writers ("idk", "mby", "fr", a tag "ik"); a citizen who says the last reflection
got it wrong; "skal jeg svare på det?"; "ja det har jeg sagt"; "Mit håb er …"; a goal and how it goes split by a comma;
an English worry said as a sentence."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue.engine import _chat_slang


def _all_text(state):
    return " ".join(i.get("text", "") + " " + i.get("you", "") for i in state["items"] if i.get("category"))


def test_chat_abbreviations_are_read_not_echoed():
    assert _chat_slang("idk", "da") == "ved ikke"
    assert _chat_slang("mby at få mit eget værelse", "da") == "måske at få mit eget værelse"
    assert _chat_slang("så ka jeg være mig selv ik", "da") == "så ka jeg være mig selv"
    assert _chat_slang("det går ik", "da") == "det går ik"  # a negation after a verb stays
    assert _chat_slang("han bor på Fr. Berg", "da") == "han bor på Fr. Berg"


def test_idk_is_a_dont_know_and_never_a_strength():
    state = at_step("resources1")
    state, out = run(["idk"], state)
    said = texts(out[-1])
    assert "idk" not in said.lower() and "god til" not in said
    assert not live(state, "resource")


def test_slang_stays_off_the_sheet_and_the_echo():
    state = at_step("hopes1")
    state, out = run(["få min egen lejlighed fr"], state)
    said = texts(out[-1])
    assert "lejlighed" in said and " fr" not in said
    assert all(" fr" not in i["text"] for i in live(state, "hope"))


def test_a_reflection_put_right_replaces_the_point():
    state = at_step("resources1")
    a = "jeg er god til at hjælpe andre"
    state, _ = run([(a, tag(a, sheet="resource"))], state)
    state, out = run(["nej det er ikke det jeg mener. jeg mener at jeg er god til at lytte"], state)
    said = texts(out[-1])
    assert "retter mig" in said and "lytte" in said
    kept = " ".join(i["text"] for i in live(state, "resource"))
    assert "lytte" in kept and "hjælpe andre" not in kept and "mener" not in kept
    assert state["step"] == "resources2"


def test_a_bare_disagreement_asks_what_was_meant_and_takes_the_answer():
    state = at_step("hopes1")
    h = "jeg vil gerne have mere ro"
    state, _ = run([(h, tag(h, "change", "desire", sheet="hope"))], state)
    state, out = run(["nej det er ikke det jeg mener"], state)
    assert texts(out[-1]).endswith("Hvad mener du?")
    assert not live(state, "employment")
    state, out = run(["ro i hovedet"], state)
    kept = " ".join(i["text"] for i in live(state, "hope"))
    assert "hovedet" in kept and "mere ro" not in kept
    assert "retter mig" in texts(out[-1])


def test_a_withdrawn_point_is_not_in_the_phase_summary():
    state = at_step("resources1")
    a = "jeg er god til at hjælpe andre"
    state, _ = run([(a, tag(a, sheet="resource"))], state)
    state, _ = run(["nej det er ikke det jeg mener. jeg mener at jeg er god til at lytte"], state)
    state, out = run(["musik"], state)
    assert "hjælpe andre" not in texts(out[-1])


def test_must_i_answer_is_not_a_question_for_the_meeting():
    state = at_step("resources2")
    state, out = run(["skal jeg svare på det?"], state)
    said = texts(out[-1])
    assert "mødet" not in said and "lyst" in said
    assert state["step"] == "resources2"
    assert not [i for i in state["items"] if i.get("category")]


def test_what_do_you_want_to_know_is_a_request_to_explain():
    state = at_step("hopes1")
    state, out = run(["hvad vil du vide?"], state)
    assert "mødet" not in texts(out[-1]) and state["step"] == "hopes1"


def test_yes_i_said_that_is_no_point_on_the_sheet():
    state = at_step("work")
    w = "jeg vil gerne arbejde i en kantine"
    state, _ = run([(w, tag(w, "change", "desire", sheet="employment"))], state)
    state["step"], state["awaiting"] = "work", "more"
    state, _ = run(["ja det har jeg sagt"], state)
    assert all("sagt" not in i.get("text", "") for i in state["items"] if i.get("category"))


def test_my_hope_is_a_hope_even_under_the_strengths_question():
    state = at_step("resources1")
    a = "Jeg kan godt lide at male. Mit håb er at få en praktikplads i en dyrehandel."
    t = tag(a, sheet="resource", clauses=[("Jeg kan godt lide at male.", "neutral", "resource"),
                                          ("Mit håb er at få en praktikplads i en dyrehandel.", "neutral", "resource")])
    state, _ = run([(a, t)], state)
    assert any("dyrehandel" in i["text"] for i in live(state, "hope"))
    assert not any("dyrehandel" in i["text"] for i in live(state, "resource"))


def test_a_goal_and_how_it_goes_after_a_comma_are_two_points():
    for lang, goal in (("da", "mit mål er at lave mad selv, det går fint"),
                       ("en", "my goal is to cook dinner alone twice a week, it goes well")):
        state = at_step("goal1", language=lang)
        state, out = run([goal], state)
        said = texts(out[-1])
        assert "fint." not in said.split(".")[0] and "well" not in said.split(".")[0]
        assert live(state, "goal_progress")
        assert all(", det går" not in i["text"] and ", it goes" not in i["text"] for i in live(state, "goal_progress"))


def test_an_english_worry_said_as_a_sentence_is_not_the_subject_of_takes_up():
    state = at_step("parking", language="en")
    p = "my sagsbehandler changes all the time"
    state, out = run([(p, tag(p, "sustain", sheet="parking"))], state)
    assert "all the time takes up" not in texts(out[-1])
