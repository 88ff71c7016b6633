"""Round 39: a relative's bare wish or workplace is framed about the person on the sheet too ("Han drømmer om en
båd."); the person's name in the relative's first words ("Jeg er Peters søster", "mor til Line") sets "han"/"hun";
"Jeg er hans kæreste og skriver for Mads" is a yes to the consent; a wish told with how it goes to the goals question is
the goal; why a wish matters ("Det er hårdt at …", "Han savner …") stays with the wish, off the parking list; "X passer
ikke. Min Y." under the summary replaces X with Y."""

from dialogue_helpers import at_step, run, tag, texts

from forbered.sheet import build_sheet


def _relative(first="Ja, jeg er pårørende. Jeg er hans bror."):
    state, out = run(["/start", first])
    return state, out


def _relative_at(step, first="Ja, jeg er pårørende. Jeg er hans bror."):
    state, _ = _relative(first)
    return at_step(step, state=state)


def test_a_relatives_bare_wish_is_framed_on_the_sheet():
    state = _relative_at("hopes1")
    h = "En båd."
    state, _ = run([(h, tag(h, "change", "desire", sheet="hope", speaker="relative"))], state)
    hopes = build_sheet(state, "x")["hopes"]
    assert [i["text"] for i in hopes] == ["Han drømmer om en båd."], hopes
    assert hopes[0]["quote"] == "En båd."


def test_a_relatives_bare_workplace_is_framed_on_the_sheet():
    state = _relative_at("work")
    w = "Måske på en tankstation."
    state, _ = run([(w, tag(w, "change", "desire", sheet="employment", speaker="relative"))], state)
    jobs = [i["text"] for i in build_sheet(state, "x")["employment"]]
    assert jobs and jobs[0].startswith("Han vil måske gerne arbejde på en tankstation"), jobs


def test_a_long_at_phrase_from_a_relative_is_framed():
    state = _relative_at("hopes1")
    h = "At komme tilbage til sin gamle klub og spille fodbold med vennerne hver uge"
    state, out = run([(h, tag(h, "change", "desire", sheet="hope", speaker="relative"))], state)
    assert texts(out[-1]).startswith("Han drømmer om at komme tilbage"), texts(out[-1])
    assert build_sheet(state, "x")["hopes"][0]["text"].startswith("Han drømmer om at komme"), build_sheet(state, "x")["hopes"]


def test_the_persons_name_sets_he_or_she():
    for first, word in (("Ja. Jeg er Peters søster.", "han"), ("Ja, jeg er pårørende. Jeg er far til Line.", "hun"),
                        ("Ja, jeg er pårørende, jeg er Tove's nabo", "hun"),
                        ("Ja, jeg er pårørende og kontaktperson på bostedet for Anders", "han")):
        state, out = _relative(first)
        said = texts(out[-1])
        assert " eller " not in said.replace("ved ikke\" eller \"stop", ""), (first, said)
        assert f"Hvad er {word} god til?" in said, (first, said)


def test_mor_and_far_as_the_relative_calls_them():
    state = _relative_at("resources1", "Ja, jeg er pårørende.")
    s = "Mor er god til at sy"
    state, out = run([(s, tag(s, sheet="resource", speaker="relative"))], state)
    assert state["third"] == "hun"


def test_a_partner_who_writes_for_the_person_gives_consent():
    state, out = run(["/start", "Jeg er hans kæreste og skriver for Mads"])
    assert state["consent"] and state["written_by"] == "relative", texts(out[-1])
    assert "Hvad er han god til?" in texts(out[-1])


def test_a_wish_told_with_how_it_goes_is_the_goal():
    state = _relative_at("goal1", "Ja, jeg er pårørende. Jeg er hendes mor.")
    g = "Hun vil gerne lære at cykle selv. Det går lidt bedre."
    t = tag(g, "change", "desire", sheet="hope", speaker="relative",
            clauses=[("Hun vil gerne lære at cykle selv.", "change", "hope"), ("Det går lidt bedre.", "neutral", "goal_progress")])
    state, out = run([(g, t)], state)
    assert "Hendes mål er at lære at cykle selv." in texts(out[-1]), texts(out[-1])
    state, _ = run(["2"], state)
    sheet = build_sheet(state, "x")
    assert not sheet["hopes"], sheet["hopes"]
    goal = sheet["goal_progress"][0]
    assert goal["goal"] == "Hun vil gerne lære at cykle selv." and goal["self_score"] == 2, goal
    assert goal["text"].endswith("Det går lidt bedre."), goal


def test_a_plain_wish_without_how_it_goes_is_still_a_wish():
    state = at_step("goal1")
    g = "Jeg vil gerne have en kat."
    state, _ = run([(g, tag(g, "change", "desire", sheet="hope"))], state)
    assert [i["text"] for i in build_sheet(state, "x")["hopes"]], build_sheet(state, "x")


def test_why_the_wish_matters_is_not_parked():
    state = at_step("hopes1")
    h = "Jeg vil gerne kunne cykle til stranden igen"
    state, _ = run([(h, tag(h, "change", "desire", sheet="hope"))], state)
    if state["step"] != "hopes2":
        state = at_step("hopes2", state=state)
    r = "Så kunne jeg komme ud selv. Det er svært at sidde inde hele dagen."
    t = tag(r, "change", "reasons", sheet="hope",
            clauses=[("Så kunne jeg komme ud selv.", "change", "hope"), ("Det er svært at sidde inde hele dagen.", "sustain", "parking")])
    state, _ = run([(r, t)], state)
    sheet = build_sheet(state, "x")
    assert not sheet["parking"], sheet["parking"]
    assert any("sidde inde hele dagen" in h["text"] for h in sheet["hopes"]), sheet["hopes"]


def test_a_missed_thing_after_a_relatives_wish_is_not_parked():
    state = _relative_at("hopes1")
    h = "At komme tilbage til klubben. Han savner sine venner der."
    t = tag(h, "change", "desire", sheet="hope", speaker="relative",
            clauses=[("At komme tilbage til klubben.", "change", "hope"), ("Han savner sine venner der.", "sustain", "parking")])
    state, _ = run([(h, t)], state)
    sheet = build_sheet(state, "x")
    assert not sheet["parking"], sheet["parking"]


def test_x_does_not_fit_then_y_replaces_x():
    state = at_step("resources2")
    j = "Min guitar og mine venner"
    state, _ = run([(j, tag(j, sheet="resource"))], state)
    state = at_step("summary", state=state)
    c = "Nej. Guitar passer ikke. Min trommesæt."
    state, out = run([(c, tag(c, "sustain", sheet="resource"))], state)
    said = texts(out[-1])
    assert "passer ikke" not in said.split("•", 1)[-1], said
    res = [i["text"] for i in build_sheet(state, "x")["resources"]]
    assert any("trommesæt" in r and "venner" in r for r in res) and not any("guitar" in r.lower() for r in res), res
    assert not build_sheet(state, "x")["sustain_talk"]


def test_a_relatives_ours_is_yours_when_said_back():
    state = _relative_at("resources2")
    j = "Hans knallert og vores kat"
    state, out = run([(j, tag(j, sheet="resource", speaker="relative"))], state)
    assert "jeres kat" in texts(out[-1]) and "vores" not in texts(out[-1]), texts(out[-1])


def test_a_danish_two_is_no_english_word():
    state = _relative_at("resources2", "Ja, jeg er pårørende. Jeg er hendes moster.")
    j = "Hendes to marsvin."
    state, out = run([(j, tag(j, sheet="resource", speaker="relative"))], state)
    assert "Du skrev" not in texts(out[-1]) and "Hendes to marsvin giver hende glæde." in texts(out[-1]), texts(out[-1])
