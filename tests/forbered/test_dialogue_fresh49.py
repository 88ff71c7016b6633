"""Fresh round 49, citizens writing themselves: names after a kin word in calmed capitals ("MIN KUSINE YASMIN") and a
bare name after a yes to the meeting question ("ja Dragana") keep their capital; "manden ja" is the husband; a numbered
list on one line ("1 handle ind 2 rydde op", "to ønsker: 1) … 2) …") is one point per item; little joy ("Glæde, det
får jeg ikke meget af") is heard, never praised as a joy; "Når min datter ringer er det dejligt" is its own point;
"arbejde nej" between two wishes answers the work question; "Hvor meget skal jeg skrive?" gets its own answer (and
"Hvor lang tid tager det?" the chat's length); a strength told as "god til når …" is said back whole; "hej så er jeg
her igen" after a pause resumes; the parking place read as a car park is explained; "og skriv at jeg også …" in a
correction adds a wish; "skriv helst kort til mig" at the start is heard; "Min søster siger, jeg er god til …" is one
point; a death told with the strengths is no strength."""

from dialogue_helpers import talk

from forbered import reflect


def _talk(turns, role="citizen"):
    return talk(turns, role)


def _live(state, cat):
    return [i for i in state["items"] if not i.get("withdrawn") and not i.get("correction") and i.get("category") == cat]


def _all(bot):
    return " ".join(t for turn in bot for t in turn)


_TO_JOY = ["Ja jeg skriver selv", "Jeg er god til at spille skak."]
_TO_HOPES = [*_TO_JOY, "kaffe"]
_TO_GOALS = [*_TO_HOPES, "ved ikke", "videre", "ved ikke"]
_TO_MEETING = [*_TO_GOALS, "ved ikke", "ved ikke"]


def test_a_name_after_a_kin_word_in_capitals_keeps_its_capital():
    state, bot = _talk([*_TO_JOY, "MIN KUSINE YASMIN OG FODBOLD"])
    said = " ".join(bot[-1])
    assert "Yasmin" in said and "yasmin" not in said
    state, bot = _talk([*_TO_JOY, "MIN MOR BOR I AARHUS OG HUN ER SØD"])
    assert "Bor" not in " ".join(bot[-1])


def test_a_bare_name_after_a_yes_to_the_meeting_question_is_said_back():
    for answer, name in (("ja Dragana", "Dragana"), ("JA MILICA", "Milica"), ("ja jovana", "Jovana")):
        state, bot = _talk([*_TO_MEETING, answer])
        assert f"Du vil gerne have {name} med." in bot[-1], bot[-1]
        assert state["preferences"]["relatives_attend"] is True
    state, bot = _talk([*_TO_MEETING, "ja tak"])
    assert "Du vil gerne have en pårørende med." in bot[-1]


def test_the_definite_kin_word_is_the_relative_who_comes():
    state, bot = _talk([*_TO_MEETING, "manden ja"])
    assert state["preferences"]["relatives_attend"] is True
    assert "Du vil gerne have din mand med." in bot[-1]


def test_a_numbered_list_on_one_line_is_one_point_per_item():
    state, _ = _talk([*_TO_GOALS, "1 handle ind hver fredag 2 rydde op i køkkenet"])
    goals = [i["quote"] for i in _live(state, "goal_progress")]
    assert len(goals) == 2 and any("handle ind" in g for g in goals) and any("rydde op" in g for g in goals), goals
    assert not any(g.lstrip().startswith(("1", "2")) for g in goals)
    state, _ = _talk([*_TO_HOPES, "Jeg har to ønsker: 1) at lære at svømme 2) at få en kæreste"])
    hopes = [i["quote"] for i in _live(state, "hope")]
    assert any("svømme" in h and "kæreste" not in h for h in hopes) and any("kæreste" in h and "svømme" not in h for h in hopes), hopes


def test_a_count_is_no_numbered_list():
    from forbered.dialogue.engine import _inline_list

    assert _inline_list("1 gang om ugen 2 timer ad gangen") is None
    assert _inline_list("jeg går 2 ture om dagen") is None


def test_little_joy_is_heard_and_never_praised_as_a_joy():
    state, bot = _talk([*_TO_JOY, "Glaede, det faar jeg ikke meget af for tiden. Maaske mine boerneboern."])
    said = " ".join(bot[-1])
    assert "Der er ikke så meget, der giver dig glæde lige nu." in said
    assert "glæde at glæde" not in said and "Glæde, det" not in said
    joys = [i["quote"].lower() for i in _live(state, "resource")]
    assert not any("ikke meget" in q for q in joys), joys
    state, bot = _talk([*_TO_JOY, "Glæde er der ikke meget af nu om dage. Når min datter ringer er det dejligt."])
    said = " ".join(bot[-1])
    assert "nu om dage når" not in said.lower()
    assert "Når din datter ringer, er det dejligt." in said


def test_work_no_between_two_wishes_answers_the_work_question():
    state, bot = _talk([*_TO_HOPES, "en kæreste. arbejde nej. egen lejlighed", "så var jeg glad"])
    hopes = " ".join(i["you"] for i in _live(state, "hope"))
    assert "nej" not in hopes.lower(), hopes
    assert "Arbejde er ikke aktuelt lige nu." in bot[-1]
    assert not any("arbejde" in t.lower() and t.endswith("?") for t in bot[-1]), bot[-1]
    assert _live(state, "employment")
    assert state["step"] in ("goal1", "goal2")


def test_how_much_to_write_gets_its_own_answer_and_the_answer_after_it_counts():
    state, bot = _talk([*_TO_JOY, "Hvor meget skal jeg skrive? Min hund og at spille kort."])
    assert "Du kan skrive så meget eller så lidt, som du har lyst til." in " ".join(bot[-1])
    assert "godt spørgsmål" not in " ".join(bot[-1])
    assert any("hund" in i["quote"] for i in _live(state, "resource"))
    state, bot = _talk([*_TO_JOY, "Skal jeg skrive meget?"])
    assert "Du kan skrive så meget eller så lidt, som du har lyst til." in " ".join(bot[-1])


def test_how_long_the_chat_takes_is_answered_as_its_length():
    state, bot = _talk([*_TO_JOY, "Hvor lang tid tager det?"])
    assert "10 minutter" in " ".join(bot[-1])


def test_good_at_when_is_said_back_whole():
    assert reflect.repair_echo("Du er god til når du har ro omkring dig.") == "Det går godt for dig, når du har ro omkring dig."
    assert reflect.repair_echo("Du er rigtig god når du har sovet.") == "Det går rigtig godt for dig, når du har sovet."
    assert reflect.repair_echo("Du er god til at male, når du har ro.") == "Du er god til at male, når du har ro."
    state, bot = _talk(["Ja jeg skriver selv", "Jeg er god til når jeg har min kaffe om morgenen"])
    said = " ".join(bot[-1])
    assert "god til når" not in said and "Det går godt for dig, når du har din kaffe om morgenen" in said


def test_a_greeting_back_after_a_pause_resumes():
    state, bot = _talk([*_TO_JOY, "kan vi holde en pause", "hej så er jeg her igen"])
    assert "Velkommen tilbage." in bot[-1]
    assert not any("her igen" in i["quote"] for i in state["items"])


def test_the_parking_place_read_as_a_car_park_is_explained():
    state, bot = _talk([*_TO_GOALS, "ved ikke", "Hvad er en parkeringsplads? Jeg kører ikke bil."])
    assert state["step"] == "parking"
    assert "Det er ikke en parkeringsplads til biler." in " ".join(bot[-1])
    assert not _live(state, "parking")


def test_write_that_in_a_correction_adds_the_wish():
    state, bot = _talk(["Ja jeg skriver selv", "Jeg er god til fodbold.", "kaffe", "ved ikke", "videre", "ved ikke",
                        "ved ikke", "ved ikke", "nej", "neutral",
                        "Nej. Det er ikke fodbold, det er tennis. Og skriv lige at jeg også gerne vil have en kanin."])
    said = " ".join(bot[-1])
    assert "Skriv" not in said and "Du vil også gerne have en kanin." in said, said
    assert any("kanin" in i["quote"] for i in state["items"] if i.get("category") == "hope" and not i.get("withdrawn"))


def test_a_wish_for_short_questions_at_the_start_is_heard_not_kept():
    state, bot = _talk(["Ja, jeg skriver selv. Skriv helst kort til mig."])
    assert "Godt at vide. Jeg holder spørgsmålene korte." in bot[-1]
    assert not _live(state, "resource")
    assert bot[-1][-1] == "Hvad er du god til?"


def test_what_others_say_about_a_strength_is_one_point():
    state, bot = _talk(["Ja jeg skriver selv", "Min søster siger, jeg er god til at tegne."])
    assert "Din søster siger, at du er god til at tegne." in " ".join(bot[-1])
    assert not any(i["quote"].strip(" .").lower() == "min søster siger" for i in state["items"])


def test_a_death_told_with_the_strengths_is_no_strength():
    state, _ = _talk(["Ja jeg skriver selv", "Jeg er god til at synge i kor. Min kone døde sidste år."])
    assert not any("døde" in i["quote"] for i in _live(state, "resource"))
    assert any("synge" in i["quote"] for i in _live(state, "resource"))


def test_a_bare_worry_word_is_the_subject_of_the_reflection():
    state, bot = _talk([*_TO_GOALS, "ved ikke", "svimmelhed"])
    said = " ".join(bot[-1])
    assert "Svimmelhed fylder meget for dig." in said, said
    assert "Svimmelhed. Det fylder" not in said


def test_more_names_after_a_yes_and_names_ending_in_r():
    state, bot = _talk([*_TO_MEETING, "ja, Hassan og Leila"])
    assert "Du vil gerne have Hassan og Leila med." in bot[-1]
    from forbered.dialogue.engine import _calm_caps

    assert _calm_caps("JEG SAVNER MIN FÆTTER OMAR") == "Jeg savner min fætter Omar"
    assert _calm_caps("MIN SØSTER GÅR I SKOLE") == "Min søster går i skole"


def test_a_bare_lack_of_joy_is_heard():
    state, bot = _talk([*_TO_JOY, "Glæde? Ikke så meget."])
    said = " ".join(bot[-1])
    assert "Der er ikke så meget, der giver dig glæde lige nu." in said
    assert "giver dig glæde. Det giver dig energi" not in said
    assert not _live(state, "resource") or all("ikke" not in i["quote"].lower() for i in _live(state, "resource"))


def test_a_bare_goal_with_an_everyday_verb_is_said_as_a_goal():
    state, bot = _talk([*_TO_GOALS, "smøre madpakke selv"])
    assert "Dit mål er at smøre madpakke selv." in bot[-1], bot[-1]


def test_not_much_to_the_strengths_question_is_never_praised():
    state, bot = _talk(["Ja jeg skriver selv", "Ikke meget."])
    said = " ".join(bot[-1])
    assert "god til ikke" not in said and "Det er godt at vide om dig" not in said, said
    assert not _live(state, "resource")
