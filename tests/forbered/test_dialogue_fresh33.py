"""Round 33: an English relative's "I'm her dad" kept off the sheet, pauses and returns in other words, a stop that is a
stop ("I need to stop now"), English "no" before a noun, "…, så nej" to the work question, "don't know what goals",
dialect "a" before "for at", dialect infinitives after "sku", a question with an aside after it, a question put in other
words only once, a person under the hopes question, a relative's "og så er han god til", "Målet er at han selv …",
"Vores søn …", a reporting tail in the goal suggestions, a strength named again under the hopes, plurals in "-ler", a
ride goal in a word, and "Det klarer han selv nu" as a goal's status."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered import reflect
from forbered.dialogue import moves
from forbered.dialogue.intents import is_pause, is_stop
from forbered.sheet import build_sheet
from forbered.texts import DA


def test_an_english_relative_saying_who_they_are_is_no_hope():
    text = "Yes, I'm her dad. I am typing for my daughter Zoe, she is 31 and lives in a group home"
    t = tag(text, clauses=[("Yes, I'm her dad.", "neutral", "hope"),
                           ("I am typing for my daughter Zoe, she is 31 and lives in a group home", "neutral", None)])
    state, _ = run(["/start", (text, t)], role="relative", language="en")
    assert state["step"] == "resources1"
    assert not [i for i in state["items"] if "dad" in i.get("quote", "").lower()], state["items"]


def test_a_pause_without_its_subject_and_the_return():
    for text in ("skal lige ringe til min søster. kommer igen", "skal lige have mad, er tilbage om lidt"):
        assert is_pause(text), text
    assert not is_pause("hun kommer tilbage")
    state = at_step("hopes1")
    state, out = run(["skal lige tisse. kommer igen"], state)
    assert state.get("paused") and not state["items"]
    state, out = run(["så er jeg her igen"], state)
    assert "Velkommen tilbage" in texts(out[-1]), texts(out[-1])
    assert not state["items"] and state["step"] == "hopes1"
    state = at_step("resources2")
    state, _ = run(["brb", "her er æ igen"], state)
    assert not state["items"] and state["step"] == "resources2"


def test_having_to_stop_is_a_stop_but_stopping_a_habit_is_not():
    for text in ("Sorry, I need to stop now, my head hurts", "jeg er nødt til at stoppe nu", "vi må stoppe her"):
        assert is_stop(text), text
    for text in ("jeg skal stoppe med at ryge", "I have to stop smoking", "I want to stop drinking cola"):
        assert not is_stop(text), text


def test_english_no_before_a_noun_is_kept():
    state = at_step("work", language="en")
    text = "No job for me, I'm retired since 2019"
    state, out = run([(text, tag(text))], state)
    kept = live(state, "employment")
    assert kept and kept[0]["text"].startswith("No job"), kept


def test_a_reason_then_so_no_to_the_work_question():
    state = at_step("work")
    text = "Jeg er 71, så nej"
    state, out = run([(text, tag(text, clauses=[("Jeg er 71,", "neutral", None), ("så nej", "neutral", "employment")]))], state)
    assert DA["work_retired"] in texts(out[-1]), texts(out[-1])
    assert [i["text"] for i in live(state, "employment")] == ["Jeg er 71."], state["items"]


def test_not_knowing_which_goals_is_no_goal():
    for text, lang in (("dont know which goals I have", "en"), ("ved ik hvilke mål jeg har", "da")):
        state = at_step("goal1", language=lang)
        state, out = run([(text, tag(text, sheet="goal_progress"))], state)
        assert not live(state, "goal_progress"), state["items"]
        assert state["step"] != "goal2"


def test_dialect_a_before_for_at_is_jeg():
    assert reflect.dialect_jeg("A er glad for at gå tur.") == "Jeg er glad for at gå tur."
    assert reflect.dialect_jeg("a ska ha en kop te og a bog") != "jeg ska ha en kop te og jeg bog"


def test_dialect_infinitives_after_sku_and_blive_bo():
    assert "skulle a ikke flytte" in reflect.standard_spelling("så sku a it flyt på bosted")
    assert "blive boende" in reflect.standard_spelling("a vil gern bliv bo på gården")
    assert "gøre rent og stryge" in reflect.standard_spelling("a er go til at gøre rent og stryg")


def test_a_question_with_an_aside_after_it_is_no_answer():
    state = at_step("resources2")
    text = "Har du set vejret i dag? Haven står under vand"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert not live(state, "resource"), state["items"]
    assert "giver dig glæde" not in texts(out[-1])
    assert state["step"] == "resources2"
    text = "Hvornår er mødet? Ingen har fortalt mig det"
    state, out = run([(text, tag(text, sheet="parking"))], state)
    assert DA["answer_meeting_when"] in texts(out[-1]), texts(out[-1])
    assert not live(state, "resource") and not live(state, "parking")


def test_the_question_in_other_words_only_once():
    state = at_step("hopes1")
    state, out1 = run(["hvad mener du?"], state)
    state, out2 = run(["hvad mener du med det?"], state)
    assert texts(out1[-1]) != texts(out2[-1])
    assert DA["lost_thread_asked"] in texts(out2[-1]), texts(out2[-1])


def test_a_person_under_the_hopes_question_is_no_wish_to_succeed():
    state = at_step("hopes1")
    text = "min bror"
    state, out = run([(text, tag(text, sheet="hope"))], state)
    assert "hvis det lykkedes" not in texts(out[-1]), texts(out[-1])


def test_a_relatives_og_saa_er_han_god_til():
    out = moves.render_item("så er han god til at lytte", "resource", "resources1", "relative", "han", "da")
    assert out["text"].startswith("Han er også god til at lytte"), out


def test_the_goal_that_he_himself_does():
    out = moves.render_item("Målet er at han selv laver kaffe", "goal_progress", "goal1", "relative", "han", "da")
    assert out["you"].startswith("Hans mål er selv at lave kaffe"), out


def test_our_son_gets_the_meaning_about_him():
    for seed in range(6):
        said = moves._about("Det lyder, som om det er en vigtig del af dig.", "Vores søn er god til at spille klaver.",
                            "relative", None)
        assert "jer" not in said and "ham" in said, (seed, said)


def test_a_reporting_tail_is_no_part_of_the_goal_suggestion():
    state = at_step("hopes1", role="relative")
    text = "Han vil gerne have en cykel med tre hjul, siger han"
    state, _ = run([(text, tag(text, talk_type="change", sheet="hope", speaker="relative"))], state)
    sheet = build_sheet(state, "t")
    assert sheet["goal_suggestions"], sheet["hopes"]
    assert all("siger" not in g["text"] for g in sheet["goal_suggestions"]), sheet["goal_suggestions"]


def test_a_strength_named_again_under_the_hopes_is_no_wish():
    state = at_step("resources1")
    text = "jeg er god til at spille skak"
    state, _ = run([(text, tag(text, sheet="resource")), "ved ikke"], state)
    text = "jeg vil gerne være med i en klub"
    state, _ = run([(text, tag(text, talk_type="change", sheet="hope"))], state)
    assert state["step"] == "hopes2"
    text = "som sagt skak"
    state, out = run([(text, tag(text, sheet="hope"))], state)
    assert not [i for i in live(state, "hope") if "skak" in i["quote"]], state["items"]


def test_a_plural_in_ler_gets_its_plural_definite():
    assert reflect._definite("nøgler") == "nøglerne"
    assert reflect._definite("computer") == "computeren"


def test_a_ride_goal_in_a_word_is_said_as_a_goal():
    out = moves.render_item("tog alene.", "goal_progress", "goal1", "citizen", "jeg", "da")
    assert out["you"] == "Dit mål er at tage toget alene.", out


def test_it_said_first_is_the_goals_status():
    state = at_step("goal1", role="relative")
    text = "Målet er at han smører sin mad selv. Det klarer han selv nu"
    state, out = run([(text, tag(text, sheet="goal_progress", speaker="relative"))], state)
    assert len(live(state, "goal_progress")) == 1, state["items"]


def test_the_plan_question_again_is_grammatical():
    assert "den farverig " not in DA["q_meeting2_again"]


def test_sustain_talk_with_no_hardship_in_it_gets_no_hardship_added():
    state = at_step("work")
    text = "ja, det er det med værkstedet"
    state, out = run([(text, tag(text, talk_type="sustain"))], state)
    said = texts(out[-1])
    for added in ("svært", "for meget", "tidspunkt"):
        assert added not in said, said
