"""The bot's wording: words that carry no answer ("tak", "også", "af og til") are never put in a frame, a fronted "how
often" keeps its clause whole, a sentence adverb before a noun subject goes after the verb, times and states after "i"
are no places, a bare "familie"/"børn" under "Hvad ville være anderledes?" is part of it, a relative's "sin"/"sine" never
starts a sentence, a body in the way of a wish is a doubt, and plain English words make an English message."""

from __future__ import annotations

import pytest
from dialogue_helpers import at_step, run, tag, texts

from forbered import reflect
from forbered.dialogue import intents as it
from forbered.dialogue.moves import is_verb_phrase, render_item


def _you(text: str, category: str, step: str, speaker: str = "citizen") -> str:
    return render_item(text, category, step, speaker, "", "da")["you"]


@pytest.mark.parametrize("text", ["Tak", "også", "af og til", "Ofte.", "tak, også", "en gang imellem", "nå tak"])
def test_words_with_no_answer_in_them_are_like_a_bare_yes(text: str) -> None:
    assert it.is_bare_yes(text)


@pytest.mark.parametrize("text", ["tak for kaffe og kage", "også at male", "ofte fodbold", "af og til min søster"])
def test_a_word_with_something_after_it_is_an_answer(text: str) -> None:
    assert not it.is_bare_yes(text)


@pytest.mark.parametrize("step", ["resources1", "resources2"])
def test_af_og_til_to_an_open_question_is_no_strength_or_joy(step: str) -> None:
    state = at_step(step)
    _, out = run([("af og til", tag("af og til", sheet="resources"))], state)
    said = texts(out[-1])
    assert "god til af og til" not in said.lower() and "giver dig glæde" not in said
    assert not [i for i in out[-1].state["items"] if "af og til" in i.get("quote", "").lower()]


@pytest.mark.parametrize("text, want", [
    ("4 gange om ugen svømmer jeg", "Jeg svømmer 4 gange om ugen"),
    ("1-2 gange om måneden maler jeg", "Jeg maler 1-2 gange om måneden"),
    ("En gang om ugen spiller jeg skak", "Jeg spiller skak en gang om ugen"),
])
def test_how_often_fronted_keeps_the_clause_whole(text: str, want: str) -> None:
    assert reflect.unfront(text) == want


def test_how_often_fronted_is_never_framed_as_a_strength() -> None:
    you = _you("5 gange om ugen cykler jeg til arbejde", "resource", "resources1")
    assert "god til" not in you and you == "Du cykler til arbejde 5 gange om ugen."


@pytest.mark.parametrize("text, want", [
    ("måske min søster er flyttet", "min søster er måske flyttet"),
    ("nok hun kommer i morgen", "hun kommer nok i morgen"),
    ("Desværre min far er syg", "Min far er desværre syg"),
    ("måske jeg er god til dyr", "måske jeg er god til dyr"),  # the hedge frames take "jeg" ("Du er måske god til …")
    ("bare min mor var her", "bare min mor var her"),
])
def test_an_adverb_before_a_noun_subject_goes_after_the_verb(text: str, want: str) -> None:
    assert reflect.adverb_after_verb(text) == want


def test_an_adverb_first_is_said_back_in_main_clause_order() -> None:
    assert _you("måske min bror bliver rask", "parking", "parking").startswith("Din bror bliver måske rask")


@pytest.mark.parametrize("text", ["i orden", "i morgen", "i aften", "i fremtiden"])
def test_a_time_or_a_state_after_i_is_no_place(text: str) -> None:
    for cat, step in (("hope", "hopes1"), ("hope", "hopes2"), ("employment", "work"), ("resource", "resources1")):
        you = _you(text, cat, step)
        assert "om noget i" not in you and "være i morgen" not in you and "ting i" not in you, (cat, you)


def test_a_real_place_after_i_is_still_a_place() -> None:
    assert _you("i en gartnerbutik", "employment", "work") == "Du vil gerne arbejde i en gartnerbutik."


@pytest.mark.parametrize("text", ["børnebørn", "familie"])
def test_a_bare_kin_noun_after_the_hopes_question_is_part_of_it(text: str) -> None:
    you = _you(text, "hope", "hopes2")
    assert "også om" not in you and you == f"Så ville {text} være en vigtig del af det."


def test_a_possessive_is_never_read_as_a_verb() -> None:
    assert not is_verb_phrase("sine oldebørn", "VERB")
    assert not is_verb_phrase("mine planter")
    assert is_verb_phrase("male billeder")


@pytest.mark.parametrize("text, noun", [("sine oldebørn", "oldebørn"), ("sit værksted", "værksted")])
def test_a_relatives_sine_alone_keeps_the_person_as_subject(text: str, noun: str) -> None:
    you = _you(text, "resource", "resources1", "relative")
    assert you == f"Hun eller han holder meget af {text}."
    assert "sin" not in you.lower().split()[0]


def test_a_relatives_glad_for_sine_keeps_no_stray_at() -> None:
    you = _you("hun er glad for sine katte og sin cykel", "resource", "resources2", "relative")
    assert "for at sine" not in you and "sine katte" in you


@pytest.mark.parametrize("text", ["jeg vil gerne cykle igen men mit knæ gør ondt",
                                  "jeg vil gerne have et job men min ryg er dårlig"])
def test_a_body_in_the_way_of_a_wish_is_a_doubt(text: str) -> None:
    assert reflect.wish_and_doubt(text) is not None


@pytest.mark.parametrize("text", ["i want to live by the sea", "drawing and my cats", "walking in the garden"])
def test_plain_english_words_make_an_english_message(text: str) -> None:
    assert it.looks_english(text)


@pytest.mark.parametrize("text", ["jeg vil gerne spille musik med mine venner", "min kat og gaming"])
def test_danish_with_a_loanword_stays_danish(text: str) -> None:
    assert not it.looks_english(text)


def test_a_long_echo_with_a_new_subject_is_two_short_sentences() -> None:
    you = _you("jeg er god til at reparere cykler og knallerter til mine venner og jeg hjælper også min nabo med at slå græs",
               "resource", "resources1")
    assert you == "Du er god til at reparere cykler og knallerter til dine venner. Du hjælper også din nabo med at slå græs."
    assert all(len(s.split()) <= 15 for s in you.split(". "))


def test_a_long_dream_keeps_its_gist_before_the_relative_clause() -> None:
    you = _you("en lille lejlighed i byen med en altan og en kat hvor jeg kan have ro og mine venner kan komme på besøg",
               "hope", "hopes1")
    assert you == "Du drømmer om en lille lejlighed i byen med en altan og en kat."


def test_a_short_echo_is_left_whole() -> None:
    assert _you("jeg er god til at bage og jeg strikker også", "resource", "resources1").count(".") == 1


@pytest.mark.parametrize("text, want", [("måske lidt", "Du vil måske gerne arbejde lidt."),
                                        ("En smule.", "Du vil gerne arbejde en smule.")])
def test_how_much_to_the_work_question_is_no_thing(text: str, want: str) -> None:
    assert _you(text, "employment", "work") == want


@pytest.mark.parametrize("text", ["painting and my dogs", "swimming with friends"])
def test_an_english_fragment_in_a_danish_chat_is_said_back_as_written(text: str) -> None:
    assert _you(text, "resource", "resources2") == f"Du skrev: »{text}«."
