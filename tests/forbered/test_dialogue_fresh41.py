"""Round 41: a goal told with what is done now gets that said back and credit ("Det er flot."), also in the perfect and in
one sentence; dialect "te", "ve", "mæ sæl", "vær" are repaired in the echo (the tea stays tea); a longer no-joy answer is
heard, never affirmed; a relative's bare worry and "sin" before "giver … glæde" are said about the person; "mig og hans
søster" names both; a long ramble is cut at a clause; "gider ikke arbejde mere" is a no to work; a doubt after a hedged wish
is its other side and joins it on the sheet; "lige nu" leaves the goal wording; "mere ro" is what would be different;
"…, men tør ikke" keeps its subject; a bare "fordi …" reason joins its wish on the sheet."""

from dialogue_helpers import at_step, run, tag, texts

from forbered.dialogue import moves
from forbered.sheet import build_sheet


def _relative_at(step, first="Ja, jeg er pårørende. Jeg er hans bror."):
    state, _ = run(["/start", first])
    return at_step(step, state=state)


def test_a_goal_done_now_is_said_back_with_credit():
    state = at_step("goal1")
    g = "Målet er at lave kaffe selv. Det klarer jeg nu hver morgen."
    t = tag(g, sheet="goal_progress", clauses=[("Målet er at lave kaffe selv.", "neutral", "goal_progress"),
                                                ("Det klarer jeg nu hver morgen.", "neutral", None)])
    state, out = run([(g, t)], state)
    said = texts(out[-1])
    assert "Dit mål er at lave kaffe selv. Det klarer du nu hver morgen. Det er flot." in said, said
    assert "Det er det, du arbejder på nu" not in said


def test_a_relatives_goal_done_in_the_perfect_is_one_goal_with_credit():
    state = _relative_at("goal1", "Ja, jeg er pårørende. Jeg er hendes mor.")
    g = "Hendes mål er at gå i kantinen alene. Det har hun gjort tre gange nu."
    t = tag(g, sheet="goal_progress", speaker="relative",
            clauses=[("Hendes mål er at gå i kantinen alene.", "neutral", "goal_progress"),
                     ("Det har hun gjort tre gange nu.", "change", "goal_progress")])
    state, out = run([(g, t)], state)
    said = texts(out[-1])
    assert "Det har hun gjort tre gange nu. Det er flot." in said, said
    state, _ = run(["3"], state)
    goals = build_sheet(state, "x")["goal_progress"]
    assert len(goals) == 1 and "tre gange" in goals[0]["text"], goals


def test_a_goal_done_said_in_one_sentence_keeps_what_is_done():
    state = at_step("goal1")
    g = "Målet var at jeg skulle rydde op på værelset, og det gør jeg nu selv"
    state, out = run([(g, tag(g, "change", "desire", sheet="goal_progress"))], state)
    said = texts(out[-1])
    assert "Dit mål var at rydde op på værelset. Det gør du nu selv. Det er flot." in said, said


def test_dialect_til_ved_selv_vaere_are_repaired_in_the_echo():
    cases = [("a vil gern bo for mæ sæl på landet", "hope", "hopes1", "bo for dig selv på landet"),
             ("a har ingen penge te bussen", "parking", "parking", "penge til bussen"),
             ("når a sidder ve åen med min far", "resource", "resources2", "ved åen"),
             ("så sku a it vær så bange", "hope", "hopes2", "ikke være så bange")]
    for quote, cat, step, want in cases:
        you = moves.render_item(quote, cat, step, "citizen", "", "da")["you"]
        assert want in you, (quote, you)
    for quote in ("kaffe og te om aftenen", "en kop te med min søster"):
        you = moves.render_item(quote, "resource", "resources2", "citizen", "", "da")["you"]
        assert " te " in you and "til" not in you, you


def test_a_longer_no_joy_answer_is_heard_not_affirmed():
    state = at_step("resources2")
    a = "Ikke rigtig, der er ikke så meget der gør mig glad i denne tid på grund af smerterne"
    state, out = run([(a, tag(a, "neutral", sheet="resource"))], state)
    said = texts(out[-1])
    assert "giver dig glæde" not in said and "energi" not in said, said
    assert not build_sheet(state, "x")["resources"]


def test_a_relatives_bare_worry_is_framed_about_the_person():
    state = _relative_at("parking")
    w = "Gælden."
    state, out = run([(w, tag(w, sheet="parking", speaker="relative"))], state)
    assert "Gælden fylder meget for ham." in texts(out[-1]), texts(out[-1])
    assert build_sheet(state, "x")["parking"][0]["text"] == "Gælden fylder meget for ham."


def test_the_writer_and_another_relative_both_come():
    state = _relative_at("meeting1")
    state, out = run(["Ja, mig og hans søster"], state)
    assert "Du og hans søster kommer med til mødet." in texts(out[-1]), texts(out[-1])


def test_sin_before_giver_glaede_is_his_or_hers():
    state = _relative_at("resources2")
    j = "Gåture med sin hund"
    state, out = run([(j, tag(j, sheet="resource", speaker="relative"))], state)
    assert "Gåture med hans hund giver ham glæde." in texts(out[-1]), texts(out[-1])
    assert " sin " not in build_sheet(state, "x")["resources"][-1]["text"]


def test_a_long_ramble_is_cut_at_a_clause_not_after_og():
    q = ("jeg er god til at hjælpe pædagogerne med at tømme opvaskemaskinen om aftenen og så er jeg god til at gå med posten "
         "ned til kontoret hver morgen og jeg kan godt lide at feje gården når det har blæst")
    you = moves.render_item(q, "resource", "resources1", "citizen", "", "da")["you"]
    assert not you.rstrip(".").endswith((" og", " så", " lide", " du", " og du")), you
    assert you.startswith("Du er god til at hjælpe pædagogerne"), you


def test_gider_ikke_arbejde_mere_is_a_no_to_work():
    state = at_step("work")
    w = "Vil ikke arbejde mere, det har jeg gjort i 40 år"
    state, out = run([(w, tag(w, "change", "desire", sheet="employment"))], state)
    said = texts(out[-1])
    assert "Så er arbejde ikke det, der fylder nu." in said, said
    assert "klar til noget nyt" not in said


def test_a_doubt_after_a_hedged_wish_is_its_other_side():
    state = at_step("work")
    w = "måske noget med heste, men jeg ved ikke om jeg kan klare det"
    t = tag(w, clauses=[("måske noget med heste", "neutral", None), ("men jeg ved ikke om jeg kan klare det", "neutral", None)])
    state, out = run([(w, t)], state)
    said = texts(out[-1])
    assert "ved ikke" in said and "heste" in said and said.index("ved ikke") < said.index("heste"), said
    jobs = build_sheet(state, "x")["employment"]
    assert len(jobs) == 1 and "heste" in jobs[0]["text"], jobs


def test_det_ved_jeg_ikke_om_jeg_kan_reads_as_danish():
    state = at_step("hopes1")
    h = "jeg vil gerne have en hund men det ved jeg ikke om jeg kan"
    t = tag(h, "change", "desire", sheet="hope", clauses=[("jeg vil gerne have en hund", "change", "hope"),
                                                           ("men det ved jeg ikke om jeg kan", "neutral", None)])
    state, out = run([(h, t)], state)
    assert "Du ved ikke, om du kan det, men du vil gerne have en hund." in texts(out[-1]), texts(out[-1])


def test_lige_nu_is_no_part_of_a_suggested_goal():
    state = at_step("hopes1")
    h = "Jeg vil gerne have en cykel lige nu"
    state, _ = run([(h, tag(h, "change", "desire", sheet="hope"))], state)
    assert [g["text"] for g in build_sheet(state, "x")["goal_suggestions"]] == ["Jeg vil have en cykel."]


def test_mere_ro_is_what_would_be_different():
    out = moves.render_item("mere ro på værelset", "hope", "hopes2", "citizen", "", "da")
    assert out["you"] == "Så ville du have mere ro på værelset.", out


def test_the_subject_is_said_again_after_men():
    out = moves.render_item("Jeg skal flytte men tør ikke", "parking", "parking", "citizen", "", "da")
    assert "men du tør ikke" in out["you"], out


def test_a_bare_reason_joins_its_wish_on_the_sheet():
    state = at_step("hopes1")
    h = "At kunne cykle til stranden igen"
    state, _ = run([(h, tag(h, "change", "desire", sheet="hope"))], state)
    r = "Fordi så kan jeg bade med mine børnebørn"
    state, _ = run([(r, tag(r, "change", "reasons", sheet="hope"))], state)
    hopes = [i["text"] for i in build_sheet(state, "x")["hopes"]]
    assert len(hopes) == 1 and "fordi så kan jeg bade" in hopes[0], hopes
