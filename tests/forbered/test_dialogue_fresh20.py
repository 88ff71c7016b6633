"""Fresh conversations, round 20: the score said as the goal message's last sentence ("… hun er glad for det. 4", "1. Nej,
det er nok en 2", "midt imellem"), a worry said to the 0-4 question, joys that name a neighbour, West Jutland "it" after any
verb, word amounts of hours, English agreement, a relative's score, "ja. lager" after a listening turn, a strength after
futility, a name that keeps its capital, second-language Danish ("drømmer om lære dansk", "Min mål er gå …"), a name said
with the first answer, and a point said again by someone who repeats."""

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import run, tag, texts

from forbered.dialogue.engine import _score_said
from forbered.dialogue.moves import render_item, summary_lines
from forbered.reflect import standard_spelling
from forbered.sheet import build_sheet


def _you(quote, category, step, speaker="citizen", language="da"):
    return render_item(quote, category, step, speaker, "", language)["you"]


# 1. The score at the end of the goal message


def test_a_number_after_the_goals_sentences_is_its_score():
    assert _score_said("Mit mål er at gå ture med Lea. Det går godt, hun er glad for det. 4") == 4
    assert _score_said("Målet var at gå til fysioterapi. Det er noget pjat. 1.") == 1
    assert _score_said("Mit mål er at huske mine piller. Det går dårligt, 1. Nej, det er nok en 2.") == 2
    assert _score_said("Gå med rollator hver dag. Det går så som så. midt imellem") == 2
    assert _score_said("Min mål er gå til dansk skole hver uge. Det går godt, jeg giver 3.") == 3
    assert _score_said("Målet er at han selv laver morgenmad. Det går okay, vi siger 2.") == 2
    assert _score_said("Mit mål er at stå op. Jeg står op kl. 3") is None


def test_the_score_with_the_goal_is_not_asked_again_and_the_next_answer_is_parked():
    state = _at("goal1")
    text = "Målet var at gå til fysioterapi. Det er noget pjat. 1."
    state, out = run([(text, tag(text, sheet="goal_progress"))], state)
    assert "Hvilket tal" not in texts(out[-1]) and state["step"] == "parking"
    goals = _live(state, "goal_progress")
    assert len(goals) == 1 and "pjat" in goals[0]["quote"]
    assert build_sheet(state, "x")["goal_progress"][0]["self_score"] == 1


def test_a_worry_said_to_the_score_question_is_parked_whole():
    state = _at("goal1")
    text = "Gå med rollator hver dag. Det går så så."
    state, _ = run([(text, tag(text, sheet="goal_progress"))], state)
    assert state["step"] == "goal2"
    worry = "Jeg er bange for at falde. Og jeg glemmer ting."
    state, out = run([(worry, tag(worry, "sustain", sheet="parking"))], state)
    parked = [i["quote"] for i in _live(state, "parking")]
    assert any("falde" in q for q in parked) and any("glemmer" in q for q in parked)
    assert not any("glemmer" in g["quote"] for g in _live(state, "goal_progress"))


# 2. Joys that name a neighbour; "it" for "ikke" after any verb; the dialect infinitive


def test_own_people_and_animals_to_the_joys_question_are_joys():
    state = _at("resources2")
    text = "mine høns og min nabo Jens"
    state, out = run([(text, tag(text, "neutral", sheet="parking", p_sheet=0.9))], state)
    assert [i["quote"] for i in _live(state, "resource")] == ["mine høns og min nabo Jens"]
    assert not _live(state, "parking") and "fylder" not in texts(out[-1])


def test_west_jutland_it_after_any_verb_but_never_the_trade_or_english():
    assert standard_spelling("pengene rækker it til mad") == "pengene rækker ikke til mad"
    assert standard_spelling("æ klarer it trapperne") == "æ klarer ikke trapperne"
    assert standard_spelling("jeg er uddannet i it") == "jeg er uddannet i it"
    assert standard_spelling("han reparerer it udstyr") == "han reparerer it udstyr"
    assert standard_spelling("she forgets it most days") == "she forgets it most days"
    assert standard_spelling("IT-support er fint") == "IT-support er fint"
    assert standard_spelling("æ vil gern at tag toget") == "æ vil gerne at tage toget"
    assert standard_spelling("å gå tur hver dag") == "at gå tur hver dag"
    assert standard_spelling("så ku æ kom ud") == "så kunne æ komme ud"
    assert standard_spelling("Å nej") == "Å nej"


# 3. How much of a wish, in words; English agreement; the relative's sheet and score


def test_a_word_amount_of_hours_joins_the_wish_before_it():
    state = _at("hopes1")
    text = "Jeg vil gerne have et job. Et par timer om ugen."
    t = tag(text, "change", "desire", sheet="hope", clauses=[("Jeg vil gerne have et job.", "change", "hope"),
                                                            ("Et par timer om ugen.", "change", "hope")])
    state, out = run([(text, t)], state)
    hopes = _live(state, "hope")
    assert len(hopes) == 1 and hopes[0]["you"] == "Du vil gerne have et job, et par timer om ugen."


def test_english_joy_agrees_with_the_head_noun():
    assert _you("matches on TV", "resource", "resources2", language="en") == "Matches on TV give you joy."
    assert _you("the news on TV", "resource", "resources2", language="en") == "The news on TV gives you joy."
    assert _you("cooking for my friends", "resource", "resources2", language="en") == "Cooking for your friends gives you joy."


def test_a_relatives_english_joy_is_never_me_on_the_sheet():
    out = render_item("Her cat and football matches on TV", "resource", "resources2", "relative", "", "en")
    assert "me" not in out["text"].split() and out["you"].endswith("give her or him joy.")


def test_a_relatives_score_is_about_the_goal_not_you():
    state, _ = run(["/start", "/consent_relative"], role="relative")
    state = _at("goal1", state=state)
    goal = "Målet er at hun går en tur hver dag."
    state, _ = run([(goal, tag(goal, sheet="goal_progress", speaker="relative"))], state)
    assert state["step"] == "goal2"
    state, out = run(["3"], state)
    said = texts(out[-1])
    assert "Du giver" not in said and "Så står målet på 3 ud af 4." in said
    state, _ = run(["/start", "/consent_relative"], role="relative", language="en")
    state = _at("goal1", state=state)
    goal = "Her goal is to walk every day."
    state, _ = run([(goal, tag(goal, sheet="goal_progress", speaker="relative"))], state)
    state, out = run(["1"], state)
    assert "You give" not in texts(out[-1]) and "1 out of 4" in texts(out[-1])


def test_english_status_said_as_what_happens_joins_the_goal():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("goal1", state=state)
    text = "Her goal is to take her pills. She forgets it most days. 1"
    state, _ = run([(text, tag(text, sheet="goal_progress"))], state)
    goals = _live(state, "goal_progress")
    assert len(goals) == 1 and "forgets" in goals[0]["quote"]


# 4. More after a yes; a strength after futility; a name keeps its capital


def test_yes_and_more_after_an_already_said_work_line_is_kept():
    state = _at("hopes1")
    text = "Jeg vil gerne have et job."
    state, _ = run([(text, tag(text, "change", "desire", sheet="hope", theme="beskaeftigelse"))], state)
    state, out = run([("penge", tag("penge", sheet="hope"))], state)
    assert state["step"] == "work" and state["awaiting"] == "more"  # "Arbejde har du allerede fortalt om."
    state, out = run(["ja. lager"], state)
    assert any("lager" in i["quote"] for i in _live(state, "employment") + _live(state, "hope"))
    assert state["step"] != "work"


def test_a_strength_after_futility_is_kept_as_a_strength():
    state = _at("resources1")
    text = "Det er ligegyldigt, kommunen lytter alligevel ikke. Men jeg er god til at reparere motorcykler."
    state, out = run([(text, tag(text, "sustain", "reasons", sheet="parking"))], state)
    assert any("motorcykler" in i["quote"] for i in _live(state, "resource"))
    assert "Du er god til at reparere motorcykler." in texts(out[-1])
    assert not any("motorcykler" in i["quote"] for i in _live(state, "parking"))


def test_a_name_said_before_keeps_its_capital_in_a_linking_summary():
    state = _at("resources1")
    text = "Jeg er god til at lytte, og jeg elsker min datter Lea."
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    text = "Lea. Og musik."
    state, out = run([(text, tag(text, sheet="resource", clauses=[("Lea.", "neutral", "resource"),
                                                                   ("Og musik.", "neutral", "resource")]))], state)
    assert " lea " not in texts(out[-1])


def test_og_saa_er_jeg_god_til_is_a_second_strength():
    state = _at("resources1")
    text = "Jeg er god til at lytte og så er jeg god til mekanik."
    t = tag(text, sheet="resource", clauses=[("Jeg er god til at lytte", "neutral", "resource"),
                                             ("og så er jeg god til mekanik.", "neutral", "resource")])
    state, _ = run([(text, t)], state)
    yous = [i["you"] for i in _live(state, "resource")]
    assert "Du er også god til mekanik." in yous and not any(y.startswith("Så er du") for y in yous)


# 5. Second-language Danish, a name with the first answer, a point said again


def test_second_language_danish_is_said_back_with_at_and_the_right_gender():
    state = _at("hopes1")
    text = "Jeg drømmer om lære dansk bedre."
    state, out = run([(text, tag(text, "change", "desire", sheet="hope"))], state)
    assert "Du drømmer om at lære dansk bedre." in texts(out[-1])
    assert _live(state, "hope")[0]["quote"] == "Jeg drømmer om lære dansk bedre."  # the quote stays as written
    state = _at("goal1")
    text = "Min mål er gå til dansk skole hver uge."
    state, out = run([(text, tag(text, sheet="goal_progress"))], state)
    assert "Dit mål er at gå til dansk skole hver uge." in texts(out[-1])


def test_a_name_said_with_the_first_answer_is_no_point_and_a_joy_said_early_is_a_joy():
    state = _at("resources1")
    text = "Jeg hedder Rasmus og jeg er god til at lave mad, jeg glæder mig over mit akvarium."
    t = tag(text, sheet="resource", clauses=[("Jeg hedder Rasmus", "neutral", "hope"),
                                             ("og jeg er god til at lave mad", "neutral", "resource"),
                                             ("jeg glæder mig over mit akvarium.", "change", "hope")])
    state, _ = run([(text, t)], state)
    assert not any("Rasmus" in i["quote"] for i in state["items"] if i.get("category"))
    assert any("akvarium" in i["quote"] for i in _live(state, "resource"))


def test_a_point_said_again_is_listed_once_in_the_summary():
    state = {"language": "da", "items": [
        {"turn": 2, "category": "hope", "quote": "jeg drømmer om at få min egen lejlighed", "you": "Du drømmer om at få din egen lejlighed."},
        {"turn": 4, "category": "hope", "quote": "Egen lejlighed.", "you": "Du drømmer om egen lejlighed."}],
        "preferences": {}}
    assert summary_lines(state) == ["Du drømmer om at få din egen lejlighed."]


# 6. A place of work with its hours; the aid a goal is worked on with


def test_a_place_of_work_with_its_hours_gets_its_frame():
    assert _you("I en genbrugsbutik, et par timer om ugen.", "employment", "work") == \
        "Du vil gerne arbejde i en genbrugsbutik, et par timer om ugen."
    assert _you("i en børnehave, måske 20 timer om ugen", "employment", "work") == \
        "Du vil gerne arbejde i en børnehave, måske 20 timer om ugen."


def test_the_aid_for_a_goal_joins_the_goal():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("goal1", state=state)
    text = "My goal is to remember appointments. I use my phone. I would say 2."
    state, _ = run([(text, tag(text, sheet="goal_progress"))], state)
    goals = _live(state, "goal_progress")
    assert len(goals) == 1 and "phone" in goals[0]["quote"] and state["step"] == "parking"


# 7. "Eller, nej, …" takes the first wish back; a no to work with its health reason


def test_eller_nej_takes_the_first_wish_back():
    state = _at("hopes1")
    text = "Jeg vil gerne køre bil igen. Eller, nej, jeg vil gerne kunne cykle igen."
    state, out = run([(text, tag(text, "change", "desire", sheet="hope"))], state)
    said = texts(out[-1])
    assert "cykle" in said and "bil" not in said and "eller, nej" not in said.lower()


def test_a_no_to_work_with_its_reason_is_a_no_not_a_wish():
    state = _at("work")
    text = "Nej, jeg kan ikke arbejde med min ryg. Det burde sagsbehandleren vide."
    state, out = run([(text, tag(text, "sustain", "ability", sheet="employment"))], state)
    assert not texts(out[-1]).startswith("Det burde") and state["step"] == "goal1"
    assert all(i["talk_type"] != "change" for i in _live(state, "employment"))


# 8. A relative's first message with content; a relative's bare answers; the "more" question about the person


def test_a_relatives_consent_with_content_keeps_the_content():
    text = "Ja jeg er hans søster. Jonas er god til at synge og han elsker sin cykel. Han drømmer om at få en kæreste."
    t = tag(text, speaker="relative", clauses=[("Ja jeg er hans søster.", "neutral", None),
                                               ("Jonas er god til at synge og han elsker sin cykel.", "neutral", "resource"),
                                               ("Han drømmer om at få en kæreste.", "change", "hope")])
    state, out = run(["/start", (text, t)], role="relative")
    quotes = " ".join(i["quote"] for i in state["items"] if i.get("category"))
    assert "synge" in quotes and "kæreste" in quotes and "søster" not in quotes
    assert "du er god til" not in texts(out[-1])


def test_a_danish_relatives_bare_answers_get_a_frame_about_the_person():
    assert _you("Musik og at cykle.", "resource", "resources2", "relative") == "Musik og at cykle giver hende eller ham glæde."
    assert _you("En kæreste.", "hope", "hopes1", "relative") == "Hun eller han drømmer om en kæreste."
    assert _you("Gartner, måske to dage om ugen.", "employment", "work", "relative") == \
        "Hun eller han vil gerne være gartner, måske to dage om ugen."


# 9. More second-language Danish; a name corrected under another question; "Måske værksted" after the wish


def test_more_second_language_repairs_in_the_echo():
    state = _at("parking")
    text = "Hoved gør ondt hver dag. Og jeg sover dårlig."
    state, out = run([(text, tag(text, "sustain", sheet="parking"))], state)
    assert "Dit hoved gør ondt hver dag." in texts(out[-1]) and "Du sover dårligt." in texts(out[-1])
    state = _at("hopes2")
    text = "Så jeg have penge til familie."
    state, out = run([(text, tag(text, "change", "reasons", sheet="hope"))], state)
    assert "Så ville du have penge til familie." in texts(out[-1])


def test_a_name_corrected_under_another_question_is_changed_in_its_point():
    state = _at("resources2")
    text = "Min hund Bobby og at læse bøger."
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    state = _at("work", state=state)
    state, out = run(["Nej. Og forresten, min hund hedder Bobbi, ikke Bobby."], state)
    assert "rettet" in texts(out[-1]) and state["step"] == "goal1"
    assert any("Bobbi" in i["you"] and "Bobby" not in i["you"] for i in _live(state, "resource"))


def test_maybe_a_place_after_a_wish_joins_it():
    state = _at("hopes1")
    text = "Jeg vil arbejde igen. Måske værksted."
    t = tag(text, "change", "desire", sheet="hope", clauses=[("Jeg vil arbejde igen.", "change", "hope"),
                                                            ("Måske værksted.", "change", "hope")])
    state, _ = run([(text, t)], state)
    hopes = _live(state, "hope")
    assert len(hopes) == 1 and "måske værksted" in hopes[0]["you"]


# 10. After the second set: "håber finde", "Jeg bekymret for", a worry said as an infinitive


def test_hope_and_worry_without_their_small_words_are_repaired_in_the_echo():
    state = _at("hopes1")
    text = "Jeg håber finde arbejde som syerske."
    state, out = run([(text, tag(text, "change", "desire", sheet="hope"))], state)
    assert "Du håber at finde arbejde som syerske." in texts(out[-1])
    state = _at("parking")
    text = "Jeg bekymret for min søn i Ukraine."
    state, out = run([(text, tag(text, "sustain", sheet="parking"))], state)
    assert "Du er bekymret for din søn i Ukraine." in texts(out[-1])
    assert _you("At falde igen.", "parking", "parking") == "Det fylder meget for dig at falde igen."


def test_maybe_a_number_a_name_first_a_when_after_the_wish_and_a_repeat_with_som_jeg_sagde():
    assert _score_said("My goal is to walk every day. It goes OK. Maybe 2.") == 2
    state = _at("resources1")
    text = "Jeg er Erik, jeg har været tømrer hele livet og er stadig god til at lave ting i træ."
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert "Du er Erik" not in texts(out[-1])
    state = _at("work")
    text = "Ja, syerske. Kun formiddag."
    t = tag(text, "change", "desire", sheet="employment", clauses=[("Ja, syerske.", "change", "employment"),
                                                                  ("Kun formiddag.", "change", "employment")])
    state, _ = run([(text, t)], state)
    assert [i["you"] for i in _live(state, "employment")] == ["Du vil gerne være syerske, kun formiddag."]
    items = {"language": "da", "preferences": {}, "items": [
        {"turn": 2, "category": "hope", "quote": "Jeg drømmer om at kunne gå uden stok igen.", "you": "Du drømmer om at kunne gå uden stok igen."},
        {"turn": 4, "category": "hope", "quote": "At gå uden stok, som jeg sagde.", "you": "Du drømmer om at gå uden stok."}]}
    assert summary_lines(items) == ["Du drømmer om at kunne gå uden stok igen."]
