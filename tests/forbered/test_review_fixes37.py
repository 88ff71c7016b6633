"""The bot's wording: hobby words beside Danish keep a Danish chat Danish, "i need …" is English said back as written,
a bare "when" ("på sigt") is no wish and a leading one goes last, "tit, når …" is a joy said with how often, a pronoun
object stays before the moved adverb, a relative's "sine" has the person as its subject, and a joy ahead is looked
forward to."""

from __future__ import annotations

import pytest
from dialogue_helpers import at_step, run, tag, texts

from forbered import reflect
from forbered.dialogue import intents as it
from forbered.dialogue.moves import render_item


def _out(text: str, category: str, step: str, speaker: str = "citizen") -> dict[str, str]:
    return render_item(text, category, step, speaker, "", "da")


@pytest.mark.parametrize("text", ["painting og swimming", "music og tegning", "dogs og heste"])
def test_hobby_words_beside_a_danish_word_stay_danish(text: str) -> None:
    assert not it.looks_english(text)


def test_hobby_words_in_an_english_sentence_are_still_english() -> None:
    assert it.looks_english("reading and my dogs")


@pytest.mark.parametrize("text", ["i need a job in a bakery", "i wish a car"])
def test_an_english_i_opener_in_a_danish_chat_is_said_back_as_written(text: str) -> None:
    out = _out(text, "hope", "hopes1")
    assert out["you"] == f"Du skrev: »{text}«." and "drømmer" not in out["you"]


@pytest.mark.parametrize("text", ["i fremtiden", "på længere sigt", "Senere."])
def test_a_bare_when_is_no_answer(text: str) -> None:
    assert it.is_bare_yes(text)


def test_a_when_with_a_wish_is_an_answer() -> None:
    assert not it.is_bare_yes("på sigt en hund")


@pytest.mark.parametrize("text, want", [
    ("på længere sigt en lille have", "Du drømmer om en lille have på længere sigt."),
    ("i fremtiden en kæreste", "Du drømmer om en kæreste i fremtiden."),
    ("om et par år at tage kørekort", "Du drømmer om at tage kørekort om et par år."),
])
def test_a_leading_when_goes_after_the_wish(text: str, want: str) -> None:
    assert _out(text, "hope", "hopes1")["you"] == want


def test_a_bare_when_is_never_framed_as_a_dream() -> None:
    assert "drømmer om" not in _out("på et tidspunkt", "hope", "hopes1")["you"]


def test_a_hedged_when_to_the_work_question_is_a_hedged_yes() -> None:
    assert _out("måske på længere sigt", "employment", "work")["you"] == "Du vil måske gerne arbejde på længere sigt."


@pytest.mark.parametrize("text, want", [
    ("ofte, når jeg spiller skak", "Det giver dig ofte glæde, når du spiller skak."),
    ("altid når min datter ringer", "Det giver dig altid glæde, når din datter ringer."),
    ("tit, min nabos kat", "Din nabos kat giver dig tit glæde."),
])
def test_how_often_before_a_joy_goes_with_the_verb(text: str, want: str) -> None:
    assert _out(text, "resource", "resources2")["you"] == want


@pytest.mark.parametrize("text, want", [
    ("heldigvis min søster besøger mig", "min søster besøger mig heldigvis"),
    ("måske min kontaktperson ringer dig op", "min kontaktperson ringer dig måske op"),
    ("nok det går fint", "det går nok fint"),
    ("faktisk min bror kom forbi", "min bror kom faktisk forbi"),
])
def test_an_adverb_after_the_verb_leaves_a_pronoun_object_first(text: str, want: str) -> None:
    assert reflect.adverb_after_verb(text) == want


def test_a_relatives_sine_alone_has_the_person_as_its_subject() -> None:
    you = _out("sine heste", "resource", "resources1", "relative")["you"]
    assert you == "Hun eller han holder meget af sine heste."
    assert "eller hans" not in you


def test_a_relatives_sine_after_a_sentence_about_him_is_his() -> None:
    text = _out("Han elsker sin have. Sine høns også", "resource", "resources2", "relative")["text"]
    assert "Hans høns" in text and "eller" not in text


def test_a_joy_ahead_is_looked_forward_to() -> None:
    state = at_step("resources2")
    said = "på lørdag kommer mit barnebarn"
    _, out = run([(said, tag(said, sheet="resources"))], state)
    reply = texts(out[-1])
    assert ("ser frem til" in reply or "glæder du dig til" in reply) and "energi" not in reply


def test_a_long_echo_is_never_split_into_a_that_clause_of_its_own() -> None:
    from forbered.dialogue.moves import _short_sentences

    said = "Det fylder meget for dig, at din datter er flyttet langt væk til Aalborg i sommer, og hun aldrig ringer hjem."
    assert "Hun aldrig ringer" not in _short_sentences(said)


@pytest.mark.parametrize("said", [
    "Du er ked af, at du ikke ved, om der kommer en plads til dig på værkstedet efter sommerferien.",
    "Du er nervøs for dit nye job på plejehjemmet fordi der arbejder mange mennesker, du ikke kender.",
])
def test_a_long_echo_is_never_cut_after_om_or_fordi(said: str) -> None:
    from forbered.dialogue.moves import _short_sentences

    out = _short_sentences(said)
    assert out.rstrip(".").split()[-1] not in ("om", "fordi")


@pytest.mark.parametrize("text, category, step, want", [
    ("i stand til at klare mig selv", "hope", "hopes2", "Så ville du være i stand til at klare dig selv."),
    ("i gang med en læreplads", "hope", "hopes1", "Du drømmer om at være i gang med en læreplads."),
])
def test_a_state_after_i_is_a_state_to_be_in(text: str, category: str, step: str, want: str) -> None:
    assert _out(text, category, step)["you"] == want


@pytest.mark.parametrize("text, speaker, want", [
    ("strikning også", "citizen", "Strikning giver dig også glæde."),
    ("hendes køkkenhave også", "relative", "Hendes køkkenhave giver hende også glæde."),
    ("hendes have", "relative", "Hendes have giver hende glæde."),
])
def test_a_trailing_ogsaa_goes_after_the_verb_and_hendes_is_hers(text: str, speaker: str, want: str) -> None:
    assert _out(text, "resource", "resources2", speaker)["you"] == want


def test_meget_to_the_work_question_is_very_much_so() -> None:
    assert _out("Meget.", "employment", "work")["you"] == "Du vil meget gerne arbejde."
