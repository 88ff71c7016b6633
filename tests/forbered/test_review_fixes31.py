"""Review fixes: a relative's consent told as who types, a named person who comes "selvfølgelig", a worry at the 0-4
question, a final "ikke" after a subject and its verb, and a relative's first hello."""

from dialogue_helpers import at_score, at_step, live, run, tag, texts

from forbered.dialogue import engine


def test_relative_who_types_is_a_yes_and_no_point():
    state, out = run(["/start", "Det er hendes søn som skriver, Agnes sidder her ved siden af"], role="relative")
    assert state["consent"] is True and state["written_by"] == "relative"
    assert state["step"] == "resources1"
    assert not [i for i in state["items"] if not i.get("withdrawn")]
    assert "Må jeg gemme" not in texts(out[-1])


def test_named_person_comes_with_an_adverb():
    state = at_step("meeting1")
    state, out = run(["Bodil kommer helt sikkert med"], state)
    assert state["preferences"]["relatives_attend"] is True
    assert state["step"] == "meeting2"
    assert not [i for i in state["items"] if i.get("category") and i["quote"].startswith("Bodil")]


def test_named_person_not_coming_with_an_adverb_stays_a_no():
    state = at_step("meeting1")
    state, _ = run(["Bodil kommer sikkert ikke med"], state)
    assert state["preferences"]["relatives_attend"] is False


def test_money_worry_at_the_score_question_is_parked():
    state = at_score()
    said = "Vi har ikke råd til regningerne længere"
    state, out = run([(said, tag(said, talk_type="sustain", sheet=None))], state)
    assert [i["quote"] for i in live(state, "parking")] == [said]
    assert len(live(state, "goal_progress")) == 1
    assert "mål" not in texts(out[0]).split("?")[0].lower().split(".")[0]


def test_sure_worry_without_goal_words_at_the_score_question_is_parked():
    state = at_score()
    said = "Min far er syg, og det tager alle mine kræfter"
    state, out = run([(said, tag(said, talk_type="neutral", sheet="parking", p_sheet=0.9))], state)
    assert len(live(state, "parking")) == 1
    assert len(live(state, "goal_progress")) == 1
    assert "arbejder på" not in texts(out[0])


def test_final_ikke_after_subject_and_verb_is_a_negation():
    assert engine._chat_slang("Min kat er død og jeg spiser ikke", "da").endswith("spiser ikke")
    assert engine._chat_slang("hun har det svært og min mor sover ikke", "da").endswith("sover ikke")
    # a question tag after more than a verb still goes
    assert engine._chat_slang("så kan jeg slappe af derhjemme ik", "da") == "så kan jeg slappe af derhjemme"


def test_relative_first_hello_is_no_welcome_back():
    state = at_step("resources1", role="relative")
    state, out = run(["Hej. Birgit."], state, role="relative")
    said = texts(out[0])
    assert "Velkommen tilbage" not in said and said.startswith("Hej")
    assert state["step"] == "resources1" and not state["items"]


def test_relative_hello_with_handover_words_is_still_a_handover():
    state = at_step("resources1", role="relative")
    state, out = run(["hej det er Karl"], state, role="relative")
    assert state["written_by"] == "citizen"


def test_relative_cannot_alone_is_not_about_the_meeting():
    state = at_step("hopes1", role="relative")
    state, out = run(["nej jeg kan ikke"], state, role="relative")
    assert "mødet" not in texts(out[0])
    assert state["preferences"]["relatives_attend"] is None


def test_relative_cannot_come_is_still_heard():
    state = at_step("hopes1", role="relative")
    state, out = run(["jeg kan desværre ikke komme med"], state, role="relative")
    assert "mødet" in texts(out[0])


def test_remark_on_the_question_alone_is_no_point():
    state = at_step("hopes1")
    said = "Det er et meget stort spørgsmål"
    state, out = run([(said, tag(said, talk_type="neutral", sheet="hope"))], state)
    assert state["step"] == "hopes1"
    assert not [i for i in state["items"] if i.get("category")]
    assert "spørgsmål" not in texts(out[0])


def test_doubt_about_someone_else_is_no_alligevel():
    state = at_step("hopes1")
    doubt, wish = "Jeg ved ikke om min bror flytter hjem.", "Jeg vil gerne have en lejlighed"
    said = f"{doubt} {wish}"
    tg = tag(said, talk_type="change", sheet="hope", clauses=[(doubt, "neutral", None), (wish, "change", "hope")])
    state, out = run([(said, tg)], state)
    assert "alligevel" not in texts(out[0])
    assert [i["quote"] for i in live(state, "hope")] == [wish]


def test_doubt_about_oneself_keeps_both_sides():
    state = at_step("hopes1")
    doubt, wish = "Jeg ved ikke om jeg kan klare det.", "Jeg vil gerne have en lejlighed"
    said = f"{doubt} {wish}"
    tg = tag(said, talk_type="change", sheet="hope", clauses=[(doubt, "neutral", None), (wish, "change", "hope")])
    state, out = run([(said, tg)], state)
    assert "alligevel" in texts(out[0])
