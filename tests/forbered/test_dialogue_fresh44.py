"""Round 44: relatives and the citizen's own asides. "ingen idé om om hun har nogen ønsker" is a don't-know; "kommer ikke
for sent" is no no to coming, and a relative's "jeg kommer" with someone else not coming is a yes; "Jeg kan ikke, hans
søster er syg" is a no; "nu skriver Lars selv" and "det er mig selv nu" hand the chat to the citizen (and stay handed
over); a school pupil's job wish is no "arbejde fylder ikke nu"; "hvad er mål?" asks about the question; a relative's
"Hun siger hun så ville …" is not said twice in the linking summary; a relative's "hvorfor spørger du?" is about the person."""

from dialogue_helpers import at_step, run, texts

from forbered.dialogue import intents as it


def _relative_at(step, consent="Ja, jeg er hans søster"):
    state, _ = run(["/start", consent], role="relative")
    for _ in range(15):
        if state["step"] == step:
            return state
        state, _ = run(["ved ikke"], state, role="relative")
    raise AssertionError(state["step"])


# ---- don't-know said as "ingen idé om om …" ------------------------------------------------------------------------


def test_no_idea_whether_there_are_dreams_is_a_dont_know():
    for line in ("ingen idé om om hun har nogen ønsker", "Ingen anelse om, om jeg har drømme.",
                 "aner ikke om han har nogen planer", "ingen anelse om om han har drømme, det har han aldrig sagt"):
        assert it.is_dont_know(line), line
    assert not it.is_dont_know("ingen anelse om hvornår toget kører, men jeg elsker tog")


def test_no_idea_under_hopes_is_not_a_dream_on_the_sheet():
    state = at_step("hopes1")
    state, out = run(["ingen idé om om jeg har nogen ønsker"], state)
    said = texts(out[-1])
    assert "drømmer om ingen" not in said.lower() and "ingen idé" not in said.lower(), said
    assert not [i for i in state["items"] if i.get("category") == "hope"], state["items"]


# ---- who comes to the meeting -------------------------------------------------------------------------------------


def test_not_late_is_no_no_to_coming():
    state = _relative_at("meeting1")
    state, out = run(["Jeg kommer ikke for sent i år, jeg kommer med"], state, role="relative")
    assert state["preferences"]["relatives_attend"] is True, texts(out[-1])
    state = at_step("meeting1")
    state, out = run(["Min bror kommer ikke for sent, han kommer med"], state)
    assert state["preferences"]["relatives_attend"] is True, texts(out[-1])


def test_relative_comes_while_someone_else_does_not():
    state = _relative_at("meeting1")
    state, out = run(["Ja, jeg kommer, men hans onkel kommer nok ikke"], state, role="relative")
    assert state["preferences"]["relatives_attend"] is True, texts(out[-1])
    assert "ikke pårørende" not in texts(out[-1]), texts(out[-1])


def test_relative_not_coming_with_a_reason_about_another_is_a_no():
    state = _relative_at("meeting1")
    state, out = run(["Jeg kan ikke, hans søster er syg"], state, role="relative")
    assert state["preferences"]["relatives_attend"] is False, texts(out[-1])


# ---- the citizen takes over -----------------------------------------------------------------------------------------


def test_named_person_writes_now_is_a_handover():
    for line in ("nu skriver Lars selv", "Lars skriver selv nu", "Det er mig selv nu, Lars."):
        state = _relative_at("hopes1")
        state, out = run([line], state, role="relative")
        said = texts(out[-1])
        assert state["written_by"] == "citizen", (line, said)
        assert "skriver selv" not in said.lower().replace("du selv skriver", ""), said
        assert not [i for i in state["items"] if "lars" in (i.get("quote") or "").lower()], state["items"]


def test_handover_holds_while_the_role_is_still_relative():
    state = _relative_at("hopes1")
    state, _ = run(["nu skriver hun selv", "ved ikke"], state, role="relative")
    state, out = run(["ved ikke"], state, role="relative")
    assert state["written_by"] == "citizen"
    assert " hun " not in f" {texts(out[-1])} " and "hun eller han" not in texts(out[-1]), texts(out[-1])


def test_handover_with_the_answer_after_it():
    state = _relative_at("hopes1")
    state, out = run(["det er mig selv nu. Jeg vil gerne lære at svømme"], state, role="relative")
    said = texts(out[-1])
    assert state["written_by"] == "citizen" and "Du vil gerne lære at svømme" in said, said


# ---- work: at school, and a job wished for ---------------------------------------------------------------------------


def test_school_and_a_job_wish_is_not_work_not_filling():
    state = _relative_at("work", "Ja, jeg er hendes far")
    state, out = run(["Hun går i 9. klasse og vil gerne være frisør"], state, role="relative")
    said = texts(out[-1])
    assert "ikke det, der fylder" not in said and "frisør" in said, said
    state = _relative_at("work", "Ja, jeg er hendes far")
    state, out = run(["Hun går i 8. klasse"], state, role="relative")
    assert "ikke det, der fylder" in texts(out[-1]), texts(out[-1])


# ---- questions about the question ------------------------------------------------------------------------------------


def test_what_is_a_word_of_the_question_is_explained_not_sent_to_the_meeting():
    for line in ("hvad er mål?", "hvad er en parkeringsplads?", "Hvad er neutral?"):
        assert it.question_to_bot(line) == "confused", line
    state = at_step("goal1")
    state, out = run(["hvad er målene?"], state)
    assert "tage med til mødet" not in texts(out[-1]), texts(out[-1])
    assert it.question_to_bot("hvad er klokken?") == "other"


def test_relative_why_question_is_about_the_person():
    state = _relative_at("parking", "Ja, jeg er hendes mor")
    state, out = run(["hvorfor spørger du om det?"], state, role="relative")
    said = texts(out[-1])
    assert "vigtigt for dig" not in said and "vigtigt for h" in said, said


# ---- a relative's "hun siger" line, said once ------------------------------------------------------------------------


def test_relatives_reported_consequence_is_not_said_twice():
    state = _relative_at("hopes1", "Ja, jeg er hans datter")
    state, _ = run(["Han vil gerne kunne cykle til havnen igen"], state, role="relative")
    state, out = run(["Han siger han så ville kunne se bådene"], state, role="relative")
    said = texts(out[-1])
    assert said.count("se bådene") == 1, said
