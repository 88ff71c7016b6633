"""The engine: corrections inside a dash aside and at the confirm step, a bare pronoun, an early work wish, an English
fear after a wish, who comes to the meeting corrected under the summary, and things enjoyed under strengths."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue.engine import _dash_correction


def _quotes(state, cat):
    return " ".join(i["quote"] + " " + i["text"] for i in live(state, cat)).lower()


def test_dash_correction_keeps_only_what_was_meant():
    assert _dash_correction("Min kanin — undskyld — mit marsvin Bobo.") == "Mit marsvin Bobo."
    assert _dash_correction("Han er god til at svømme – nej, til at dykke.") == "Han er god til at dykke."
    assert _dash_correction("Jeg er god til at strikke - sorry - hækle") == "Jeg er god til at hækle"
    # an aside or a list is no correction
    assert _dash_correction("Jeg er god til — når jeg er udhvilet — at cykle") is None
    assert _dash_correction("male - synge") is None


def test_dash_correction_reaches_the_sheet_without_the_word_taken_back():
    state = at_step("resources2")
    said = "Min kanin — undskyld — mit marsvin Bobo. Og at lytte til podcasts."
    state, out = run([(said, tag(said, sheet="resource"))], state)
    assert "kanin" not in _quotes(state, "resource")
    assert "marsvin" in _quotes(state, "resource")
    assert "kanin" not in texts(out[-1]).lower()


def _at_summary():
    state = at_step("resources1")
    said = "Jeg er god til at fodre min kanin Trofast."
    state, _ = run([(said, tag(said, sheet="resource"))], state)
    for _ in range(15):
        if state["step"] == "summary":
            return state
        state, _ = run(["nej" if state["step"] in ("meeting1", "parking") else
                        "neutral" if state["step"] == "meeting2" else "ved ikke"], state)
    raise AssertionError(state["step"])


def test_name_corrected_at_the_confirm_step_after_a_bare_no():
    state = _at_summary()
    said = "Nej. Trofine ikke Trofast"
    state, out = run([(said, tag(said))], state)
    quotes = _quotes(state, "resource")
    assert "trofine" in quotes
    assert "trofast" not in " ".join(i["text"] for i in live(state, "resource")).lower()
    assert not [i for i in live(state, "resource") if i["text"].lower().startswith("trofine ikke")]


def test_a_bare_pronoun_is_no_point():
    state = at_step("resources1")
    state, out = run([("mig", tag("mig", sheet="resource"))], state)
    assert not live(state, "resource")
    assert "til dig" not in texts(out[-1])
    assert texts(out[-1]).endswith("?")


def test_early_work_wish_moves_to_the_work_wishes():
    state = at_step("hopes1")
    wish = "Jeg vil gerne have et job i en dyrehandel."
    state, _ = run([(wish, tag(wish, "change", "desire", sheet="hope"))], state)
    why = "Så ville jeg have noget at stå op til."
    state, _ = run([(why, tag(why, "change", sheet="hope"))], state)
    assert state["step"] == "work"
    assert "dyrehandel" in _quotes(state, "employment")
    assert "dyrehandel" not in _quotes(state, "hope")


def test_english_fear_after_a_wish_is_parked():
    state = at_step("hopes1", language="en")
    wish = "I hope to get a dog."
    state, _ = run([(wish, tag(wish, "change", "desire", sheet="hope"))], state)
    fear = "But I am afraid the landlord will not allow it."
    state, out = run([(fear, tag(fear, "change", sheet="hope"))], state)
    assert "landlord" in _quotes(state, "parking")
    assert "landlord" not in _quotes(state, "hope")


def test_relative_corrects_who_comes_under_the_summary():
    state, _ = run(["/start", ("Ja, jeg er pårørende. Jeg er hendes moster.", None)], role="relative")
    for _ in range(15):
        if state["step"] == "meeting1":
            break
        state, _ = run(["ved ikke"], state)
    for said in ("Ja, hendes mor kommer med", "neutral"):
        state, _ = run([(said, tag(said, speaker="relative"))], state)
    assert state["step"] == "summary"
    said = "nej, det er hendes far, ikke hendes mor, der kommer med"
    state, out = run([(said, tag(said, speaker="relative"))], state)
    assert state["preferences"]["relatives_attend"] is True
    assert "Hendes far kommer med til mødet." in texts(out[-1])
    assert "Hendes mor kommer med" not in texts(out[-1])


def test_something_enjoyed_is_not_praised_as_a_skill():
    state = at_step("resources1")
    said = "se serier og drikke kakao"
    state, out = run([(said, tag(said, sheet="resource"))], state)
    assert "god til" not in texts(out[-1])
    assert "serier" in _quotes(state, "resource")


def test_lower_case_correction_at_the_confirm_step():
    state = _at_summary()
    said = "nej. trofine ikke trofast"
    state, out = run([(said, tag(said))], state)
    texts_now = " ".join(i["text"] for i in live(state, "resource"))
    assert "Trofine" in texts_now and "Trofast" not in texts_now
    assert not [i for i in live(state, "resource") if i["text"].lower().startswith("trofine ikke")]


def test_a_possessive_changed_in_the_dash_correction():
    assert _dash_correction("Hendes gamle cykel – nej undskyld – hendes nye løbehjul") == "Hendes nye løbehjul"
