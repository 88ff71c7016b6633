"""Review fixes: a plain question about the sheet never ends the chat; a relative's greeting, "…, og hun tager over" or
"she takes over the kitchen" is no handover; a relative's "vi tror ikke, det bliver et problem" is support, no doubt;
a parent's score is no score of the person; "hans to hunde" after a handover becomes "dine to hunde"."""

from forbered.dialogue import engine, respond
from forbered.tagger import Tagger

_TAGGER = None


def _tagger():
    global _TAGGER
    _TAGGER = _TAGGER or Tagger.load()
    return _TAGGER


def _say(state, text, role, language=None):
    tg = None if text.startswith("/") else _tagger().tag(text, "relative" if role == "relative" else "citizen")
    r = respond(state, text, tg, role=role, language=language)
    return r.state, " ".join(m.text for m in r.messages if m.text)


def _at(step, role="citizen", lead=None, language=None):
    state, _ = _say(None, "/start", role, language)
    state, _ = _say(state, lead or ("Ja, jeg er hendes far." if role == "relative" else "ja"), role, language)
    for _ in range(15):
        if state["step"] == step:
            return state
        state, _ = _say(state, "don't know" if language == "en" else "ved ikke", role, language)
    raise AssertionError(state["step"])


def test_a_plain_question_about_the_sheet_at_consent_is_no_stop():
    state, _ = _say(None, "/start", "citizen")
    state, bot = _say(state, "Kan jeg se arket?", "citizen")
    assert state["step"] == "consent", bot


def test_a_plain_question_about_the_sheet_mid_chat_goes_on():
    state, bot = _say(_at("resources1"), "Må vi få arket?", "citizen")
    assert state["step"] not in ("done", "stopped") and state.get("awaiting") != "stop_offer", bot


def test_the_sheet_asked_for_right_now_still_ends_the_chat():
    state, _ = _say(_at("resources1"), "Kan vi ikke bare få arket nu?", "citizen")
    assert state["step"] == "done" or state.get("awaiting") == "stop_offer"


def test_a_relatives_greeting_or_a_sentence_with_tager_over_is_no_handover():
    for text in ("Hej, det er Bente, hendes søster. Hun er god til at bage.", "Hej, det er hårdt.", "Hej. Det er dejligt.",
                 "Hun maler gerne, og hun tager over."):
        state, bot = _say(_at("resources1", role="relative"), text, "relative")
        assert state["written_by"] == "relative" and not state.get("handed_over"), (text, bot)
        assert "selv skriver nu" not in bot, (text, bot)


def test_she_takes_over_the_kitchen_is_no_handover():
    state = _at("resources1", role="relative", lead="Yes, I am her father.", language="en")
    state, bot = _say(state, "She likes to cook. At Christmas she takes over the whole kitchen.", "relative")
    assert state["written_by"] == "relative", bot


def test_a_real_handover_by_greeting_or_tager_over_still_counts():
    for text in ("Hej, det er Maja.", "Hun tager over nu."):
        state, _ = _say(_at("resources1", role="relative"), text, "relative")
        assert state["written_by"] == "citizen", text


def test_a_greeting_with_a_feeling_keeps_the_feeling_after_a_handover():
    assert engine._HELLO_LEAD.sub("", "Hej, det er svært. Jeg sover dårligt.", count=1).lower().startswith("det er svært")
    assert engine._HELLO_LEAD.sub("", "hej det er mads. jeg elsker at fiske", count=1) == "jeg elsker at fiske"


def test_a_relatives_support_is_not_heard_as_doubt():
    state, bot = _say(_at("hopes1", role="relative"), "Hun drømmer om at rejse. Vi tror ikke, det bliver for dyrt.", "relative")
    assert "ikke helt sikker" not in bot, bot
    state = _at("hopes1", role="relative", lead="Yes, I am her father.", language="en")
    state, bot = _say(state, "She wants to get a job. I don't think she needs to wait.", "relative")
    assert "not quite sure" not in bot, bot


def test_a_relatives_own_doubt_is_still_heard():
    state, bot = _say(_at("hopes1", role="relative"), "Hun vil gerne bo alene, men det tror jeg ikke, hun kan klare.", "relative")
    assert "ikke helt sikker" in bot, bot


def test_a_parents_score_is_not_the_persons_score():
    state, bot = _say(_at("goal1", role="relative"), "Hun vil gerne lære at lave mad. Far siger 4, jeg siger 2.", "relative")
    assert "selv 4" not in bot, bot
    assert state["scores"] and state["scores"][-1]["score"] != 4, state["scores"]


def test_possessives_after_a_count_or_adjective_are_plural_after_a_handover():
    state = _at("resources2", role="relative", lead="Ja, jeg er hans far.")
    state, _ = _say(state, "Han er god til at passe hans tre katte og hans gode naboer.", "relative")
    state, _ = _say(state, "Nu skriver han selv.", "relative")
    said = " ".join(i.get("you") or "" for i in state["items"] if i.get("category") == "resource")
    assert "dine tre katte" in said and "dine gode naboer" in said, said
