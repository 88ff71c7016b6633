"""Review fixes: a "stop" before a correction, a wait or an answer is no request to end the chat, and a habit or a course
to stop is a wish; "jeg vil ikke stoppe" after the stop offer goes on; a hardship told with a wish is written once and a
second wish said with its "at" stays a wish; a town to the work question is where, not a workplace; "spændt" at the
consent is not read as nervous."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue import moves
from forbered.dialogue.intents import is_stop
from forbered.texts import DA


def test_a_stop_before_a_correction_a_wait_or_an_answer_is_no_stop():
    for text in ("Stop, jeg mente cykling ikke gåture", "Nej stop, det var ikke rigtigt", "ok stop, jeg skrev forkert",
                 "stop, vent et øjeblik", "Stop! Jeg er ikke færdig endnu", "stop jeg elsker at bage", "slut, 2",
                 "Stop, spørg ikke om min familie", "no stop, I meant my brother"):
        assert not is_stop(text), text
    for text in ("Stop, jeg er så træt", "stop tak, jeg har ikke flere kræfter", "Stop. Gem det hele"):
        assert is_stop(text), text


def test_stopping_a_habit_or_ending_a_course_is_a_wish_not_a_stop():
    for text in ("Jeg vil gerne stoppe med at drikke sodavand", "jeg vil stoppe med snus", "jeg vil gerne afslutte 10. klasse",
                 "jeg vil afslutte min uddannelse som frisør"):
        assert not is_stop(text), text
    for text in ("jeg vil gerne stoppe nu", "jeg vil stoppe", "jeg vil gerne stoppe her, jeg er træt"):
        assert is_stop(text), text
    state = at_step("hopes1")
    text = "Jeg vil gerne stoppe med at spise slik hver dag"
    state, out = run([(text, tag(text, talk_type="change", sheet="hope"))], state)
    assert state.get("awaiting") != "stop_offer" and state["step"] == "hopes2", texts(out[-1])
    assert live(state, "hope")


def test_a_correction_after_stop_replaces_the_point():
    state = at_step("resources2")
    text = "Jeg er god til at synge"
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    text = "Stop, jeg mente tegne ikke synge"
    state, out = run([(text, tag(text, sheet="hope"))], state)
    assert state.get("awaiting") != "stop_offer" and state["step"] != "stopped", texts(out[-1])
    kept = [i["text"] for i in live(state, "resource")]
    assert kept and "tegne" in kept[-1] and not any("synge" in k for k in kept), kept
    assert not live(state, "hope"), state["items"]


def test_a_wait_after_stop_keeps_the_question_open():
    state = at_step("hopes1")
    state, out = run(["stop, vent et øjeblik"], state)
    assert DA["hold_on"] in texts(out[-1]), texts(out[-1])
    assert state["step"] == "hopes1" and not state["items"]


def test_not_wanting_to_stop_after_the_stop_offer_goes_on():
    for answer in ("jeg vil ikke stoppe", "nej, jeg vil ikke stoppe endnu"):
        state = at_step("resources2")
        state, _ = run(["stop", answer], state)
        assert state["step"] == "resources2" and not state["items"], (answer, state["items"])
        assert not state.get("stopped_early")


def test_a_hardship_with_a_wish_is_written_once():
    state = at_step("hopes1")
    text = "Jeg vil gerne have et job, det var svært i skolen"
    t = tag(text, talk_type="change", sheet="hope",
            clauses=[("Jeg vil gerne have et job", "change", "hope"), ("det var svært i skolen", "neutral", "parking")])
    state, _ = run([(text, t)], state)
    wish = live(state, "hope")
    assert len(wish) == 1 and wish[0]["text"].count("svært i skolen") == 1, wish


def test_a_second_wish_said_with_its_at_is_a_wish_of_its_own():
    state = at_step("hopes1")
    text = "Jeg vil gerne have en hund. Og at det ikke er så svært at komme ud"
    t = tag(text, talk_type="change", sheet="hope",
            clauses=[("Jeg vil gerne have en hund.", "change", "hope"),
                     ("Og at det ikke er så svært at komme ud", "neutral", "parking")])
    state, _ = run([(text, t)], state)
    hopes = [i["text"] for i in live(state, "hope")]
    assert len(hopes) == 2 and "komme ud" in hopes[1], hopes


def test_a_town_to_the_work_question_is_where():
    for town in ("Esbjerg", "Nørrebro", "Kalundborg", "Holstebro"):
        out = moves.render_item(town, "employment", "work", "citizen", "PROPN", "da")
        assert " på en " not in out["you"] and " i et " not in out["you"], out
    out = moves.render_item("Kalundborg", "employment", "work", "citizen", "PROPN", "da")
    assert out["you"] == "Du vil gerne arbejde i Kalundborg.", out
    assert moves._workplace("Frederikshavn") is None
    assert moves._workplace("et maskineri") is None
    assert moves._workplace("et bryggeri") == "arbejde i et bryggeri"


def test_spaendt_at_the_consent_is_not_nervous():
    state, out = run(["/start", "ja, jeg er meget spændt på det"])
    said = texts(out[-1])
    assert DA["consent_nervous"] not in said and DA["consent_looking_forward"] in said, said
    state, out = run(["/start", "ja men jeg er lidt utryg"])
    assert DA["consent_nervous"] in texts(out[-1])
