"""Round 46: a relative's "Skal jeg svare for ham?" gets a kind yes (answer as the person would, in their words); a list of
joys with names set off by commas keeps every item; "Mere ved jeg ikke" after an answer is no point of its own; a
relative's and the person's view of how a goal goes are one goal, said back side by side; "Hun sidder her, hun skriver
selv" hands over, and points said before keep "ham"/"hende"; "jeg går i 10. klasse, jeg vil være …" is said back whole;
"could we … in English?" switches, "It is simpler for me" is no hope; "yes my aunt" is named in English; a sad face to
the relative question is met gently and the question asked again."""

from dialogue_helpers import real_tagger, run, texts

from forbered.dialogue import intents as it
from forbered.dialogue import moves, respond


def _talk(turns, state=None, role="citizen", language=None):
    """Replay turns with the trained tagger (its clause split), as the chat does."""
    out = []
    for text in turns:
        r = respond(state, text, None if text.startswith("/") else real_tagger().tag(text, role), role=role, language=language)
        state = r.state
        out.append(r)
    return state, out


def _items(state, cat=None):
    return [i for i in state["items"] if not i.get("withdrawn") and (cat is None or i.get("category") == cat)]


# ---- answering for the person ------------------------------------------------------------------

def test_answer_for_him_gets_a_kind_yes_and_the_question_again():
    state, out = _talk(["/start", "Ja, jeg er hans søster", "Må jeg svare for ham? Han er til håndbold lige nu."], role="relative")
    said = texts(out[-1])
    assert "Ja, gerne" in said and "han ville svare" in said and "hans egne ord" in said
    assert "mødet" not in said
    assert state["step"] == "resources1"  # the question is not answered by where he is
    assert not [i for i in _items(state) if "håndbold" in i.get("quote", "")]


def test_answer_for_her_with_the_answer_after_it_keeps_the_answer():
    state, out = _talk(["/start", "Ja, jeg er pårørende", "Kan jeg svare på hendes vegne? Hun er dygtig til at strikke."],
                       role="relative")
    said = texts(out[-1])
    assert "Ja, gerne" in said and "hun ville svare" in said
    assert any("strikke" in i.get("quote", "") for i in _items(state, "resource"))


def test_answer_for_in_english_and_what_is_no_such_question():
    assert it.answer_for("Should I answer for him? He is at work.")[2] == "han"
    assert it.answer_for("Er det okay at jeg skriver for min bror")[2] == "han"
    assert it.answer_for("Må jeg svare for min mormor? Hun hører dårligt.")[2] == "hun"
    assert it.answer_for("Skal jeg svare på det?") is None
    assert it.answer_for("Må jeg skrive på engelsk?") is None
    state, out = run(["/start", "yes", "Can I help her answer?"], role="relative", language="en")
    assert "Yes, please do" in texts(out[-1])


# ---- lists with names in apposition --------------------------------------------------------------

def test_names_in_apposition_keep_every_joy():
    rel = moves.render_item("Hendes farbror, Jens, og hendes cykel og vores kanin", "resource", "resources2", "relative", "", "da")
    for word in ("Jens", "cykel", "kanin"):
        assert word in rel["text"] and word in rel["you"]
    own = moves.render_item("Min veninde, Sara, og min guitar, Gibson, og svømning", "resource", "resources2", "citizen", "", "da")
    for word in ("Sara", "guitar", "Gibson", "svømning"):
        assert word in own["you"]


def test_names_in_apposition_on_the_sheet():
    state, _ = _talk(["/start", "Ja, jeg er hans mor", "Han er god til at lave mad", "Hans onkel, Bent, og hans knallert og vores høns"],
                     role="relative")
    joys = " ".join(i["text"] for i in _items(state, "resource"))
    for word in ("Bent", "knallert", "høns"):
        assert word in joys


# ---- a close after the answer ---------------------------------------------------------------------

def test_more_i_do_not_know_is_no_point_of_its_own():
    state, _ = _talk(["/start", "Ja, jeg er hans far", "Han er god til at svømme", "Hans cykel",
                      "Han vil gerne have en kæreste. Mere ved jeg ikke."], role="relative")
    texts_on_sheet = [i["text"] for i in _items(state) if i.get("category")]
    assert any("kæreste" in t for t in texts_on_sheet)
    assert not any("ved" in t.lower().split() for t in texts_on_sheet)
    state, _ = _talk(["/start", "ja", "Jeg er god til at male. Det er vist det."])
    assert [i["text"] for i in _items(state) if i.get("category")] == ["Jeg er god til at male."]


# ---- two views of one goal -------------------------------------------------------------------------

def _to(step, first, role="citizen", language=None, filler="ved ikke"):
    state, _ = _talk(["/start", *first], role=role, language=language)
    for _ in range(12):
        if state["step"] == step:
            return state
        state, _ = run([filler], state)
    raise AssertionError(state["step"])


def _to_goals(first, role):
    return _to("goal1", [first] if first.startswith("Ja") else [first, "yes"], role)


def test_relative_and_person_disagree_one_goal_both_views():
    state = _to_goals("Ja, jeg er hendes far", "relative")
    state, out = _talk(["Målet er at hun selv rydder op på værelset. Hun siger det går fint, jeg synes det går trægt."], state,
                       role="relative")
    goals = _items(state, "goal_progress")
    assert len(goals) == 1
    assert "trægt" in goals[0]["text"] and "fint" in goals[0]["text"]
    assert "Hun siger, det går fint, og du synes, det går trægt." in texts(out[-1])


def test_a_teachers_view_and_the_citizens_in_english():
    state = _to_goals("Hi, could we talk in English?", "citizen")
    assert state["language"] == "en"
    state, out = _talk(["My goal is to walk the dog every day. My sister says it goes fine, I think it is slow"], state)
    goals = _items(state, "goal_progress")
    assert len(goals) == 1 and "slow" in goals[0]["text"]
    assert "Your sister says it goes fine, and you think it is slow." in texts(out[-1])


def test_two_views_needs_two_people():
    assert moves.two_views("Du synes det går godt. Du synes det går langsomt.", "da") is None
    assert moves.two_views("Det går godt.", "da") is None


# ---- a handover ---------------------------------------------------------------------------------

def test_she_sits_here_and_writes_herself_hands_over():
    state, out = _talk(["/start", "Ja, jeg er hendes mor", "Hun er god til at danse", "Kaffe og radio",
                        "Hun sidder ved siden af mig nu. Hun skriver selv."], role="relative")
    assert state["written_by"] == "citizen"
    assert not [i for i in _items(state) if "sidder" in i.get("quote", "")]
    said = " ".join(i.get("you", "") + " " + i.get("text", "") for i in _items(state))
    assert "hende eller ham" not in said and "giver hende glæde" in said


# ---- where one is now, and the wish ----------------------------------------------------------------

def test_school_and_wish_are_both_said_back():
    state, out = _talk(["/start", "ja", "at spille guitar", "min kat", "jeg går i 10. klasse, jeg vil være mekaniker"])
    said = texts(out[-1])
    assert "10. klasse" in said and "mekaniker" in said
    state, out = _talk(["/start", "ja", "at spille guitar", "min kat", "ved ikke", "ved ikke",
                        "jeg går på produktionsskole, jeg vil gerne være frisør"])
    said = texts(out[-1])
    assert "produktionsskole" in said and "frisør" in said


# ---- English -----------------------------------------------------------------------------------------

def test_could_we_in_english_at_the_consent_switches():
    state, out = run(["/start", "Hi, could we do it in English?"])
    assert state["language"] == "en"
    assert "English" in texts(out[-1])


def test_the_reason_for_english_is_no_hope():
    state, out = _talk(["/start", "ja", "at cykle", "min mor", "Sorry, may I write in English? It is simpler for me."])
    assert state["language"] == "en"
    assert not [i for i in _items(state) if "simpler" in i.get("quote", "")]


def test_yes_my_aunt_is_named_in_english():
    state = _to("meeting1", ["yes"], language="en", filler="idk")
    state, out = run(["yes my aunt", "neutral"], state)
    assert "your aunt" in texts(out[0])
    assert "You would like your aunt at the meeting." in state["summary"]


# ---- a sad face to the relative question ------------------------------------------------------------

def test_sad_face_to_the_relative_question_is_met_and_asked_again():
    state = _to("meeting1", ["ja"])
    state, out = run(["😢"], state)
    said = texts(out[-1])
    assert "svært" in said and "helt i orden" not in said.lower()
    assert state["step"] == "meeting1" and state["preferences"]["relatives_attend"] is None
    state, out = run(["min kontaktperson Bo"], state)  # staff named after it is still heard as staff
    assert state.get("staff_attend") is True and "kontaktperson" in texts(out[-1])


def test_after_a_handover_earlier_points_are_said_to_the_person():
    state, out = _talk(["/start", "Ja, jeg er hans moster", "Han er god til at spille trommer", "Hans kanin",
                        "Han drømmer om at blive bager", "Nu skriver han selv", "jeg vil også gerne have en knallert"],
                       role="relative")
    said = texts(out[-1])
    assert "du drømmer om at blive bager" in said and "han drømmer" not in said
    baker = next(i for i in _items(state, "hope") if "bager" in i["quote"])
    assert baker["text"] == "Han drømmer om at blive bager."  # the sheet keeps the words about him


# ---- where one is now, beside a wish, in English and on the goal suggestions -------------------------

def test_english_comma_splice_gets_its_and():
    out = moves.render_item("I go to college, I want to become an electrician", "employment", "work", "citizen", "", "en")
    assert out["you"] == "You go to college, and you want to become an electrician."
    assert out["text"] == "I go to college, I want to become an electrician."  # the sheet keeps the words


def test_goal_suggestion_leaves_out_where_one_is_now():
    from forbered.sheet import goal_suggestions

    got = [g["text"] for g in goal_suggestions([{"text": "I want to be a baker, I am at a day centre now.", "quote": "a"},
                                                {"text": "Jeg går på højskole, jeg vil gerne være pædagog.", "quote": "b"}], "en")]
    assert got[0] == "I will be a baker."
    got = [g["text"] for g in goal_suggestions([{"text": "Jeg går på højskole, jeg vil gerne være pædagog.", "quote": "b"}], "da")]
    assert got == ["Jeg vil være pædagog."]
