"""Round 45: a summary correction with several parts and a lead ("Næsten, det var ikke X, det var Y, og drop det med Z")
applies each part and adds no new point; a bare "Jeg vil gerne, men …" is one point reflected both ways; how a goal goes
with a comma clause after it ("Det går lidt op og ned, nogle uger …") stays with its goal; an ordinal ("2. sal") does not
cut the linking summary; "ikke meget at se frem til" under the hopes is heard as hard, not listed as a wish; "ikke noget
særligt" beside a strength is no strength; what happened last week, told in a long answer, is no wish; a goal's doubt
("men det giver ingen mening") is said back, never followed by "Det er det, du arbejder på nu"."""

from dialogue_helpers import at_step, live, real_tagger, run, tag, texts

from forbered.dialogue import engine as eng
from forbered.dialogue import respond
from forbered.reflect import wish_and_doubt


def _talk(turns, state=None):
    """Replay turns with the trained tagger (its clause split), as the chat does."""
    out = []
    for text in turns:
        r = respond(state, text, None if text.startswith("/") else real_tagger().tag(text))
        state = r.state
        out.append(r)
    return state, out


_TO_SUMMARY = ["/start", "ja", "Jeg er god til at spille skak og til at sy", "min far og radioen",
               "Jeg vil gerne kunne svømme i havet igen", "Så kunne jeg komme ud blandt folk", "nej",
               "Målet er at gå med stokken til posten. Det går fint", "3",
               "Min far er syg, og jeg er bekymret for ham", "nej", "neutral"]


def _quotes(state, cat):
    return " | ".join(i["quote"] for i in live(state, cat))


# ---- 1. corrections under the summary ---------------------------------------------------------------------------


def test_a_lead_before_a_swap_is_no_point_and_the_swap_is_made():
    state, _ = _talk(_TO_SUMMARY)
    assert state["step"] == "summary", state["step"]
    state, out = _talk(["Næsten, det var ikke skak, det var kort"], state)
    said = texts(out[-1])
    assert "kort" in _quotes(state, "resource") and "skak" not in _quotes(state, "resource"), _quotes(state, "resource")
    assert "Næsten" not in said and "næsten" not in _quotes(state, "resource").lower(), said


def test_several_corrections_in_one_message_are_each_applied():
    state, _ = _talk(_TO_SUMMARY)
    state, out = _talk(["nej det var ikke skak, det var kort, og drop det med min far"], state)
    said = texts(out[-1])
    assert "kort" in _quotes(state, "resource") and "skak" not in _quotes(state, "resource"), _quotes(state, "resource")
    assert "far" not in _quotes(state, "parking"), _quotes(state, "parking")
    assert "drop" not in said.lower(), said  # no new point made of the correction itself


def test_a_thing_for_a_doing_in_a_wish_is_not_put_after_kunne():
    state, _ = _talk(_TO_SUMMARY)
    state, out = _talk(["det er ikke svømme, det er havbade jeg vil"], state)
    said = texts(out[-1])
    assert "kunne havbade" not in said and "havbade" in _quotes(state, "hope"), said


def test_drop_with_a_short_noun_takes_the_point_out():
    state, _ = _talk(_TO_SUMMARY)
    state, out = _talk(["drop det med min far"], state)
    assert "far" not in _quotes(state, "parking"), _quotes(state, "parking")


# ---- 2. a bare "Jeg vil gerne, men …" ----------------------------------------------------------------------------


def test_a_bare_wish_with_a_but_is_one_point_said_both_ways():
    state = at_step("parking")
    a = "Jeg vil gerne, men jeg er nervøs for at blive svimmel på trappen"
    state, out = run([(a, tag(a, "sustain", sheet="parking", clauses=[("Jeg vil gerne", "change", "hope"),
                                                                       ("men jeg er nervøs for at blive svimmel på trappen",
                                                                        "sustain", "parking")]))], state)
    said = texts(out[-1])
    assert "Du vil gerne." not in said and "og samtidig" in said, said
    assert not any(i["quote"].strip(" .") == "Jeg vil gerne" for i in state["items"]), [i["quote"] for i in state["items"]]


def test_not_having_the_strength_is_a_doubt_of_a_wish():
    assert wish_and_doubt("Jeg vil gerne, men jeg orker ikke at træne mere")
    assert wish_and_doubt("Jeg vil gerne bo hjemme, men jeg er ræd for at blive syg")


# ---- 3. how a goal goes, with a clause after it -------------------------------------------------------------------


def test_a_status_with_a_comma_clause_stays_with_its_goal():
    assert eng._is_goal_status("Det går sådan lidt op og ned, nogle uger cykler jeg tre gange og andre slet ikke")
    assert eng._is_goal_status("det går lidt frem og tilbage, nogle dage kan jeg mere end andre")
    assert not eng._is_goal_status("det er svært, min kone er syg")


# ---- 4. an ordinal in the linking summary ------------------------------------------------------------------------


def test_an_ordinal_does_not_cut_the_linking_summary():
    state, out = _talk(["/start", "ja", "Jeg er god til at hækle", "min kat",
                        "Jeg vil gerne kunne gå op til min lejlighed på 2. sal selv", "Så kunne jeg besøge naboen"])
    said = texts(out[-1])
    assert "på 2." not in said or "2. sal" in said, said


# ---- 5. hard answers and fillers ---------------------------------------------------------------------------------


def test_no_hope_left_is_heard_not_listed_as_a_wish():
    state = at_step("hopes1")
    a = "der er ikke meget at se frem til i min alder"
    state, out = run([(a, tag(a, "change", "desire", sheet="hope"))], state)
    said = texts(out[-1])
    assert not live(state, "hope"), live(state, "hope")
    assert "forskel" not in said and "betyde" not in said, said


def test_nothing_special_beside_a_strength_is_no_strength():
    state, out = _talk(["/start", "ja", "intet særligt mere. jeg var kok"])
    assert "særligt" not in _quotes(state, "resource"), _quotes(state, "resource")
    assert "kok" in _quotes(state, "resource"), _quotes(state, "resource")
    state = at_step("resources1")
    a = "ikke noget særligt mere. jeg har været smed"
    state, _ = run([(a, tag(a, sheet="resource", clauses=[("ikke noget særligt mere.", "neutral", "resource"),
                                                           ("jeg har været smed", "neutral", "resource")]))], state)
    assert [i["quote"] for i in live(state, "resource")] == ["jeg har været smed"], live(state, "resource")


def test_what_happened_last_week_in_a_long_hope_is_no_wish():
    state, _ = _talk(["/start", "ja", "at strikke", "mine børnebørn",
                      "Jeg håber at kunne klare trapperne selv så jeg kan besøge min søster. I sidste uge prøvede jeg at gå "
                      "ned til postkassen og det gik helt galt, jeg måtte sidde på trappen i en halv time"])
    hopes = _quotes(state, "hope")
    assert "postkassen" not in hopes and "halv time" not in hopes and "trapperne" in hopes, hopes
    state = at_step("hopes1")
    a = "Jeg håber at jeg kan gå i byen alene igen. Sidste weekend prøvede jeg og måtte vende om ved kirken"
    state, _ = run([(a, tag(a, "change", "desire", sheet="hope", clauses=[
        ("Jeg håber at jeg kan gå i byen alene igen.", "change", "hope"),
        ("Sidste weekend prøvede jeg og måtte vende om ved kirken", "neutral", "hope")]))], state)
    assert [i["quote"] for i in live(state, "hope")] == ["Jeg håber at jeg kan gå i byen alene igen."], live(state, "hope")


def test_a_goals_doubt_is_said_back_not_called_what_you_work_on():
    state = at_step("goal1")
    a = "Målet er at lave øvelser med armen men det giver ingen mening"
    state, out = run([(a, tag(a, sheet="goal_progress"))], state)
    said = texts(out[-1])
    assert "Det er det, du arbejder på nu" not in said and "ingen mening" in said, said
