"""Round 29: game and brand names are things, not verbs ("fortnite"); "ingenting rigtig" and "nada" to the strengths or
joys question heard kindly; a relative's "jeg synes han er sjov" kept as a strength; "det hjælper lidt" as a small step;
"job" and "arbejde" for one wish are one line on the sheet."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue.moves import is_verb_phrase
from forbered.sheet import build_sheet


def test_a_game_name_is_a_thing_not_a_verb():
    state = at_step("resources2")
    state, out = run([("fortnite", tag("fortnite", sheet="resource"))], state)
    said = texts(out[-1])
    assert "at fortnite" not in said
    assert "Fortnite giver dig glæde." in said
    assert [i["text"] for i in live(state, "resource")] == ["Fortnite giver mig glæde."]
    assert not is_verb_phrase("youtube") and not is_verb_phrase("fortnite")
    assert is_verb_phrase("tegne") and is_verb_phrase("strikke") and is_verb_phrase("spille fortnite")


def test_spille_said_keeps_the_verb():
    state = at_step("resources2")
    state, out = run([("spille fortnite", tag("spille fortnite", sheet="resource"))], state)
    assert "Det giver dig glæde at spille fortnite." in texts(out[-1])


def test_nothing_really_to_joys_and_strengths_is_heard_with_no_point():
    for step, answer in (("resources1", "ikke rigtig noget"), ("resources2", "ingenting rigtig"), ("resources2", "nada"),
                         ("resources1", "nada")):
        state = at_step(step)
        state, out = run([(answer, tag(answer, sheet="resource"))], state)
        said = texts(out[-1])
        assert "helt i orden" in said, (answer, said)
        assert "god til" not in said and "giver dig glæde" not in said, said
        assert not live(state, "resource"), answer
        assert said.rstrip().endswith("?")  # the next question follows the kind word


def _relative_at(step):
    state, _ = run(["/start", "Ja, jeg er hans mor og skriver for ham."], role="relative")
    for _ in range(12):
        if state["step"] == step:
            return state
        state, _ = run(["ved ikke"], state, role="relative")
    raise AssertionError(state["step"])


def test_a_relatives_view_of_the_persons_strength_is_kept():
    state = _relative_at("resources1")
    text = "jeg synes han er sjov"
    state, out = run([(text, tag(text, sheet="resource", speaker="relative"))], state, role="relative")
    said = texts(out[-1])
    assert "han er sjov" in said and "Tak, fordi han siger det" not in said
    assert [i["text"] for i in live(state, "resource")] == ["Jeg synes han er sjov."]
    assert build_sheet(state, "c29")["resources"][0]["text"] == "Jeg synes han er sjov."


def test_a_relatives_worry_said_with_synes_is_still_not_a_strength():
    state = _relative_at("resources1")
    text = "jeg synes han er for træt"
    state, _ = run([(text, tag(text, sheet="resource", speaker="relative"))], state, role="relative")
    assert not live(state, "resource")


def test_it_helps_a_little_is_a_small_step_not_ups_and_downs():
    state = at_step("goal1")
    goal = "Mål om at gå ture. Det hjælper lidt"
    state, out = run([(goal, tag(goal, sheet="goal_progress"))], state)
    said = texts(out[-1])
    assert "op og ned" not in said and "stadig svært" not in said
    assert "Det hjælper lidt. Det er et skridt på vejen." in said


def test_ups_and_downs_said_are_still_heard_as_mixed():
    state = at_step("goal1")
    goal = "Mål om at gå ture. Det hjælper lidt, men det går op og ned"
    state, out = run([(goal, tag(goal, sheet="goal_progress"))], state)
    assert "skridt på vejen" not in texts(out[-1])


def test_job_and_arbejde_for_one_wish_are_one_line():
    state = at_step("hopes1")
    a, b = "Jeg vil gerne have et job", "jeg vil gerne have et arbejde med dyr"
    state, _ = run([(a, tag(a, "change", "desire", sheet="hope")), (b, tag(b, "change", "desire", sheet="hope"))], state)
    assert [h["text"] for h in build_sheet(state, "c29")["hopes"]] == ["Jeg vil gerne have et arbejde med dyr."]


def test_different_wishes_stay_two_lines():
    state = at_step("hopes1")
    a, b = "Jeg vil gerne have et job", "jeg vil gerne have en kæreste"
    state, _ = run([(a, tag(a, "change", "desire", sheet="hope")), (b, tag(b, "change", "desire", sheet="hope"))], state)
    assert len(build_sheet(state, "c29")["hopes"]) == 2
