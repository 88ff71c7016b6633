"""Fresh conversations, round 16: a one-word worry given one question late, "ligemeget" to the summary, a wish the
parents report with a hedge, the dialect article "æ", "der" that points at a place, a place for work with a condition,
and summary corrections that replace the wrong point."""

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import run, tag, texts

from forbered.dialogue.moves import render_item
from forbered.reflect import second_person
from forbered.sheet import build_sheet, goal_suggestions

# 1. An answer that clearly belongs to another field is filed by its content


def test_a_one_word_worry_under_the_relative_question_is_parked_and_the_question_comes_again():
    state = _at("meeting1")
    state, out = run([("gælden", tag("gælden"))], state)
    assert [i["quote"] for i in _live(state, "parking")] == ["gælden"]
    assert state["step"] == "meeting1" and state["preferences"]["relatives_attend"] is None
    state, out = run([("nej", tag("nej"))], state)
    assert state["preferences"]["relatives_attend"] is False


def test_a_one_word_worry_under_the_plan_question_is_kept():
    state = _at("meeting2")
    state, _ = run([("ensomheden", tag("ensomheden"))], state)
    assert _live(state, "parking") and state["step"] == "meeting2"


def test_a_plain_yes_or_a_relative_is_still_the_answer_to_the_relative_question():
    state = _at("meeting1")
    state, _ = run([("min søster", tag("min søster", sheet="resource"))], state)
    assert state["preferences"]["relatives_attend"] is True and not _live(state, "resource")


# 2. "Ligemeget" to "Er det rigtigt?"


def test_whatever_to_the_summary_is_a_gentle_yes_not_a_correction():
    state = _at("summary")
    state, out = run(["det er lige meget"], state)
    assert state["confirmed"] and not state["corrections"]
    assert "lader vi det stå" in texts(out[-1])  # round 19: the coder read "Så siger vi, at det er rigtigt" as confronting


# 3. A wish the parents report with a hedge is the citizen's hope


def test_a_reported_wish_with_a_hedge_is_the_persons_hope():
    state, _ = run(["/start", "ja, jeg er hans mor"], role="relative")
    state = _at("hopes1", state=state)
    text = "Jeg tror, han drømmer om at få sin egen lejlighed i byen."
    state, out = run([(text, tag(text, "change", "desire", sheet="hope", speaker="relative"))], state)
    hopes = _live(state, "hope")
    assert hopes and hopes[0]["quote"].startswith("Jeg tror")  # the hedge stays in the quote
    assert "for ham" in texts(out[-1]) and "for dig" not in texts(out[-1])


# 4. Dialect "æ" and "a": "jeg" only as a subject


def test_the_dialect_article_is_not_made_a_you():
    out = render_item("æ kone og æ hund", "resource", "resources2", "citizen", "", "da")
    assert "du kone" not in out["you"].lower() and "æ kone" in out["you"]
    assert second_person("så ka æ godt li at strikke") == "så kan du godt lide at strikke"


def test_dialect_a_as_subject_gives_a_clean_goal_or_none():
    out = render_item("a vil gerne vaer tømrer", "hope", "hopes1", "citizen", "", "da")
    assert out["you"] == "Du vil gerne være tømrer."
    sugg = goal_suggestions([{"text": out["text"], "quote": "a vil gerne vaer tømrer", "speaker": "citizen"}], "da")
    assert [g["text"] for g in sugg] == ["Jeg vil være tømrer."]
    sugg = goal_suggestions([{"text": "Æ drømmer om æ båd.", "quote": "æ drømmer om æ båd", "speaker": "citizen"}], "da")
    assert sugg == []


# 5. "der" points at the place named just before


def test_there_is_the_place_named_just_before():
    state = _at("work")
    text = "Jeg er i praktik på gartneriet. Jeg vil gerne blive der."
    state, out = run([(text, tag(text, "change", "desire", sheet="employment"))], state)
    assert any(i["you"] == "Du vil gerne blive på gartneriet." for i in _live(state, "employment"))
    sugg = build_sheet(state, "x")["goal_suggestions"]
    assert any("på gartneriet" in g["text"] for g in sugg)


def test_there_with_no_place_gets_no_goal_suggestion():
    assert goal_suggestions([{"text": "Jeg vil gerne arbejde der.", "quote": "jeg vil gerne arbejde der", "speaker": "citizen"}],
                            "da") == []


# 6. A place for work, with a hedge and a condition


def test_maybe_a_place_with_a_condition_is_a_whole_wish():
    state = _at("work")
    text = "Måske på et lager. Men ikke om natten."
    state, out = run([(text, tag(text, "change", "desire", sheet="employment"))], state)
    said = texts(out[-1])
    assert "Du vil måske gerne arbejde på et lager, men ikke om natten." in said
    assert "ønsker dig måske" not in said


# 7. Summary corrections that replace a point


def test_the_thing_meant_replaces_the_wrong_thing():
    state = _at("hopes1")
    state, _ = run([("Jeg drømmer om en scooter.", tag("Jeg drømmer om en scooter.", "change", "desire", sheet="hope"))], state)
    for _ in range(12):
        if state["step"] == "summary":
            break
        state, _ = run(["ved ikke"], state)
    text = "Det med scooteren passer ikke, det er en knallert jeg drømmer om."
    state, out = run([(text, tag(text, sheet="hope"))], state)
    hopes = [i["you"] for i in _live(state, "hope")]
    assert any("knallert" in h for h in hopes) and not any("scooter" in h for h in hopes)
    assert len(hopes) == 1


def test_what_one_has_instead_replaces_the_wrong_number():
    state = _at("resources2")
    state, _ = run([("Mine tre katte", tag("Mine tre katte", sheet="resource"))], state)
    for _ in range(14):
        if state["step"] == "summary":
            break
        state, _ = run(["ved ikke"], state)
    text = "Nej, jeg har ikke tre katte, jeg har en kat og en kanin."
    state, out = run([(text, tag(text, sheet="resource"))], state)
    said = [i["you"] for i in _live(state, "resource")]
    assert said and not any("tre katte" in y for y in said) and any("kanin" in y for y in said)


# 8. The work question skipped: what was said, said back


def test_the_skipped_work_question_says_back_what_was_said():
    state = _at("hopes1")
    text = "Så kunne jeg arbejde på en tankstation."
    state, _ = run([(text, tag(text, "change", "desire", sheet="hope", theme="beskaeftigelse"))], state)
    state, out = run(["ved ikke"], state)
    said = texts(out[-1])
    assert "tankstation" in said and "noget om arbejde" not in said


# 9. A strength in the past is the past


def test_a_past_strength_is_not_praised_as_a_present_one():
    state = _at("resources1")
    text = "Jeg var skrap til at regne før."
    state, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert "Du var skrap til at regne før." in said
    assert "godt at vide" not in said and "vigtig del af dig" not in said


def test_a_lost_trade_is_heard_as_a_loss_and_what_is_left_comes_last():
    state = _at("resources1")
    text = "Jeg var tømrer. Det kan jeg ikke mere. Men jeg kan stadig lave små ting i træ."
    state, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert "tab" in said and "godt at vide" not in said and "vigtig del af dig" not in said
    assert said.index("tømrer") < said.index("små ting i træ")


# 10. Short follow-up sentences join the point before


def test_short_follow_ups_join_the_point_before():
    state = _at("parking")
    text = "Min søns skilsmisse. Det fylder."
    state, _ = run([(text, tag(text, sheet="parking"))], state)
    parked = _live(state, "parking")
    assert len(parked) == 1 and "Det fylder" in parked[0]["quote"]


def test_a_one_word_verb_after_a_point_joins_it():
    state = _at("parking")
    text = "Trafikken om morgenen. Stresser."
    state, _ = run([(text, tag(text, sheet="parking"))], state)
    assert len(_live(state, "parking")) == 1


def test_det_verb_pronoun_joins_the_point_before():
    from forbered.dialogue.engine import _points_back
    assert _points_back("Det hader han.") and _points_back("Irriterer.")
    assert not _points_back("Motor.") and not _points_back("Det giver mig glæde at male.")
