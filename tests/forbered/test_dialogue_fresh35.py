"""Round 35: a greeting before the consent's yes; the pace of the writing said with the yes is heard, not kept; a
don't-know said with a guess ("idk", "ved ik..") keeps only the guess; ASCII stand-ins for æ, ø, å said back with the
letters; "det ved jeg ikke hvad du mener" and a word of the question asked back ("Glad for hvad?") get the question
plainly; a thread question after an answer is no part of it; the wider family comes to the meeting; a topic asked back
in a word and a "min kære" are no part of the answer; "så ikke endnu" after school is a no to work for now; a
relative's own good with two lead words is no hope."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered import reflect


def test_a_greeting_before_the_yes_is_a_consent():
    state, out = run(["/start", "Godmorgen. Ja, det må du gerne."])
    assert state["consent"] is True and state["step"] == "resources1", texts(out[-1])


def test_the_pace_of_the_writing_with_the_yes_is_heard_and_not_kept():
    text = "Ja. Jeg har haft en hjerneblødning, så jeg bruger lidt længere tid."
    state, out = run(["/start", (text, tag("Jeg har haft en hjerneblødning, så jeg bruger lidt længere tid.",
                                           sheet="goal_progress"))])
    said = texts(out[-1])
    assert "tid" in said and "Dejligt" not in said, said
    assert not [i for i in state["items"] if i.get("category")], state["items"]


def test_a_dont_know_with_a_guess_keeps_only_the_guess():
    state = at_step("resources1")
    state, out = run(["ved ik.. måske strikke"], state)
    said = texts(out[-1])
    assert "ved ikke" not in said.lower() and "strikke" in said, said
    state = at_step("work")
    state, out = run(["noget med heste idk"], state)
    said = texts(out[-1])
    assert "ved ikke" not in said.lower() and "heste" in said, said


def test_ascii_standins_are_said_back_with_the_letters():
    assert reflect.standard_spelling("jeg haaber paa at blive bedre foer sommer") == "jeg håber på at blive bedre før sommer"
    assert reflect.standard_spelling("mit maal er at staa op") == "mit mål er at stå op"
    assert reflect.standard_spelling("min ven Michael bor i Aarhus hos naboen") == "min ven Michael bor i Aarhus hos naboen"


def test_not_understanding_the_question_gets_the_question_plainly():
    state = at_step("resources1")
    state, out = run(["Det ved jeg ikke hvad du mener. Dygtig til hvad?"], state)
    assert not live(state, "resource") and state["step"] == "resources1", state["items"]
    state = at_step("resources2")
    state, out = run(["Glad for hvad?"], state)
    assert not live(state, "resource"), state["items"]
    assert texts(out[-1]).rstrip().endswith("?"), texts(out[-1])


def test_a_thread_question_after_an_answer_is_no_part_of_it():
    state = at_step("resources1")
    text = "jeg kan godt tegne heste. hvad var spørgsmålet"
    state, out = run([text], state)
    assert "spørgsmålet" not in texts(out[-1]), texts(out[-1])
    assert not [i for i in state["items"] if "spørgsmålet" in (i.get("text") or "")], state["items"]


def test_the_wider_family_comes_to_the_meeting():
    state = at_step("meeting1")
    state, out = run(["Mit barnebarn Sara vil gerne med."], state)
    assert state["step"] == "meeting2" and state["preferences"].get("relatives_attend") is True, texts(out[-1])


def test_a_topic_asked_back_and_a_term_of_endearment_are_no_part_of_the_answer():
    state = at_step("work")
    state, out = run(["Job? Nej, min ven, jeg er 84 år."], state)
    kept = [i["text"] for i in live(state, "employment")]
    assert not any("Job" in k or "ven" in k for k in kept), kept
    state = at_step("work")
    state, out = run(["Han går i 7. klasse, så ikke endnu"], state)
    assert "betyder meget" not in texts(out[-1]), texts(out[-1])


def test_a_relatives_own_good_with_two_lead_words_is_no_hope():
    state = at_step("hopes1", role="relative")
    text = "Hun vil gerne have en papegøje. Og ærlig talt ville vi få mere fred"
    state, out = run([(text, tag(text, talk_type="change", sheet="hope", speaker="relative"))], state)
    hopes = [i["text"] for i in live(state, "hope")]
    assert len(hopes) == 1 and "fred" not in hopes[0], hopes
    assert "fred" not in texts(out[-1]), texts(out[-1])
