"""Fresh conversations, round 21: a pause and "ok nu igen", "ved ikke. det er jo ligegyldigt", a comment on the
question, "Så ved jeg ikke, …" after a worry, the consent message's own words, "men tak for spørgsmålet", a past
strength in a fragment, a second rename in the summary, "Gem det vi har" with the stop, unpunctuated messages,
second-language verb forms, neuter nouns, plain work frames, the writer's name and little said back plainly."""

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import questions, run, tag, texts

from forbered.dialogue.engine import _score_said
from forbered.dialogue.moves import render_item
from forbered.reflect import standard_spelling, tidy


def _you(quote, category, step, speaker="citizen", language="da"):
    return render_item(quote, category, step, speaker, "", language)["you"]


# 1. A pause, then "ok nu igen": the question again, nothing on the sheet


def test_back_after_a_pause_asks_the_open_question_again():
    state = _at("hopes1")
    state, out = run(["jeg er træt. kan vi holde pause", "ok nu igen"], state)
    assert state["step"] == "hopes1" and not _live(state, "hope")
    assert "nu igen" not in texts(out[-1]) and questions(out[-1])


# 2. What is not an answer: a don't-know with "ligegyldigt", a comment on the question, the consent's own words


def test_dont_know_and_whatever_is_no_strength():
    state = _at("resources1")
    text = "ved ikke. det er jo ligegyldigt"
    state, out = run([(text, tag(text, "sustain", sheet="resource"))], state)
    assert not _live(state, "resource") and "ligegyldigt" not in texts(out[-1])


def test_a_comment_on_the_question_is_no_point():
    state = _at("resources1")
    text = "Det er et upræcist spørgsmål. Men jeg er god til matematik."
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    assert [i["quote"] for i in _live(state, "resource")] == ["Men jeg er god til matematik."] or all(
        "spørgsmål" not in i["quote"] for i in _live(state, "resource"))


def test_the_consent_message_about_writing_is_no_point():
    state, out = run(["/start", "Ja tak, det vil jeg meget gerne. Jeg skriver selv, omend det går lidt langsomt med tasterne."])
    assert state["step"] == "resources1" and not [i for i in state["items"] if i.get("category")]


def test_why_at_the_consent_is_answered_and_the_yes_asked_in_other_words():
    state, out = run(["/start", "hvad skal det her til for?"])
    assert "hjælper dig" in texts(out[-1]) and state["step"] == "consent"
    assert questions(out[-1]) == ["Jeg skal lige vide, om det er i orden. Må jeg gemme det, du skriver?"]


# 3. Work: politeness, a no for now in a fragment, plain frames


def test_thanks_for_the_question_is_not_echoed_and_too_old_is_a_no():
    state = _at("work")
    text = "Nej, det er jeg vel for gammel til, men tak for spørgsmålet."
    state, out = run([(text, tag(text, "sustain", sheet="employment"))], state)
    assert "tak for spørgsmålet" not in texts(out[-1]).lower() and state["step"] == "goal1"


def test_too_tired_for_now_is_said_as_a_sentence():
    state = _at("work")
    state, _ = run([("nej ikke nu. for træt", tag("nej ikke nu. for træt", "sustain", sheet="employment"))], state)
    assert [i["you"] for i in _live(state, "employment")] == ["Du er for træt."]


def test_work_wishes_without_a_verb_get_a_plain_frame():
    assert _you("Måske noget med dyr, et par timer om ugen", "employment", "work") == (
        "Du vil måske gerne lave noget med dyr, et par timer om ugen.")
    assert _you("dyr", "employment", "work") == "Du vil gerne lave noget med dyr."
    assert _you("Kun formiddag", "employment", "work") == "Du vil gerne arbejde, men kun om formiddagen."
    assert _you("værksted", "employment", "work") == "Du kunne tænke dig at arbejde på et værksted."


# 4. Second-language Danish, neuter nouns, the writer's name, dyslexic spellings


def test_an_infinitive_after_a_person_is_the_present_and_a_joy_gets_its_frame():
    assert _you("Min søn ringe hver dag", "resource", "resources2") == "Det giver dig glæde, at din søn ringer hver dag."
    assert _you("Min mor kommer på besøg", "resource", "resources2") == "Det giver dig glæde, at din mor kommer på besøg."
    assert _you("Min hund Bella", "resource", "resources2") == "Din hund Bella giver dig glæde."


def test_neuter_nouns_keep_their_gender():
    assert _you("min egen værksted", "hope", "hopes1") == "Du drømmer om dit eget værksted."
    assert _you("jeg vil have en værksted", "hope", "hopes1") == "Du vil have et værksted."


def test_the_writers_name_is_no_part_of_the_point():
    assert _you("Jeg er Erik, jeg har en hund", "resource", "resources2") == "Du har en hund."


def test_dyslexic_spellings_and_a_past_strength_in_a_fragment():
    assert tidy("jeg drømer om at blive tømre og få min egn lejlighed") == "jeg drømmer om at blive tømrer og få min egen lejlighed"
    assert tidy("tegne med bly ant") == "tegne med blyant"
    assert standard_spelling("før god til regnskab") == "før var jeg god til regnskab"
    assert tidy("Tjah, jeg har altid været flink til at bage") == "jeg har altid været flink til at bage"


# 5. Unpunctuated messages; a goal in two words with its number


def test_an_unpunctuated_goal_keeps_its_status_and_score_apart():
    state = _at("goal1")
    text = "mit mål er at stå op til tiden det går skidt 1"
    state, out = run([(text, tag(text, sheet="goal_progress"))], state)
    assert "skidt 1" not in texts(out[-1]) and state["step"] == "parking"
    assert state["scores"][-1]["score"] == 1


def test_an_unpunctuated_worry_is_two_sentences():
    state = _at("parking")
    text = "min far er syg det fylder meget"
    state, out = run([(text, tag(text, "sustain", sheet="parking"))], state)
    assert "Din far er syg." in texts(out[-1]) and "syg det" not in texts(out[-1])


def test_a_goal_in_two_words_then_its_number():
    assert _score_said("gå ture. 2") == 2
    state = _at("goal1")
    state, out = run([("gå ture. 2", tag("gå ture. 2", sheet="goal_progress"))], state)
    goals = _live(state, "goal_progress")
    assert goals and "gå ture" in goals[0]["quote"] and state["step"] == "parking"


# 6. What follows from a worry; the stop that asks to save


def test_then_i_dont_know_joins_the_worry_before():
    state = _at("parking")
    text = "Jeg er træt af, at personalet skifter hele tiden. Så ved jeg ikke, hvem der kommer."
    state, out = run([(text, tag(text, "sustain", sheet="parking"))], state)
    parked = _live(state, "parking")
    assert len(parked) == 1 and "Ved du ikke" not in texts(out[-1])


def test_and_also_worried_is_not_a_consequence():
    state = _at("parking")
    text = "Jeg frygter at falde igen, og så er jeg bekymret for min mand."
    state, out = run([(text, tag(text, "sustain", sheet="parking"))], state)
    assert "Så du er" not in texts(out[-1])


def test_stop_with_save_is_saved_without_asking_again():
    state = _at("hopes1")
    state, out = run(["Jeg orker ikke mere nu. Kan vi stoppe? Gem det vi har."], state)
    assert state["step"] == "done" and state["stopped_early"] and not questions(out[-1])


# 7. A second correction in the summary renames; little said gets a plain echo


def test_not_my_daughter_emma_she_is_called_ida_renames():
    state = _at("resources2")
    text = "Min datter Emma og mine fugle."
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    for _ in range(12):
        if state["step"] == "summary":
            break
        state, _ = run(["nej"], state)
    assert state["step"] == "summary"
    state, out = run(["Og det er ikke min datter Emma, hun hedder Ida."], state)
    joys = [i["quote"] for i in _live(state, "resource")]
    assert any("Ida" in q for q in joys) and not any("Emma" in i.get("you", "") for i in _live(state, "resource"))


def test_a_hedged_short_wish_is_said_back_plainly():
    state = _at("work")
    text = "måske noget på en havn"
    state, out = run([(text, tag(text, "change", "desire", sheet="employment"))], state)
    assert "betyder meget" not in texts(out[-1])


def test_now_i_cant_be_bothered_stop_and_save_is_a_stop_that_saves():
    state = _at("parking")
    state, out = run(["nu gider jeg ikke mere. stop og gem"], state)
    assert state["step"] == "done" and state["stopped_early"] and not _live(state, "parking")


def test_a_swap_without_a_comma_changes_the_word():
    state = _at("resources2")
    text = "min kat og tv"
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    for _ in range(12):
        if state["step"] == "summary":
            break
        state, _ = run(["nej"], state)
    state, out = run(["nej det er ikke tv det er ipad"], state)
    joys = [i["quote"] for i in _live(state, "resource")]
    assert any("ipad" in q for q in joys) and len(joys) == 1
