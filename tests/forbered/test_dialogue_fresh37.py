"""Round 37: a short remark after a point in the same message stays with that point (in the summary and on the sheet);
"Du kunne tænke dig at …" is read back as "Du vil gerne …"; who comes to the meeting is named in the reflection and the
summary, also when said after a "Måske" or by the relative herself; "Nej. Cykling." under the summary is an addition in
the person's voice, never asked for again or put on the sheet as a bare word; a dialect yes with "det må du gerne" is
no point; a verb after a pet is no name; a joy named with a name gets the joy frame; "ikke god til … mere" takes only
that strength out of a point that lists more."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue.moves import _plain_wish, summary_lines
from forbered.sheet import build_sheet


def _hope_with_reason(state, why, remark):
    h = "Jeg drømmer om at komme på højskole"
    state, _ = run([(h, tag(h, "change", sheet="hope"))], state)
    if state["step"] != "hopes2":
        state = at_step("hopes2", state=state)
    text = f"{why} {remark}"
    state, _ = run([(text, tag(text, "change", sheet="hope", clauses=[(why, "change", "hope"), (remark, "neutral", "hope")]))],
                   state)
    return state


def test_a_short_remark_after_the_reason_stays_with_it():
    state = _hope_with_reason(at_step("hopes1"), "Så ville jeg lære nye mennesker at kende.", "Vinteren er mørk.")
    state = at_step("summary", state=state)
    lines = summary_lines(state)
    assert "Vinteren er mørk." not in lines, lines
    assert any("nye mennesker" in line and "Vinteren er mørk." in line for line in lines), lines
    hopes = [h["text"] for h in build_sheet(state, "x")["hopes"]]
    assert "Vinteren er mørk." not in hopes and any(h.endswith("Vinteren er mørk.") for h in hopes), hopes


def test_a_second_wish_in_the_same_message_keeps_its_own_line():
    state = _hope_with_reason(at_step("hopes1"), "Så ville jeg lære nye mennesker at kende.", "Jeg vil også gerne have en kat.")
    hopes = [h["text"] for h in build_sheet(state, "x")["hopes"]]
    assert any(h.startswith("Jeg vil også gerne have en kat") for h in hopes), hopes


def test_could_think_is_read_back_as_a_plain_wish():
    assert _plain_wish("Du kunne tænke dig at bo tæt på skoven.") == "Du vil gerne bo tæt på skoven."
    assert _plain_wish("Hun kunne tænke sig en cykel.") == "Hun vil gerne have en cykel."
    assert _plain_wish("Så kunne du tænke dig at gå.") == "Så kunne du tænke dig at gå."
    state = at_step("work")
    w = "Jeg kunne tænke mig at arbejde i en zoologisk have"
    state, _ = run([(w, tag(w, "change", "desire", sheet="employment"))], state)
    state = at_step("summary", state=state)
    lines = summary_lines(state)
    assert not any("kunne tænke dig" in line for line in lines), lines
    assert any(line.startswith("Du vil gerne arbejde i en zoologisk have") for line in lines), lines


def test_who_comes_is_named_after_a_maybe():
    state = at_step("meeting1")
    state, out = run(["Måske min fætter Bo. Ja, han må gerne komme med."], state)
    assert "din fætter Bo" in texts(out[-1]) and "en pårørende" not in texts(out[-1]), texts(out[-1])
    state = at_step("summary", state=state)
    assert "Du vil gerne have din fætter Bo med til mødet." in summary_lines(state), summary_lines(state)


def test_a_relative_who_comes_herself_is_said_so():
    state, _ = run(["/start", "Ja, jeg er hans moster og skriver for ham"])
    state = at_step("meeting1", state=state)
    state, out = run(["Ja, jeg tager med"], state)
    assert "Du kommer med til mødet." in texts(out[-1]), texts(out[-1])
    state = at_step("summary", state=state)
    assert "Du kommer med til mødet." in summary_lines(state), summary_lines(state)


def test_a_bare_word_after_no_under_the_summary_is_an_addition_in_the_persons_voice():
    state = at_step("summary")
    state, out = run(["Nej. Cykling."], state)
    said = texts(out[-1])
    assert "Hvad skal jeg rette" not in said and "• Cykling." not in said, said
    resources = [i["text"] for i in build_sheet(state, "x")["resources"]]
    assert any("cykling" in r.lower() and "glæde" in r for r in resources), resources


def test_a_relatives_bare_addition_is_said_about_the_person():
    state, _ = run(["/start", "Ja, jeg er hendes mor og skriver for hende"])
    state = at_step("summary", state=state)
    state, out = run(["nej. Male."], state)
    resources = [i["text"] for i in build_sheet(state, "x")["resources"]]
    assert "Det giver hende glæde at male." in resources, resources
    assert "Male." not in build_sheet(state, "x")["corrections"]


def test_a_dialect_yes_with_permission_is_no_point():
    state, out = run(["/start", "jeps, det må du godt"])
    assert not state["items"], state["items"]
    assert "allerede er i gang" not in texts(out[-1])


def test_a_verb_after_a_pet_is_no_name():
    state = at_step("parking")
    w = "Jeg er ked af at min kat døde."
    state, out = run([(w, tag(w, "sustain", sheet="parking"))], state)
    assert "kat Døde" not in texts(out[-1]), texts(out[-1])
    assert "Døde" not in live(state, "parking")[0]["text"]


def test_a_joy_with_a_name_gets_the_joy_frame_also_when_the_name_ends_like_a_verb():
    state = at_step("resources2")
    j = "Min nevø Alexander"
    state, out = run([(j, tag(j, sheet="resource"))], state)
    assert [i["text"] for i in live(state, "resource")] == ["Min nevø Alexander giver mig glæde."], state["items"]
    assert "Din nevø Alexander giver dig glæde." in texts(out[-1]), texts(out[-1])


def test_not_good_at_it_any_more_takes_only_that_strength_out():
    state = at_step("resources1")
    g = "Jeg er god til at spille skak og til at lave kaffe"
    state, _ = run([(g, tag(g, sheet="resource"))], state)
    state = at_step("summary", state=state)
    state, _ = run(["nej jeg er ikke god til at spille skak længere"], state)
    resources = [i["text"] for i in build_sheet(state, "x")["resources"]]
    assert resources[0] == "Jeg er god til at lave kaffe.", resources
    assert not any("skak" in line and "god til at spille skak" in line and "ikke" not in line for line in summary_lines(state))
