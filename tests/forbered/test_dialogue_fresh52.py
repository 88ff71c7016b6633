"""Dialogue round 52: literal questions about dreams, goals told at the score question, clock times, names in lower case,
little joy, word-finding pauses before a lost strength, "ved ik noget mål" and two wishes under one frame."""

from dialogue_helpers import talk

from forbered import reflect
from forbered.sheet import build_sheet


def _sheet(turns):
    state, bot = talk(turns)
    return state, bot, build_sheet(state, "t52")


def _texts(sheet, cat):
    return [i["text"] for i in sheet[cat]]


def test_when_clause_after_a_comma_keeps_no_comma_before_the_verb():
    # "min cykel, når solen skinner": "Din cykel giver dig glæde, når …", never "Din cykel, giver dig glæde"
    _, bot, sheet = _sheet(["ja", "jeg er god til at strikke", "min radio, når der er gammel musik"])
    said = " ".join(bot[-1])
    assert "Din radio giver dig glæde, når der er gammel musik" in said
    assert "radio," not in said
    assert "Min radio giver mig glæde, når der er gammel musik." in _texts(sheet, "resources")


def test_dreams_read_as_night_dreams_are_explained_and_not_listed():
    state, bot, sheet = _sheet(["ja", "jeg er god til at cykle", "min fisk",
                                "Hvad mener du med drømme? Jeg drømmer næsten aldrig, når jeg sover."])
    said = " ".join(bot[-1])
    assert "ikke drømme om natten" in said
    assert not any("sover" in t for t in _texts(sheet, "hopes"))
    assert state["step"] == "hopes1"


def test_night_dream_question_alone_is_explained():
    _, bot, _ = _sheet(["ja", "jeg er god til at cykle", "min fisk", "Drømme? Mener du om natten?"])
    assert "ikke drømme om natten" in " ".join(bot[-1])


def test_goal_told_at_the_score_question_gets_its_number():
    turns = ["ja", "jeg er god til at bage", "min nabo", "at få et job", "så har jeg penge", "det har jeg lige skrevet",
             "det har jeg sagt", "Mit mål er at handle selv i Føtex. Det går okay, jeg har gjort det to gange.", "3"]
    state, bot, sheet = _sheet(turns)
    assert "Hvilket tal fra 0 til 4 passer til det mål?" in bot[-2]
    goals = sheet["goal_progress"]
    assert any("Føtex" in g["goal"] and g["self_score"] == 3 for g in goals)
    assert state["step"] == "parking"


def test_clock_time_is_not_cut_at_kl():
    _, _, sheet = _sheet(["ja", "jeg er god til at bage", "Min kanariefugl når jeg giver den frø kl. 7."])
    res = " ".join(_texts(sheet, "resources"))
    assert "kl. 7" in res
    assert not any(t.startswith("7") for t in _texts(sheet, "resources"))


def test_known_first_name_in_lower_case_is_said_as_a_name():
    _, bot, sheet = _sheet(["JA", "JEG ER GOD TIL AT SPILLE KORT", "min kat", "jeg vil gerne besøge mette oftere"])
    assert "Mette" in " ".join(bot[-1])
    assert any("Mette" in t for t in _texts(sheet, "hopes"))


def test_second_verb_in_that_clause_takes_its_adverb_first():
    clause = reflect.parse_clause("du kender Jonas og vil gerne se ham mere")
    assert clause.subordinate() == "du kender Jonas og gerne vil se ham mere"


def test_little_joy_without_mig_is_heard_and_what_follows_is_the_joy():
    _, bot, sheet = _sheet(["ja", "jeg er god til at lytte", "der er ikke så meget der giver glæde lige nu. men min hund"])
    said = " ".join(bot[-1])
    assert "Det giver dig energi" not in said.split("/")[0] or "hund" in said
    res = _texts(sheet, "resources")
    assert not any("ikke så meget" in t for t in res)
    assert any("hund" in t for t in res)


def test_little_joy_alone_is_not_a_joy():
    _, bot, sheet = _sheet(["ja", "jeg er god til at lytte", "det er ikke meget, der glæder mig for tiden"])
    assert not any("glæde" in t for t in _texts(sheet, "resources"))
    assert "energi" not in " ".join(bot[-1])


def test_memory_remark_before_a_pause_and_a_lost_strength():
    _, bot, sheet = _sheet(["ja", "kan ikke huske.. var god til at danse. nu ikke"])
    said = " ".join(bot[-1])
    assert said.startswith("Du var god til at danse, og det kan du ikke mere.")
    assert _texts(sheet, "resources") == ["Jeg var god til at danse."]


def test_dont_know_any_goal_is_no_goal():
    state, bot, sheet = _sheet(["ja", "jeg er god til at lytte", "min kat", "ved ikke", "ok", "nej", "ved ik nogen mål"])
    assert sheet["goal_progress"] == []
    assert state["step"] == "parking"


def test_two_wishes_under_one_frame_are_two_points():
    _, bot, sheet = _sheet(["ja", "jeg er god til at lytte", "min kat", "jeg vil gerne have en hund og tage på højskole"])
    hopes = _texts(sheet, "hopes")
    assert "Jeg vil gerne have en hund." in hopes
    assert "Jeg vil gerne tage på højskole." in hopes


def test_verb_with_particle_and_og_stays_one_wish():
    _, _, sheet = _sheet(["ja", "jeg er god til at lytte", "min kat", "jeg vil gerne tage ud og se fodbold"])
    assert _texts(sheet, "hopes") == ["Jeg vil gerne tage ud og se fodbold."]


def test_too_late_for_work_is_a_no_to_work_not_a_worry():
    _, bot, sheet = _sheet(["ja", "jeg er god til at lytte", "min have", "at gå ved vandet", "så får jeg frisk luft",
                            "Nej, det er alt for sent nu", "ved ikke", "nej"])
    assert not any("for sent" in t for t in _texts(sheet, "parking"))
    assert "for sent" not in " ".join(" ".join(b) for b in bot[-2:])


def test_too_much_after_worries_is_no_worry_of_its_own():
    _, bot, sheet = _sheet(["ja", "jeg er god til at lytte", "min have", "at gå ved vandet", "så får jeg frisk luft", "nej",
                            "ved ikke", "trafik. folk. alt for meget"])
    parking = _texts(sheet, "parking")
    assert not any(t.lower().startswith("alt for meget") for t in parking)
    assert "alt for meget fylder" not in " ".join(bot[-1]).lower()


def test_sentence_with_a_definite_subject_is_no_dream_object():
    _, bot, sheet = _sheet(["ja", "jeg er god til at lytte", "min have", "at kunne gå en tur igen. benene driller"])
    said = " ".join(bot[-1])
    assert "drømmer om benene" not in said
    assert "Benene driller." in _texts(sheet, "hopes") or "Benene driller." in _texts(sheet, "parking")


def test_qualified_when_clause_keeps_its_qualifier_after_the_joy():
    _, bot, sheet = _sheet(["ja", "jeg er god til at bage", "Min hamster. Mest når jeg leger med den om aftenen."])
    assert "Din hamster giver dig glæde, mest når du leger med den om aftenen." in " ".join(bot[-1])


def test_doubt_about_hoping_is_heard_as_heavy():
    _, bot, _ = _sheet(["ja", "jeg er god til at bage", "min kat", "ved ikke om det nytter at drømme"])
    assert "tungt" in " ".join(bot[-1])


def test_numbered_goals_on_their_own_lines_are_two_goals_with_two_scores():
    turns = ["ja", "jeg er god til at lytte", "min kat", "ved ikke", "ok", "nej",
             "mål 1: tage opvasken selv\nmål 2: komme i seng kl 23", "2 og 4"]
    _, _, sheet = _sheet(turns)
    goals = sheet["goal_progress"]
    assert len(goals) == 2
    assert "opvask" in goals[0]["goal"] and goals[0]["self_score"] == 2
    assert "seng" in goals[1]["goal"] and goals[1]["self_score"] == 4


def test_linking_summary_keeps_the_clock_time():
    _, bot, _ = _sheet(["ja", "jeg er god til at lave mad", "min bror", "at stå op før kl. 9", "så får jeg mere ud af dagen"])
    said = " ".join(bot[-1])
    assert "før kl. 9" in said
    assert "før kl. Så" not in said
