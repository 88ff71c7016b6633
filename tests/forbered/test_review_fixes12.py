"""Review fixes: a fronted time phrase goes to the end of the first main clause only (never past a second clause, a
full stop or an "at" clause), a fronted adverb ("mest", "engang", "først og fremmest") goes after the verb; "I'm done
with school" and a pause that is a habit are answers; a no to the stop offer followed by an answer keeps the answer;
harm done by another person ("han stikker mig") is abuse, not self-harm."""

from dialogue_helpers import at_step, run, tag, texts

from forbered.dialogue.intents import is_pause, is_stop
from forbered.reflect import unfront
from forbered.safety import safety_kind


def test_a_fronted_time_phrase_ends_the_first_clause_only():
    cases = {
        "I weekenden spiller jeg skak med min onkel, og bagefter spiser vi": "Jeg spiller skak med min onkel i weekenden, og",
        "Om vinteren fryser jeg meget, men om foråret har jeg det godt": "Jeg fryser meget om vinteren, men om foråret",
        "Hver aften ringer jeg til min søster. Hun er sød": "Jeg ringer til min søster hver aften. Hun er sød",
        "Om natten tænker jeg at nogen er i huset": "Jeg tænker om natten at nogen er i huset",
        "Om aftenen læser jeg fordi jeg ikke kan sove": "Jeg læser om aftenen fordi jeg ikke kan sove",
    }
    for text, start in cases.items():
        assert unfront(text).startswith(start), (text, unfront(text))
    assert unfront("Sidste sommer byggede jeg et fuglehus") == "Jeg byggede et fuglehus sidste sommer"
    assert unfront("Om aftenen drømmer jeg om at male") == "Jeg drømmer om at male om aftenen"  # "om at": no clause end


def test_a_fronted_adverb_goes_after_the_verb():
    assert unfront("Mest savner jeg min gamle lejlighed") == "Jeg savner mest min gamle lejlighed"
    assert unfront("Engang vil jeg gerne se Rom") == "Jeg vil engang gerne se Rom"
    assert unfront("Først og fremmest vil jeg gerne lære at svømme") == "Jeg vil først og fremmest gerne lære at svømme"


def test_a_fronted_adverb_hope_is_said_back_in_plain_order():
    text = "Engang vil jeg gerne have en kat"
    state, out = run([(text, tag(text, talk_type="change", sheet="hope"))], at_step("hopes1"))
    said = texts(out[-1])
    assert "Du vil engang gerne have en kat" in said and "Engang." not in said, said


def test_done_with_something_and_a_daily_pause_are_answers():
    assert not is_stop("I'm done with my education") and is_stop("I'm done")
    assert not is_pause("jeg holder pause om formiddagen") and not is_pause("vi holder pause efter frokost")
    assert is_pause("jeg holder pause nu")


def test_a_no_to_the_stop_offer_then_an_answer_keeps_the_answer():
    for answer in ("nej, jeg vil gerne fortsætte, jeg drømmer om at få en kæreste", "nej. Jeg håber at jeg kan flytte"):
        state, _ = run([("stop", tag("stop"))], at_step("hopes1"))
        assert state.get("awaiting") == "stop_offer"
        state, out = run([(answer, tag(answer, talk_type="change", sheet="hope"))], state)
        assert state["step"] not in ("stopped", "done") and not state["stopped_early"], (answer, texts(out[-1]))
        assert any(i.get("category") == "hope" for i in state["items"]), (answer, state["items"])
    state, _ = run([("stop", tag("stop"))], at_step("hopes1"))
    state, _ = run([("nej tak", tag("nej tak"))], state)
    assert state["step"] == "stopped"


def test_harm_done_by_another_person_is_abuse():
    assert safety_kind("Hun skar mig med en saks da hun var vred") == "abuse"
    assert safety_kind("Min stedfar slog mig med vilje") == "abuse"
    assert safety_kind("jeg slog mig selv med vilje") == "self_harm"
    assert safety_kind("jeg skærer i mig selv") == "self_harm"


def test_a_time_word_after_a_pet_noun_is_not_taken_for_its_name():
    from forbered.dialogue import moves

    assert moves._proper("du vil gerne have en hund engang") == "du vil gerne have en hund engang"
    assert moves._proper("en kat snart") == "en kat snart"
    assert moves._proper("din hund fido") == "din hund Fido"
