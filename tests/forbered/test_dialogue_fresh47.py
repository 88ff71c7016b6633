"""Fresh round 47: "plejede at …" under the strengths is a strength in the past, and what is there now is said last;
a wish and the fear that holds it back under the parking question are one worry, not two; "job nej. …" and
"Arbejde? Nej, …" to the work question are a no; "Nej, det er jeg for gammel til" keeps the no on the sheet and in the
summary; a sigh like "Puha det er svært at sige" and a wish about smileys are no points; a job the citizen is glad for is
said back with the gladness."""

from dialogue_helpers import talk

from forbered.sheet import build_sheet


def _talk(turns, role="citizen"):
    return talk(turns, role)


def _quotes(state, cat):
    return [i["quote"] for i in state["items"] if not i.get("withdrawn") and i.get("category") == cat]


_TO_WORK = ["Ja jeg skriver selv", "katte", "kaffe", "ved ikke", "videre"]
_TO_PARKING = [*_TO_WORK, "nej", "ved ikke"]


def test_used_to_strength_is_past_and_the_present_strength_comes_last():
    _, bot = _talk(["Ja jeg skriver selv", "Jeg plejede at spille harmonika, men nu er jeg god til at bage boller."])
    line = " ".join(bot[-1])
    assert "Det har været en del af dig." in line
    assert line.index("plejede at spille harmonika") < line.index("nu er du god til at bage boller")


def test_wish_then_fear_under_parking_is_one_worry():
    _, bot = _talk([*_TO_PARKING, "jeg vil gerne tage på højskole, men jeg er bange for ikke at kunne følge med"])
    line = " ".join(bot[-1])
    assert "Begge dele" not in line
    assert "Du vil gerne tage på højskole, men du er bange for ikke at kunne følge med." in line


def test_thing_then_no_to_the_work_question_is_a_no():
    state, bot = _talk([*_TO_WORK, "uddannelse nej. har nok i mit"])
    assert not any("Du vil gerne" in t for t in bot[-1])
    assert not any(q.lower().startswith("uddannelse nej") for q in _quotes(state, "employment"))


def test_too_old_keeps_the_no_on_the_sheet_and_in_the_summary():
    state, _ = _talk([*_TO_WORK, "Nej, det er jeg blevet for gammel til.", "ved ikke", "nej", "nej", "neutral"])
    assert any(q.lower().startswith("nej") for q in _quotes(state, "employment"))
    summary = build_sheet(state, "t")["summary"]
    assert "Nej til arbejde." in summary


def test_sigh_before_a_worry_is_no_point():
    state, bot = _talk([*_TO_PARKING, "Pyha, det er ikke let at sætte ord på. Min økonomi er stram hver måned."])
    assert not any("ord på" in q for q in _quotes(state, "parking"))
    assert not any("ord på" in t for t in bot[-1])


def test_wish_about_smileys_is_no_point():
    state, _ = _talk(["Ja jeg skriver selv", "skak", "Jeg bryder mig ikke om smileys. Min guitar."])
    assert not any("smiley" in q.lower() for i in ("resource", "parking", "hope") for q in _quotes(state, i))


def test_job_told_with_gladness_is_said_back_with_it():
    _, bot = _talk([*_TO_WORK[:-1], "videre", "Jeg er i praktik i en genbrugsbutik, det er jeg rigtig glad for."])
    line = " ".join(bot[-1])
    assert "Det er du glad for." in line
    assert "ligger dig på sinde" not in line
