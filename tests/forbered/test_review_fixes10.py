"""Review fixes: a citizen who wants to stop can, in many wordings, typos and English, at any length and at the consent;
"farvel" is a goodbye, never the colourful plan; someone else who "orker ikke mere" and a wish ("jeg vil ikke mere i skole")
are answers; the answer to "Vil du gerne stoppe for nu?" is read kindly (a yes with words is a yes, words about going on are
no answer, a "måske" is asked once more); "senere" about the chat is a pause; "engelsk" as a school subject is no request for
English; "kan Ali komme med?" is a yes to a relative; "min ven" and "skat" after a yes are the answer, not an address; what is
said with the consent is kept unless it is only about the pace."""

import pytest
from dialogue_helpers import at_score, at_step, run, tag, texts

from forbered.dialogue.intents import (
    is_pause,
    is_stop,
    not_this,
    parse_plan_version,
    tired_of_questions,
    wants_english,
)
from forbered.texts import DA


@pytest.mark.parametrize("text", [
    "farvel", "tak for nu", "nu er jeg færdig", "jeg er helt færdig", "det er nok for i dag", "jeg vil gerne slutte",
    "luk chatten", "jeg vil hellere stoppe", "vi kan godt stoppe", "jeg tror jeg stopper her", "ja, stop", "stop for i dag tak",
    "jeg vil stope nu", "kan vi stope", "please stop", "stop now", "I am done", "I'd like to stop now", "I wanna stop",
    # of the same kind
    "okay farvel", "farvel og tak", "lad os slutte her", "jeg vil afbryde nu", "nu stopper jeg her", "bye bye",
    "det må være nok for nu", "gidder ikke mere", "jeg stopp nu", "I'm finished for today", "kan vi ikke godt stoppe nu",
    "jeg har ingen energi mere, jeg stopper", "min hund hedder Bølle. Farvel",
])
def test_a_stop_in_many_wordings_typos_and_english(text):
    assert is_stop(text), text


def test_a_long_message_ending_with_the_request_is_a_stop():
    assert is_stop("Jeg har haft en lang dag og min ryg gør ondt og jeg orker ikke mere i dag, kan vi stoppe?")
    assert is_stop("Jeg har skrevet om min hund og min have og min søster og det er meget for mig. Jeg vil gerne stoppe nu.")
    # a long story with no request at its start or end stays an answer
    assert not is_stop("Vi kan godt stoppe op og se på fuglene i haven, når min søster kommer på besøg om søndagen med kage")


@pytest.mark.parametrize("text", [
    "jeg vil ikke mere være alene", "jeg vil ikke mere i skole", "I want to quit smoking", "min mor orker ikke mere",
    "han gider ikke mere at hjælpe mig", "farvel til stress", "jeg vil sige farvel til min lejlighed",
    # of the same kind
    "jeg vil ikke mere bo hos mine forældre", "min kæreste vil ikke mere", "hun gider ikke mere", "I want to quit my job",
    "Jeg gik i skole i ti år, nu er jeg færdig", "jeg har penge nok, det er nok", "jeg gider ikke mere rod i min lejlighed",
    "min far magter ikke mere", "min bror siger altid farvel til mig",
])
def test_someone_else_or_a_wish_is_no_stop(text):
    assert not is_stop(text), text


@pytest.mark.parametrize("text", ["farvel", "tak for nu", "jeg vil stope nu", "I wanna stop", "nu er jeg færdig"])
def test_a_stop_gets_the_stop_offer_and_is_never_a_point(text):
    state = at_step("hopes1")
    state, out = run([(text, tag(text, talk_type="change", sheet="hope"))], state)
    assert state.get("awaiting") == "stop_offer", (text, texts(out[-1]))
    assert not state["items"]


def test_another_persons_tiredness_is_kept_as_the_answer():
    state = at_step("parking")
    text = "min mor orker ikke mere"
    state, out = run([(text, tag(text, talk_type="neutral", sheet="parking"))], state)
    assert state.get("awaiting") != "stop_offer" and state["items"], texts(out[-1])


def test_farvel_is_no_colourful_plan():
    assert parse_plan_version("farvel") is None
    assert parse_plan_version("farverig") == "colourful"
    for step in ("meeting2", "summary"):
        state = at_step(step)
        state, out = run(["farvel"], state)
        assert state["preferences"]["plan_version"] is None, step
        assert state.get("awaiting") == "stop_offer", (step, texts(out[-1]))


def test_questions_in_general_stopped_is_tired_and_a_topic_with_its_reason_is_skipped():
    assert tired_of_questions("stop med at spørge") and tired_of_questions("hold op med alle de spørgsmål")
    assert not_this("stop med at spørge om min familie, jeg vil ikke snakke om det")
    state = at_step("hopes1")
    state, out = run(["stop med dine spørgsmål"], state)
    assert state.get("awaiting") == "stop_offer" and not state["items"], texts(out[-1])
    state = at_step("hopes1")
    state, out = run(["hold op med at spørge til min bror, jeg vil ikke tale om ham"], state)
    assert DA["not_this"] in texts(out[-1]) and not state["items"], texts(out[-1])


@pytest.mark.parametrize("text", ["stop", "kan vi stoppe", "I want to stop", "farvel"])
def test_a_stop_at_the_consent_closes_gently_and_nothing_is_kept(text):
    state, _ = run(["/start"])
    state, out = run([(text, tag(text, sheet="hope"))], state)
    assert texts(out[-1]) == DA["stop_at_consent"], texts(out[-1])
    assert state["step"] == "declined" and not state.get("pending")
    state, out = run(["ja"], state)
    assert not state["items"], state["items"]


def _checked(step="hopes1"):
    state = at_step(step)
    state, out = run(["stop, det er for meget"], state)
    assert state["awaiting"] == "stop_check", texts(out[-1])
    return state


@pytest.mark.parametrize("text", ["ja, jeg er helt færdig i dag", "Ja. Jeg er meget træt i dag", "ja tak det vil jeg gerne",
                                  "ja tak, jeg har det skidt", "ja jeg orker ikke mere", "jeg er så træt", "ja, jeg har ondt i hovedet"])
def test_a_yes_with_words_to_the_stop_check_is_the_stop_offer(text):
    state = _checked()
    safety = "orker ikke mere" in text
    state, out = run([(text, tag(text, sheet="hope", safety=safety))], state)
    assert state.get("awaiting") == "stop_offer", (text, texts(out[-1]))
    assert not state["items"], state["items"]


def test_a_feeling_named_with_the_yes_is_met_kindly():
    state = _checked()
    state, out = run(["ja, jeg er træt"], state)
    assert DA["stop_check_feeling"] in texts(out[-1])
    state = _checked()
    state, out = run(["ja"], state)
    assert DA["stop_check_feeling"] not in texts(out[-1])


def test_a_yes_with_a_disclosure_to_the_stop_check_still_gets_the_safety_answer():
    state = _checked()
    text = "ja jeg orker ikke mere at leve"
    state, out = run([(text, tag(text, safety=True))], state)
    assert state.get("awaiting") == "safety_choice", texts(out[-1])


@pytest.mark.parametrize("text", ["nej det er fint", "nej, det går", "jeg vil gerne fortsætte", "vi kan godt fortsætte",
                                  "nej, men det er svært", "det går nok", "nej tak, jeg kan sagtens"])
def test_words_about_going_on_are_no_answer(text):
    state = _checked()
    state, out = run([(text, tag(text, sheet="hope"))], state)
    assert state["step"] == "hopes1" and not state["items"], (text, texts(out[-1]))
    assert DA["go_on"] in texts(out[-1])


def test_an_answer_after_the_no_is_kept():
    state = _checked()
    state, out = run(["nej, jeg drømmer om en lejlighed med have"], state)
    assert state["items"] and "lejlighed" in state["items"][0]["quote"], texts(out[-1])


def test_a_score_after_the_no_is_kept():
    state = at_score()
    state, out = run(["stop, det er for meget"], state)
    assert state["awaiting"] == "stop_check"
    state, out = run(["nej, 3"], state)
    assert [sc["score"] for sc in state["scores"]] == [3], state["scores"]


@pytest.mark.parametrize("text", ["måske", "ved ikke"])
def test_a_maybe_asks_the_check_once_more_and_then_the_question(text):
    state = _checked()
    state, out = run([text], state)
    assert state["awaiting"] == "stop_check" and texts(out[-1]) == DA["stop_check_again"], texts(out[-1])
    state, out = run([text], state)
    assert state["awaiting"] != "stop_check" and state["step"] == "hopes1" and "?" in texts(out[-1]), texts(out[-1])
    assert not state["items"]


@pytest.mark.parametrize("text", ["jeg fortsætter lidt senere", "vi tager resten senere", "resten senere", "måske senere",
                                  "senere tak", "jeg svarer senere", "jeg kommer tilbage senere i dag", "er tilbage om 5 min",
                                  "kommer tilbage om 10 min", "jeg skal til lægen nu, kommer tilbage", "kan vi tage resten senere?",
                                  # of the same kind
                                  "vi tager resten i morgen", "jeg skriver videre i aften", "okay senere", "resten en anden dag",
                                  "skal lige hente min datter, er tilbage om et kvarter", "back in 5"])
def test_the_chat_put_off_is_a_pause(text):
    assert is_pause(text), text
    state = at_step("hopes1")
    state, out = run([(text, tag(text, sheet="hope"))], state)
    assert state.get("paused") and not state["items"], (text, texts(out[-1]))


@pytest.mark.parametrize("text", ["Jeg vil gerne have et job senere", "Det kan ikke ses på mig", "Jeg håber at jeg kommer tilbage",
                                  "I need to go back to school", "min mor kommer tilbage i aften", "senere vil jeg gerne have en hund",
                                  "hun kommer tilbage om en time", "jeg vil gerne tage en uddannelse senere"])
def test_later_in_an_answer_is_no_pause(text):
    assert not is_pause(text), text


@pytest.mark.parametrize("text", ["jeg vil gerne blive bedre til engelsk", "tage HF med engelsk på A-niveau",
                                  "jeg vil gerne læse en uddannelse på engelsk", "jeg læser bøger på engelsk"])
def test_english_as_a_subject_is_no_request(text):
    assert not wants_english(text), text


def test_english_as_a_subject_is_kept_as_the_answer():
    state = at_step("hopes1")
    text = "jeg vil gerne blive bedre til engelsk"
    state, out = run([(text, tag(text, talk_type="change", sheet="hope"))], state)
    assert state["language"] == "da" and state["items"], texts(out[-1])


@pytest.mark.parametrize("text", ["engelsk tak", "på engelsk tak", "can you write in English please", "kan vi tale engelsk"])
def test_english_asked_for_is_still_a_request(text):
    assert wants_english(text), text


@pytest.mark.parametrize("text,name", [("kan Ali komme med?", "Ali"), ("skal Ole med?", "Ole"),
                                       ("må min mor også komme med?", "din mor"), ("Kan min søster Lone komme med", "din søster Lone")])
def test_asking_whether_someone_may_come_is_a_yes(text, name):
    state = at_step("meeting1")
    state, out = run([text], state)
    assert state["preferences"]["relatives_attend"] is True, texts(out[-1])
    assert DA["relative_asked_yes"].format(name=name) in texts(out[-1]), texts(out[-1])


@pytest.mark.parametrize("text,kept", [("ja min ven og min hund", "ven"), ("nej min pige er syg", "pige"),
                                       ("ja, skat og gælden", "skat"), ("ja, lille skat er i fængsel", "skat"),
                                       ("ja min ven Karim", "Karim")])
def test_a_person_or_thing_after_the_yes_is_the_answer_not_an_address(text, kept):
    state = at_step("parking")
    state, out = run([(text, tag(text, sheet="parking"))], state)
    assert any(kept in (i.get("quote") or "") for i in state["items"]), (text, state["items"])


def test_an_address_to_the_bot_is_still_left_out():
    state = at_step("parking")
    text = "nej skat, det er der ikke"
    state, out = run([(text, tag(text))], state)
    assert not any("skat" in (i.get("quote") or "").lower() for i in state["items"]), state["items"]


@pytest.mark.parametrize("text,kept", [
    ("ja. jeg har hovedpine hver dag efter ulykken og det fylder meget", "hovedpine"),
    ("ja, men det går langsomt med at gå efter min operation", "operation"),
    ("Ja. Min søn har vist mig, hvordan man skriver. Jeg drømmer om at flytte", "flytte"),
    ("Ja. Jeg drømmer om at flytte", "flytte"),
    ("ja. vi prøver at finde et nyt værksted til ham", "værksted"),
])
def test_what_is_said_with_the_consent_is_kept(text, kept):
    state, _ = run(["/start"])
    state, out = run([(text, tag(text, talk_type="change", sheet="hope"))], state)
    assert any(kept in (i.get("quote") or "") for i in state["items"]), (text, state["items"])


def test_only_the_pace_said_with_the_consent_is_heard_not_kept():
    for text in ("ja, jeg skriver lidt langsomt", "ja men jeg har hovedpine i dag"):
        state, out = run(["/start"])
        state, out = run([(text, tag(text, sheet="hope"))], state)
        assert not state["items"] and DA["consent_pace"] in texts(out[-1]), (text, texts(out[-1]))
