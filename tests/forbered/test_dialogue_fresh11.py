"""Fresh conversations, round 11: contact details in an answer, renames and "det står der allerede" under the
summary, answers that answer another question (a goal under work, a worry under goals, the plan under the meeting),
emoji answers, relatives, and the wording of echoes (fillers, acronyms, places, infinitive goals, dialect)."""

import random

from dialogue_helpers import START, run, tag, texts
from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live

from forbered import reflect
from forbered.dialogue import intents as it
from forbered.dialogue import moves
from forbered.dialogue.engine import _goal_tone
from forbered.sheet import build_sheet

# 1. Contact details inside an answer

def test_a_wish_for_the_sheet_by_mail_loses_the_mail_not_the_words():
    state = _at("hopes1")
    text = "Jeg vil gerne have arket på mail, skriv til pia.jensen@hotmail.com"
    state, (r,) = run([text], state)
    said = texts(r)
    assert "pia.jensen" not in said and "pia.jensen" not in str(build_sheet(state, "x"))
    kept = [i for i in state["items"] if i.get("contact_request")]
    assert kept and kept[0]["quote"] == "Jeg vil gerne have arket på mail" and kept[0]["category"] is None
    assert not _live(state, "hope")
    assert "kontaktperson" in said and "lykkedes" not in said and state["step"] == "hopes1"


# 2. Corrections under the summary

def test_a_new_name_for_a_word_in_two_points_renames_both():
    state, _ = run([*START, "Jeg leger med min kat Findos", "Når Findos spinder om aftenen"])
    state = _at("summary", state=state)
    state, (r,) = run(["Nej. Katten hedder Findus, ikke Findos"], state)
    quotes = [i["text"] for i in _live(state, "resource")]
    assert len(quotes) == 2 and all("Findus" in q and "Findos" not in q for q in quotes)
    assert "tilføjet" not in texts(r) and "Findos" not in texts(r)


def test_already_there_is_not_called_a_correction():
    state, _ = run([*START, "Jeg er god til at spille skak"])
    state = _at("summary", state=state)
    state, (r,) = run(["du har glemt at jeg er god til at spille skak"], state)
    said = texts(r)
    assert "allerede" in said and "rettelse" not in said
    assert len([i for i in state["items"] if "skak" in i.get("quote", "")]) == 1


def test_a_point_named_as_wrong_keeps_the_other_thing_in_it():
    state, _ = run([*START, "Jeg er god til at danse og til at bage boller"])
    state = _at("summary", state=state)
    state, (r,) = run(["Nej, det med dansen passer ikke, jeg er god til at synge"], state)
    sheet = build_sheet(state, "x")
    listed = " ".join(i["text"] for i in sheet["resources"])
    assert "bage boller" in listed and "danse" not in listed and "synge" in listed
    assert "passer ikke" not in listed


def test_english_not_good_at_one_of_two_things_takes_only_that_one_out():
    state, _ = run(["/start", "yes", "I am good at knitting and swimming"], language="en")
    state = _at("summary", state=state, language="en")
    state, (r,) = run(["No, I am not good at swimming, I am good at running"], state)
    live = " ".join(i["text"] for i in _live(state, "resource"))
    assert "knitting" in live and "swimming" not in live


def test_you_forgot_after_a_yes_is_still_a_forgotten_point():
    state, _ = run([*START, "Jeg er god til at reparere ure"])
    state = _at("summary", state=state)
    state, (r,) = run(["Ja men du glemte at jeg er god til at reparere ure"], state)
    assert "allerede" in texts(r)
    assert not any(i.get("quote", "").lower().startswith(("du glemte", "ja men")) for i in state["items"])


# 3. Answers that answer another question

def test_no_hope_in_words_then_the_second_hope_question_does_not_point_back():
    state = _at("hopes1")
    state, (r,) = run(["🙂"], state)
    assert state["step"] == "hopes2" and "lykkedes" not in texts(r) and "år frem" in texts(r)


def test_a_worry_under_the_goals_question_gets_no_score_question_and_is_not_said_twice():
    state = _at("goal1")
    state, (r,) = run(["Min husleje fylder og min kat er syg"], state)
    said = texts(r)
    assert "0 til 4" not in said and said.count("husleje") == 1
    assert _live(state, "parking") and state["step"] == "meeting1"


def test_a_goal_said_under_the_work_question_answers_the_goals_question():
    state = _at("work")
    state, (r,) = run(["Mit mål er at cykle til værkstedet. Det går fint, jeg giver det 3"], state)
    assert [s["score"] for s in state["scores"]] == [3]
    assert _live(state, "goal_progress") and not _live(state, "employment")
    assert "Hvordan går det med de mål" not in texts(r) and state["step"] == "parking"


def test_a_plan_word_under_the_meeting_question_sets_the_plan():
    state = _at("meeting1")
    state, (r,) = run(["neutral"], state)
    assert state["preferences"]["plan_version"] == "neutral" and state["step"] == "meeting1"
    state, (r,) = run(["nej"], state)
    assert state["step"] == "summary" and "farverig eller neutral" not in texts(r)


def test_a_sick_relative_named_under_the_meeting_question_is_not_a_yes():
    state = _at("meeting1")
    text = "Min far har det dårligt for tiden"
    state, (r,) = run([(text, tag(text, sheet="parking"))], state)
    assert state["preferences"]["relatives_attend"] is None and state["step"] == "meeting1"
    assert _live(state, "parking") and "pårørende med" not in texts(r)


def test_both_meeting_answers_in_one_message():
    state = _at("meeting1")
    state, (r,) = run(["Ja, min moster kommer med, og jeg vil have den neutrale"], state)
    assert state["preferences"] == {"relatives_attend": True, "plan_version": "neutral"}
    assert state["step"] == "summary"


def test_a_contact_person_named_under_the_plan_question_comes_to_the_meeting():
    state = _at("meeting2")
    state, (r,) = run(["Min kontaktperson Ulla"], state)
    # a contact person is staff, not a relative (review fix 12)
    assert state.get("staff_attend") and state["preferences"]["relatives_attend"] is None and not _live(state, "resource")


def test_no_preference_for_the_plan_is_not_asked_again():
    state = _at("meeting2")
    state, (r,) = run(["det er mig lige meget"], state)
    assert state["step"] == "summary" and state["preferences"]["plan_version"] is None
    assert "mødet" in texts(r)


def test_thumbs_down_and_shrug_are_no_and_dont_know():
    state = _at("goal1")
    state, (r,) = run(["🤷‍♂️"], state)
    assert "0 til 4" not in texts(r) and state["step"] == "parking"
    state = _at("meeting1")
    state, _ = run(["👎"], state)
    assert state["preferences"]["relatives_attend"] is False


def test_not_really_any_goals_is_no_goals():
    state = _at("goal1")
    state, (r,) = run(["Jeg har ikke rigtigt nogle mål"], state)
    assert "0 til 4" not in texts(r) and not _live(state, "goal_progress")


def test_early_pension_answers_the_work_question():
    state = _at("work")
    state, (r,) = run(["nej jeg er førtidspensionist"], state)
    assert "fylder nu" in texts(r)


def test_a_question_about_the_bot_is_answered_as_such():
    state = _at("resources2")
    state, (r,) = run(["Hvad er du selv god til?"], state)
    assert "chatbot" in texts(r) and "mødet" not in texts(r)


def test_a_clarification_question_with_a_guess_gets_the_question_explained():
    state = _at("resources1")
    state, (r,) = run(["Hvad mener du? Noget med sport?"], state)
    assert not state["items"] and "For eksempel" in texts(r)


def test_a_question_inside_an_answer_is_not_put_on_the_lists():
    state = _at("hopes1")
    state, (r,) = run(["Jeg vil gerne være frisør. Kan jeg nå det?"], state)
    assert [i["quote"] for i in _live(state, "hope")] == ["Jeg vil gerne være frisør."]


def test_unsure_what_one_is_good_at_is_no_strength():
    text = "Altså jeg ved ikke helt hvad jeg er god til men folk siger at jeg er god til at trøste"
    t = tag(text, sheet="resource", clauses=[("Altså jeg ved ikke helt hvad jeg er god til", "neutral", "resource"),
                                             ("men folk siger at jeg er god til at trøste", "neutral", "resource")])
    state, _ = run([*START, (text, t)])
    assert [i["quote"] for i in _live(state, "resource")] == ["men folk siger at jeg er god til at trøste"]


def test_and_then_i_would_like_is_an_addition_not_a_consequence():
    state = _at("hopes1")
    state, _ = run(["Jeg vil gerne have en have. Og så vil jeg gerne lære at svømme."], state)
    assert [i["text"] for i in _live(state, "hope")][-1] == "Jeg vil også gerne lære at svømme."


def test_a_strength_and_a_wish_without_a_comma_are_two_points():
    state, _ = run([*START, "Jeg er god til at sy og jeg drømmer om at få en symaskine"])
    assert _live(state, "resource") and _live(state, "hope")


def test_resume_after_stop_and_save():
    state, _ = run([*START, "Jeg er god til at tegne", "stop", "ja"])
    assert state["step"] == "done" and state["stopped_early"]
    state, (r,) = run(["hej igen"], state)
    assert state["step"] == "resources2" and r.messages[-1].text.endswith("?")


def test_goal_suggestions_leave_out_reasons_and_sentences_that_point_back():
    state = _at("hopes1")
    state, _ = run(["Jeg vil gerne have en hund. Det er min største drøm.", "Så ville jeg gå flere ture"], state)
    sugg = [g["text"] for g in build_sheet(state, "x")["goal_suggestions"]]
    assert sugg == ["Jeg vil have en hund."]


def test_goal_that_is_not_going_well_is_hard_even_when_it_is_a_step():
    fresh = [{"talk_type": "change", "subtype": "taking_steps"}]
    assert _goal_tone(fresh, "Jeg øver mig i at vaske tøj. Det går ikke så godt")["talk_type"] == "sustain"
    assert _goal_tone(fresh, "Det går langsomt")["talk_type"] == "slow"
    item = {"you": "Dit mål er at gå til svømning.", "category": "goal_progress", "talk_type": "slow", "subtype": None}
    line, _ = moves.reflection(item, "da", random.Random(0), None)
    assert "langsomt" in line and "op og ned" not in line


# 4. Wording of echoes

def test_echo_wording():
    r = moves.render_item
    assert r("Jamen altså, jeg er god til at hækle", "resource", "resources1", "citizen", "", "da")["you"].startswith(
        "Du er god til at hækle")
    assert "DSB" in r("DSB og togene", "hope", "hopes1", "citizen", "", "da")["you"]
    assert not r("Min gamle kat døde i vinter", "hope", "hopes1", "citizen", "", "da")["you"].startswith("Du drømmer om")
    assert ", ja" not in r("Fodbold, ja.", "hope", "hopes1", "citizen", "", "da")["you"]
    assert r("på et plejehjem", "employment", "work", "citizen", "", "da")["you"] == "Du vil gerne arbejde på et plejehjem."
    assert r("At tage bad hver dag", "goal_progress", "goal1", "citizen", "", "da")["you"] == "Dit mål er at tage bad hver dag."
    assert r("At bage med sin mormor", "resource", "resources2", "relative", "", "da")["you"] == (
        "Det giver hende eller ham glæde at bage med sin mormor.")


def test_an_er_already_there_is_not_doubled():
    assert reflect.repair_echo("Så er du god til at danse.") == "Så er du god til at danse."
    assert reflect.repair_echo("Du god til at danse.") == "Du er god til at danse."


def test_dialect_mae_after_a_noun_is_med():
    assert "bil med anhænger" in reflect.standard_spelling("en stor bil mæ anhænger")


def test_parents_writing_for_him_are_relatives():
    assert it.detect_written_by("Vi er Saras forældre, og vi skriver for hende") == "relative"
    assert it.detect_written_by("Vi sidder sammen og skriver") == "together"
