"""Relatives writing for the person, handovers, English and odd input: new sentences of the kinds that went wrong."""

import copy

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue import respond
from forbered.privacy import find_pii, mask_pii


def _relative_at(step):
    state, _ = run(["/start", "Ja, jeg er pårørende. Jeg er hans moster."], role="relative")
    for _ in range(15):
        if state["step"] == step:
            return state
        state, _ = run(["ved ikke"], state)
    raise AssertionError(state["step"])


# --- how much to write -----------------------------------------------------------------------------

def test_how_much_to_write_is_answered_plainly():
    for q in ("Skriver jeg for lidt?", "Er det for langt, det jeg skriver?", "Is this too much?", "Skal jeg skrive kortere?"):
        assert it.question_to_bot(q) == "write_length", q
    assert it.question_to_bot("Er det for meget at ønske sig?") != "write_length"


def test_relative_asking_about_length_gets_no_meeting_question_reply():
    state = _relative_at("resources2")
    _, out = run(["Har jeg skrevet for meget?"], state)
    said = texts(out[-1])
    assert "tage med til mødet" not in said
    assert "så meget eller så lidt" in said


# --- a relative is not told about "din kontaktperson" -----------------------------------------------

def test_relative_hears_the_contact_person_not_yours():
    state = _relative_at("parking")
    text = "Han savner sin gamle nabo. Mit nummer er 31 41 51 61."
    _, out = run([(text, tag(text, sheet="parking"))], state)
    said = texts(out[-1])
    assert "din kontaktperson" not in said.lower()
    assert "kontaktpersonen" in said


def test_relative_stop_with_sheet_request_saves_at_once():
    state = _relative_at("resources2")
    state, out = run(["Hun er helt udkørt. Kan vi ikke bare få arket nu?"], state)
    said = texts(out[-1])
    assert state["stopped_early"] and state["step"] in ("stopped", "done")
    assert "Din kontaktperson" not in said


# --- masked data from the service ---------------------------------------------------------------------

def test_masked_placeholders_count_as_personal_data():
    assert [f.kind for f in find_pii("Mit cpr er [CPR-nummer] og mail [e-mail]")] == ["cpr", "email"]
    assert mask_pii("ring på [telefonnummer]") == "ring på [telefonnummer]"


def test_masked_number_is_never_a_point():
    state = at_step("resources1")
    text = "Jeg er god til at strikke. Skriv evt. til mig på [e-mail]."
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert "e-mail" not in texts(out[-1]).lower().replace("numre og mails", "")
    assert [i["quote"] for i in live(state, "resource")] == ["Jeg er god til at strikke."]


# --- handover from the relative to the person -------------------------------------------------------

def test_third_person_handover_phrases():
    for t in ("Nu vil Karen gerne skrive selv.", "Nu skriver Ali selv resten.", "hej det er jonas", "Mads tager over nu."):
        assert it.SELF_NOW.search(t), t
    for t in ("hej det er Lones far", "Nu vil han gerne have en kat.", "Hun tager over efter sin far i butikken"):
        assert not it.SELF_NOW.search(t), t


def test_points_told_about_the_person_are_said_to_them_after_handover():
    from forbered.dialogue.engine import _said_to_them

    assert _said_to_them("Hendes kanin giver hende glæde.", "hun", None) == "Din kanin giver dig glæde."
    assert _said_to_them("Ali er god til at tegne, og han elsker sine brødre.", "han", "Ali") == \
        "Du er god til at tegne, og du elsker dine brødre."
    assert _said_to_them("Hun bliver glad af hendes værelse.", "hun", None) == "Du bliver glad af dit værelse."
    assert _said_to_them("Han savner sin mor. Hun bor i Vejle.", "han", None) is None  # someone else's "hun"
    assert _said_to_them("Han sover hos mig.", "han", None) is None  # the writer's own "mig"


def test_handover_named_in_third_person_asks_again_without_a_point():
    state, _ = run(["/start", "Ja, jeg er pårørende. Jeg er Karens far."], role="relative")
    t1 = "Karen er god til at svømme, og hendes hund Bobby giver hende glæde."
    state, _ = run([(t1, tag(t1, sheet="resource"))], state)
    state, out = run(["Nu vil Karen gerne skrive selv."], state)
    assert state["written_by"] == "citizen"
    assert not any("gerne skrive selv" in i.get("quote", "") for i in state["items"])
    state, out = run(["hej det er karen. jeg elsker at bage"], state)
    assert not any("karen" in i.get("quote", "").lower() for i in state["items"] if i["turn"] == state["turn"])
    summary_state = state
    for _ in range(15):
        if summary_state["step"] == "summary":
            break
        summary_state, _ = run(["ved ikke"], summary_state)
    said = summary_state.get("summary", "")
    assert "Du er god til at svømme" in said and "din hund bobby" in said.lower()


# --- corrections under the summary ------------------------------------------------------------------

def _at_summary_with_hope(role="citizen"):
    state, _ = run(["/start", "ja"], role=role)
    h = "Jeg håber at kunne cykle ture i skoven igen."
    for _ in range(15):
        if state["step"] == "hopes1":
            state, _ = run([(h, tag(h, "change", sheet="hope"))], state)
        if state["step"] == "summary":
            return state
        state, _ = run(["ved ikke"], state)
    raise AssertionError(state["step"])


def test_some_mistakes_asks_what_to_change():
    state = _at_summary_with_hope()
    state, out = run(["Nej, der er nogle fejl."], state)
    assert state["awaiting"] == "correction"
    assert not state["corrections"]


def test_cleft_correction_replaces_the_words_and_leaves_no_letter():
    state = _at_summary_with_hope()
    body = "Og det er ved havnen, jeg vil cykle, ikke i skoven."
    tg = tag(body, clauses=[("Og det er ved havnen", "neutral", None), ("jeg vil cykle, ikke i skoven.", "neutral", None)])
    state, out = run([(body.rstrip("."), tg)], state)
    hopes = [i["quote"] for i in live(state, "hope")]
    assert any("ved havnen" in h for h in hopes) and not any("i skoven" in h for h in hopes)
    assert not any(len(i.get("quote", "").strip()) <= 2 for i in state["items"])


def test_meeting_person_swapped_under_the_summary():
    state = _at_summary_with_hope()
    state, _ = run(["Og jeg vil ikke have min søster med, det skal være min bror."], state)
    assert state["preferences"]["relatives_attend"] is True
    assert "din bror" in state["summary"]


# --- scores and views of a relative -----------------------------------------------------------------

def test_kin_word_score_and_relatives_own_score():
    state = _relative_at("goal1")
    state["third"] = "hun"
    goal = "Hun har et mål om at gå i bad selv. Det går fint"
    state, _ = run([(goal, tag(goal, sheet="goal_progress"))], state)
    assert state["step"] == "goal2"
    before = copy.deepcopy(state)
    state, out = run(["Hun siger selv 3, men jeg vil sige 1."], copy.deepcopy(before))
    assert state["scores"][-1]["score"] == 3 and state["scores"][-1]["relative_score"] == 1
    # "Mor" is someone else (the person's mother), never the person's own score
    state, out = run(["Mor siger 3, men jeg vil sige 1."], before)
    assert "relative_score" not in state["scores"][-1] and "siger selv" not in texts(out[-1])


def test_relatives_doubt_is_heard_beside_the_persons_wish():
    state = _relative_at("hopes1")
    state["third"] = "han"
    text = "Han siger, at han vil flytte til København, men det tror jeg altså ikke, han kan."
    tg = tag(text, clauses=[("Han siger, at han vil flytte til København", "change", "hope"),
                            ("men det tror jeg altså ikke", "sustain", None), ("han kan.", "neutral", None)])
    state, out = run([(text, tg)], state)
    said = texts(out[-1])
    assert "ikke helt sikker" in said
    assert not any(i.get("quote", "").strip(" .").lower() == "han kan" for i in state["items"])


# --- English --------------------------------------------------------------------------------------

def test_english_sentence_answer_to_work_question_is_not_framed():
    state = respond(None, "/start", None, language="en").state
    state, _ = run(["yes"], state)
    for _ in range(10):
        if state["step"] == "work":
            break
        state, _ = run(["don't know"], state)
    text = "Yes, the gardening job is my big wish."
    state, out = run([(text, tag(text, sheet="employment"))], state)
    said = texts(out[-1])
    assert "would like the gardening" not in said
    assert "The gardening job is your big wish." in said


def test_switch_to_english_mid_sentence_keeps_no_broken_fragment():
    state = at_step("resources1")
    state, out = run(["Jeg kan godt lide at... sorry, can we write in English? My Danish is bad."], state)
    assert state["language"] == "en"
    assert not [i for i in state["items"] if i.get("category")]


# --- odd input --------------------------------------------------------------------------------------

def test_markup_and_fullwidth_letters_are_read_as_words():
    state = at_step("resources1")
    state, _ = run(["<i>Jeg</i> er god til at synge <script>x()</script>"], state)
    assert [i["quote"] for i in live(state, "resource")] == ["Jeg er god til at synge"]
    state, _ = run(["Ｍｉｎ ｋａｔ"], state)
    assert any("Min kat" in i["quote"] for i in live(state, "resource"))


def test_invisible_message_gets_the_question_in_other_words():
    state = at_step("resources2")
    asked = state["asked"]
    state, out = run(["\u200b\u200c"], state)
    said = texts(out[-1])
    assert "ikke noget med" in said
    assert state["step"] == "resources2" and state["asked"] == asked


def test_second_foreign_message_does_not_repeat_the_offer():
    state, _ = run(["/start", "Так, я пишу сама."])
    state, out = run(["Nie rozumiem po duńsku."], state)
    said = texts(out[-1])
    assert "tolk" not in said and "dansk eller engelsk" in said
    state, out = run(["ok jeg prøver dansk. ja det er fint"], state)
    assert state["consent"]
    assert not any("prøver dansk" in i.get("quote", "") for i in state["items"])


def test_relatives_background_with_the_yes_is_no_wish():
    text = "Ja, jeg er pårørende. Jeg er mor til Ida, hun er 31 og bor på et bosted."
    tg = tag(text, clauses=[("Ja, jeg er pårørende.", "neutral", None), ("Jeg er mor til Ida", "neutral", None),
                            ("hun er 31 og bor på et bosted.", "neutral", "hope")])
    state, out = run(["/start", (text, tg)], role="relative")
    assert not [i for i in state["items"] if i.get("category")]


def test_left_out_copula_is_put_back_on_the_sheet():
    state = at_step("resources1")
    state, _ = run(["jeg dygtig til cykle og min søster glad for mig"], state)
    assert any(i["text"].startswith("Jeg er dygtig til") for i in live(state, "resource"))


def test_persons_wish_passed_on_by_relative_is_a_wish_even_when_tagged_sustain():
    state = _relative_at("hopes1")
    state["third"] = "hun"
    text = "Hun fortæller tit, at hun gerne vil have en papegøje."
    state, out = run([(text, tag(text, "sustain"))], state)
    assert [i["quote"] for i in live(state, "hope")] == [text]


def test_after_handover_a_greeting_is_no_point_and_a_correction_stays_said_to_them():
    state, _ = run(["/start", "Ja, vi skriver sammen. Jeg er hans mor."], role="relative")
    t1 = "Malik er god til at tegne, og hans hamster Snuden gør ham glad."
    state, _ = run([(t1, tag(t1, sheet="resource"))], state)
    state, _ = run(["Nu tager Malik over."], state)
    state, _ = run(["hej! jeg elsker at spille fodbold"], state)
    assert not any(i.get("quote", "").lower().startswith("hej") for i in state["items"])
    for _ in range(15):
        if state["step"] == "summary":
            break
        state, _ = run(["ved ikke"], state)
    state, _ = run(["Hamsteren hedder Snude, ikke Snuden"], state)
    assert "din hamster Snude gør dig glad" in state["summary"]
