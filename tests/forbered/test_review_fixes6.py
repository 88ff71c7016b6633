"""Review round 6: a helper named in "sit together" mode is not the subject; adverbs after a named relative are no name;
a "nej" keeps no wish about the meeting itself; "som sagt" replies; a when-clause with its own main clause; English
"she looks forward to"; a wish's reason kept ("fordi så …", "Og han ville …")."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue.moves import _about_en


def test_a_helper_named_in_together_mode_does_not_make_the_helper_the_subject():
    state, _ = run(["/start", "/consent_together"])
    assert state["written_by"] == "together"
    state, out = run(["Hun er min kontaktperson og hun hjælper mig med at handle.", "Jeg kan godt lide musik."], state)
    assert state["written_by"] == "together"
    said = " ".join(texts(r) for r in out)
    assert "hende" not in said and "drømmer hun" not in said
    state, out = run(["/start", "Ja vi skriver sammen. Han er min pædagog."])
    assert state["written_by"] == "together"
    assert "Hvad er han god til" not in texts(out[-1])


def test_a_relative_telling_about_the_citizen_still_switches():
    state, _ = run(["/start", "/consent_together"])
    state, _ = run(["Hun er god til at synge."], state)
    assert state["written_by"] == "relative"


def test_an_adverb_after_a_named_relative_is_no_name():
    for word in ("selvfølgelig", "altid", "forhåbentlig", "ikke"):
        state = at_step("meeting1")
        _, out = run([f"Ja min mand {word}."], state)
        said = texts(out[-1])
        assert word.capitalize() not in said, said
    state = at_step("meeting1")
    _, out = run(["ja min kæreste mette"], state)
    assert "din kæreste Mette" in texts(out[-1])


def test_a_no_with_a_wish_about_the_meeting_is_no_hope():
    for answer in ("Nej, jeg vil gerne klare det selv.", "Nej. Jeg vil gerne have at det går hurtigt."):
        state = at_step("meeting1")
        state, _ = run([answer], state)
        assert live(state, "hope") == [], answer
    state = at_step("meeting1")
    state, _ = run(["nej, jeg vil også gerne have en hund"], state)
    assert [i["you"] for i in live(state, "hope")] == ["Du vil også gerne have en hund."]


def _resources():
    state = at_step("resources1")
    state, _ = run(["Jeg er god til at tegne. Og musik."], state)
    return state


def test_as_said_keeps_the_verb_and_says_the_rest_to_you():
    _, out = run(["ja som sagt at tegne"], _resources())
    said = texts(out[-1])
    assert "tegnen" not in said and "Du nævner at tegne igen." in said
    _, out = run(["Som sagt musik, især når jeg spiller guitar"], _resources())
    said = texts(out[-1])
    assert "når jeg spiller" not in said and "især når du spiller guitar" in said


def test_a_when_clause_with_its_own_main_clause_is_its_own_point():
    state = at_step("resources1")
    state, _ = run(["Jeg kan tegne. Hvis nogen er kede af det trøster jeg dem"], state)
    yous = [i["you"] for i in live(state, "resource")]
    assert "Du kan tegne." in yous
    assert "Hvis nogen er kede af det, trøster du dem." in yous


def test_english_relative_looks_forward():
    line = _about_en("That is something you look forward to.", "Her garden.", "relative", "hun")
    assert line == "That is something she looks forward to."
    assert _about_en("That gives you energy.", "He likes dogs.", "relative", None) == "That gives him energy."


def test_a_reason_with_fordi_sa_is_kept_with_the_wish():
    state = at_step("hopes1")
    text = "Jeg vil gerne bo selv, fordi så føler jeg mig ikke så glemt"
    state, out = run([(text, tag(text, "change", "desire", sheet="hope"))], state)
    assert "fordi så føler du dig ikke så glemt" in texts(out[-1])
    assert any("glemt" in i["you"] for i in live(state, "hope"))


def test_a_relatives_would_sentence_is_said_as_the_reason_of_the_wish():
    state = at_step("hopes2", role="relative")
    state["written_by"] = "relative"
    text = "Han vil gerne have et job. Og han ville have mere ro."
    state, out = run([text], state)
    said = texts(out[-1])
    assert "han ville have mere ro" in said and "du ville" not in said
    hope = [i for i in live(state, "hope") if "job" in i["quote"]]
    assert hope and "mere ro" in hope[0]["text"]
