"""Dash corrections, work wishes, enjoyed things and summary renames: ordinary answers that must not be misread."""

from dialogue_helpers import talk

from forbered.dialogue import intents as it
from forbered.dialogue.engine import _ENJOYED_ONLY, _WORK_WHERE, _dash_correction, _rename, _swap_word


def test_a_bare_no_before_a_new_sentence_corrects_nothing():
    # "nej, jeg …" after a dash adds to what was said; the liked thing is not dropped
    assert _dash_correction("Jeg holder af at strikke — nej, jeg elsker det") is None
    assert _dash_correction("Om jeg kan noget - nej, jeg tror ikke jeg kan noget") is None
    # a real correction still replaces the words it repeats
    assert _dash_correction("Jeg er god til at sy — nej, til at strikke") == "Jeg er god til at strikke"
    assert _dash_correction("Jeg strikker — undskyld, jeg hækler") == "Jeg hækler"


def test_working_on_oneself_is_no_work_wish():
    for said in ("jeg vil gerne arbejde på at blive mere rolig", "jeg vil gerne arbejde med mit temperament",
                 "at arbejde med mine tanker"):
        assert not _WORK_WHERE.search(it.norm(said)), said
    assert _WORK_WHERE.search(it.norm("jeg vil gerne have et job på en tankstation"))
    assert _WORK_WHERE.search(it.norm("jeg vil arbejde på at få et job i en børnehave"))


def test_eating_by_oneself_or_healthily_is_a_skill_not_a_treat():
    for said in ("at spise selv", "drikke alene", "spise sundt", "hygge om mine gæster"):
        assert not _ENJOYED_ONLY.match(it.norm(said)), said
    assert _ENJOYED_ONLY.match(it.norm("at se serier"))


def _state(*quotes):
    return {"language": "da", "items": [{"category": "hope", "quote": q, "text": q, "step": "hopes1"} for q in quotes]}


def test_a_no_about_a_point_renames_no_word():
    s = _state("Jeg vil gerne kunne løbe længere.")
    assert not _rename(s, "svømmer ikke længere")
    assert s["items"][0]["quote"] == "Jeg vil gerne kunne løbe længere."
    assert not _rename(_state("Jeg vil gerne cykle alene."), "løber ikke alene")


def test_not_him_it_is_her_who_is_ill_only_changes_that_point():
    s = _state("Min far hjælper mig med indkøb.")
    assert not _swap_word(s, "Det er ikke min far, det er min bror der er syg.")
    assert s["items"][0]["quote"] == "Min far hjælper mig med indkøb."


def test_not_him_it_is_her_who_is_ill_at_the_summary():
    turns = ["Ja, jeg skriver selv.", "Jeg er god til at strikke.", "Min kat.", "At flytte tættere på byen.",
             "Så ville jeg se flere mennesker.", "Nej, jeg er pensioneret.", "Jeg øver mig i at gå på trapper.", "3",
             "Min far er syg.", "Nej.", "Neutral.", "Det er ikke min far, det er min bror der er syg."]
    state, bot = talk(turns, joined=True)
    quotes = [i["text"] for i in state["items"] if i.get("category") == "parking" and not i.get("withdrawn")
              and not i.get("correction")]
    assert quotes == ["Min bror er syg."], quotes
    assert "Din bror er syg." in bot[-1] and "Din far er syg." not in bot[-1]


_TO_SUMMARY = ["Ja, jeg skriver selv.", "Jeg er god til at synge.", "Min have.", "Jeg vil gerne flytte til Odense.",
               "Så ville jeg være tæt på mine børnebørn.", "Nej, jeg er pensioneret.", "Jeg øver mig i at gå på trapper.", "3",
               "Nej.", "Nej.", "Neutral."]


def test_the_reason_goes_with_the_wish_taken_back():
    state, bot = talk([*_TO_SUMMARY, "Slet det med Odense."], joined=True)
    assert "børnebørn" not in bot[-1], bot[-1]
    assert not [i for i in state["items"] if "børnebørn" in i.get("quote", "") and not i.get("withdrawn")
                and not i.get("correction")]


def test_a_complaint_about_the_staff_at_the_meeting_question_is_a_worry():
    turns = [*_TO_SUMMARY[:9], "Min bostøtte svarer aldrig på mine beskeder."]
    state, bot = talk(turns, joined=True)
    # never "Din kontaktperson er med til mødet. Det er godt at vide."
    assert "er med til mødet" not in bot[-1], bot[-1]
    assert not state.get("staff_attend")
