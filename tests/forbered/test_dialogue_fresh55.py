"""Dialogue: who types, said after the yes; a retirement under the hopes questions; "det har jeg sagt til …" told to
someone else; an aside between two dashes."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.sheet import build_sheet


def _at_resources():
    state, _ = run(["/start", "ja"])
    assert state["step"] == "resources1" and state["written_by"] == "citizen"
    return state


# --- who types, said at the first question ------------------------------------------------------------------------

def test_whose_kin_types_after_the_yes_switches_to_a_relative():
    state = _at_resources()
    text = "Her er det hendes søn, som skriver."
    state, (r,) = run([(text, tag(text, sheet="resource"))], state)
    assert state["written_by"] == "relative" and state["third"] == "hun"
    assert state["step"] == "resources1" and not live(state, "resource")
    assert "Hvad er hun god til?" in texts(r) and "søn" not in texts(r)


def test_whose_kin_types_with_an_answer_keeps_only_the_answer():
    state = _at_resources()
    text = "Det er hans datter, der skriver. Han er god til at spille kort"
    state, (r,) = run([(text, tag(text, sheet="resource"))], state)
    assert state["written_by"] == "relative" and state["third"] == "han"
    assert [i["quote"] for i in live(state, "resource")] == ["Han er god til at spille kort"]
    assert "datter" not in texts(r)


def test_own_kin_typing_keeps_the_citizens_voice_and_no_strength():
    state = _at_resources()
    text = "Det er min søster der taster for mig"
    state, (r,) = run([(text, tag(text, sheet="resource"))], state)
    assert state["written_by"] == "citizen" and not state.get("third")
    assert not live(state, "resource") and state["step"] == "resources1"


def test_a_kin_in_an_answer_is_still_the_citizens_strength():
    state = _at_resources()
    text = "Jeg er god til at passe min søsters hund"
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    assert state["written_by"] == "citizen" and live(state, "resource")


def test_whose_kin_with_a_comma_at_the_consent_question_is_a_relative():
    state, (_, r) = run(["/start", "Ja, det er hendes bror, der skriver."])
    assert state["written_by"] == "relative" and "Hvad er hun god til?" in texts(r)


# --- a retirement under the hopes questions -----------------------------------------------------------------------

def test_retirement_under_hopes_is_no_hope():
    state = at_step("hopes1")
    text = "Jeg gik på pension for to år siden"
    state, (r,) = run([(text, tag(text, "change", "desire", sheet="hope"))], state)
    assert not live(state, "hope") and [i["quote"] for i in live(state, "employment")] == [text]
    assert "betyder meget" not in texts(r) and "forskel" not in texts(r)
    state, (r,) = run(["ved ikke"], state)
    assert "hvis det lykkedes" not in texts(r)


def test_retirement_beside_a_wish_under_hopes_keeps_only_the_wish_as_a_hope():
    state = at_step("hopes1")
    text = "Jeg er gået på pension, så nu vil jeg gerne male mere"
    state, _ = run([(text, tag(text, "change", "desire", sheet="hope",
                               clauses=[("Jeg er gået på pension", "change", "hope"),
                                        ("så nu vil jeg gerne male mere", "change", "hope")]))], state)
    assert not [i for i in live(state, "hope") if "pension" in i["quote"]]
    assert any("male" in i["quote"] for i in live(state, "hope"))


# --- "det har jeg sagt til …" ---------------------------------------------------------------------------------------

def test_told_to_someone_else_is_not_already_said():
    state = at_step("parking")
    text = "Det har jeg også sagt til min bostøtte"
    state, (r,) = run([(text, tag(text, sheet="parking"))], state)
    assert "har du fortalt" not in texts(r) and state["step"] == "parking"
    assert not live(state, "parking")


def test_told_to_someone_else_after_a_listening_turn_asks_the_next_question():
    state = at_step("hopes1")
    wish = "Jeg vil rigtig gerne have min egen lejlighed en dag"
    state, _ = run([(wish, tag(wish, "change", "desire", sheet="hope"))], state)
    assert state["awaiting"] == "more"
    text = "det har jeg fortalt til min sagsbehandler"
    state, (r,) = run([(text, tag(text, sheet="hope"))], state)
    assert "har du fortalt" not in texts(r) and len(live(state, "hope")) == 1
    assert state["step"] == "hopes2" and texts(r).rstrip().endswith("?")


def test_already_said_to_the_chat_is_still_acknowledged():
    state = at_step("resources2")
    state, (r,) = run(["det har jeg jo skrevet"], state)
    assert "har du fortalt" in texts(r)


# --- an aside between dashes ----------------------------------------------------------------------------------------

def test_dash_aside_is_kept_in_the_quote_and_read_whole():
    state = at_step("resources1")
    text = "Jeg er god til — hvis jeg får ro — at tegne dyr"
    state, (r,) = run([(text, tag(text, "change", "ability", sheet="resource"))], state)
    (item,) = live(state, "resource")
    assert item["quote"] == text
    assert "at tegne dyr, hvis du får ro" in texts(r)
    sheet = build_sheet(state, "t")
    assert sheet["resources"][0]["quote"] == text


def test_dash_aside_in_a_hope_moves_after_the_wish():
    state = at_step("hopes1")
    text = "Jeg drømmer om at kunne – en dag – cykle til stranden"
    state, (r,) = run([(text, tag(text, "change", "desire", sheet="hope"))], state)
    assert [i["quote"] for i in live(state, "hope")] == [text]
    assert "cykle til stranden" in texts(r) and "at kunne og" not in texts(r)


def test_dashes_between_points_are_still_a_list():
    state = at_step("resources1")
    text = "lave mad - vaske tøj - gå ture"
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    assert len(live(state, "resource")) >= 1 and "–" not in " ".join(i["quote"] for i in live(state, "resource"))
