"""Fixes from whole conversations by citizens with autism, after a hip fracture, with low mood, pausing or
stopping: a pause said with an errand first ("… kan vi tage resten senere") taken as an answer, a hedged
"måske at jeg er god til …" and a fronted clause put in a "god til" frame, "Jamen" kept as a point, a frequency
word before a joy, "det nytter ikke" answered with a fact not said, an English work wish with its doubt, summary
corrections ("jeg sagde ikke X, det hedder Y", "it's not the X, it's <name>") that did not reach the sheet, a remark on
the question kept as a strength, a doubt before a wish merged away, and who helps with the computer taken as an answer."""

from dialogue_helpers import at_step, run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue import moves
from forbered.sheet import build_sheet

# 1. A pause with an errand before it, and the way back

def test_errand_then_rest_later_is_a_pause():
    for s in ["jeg skal lige noget, kan vi fortsætte i morgen", "Jeg skal lige noget nu. Skal vi snakke videre senere?",
              "kan vi tage det en anden dag", "I have to pop out, can we finish this later", "jeg skal lige noget"]:
        assert it.is_pause(s), s
    for s in ["jeg håber vi kan tage på ferie i morgen", "jeg skal lige noget med min mor på lørdag", "vi kan tage bussen i morgen"]:
        assert not it.is_pause(s), s


def test_pause_mid_conversation_keeps_the_step_and_nothing_goes_on_the_sheet():
    state = at_step("hopes2")
    line = "jeg skal lige ud med hunden, kan vi tage resten senere"
    state, out = run([(line, tag(line, sheet="hope"))], state)
    assert state["step"] == "hopes2"
    assert "?" not in texts(out[-1])
    state, out = run(["så er jeg her igen"], state)
    assert state["step"] == "hopes2" and "tilbage" in texts(out[-1]).lower()
    sheet = build_sheet(state, "x")
    assert not any("resten" in i["text"] or "igen" in i["text"] for f in ("hopes", "employment") for i in sheet[f])


# 2. Strength frames around the citizen's own sentence

def test_hedged_good_at_said_whole_is_not_framed_twice():
    out = moves.render_item("nok at jeg er god til at tegne heste", "resource", "resources1", "citizen", "", "da")
    assert out["you"] == "Du er nok god til at tegne heste."


def test_fronted_clause_keeps_its_own_sentence():
    out = moves.render_item("Før jeg blev syg, spillede jeg håndbold på et højt niveau", "resource", "resources1",
                            "citizen", "", "da")
    assert "god til" not in out["text"]
    assert out["you"] == "Før du blev syg, spillede du håndbold på et højt niveau."


def test_jamen_alone_is_no_point():
    line = "Jamen, jeg er god til at synge. Og jeg er god til at strikke."
    tg = tag(line, sheet="resource", clauses=[("Jamen", "neutral", "resource"),
                                              ("jeg er god til at synge", "neutral", "resource"),
                                              ("Og jeg er god til at strikke", "neutral", "resource")])
    state, _ = run([(line, tg)], at_step("resources1"))
    texts_on_sheet = [i["text"] for i in build_sheet(state, "x")["resources"]]
    assert texts_on_sheet and not any(t.strip(" .,").lower() == "jamen" for t in texts_on_sheet)


def test_frequency_word_before_a_joy_goes_after_the_verb():
    out = moves.render_item("af og til min søsters kat", "resource", "resources2", "citizen", "", "da")
    assert out["you"] == "Din søsters kat giver dig glæde af og til."
    out = moves.render_item("tit at cykle ved åen", "resource", "resources2", "citizen", "", "da")
    assert out["you"] == "Det giver dig tit glæde at cykle ved åen."


# 3. Low mood: no fact added to "det nytter ikke"

def test_nothing_done_is_not_heard_as_tried_a_lot():
    state = at_step("goal1")
    line = "det nytter ikke noget, jeg har ikke fået gjort det vi aftalte"
    state, out = run([(line, tag(line, "sustain", "ability", sheet="goal_progress"))], state)
    said = texts(out[-1])
    assert "prøvet meget" not in said and "svært at komme i gang" in said


# 4. English: a work wish with its doubt, in the citizen's words

def test_english_work_wish_with_not_yet_keeps_a_plain_frame():
    out = moves.render_item("Perhaps some garden work, but not yet.", "employment", "work", "citizen", "", "en")
    assert "this:" not in out["you"] and "would like some garden work, but not yet" in out["you"]


# 5. Word order in an "at"-clause

def test_so_much_gerne_goes_before_the_verb_in_a_that_clause():
    from forbered.reflect import subordinate_order

    assert subordinate_order("du vil så gerne kunne cykle til stranden") == "du så gerne vil kunne cykle til stranden"
    assert subordinate_order("din datter vil rigtig gerne bo tæt på dig") == "din datter rigtig gerne vil bo tæt på dig"


# 6. Corrections that reach the sheet

def _at_summary_with(hope):
    state = at_step("hopes1")
    state, _ = run([(hope, tag(hope, "change", "desire", sheet="hope"))], state)
    for _ in range(15):
        if state["step"] == "summary":
            return state
        state, _ = run(["ved ikke"], state)
    raise AssertionError(state["step"])


def test_said_not_x_it_is_called_y_swaps_the_word():
    state = _at_summary_with("Jeg vil gerne spille skak i klubben")
    state, out = run(["Nej. Jeg skrev ikke skak, det hedder go. Resten er rigtigt."], state)
    hopes = [i["text"] for i in build_sheet(state, "x")["hopes"]]
    assert any("spille go i klubben" in h for h in hopes), hopes
    assert not any("Resten er rigtigt" in c for c in build_sheet(state, "x")["corrections"][1:])


def test_english_its_not_the_x_its_name_keeps_the_name():
    state = at_step("hopes1", language="en")
    hope = "I want to move to a flat near the harbour"
    state, _ = run([(hope, tag(hope, "change", "desire", sheet="hope"))], state, language="en")
    for _ in range(15):
        if state["step"] == "summary":
            break
        state, _ = run(["don't know"], state, language="en")
    state, _ = run(["No, it's not the harbour, it's Vejle. The rest is fine."], state, language="en")
    hopes = [i["text"] for i in build_sheet(state, "x")["hopes"]]
    assert any(h.endswith("near Vejle.") for h in hopes), hopes


# 7. Literal and list-like answers, and a doubt before a wish

def test_remark_on_the_question_is_no_strength():
    line = "Det spørgsmål er ret bredt. Jeg er god til at lave regneark."
    tg = tag(line, sheet="resource", clauses=[("Det spørgsmål er ret bredt.", "neutral", "resource"),
                                              ("Jeg er god til at lave regneark.", "neutral", "resource")])
    state, out = run([(line, tg)], at_step("resources1"))
    assert "spørgsmål" not in texts(out[-1])
    assert [i["text"] for i in build_sheet(state, "x")["resources"]] == ["Jeg er god til at lave regneark."]


def test_weekday_label_and_maybe_when_in_a_joy():
    out = moves.render_item("Torsdag: klatring", "resource", "resources2", "citizen", "", "da")
    assert out["you"] == "Klatring om torsdagen giver dig glæde."
    out = moves.render_item("måske når min søster kommer", "resource", "resources2", "citizen", "", "da")
    assert out["you"] == "Det giver dig måske glæde, når din søster kommer."


def test_time_word_then_verb_then_subject_is_a_sentence():
    out = moves.render_item("og nu maler jeg akvarel", "resource", "resources1", "citizen", "", "da")
    assert "god til" not in out["text"] and out["you"].startswith("Nu maler du akvarel")


def test_doubt_then_maybe_wish_keeps_the_wish():
    state = at_step("hopes1")
    line = "jeg ved ikke om det kan lade sig gøre. måske et kursus i keramik"
    tg = tag(line, "change", sheet="hope", clauses=[("jeg ved ikke om det kan lade sig gøre.", "neutral", None),
                                                    ("måske et kursus i keramik", "change", "hope")])
    state, out = run([(line, tg)], state)
    hopes = [i["text"] for i in build_sheet(state, "x")["hopes"]]
    assert hopes == ["Jeg drømmer måske om et kursus i keramik."], hopes
    assert "om måske" not in texts(out[-1])


def test_doubt_then_wish_is_reflected_both_ways_ending_on_the_wish():
    state = at_step("hopes1")
    line = "jeg ved ikke om jeg kan klare det. måske en uddannelse som frisør"
    tg = tag(line, "change", sheet="hope", clauses=[("jeg ved ikke om jeg kan klare det.", "neutral", None),
                                                    ("måske en uddannelse som frisør", "change", "hope")])
    state, out = run([(line, tg)], state)
    said = texts(out[-1])
    assert "Du ved ikke, om du kan klare det." in said and "alligevel drømmer du måske om en uddannelse som frisør" in said


def test_who_helps_with_the_computer_at_consent_is_no_strength():
    line = "Ja tak, min søster hjælper mig med tabletten, hun er rigtig sød."
    state, out = run(["/start", (line, tag(line, sheet="resource"))])
    assert state["step"] == "resources1"
    assert build_sheet(state, "x")["resources"] == []
    assert "allerede" not in texts(out[-1])
