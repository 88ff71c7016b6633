"""The dialogue engine: a "men jeg er ikke bange …" after how a goal goes is no worry, "det skal være <how>" under the
summary is no new word for the point, a name given as "det skal være Name" keeps its capital, and "Det er hans far, der
…" is who does something, not a relative who takes over the writing."""

from forbered.dialogue import engine
from tests.forbered.dialogue_helpers import at_step, live, run, tag, talk


def _goal(text):
    state = at_step("goal1")
    state, _ = run([(text, tag(text, sheet="goal_progress"))], state)
    return state


def test_negated_fear_after_men_is_no_worry():
    state = _goal("Jeg træner hver uge og det går fremad, men jeg er slet ikke bange for at tage toget mere")
    assert not [i for i in live(state, "parking") if "toget" in i.get("quote", "")]
    state = _goal("Det går lidt bedre med gåturene, men jeg er ikke nervøs for at falde på trappen længere")
    assert not [i for i in live(state, "parking") if "trappen" in i.get("quote", "")]
    state = _goal("Det går meget bedre nu, men jeg frygter ikke længere at miste min plads i klubben")
    assert not [i for i in live(state, "parking") if "klubben" in i.get("quote", "")]


def test_real_fear_after_men_still_parked():
    state = _goal("Jeg øver mig på at handle selv, men jeg er meget bange for at blive snydt ved kassen")
    assert any("snydt" in i.get("quote", "") for i in live(state, "parking"))


SUMMARY = ["ja", "Jeg er god til at strikke", "Min undulat Pip", "jeg håber på at få en lejlighed", "så kunne jeg få ro",
           "måske et job som gartner", "ved ikke", "nej", "nej", "neutral", "nej"]


def test_should_be_how_is_no_new_word_for_the_point():
    for how in ("anderledes", "bedre", "sådan"):
        state, _ = talk(SUMMARY + [f"det med gartner er forkert, det skal være {how}"])
        quotes = " ".join(i.get("quote", "") for i in state["items"] if not i.get("withdrawn"))
        assert f"job som {how}" not in quotes and f"et {how}" not in quotes, how


def test_should_be_name_keeps_its_capital():
    state, _ = talk(SUMMARY + ["det med Pip er forkert, det skal være Pjuske"])
    quotes = [i.get("quote", "") for i in live(state, "resource")]
    assert any("Pjuske" in q for q in quotes), quotes


def test_cleft_with_kin_is_not_a_new_writer():
    assert engine._late_writer("Det er hendes søster, som henter hende hver fredag") is None
    assert engine._late_writer("det er hans onkel der lærer ham at fiske") is None
    assert engine._late_writer("Det er hans farfar, ikke hans morfar, der kommer med") is None
    # who writes now is still read as such
    assert engine._late_writer("Det er hendes moster her. Hun kan også godt lide at bage") == "Hun kan også godt lide at bage"
    assert engine._late_writer("det er hans bror der skriver nu, han svømmer tit") == "han svømmer tit"


def test_dont_know_what_the_plan_word_means_explains_the_plan():
    state, bot = talk(SUMMARY[:-1] + ["ved ikke hvad neutral er"])
    said = " ".join(bot[-1])
    assert "sort og hvid" in said and not state["corrections"] and state["preferences"]["plan_version"] == "neutral"


def test_taken_back_in_other_words_leaves_the_summary():
    state, _ = talk(SUMMARY + ["jeg er ikke god til strikke"])
    assert not [i for i in live(state, "resource") if "strikke" in i.get("quote", "")]
    # a claim with a word the point does not have takes nothing back
    state, _ = talk(SUMMARY + ["jeg er ikke god til at strikke sokker"])
    assert [i for i in live(state, "resource") if "strikke" in i.get("quote", "")]


def test_several_corrections_are_each_recorded_once():
    state, _ = talk(SUMMARY + ["Min undulat hedder Pjuske ikke Pip. Og jeg vil ikke have et job som gartner"])
    said = [c["text"] for c in state["corrections"]]
    assert sum("gartner" in t for t in said) == 1, said
    assert any("Pjuske" in t for t in said), said


def test_relative_taking_over_under_the_summary_sets_who_is_told_about():
    state, _ = talk(SUMMARY + ["Det er hendes far her. Hun kan godt lide at danse"])
    assert state["third"] == "hun"
    state, _ = talk(SUMMARY + ["Her er hans søster Hanne, han er god til at bage boller"])
    assert state["third"] == "han"
