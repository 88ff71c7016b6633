"""Fixes from a replay of fresh conversations: conditional echo, gibberish, job nouns, score in words,
"Hvad er vigtigt for dig …?"."""

from dialogue_helpers import run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue import respond
from forbered.dialogue.moves import render_item


def test_so_i_can_is_echoed_in_the_conditional_under_what_would_be_different():
    you = render_item("så kan jeg selv komme til ridning", "hope", "hopes2", "citizen", "", "da")["you"]
    assert you == "Så ville du selv kunne komme til ridning."
    you = render_item("så ville jeg ikke være så meget alene", "hope", "hopes2", "citizen", "", "da")["you"]
    assert you == "Så ville du ikke være så meget alene."
    # the sheet keeps the citizen's own words
    assert render_item("så kan jeg selv komme til ridning", "hope", "hopes2", "citizen", "", "da")["text"].startswith("Så kan jeg")


def test_gibberish_is_not_understood_not_saved():
    for junk in ("asdfgh", "jjjjj", "qwerty", "sdfsdf"):
        assert it.is_gibberish(junk), junk
    for word in ("æ", "ka", "jow", "hmm", "hmmm", "Ole", "jaaa", "kok", "stald", "ytre", "ok", "hej", "ååå", "pølse"):
        assert not it.is_gibberish(word), word
    state, out = run(["/start", "ja", "asdfgh"])
    assert "forstod jeg ikke" in texts(out[-1]) and "asdfgh" not in texts(out[-1]).lower()
    assert not state["items"] and state["step"] == "resources1"
    state, out = run(["jjjjj", "qwerty"], state)
    assert not state["items"] and state["step"] == "resources2"  # the third time: on to the next question


def test_job_noun_to_the_work_question():
    assert render_item("kok", "employment", "work", "citizen", "", "da")["you"] == "Du kunne tænke dig at arbejde som kok."
    assert render_item("køkken", "employment", "work", "citizen", "", "da")["you"] == "Du kunne tænke dig at arbejde i et køkken."
    assert render_item("stald", "employment", "work", "citizen", "", "da")["you"] == "Du kunne tænke dig at arbejde i en stald."
    assert render_item("et job", "employment", "work", "citizen", "", "da")["you"] == "Du ønsker dig et job."


def test_how_it_goes_in_words_is_the_score():
    cases = {"det går rigtig godt": 4, "det går godt": 3, "sådan lidt": 2, "skidt": 1, "det går dårligt": 1, "slet ikke": 0}
    for answer, score in cases.items():
        state, _ = run(["/start", "ja", "tegne", "min hund", "et job", "ved ikke", "nej", "jeg skal tage bussen"])
        assert state["step"] == "goal2"
        r = respond(state, answer, tag(answer, sheet="goal_progress"))
        assert r.state["scores"][-1]["score"] == score, answer
        assert not [i for i in r.state["items"] if i["quote"] == answer], answer
    assert it.how_it_goes_score("men det går ikke så godt med bussen") is None


def _at_hopes1(important):
    state, _ = run(["/start", "ja", "tegne", "min hund"])
    assert state["step"] == "hopes1"
    state = {**state, "hopes1_important": important}
    return state


def test_noun_phrase_to_what_is_important_reads_as_important():
    r = respond(_at_hopes1(True), "mine katte", tag("mine katte", sheet="resource"))
    assert "Dine katte er vigtige for dig." in texts(r)
    assert "drømmer" not in texts(r)
    r = respond(_at_hopes1(False), "mine katte", tag("mine katte", sheet="resource"))
    assert "Dine katte er vigtige" not in texts(r)


def test_which_hopes1_question_was_asked_is_remembered():
    state, out = run(["/start", "ja", "tegne", "min hund"])
    asked = texts(out[-1])
    assert state["hopes1_important"] == ("Hvad er vigtigt for dig" in asked)
