"""Two things named as the subject of a joy ("Min hund og min nabo giver mig glæde") are the citizen's own sentence:
said back and listed once, never framed again ("… giver dig glæde giver dig glæde")."""
from __future__ import annotations

import pytest
from dialogue_helpers import run, tag, texts

from forbered.dialogue.moves import has_subject


@pytest.mark.parametrize("text", [
    "Min hund og min nabo giver mig glæde",
    "musik og tegning giver mig glæde",
    "Min kat og min have betyder meget for mig",
    "min søster og hendes mand hjælper mig",
])
def test_two_things_then_a_verb_have_a_subject(text: str) -> None:
    assert has_subject(text)


@pytest.mark.parametrize("text", ["hund og kat", "at gå og spise med min søster", "kaffe og kage om søndagen"])
def test_a_pair_of_things_without_a_verb_is_no_sentence(text: str) -> None:
    assert not has_subject(text)


def test_a_joy_with_two_subjects_is_not_framed_twice() -> None:
    state, _ = run(["/start", "ja", "Jeg er god til at strikke"])
    line = "Min kat og min have giver mig glæde"
    state, out = run([(line, tag(line, "change", "desire", sheet="resource"))], state)
    said = texts(out[-1])
    assert said.count("glæde") == 1 and "Din kat og din have giver dig glæde." in said
    quotes = [i["text"] for i in state["items"] if i.get("category") == "resource"]
    assert not any(q.count("glæde") > 1 for q in quotes), quotes
