"""Round 36: a final "ikke" after a pronoun object is a negation, after "det er" + a word a tag; "du forstår mig ikke"
alone is a sorry, never a point; words passed on with ", skriver Sofie" in "sit together" mode are said about her; a hedge
before a strength goes before "god til"; "Jeg drømmer ikke. Men …" is a plain statement before the wish; a "Der ville …"
consequence is a reason, not a worry; a second joy after ", og" is kept; a goal told under the parking question is a goal
and "Det sker hver …" joins it; a relative's bare joy gets its frame on the sheet; "nej, jeg mente …" corrects the last
answer; "jeg er dårlig til alt" is heard kindly, not said back."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue.engine import _chat_slang


def test_a_final_ikke_after_a_pronoun_object_stays_and_a_predicate_tag_goes():
    assert _chat_slang("ja men hun hører mig ikke", "da") == "ja men hun hører mig ikke"
    assert _chat_slang("nej de kender ham ikke", "da") == "nej de kender ham ikke"
    assert _chat_slang("det var sjovt ik", "da") == "det var sjovt"
    assert _chat_slang("så ka jeg være mig selv ik", "da") == "så ka jeg være mig selv"  # still a tag


def test_you_do_not_understand_me_alone_is_a_sorry_and_no_point():
    state = at_step("hopes1")
    state, out = run([("nej du fatter mig ikke", tag("nej du fatter mig ikke", talk_type="change", sheet="hope"))], state)
    said = texts(out[-1])
    assert said.startswith("Undskyld") and "Du fatter" not in said, said
    assert not live(state, "hope") and state["step"] == "hopes1", state["items"]


def test_words_passed_on_from_the_person_beside_are_said_about_her():
    state = at_step("resources1", role="together")
    text = "Jeg er god til at bage boller, skriver Ida"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert said.startswith("Ida er god til at bage boller.") and "skriver" not in said, said
    assert [i["text"] for i in live(state, "resource")] == ["Ida er god til at bage boller."]
    assert "hende" in said, said  # the next question asks about her


def test_a_hedge_before_a_strength_goes_before_god_til():
    state = at_step("resources1")
    state, out = run(["måske synge"], state)
    assert "Du er måske god til at synge." in texts(out[-1]), texts(out[-1])
    assert "god til måske" not in live(state, "resource")[0]["text"]


def test_no_dreams_then_a_wish_is_a_wish_not_ambivalence():
    state = at_step("hopes1")
    text = "Jeg drømmer ikke så tit. Men jeg vil gerne se havet igen"
    state, out = run([(text, tag(text, talk_type="change", subtype="desire", sheet="hope",
                                 clauses=[("Jeg drømmer ikke så tit.", "sustain", None),
                                          ("Men jeg vil gerne se havet igen", "change", "hope")]))], state)
    said = texts(out[-1])
    assert "ene side" not in said and "havet" in said, said
    assert [i["text"] for i in live(state, "hope")] == ["Jeg vil gerne se havet igen."], state["items"]


def test_a_there_would_consequence_is_a_reason_not_a_worry():
    state = at_step("hopes2")
    text = "Der ville ikke være så mange trapper"
    state, out = run([(text, tag(text, talk_type="sustain", subtype="need"))], state)
    said = texts(out[-1])
    assert "føles det for meget" not in said and "svært" not in said, said
    assert [i["text"] for i in live(state, "hope")] == ["Der ville ikke være så mange trapper."], state["items"]


def test_a_second_joy_after_a_comma_and_og_is_kept():
    state = at_step("resources2")
    text = "Mine naboer, og avisen"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert "Dine naboer og avisen giver dig glæde." in said, said


def test_a_goal_under_the_parking_question_is_a_goal_with_how_often():
    state = at_step("parking")
    text = "Målet er at lave morgenmad selv. Det sker hver søndag."
    state, out = run([(text, tag(text, sheet="resource", clauses=[("Målet er at lave morgenmad selv.", "neutral", "goal_progress"),
                                                                  ("Det sker hver søndag.", "neutral", "resource")]))], state)
    goals = live(state, "goal_progress")
    assert len(goals) == 1 and "morgenmad" in goals[0]["text"] and "søndag" in goals[0]["text"], state["items"]
    assert not live(state, "parking") and not live(state, "resource"), state["items"]
    assert "fylder" not in texts(out[-1]), texts(out[-1])


def test_a_relatives_bare_joy_is_framed_on_the_sheet():
    state, _ = run(["/start", "ja, jeg er hans søster"], role="relative")
    state, _ = run(["ved ikke"], state)
    state, out = run([("Tog.", tag("Tog.", sheet="resource", speaker="relative"))], state)
    assert [i["text"] for i in live(state, "resource")] == ["Tog giver ham glæde."], state["items"]


def test_no_i_meant_corrects_the_last_answer():
    state = at_step("resources1")
    state, out = run(["strikke", "nej, jeg mente at hækle"], state)
    assert "retter" in texts(out[-1]), texts(out[-1])
    assert [i["text"] for i in live(state, "resource")] == ["Jeg er god til at hækle."], state["items"]


def test_bad_at_everything_is_heard_kindly_not_said_back():
    state = at_step("resources1")
    text = "æ er bare elendig til alt"
    state, out = run([(text, tag(text, sheet="parking"))], state)
    said = texts(out[-1])
    assert "elendig" not in said and "svært" in said and said.rstrip().endswith("?"), said
    assert not live(state, "resource") and not live(state, "parking"), state["items"]
