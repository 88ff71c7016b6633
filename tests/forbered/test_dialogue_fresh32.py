"""Round 32: a stop with its reason, difficulties kept off the strengths, a hardship as the other side of a wish, a goal
told early, workplaces known by their form, "din egen …", a score after a comma, consequences in dialect, an old worry
not repeated word for word, chat "m", a no to work with "slut", joys with people, nervousness at the start, fillers before
a don't-know, a strength in the past with the time first, and a strength that goes on."""

import random

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue import moves
from forbered.dialogue.intents import is_dont_know, is_stop, norm


def test_a_stop_with_its_reason_after_it_is_a_stop():
    for text in ("Stop tak, mit hoved er helt tomt", "please stop, my head hurts", "Slut. Jeg har ikke mere i mig"):
        assert is_stop(text), text
    state = at_step("hopes1")
    text = "stop, jeg kan ikke koncentrere mig mere"
    state, out = run([(text, tag(text, sheet="hope"))], state)
    assert not live(state, "hope")
    assert "stoppe" in texts(out[-1]), texts(out[-1])


def test_a_word_with_stop_in_it_is_no_stop():
    assert not is_stop("busstop, der er koldt om vinteren")
    assert not is_stop("stopmotion, det er jeg god til")


def test_a_difficulty_to_the_strengths_question_stays_off_the_list():
    for text in ("skrive svært", "regne dårligt"):
        state = at_step("resources1")
        state, out = run([(text, tag(text, sheet="resource"))], state)
        assert not live(state, "resource"), state["items"]
        assert "god til" not in texts(out[-1])


def test_a_strength_with_a_no_in_its_condition_is_still_a_strength():
    text = "jeg kan sagtens bage, hvis ingen forstyrrer mig og det ikke haster"
    state = at_step("resources1")
    state, _ = run([(text, tag(text, talk_type="sustain"))], state)
    assert [i for i in live(state, "resource") if "bage" in i["quote"]], state["items"]


def test_a_hardship_told_with_a_wish_is_its_other_side():
    text = "Jeg vil gerne tage en uddannelse som kok, men praktikken var for hård for mig"
    state = at_step("hopes1")
    state, out = run([(text, tag(text, talk_type="change", sheet="hope", clauses=[
        ("Jeg vil gerne tage en uddannelse som kok", "change", "hope"), ("men praktikken var for hård for mig", "neutral", None)]))],
        state)
    assert len(live(state, "hope")) == 1, live(state, "hope")
    assert live(state, "hope")[0]["text"].endswith("Praktikken var for hård for mig."), live(state, "hope")  # kept, with the wish
    said = texts(out[-1])
    assert "hård for dig, men du vil gerne" in said, said


def test_a_wish_about_it_in_capitals_answers_the_work_question():
    assert "ikke" not in norm("Jeg drømmer om at arbejde med IT")
    assert "ikke" in norm("æ ka it")
    text = "Jeg drømmer om at arbejde med IT"
    state = at_step("hopes1")
    state, _ = run([(text, tag(text, talk_type="change", subtype="desire", sheet="hope"))], state)
    state, out = run(["ved ikke"], state)
    said = texts(out[-1])
    assert "Har du ønsker om arbejde" not in said, said


def test_a_goal_told_to_the_strengths_question_is_not_asked_for_again():
    text = "Mit mål er at lave morgenmad selv, det går okay"
    state = at_step("resources1")
    state, _ = run([(text, tag(text, sheet="goal_progress"))], state)
    seen, said = [], []
    for _ in range(8):
        if state["step"] in ("goal2", "parking", "summary"):
            break
        state, out = run(["ved ikke"], state)
        seen.append(state["step"])
        said.append(texts(out[-1]))
    assert "goal1" not in seen, seen
    assert state["step"] == "goal2"
    assert "Hvordan går det med de mål" not in " ".join(said)
    assert "Dit mål er at lave morgenmad selv" in said[-1] and "det mål" in said[-1], said[-1]


def test_a_workplace_is_known_by_its_form():
    you = moves.render_item("trykkeri", "employment", "work", "citizen", "", "da")["you"]
    assert you == "Du vil gerne arbejde i et trykkeri.", you
    you = moves.render_item("et mejeri", "employment", "work", "citizen", "", "da")["you"]
    assert you == "Du vil gerne arbejde i et mejeri.", you
    you = moves.render_item("sygehus", "employment", "work", "citizen", "", "da")["you"]
    assert you == "Du vil gerne arbejde på et sygehus.", you
    assert "arbejde i et maleri" not in moves.render_item("maleri", "employment", "work", "citizen", "", "da")["you"]


def test_own_home_gets_its_possessive():
    you = moves.render_item("eget hus", "hope", "hopes2", "citizen", "", "da")["you"]
    assert you == "Så ville du have dit eget hus.", you
    you = moves.render_item("egen bil", "hope", "hopes1", "citizen", "", "da")["you"]
    assert "din egen bil" in you, you


def test_a_score_after_a_comma_is_not_part_of_how_the_goal_goes():
    text = "Målet er at handle ind selv. Det går fint, 3"
    state = at_step("goal1")
    state, _ = run([(text, tag(text, sheet="goal_progress"))], state)
    goal = live(state, "goal_progress")[0]
    assert not goal["text"].rstrip(" .").endswith("3"), goal["text"]
    assert [sc["score"] for sc in state["scores"]] == [3]


def test_a_consequence_in_dialect_is_a_reason_not_a_worry():
    state = at_step("hopes1")
    wish = "jeg vil gerne ku cykle til byen igen"
    state, _ = run([(wish, tag(wish, talk_type="change", subtype="desire", sheet="hope"))], state)
    if state["step"] != "hopes2":
        state, _ = run(["ja"], state)
    text = "sa sku a it spørge om lift hele tiden"
    state, _ = run([(text, tag(text, sheet="parking"))], state)
    assert not live(state, "parking"), state["items"]
    assert any("lift" in i["quote"] for i in live(state, "hope"))


def test_an_old_worry_in_english_is_not_said_again_word_for_word():
    state = at_step("hopes1", language="en")
    text = "I worry that my landlord will throw me out"
    state, out = run([(text, tag(text, sheet="parking"))], state)
    first = texts(out[-1])
    for _ in range(8):
        if state["step"] == "parking" or "mentioned" in texts(out[-1]):
            break
        state, out = run(["ved ikke"], state)
    said = texts(out[-1])
    assert "mentioned" in said, said
    assert first.split(". ")[-1] not in said or "earlier" in said


def test_chat_m_is_med():
    text = "vil gerne arbejde m heste"
    state = at_step("work")
    _, out = run([(text, tag(text, talk_type="change", sheet="employment"))], state)
    assert "med heste" in texts(out[-1]) and " m heste" not in texts(out[-1])


def test_a_finished_working_life_with_words_between_is_a_no_to_work():
    text = "det er slut nu for mig med arbejde"
    state = at_step("work")
    _, out = run([(text, tag(text, talk_type="sustain"))], state)
    said = texts(out[-1])
    assert said.startswith("Så er arbejde ikke det, der fylder nu."), said


def test_a_joy_with_a_person_is_never_something_to_look_forward_to():
    item = {"category": "resource", "step": "resources2", "talk_type": "neutral", "quote": "min mand og radioen",
            "you": "Din mand og radioen giver dig glæde."}
    for seed in range(30):
        line, _ = moves.reflection(item, "da", random.Random(seed), None)
        assert "ser frem til" not in line, line


def test_nervousness_with_the_consent_is_heard():
    state, out = run(["/start", "ja, men jeg er en smule nervøs ved det"])
    assert "nervøs" in texts(out[-1])
    assert not [i for i in state["items"] if i.get("category")]


def test_a_filler_before_a_dont_know_is_still_a_dont_know():
    assert is_dont_know("øhm det ved jeg ikke rigtig")
    text = "øhm det ved jeg ikke rigtig. Jeg er god til at strikke"
    state = at_step("resources1")
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    assert [i["quote"] for i in live(state, "resource")] == ["Jeg er god til at strikke"], live(state, "resource")


def test_a_past_strength_with_the_time_first_keeps_what_is_still_there():
    text = "Før min blodprop var jeg god til at svømme. Men jeg kan stadig godt gå lange ture"
    state = at_step("resources1")
    _, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert "Før din blodprop var du god til at svømme." in said and "kan stadig godt gå lange ture" in said, said


def test_a_strength_that_goes_on_is_not_in_the_past():
    text = "jeg har været god til at reparere cykler i mange ar"
    state = at_step("resources1")
    _, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert "i mange år" in said and "Det har været en del af dig" not in said, said
