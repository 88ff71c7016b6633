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
