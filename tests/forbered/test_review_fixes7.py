"""Review fixes 7: a final "ikke" that is a real negation, not a question tag; "fr" that is fredag, repeated fillers and
no dangling "og"; a correction that replaces only the point it corrects."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue.engine import _chat_slang


def test_a_negation_after_a_contrasted_noun_stays():
    assert _chat_slang("Jeg kan godt lide kaffe men te ikke", "da") == "Jeg kan godt lide kaffe men te ikke"
    assert _chat_slang("Jeg er god til matematik men engelsk ikke", "da") == "Jeg er god til matematik men engelsk ikke"
    assert _chat_slang("Jeg kan lide kaffe, men te ikke", "da") == "Jeg kan lide kaffe, men te ikke"


def test_a_question_tag_still_goes():
    assert _chat_slang("så ka jeg være mig selv ik", "da") == "så ka jeg være mig selv"
    assert _chat_slang("jeg kan godt lide at male, ik?", "da") == "jeg kan godt lide at male"
    assert _chat_slang("jeg er god til at spille fodbold, ikke", "da") == "jeg er god til at spille fodbold"
    assert _chat_slang("det går ik", "da") == "det går ik"


def test_a_contrasted_negation_reaches_the_sheet():
    state = at_step("resources1")
    a = "Jeg er god til matematik men engelsk ikke"
    state, out = run([(a, tag(a, sheet="resource"))], state)
    kept = " ".join(i["text"] for i in live(state, "resource"))
    assert "engelsk ikke" in kept
    assert "men engelsk." not in texts(out[-1])


def test_fr_next_to_weekdays_is_fredag():
    assert _chat_slang("Jeg spiller fodbold tirsdag og fr", "da") == "Jeg spiller fodbold tirsdag og fredag"
    assert _chat_slang("jeg træner mandag til fr", "da") == "jeg træner mandag til fredag"
    assert _chat_slang("jeg svømmer onsdag og så fr", "da") == "jeg svømmer onsdag og så fredag"


def test_repeated_fillers_go_as_a_run_and_leave_no_dangling_and():
    assert _chat_slang("Jeg elsker min hund fr fr", "da") == "Jeg elsker min hund"
    assert _chat_slang("Jeg elsker min hund fr fr.", "da") == "Jeg elsker min hund."
    assert _chat_slang("jeg elsker at tegne og lol", "da") == "jeg elsker at tegne"
    assert _chat_slang("få min egen lejlighed fr", "da") == "få min egen lejlighed"
    assert _chat_slang("han bor på Fr. Berg", "da") == "han bor på Fr. Berg"


def test_fr_fr_is_never_echoed():
    state = at_step("resources1")
    a = "Jeg elsker min hund fr fr"
    state, out = run([(a, tag(a, sheet="resource"))], state)
    said = texts(out[-1])
    assert "hund" in said and "Fr" not in said and " fr" not in said


def test_a_weekday_fr_reaches_the_sheet_as_fredag():
    state = at_step("resources1")
    a = "Jeg spiller fodbold tirsdag og fr"
    state, out = run([(a, tag(a, sheet="resource"))], state)
    kept = " ".join(i["text"] for i in live(state, "resource"))
    assert "tirsdag og fredag" in kept and "og." not in texts(out[-1])


def test_a_correction_replaces_only_the_point_it_corrects():
    state = at_step("resources1")
    a = "Jeg er god til at tegne og jeg elsker min hund"
    state, _ = run([(a, tag(a, sheet="resource"))], state)
    state, out = run(["nej det er ikke det jeg mener, jeg mener at jeg er god til at male"], state)
    kept = " ".join(i["text"] for i in live(state, "resource"))
    assert "male" in kept and "hund" in kept and "tegne" not in kept
    assert "retter mig" in texts(out[-1]) and "male" in texts(out[-1])


def test_a_correction_of_separate_points_keeps_the_other():
    state = at_step("resources1")
    a = "Jeg elsker min hund. Jeg er god til at tegne"
    state, _ = run([(a, tag(a, sheet="resource"))], state)
    assert len(live(state, "resource")) == 2
    state, out = run(["nej det er ikke det jeg mener, jeg mener at jeg er god til at male"], state)
    kept = " ".join(i["text"] for i in live(state, "resource"))
    assert "male" in kept and "hund" in kept and "tegne" not in kept


def test_a_correction_without_overlap_replaces_the_last_point():
    state = at_step("resources1")
    a = "Jeg er god til at tegne og jeg elsker min hund"
    state, _ = run([(a, tag(a, sheet="resource"))], state)
    state, out = run(["nej det er ikke det jeg mener, jeg mener min kat"], state)
    kept = " ".join(i["text"] for i in live(state, "resource"))
    assert "tegne" in kept and "kat" in kept and "hund" not in kept


def test_a_correction_of_a_single_point_still_replaces_it():
    state = at_step("resources1")
    a = "jeg er god til at hjælpe andre"
    state, _ = run([(a, tag(a, sheet="resource"))], state)
    state, out = run(["nej det er ikke det jeg mener. jeg mener at jeg er god til at lytte"], state)
    kept = " ".join(i["text"] for i in live(state, "resource"))
    assert "lytte" in kept and "hjælpe andre" not in kept


def test_a_tag_after_a_comma_goes_even_after_a_pronoun():
    assert _chat_slang("jeg er ikke god til det, ikke?", "da") == "jeg er ikke god til det"
    assert _chat_slang("fr og lørdag har jeg fri", "da") == "fredag og lørdag har jeg fri"
