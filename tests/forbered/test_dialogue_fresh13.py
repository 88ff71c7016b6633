"""Fresh conversations, round 13: several goals and scores in many forms, a goal's status in other words, refusals
and requests for promises, others who decide (said back as the citizen's experience), "ikke lige nu" to work, hedges,
questions about the bot before the consent, and English pronouns for a relative."""

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue import moves
from forbered.dialogue.engine import _is_goal_status, _score_said
from forbered.sheet import build_sheet

# 1. Goals and scores

def test_a_goals_status_in_other_words_joins_its_goal():
    for status in ("Nogle dage går det, andre dage slet ikke", "Vi synes, det går rimelig godt", "men jeg bliver træt af det",
                   "Det er hans mål, ikke mit", "Det går op og ned, nogle morgener vil han slet ikke"):
        assert _is_goal_status(status), status
    assert not _is_goal_status("Nogle dage tager jeg toget til Odense og besøger min moster og hendes hund")


def test_a_goal_and_a_status_in_other_words_is_one_goal_on_the_sheet():
    state = _at("goal1")
    text = "Mit mål er at svømme hver mandag. Nogle uger lykkes det, andre ikke"
    t = tag(text, clauses=[("Mit mål er at svømme hver mandag.", "neutral", "goal_progress"),
                           ("Nogle uger lykkes det, andre ikke", "neutral", "goal_progress")])
    state, _ = run([(text, t)], state)
    assert len(_live(state, "goal_progress")) == 1


def test_several_goals_get_one_score_each():
    state = _at("goal1")
    text = "Jeg har to mål. Det ene er at vaske op selv, det går fint. Det andet er at ringe til lægen, det er svært"
    t = tag(text, clauses=[("Jeg har to mål.", "neutral", "goal_progress"),
                           ("Det ene er at vaske op selv, det går fint.", "neutral", "goal_progress"),
                           ("Det andet er at ringe til lægen, det er svært", "neutral", "goal_progress")])
    state, out = run([(text, t)], state)
    assert "2 mål" in texts(out[-1]) or "to mål" in texts(out[-1])
    assert "hvert mål" in texts(out[-1])
    state, out = run(["3 til opvasken og 1 til lægen"], state)
    assert "3 og 1" in texts(out[-1])
    goals = build_sheet(state, "x")["goal_progress"]
    assert [g["self_score"] for g in goals] == [3, 1]


def test_a_score_range_is_said_back_as_the_range():
    state = _at("goal1")
    state, _ = run([("Målet er at lave morgenmad selv.", tag("Målet er at lave morgenmad selv.", sheet="goal_progress"))], state)
    assert state["step"] == "goal2"
    state, out = run(["imellem 1 og 2"], state)
    assert "mellem 1 og 2 ud af 4" in texts(out[-1])
    assert build_sheet(state, "x")["goal_progress"][0]["self_score"] == 1


def test_scores_in_words_and_emoji_with_the_goal():
    assert _score_said("Målet er at cykle til værkstedet. Det går tre ud af fire") == 3
    assert _score_said("My goal is to cook twice a week. It goes between 1 and 2") == 1
    assert _score_said("Målet er at gå i kantinen. Det går 💯") == 4
    assert it.several_scores("2 på det første og 4 på det andet") == [2, 4]
    assert it.several_scores("mellem 3 og 4") == []


# 2. Refusals, promises and requests

def test_none_of_your_business_is_respected_and_kept_off_the_sheet():
    state = _at("resources2")
    state, out = run(["Det rager ikke dig"], state)
    assert "bestemmer du selv" in texts(out[-1])
    assert not _live(state, "resource")


def test_a_request_for_a_promise_gets_no_promise():
    state = _at("hopes1")
    state, out = run(["Kan du love mig, at jeg får en ny lejlighed?"], state)
    said = texts(out[-1])
    assert "ikke love" in said and "kommunen" in said
    assert "Du drømmer" not in said


def test_asking_the_bot_to_arrange_something_keeps_the_wish():
    state = _at("hopes1")
    state, out = run(["Kan du ikke sørge for, at jeg får en ledsager til koncerter?"], state)
    assert "ikke love" in texts(out[-1])
    assert any("ledsager" in i["text"] for i in _live(state, "hope"))


def test_a_wish_with_a_request_after_it_is_reflected_and_answered_without_promise():
    state = _at("hopes1")
    text = "Jeg mangler en ny seng. Kan I betale for den?"
    state, out = run([(text, tag(text, "change", "desire", sheet="hope"))], state)
    said = texts(out[-1])
    assert "ny seng" in said and "ikke love" in said
    assert not any("betale" in i.get("you", "") for i in state["items"])


# 3. Others who decide, and "ikke lige nu"

def test_others_who_decide_are_said_back_as_the_citizens_experience():
    you = moves.render_item("De lytter jo aldrig til mig", "parking", "parking", "citizen", "", "da")["you"]
    assert you == "Du oplever, at de aldrig lytter til mig." or you.startswith("Du oplever, at de aldrig lytter")
    you = moves.render_item("I gør bare som I vil", "parking", "parking", "citizen", "", "da")["you"]
    assert you.startswith("Du oplever, at de bare gør") and not you.startswith("I ")


def test_not_right_now_to_the_work_question_is_a_no_with_its_reason_kept():
    state = _at("work")
    state, out = run(["Ikke lige nu. Jeg venter på en operation"], state)
    said = texts(out[-1])
    assert "vil gerne ikke" not in said and "ikke det, der fylder" in said
    assert [i["text"] for i in _live(state, "employment")] == ["Jeg venter på en operation."]


# 4. Hedges

def test_a_how_much_hedge_before_the_answer_is_no_point():
    state = _at("resources2")
    text = "Ikke særlig meget. Min guitar måske"
    t = tag(text, clauses=[("Ikke særlig meget.", "neutral", None), ("Min guitar måske", "neutral", "resource")])
    state, out = run([(text, t)], state)
    said = texts(out[-1])
    assert "ikke særlig meget" not in said.lower() and "guitar" in said and "guitar måske" not in said


# 5. Questions about the bot, and meeting answers

def test_are_you_a_robot_before_the_consent_is_answered_and_the_consent_asked_again():
    state, out = run(["/start", "Er du en maskine?"])
    said = texts(out[-1])
    assert "chatbot" in said and said.rstrip().endswith("?")
    assert state["step"] == "consent"


def test_is_it_a_real_person_is_answered_as_a_question_about_the_bot():
    assert it.question_to_bot("Taler jeg med et rigtigt menneske?") == "about_bot"
    assert it.question_about_the_chat("Kan min rådgiver se det her?") == "who"


def test_a_named_person_who_comes_along_is_a_yes():
    state = _at("meeting1")
    state, _ = run(["Birthe kommer med"], state)
    assert state["preferences"]["relatives_attend"] is True


def test_english_relative_pronouns_after_what():
    out = moves._about_en("That is what you are working on now.", "Her goal is to walk", "relative")
    assert out == "That is what she is working on now."


def test_a_status_said_before_the_goal_joins_the_goal():
    state = _at("goal1")
    text = "fint. jeg smører selv min madpakke"
    t = tag(text, clauses=[("fint.", "neutral", "goal_progress"), ("jeg smører selv min madpakke", "neutral", "goal_progress")])
    state, (r,) = run([(text, t)], state)
    goals = _live(state, "goal_progress")
    assert len(goals) == 1 and goals[0]["quote"] == "fint. jeg smører selv min madpakke"
    assert "Det er det, du arbejder på nu" not in texts(r) and "Du smører selv din madpakke" in texts(r)
