"""Round 40: the chat's language. A language request said with the consent keeps the consent ("I speak only English.
Yes, that is fine"); "english is better for me", "a little English" are requests; a sentence about the language ("dansk
igen.") is never a point; Turkish, German, Tigrinya get the interpreter answer in Danish and in English; learner English
is repaired in the echo ("she cook" -> "she cooks", "want find" -> "want to find", "a old" -> "an old")."""

from dialogue_helpers import at_step, run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue.moves import repair_echo_en


def test_english_request_and_yes_in_one_message_give_the_consent():
    state, out = run(["/start", "Hi, I speak only English. Yes, that is fine"])
    assert state["language"] == "en" and state["consent"], texts(out[-1])
    assert "What are you good at?" in texts(out[-1]), texts(out[-1])


def test_english_is_easier_is_a_request_with_the_yes():
    state, out = run(["/start", "Ja det er ok, but english is better for me"])
    assert state["language"] == "en" and state["consent"], texts(out[-1])
    assert "Hvad" not in texts(out[-1]), texts(out[-1])


def test_a_little_english_switches_at_the_consent():
    state, out = run(["/start", "I only know a little English"])
    assert state["language"] == "en", texts(out[-1])
    assert "Is that okay?" in texts(out[-1]), texts(out[-1])


def test_other_languages_get_the_interpreter_in_both_languages():
    for line in ("Türkçe konuşabilir misiniz?", "Sprechen Sie Deutsch? Ich spreche kein Dänisch", "ሰላም ከመይ ኣለኹም",
                 "Czy mogę pisać po polsku?"):
        assert it.other_language(line), line
        state, out = run(["/start", line])
        said = texts(out[-1])
        assert "tolk" in said and "interpreter" in said, (line, said)
        assert not state["consent"]


def test_a_sentence_about_the_language_is_no_point():
    state = at_step("resources2")
    a = "ok. dansk igen tak. Jeg elsker min have"
    state, out = run([(a, tag(a, sheet="resource"))], state)
    quotes = " ".join(i.get("quote", "") for i in state["items"])
    assert "dansk igen" not in quotes and "have" in quotes, state["items"]
    assert "dansk igen" not in texts(out[-1]), texts(out[-1])


def test_english_request_with_an_answer_keeps_the_answer():
    state = at_step("resources1")
    a = "my danish is not so good. I am good at painting"
    state, out = run([(a, tag(a, sheet="resource"))], state)
    assert state["language"] == "en", texts(out[-1])
    assert any("painting" in i.get("quote", "") and "danish" not in i.get("quote", "") for i in state["items"]), state["items"]
    assert "You are good at painting" in texts(out[-1]) and "Danish" not in texts(out[-1]), texts(out[-1])


def test_learner_english_is_repaired():
    assert repair_echo_en("She cook for all the family") == "She cooks for all the family"
    assert repair_echo_en("You want find a flat in odense") == "You want to find a flat in Odense"
    assert repair_echo_en("He has a old bike") == "He has an old bike"
    assert repair_echo_en("You are good at baking and draw") == "You are good at baking and drawing"
    assert repair_echo_en("Your goal is walk every day") == "Your goal is to walk every day"
    assert repair_echo_en("He goes to school") == "He goes to school"


def test_a_sorry_before_the_answer_is_no_part_of_it():
    state, _ = run(["/start", "yes"], language="en")
    for _ in range(4):
        state, _ = run(["skip"], state)
    assert state["step"] == "work", state["step"]
    a = "Oops. No, my hip is too bad for that"
    state, out = run([(a, tag(a, "sustain", sheet="employment"))], state)
    assert "oops" not in texts(out[-1]).lower(), texts(out[-1])
