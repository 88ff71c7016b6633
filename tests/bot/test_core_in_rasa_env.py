"""The core package as the Rasa environment runs it (Python 3.10, pydantic 1): the spaCy component can be added to a
pipeline, and the tagger, the dialogue and the coder work on a message - a pattern or an annotation that only the
newer environment accepts would otherwise fail every citizen message in the bot while the core tests stay green."""

import spacy

from forbered.dialogue import respond
from forbered.oars import Coder
from forbered.spacy_component import tagged
from forbered.tagger import Tagger


def test_the_spacy_component_runs_here():
    nlp = spacy.blank("da")
    nlp.add_pipe("forbered_tagger")
    doc = nlp("jeg vil gerne have et job")
    assert tagged(doc)["talk_type"] == "change"


def test_tagger_dialogue_and_coder_run_here():
    tagger = Tagger.load()
    text = "Jeg er træt af at vågne op hver morgen, og jeg vil gerne have en hund"
    tag = tagger.tag(text)
    assert tag.safety is True  # the tiredness of waking is read (the rule that once used 3.11-only syntax)
    state = respond(None, "/start", None, role="citizen").state
    turn = respond(state, "Ja, jeg skriver selv", tagger.tag("Ja, jeg skriver selv"), role="citizen")
    assert any(m.text for m in turn.messages)
    assert Coder.load().code("Hvad er vigtigt for dig?", "").code == "open_question"
