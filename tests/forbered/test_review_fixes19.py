"""Review fixes: a "no" to work followed by a "yes" to something else keeps that as a hope; a short label before a
pronoun ("Arbejde - det fylder meget") keeps the topic; "det har jeg skrevet" about a relative already told is agreed
with; a habit given up ("jeg plejede at drikke meget") is no loss; all-caps text keeps its sentence starts and names."""

from dialogue_helpers import real_tagger

from forbered.dialogue import respond


def _talk(turns):
    state, bot = None, []
    for text in ["/start", *turns]:
        r = respond(state, text, None if text.startswith("/") else real_tagger().tag(text, "citizen"), role="citizen")
        state = r.state
        bot.append(" ".join(m.text for m in r.messages if m.text))
    return state, bot


_TO_HOPES = ["Ja jeg skriver selv", "katte", "kaffe"]
_TO_GOALS = [*_TO_HOPES, "ved ikke", "videre", "nej"]
_TO_PARKING = [*_TO_GOALS, "at gå en tur", "2"]


def _items(state, cat=None):
    return [i for i in state["items"] if not i.get("attached") and (cat is None or i.get("category") == cat)]


def test_a_no_to_work_and_a_yes_to_something_else_keeps_the_yes_as_a_hope():
    for answer, word in (("job nej. kæreste ja", "kæreste"), ("arbejde nej, en hund gerne", "hund")):
        state, bot = _talk([*_TO_HOPES, answer])
        assert "Arbejde er ikke aktuelt" not in bot[-1], (answer, bot[-1])
        assert any(word in i["quote"].lower() for i in _items(state, "hope")), (answer, _items(state))
        assert not any(word in i["quote"].lower() for i in _items(state, "employment")), answer


def test_a_no_to_work_with_a_status_is_still_the_work_aside():
    state, bot = _talk([*_TO_HOPES, "arbejde nej. pension"])
    assert "Arbejde er ikke aktuelt" in bot[-1]
    assert _items(state, "employment")


def test_a_label_before_a_pronoun_keeps_the_topic():
    for turns, label in (([*_TO_GOALS, "Arbejde - det fylder meget"], "arbejde"),
                         ([*_TO_HOPES, "Job - det drømmer jeg om"], "job"),
                         ([*_TO_HOPES, "Kæresten: den drøm har jeg stadig"], "kæreste")):
        state, bot = _talk(turns)
        said = bot[-1].lower() + " " + " ".join(i["quote"].lower() for i in _items(state))
        assert label in said, (turns[-1], bot[-1], _items(state))


def test_a_label_before_a_full_sentence_is_still_stripped():
    state, bot = _talk(["Ja jeg skriver selv", "Arbejde: jeg er god til at lave mad på værkstedet"])
    assert "Du er god til at lave mad på værkstedet" in bot[-1], bot[-1]


def test_already_written_about_a_relative_is_agreed_with():
    for parked in ("Min søster Lise skal med til mødet", "Jeg vil have min far med til mødet"):
        state, bot = _talk([*_TO_PARKING, parked, "det har jeg skrevet"])
        assert "ikke finde" not in bot[-1], (parked, bot[-1])


def test_already_written_with_nothing_written_is_still_not_found():
    state, bot = _talk([*_TO_PARKING, "nej", "det har jeg skrevet"])
    assert state["step"] == "meeting1" and "ikke finde" in bot[-1], bot[-1]


def test_a_habit_given_up_is_no_loss():
    for answer in ("jeg plejede at drikke meget men det gør jeg ikke mere",
                   "jeg plejede at ryge 20 om dagen men nu gør jeg ikke mere"):
        state, bot = _talk(["Ja jeg skriver selv", answer])
        assert "tab" not in bot[-1], (answer, bot[-1])


def test_a_skill_lost_is_still_heard_as_a_loss():
    state, bot = _talk(["Ja jeg skriver selv", "jeg plejede at spille klaver men det kan jeg ikke mere"])
    assert "tab" in bot[-1] or "svært" in bot[-1] or "savn" in bot[-1], bot[-1]


def test_all_caps_keeps_names_and_sentence_starts():
    state, bot = _talk(["Ja jeg skriver selv", "JEG ER GOD TIL AT SPILLE FODBOLD I BRØNDBY!!!", "PENGE. KONEN ER TRÆT"])
    assert "Brøndby" in bot[1 + 1], bot[2]
    assert all(i["quote"][:1].isupper() for i in _items(state) if i["quote"][:1].isalpha()), _items(state)
    state, bot = _talk(["Ja jeg skriver selv", "JEG KAN GODT LIDE AT TAGE TIL AARHUS MED MADS"])
    assert "Aarhus" in bot[2] and "Mads" in bot[2] and "tage" in bot[2], bot[2]
