"""Fresh conversations, round 23: a place taken back in the same message, "ved" as a preposition under the joys, a
pet with its name and one more joy, a goal with a bus in it and its number, the question after "Det hører til her.",
dialect infinitives, an inverted "Så slap jeg …", a relative's "Målet er at han …", plan looks in other words, and a
thing wished for that the tagger reads as a worry."""

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import questions, run, tag, texts

from forbered.dialogue.engine import _score_said
from forbered.dialogue.intents import parse_plan_version, taken_back
from forbered.dialogue.moves import render_item


def _you(quote, category, step, speaker="citizen", language="da"):
    return render_item(quote, category, step, speaker, "", language)["you"]


def test_a_place_taken_back_keeps_the_wish_before_it():
    assert taken_back("Jeg vil gerne på efterskole. Nej, undskyld, på højskole.") == "Jeg vil gerne på højskole"
    assert taken_back("Lego. Nej, undskyld, Minecraft.") == "Minecraft"
    assert _you("Jeg vil gerne på højskole", "hope", "hopes1") == "Du vil gerne på højskole."


def test_ved_before_a_place_is_a_preposition_under_the_joys():
    assert _you("Fiskeri ved åen", "resource", "resources2") == "Fiskeri ved åen giver dig glæde."
    assert _you("å sid ved havet", "resource", "resources2") == "Det giver dig glæde at sidde ved havet."


def test_a_pet_with_its_name_and_one_more_joy():
    assert _you("min kat hedder mis og youtube", "resource", "resources2") == "Din kat Mis og youtube giver dig glæde."


def test_a_goal_with_a_bus_and_its_number():
    assert _score_said("tage bus 3") == 3 and _score_said("bus 3") is None
    for text, goal in (("tage bus 3", "Dit mål er at tage bus."), ("tage bussen 3", "Dit mål er at tage bussen.")):
        state = _at("goal1")
        state, out = run([(text, tag(text, sheet="goal_progress"))], state)
        said = texts(out[-1])
        assert goal in said and "Så står målet på 3 ud af 4." in said and state["step"] == "parking"
    state = _at("goal1")
    text = "tage bus 3 alene"
    state, out = run([(text, tag(text, sheet="goal_progress"))], state)
    assert state["step"] == "goal2" and "Dit mål er at tage bus 3 alene." in texts(out[-1])


def test_the_question_still_comes_after_an_earlier_work_wish():
    state = _at("hopes2")
    job = "jeg vil gerne have et job i en børnehave"
    state, _ = run([(job, tag(job, "change", "desire", sheet="employment"))], dict(state, step="hopes1"))
    for _ in range(4):
        if state["step"] == "work":
            break
        state, out = run(["nej"], state)
    assert "Det hører til her." in texts(out[-1]) and questions(out[-1]) == ["Er der mere, du vil sige om arbejde eller dagtimerne?"]


def test_dialect_infinitives_are_repaired():
    assert _you("æ er go te å fisk", "resource", "resources1") == "Du er god til at fiske."
    assert _you("at husk mine piller", "goal_progress", "goal1") == "Dit mål er at huske dine piller."


def test_an_inverted_so_sentence_is_said_back_as_a_sentence():
    assert _you("Så slap jeg for plejehjem", "hope", "hopes1") == "Så slap du for plejehjem."


def test_a_relatives_goal_that_he_is_his_goal():
    assert _you("Målet er at han smører sin madpakke selv", "goal_progress", "goal1", "relative") == \
        "Hans mål er at smøre sin madpakke selv."
    assert _you("Målet er at han kan cykle", "goal_progress", "goal1", "relative") == "Hans mål er at kunne cykle."


def test_plan_looks_in_other_words():
    assert parse_plan_version("Med billeder.") == "colourful" and parse_plan_version("Almindelig") == "neutral"
    assert parse_plan_version("uden billeder") == "neutral" and parse_plan_version("normal") == "neutral"


def test_a_thing_wished_for_read_as_a_worry_stays_a_hope():
    state = _at("hopes1")
    text = "eget værelse uden larm"
    state, out = run([(text, tag(text, sheet="parking"))], state)
    assert _live(state, "hope") and not _live(state, "parking") and "fylder" not in texts(out[-1])


def test_a_relative_named_at_the_meeting_question_is_said_back_by_name():
    state = _at("meeting1")
    for text, said in (("Min mor.", "Du vil gerne have din mor med."),
                       ("Min kone Grethe kommer med.", "Du vil gerne have din kone Grethe med.")):
        s2, out = run([(text, tag(text))], dict(state))
        assert said in texts(out[-1]) and s2["preferences"]["relatives_attend"] is True


def test_an_example_after_a_strength_joins_it():
    state = _at("resources1")
    text = "Jeg er god til at huske ting. Fx alle bus linjer."
    clauses = [("Jeg er god til at huske ting.", "neutral", "resource"), ("Fx alle bus linjer.", "neutral", "resource")]
    state, out = run([(text, tag(text, sheet="resource", clauses=clauses))], state)
    assert "Du er god til at huske ting, fx alle bus linjer." in texts(out[-1]) and len(_live(state, "resource")) == 1


def test_a_score_after_how_it_goes_is_not_part_of_the_status():
    state = _at("goal1")
    text = "gå uden krykker. det går langsomt 2"
    state, out = run([(text, tag(text, sheet="goal_progress"))], state)
    said = texts(out[-1])
    assert "Så står målet på 2 ud af 4." in said and "langsomt 2" not in said and state["step"] == "parking"
    assert not any("langsomt 2" in (i.get("text") or "") for i in state["items"])
