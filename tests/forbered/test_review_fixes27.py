"""Review fixes in the dialogue: the same score from the person and a relative is said as agreement, and a greeting
with a name at the strengths question is no strength, and a past strength with the loss said last ("…, men ikke
mere") is heard as a loss."""

from dialogue_helpers import at_score, run, talk


def _said(out):
    return " ".join(m.text for m in out[-1].messages)


def test_same_score_from_person_and_kin_is_said_as_agreement():
    state = at_score()
    state, out = run(["Min kæreste siger 2, og jeg siger også 2"], state)
    assert state["scores"][-1]["score"] == 2 and state["scores"][-1]["relative_score"] == 2
    said = _said(out)
    assert "begge 2" in said and "din kæreste siger 2" not in said


def test_different_scores_are_still_said_side_by_side():
    state = at_score()
    state, out = run(["Min kæreste siger 1, men jeg siger 3"], state)
    assert "din kæreste siger 1" in _said(out)


def test_same_score_in_english_is_said_as_agreement():
    state = at_score()
    state["language"] = "en"
    state, out = run(["my wife says 3 and I say 3"], state)
    assert "both say 3" in _said(out)


def test_greeting_with_a_name_is_no_strength():
    for first in ["Hej. Lone.", "hej, Karim her"]:
        state, _ = talk(["ja", first])
        quotes = " ".join(i.get("quote", "") for i in state["items"] if i.get("category") == "resource")
        assert "lone" not in quotes.lower() and "karim" not in quotes.lower(), (first, quotes)


def test_relative_and_person_with_the_same_score_agree():
    state = at_score()
    state["written_by"] = "relative"
    state, out = run(["Han siger selv 1, og jeg siger også 1"], state)
    assert state["scores"][-1]["score"] == 1 and state["scores"][-1]["relative_score"] == 1
    said = _said(out)
    assert "I siger begge 1" in said and "Han siger selv" not in said


def test_a_past_strength_with_the_loss_said_last_is_heard_as_a_loss():
    for answer, past in [("jeg var god til at sy, men ikke mere", "Du var god til at sy, og det kan du ikke mere"),
                         ("Jeg var god til at cykle, men nu ikke længere", "Du var god til at cykle, og det kan du ikke mere")]:
        _, bot = talk(["ja", answer], joined=True)
        assert past in bot[-1] and "en del af dig" not in bot[-1], (answer, bot[-1])


def test_a_past_strength_done_less_now_is_no_loss():
    # "men nu ikke så meget" is less than before: never "det kan du ikke mere"
    _, bot = talk(["ja", "Jeg var god til at cykle, men nu ikke så meget"], joined=True)
    assert "ikke så meget" in bot[-1] and "ikke mere" not in bot[-1] and "tab" not in bot[-1], bot[-1]


def test_a_past_strength_without_a_loss_is_still_part_of_you():
    _, bot = talk(["ja", "Jeg var god til at synge før"], joined=True)
    assert "en del af dig" in bot[-1] and "tab" not in bot[-1]
