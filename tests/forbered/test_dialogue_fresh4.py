"""Fixes from a replay of fresh conversations (set 4): pauses, a lost thread, formal "De", "der er ikke
noget", 👍, a change of mind about the plan, safety without an answer, who-is-writing and filler fragments,
a relative's pronoun slip, quoted speech, English frames, a wish split off a worry."""

from dialogue_helpers import run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue.moves import render_item
from forbered.reflect import shift_pronouns


def test_going_to_eat_is_a_pause_not_an_answer():
    for line in ("jeg skal lige spise, vi snakkes ved", "vi skal lige spise, vi snakkes ved", "brb", "I have to eat now, talk later"):
        assert it.is_pause(line), line
    state, _ = run(["/start", "ja", "jeg er god til at spille guitar"])
    step = state["step"]
    state, out = run(["jeg skal lige spise, vi snakkes ved"], state)
    assert "komme tilbage" in texts(out[-1]) and state["step"] == step
    assert not [i for i in state["items"] if "spise" in i["quote"]]
    assert not it.is_pause("jeg kan godt lide at spise pizza")


def test_lost_thread_gets_the_question_again():
    for line in ("hvad var spørgsmålet?", "jeg har glemt hvad du spurgte om", "undskyld jeg mistede tråden",
                 "hvad snakkede vi om", "hvad var det nu", "what was the question?", "sorry I forgot what you asked"):
        assert it.lost_thread(line), line
    assert not it.lost_thread("jeg har glemt min nøgle i går")
    state, out = run(["/start", "ja", "hvad var spørgsmålet?"])
    assert "spørgsmålet igen" in texts(out[-1]) and "Hvad er du god til?" in texts(out[-1])
    assert not state["items"] and state["step"] == "resources1"
    # after a listening reflection: the question the reflection stood in for
    state, out = run(["Jeg har altid været god til at holde orden i mit hjem, og jeg læser meget.",
                      "jeg har glemt hvad du spurgte om"], state)
    assert "spørgsmålet igen" in texts(out[-1]) and not [i for i in state["items"] if "glemt" in i["quote"]]


def test_formal_de_questions_are_understood():
    assert it.wants_clarification("Hvad mener De med det?")
    assert it.wants_clarification("Hvad er forskellen?")
    assert it.question_about_the_chat("Hvad skal De bruge det til?") == "why"
    state, out = run(["/start", "Ja tak.", "Hvad mener De med det?"])
    assert "godt spørgsmål" not in texts(out[-1]) and "For eksempel" in texts(out[-1])


def test_there_is_nothing_is_a_no():
    assert it.is_dont_know("Der er ikke noget.")
    state, _ = run(["/start", "ja", "tegne", "musik", "en kat", "ved ikke", "nej", "ved ikke"])
    assert state["step"] == "parking"
    state, out = run(["Der er ikke noget."], state)
    assert "fylder" not in texts(out[-1]) and not [i for i in state["items"] if i["category"] == "parking"]


def test_thumbs_up_is_a_yes():
    assert it.is_yes("👍") and it.is_confirmation("👍")
    state, _ = run(["/start", "ja", "tegne", "musik", "en kat", "ved ikke", "nej", "ved ikke", "nej"])
    assert state["step"] == "meeting1"
    state, _ = run(["👍"], state)
    assert state["preferences"]["relatives_attend"] is True


def test_change_of_mind_about_the_plan_in_one_message():
    assert it.parse_plan_version("farverig. nej vent, neutral") == "neutral"
    assert it.parse_plan_version("neutral, eller hov, hellere farverig") == "colourful"
    assert it.parse_plan_version("farverig") == "colourful"
    assert it.parse_plan_version("ikke farverig, neutral") == "neutral"


def test_safety_without_an_answer_does_not_skip_the_question():
    state, _ = run(["/start", "ja", "jeg er god til at lave mad", "min mor"])
    assert state["step"] == "hopes1"
    state, out = run([("jeg gider ikke mere", tag("jeg gider ikke mere", "sustain", safety=True)), "ja"], state)
    assert state["step"] == "hopes1"
    assert "hvis det lykkedes" not in texts(out[-1])


def test_who_is_writing_and_fillers_are_not_points():
    text = "Vi sidder sammen. Han siger at han er god til Lego."
    t = tag(text, sheet="resource", clauses=[("Vi sidder sammen.", "neutral", None),
                                             ("Han siger at han er god til Lego.", "neutral", "resource")], speaker="relative")
    state, _ = run(["/start", "ja"], role="relative")
    state, _ = run([(text, t)], state)
    assert [i["quote"] for i in state["items"]] == ["Han siger at han er god til Lego."]
    state, _ = run(["/start", "ja"])
    text = "nå ja. jeg er god til at spille kort"
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    assert [i["quote"] for i in state["items"]] == ["jeg er god til at spille kort"]


def test_relative_corrects_the_pronoun():
    state, _ = run(["/start", "Ja, jeg er hans far", "Han er god til at reparere knallerter."], role="relative")
    text = "Hun bliver glad af at være i værkstedet. Undskyld, han."
    t = tag(text, sheet="resource", clauses=[("Hun bliver glad af at være i værkstedet.", "neutral", "resource"),
                                             ("Undskyld, han.", "neutral", None)], speaker="relative")
    state, out = run([(text, t)], state)
    quotes = [i["quote"] for i in state["items"]]
    assert "Han bliver glad af at være i værkstedet." in quotes and not [q for q in quotes if "Undskyld" in q]
    assert "hun bliver" not in texts(out[-1]).lower()


def test_quoted_speech_keeps_its_first_person():
    assert shift_pronouns("Hun siger: jeg er god til at synge.", "relative") == "Hun siger: jeg er god til at synge."
    assert shift_pronouns("Hun siger 'jeg elsker min kat'.", "relative") == "Hun siger 'jeg elsker min kat'."
    assert shift_pronouns("jeg er god til at synge") == "du er god til at synge"
    you = render_item("She says: I am good at singing", "resource", "resources1", "citizen", "", "en")["you"]
    assert you == "She says: I am good at singing."


def test_english_sentences_are_not_framed_as_phrases():
    r = render_item("Money worries me.", "parking", "parking", "citizen", "", "en")
    assert r["you"] == "Money worries you."
    r = render_item("My grandchildren and my dog make me happy.", "resource", "resources2", "citizen", "", "en")
    assert r["you"] == "Your grandchildren and your dog make you happy."
    r = render_item("to get a job", "hope", "hopes1", "citizen", "", "en")
    assert r["you"] == "You hope to get a job." and r["text"] == "I hope to get a job."
    assert render_item("my friends", "resource", "resources2", "citizen", "", "en")["you"] == "Your friends give you joy."


def test_wish_split_off_a_worry_lands_under_hopes():
    text = "Jeg er god til at passe planter, men jeg er bange for at falde, og jeg drømmer om at rejse igen."
    t = tag(text, sheet="resource", clauses=[
        ("Jeg er god til at passe planter", "neutral", "resource"),
        ("men jeg er bange for at falde, og jeg drømmer om at rejse igen.", "neutral", "parking")])
    state, _ = run(["/start", "ja"])
    state, _ = run([(text, t)], state)
    cats = {i["quote"]: i["category"] for i in state["items"]}
    assert cats.get("jeg drømmer om at rejse igen.") == "hope", cats
    assert any(c == "parking" for c in cats.values())
