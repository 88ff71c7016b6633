"""Round 30: a difficulty said to the strengths or joys question is never praised ("Det giver dig energi");
"jeg skal gå nu" is a pause; a yes after earlier words says once that they are kept."""

from dialogue_helpers import at_step, run, tag, texts

from forbered.dialogue import intents as it

PRAISE = ("energi", "bruge til meget", "god styrke", "hverdag god", "ser frem til", "energy", "look forward", "days good",
          "good strength")


def test_a_difficulty_under_joys_is_not_praised():
    for text, lang in (("ja men jeg kan ik sidde stille i skolen", "da"), ("My back hurts when I lift heavy things", "en")):
        state = at_step("resources2", language=lang)
        for seed in range(4):
            _, out = run([(text, tag(text, sheet="resource"))], dict(state, seed=seed), language=lang)
            said = texts(out[-1])
            assert not any(p in said for p in PRAISE), said


def test_a_difficulty_under_strengths_is_not_praised():
    state = at_step("resources1")
    text = "jeg bliver hurtigt træt"
    _, out = run([(text, tag(text, sheet="resource"))], state)
    said = texts(out[-1])
    assert not any(p in said for p in PRAISE), said


def test_a_strength_is_still_affirmed():
    state = at_step("resources1")
    text = "jeg er god til at lave mad"
    _, out = run([(text, tag(text, sheet="resource"))], state)
    assert "god til at lave mad" in texts(out[-1])


def test_i_have_to_go_now_is_a_pause():
    assert it.is_pause("jeg skal gå nu") and it.is_pause("jeg må smutte nu") and it.is_pause("jeg skal smutte")
    assert not it.is_pause("jeg skal gå ture med min hund")
    state = at_step("resources2")
    _, out = run(["jeg skal gå nu"], state)
    said = texts(out[-1])
    assert "komme tilbage" in said and "energi" not in said


def test_words_before_the_yes_are_said_kept_only_once():
    _, out = run(["/start", "hvad skal I bruge det til?", "jeg vil ikke have at kommunen skærer i min hjælp",
                  ("ok. jeg vil gerne beholde min hjemmehjælp",
                   tag("ok. jeg vil gerne beholde min hjemmehjælp", "change", sheet="hope"))])
    said = texts(out[-1])
    assert said.count("gemt") == 1, said


def test_a_little_to_the_work_question_is_a_small_yes():
    for answer in ("lidt", "måske lidt", "en smule"):
        state = at_step("work")
        state, out = run([(answer, tag(answer))], state)
        said = texts(out[-1])
        assert "noget med lidt" not in said and "ønsker dig en smule" not in said, said
        assert said == "Vil du fortælle lidt om det?" and state["step"] == "work"
