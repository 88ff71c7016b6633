"""Round 38: the bot's reflections and affirmations. A closing sentence of meaning is not said twice in one conversation;
a doubt about what one is good at is heard with care; in "sit together" mode a later "Jeg vil …" is said about her or him;
a doubt or a fear with a wish is said both ways (also in English); "Lige nu drømmer jeg om …" keeps "lige nu" with the
dream; a relative's hope for her is a difference for her; no joy is heard, never affirmed; a no said as a wish gets no
"betyder meget"; "god til X, men ikke til Y" says Y is harder; a step and the plan after it are said together; a should on
someone else's word is their wish; a trailing "vel" is a hedge; "ved ikke om det er for meget, men …" keeps the wish; two
main clauses get their comma; a long lead-in is left out."""

import re

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue.moves import render_item

_MEANING = re.compile(r"(Det (?:lyder, som om det (?:ville )?betyde[r]? meget|er vigtigt|ville (?:gøre en (?:stor )?forskel|betyde noget))"
                      r" for dig\.)")


def test_a_closing_sentence_of_meaning_is_not_said_twice_in_one_conversation():
    state = at_step("hopes1")
    turns = [("Jeg drømmer om at få en kat", "change", "desire", "hope"),
             ("Så ville jeg have selskab om aftenen", "change", "reasons", "hope"),
             ("Jeg vil gerne arbejde i en cykelbutik", "change", "desire", "employment"),
             ("Jeg vil også gerne lære at køre bil", "change", "desire", "hope"),
             ("Og jeg vil gerne se min bror noget mere", "change", "desire", "hope")]
    said = []
    for text, tt, st, sheet in turns:
        state, out = run([(text, tag(text, talk_type=tt, subtype=st, sheet=sheet))], state)
        said += _MEANING.findall(texts(out[-1]))
    assert len(said) >= 3 and len(said) == len(set(said)), said


def test_a_doubt_about_what_one_is_good_at_is_heard_with_care():
    state = at_step("resources1")
    text = "jeg ved ikke om jeg er god til noget mere efter mit fald"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert "i tvivl" in said and "efter dit fald" in said and not said.startswith("Du ved ikke"), said
    assert not live(state, "resource"), state["items"]


def test_sit_together_a_later_i_is_said_about_her():
    state = at_step("resources1", role="together")
    state, _ = run([("Han er god til at bage", tag("Han er god til at bage", sheet="resource"))], state)
    while state["step"] != "hopes1":
        state, _ = run(["ved ikke"], state)
    text = "Jeg vil gerne på ferie til Skagen"
    state, out = run([(text, tag(text, talk_type="change", subtype="desire", sheet="hope"))], state)
    said = texts(out[-1])
    assert said.startswith("Han vil gerne på ferie til Skagen") and "Du vil" not in said and "for dig" not in said, said


def test_a_doubt_before_the_wish_is_said_both_ways_ending_on_the_wish():
    state = at_step("hopes1")
    text = "Jeg ved ikke om jeg kan klare en uddannelse, men jeg vil gerne prøve"
    state, out = run([(text, tag(text, talk_type="change", subtype="activation", sheet="hope",
                                 clauses=[("Jeg ved ikke om jeg kan klare en uddannelse", "neutral", None),
                                          ("men jeg vil gerne prøve", "change", "hope")]))], state)
    said = texts(out[-1])
    assert "klare en uddannelse" in said and "men du vil gerne prøve." in said, said


def test_a_wish_with_a_number_and_a_fear_is_said_both_ways():
    state = at_step("work")
    text = "jeg vil gerne tage 10. klasse men jeg er nervøs for at dumpe"
    state, out = run([(text, tag(text, talk_type="change", subtype="desire", sheet="employment",
                                 clauses=[("jeg vil gerne tage 10. klasse", "change", "employment"),
                                          ("men jeg er nervøs for at dumpe", "neutral", "parking")]))], state)
    said = texts(out[-1])
    assert "10. klasse" in said and "nervøs for at dumpe" in said, said


def test_an_english_wish_and_a_doubt_are_said_both_ways():
    state = at_step("hopes1", language="en")
    text = "I would like to swim again but I'm not sure my knee is ready"
    state, out = run([(text, tag(text, talk_type="change", subtype="desire", sheet="hope",
                                 clauses=[("I would like to swim again", "change", "hope"),
                                          ("but I'm not sure my knee is ready", "neutral", None)]))], state)
    said = texts(out[-1])
    assert "your knee" in said and "swim again" in said, said


def test_lige_nu_stays_with_the_dream_when_a_clause_follows():
    state = at_step("hopes1")
    text = "Lige nu drømmer jeg om et hus hvor jeg kan have høns"
    state, out = run([(text, tag(text, talk_type="change", subtype="desire", sheet="hope"))], state)
    said = texts(out[-1])
    assert "lige nu om et hus" in said and "høns lige nu" not in said, said


def test_a_dream_is_not_called_courage():
    state = at_step("hopes1")
    text = "Jeg håber på en bedre bolig"
    state, out = run([(text, tag(text, talk_type="change", subtype="taking_steps", sheet="hope"))], state)
    said = texts(out[-1])
    assert "mod." not in said and "Godt gået" not in said and "skridt" not in said, said  # no step was said


def test_a_relatives_hope_for_him_is_a_difference_for_him():
    state, _ = run(["/start", "ja, jeg er hans søster"], role="relative")
    while state["step"] != "hopes1":
        state, _ = run(["ved ikke"], state)
    text = "Vi håber at han kan få et job med dyr"
    state, out = run([(text, tag(text, talk_type="change", subtype="desire", sheet="hope", speaker="relative"))], state)
    said = texts(out[-1])
    assert "for jer" not in said and "for ham" in said, said


def test_no_joy_is_heard_not_affirmed():
    state = at_step("resources2")
    text = "der er ikke rigtig noget der gør mig glad"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert "glæde" not in said.split("?")[0] and "energi" not in said, said
    assert not live(state, "resource"), state["items"]


def test_a_no_read_as_a_wish_gets_no_meaning_of_a_wish():
    state = at_step("work")
    text = "nej jeg er for syg til at arbejde"
    state, out = run([(text, tag(text, talk_type="change", subtype="desire", sheet="employment"))], state)
    said = texts(out[-1])
    assert "betyder meget" not in said and "vigtigt for dig" not in said and "forskel" not in said, said


def test_good_at_one_thing_but_not_another_says_the_other_is_harder():
    state = at_step("resources1")
    text = "jeg er god til at hjælpe andre men ikke til at bede om hjælp"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert "At bede om hjælp er sværere for dig." in said and "del af dig" not in said, said


def test_a_step_and_the_plan_after_it_are_said_together():
    state = at_step("work")
    text = "Jeg har fået en praktikplads i et køkken, jeg begynder på mandag"
    t = tag(text, talk_type="change", subtype="taking_steps", sheet="employment",
            clauses=[("Jeg har fået en praktikplads i et køkken", "change", "employment"),
                     ("jeg begynder på mandag", "change", "hope")])
    t.clauses[0].subtype, t.clauses[1].subtype = "taking_steps", "commitment"
    state, out = run([(text, t)], state)
    said = texts(out[-1])
    assert "praktikplads" in said and "mandag" in said, said


def test_a_should_on_someone_elses_word_is_their_wish():
    state = at_step("hopes1")
    text = "Jeg skal nok spise sundere, det siger min kontaktperson"
    state, out = run([(text, tag(text, talk_type="change", subtype="commitment", sheet="hope",
                                 clauses=[("Jeg skal nok spise sundere", "change", "hope"),
                                          ("det siger min kontaktperson", "neutral", "hope")]))], state)
    said = texts(out[-1])
    assert "andre" in said and "forskel" not in said and "betyder meget" not in said, said
    assert not live(state, "hope"), state["items"]


def test_a_trailing_vel_is_a_hedge():
    state = at_step("resources1")
    state, out = run([("bage vel 🙂", tag("bage vel 🙂", sheet="resource"))], state)
    said = texts(out[-1])
    assert "Du er nok god til at bage." in said and "vel" not in said, said


def test_too_much_to_dream_of_then_a_wish_keeps_the_wish():
    state = at_step("hopes1")
    text = "Ved ikke om det er urealistisk, men en tur til Island"
    state, out = run([(text, tag(text, talk_type="change", subtype="desire", sheet="hope"))], state)
    said = texts(out[-1])
    assert "Island" in said and "urealistisk" not in said and "drømmer om ved" not in said, said


def test_two_main_clauses_get_their_comma():
    state = at_step("resources1")
    text = "Jeg kan lide at cykle og jeg kender alle stierne i skoven"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert "at cykle, og du kender" in texts(out[-1]), texts(out[-1])


def test_a_long_lead_in_is_left_out_of_the_echo():
    out = render_item("Altså jeg har tænkt meget over det og det jeg gerne vil mest er at bo ved vandet", "hope", "hopes1",
                      "citizen", "", "da")
    assert out["you"].startswith("Du vil allerhelst bo ved vandet"), out


def test_a_maybe_work_wish_shifts_the_if_clause():
    state = at_step("work")
    text = "måske noget med heste hvis jeg må"
    state, out = run([(text, tag(text, talk_type="change", subtype="desire", sheet="employment"))], state)
    said = texts(out[-1])
    assert "hvis du må" in said and "hvis jeg" not in said, said
