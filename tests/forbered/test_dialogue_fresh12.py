"""Fresh conversations, round 12: relatives' goal suggestions in the citizen's first person, grammatical English
frames, trades as strengths, coming back after a pause, sentences that point back, word-finding pauses (aphasia),
counter-questions, "nothing" to the parking question, a relative's own view, language switches and goal tones."""

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import run, tag, texts

from forbered.dialogue import moves
from forbered.dialogue.engine import _goal_tone, _word_finding
from forbered.sheet import build_sheet, goal_suggestions

# 1. Leftovers from round 11

def test_a_relatives_hope_becomes_a_first_person_goal_suggestion():
    hopes = [{"text": "Hun vil gerne bo i sin egen lejlighed tæt på hendes søster.", "quote": "x", "speaker": "relative"},
             {"text": "Han drømmer om at køre på knallert.", "quote": "y", "speaker": "relative"}]
    assert [g["text"] for g in goal_suggestions(hopes)] == [
        "Jeg vil bo i min egen lejlighed tæt på min søster.", "Jeg vil køre på knallert."]


def test_a_relatives_hope_that_cannot_be_turned_cleanly_is_left_out():
    hopes = [{"text": "Vi håber, at hun kan få en kæreste.", "quote": "x", "speaker": "relative"},
             {"text": "Hun vil gerne besøge hendes gamle klasselærer.", "quote": "y", "speaker": "relative"},
             {"text": "Signe vil gerne ride.", "quote": "z", "speaker": "relative"}]
    assert goal_suggestions(hopes) == []


def test_an_english_relatives_hope_becomes_a_first_person_goal():
    (g,) = goal_suggestions([{"text": "She wants to see her cousins more often.", "quote": "x", "speaker": "relative"}], "en")
    assert g["text"] == "I will see my cousins more often."


def test_a_relatives_hope_on_the_sheet_gives_a_first_person_suggestion():
    state, _ = run(["/start", "Ja, jeg er pårørende. Jeg er hans onkel"], role="relative")
    state = _at("hopes1", state=state)
    state, _ = run(["Han vil gerne arbejde på et cykelværksted"], state)
    sugg = [g["text"] for g in build_sheet(state, "x")["goal_suggestions"]]
    assert sugg == ["Jeg vil arbejde på et cykelværksted."] and not any("han" in g.split() for g in sugg)


def test_english_bare_answers_get_grammatical_frames():
    def you(q, cat, step):
        return moves.render_item(q, cat, step, "citizen", "", "en")["you"]
    assert you("flat", "hope", "hopes1") == "You hope for a flat."
    assert you("perhaps study in a library", "employment", "work") == "Perhaps you would like to study in a library."
    assert you("neighbour shouts at night", "parking", "parking") == "Neighbour shouts at night. That takes up a lot of your mind."
    assert you("cat", "resource", "resources2") == "Your cat gives you joy."
    assert you("bake", "resource", "resources1") == "You are good at baking."


def test_learner_english_is_repaired_in_the_echo_only():
    r = moves.render_item("I am good in painting and I want job in a garden", "resource", "resources1", "citizen", "", "en")
    assert r["you"].startswith("You are good at painting") and "want a job" in r["you"]
    assert r["text"].startswith("I am good in painting")


def test_a_trade_named_as_a_strength():
    assert moves.render_item("murer", "resource", "resources1", "citizen", "", "da")["you"] == "Du er god til dit fag som murer."
    assert moves.render_item("frisør i 20 ar", "resource", "resources1", "citizen", "", "da")["you"] == "Du har været frisør i 20 år."
    echo = moves.render_item("Hun er god til gartner", "resource", "resources1", "relative", "", "da")["you"]
    assert echo == "Hun er god til sit fag som gartner."


def test_coming_back_after_a_pause_does_not_repeat_the_question_word_for_word():
    state = _at("work")
    state, (r1,) = run(["pause"], state)
    state, (r2,) = run(["hej igen"], state)
    said = [m.text for m in r2.messages]
    assert "Vi var nået til arbejde og uddannelse." in said[-1] and said[-1] != "Har du ønsker om arbejde, uddannelse eller noget at lave i dagtimerne?"
    assert state["step"] == "work"


def test_a_sentence_that_points_back_joins_its_point_on_the_sheet_and_in_the_summary():
    state = _at("hopes1")
    state, (r,) = run(["Jeg vil gerne tage på højskole. Jeg er nervøs for det."], state)
    hopes = _live(state, "hope")
    assert len(hopes) == 1 and "nervøs for det" in hopes[0]["text"]
    assert not _live(state, "parking")
    sheet = build_sheet(state, "x")
    assert [h["text"] for h in sheet["hopes"]] == ["Jeg vil gerne tage på højskole. Jeg er nervøs for det."]
    assert sheet["goal_suggestions"][0]["text"] == "Jeg vil tage på højskole."
    assert "og samtidig er du nervøs for det" in texts(r)


def test_a_worry_with_a_pointing_back_sentence_is_one_point():
    state = _at("parking")
    state, _ = run(["Min søster er syg. Det er hårdt."], state)
    assert [i["text"] for i in _live(state, "parking")] == ["Min søster er syg. Det er hårdt."]


def test_a_glad_sentence_after_a_wish_is_not_called_a_second_thought():
    state = _at("hopes1")
    state, (r,) = run(["Jeg vil gerne have en hund. Det glæder jeg mig til."], state)
    assert "samtidig" not in texts(r)


# 2. Round 12 conversations

def test_word_finding_pauses_are_joined_and_self_corrections_dropped():
    assert _word_finding("Jeg vil... svømme... nej... gå ture igen") == "Jeg vil gå ture igen"
    assert _word_finding("Mit barnebarn. Og... hvad hedder det... fodbold") == "Mit barnebarn. Og fodbold"
    assert _word_finding("jeg... før... maler") == "Før var jeg maler"


def test_an_aphasia_answer_under_strengths_is_read_as_one_sentence():
    state = _at("resources1")
    text = "Jeg kan... det der med... tal. Regne"
    t = tag(text, clauses=[("Jeg kan...", "neutral", "resource"), ("det der med...", "neutral", "resource"),
                           ("tal.", "neutral", "resource"), ("Regne", "neutral", "resource")])
    state, (r,) = run([(text, t)], state)
    quotes = [i["quote"] for i in _live(state, "resource")]
    assert "Jeg kan det der med tal." in quotes and "Jeg kan..." not in quotes


def test_a_counter_question_before_the_answer_is_not_the_answer():
    state = _at("work")
    state, (r,) = run(["Hvad mener du med dagtimerne? Jeg vil gerne arbejde i en genbrugsbutik"], state)
    assert [i["quote"] for i in _live(state, "employment")] == ["Jeg vil gerne arbejde i en genbrugsbutik"]
    assert "mener" not in texts(r)


def test_a_counter_question_and_a_plan_word():
    state = _at("meeting2")
    state, _ = run(["Hvad er forskellen? Neutral"], state)
    assert state["preferences"]["plan_version"] == "neutral" and not _live(state, "parking")


def test_nothing_to_the_parking_question_is_a_no():
    for answer in ("Ikke noget, jeg har det godt", "Nothing, life is good"):
        lang = "en" if answer.startswith("Nothing") else "da"
        state, _ = run(["/start", "yes" if lang == "en" else "ja"], language=lang)
        state = _at("parking", state=state, language=lang)
        state, (r,) = run([answer], state)
        assert not _live(state, "parking") and state["step"] == "meeting1"
        assert "fylder meget" not in texts(r) and "mind" not in texts(r)


def test_no_thanks_not_now_is_a_no():
    state = _at("work")
    state, (r,) = run(["Nej tak, ikke lige nu"], state)
    assert not state["items"] or not _live(state, "employment")
    assert "ikke lige nu." not in texts(r).lower() and state["step"] == "goal1"


def test_a_long_retired_answer_answers_the_work_question():
    state = _at("work")
    state, (r,) = run(["Jeg har været pensioneret i mange år nu, så det der med arbejde er ikke noget for mig"], state)
    assert "betyder meget" not in texts(r) and state["step"] == "goal1"


def test_a_relatives_own_view_is_kept_off_the_lists():
    state, _ = run(["/start", "Ja, jeg er pårørende. Jeg er hendes mor"], role="relative")
    state = _at("hopes1", state=state)
    state, (r,) = run(["Hun vil gerne være frisør. Jeg tror ikke, det kan lade sig gøre"], state)
    hopes = [i["quote"] for i in _live(state, "hope")]
    assert hopes == ["Hun vil gerne være frisør."] and "tror ikke" not in " ".join(i["text"] for i in _live(state, "hope"))


def test_a_wish_to_keep_ones_home_said_by_a_relative_is_a_hope():
    state, _ = run(["/start", "Ja, jeg er pårørende. Jeg er hans søn"], role="relative")
    state = _at("hopes1", state=state)
    text = "Far siger, han vil blive boende i huset"
    state, (r,) = run([(text, tag(text, "sustain", "desire"))], state)
    assert _live(state, "hope") and "svært" not in texts(r)


def test_danish_asked_for_in_an_english_conversation():
    state, _ = run(["/start", "yes"], language="en")
    state, (r,) = run(["Kan vi skrive på dansk i stedet?"], state)
    assert state["language"] == "da" and "dansk" in texts(r)


def test_a_danish_answer_in_an_english_conversation_is_read_as_danish():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("hopes1", state=state, language="en")
    state, _ = run(["Jeg vil gerne have et job på et lager"], state)
    assert state["language"] == "da"
    assert "you" not in " ".join(i["you"] for i in _live(state, "hope")).split()


def test_goal_tones_bath_and_super():
    item = {"talk_type": "change", "subtype": None, "category": "goal_progress"}
    assert _goal_tone([item], "Mit mål er at gå i bad hver dag. Det går super")["talk_type"] == "change"
    assert _goal_tone([item], "Det går fremad, om end langsomt")["talk_type"] == "slow"


def test_an_or_after_a_dream_stays_with_it():
    state = _at("hopes1")
    text = "blive kok!!! eller bager"
    t = tag(text, "change", "desire", clauses=[("blive kok!!!", "change", "hope"), ("eller bager", "neutral", "hope")])
    state, (r,) = run([(text, t)], state)
    hopes = [i["text"] for i in _live(state, "hope")]
    assert len(hopes) == 1 and "bager" in hopes[0]


def test_a_trait_is_not_called_good_at():
    assert moves.render_item("tålmodig med børn", "resource", "resources1", "citizen", "", "da")["you"] == "Du er tålmodig med børn."


def test_a_relatives_bare_joy_names_whose_joy_it_is():
    r = moves.render_item("Hendes kat Mis", "resource", "resources2", "relative", "", "da")
    assert r["you"] == "Hendes kat Mis giver hende glæde."

