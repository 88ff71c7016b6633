"""Review fixes: a name with an apostrophe genitive keeps its own s ("Johannes' mor"); "Ja tak, jeg er far til …" is a
relative; a "han"/"hun" right after an answer naming someone else corrects nothing; a worry after a question back
counts; a number that is no age is no aside; "skriv engelsk" after a Danish answer cue switches; "Jeg og hans far er
skilt" names no one who comes; "nej, det er det ikke helt" is a no; "…, og min kat" is a point of its own."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue import intents as it


def _after_consent(answer):
    state, out = run(["/start", answer])
    return state, texts(out[-1])


def test_an_apostrophe_genitive_keeps_the_names_own_s():
    for answer, want in (("Ja, jeg er Johannes' moster", "han"), ("Ja jeg er Elias' mormor", "han"),
                         ("Ja, jeg er Mattias' storesøster", "han")):
        state, said = _after_consent(answer)
        assert state["written_by"] == "relative" and state.get("third") == want, (answer, state.get("third"), said)
    for answer in ("Ja, jeg er Lines far", "Ja jeg er Annas bror"):  # the genitive s still stripped without an apostrophe
        state, said = _after_consent(answer)
        assert state.get("third") == "hun", (answer, state.get("third"), said)


def test_yes_thanks_then_kin_to_someone_named_is_a_relative():
    state, said = _after_consent("Ja tak, jeg er far til Oskar")
    assert state["written_by"] == "relative" and state.get("third") == "han", (state["written_by"], said)
    state, said = _after_consent("Ja tak. Jeg er Noras farmor")
    assert state["written_by"] == "relative" and state.get("third") == "hun", (state["written_by"], said)
    state, said = _after_consent("Ja tak")
    assert state["written_by"] == "citizen", said


def test_a_pronoun_right_after_someone_else_named_keeps_the_person():
    state, _ = _after_consent("Vi sidder sammen, mig og Viktor")
    state = at_step("resources2", state=state)
    for a in ("Hans kat Molly", "Hun elsker at ligge i solen"):
        state, out = run([(a, tag(a, sheet="resource"))], state)
    assert state.get("third") == "han", texts(out[-1])
    # the correction itself still works after an answer about the person
    state, _ = _after_consent("Ja, jeg er Kims faster")
    state = at_step("resources2", state=state)
    for a in ("At gå i svømmehallen", "Hun elsker også at bage boller"):
        state, out = run([(a, tag(a, sheet="resource"))], state)
    assert state.get("third") == "hun", texts(out[-1])


def test_a_worry_after_a_question_back_counts():
    for a in ("Hvad mener du med det? Jeg er meget alene om aftenen", "Hvordan mener du? Jeg har fået konstateret sklerose"):
        state = at_step("parking")
        state, out = run([(a, tag(a, sheet="parking"))], state)
        assert live(state, "parking"), (a, texts(out[-1]))
    state = at_step("parking")  # an age is still no worry
    a = "Hvad mener du med fylder? Jeg er 79 år"
    state, out = run([(a, tag(a, sheet="parking"))], state)
    assert state["step"] == "parking" and not live(state, "parking"), texts(out[-1])


def test_a_number_that_is_no_age_is_an_answer():
    state = at_step("resources2")
    a = "Hvad mener du? Jeg har 2 katte"
    state, out = run([(a, tag(a, sheet="resource"))], state)
    assert any("katte" in i["text"] for i in live(state, "resource")), texts(out[-1])


def test_write_english_after_a_danish_answer_cue_switches():
    assert it.wants_english("Jeg er ikke rigtig god til dansk, skriv engelsk")
    assert it.wants_english("Jeg er ikke god til dansk, skriv på engelsk")
    assert not it.wants_english("Jeg er god til engelsk og tysk")
    assert not it.wants_english("Jeg ser tit film på engelsk")


def test_the_writer_and_a_relative_told_about_is_no_one_coming():
    state, _ = _after_consent("Ja, jeg er hendes mor")
    state = at_step("meeting1", state=state)
    state, out = run(["Jeg og hendes far er gået fra hinanden"], state)
    assert state["preferences"]["relatives_attend"] is not True, texts(out[-1])
    assert "kommer med" not in texts(out[-1]), texts(out[-1])
    state, _ = _after_consent("Ja, jeg er hendes mor")
    state = at_step("meeting1", state=state)
    state, out = run(["Jeg og hendes storebror"], state)
    assert state["preferences"]["relatives_attend"] is True and "Du og hendes storebror" in texts(out[-1]), texts(out[-1])


def test_not_quite_right_at_the_summary_adds_no_point():
    state = at_step("summary")
    before = len(state["items"])
    state, out = run(["nej, det var det ikke helt"], state)
    assert len(state["items"]) == before and state["awaiting"] == "correction", texts(out[-1])


def test_and_my_pet_after_a_name_is_a_point_of_its_own():
    state = at_step("resources2")
    a = "Jeg hygger med Oscar, og min hund"
    t = tag(a, sheet="resource", clauses=[("Jeg hygger med Oscar,", "neutral", "resource"), ("og min hund", "neutral", "resource")])
    state, _ = run([(a, t)], state)
    assert len(live(state, "resource")) == 2, [i["text"] for i in live(state, "resource")]
