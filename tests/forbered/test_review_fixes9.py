"""Review fixes: a citizen who wants to stop can always stop (with a reason, asked as a question, "hold op", "I want to stop
talking"); a "stop" before words that leave it open is asked about, kindly, and going on loses nothing; corrections, waits,
habits and "stop med at spørge om …" are no stop; "tilbage" and "senere" in an answer are no pause; a question to the bot
before a real answer keeps the answer; towns whose names end like a trade ("Helsingør") are where, not a trade."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue import moves
from forbered.dialogue.intents import is_pause, is_stop, not_this
from forbered.texts import DA


def test_a_stop_request_in_many_wordings_is_a_stop():
    for text in ("jeg vil stoppe fordi mit hoved gør ondt", "jeg vil gerne stoppe med at svare på spørgsmål",
                 "jeg vil stoppe, det her er ikke noget for mig", "jeg vil stoppe for i dag", "jeg vil gerne stoppe lige nu",
                 "jeg vil stoppe og gemme det", "jeg vil stoppe hvis det er i orden", "jeg vil stoppe. Farvel",
                 "jeg vil stoppe med de spørgsmål", "må jeg godt stoppe nu?", "kan jeg stoppe?", "kan vi ikke bare stoppe?",
                 "Stop for nu", "stop i dag", "hold nu op", "jeg vil gerne holde op nu tak", "stop stop",
                 "I want to stop answering now", "I would like to stop chatting", "slut for i dag, jeg er træt"):
        assert is_stop(text), text


def test_stopping_a_habit_a_course_or_a_question_is_no_stop():
    for text in ("jeg vil gerne stoppe med at spise slik", "jeg vil stoppe i dag med at drikke cola",
                 "jeg vil gerne holde op med at ryge", "I want to stop smoking", "I want to stop talking to my ex",
                 "jeg vil afslutte mit grundforløb", "nogle gange kan jeg ikke stoppe", "jeg drikker for meget, jeg vil stoppe med det",
                 "Stop, jeg mente maling ikke tegning", "stop med at spørge om min familie", "busstoppet er langt væk"):
        assert not is_stop(text), text
    assert not_this("stop med at spørge om min familie") and not_this("hold op med at spørge til arbejde")


def test_a_stop_request_with_a_reason_gets_the_stop_offer_and_is_never_a_point():
    for text in ("jeg vil stoppe fordi jeg er udmattet", "jeg vil gerne stoppe med at svare", "må jeg stoppe?", "hold op",
                 "I want to stop talking now", "stop stop stop"):
        state = at_step("hopes1")
        state, out = run([(text, tag(text, talk_type="change", sheet="hope"))], state)
        assert state.get("awaiting") == "stop_offer", (text, texts(out[-1]))
        assert not state["items"], (text, state["items"])


def test_skip_this_question_said_with_stop_is_skipped():
    state = at_step("hopes1")
    state, out = run(["stop med at spørge om arbejde"], state)
    assert DA["not_this"] in texts(out[-1]) and not state["items"], texts(out[-1])
    assert state.get("awaiting") != "stop_offer"


def test_an_unclear_stop_is_asked_about_and_a_hard_feeling_met_first():
    state = at_step("resources1")
    text = "stop, det hele er for meget"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert state.get("awaiting") == "stop_check" and not state["items"], texts(out[-1])
    assert texts(out[-1]) == DA["stop_check_hard"]
    assert [b["payload"] for b in out[-1].messages[-1].buttons] == ["/stop", "/continue"]
    state, out = run(["ja"], state)
    assert state.get("awaiting") == "stop_offer", texts(out[-1])
    state = at_step("resources1")
    state, out = run(["stop, du hører ikke efter"], state)
    assert texts(out[-1]) == DA["stop_check_misunderstood"], texts(out[-1])
    state = at_step("resources1")
    state, out = run(["stop jeg skal hente min søn"], state)
    assert texts(out[-1]) == DA["stop_check"] and not state["items"], texts(out[-1])


def test_going_on_after_the_stop_question_keeps_everything():
    state = at_step("resources2")
    text = "Jeg er god til at bage kager"
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    before = [i["text"] for i in live(state, "resource")]
    assert before
    state, out = run(["stop, jeg er træt af dig", "nej, fortsæt"], state)
    assert DA["go_on"] in texts(out[-1]) and "?" in texts(out[-1]), texts(out[-1])
    assert [i["text"] for i in live(state, "resource")] == before and not live(state, "hope"), state["items"]
    assert state.get("awaiting") is None and state["step"] not in ("done", "stopped") and not state.get("stopped_early")
    # the button, and a no with the answer after it
    state = at_step("hopes1")
    state, out = run(["stop, min kat larmer", "/continue"], state)
    assert DA["go_on"] in texts(out[-1]) and state["step"] == "hopes1" and not state["items"]
    state = at_step("hopes1")
    state, out = run(["stop jeg er sur", "nej, jeg vil gerne have en kæreste"], state)
    hopes = [i["text"] for i in live(state, "hope")]
    assert hopes and "kæreste" in hopes[0] and not any("sur" in h or "top" in h for h in hopes), hopes


def test_a_stop_before_an_answer_or_a_wait_stays_as_before():
    state = at_step("resources1")
    state, out = run(["stop jeg elsker at strikke"], state)
    assert state.get("awaiting") != "stop_check" and live(state, "resource"), texts(out[-1])
    state = at_step("hopes1")
    state, out = run(["vent lidt"], state)
    assert DA["hold_on"] in texts(out[-1]) and not state["items"] and state["step"] == "hopes1", texts(out[-1])


def test_back_and_later_in_an_answer_are_no_pause():
    for text in ("Jeg håber at jeg kommer tilbage til holdet", "jeg håber at jeg kommer tilbage", "I need to go back to college",
                 "I will be back to school in August", "I'll be back at the warehouse after Easter",
                 "Jeg har været indlagt og er tilbage", "jeg er tilbage", "Jeg vil gerne have en lejlighed senere",
                 "jeg vil gerne holde pause fra skolen", "Det kan ikke ses udenpå"):
        assert not is_pause(text), text
    for text in ("jeg skal lige spise, så kommer jeg tilbage", "kommer lige tilbage", "I'll be back in a minute",
                 "kan vi fortsætte senere", "skal lige i bad, er tilbage om lidt", "vi ses"):
        assert is_pause(text), text
    state = at_step("hopes1")
    text = "Jeg håber at jeg kommer tilbage på arbejde"
    state, out = run([(text, tag(text, talk_type="change", sheet="hope"))], state)
    assert live(state, "hope") and not state.get("paused"), texts(out[-1])


def test_i_am_back_with_no_pause_open_resumes_and_saves_nothing():
    state = at_step("hopes1")
    state, out = run(["jeg er tilbage"], state)
    assert "Velkommen tilbage" in texts(out[-1]) and not state["items"] and not state.get("paused"), texts(out[-1])


def test_a_question_to_the_bot_then_an_answer_keeps_the_answer():
    state = at_step("resources1")
    text = "Ved du hvad? Jeg syr mit eget tøj"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert [i["text"] for i in live(state, "resource")] == ["Jeg syr mit eget tøj."], state["items"]
    assert state["step"] != "resources1" and "syr" in texts(out[-1]), texts(out[-1])
    state = at_step("resources1")
    text = "Hvornår er mødet? Jeg spiller fodbold to gange om ugen"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert DA["answer_meeting_when"] in texts(out[-1]), texts(out[-1])
    assert any("fodbold" in i["text"] for i in live(state, "resource")), state["items"]
    assert not any("mødet" in i["text"] for i in state["items"]), state["items"]
    # a comment on the question is still no answer
    state = at_step("resources1")
    text = "Hvornår er mødet? Jeg har ikke fået noget brev"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert not live(state, "resource") and state["step"] == "resources1", state["items"]


def test_a_town_named_like_a_trade_is_where_to_work():
    assert moves.is_town("Korsør") and moves.is_town("Birkerød") and not moves.is_town("Frisør")
    for town in ("Helsingør", "Korsør"):
        state = at_step("work")
        state, out = run([(town, tag(town, sheet="employment"))], state)
        said = texts(out[-1])
        assert f"arbejde i {town}" in said and "være" not in said.split(".")[0], said
    state = at_step("work")
    state, out = run([("Frisør", tag("Frisør", sheet="employment"))], state)
    assert "frisør" in texts(out[-1]) and "i Frisør" not in texts(out[-1])
