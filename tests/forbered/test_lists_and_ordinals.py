"""Answers written as lists, and ordinals that are no sentence end ("på 2. sal")."""

from forbered.dialogue import respond
from forbered.dialogue.moves import render_item
from forbered.reflect import first_clause
from forbered.tagger import _split_clauses


def test_a_numbered_or_bulleted_message_is_cut_before_each_marker():
    assert _split_clauses("1. svømning 2. min hund 3. musik") == ["1. svømning", "2. min hund", "3. musik"]
    assert _split_clauses("- tegne - strikke - gå ture i skoven") == ["- tegne", "- strikke", "- gå ture i skoven"]
    assert _split_clauses("1) at bo selv 2) et job") == ["1) at bo selv", "2) et job"]


def test_an_ordinal_is_not_a_sentence_end():
    assert _split_clauses("jeg bor på 2. sal. Det er fint") == ["jeg bor på 2. sal.", "Det er fint"]
    assert _split_clauses("Jeg flyttede i 2023. Nu bor jeg godt") == ["Jeg flyttede i 2023.", "Nu bor jeg godt"]
    assert first_clause("jeg bor på 2. sal og vil gerne flytte") == "jeg bor på 2. sal og vil gerne flytte"


def test_list_items_become_points_without_their_markers():
    state = None
    for text in ["/start", "ja", "1. svømning 2. min hund 3. musik"]:
        state = respond(state, text, None).state
    quotes = [i["quote"] for i in state["items"]]
    assert quotes == ["svømning", "min hund", "musik"]
    state = respond(state, "- tegne\n- strikke", None).state
    assert [i["quote"] for i in state["items"]][3:] == ["tegne", "strikke"]


def test_a_thing_of_ones_own_is_not_a_skill():
    assert render_item("min hund", "resource", "resources1", "citizen", "NOUN", "da")["you"] == "Din hund betyder meget for dig."
    assert render_item("svømning", "resource", "resources1", "citizen", "NOUN", "da")["you"] == "Du er god til svømning."


def test_a_laugh_is_smiled_at_and_the_question_put_another_way():
    from forbered.dialogue import intents as it

    assert it.is_laughter("haha") and it.is_laughter("hehe 😂") and it.is_laughter("lol")
    assert not it.is_laughter("ha et job") and not it.is_laughter("hej")
    state = None
    for text in ["/start", "ja"]:
        state = respond(state, text, None).state
    r = respond(state, "haha", None)
    assert "Du er god til haha" not in " ".join(m.text for m in r.messages)
    assert r.messages[0].text.startswith("😊") and not r.state["items"] and r.state["step"] == "resources1"


def test_a_wish_said_as_a_condition_is_said_back_as_one():
    out = render_item("måske hvis jeg fik lov at bo for mig selv", "hope", "hopes1", "citizen", "", "da")
    assert out["you"] == "Måske hvis du fik lov at bo for dig selv."


def test_no_wish_for_work_is_heard_as_no_wish():
    from dialogue_helpers import run, texts

    state, out = run(["/start", "ja", "tegne", "musik", "ved ikke", "ved ikke", "jeg har ingen ønsker om arbejde"])
    assert "Det er vigtigt for dig" not in texts(out[-1]) and "ikke det, der fylder nu" in texts(out[-1])
    state, out = run(["/start", "ja", "tegne", "musik", "ved ikke", "ved ikke", "Jeg har ikke nogen mål. Det er deres mål."])
    assert "ikke det, der fylder nu" in texts(out[-1])


def test_having_no_wishes_is_a_sustain_cue():
    from forbered.tagger import rules
    from forbered.tagger.features import analyse

    assert "sustain" in rules.hits(analyse("jeg har ingen ønsker om arbejde").norm)
