"""Fresh conversations, round 22: a definite plural under the joys, a condition after a work wish, place names and a
pet's name in capitals, a bare noun or adjective under "Hvad ville være anderledes?", a strength under the joys, a goal
in chat shorthand with its number, "ikke så meget længere" to the strengths question, two named joys, and a consequence
said again to the parking question."""

import random

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import questions, run, tag, texts

from forbered.dialogue.moves import reflection, render_item


def _you(quote, category, step, speaker="citizen", language="da"):
    return render_item(quote, category, step, speaker, "", language)["you"]


def test_a_definite_plural_under_the_joys_is_a_thing_not_a_verb():
    assert _you("Fuglene på foderbrættet", "resource", "resources2") == "Fuglene på foderbrættet giver dig glæde."
    assert _you("tjene penge", "employment", "work") == "Du vil gerne tjene penge."


def test_a_condition_after_a_work_wish_is_said_as_a_condition():
    assert _you("Ikke for mange mennesker", "employment", "work") == "Der må ikke være for mange mennesker."
    assert _you("ikke med kunder", "employment", "work") == "Det skal ikke være med kunder."


def test_place_names_and_a_pets_name_get_capitals():
    assert _you("at rejse til sverige", "hope", "hopes1") == "Du drømmer om at rejse til Sverige."
    assert _you("Min hund bella", "resource", "resources2") == "Din hund Bella giver dig glæde."
    assert "hedder Bobbi" in _you("min kat hedder bobbi", "resource", "resources2")
    assert _you("Min hund er sød", "resource", "resources2") == "Din hund er sød."


def test_a_bare_noun_under_what_would_be_different_is_what_would_be():
    assert _you("frihed", "hope", "hopes2") == "Så ville du have frihed."
    assert _you("ro", "hope", "hopes2") == "Så ville du have ro."
    assert _you("glad", "hope", "hopes2") == "Så ville du være glad."
    item = {"quote": "frihed", "category": "hope", "step": "hopes2", "talk_type": "change", "subtype": "desire",
            "you": "Så ville du have frihed."}
    line, _ = reflection(item, "da", random.Random(1), None)
    assert line.startswith("Så ville du have frihed.") and len(line) > len(item["you"])  # never "Så ville du …" alone


def test_a_strength_under_the_joys_is_affirmed_not_looked_forward_to():
    state = _at("resources2")
    text = "Jeg er god til at lytte til andre"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert "ser frem til" not in texts(out[-1]) and "Du er god til at lytte til andre." in texts(out[-1])


def test_a_goal_in_shorthand_with_its_number():
    assert _you("bad selv", "goal_progress", "goal1") == "Dit mål er at bade selv."
    state = _at("goal1")
    text = "bad selv. 3"
    state, out = run([(text, tag(text, "sustain", sheet="goal_progress"))], state)
    said = texts(out[-1])
    assert "Så står målet på 3 ud af 4." in said and "svært" not in said and state["step"] == "parking"


def test_not_much_any_longer_is_no_strength():
    state = _at("resources1")
    text = "ikke så meget længere"
    state, out = run([(text, tag(text, "sustain", sheet="resource"))], state)
    assert not _live(state, "resource") and "god til" not in texts(out[-1]) and state["step"] == "resources2"


def test_two_named_joys_get_their_frame():
    assert _you("Min søn Peter og min hund", "resource", "resources2") == "Din søn Peter og din hund giver dig glæde."


def test_a_consequence_said_again_to_the_parking_question_is_not_a_worry():
    state = _at("hopes1")
    wish, then = "Jeg vil gerne bo selv", "Så skulle jeg ikke bede om hjælp"
    state, _ = run([(wish, tag(wish, "change", "desire", sheet="hope")), (then, tag(then, "change", "reasons", sheet="hope"))],
                   state)
    for _ in range(6):
        if state["step"] == "parking":
            break
        state, _ = run(["nej"], state)
    assert state["step"] == "parking"
    state, out = run([(then, tag(then, "sustain", sheet="parking"))], state)
    assert not _live(state, "parking") and state["step"] == "meeting1" and questions(out[-1])
    assert "fylder" not in texts(out[-1])
    assert sum(1 for i in _live(state, "hope") if "bede om hjælp" in i["quote"]) == 1


def test_an_english_plural_worry_agrees_with_its_verb():
    assert _you("money worries", "parking", "parking", language="en") == "Money worries take up a lot of your mind."
    assert _you("my back", "parking", "parking", language="en") == "Your back takes up a lot of your mind."


def test_cant_with_a_reason_is_not_the_bots_verdict():
    assert _you("nej det kan jeg ikke med mit hoved", "employment", "work") == "Det kan ikke lade sig gøre med dit hoved."
    assert _you("det kan jeg ikke lide", "employment", "work").startswith("Det kan du ikke lide")


def test_a_bare_no_after_a_work_wish_and_that_clauses_among_worries():
    assert _you("Ikke telefon", "employment", "work") == "Det skal ikke være med telefon."
    assert _you("Når planen bliver ændret uden at jeg får besked", "parking", "parking") == (
        "Det fylder meget for dig, når planen bliver ændret uden at du får besked.")
    assert _you("At hun falder om natten", "parking", "parking", speaker="relative") == "Det fylder meget for hende, at hun falder om natten."
    assert _you("at falde igen", "parking", "parking") == "Det fylder meget for dig at falde igen."


def test_a_relatives_bare_answers_with_an_infinitive_or_a_possessive():
    assert _you("Vores barnebarn og hans have", "resource", "resources2", speaker="relative").endswith("giver hende eller ham glæde.")
    assert _you("At kunne gå en tur i skoven igen", "hope", "hopes1", speaker="relative") == (
        "Hun eller han drømmer om at kunne gå en tur i skoven igen.")


def test_dont_know_with_a_swear_word_is_no_point():
    state = _at("resources1")
    text = "det ved jeg sgu ikke. jeg var tømrer i 30 år"
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    assert not any("ved" in i["quote"] for i in _live(state, "resource"))


def test_the_meaning_after_either_pronoun_follows_the_person_named():
    from forbered.dialogue.moves import _about
    assert _about("Det er vigtigt for dig.", "Hun eller han drømmer om en tur.", "relative", "han") == "Det er vigtigt for ham."
    assert _about("Det er vigtigt for dig.", "Hun eller han drømmer om en tur.", "relative", None) == (
        "Det er vigtigt for hende eller ham.")


# After the untuned second set: a goal in a few words with its number and no full stop, "… og det fylder meget",
# "Måske programmering. Hjemmefra." under the work question


def test_a_goal_in_few_words_then_its_number_without_a_full_stop():
    from forbered.dialogue.engine import _score_said
    assert _score_said("gå med stok 2") == 2 and _score_said("tage bus 3") == 3 and _score_said("bus 3") is None
    assert _you("gå med stok 2", "goal_progress", "goal1") == "Dit mål er at gå med stok."
    state = _at("goal1")
    state, out = run([("gå med stok 2", tag("gå med stok 2", sheet="goal_progress"))], state)
    assert "Så står målet på 2 ud af 4." in texts(out[-1]) and state["step"] == "parking"


def test_and_then_it_fills_is_split_without_a_dangling_and():
    state = _at("parking")
    text = "Jeg har hovedpine hver dag og det fylder meget"
    state, out = run([(text, tag(text, "sustain", sheet="parking"))], state)
    assert "dag og." not in texts(out[-1]) and "Du har hovedpine hver dag." in texts(out[-1])


def test_maybe_and_from_home_under_the_work_question():
    assert _you("Måske programmering", "employment", "work") == "Du vil måske gerne lave noget med programmering."
    assert _you("Hjemmefra", "employment", "work") == "Du vil gerne arbejde hjemmefra."
    assert _you("måske køkken", "employment", "work") == "Du vil måske gerne arbejde i et køkken."
