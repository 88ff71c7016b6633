"""Fresh conversations, round 53: dashes between goals, who comes with a relative, a place as a strength, a wish at the
joy question, a doubt in so many words, a first hello, one-word worries, abbreviations inside an address."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered import reflect
from forbered.dialogue import engine, moves


def test_relative_english_me_and_kin_keeps_the_kin():
    assert engine._who_comes("yeah, me and his brother", "relative") == "du og hans bror"
    assert engine._who_comes("Yes, me and her grandpa", "relative") == "du og hendes bedstefar"
    assert engine._who_comes("yes, just me", "relative") == "du"
    assert engine._who_comes("yes both me and his uncle", "relative") == "du og hans onkel"


def test_already_said_at_goals_question_with_no_goal_gives_no_score_question():
    state = at_step("goal1")
    state, out = run(["det har jeg skrevet tidligere"], state)
    assert "0 til 4" not in texts(out[-1])
    assert "Hvilket mål" in texts(out[-1])
    state, out = run(["at gå en tur hver dag. det går fint"], state)
    assert live(state, "goal_progress") and "0 til 4" in texts(out[-1])


def test_already_said_without_det_is_heard_as_already_said():
    state = at_step("goal1")
    state, out = run(["har jeg skrevet før"], state)
    assert not live(state, "goal_progress")
    assert "0 til 4" not in texts(out[-1])


def test_relative_says_they_will_come_at_goals_question_is_no_goal():
    state = at_step("goal1", role="relative")
    state, out = run(["Yeah, I will come"], state, role="relative")
    assert not live(state, "goal_progress")
    assert state["preferences"]["relatives_attend"] is True
    assert "Du kommer med til mødet." in texts(out[-1])


def test_relative_says_they_cannot_come_at_goals_question_is_no_goal():
    state = at_step("goal1", role="relative")
    state, out = run(["nej, jeg kan desværre ikke komme"], state, role="relative")
    assert not live(state, "goal_progress")
    assert "Du kommer ikke med til mødet." in texts(out[-1])


def test_place_alone_at_strengths_question_is_no_bare_frame():
    for place, said in (("I køkkenet.", "Du er god til ting i køkkenet."), ("herhjemme", "Du er god til ting herhjemme.")):
        out = moves.render_item(place, "resource", "resources1", "citizen", "", "da")
        assert out["you"] == said


def test_move_wish_at_joy_question_is_a_hope():
    text = "jeg vil flytte til Odense"
    assert engine._category("hope", "change", "desire", "resource", True, text) == "hope"
    assert engine._category("hope", "change", "desire", "resource", True, "at blive maler en dag") == "hope"


def test_unrealistic_doubt_gets_both_sides():
    line = moves.wish_and_doubt_line("Jeg vil gerne have en hund, men det er vel urealistisk", "da")
    assert line is not None and "urealistisk" in line and "hund" in line
    text = "Jeg vil gerne tage kørekort, men det er nok urealistisk"
    state = at_step("hopes1")
    state, out = run([(text, tag(text, "change", "desire", sheet="hope",
                                 clauses=[("Jeg vil gerne tage kørekort", "change", "hope"),
                                          ("men det er nok urealistisk", "neutral", None)]))], state)
    said = texts(out[-1])
    assert "urealistisk" in said and "kørekort" in said


def test_first_hello_after_consent_is_no_welcome_back():
    state, out = run(["/start", "ja", "Hej. Karen."])
    assert "Velkommen tilbage" not in texts(out[-1])
    assert "Hej" in texts(out[-1])
    assert not state["items"]


def test_one_word_worries_are_the_subject():
    for word in ("Larm.", "Lugt", "Trafik."):
        you = moves.render_item(word, "parking", "parking", "citizen", "", "da")["you"]
        assert you.endswith(" fylder meget for dig.") and ". Det fylder" not in you


def test_abbreviation_in_address_is_no_sentence_end():
    assert reflect.first_clause("Jeg bor på Bakkevej nr. 14 og min nabo råber") .endswith("råber")
    you = moves.render_item("Jeg bor på Bakkevej nr. 14 og min nabo råber", "parking", "parking", "citizen", "", "da")["you"]
    assert not you.rstrip(".").endswith("nr")


def test_dash_between_goals_reads_as_og():
    assert engine._dash_list("gå en tur - rydde op") == "gå en tur og rydde op"
    assert engine._dash_list("at vaske op – at gå i bad") == "at vaske op og gå i bad"
    assert engine._dash_list("sosu-hjælper i 2-3 år") == "sosu-hjælper i 2-3 år"
    state = at_step("goal1")
    text = "at lære at cykle – at gå til frisør"
    state, out = run([(text, tag(text, "change", "taking_steps", sheet="goal_progress"))], state)
    assert "cykle at gå" not in texts(out[-1])


def test_family_after_hopes_is_not_made_a_family_to_have():
    out = moves.render_item("familie", "hope", "hopes2", "citizen", "", "da")
    assert "have en familie" not in out["you"] and "familie" in out["you"]


def test_hello_with_a_name_is_no_point_and_no_strength():
    state, out = run(["/start", "ja", "hej, jeg hedder Bo"])
    assert not state["items"] and state["step"] == "resources1"
    assert "Velkommen tilbage" not in texts(out[-1])
    state, out = run(["/start", "Hej, mit navn er Lise", "ja"])
    assert not state["items"] and "skrev før" not in texts(out[-1])
