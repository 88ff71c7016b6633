"""Dialogue patterns rewritten so that each part of a message can be read only one way (they used to split long
laughs, lists and runs of lead words in exponentially many ways). What they accept is unchanged; these pin it."""
import pytest

from forbered.dialogue import engine, intents, moves


@pytest.mark.parametrize(("text", "laugh"), [
    ("haha", True), ("hahahahahahahahahahahahahahahahaha", True), ("hehe!", True), ("lolll", True), ("xddd", True),
    ("😂😂", True), ("hahahehe", True), ("hahaaa", True), ("haha lol", True),
    ("hal", False), ("had", False), ("hej", False), ("hallo", False), ("ha" * 20 + "?", False), ("hahe" * 10 + "x", False),
])
def test_laughter(text: str, laugh: bool) -> None:
    assert intents.is_laughter(text) is laugh


@pytest.mark.parametrize(("text", "trades"), [
    ("pædagogmedhjælper", True), ("kok eller bager", True), ("sosu-hjælper eller sosu-assistent", True),
    ("tjener, helst på café", True), ("frisør og kok", True), ("noget med dyr", False),
    (", ".join(["pædagogmedhjælper"] * 8) + " x!", False),
])
def test_trade_lists(text: str, trades: bool) -> None:
    assert bool(moves._TRADE_LIST.match(text)) is trades


@pytest.mark.parametrize(("text", "lead"), [
    ("det er nok fordi jeg er træt", "det er nok fordi "), ("men fordi jeg vil", "men fordi "),
    ("det er nok " * 8 + "sådan", None),
])
def test_because_lead(text: str, lead: str | None) -> None:
    m = moves._BECAUSE.match(text)
    assert (m.group() if m else None) == lead


@pytest.mark.parametrize(("text", "own"), [
    ("min mor og min far", True), ("min mor, min far og min hund", True), ("Min hund Fido og min kat.", True),
    (" og ".join(["min mor", "min far", "min hund"] * 6) + " hjælper mig", False),
])
def test_own_things(text: str, own: bool) -> None:
    assert bool(engine._OWN_THINGS.match(text)) is own


def test_a_score_with_words_after_it_and_a_long_laugh_after_a_score() -> None:
    from dialogue_helpers import at_score, run

    state, _ = run(["3, det går fint nu"], at_score())
    assert [sc["score"] for sc in state["scores"]] == [3], state["scores"]
    state, _ = run(["2 " + "ha" * 30 + "?"], at_score())  # read at once (the words after a score were split n**6 ways)
    assert [sc["score"] for sc in state["scores"]] == [2], state["scores"]
