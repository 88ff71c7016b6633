"""Review fixes, round 3: spelling repairs only in Danish, IT the subject, dialect "æ" before a past verb, the 0-10 scale
said out loud, "to og en halv", English in the third person, a relative who is not to come, a condition kept in the echo."""

from dialogue_helpers import at_step, run, tag, texts

from forbered import reflect
from forbered.dialogue import intents as it
from forbered.safety import is_crisis

# 1. "star"/"born" are English words: "står"/"børn" only in a Danish sentence, in that sense


def test_star_and_born_are_left_in_english_and_in_names():
    assert reflect.tidy("He was born in Aarhus") == "He was born in Aarhus"
    assert reflect.simple("He wants to be a star on the team") == "He wants to be a star on the team."
    assert reflect.tidy("Du er god til star wars og lego") == "Du er god til star wars og lego"


def test_star_and_born_are_still_repaired_in_danish():
    assert reflect.tidy("jeg star op kl 6") == "jeg står op kl 6"
    assert reflect.tidy("mine born er voksne") == "mine børn er voksne"


# 2. West Jutland "it" is "ikke", never IT the subject after "er"/"har"


def test_it_the_subject_after_be_and_have_is_kept():
    assert reflect.simple("mit fag er it") == "Dit fag er it."
    assert reflect.simple("jeg har it i skolen") == "Du har it i skolen."


def test_it_is_still_ikke_in_dialect_and_after_other_verbs():
    assert reflect.simple("æ har it i dag") == "Du har ikke i dag."  # "æ" marks the dialect
    assert reflect.simple("æ ka it") == "Du kan ikke."
    assert reflect.simple("det rækker it") == "Det rækker ikke."
    assert reflect.simple("det er it godt") == "Det er ikke godt."


# 3. "og æ hjalp": the subject before a verb in the past, not the article


def test_dialect_subject_before_a_past_verb():
    assert reflect.simple("jeg hjalp til og æ hjalp min far") == "Du hjalp til og du hjalp din far."
    assert reflect.simple("jeg gik ud eller æ købte ind") == "Du gik ud eller du købte ind."
    assert reflect.simple("jeg savner æ tante") == "Du savner tanten."  # a noun in "-te": still the article


# 4./5. Scores


def _at_score():
    state = at_step("goal1")
    goal = "Mål om at gå med rollator ude. Det går godt"
    state, _ = run([(goal, tag(goal, sheet="goal_progress"))], state)
    assert state["step"] == "goal2"
    return state


def test_out_of_ten_said_is_read_as_out_of_ten():
    for said, score in (("7 ud af 10", 3), ("6 ud af 10", 2), ("9 ud af ti", 4)):
        state, out = run([said], _at_score())
        assert [x["score"] for x in state["scores"]] == [score], said
        assert f"Du skrev {said.split()[0]} ud af 10. Det er cirka {score} ud af 4." in texts(out[-1]), said
        assert "Hvis" not in texts(out[-1])
    state, out = run(["8"], _at_score())
    assert "Hvis det er ud af 10" in texts(out[-1])  # a bare number: the scale is a guess


def test_i_would_say_seven():
    for said in ("I'd say 7", "i would say 7"):
        state, _ = run([said], _at_score())
        assert [x["score"] for x in state["scores"]] == [3], said


def test_two_and_a_half_is_two_in_both_languages():
    assert it.parse_score("to og en halv") == 2
    assert it.parse_score("tre og en halv") == 3
    assert it.parse_score("two and a half") == 2
    for said in ("to og en halv", "to, måske to og en halv", "Two, maybe two and a half"):
        state, _ = run([said], _at_score())
        assert [x["score"] for x in state["scores"]] == [2], said


# 6. English in the third person


def test_third_person_english_looks_english():
    for text in ("He is good with animals", "He wants to live on his own", "She likes to paint", "i like nothing really"):
        assert it.looks_english(text), text
    for text in ("jeg er god til gaming", "jeg elsker my little pony", "jeg vil gerne arbejde med IT"):
        assert not it.looks_english(text), text


def test_a_relative_writing_english_gets_english_frames():
    state = at_step("resources1")
    state["written_by"] = "relative"
    text = "He is good with animals"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert state["language"] == "en"
    assert "That is good to know about him." in texts(out[-1]) and "Det er" not in texts(out[-1])
    state = at_step("resources1")
    text = "i like nothing really"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert state["language"] == "en" and "jer" not in texts(out[-1])


# 7. A relative who is not to come


def test_a_relative_not_to_come_is_a_no():
    for text in ("min far skal ikke med", "min mor må ikke komme, hun snakker alt for meget",
                 "jeg vil ikke have at min mor kommer med", "min far kan ikke komme"):
        state, out = run([text], at_step("meeting1"))
        assert state["preferences"]["relatives_attend"] is False, text
        assert "Du vil gerne have en pårørende med" not in texts(out[-1])


def test_no_but_my_sister_may_is_a_yes():
    for text in ("nej, men min søster må gerne", "min mor må ikke komme, men min søster må gerne", "min søster må gerne komme med"):
        state, _ = run([text], at_step("meeting1"))
        assert state["preferences"]["relatives_attend"] is True, text
    state, _ = run(["nej"], at_step("meeting1"))
    assert state["preferences"]["relatives_attend"] is False


# 8. "I would feel like myself again": no safety rule matches (the classifier's probability did it; see the report)


def test_feeling_like_oneself_again_is_no_rule_hit():
    assert not is_crisis("I would feel like myself again")


# 9. A short condition after "men" stays in the echo


def test_a_condition_stays_in_the_echo():
    state = at_step("hopes1")
    text = "bo alene, men kun hvis jeg får hjælp til økonomien"
    state, out = run([(text, tag(text, sheet="hope"))], state)
    assert "Du drømmer om at bo alene, men kun hvis du får hjælp til økonomien." in texts(out[-1])

