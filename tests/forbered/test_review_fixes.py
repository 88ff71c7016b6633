"""Review fixes: a worry after "nothing", "ikke lige meget" to the summary, English echoes of the citizen's own deeds,
an age that is not retirement, "ikke lige nu, men …", a number with a unit is no score, a request behind a counter
question, a request in the first sentence only, "are you a bot?", dialect infinitives, "æ" after "er", a contact
person under the plan question, the relative's resume topic, the trade phrase, and Danish wording."""

import re

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import run, tag, texts

from forbered import texts as catalogue
from forbered.dialogue import intents as it
from forbered.dialogue import moves
from forbered.dialogue.moves import render_item
from forbered.reflect import second_person

# 1. A worry after "nothing" is kept


def test_a_worry_after_nothing_is_kept_in_danish_and_english():
    for answer, lang in (("Ingenting, men jeg er bekymret for min søn", "da"),
                         ("Ikke noget særligt, men min ryg gør ondt", "da"),
                         ("Nothing but my debts worry me", "en")):
        state = _at("parking", language=lang)
        state, out = run([(answer, tag(answer, "sustain", sheet="parking"))], state)
        assert "Helt i orden" not in texts(out[-1]) and "That's fine" not in texts(out[-1]), answer
        assert _live(state, "parking"), answer


def test_a_plain_nothing_is_still_a_no():
    for answer, lang in (("Ikke noget, alt er perfekt", "da"), ("Nothing, life is good", "en"), ("ingenting", "da")):
        state = _at("parking", language=lang)
        state, _ = run([(answer, tag(answer))], state)
        assert not _live(state, "parking"), answer


# 2. "ikke lige meget" is not a yes to the summary


def test_not_the_same_or_not_whatever_does_not_confirm_the_summary():
    for answer in ("ikke lige meget!", "ikke det samme"):
        state = _at("summary")
        state, _ = run([answer], state)
        assert not state["confirmed"], answer
    state = _at("summary")
    state, _ = run(["det er lige meget"], state)
    assert state["confirmed"]


# 3. English echoes keep the citizen's own deeds


def test_an_english_statement_about_oneself_is_not_made_other_peoples():
    you = render_item("I take the bus alone", "resource", "resources1", "citizen", "", "en")["you"]
    assert "they" not in you.lower() and "you" in you.lower()
    you = render_item("They never listen", "parking", "parking", "citizen", "", "en")["you"]
    assert you.startswith("You feel that they never listen")


# 4. An age is not retirement when work is wished or done


def test_an_age_with_work_is_not_retired():
    for answer in ("Hun er 67 år og vil gerne arbejde lidt i en butik", "Jeg er 62 og arbejder stadig",
                   "jeg er 100 % sikker på, at jeg vil arbejde"):
        state = _at("work")
        state, out = run([answer], state)
        assert catalogue.DA["work_retired"] not in texts(out[-1]), answer


# 5. "Ikke lige nu, men …" is a wish for later


def test_not_now_but_later_is_not_the_no_work_reply():
    state = _at("work")
    state, out = run(["Ikke lige nu, men jeg vil gerne i praktik senere"], state)
    assert catalogue.DA["work_retired"] not in texts(out[-1])


# 6. A number with a unit is no score


def test_the_doctor_says_four_weeks_is_no_score():
    state = _at("goal1")
    state, _ = run(["Mit mål er at gå ture. Lægen siger 4 uger mere."], state)
    assert not any(sc["score"] == 4 for sc in state["scores"])


# 7. A request behind a question is not dropped


def test_a_request_is_not_dropped_as_a_counter_question():
    state = _at("hopes1")
    state, out = run(["Kan du skaffe mig en lejlighed? Jeg bor dårligt nu."], state)
    said = texts(out[-1])
    assert catalogue.DA["answer_promise_kept"] in said or catalogue.DA["answer_promise"] in said


# 8. The requested wish stops at the end of its sentence


def test_the_requested_wish_is_only_the_first_sentence():
    wish = it.requested_wish("Kan du skaffe mig en ny lejlighed? Jeg bor dårligt nu.")
    assert wish == "jeg vil gerne have en ny lejlighed"


# 9. "Are you a bot?"


def test_are_you_a_human_in_danish_and_english():
    for q in ("Er du et menneske?", "Er du en robot?", "Are you a robot?", "Am I talking to a real person?"):
        assert it.question_to_bot(q) == "about_bot", q
    assert not catalogue.DA["answer_about_bot_consent"].startswith("Ja")
    assert not catalogue.EN["answer_about_bot_consent"].startswith("Yes")


# 10. Dialect infinitives


def test_dialect_infinitives_get_their_real_form():
    assert "spille" in second_person("æ vil spil fodbold") and "spile" not in second_person("æ vil spil fodbold")
    assert "snakke" in second_person("æ vil snak med folk")
    assert "fiske" in second_person("æ ku fisk")


# 11. "æ" after "er" is the article


def test_ae_after_er_before_a_noun_is_the_article():
    assert "du kaffe" not in second_person("Det er æ kaffe jeg elsker")
    assert second_person("så ku æ sejle") == "så kunne du sejle"


# 12. A contact person under the plan question is staff


def test_a_contact_person_under_the_plan_question_is_staff_not_a_relative():
    state = _at("meeting2")
    state, _ = run(["Min kontaktperson Susanne"], state)
    assert state["preferences"]["relatives_attend"] is None and state.get("staff_attend")
    assert not _live(state, "resource")


# 13. The relative's resume topic in English


def test_resume_uses_the_relative_wording_of_the_current_language(monkeypatch):
    monkeypatch.setitem(catalogue.EN, "resume_topic_work_rel", "REL-WORK")
    state, _ = run(["/start", "yes, I am her mother"], role="relative", language="en")
    state = _at("work", state=state)
    state, out = run(["hi again"], state)
    assert "REL-WORK" in texts(out[-1])


# 14. The trade phrase


def test_the_trade_phrase_has_no_dead_alternative():
    assert moves._TRADE_PHRASE.groups == 3
    assert render_item("snedker i 40 år", "resource", "resources1", "citizen", "", "da")["you"] == "Du har været snedker i 40 år."
    assert render_item("uddannet tømrer", "resource", "resources1", "citizen", "", "da")["you"] == "Du er uddannet tømrer."


# 15. Danish wording


def test_danish_wording():
    assert render_item("hurtigt i hovedet", "resource", "resources1", "citizen", "", "da")["you"] != "Du er hurtigt i hovedet."
    assert render_item("stærke", "resource", "resources1", "citizen", "", "da")["you"] == "Du er stærk."
    assert render_item("hurtigt i hovedet", "resource", "resources1", "citizen", "", "da")["you"] == "Du er hurtig i hovedet."
    assert "»3 og 1«" in catalogue.DA["q_goal2_many"]
    assert "er du ikke mere" in catalogue.DA["past_strength_lost_state"]
    assert "answer_promise_kept_rel" in catalogue.DA and "dit ønske" not in catalogue.DA["answer_promise_kept_rel"]
    assert "answer_promise_kept_rel" in catalogue.EN


def test_wish_and_doubt_keeps_subordinate_order():
    line = moves.wish_and_doubt_line("Jeg vil gerne have et job, men det nytter ikke", "da")
    assert line is None or "at det nytter ikke" not in line


def test_a_relative_asking_for_a_promise_hears_no_dit_oenske():
    state, _ = run(["/start", "ja, jeg er hans mor"], role="relative")
    state = _at("hopes1", state=state)
    state, out = run(["Kan du skaffe ham en ny lejlighed?"], state)
    assert "dit ønske" not in texts(out[-1])


def test_nothing_regex_is_anchored_on_the_real_words():
    assert re.search(r"\bmen\b", "ingenting men jeg")  # sanity


def test_a_hope_for_what_i_can_do_becomes_a_short_goal_suggestion():
    from forbered.sheet import goal_suggestions
    hopes = [{"text": "Jeg håber, at jeg kan cykle til stranden med min nabo.", "quote": "q"},
             {"text": "At jeg kan tage toget til Aalborg selv igen, uden at min søn skal med.", "quote": "q"}]
    assert [g["text"] for g in goal_suggestions(hopes)] == [
        "Jeg vil cykle til stranden med min nabo.", "Jeg vil tage toget til Aalborg selv igen, uden at min søn skal med."]
