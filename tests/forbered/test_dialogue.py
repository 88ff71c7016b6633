"""The conversation engine: order of questions, consent, skipping, stopping, safety, summary, sheet."""

from dialogue_helpers import questions, run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue import respond
from forbered.sheet import build_sheet, validation_errors

FULL = [
    "/start", "ja",
    ("jeg er god til at tegne", tag("jeg er god til at tegne", sheet="resource")),
    ("min hund", tag("min hund", sheet="resource")),
    ("jeg vil gerne have en kæreste", tag("jeg vil gerne have en kæreste", "change", "desire", "relationer", "hope")),
    ("så ville jeg være mindre alene", tag("så ville jeg være mindre alene", "change", "reasons", "relationer", "hope")),
    ("jeg vil gerne i praktik", tag("jeg vil gerne i praktik", "change", "desire", "beskaeftigelse", "hope")),
    ("det går fint med bussen", tag("det går fint med bussen", sheet="goal_progress", theme="mobilitet")),
    "3",
    ("naboens hund gør hele natten", tag("naboens hund gør hele natten", sheet="parking")),
    "ja", "neutral", "ja",
]


def test_welcome_then_consent_question_with_buttons():
    _, (r,) = run(["/start"])
    assert "borgerplansmøde" in r.messages[0].text
    assert r.messages[-1].text.endswith("?")
    assert {b["payload"] for b in r.messages[-1].buttons} >= {"/consent_citizen", "/consent_relative", "/no"}


def is_listening_turn(result):
    """A turn without a question: the bot reflects and leaves room, with buttons to go on."""
    last = result.messages[-1]
    return (not questions(result) and last.custom["techniques"][-1:] == ["complex_reflection"]
            and {b["payload"] for b in last.buttons} == {"/yes", "/skip"})


def test_full_conversation_one_question_per_turn_and_sheet():
    state, results = run(FULL)
    for r in results[1:-1]:
        assert len(questions(r)) == 1 or is_listening_turn(r), texts(r)
    assert sum(is_listening_turn(r) for r in results) == 0  # short answers get plain questions
    assert results[-1].events == ["sheet_ready"]
    sheet = build_sheet(state, "conv-test")
    assert validation_errors(sheet) == []
    assert [h["quote"] for h in sheet["hopes"]] == ["jeg vil gerne have en kæreste", "så ville jeg være mindre alene"]
    assert [r["text"] for r in sheet["resources"]] == ["Jeg er god til at tegne.", "Min hund giver mig glæde."]
    assert sheet["parking"][0]["quote"] == "naboens hund gør hele natten"
    assert sheet["employment"][0]["quote"] == "jeg vil gerne i praktik"
    assert sheet["goal_progress"] == [{"goal": "Det går fint med bussen.", "self_score": 3,
                                       "quote": "det går fint med bussen", "turn": 7}]
    assert sheet["preferences"] == {"relatives_attend": True, "plan_version": "neutral"}
    assert sheet["citizen_confirmed"] is True and sheet["stopped_early"] is False
    assert {c["subtype"] for c in sheet["change_talk"]} == {"desire", "reasons"}
    assert "relationer" in sheet["themes"] and "beskaeftigelse" in sheet["themes"]


def test_no_question_is_asked_twice():
    _, results = run(FULL)
    asked = [q for r in results for q in questions(r) if q != "Er det rigtigt?"]
    assert len(asked) == len(set(asked))


def test_reflection_uses_pronoun_shift():
    _, results = run(FULL[:5])
    assert "Du vil gerne have en kæreste" in texts(results[-1]) or "du gerne vil have en kæreste" in texts(results[-1])


def test_consent_declined_saves_nothing():
    state, results = run(["/start", "nej"])
    assert state["consent"] is False and "discard" in results[-1].events
    state, results = run(["hej igen"], state)
    assert state["items"] == []


def test_greeting_instead_of_consent_asks_again():
    state, results = run(["/start", "hej"])
    assert state["step"] == "consent"
    assert results[-1].messages[-1].buttons


def test_dont_know_and_skip_move_on_kindly():
    state, results = run(["/start", "ja", "ved ikke", "/skip"])
    assert state["step"] == "hopes1"
    assert "orden" in texts(results[2]) or "fint" in texts(results[2]).lower()


def test_stop_offers_to_keep_what_was_said_and_marks_sheet():
    state, results = run(["/start", "ja", ("jeg er god til at bage", tag("jeg er god til at bage", sheet="resource")),
                          "jeg orker ikke mere nu, kan vi stoppe?", "ja"])
    assert results[-2].messages[-1].buttons
    assert "sheet_ready" in results[-1].events
    sheet = build_sheet(state, "c1")
    assert sheet["stopped_early"] is True and sheet["resources"][0]["quote"] == "jeg er god til at bage"


def test_stop_and_delete():
    state, results = run(["/start", "ja", "jeg er god til at bage", "stop", "nej"])
    assert "discard" in results[-1].events and state["items"] == []


def test_safety_answer_comes_first_and_flags_the_sheet():
    crisis = "jeg har tænkt på at tage mit eget liv"
    state, results = run(["/start", "ja", (crisis, tag(crisis, safety=True))])
    first = results[-1].messages[0]
    assert "112" in first.text and "70 201 201" in first.text and first.custom.get("safety")
    assert "safety_flag" in results[-1].events
    state, results = run(["fortsæt"], state)
    assert "glæde" in texts(results[-1]) or "glad" in texts(results[-1])  # the answer counted; on to the next question
    assert build_sheet(state, "c")["safety"] == {"flagged": True, "turns": [2]}


def test_relative_is_addressed_in_third_person():
    state, results = run(["/start", "/consent_relative"])
    assert state["written_by"] == "relative"
    assert "hun eller han" in texts(results[-1])


def test_english_on_request():
    state, results = run(["/start", "can we speak english please", "yes"])
    assert state["language"] == "en"
    assert "What are you good at?" in texts(results[-1])


def test_other_language_gets_interpreter_hint_and_no_progress():
    state, results = run(["/start", "ja", "مرحبا كيف حالك"])
    assert "tolk" in texts(results[-1]) and state["step"] == "resources1"


def test_summary_correction_reaches_the_sheet():
    state, _ = run(FULL[:-1])
    state, results = run([("nej, jeg vil også gerne have en hund",
                           tag("jeg vil også gerne have en hund", "change", "desire", "relationer", "hope")), "ja"], state)
    sheet = build_sheet(state, "c")
    assert any("hund" in h["quote"] for h in sheet["hopes"])
    assert sheet["corrections"] and sheet["citizen_confirmed"]


def test_pause_keeps_the_place():
    state, results = run(["/start", "ja", "pause"])
    assert state["step"] == "resources1" and "link" in texts(results[-1])
    state, results = run(["/start"], state)
    assert "Hvad er du god til?" in texts(results[-1])


def test_progress_label_on_every_turn():
    _, results = run(FULL[:3])
    assert results[-1].messages[-1].custom["progress"]["label"].startswith("Trin 1 af 7")


def test_score_parsing():
    assert it.parse_score("3 tror jeg") == 3
    assert it.parse_score("det går middel") == 2
    assert it.parse_score("fire") == 4
    assert it.parse_score("måske") is None


def test_plan_version_parsing():
    assert it.parse_plan_version("farverig tak") == "colourful"
    assert it.parse_plan_version("Neutral. Jeg kan ikke lide for mange farver.") == "neutral"
    assert it.parse_plan_version("ved ikke") is None
    assert it.parse_plan_version("ikke farverig, neutral") == "neutral"
    assert it.parse_plan_version("jeg vil gerne have den med farver") == "colourful"


def test_talking_on_after_the_safety_answer_counts_as_the_next_answer():
    crisis = "min kæreste slår mig"
    state, _ = run(["/start", "ja", (crisis, tag(crisis, safety=True))])
    state, results = run([("min kat og mine planter", tag("min kat og mine planter", sheet="resource"))], state)
    assert any(i["quote"] == "min kat og mine planter" and i["category"] == "resource" for i in state["items"])
    assert state["step"] == "hopes1"
    sheet = build_sheet(state, "c")
    assert all("slår" not in r["quote"] for r in sheet["resources"] + sheet["parking"])  # off the lists
    assert sheet["safety"]["flagged"]


def test_a_long_answer_starting_with_yes_after_the_safety_answer_is_content_not_the_choice():
    crisis = "min kæreste slår mig"
    state, _ = run(["/start", "ja", (crisis, tag(crisis, safety=True))])
    text = "Ja, jeg er god til at reparere cykler og hjælpe naboen"
    state, (r,) = run([(text, tag(text, sheet="resource"))], state)
    assert any(i["quote"] == text for i in state["items"])
    state2, _ = run(["/start", "ja", (crisis, tag(crisis, safety=True))])
    state2, (r,) = run(["ja, fortæl min kontaktperson"], state2)
    assert state2["tell_contact"] and not any(i["quote"].startswith("ja, fortæl") for i in state2["items"])


def test_a_long_yes_confirms_and_a_yes_but_corrects():
    assert it.is_confirmation("Ja, det er rigtigt, du har fået det hele med. Tak.")
    assert it.is_confirmation("jep det passer")
    assert not it.is_confirmation("ja, men jeg vil også gerne have en hund")
    assert not it.is_confirmation("nej")
    state, _ = run(FULL[:-1])
    state, results = run(["Ja, det er rigtigt, du har fået det hele med. Tak."], state)
    assert "sheet_ready" in results[-1].events and state["confirmed"]


RICH = tag("jeg er god til at tegne og male med akvarel", "neutral", theme="samfundsliv", sheet="resource")


def test_a_full_answer_gets_a_reflection_that_leaves_room_instead_of_the_next_question():
    state, results = run(["/start", "ja", ("jeg er god til at tegne og male med akvarel", RICH)])
    r = results[-1]
    assert is_listening_turn(r), texts(r)
    assert texts(r).startswith("Du er god til at tegne og male med akvarel.")
    assert state["step"] == "resources2" and state["awaiting"] == "more"
    # saying more is taken as the answer to the question the reflection stood in for
    more = "min kat og at gå ture i skoven"
    state, (r2,) = run([(more, tag(more, sheet="resource"))], state)
    assert state["items"][-1]["category"] == "resource" and state["items"][-1]["step"] == "resources2"
    assert questions(r2) == ["Hvad håber eller drømmer du om for dit liv?"] or questions(r2) == [
        "Hvad er vigtigt for dig i dit liv lige nu?"]
    assert state["awaiting"] is None


def test_after_a_listening_reflection_a_bare_yes_gets_the_question_and_go_on_moves_on():
    state, _ = run(["/start", "ja", ("jeg er god til at tegne og male med akvarel", RICH)])
    _, (r,) = run(["ja"], dict(state))
    assert questions(r) and "glæde" in questions(r)[0] or "glad" in questions(r)[0]
    s2, (r,) = run(["/skip"], dict(state))
    assert s2["step"] == "hopes1" and questions(r)
    # a pause and a later return ask the question, not leave the citizen with a bare reflection
    s3, (_, r) = run(["pause", "/restart"], dict(state))
    assert s3["step"] == "resources2" and questions(r) and s3["awaiting"] is None


def test_a_short_answer_gets_the_next_question():
    _, results = run(["/start", "ja", ("tegne", tag("tegne", sheet="resource"))])
    assert len(questions(results[-1])) == 1


def test_sustain_talk_and_ambivalence_are_not_answered_with_a_listening_turn():
    text = "jeg vil gerne have et job men jeg kan ikke overskue det lige nu"
    state, _ = run(["/start", "ja", "tegne", "min hund"])
    _, (r,) = run([(text, tag(text, "change", "desire", "beskaeftigelse", "hope"))], state)
    assert len(questions(r)) == 1


def test_leaving_the_strengths_phase_the_bot_links_with_a_short_summary():
    state, results = run(["/start", "ja", ("jeg er god til at tegne og male med akvarel", RICH),
                          ("jeg kan godt lide min hund", tag("jeg kan godt lide min hund", sheet="resource"))])
    msgs = [m.text for m in results[-1].messages]
    # the summary reflects the newest answer too, so it comes instead of a separate reflection
    # 21 words in one sentence: said as short sentences
    assert msgs[0] == "Du har nævnt flere gode ting i dit liv. Du er god til at tegne og male med akvarel. Du kan godt lide din hund."
    assert len(msgs) == 2 and msgs[-1].endswith("?")


def test_the_linking_summary_keeps_danish_word_order_and_skips_what_it_cannot_move():
    from forbered.dialogue.moves import phase_summary

    items = [{"category": "hope", "you": "Du vil gerne bo selv."},
             {"category": "hope", "you": "Så kunne du selv bestemme. Det ville gøre en forskel for dig."},
             {"category": "hope", "you": "Du drømmer ikke om at flytte langt."}]
    assert phase_summary(items, "da") == "Du har fortalt, at du gerne vil bo selv, og at du ikke drømmer om at flytte langt."
    # the same points with longer words pass 20 words in one sentence: then one short sentence per point
    items[0]["you"], items[2]["you"] = "Du vil gerne bo for dig selv.", "Du drømmer ikke om at flytte langt væk."
    assert phase_summary(items, "da") == ("Du har fortalt mig flere ting. Du vil gerne bo for dig selv. "
                                          "Du drømmer ikke om at flytte langt væk.")
    rel = [{"category": "resource", "you": "Hun er god til at synge."}, {"category": "resource", "you": "Hun kan lide heste."}]
    assert phase_summary(rel, "da") == "Du har fortalt, at hun er god til at synge, og at hun kan lide heste."
    assert phase_summary(items[:1], "da") is None  # one point is reflected, not summed up
    assert phase_summary([{"category": "hope", "you": "At du kan køre bil igen."}, items[0]], "da") == (
        "Du har fortalt, at du kan køre bil igen, og at du gerne vil bo for dig selv.")


def test_a_score_is_reflected_by_how_it_is_going():
    state, _ = run(["/start", "ja", "tegne", "min hund", "en kæreste", "ved ikke", "nej",
                    ("det går fint med bussen", tag("det går fint med bussen", sheet="goal_progress"))])
    assert state["step"] == "goal2"
    _, (r,) = run(["1"], dict(state))
    assert texts(r).startswith("Så står målet på 1 ud af 4. Det er svært lige nu.")
    _, (r,) = run(["4"], dict(state))
    assert texts(r).startswith("Så står målet på 4 ud af 4. Det går godt for dig.")


def test_a_citizen_who_writes_themselves_is_not_taken_for_a_relative_for_naming_one():
    state, (_, r) = run(["/start", "Ja, jeg skriver selv, min datter har vist mig hvordan."])
    assert state["written_by"] == "citizen" and questions(r) == ["Hvad er du god til?"]
    assert it.detect_written_by("ja, jeg er hendes mor") == "relative"
    assert it.detect_written_by("ja vi skriver sammen") == "together"


def test_a_score_followed_by_a_comma_is_read_as_the_number():
    assert it.parse_score("Jeg vil sige 2, fordi det ene går godt og det andet slet ikke.") == 2
    assert it.parse_score("3.") == 3
    assert it.parse_score("12 timer") is None


def test_english_answers_are_reflected_in_the_second_person():
    from forbered.dialogue.moves import render_item

    assert render_item("I'm good at fixing my bike", "resource", "resources1", "citizen", "", "en")["you"] == (
        "You are good at fixing your bike.")
    assert render_item("cooking curry for my flatmates", "resource", "resources2", "citizen", "", "en")["you"] == (
        "Cooking curry for your flatmates gives you joy.")
    assert render_item("Yes, i'd like to work in a shop", "hope", "work", "citizen", "", "en")["you"] == (
        "You would like to work in a shop.")
    assert render_item("My mum is ill", "parking", "parking", "citizen", "", "en")["you"] == "Your mum is ill."


def test_a_question_already_answered_is_reflected_not_asked():
    job = "jeg vil gerne have et job i en børnehave og bo for mig selv"
    state, _ = run(["/start", "ja", "tegne", "min hund",
                    (job, tag(job, "change", "desire", "beskaeftigelse", "hope"))])
    state["items"][-1]["category"] = "employment"  # as the tagger places a job wish
    _, (r,) = run(["ja"], state)  # nothing to add after the listening reflection about hopes
    assert state["step"] == "hopes2"
    s2, (r,) = run(["nej"], dict(state, awaiting=None, step="hopes2"))
    assert s2["step"] == "work" and questions(r) == ["Er der mere, du vil sige om arbejde eller dagtimerne?"] and s2["awaiting"] == "more"
    assert "job i en børnehave" in texts(r) and "Har du ønsker om arbejde" not in texts(r)  # the wish itself, in the at-clause
    assert "Har du ønsker om arbejde" not in texts(r)
    s3, (r,) = run(["ja"], s2)  # nothing to add: on to the next question, not the one already answered
    assert s3["step"] == "goal1" and questions(r) == ["Hvordan går det med de mål, du har nu?"]


def test_a_goal_said_with_skal_is_reflected_as_the_citizens_goal_not_an_instruction():
    import random

    from forbered.dialogue.moves import reflection

    item = {"category": "goal_progress", "talk_type": "neutral", "subtype": None, "step": "goal1",
            "you": "Du skal gå en tur på 20 minutter hver dag.", "speaker": "citizen", "quote": "Jeg skal gå en tur på 20 minutter hver dag"}
    line, _ = reflection(item, "da", random.Random(0), None)
    assert line.startswith("Dit mål er at gå en tur på 20 minutter hver dag.") and "rigtige vej" not in line


def test_evidence_stays_on_the_clause_that_holds_it():
    from forbered.talk import Clause

    text = "Jeg er god til at holde orden. Jeg hækler grydelapper, som jeg giver væk."
    t = tag(text, sheet="resource")
    t.evidence = "hækler grydelapper"
    t.clauses = [Clause("Jeg er god til at holde orden.", 0, 30, "neutral", None, "praktiske_opgaver", "resource", 0.9),
                 Clause("Jeg hækler grydelapper, som jeg giver væk.", 31, len(text), "neutral", None, "egenomsorg", "resource", 0.9)]
    s = respond(respond(None, "/start").state, "ja").state
    items = respond(s, text, t).state["items"]
    assert [i["evidence"] for i in items] == ["", "hækler grydelapper"]


def test_a_relative_who_answers_consent_by_saying_who_they_are_goes_on_as_a_relative():
    s = respond(None, "/start").state
    r = respond(s, "Jeg er hans far og skriver for ham")
    assert r.state["consent"] is True and r.state["written_by"] == "relative"
    assert r.state["step"] == "resources1"
    r = respond(respond(None, "/start").state, "Jeg er hendes mor, men jeg vil ikke have det gemt")
    assert r.state["consent"] is not True


def test_content_written_before_consent_is_kept_until_the_yes_and_then_placed_on_the_sheet():
    s = respond(None, "/start").state
    first = respond(s, "jeg er god til at bage boller", tag("jeg er god til at bage boller", sheet="resource"))
    second = respond(first.state, "og jeg passer min nabos hund", tag("og jeg passer min nabos hund", sheet="resource"))
    assert first.state["items"] == [] and first.messages[0].text != second.messages[0].text  # not the same line twice
    done = respond(second.state, "ja")
    assert [i["quote"] for i in done.state["items"]] == ["jeg er god til at bage boller", "og jeg passer min nabos hund"]
    assert "pending" not in done.state and done.state["step"] == "resources1"
    declined = respond(second.state, "nej")
    assert declined.state["items"] == [] and "pending" not in declined.state


def test_a_correction_saying_what_was_forgotten_keeps_the_citizens_point_not_the_complaint():
    turns = ["ja", "jeg kan godt lide at strikke", "videre", "ved ikke", "ved ikke", "nej", "ved ikke", "ved ikke",
             "nej", "nej", "neutral"]
    state, _ = run(["/start", *turns])
    assert state["step"] == "summary"
    r = respond(state, "nej du glemte at jeg også gerne vil svømme")
    assert r.state["corrections"][-1]["text"].lower().rstrip(".") == "jeg vil også gerne svømme"
    assert "Du vil også gerne svømme" in " ".join(m.text for m in r.messages)


def test_english_plural_joys_and_sentences_about_worries():
    from forbered.dialogue.moves import render_item

    assert render_item("My grandchildren.", "resource", "resources2", "citizen", "", "en")["you"] == "Your grandchildren give you joy."
    assert render_item("walking by the sea", "resource", "resources2", "citizen", "", "en")["you"] == "Walking by the sea gives you joy."
    assert render_item("I worry that my wife has to do everything", "parking", "parking", "citizen", "", "en")["you"] == (
        "You worry that your wife has to do everything.")


def test_a_relatives_reflection_stays_about_the_person_they_write_about():
    import random

    from forbered.dialogue.moves import listening_reflection

    item = {"you": "Mikkel er god til at hjælpe i køkkenet, og han er altid glad.", "category": "resource", "speaker": "relative"}
    assert "dig" not in listening_reflection(item, "da", random.Random(3)).split()
    item = {"you": "Mikkel er god til at tegne.", "category": "resource", "speaker": "relative"}
    assert "hun eller han" in listening_reflection(item, "da", random.Random(1)) or "hende eller ham" in listening_reflection(item, "da", random.Random(1))


def test_one_word_answers_between_clauses_reach_the_sheet():
    from forbered.talk import Clause

    text = "Datter. Emma. Hun kommer søndag. Og hund... Bamse."
    t = tag(text, sheet="resource")
    t.clauses = [Clause("Hun kommer søndag.", 14, 32, "neutral", None, "relationer", "resource", 0.8),
                 Clause("Og hund...", 33, 43, "neutral", None, "relationer", "resource", 0.8)]
    state, _ = run(["/start", "ja"])
    items = respond(state, text, t).state["items"]
    assert [i["quote"] for i in items] == ["Datter. Emma.", "Hun kommer søndag.", "Og hund...", "Bamse."]
    assert {i["category"] for i in items} == {"resource"}


def test_a_relatives_report_of_self_harm_gets_the_relatives_safety_answer():
    state, _ = run(["/start", "ja, jeg er hendes søster"])
    text = "Hun har sagt, at hun nogle gange slår sig selv"
    r = respond(state, text, tag(text, safety=True))
    assert r.messages[0].custom.get("safety") and "112" in r.messages[0].text and "70 201 201" in r.messages[0].text
    assert "pårørende" in r.messages[0].text and "at du har det svært" not in texts(r)


def test_a_bare_score_to_the_goal_question_is_the_score_not_a_quote():
    state, _ = run(["/start", "ja", "ved ikke", "ved ikke", "ved ikke", "ved ikke", "nej"])
    assert state["step"] == "goal1"
    r = respond(state, "4")
    assert r.state["scores"][-1]["score"] == 4 and r.state["step"] == "parking"
    assert not [i for i in r.state["items"] if i["quote"] == "4"]


def test_hedges_are_not_answers_and_sitting_with_someone_while_writing_yourself_is_the_citizen():
    from forbered.dialogue import intents as it

    assert it.detect_written_by("Jeg sidder sammen med min kontaktperson, men jeg skriver selv.") == "citizen"
    from forbered.talk import Clause

    text = "Det ved jeg ikke rigtig. Måske at jeg er god til dyr?"
    t = tag(text, sheet="resource")
    t.clauses = [Clause("Det ved jeg ikke rigtig.", 0, 24, "neutral", None, "none", None, 0.8),
                 Clause("Måske at jeg er god til dyr?", 25, len(text), "neutral", None, "none", "resource", 0.8)]
    state, _ = run(["/start", "ja"])
    items = respond(state, text, t).state["items"]
    assert [i["quote"] for i in items] == ["jeg er god til dyr?"]


def test_a_question_about_the_question_gets_it_in_other_words_not_a_reflection():
    state, _ = run(["/start", "ja"])
    r = respond(state, "hvad mener du med det?")
    assert r.state["step"] == "resources1" and r.state["items"] == []
    assert "For eksempel" in texts(r) and texts(r) != "Hvad er du god til?" and r.messages[-1].buttons


def test_already_said_is_acknowledged_and_not_put_on_the_sheet():
    state, _ = run(["/start", "ja", "jeg kan tegne"])
    r = respond(state, "DET HAR JEG JO SAGT")
    assert not [i for i in r.state["items"] if "sagt" in i["quote"].lower()]
    assert r.state["step"] != state["step"]


def test_a_score_word_in_a_sentence_is_not_taken_for_the_number():
    state, _ = run(["/start", "ja", "ved ikke", "ved ikke", "ved ikke", "ved ikke", "nej", "jeg skal lære at stå op"])
    assert state["step"] == "goal2"
    r = respond(state, "jeg skulle lære at stå op om morgenen men det går ikke så godt")
    assert r.state["scores"] == [] and "ud af 4" not in texts(r)


def test_shouting_and_when_clauses_are_echoed_in_plain_danish():
    from forbered.dialogue.moves import render_item

    # a worry given as "at …" stays a worry (not a fact), in subordinate order after "at"
    assert render_item("at jeg ikke har nogen venner", "parking", "parking", "citizen", "", "da")["you"] == (
        "Det fylder meget for dig, at du ikke har nogen venner.")
    assert render_item("når jeg er sammen med min hund", "resource", "resources2", "citizen", "", "da")["you"] == (
        "Det giver dig glæde, når du er sammen med din hund.")
    assert render_item("JEG KAN GODT LIDE AT SPILLE", "resource", "resources1", "citizen", "", "da")["you"].startswith("Du kan godt")
    assert render_item("His dog Max", "resource", "resources2", "relative", "", "en")["you"] == "His dog Max gives her or him joy."  # round 19: framed, never "your"


def test_a_yes_in_a_first_message_that_also_needs_the_safety_answer_still_counts():
    state, _ = run(["/start"], role="relative")
    text = "Ja, jeg er pårørende. Min far har afasi efter blodproppen, så jeg skriver."
    r = respond(state, text, tag(text, safety=True), role="relative")
    assert r.messages[0].custom.get("safety") and r.state["consent"] is True and r.state["written_by"] == "relative"
    r = respond(r.state, "Han har været en dygtig skakspiller", tag("Han har været en dygtig skakspiller"), role="relative")
    assert [i["quote"] for i in r.state["items"]] == ["Han har været en dygtig skakspiller"]
    assert "dig" not in texts(r).split()


def test_mentioning_a_relative_is_not_writing_as_one():
    from forbered.dialogue import intents as it

    assert it.detect_written_by("Ja det er i orden min datter har hjulpet mig med at åbne linket") is None
    assert it.detect_written_by("yes, I am his brother and I write for him") == "relative"
    state, _ = run(["/start", "Ja det er i orden min datter har hjulpet mig med at åbne linket"])
    assert state["written_by"] == "citizen" and state["consent"] is True


def test_english_wishes_given_as_a_place():
    from forbered.dialogue.moves import render_item

    assert render_item("yes in a shop", "employment", "work", "citizen", "", "en")["you"] == "You would like something in a shop."


# ---- answers that are not what the question asked for (found with fresh conversations) ------------------

def _at(step_turns):
    """State after consent and the given answers, with neutral tags."""
    state, _ = run(["/start", "ja", *step_turns])
    return state


def test_the_end_of_a_working_life_is_an_answer_not_a_request_to_stop():
    assert not it.is_stop("nej det er slut nu") and not it.is_stop("jeg er færdig med skolen")
    assert it.is_stop("stop") and it.is_stop("slut") and it.is_stop("kan vi stoppe?") and it.is_stop("jeg gider ik mere snak nu")
    state = _at(["ved ikke", "ved ikke", "ved ikke", "ved ikke"])
    assert state["step"] == "work"
    r = respond(state, "nej det er slut nu", tag("nej det er slut nu"))
    assert r.state["awaiting"] != "stop_offer" and r.state["step"] == "goal1"


def test_going_on_after_the_offer_to_stop_keeps_the_answer():
    state = _at(["ved ikke"])
    r = respond(state, "stop")
    assert r.state["awaiting"] == "stop_offer" and "/continue" in {b["payload"] for b in r.messages[-1].buttons}
    text = "min kat og at gå tur ved stranden"
    r2 = respond(r.state, text, tag(text, sheet="resource"))
    assert r2.state["step"] not in ("done", "stopped") and not r2.state["stopped_early"]
    assert any(i["quote"] == text for i in r2.state["items"])
    r3 = respond(respond(r2.state, "stop").state, "/continue")
    assert "fortsætter" in texts(r3) and questions(r3)


def test_a_worry_said_to_the_meeting_question_is_kept_and_the_question_put_another_way():
    state, _ = run(["/start", "ja", *FULL[2:-3]])
    assert state["step"] == "meeting1"
    text = "min økonomi. jeg har gæld og det stresser mig"
    r = respond(state, text, tag(text, "neutral", sheet="parking"))
    assert any("gæld" in i["quote"] for i in r.state["items"] if i["category"] == "parking")
    assert r.state["step"] == "meeting1" and questions(r) and questions(r)[-1] != "Vil du have en pårørende med til mødet?"
    r2 = respond(r.state, "ja min søster")
    assert r2.state["preferences"]["relatives_attend"] is True and r2.state["step"] == "meeting2"


def test_a_bare_number_to_a_question_in_words_gets_the_question_explained():
    state = _at([])
    r = respond(state, "1", tag("1"))
    assert r.state["items"] == [] and "For eksempel" in texts(r)


def test_dont_know_with_more_words_and_with_a_second_sentence():
    assert it.is_dont_know("ved ikke rigtig") and it.is_dont_know("Jeg ved ikke hvad jeg er god til")
    assert not it.is_dont_know("Jeg ved ikke hvad jeg er god til. Folk siger jeg er sød.")
    assert not it.is_dont_know("Jeg ved ikke om jeg kan klare et job")  # a doubt is an answer


def test_how_the_goal_goes_is_read_from_the_whole_answer():
    state = _at(["ved ikke", "ved ikke", "ved ikke", "ved ikke", "ved ikke"])
    assert state["step"] == "goal1"
    text = "jeg skulle gå en tur hver dag. det gør jeg ikke så tit"
    r = respond(state, text, tag(text, "change", "commitment", sheet="goal_progress"))
    assert "rigtige vej" not in texts(r) and "fremad" not in texts(r)


def test_summary_keeps_a_sentence_that_points_back_with_the_one_before_it():
    from forbered.dialogue.moves import summary_lines

    items = [{"turn": 3, "category": "goal_progress", "you": "Du skulle gå en tur hver dag."},
             {"turn": 3, "category": "goal_progress", "you": "Det gør du ikke så tit."},
             {"turn": 4, "category": "parking", "you": "Det fylder meget for dig, at din mand bliver træt."}]
    assert summary_lines({"items": items}) == ["Du skulle gå en tur hver dag. Det gør du ikke så tit.",
                                               "Det fylder meget for dig, at din mand bliver træt."]


def test_how_much_of_a_wish_stays_with_the_wish():
    text = "Jeg vil gerne prøve en praktik på biblioteket. Måske to timer om ugen til at starte med."
    state = _at(["ved ikke", "ved ikke", "ved ikke", "ved ikke"])
    r = respond(state, text, tag(text, "change", "desire", "beskaeftigelse", "hope"))
    assert "Du vil gerne måske" not in texts(r)
    assert [i["quote"] for i in r.state["items"]] == [
        "Jeg vil gerne prøve en praktik på biblioteket, måske to timer om ugen til at starte med"]


def test_a_second_disclosure_gets_the_offer_in_other_words():
    text = "jeg vil ikke leve mere"
    state = _at([])
    r1 = respond(state, text, tag(text, safety=True))
    r2 = respond(respond(r1.state, "/continue").state, text, tag(text, safety=True))
    assert questions(r1)[-1] != questions(r2)[-1] and "112" in texts(r2)


def test_a_noun_after_a_determiner_is_not_taken_for_a_verb():
    from forbered import reflect
    from forbered.dialogue.moves import render_item

    assert not reflect.is_sentence("din have, især rosebedet") and reflect.is_sentence("folk siger jeg er sød")
    assert render_item("min have, især rosebedet", "resource", "resources2", "citizen", "", "da")["you"] == (
        "Din have, især rosebedet, giver dig glæde.")


def test_a_relative_who_says_han_gets_han_not_hun_eller_han():
    state, _ = run(["/start", "/consent_relative"])
    text = "Mikkel er god til computere. Han kan bygge dem selv"
    r = respond(state, text, tag(text, sheet="resource"))
    assert r.state["third"] == "han"
    assert "hun eller han" not in texts(r) and "hende eller ham" not in texts(r)
    r2 = respond(r.state, "ved ikke")
    assert "hun eller han" not in texts(r2) and "hende eller ham" not in texts(r2)
    # a relative's score: it goes well for the person, not for "dig"
    st = dict(r2.state, step="goal2")
    assert "for dig" not in texts(respond(st, "3"))


def test_a_wish_after_a_no_is_its_own_item_and_both_sides_are_reflected():
    state = _at(["ved ikke", "ved ikke", "ved ikke", "ved ikke"])
    assert state["step"] == "work"
    text = "Jeg vil ikke i skole igen. Men måske et fleksjob med IT"
    r = respond(state, text, tag(text, "sustain", "desire", "beskaeftigelse"))
    wish = [i for i in r.state["items"] if i["category"] in ("employment", "hope")]
    assert [i["quote"] for i in wish] == ["Måske et fleksjob med IT"] and wish[0]["talk_type"] == "change"
    assert r.messages[0].text == "Du vil ikke i skole igen, men du ønsker dig måske et fleksjob med IT."


def test_filler_before_an_answer_is_not_echoed():
    from forbered.dialogue.moves import render_item

    assert render_item("Ja som sagt, noget med hænderne", "employment", "work", "citizen", "", "da")["you"] == (
        "Du vil gerne lave noget med hænderne.")


def test_english_goal_that_goes_ok_is_not_called_hard():
    state, _ = run(["/start", "/language", "ja"], language="en")
    state = dict(state, step="goal1", language="en")
    text = "I am learning to cook, it goes ok"
    r = respond(state, text, tag(text, "sustain", "ability", sheet="goal_progress"))
    assert "hard" not in texts(r).lower()


def test_who_reads_it_and_why_it_asks_are_answered_and_the_question_put_again():
    _, (_, r) = run(["/start", "hvem kan læse det her?"])
    assert "kontaktperson" in texts(r) and r.state["step"] == "consent" and questions(r)
    state = _at([])
    r = respond(state, "hvorfor skal du vide det?", tag("hvorfor skal du vide det?"))
    assert r.state["items"] == [] and "Du bestemmer selv" in texts(r) and questions(r)
    assert r.state["step"] == "resources1"


def test_not_wanting_this_question_is_respected_without_stopping():
    assert it.not_this("jeg gider ikke det her med mål") and not it.not_this("jeg gider ikke sidde derhjemme")
    state = _at(["ved ikke", "ved ikke", "ved ikke", "ved ikke", "ved ikke"])
    assert state["step"] == "goal1"
    r = respond(state, "jeg gider ikke det her med mål", tag("jeg gider ikke det her med mål", "sustain"))
    assert r.state["step"] == "parking" and "bestemmer du selv" in texts(r) and r.state["items"] == []


def test_a_clarifying_question_after_dont_know_but_not_a_letter_not_understood():
    assert it.wants_clarification("det ved jeg ikke. hvad mener du med drømme?")
    assert not it.wants_clarification("Penge. Pension... papirer. Brev fra kommunen. Forstår ikke.")


def test_a_left_out_jeg_is_put_back_in_the_echo():
    from forbered.dialogue.moves import render_item

    assert render_item("har ikke et job og vil heller ikke have et", "", "work", "citizen", "", "da")["you"] == (
        "Du har ikke et job og vil heller ikke have et.")
    assert render_item("elsker at tegne", "resource", "resources1", "citizen", "", "da")["you"].startswith("Du elsker at tegne")


def test_contentment_is_not_reflected_as_too_much():
    import random

    from forbered.dialogue.moves import reflection

    item = {"talk_type": "sustain", "subtype": None, "category": None, "quote": "jeg har det fint som det er",
            "you": "Du har det fint som det er.", "step": "hopes1"}
    line, _ = reflection(item, "da", random.Random(1), None)
    assert "for meget" not in line and "svært" not in line


def test_a_plan_word_under_the_summary_sets_the_plan():
    state, _ = run(["/start", "ja", *FULL[2:-1]])
    assert state["step"] == "summary"
    r = respond(state, "farverig")
    assert r.state["preferences"]["plan_version"] == "colourful" and not r.state["corrections"]
    assert "Du er god til farverig" not in texts(r)


def test_relatives_worry_about_us_fills_a_lot_for_you_both():
    from forbered.dialogue.moves import _about

    assert _about("Det fylder meget for dig.", "I er bekymrede for hende.", "relative") == "Det fylder meget for jer."


def test_hello_again_after_a_pause_resumes_instead_of_being_an_answer():
    state = _at(["ved ikke"])
    r = respond(respond(state, "pause").state, "hej igen", tag("hej igen"))
    assert r.state["items"] == [] and "Velkommen tilbage" in texts(r) and questions(r)


def test_only_emojis_are_kept_and_thanked_for_without_an_empty_echo():
    state = _at(["ved ikke"])
    r = respond(state, "🎮🎮🎮", tag("🎮🎮🎮"))
    assert [i["quote"] for i in r.state["items"]] == ["🎮🎮🎮"]
    assert r.messages[0].text == "Tak for det." and questions(r)


def test_markup_is_not_echoed_and_contact_details_are_not_a_hope():
    state = _at([])
    text = "<script>alert(1)</script> jeg er god til computere"
    r = respond(state, text, tag(text, sheet="resource"))
    assert "script" not in texts(r) and "computere" in texts(r)
    state = _at(["ved ikke", "ved ikke"])
    text = "Mit cpr er 010203-1234 og min mail er kasper@example.com"
    r = respond(state, text, tag(text))
    assert [i["category"] for i in r.state["items"]] == [None]
    assert "010203" not in texts(r) and "kasper@" not in texts(r)


def test_a_point_taken_back_in_the_summary_leaves_the_summary_and_the_sheet():
    state, _ = run(["/start", "ja", *FULL[2:-1]])
    assert state["step"] == "summary"
    r = respond(state, "nej, jeg er ikke god til at tegne, jeg er god til at male")
    assert "Du er god til at tegne." not in texts(r) and "male" in texts(r)
    sheet = build_sheet(r.state, "c1")
    assert not any("tegne" in i["quote"] for i in sheet["resources"]) and sheet["corrections"]


def test_no_more_to_add_after_a_listening_reflection_moves_on():
    state = _at([])
    text = "jeg er god til at tegne og jeg er god til at lytte til andre"
    r = respond(state, text, tag(text, sheet="resource"))
    assert r.state["awaiting"] == "more"
    r2 = respond(r.state, "nej")
    assert r2.state["step"] == "hopes1"


def test_english_then_clause_is_a_sentence():
    from forbered.dialogue.moves import render_item

    assert render_item("Then I could go to the trains", "hope", "hopes2", "citizen", "", "en")["you"] == (
        "Then you could go to the trains.")


def test_two_things_joined_by_og_are_not_a_verb_and_its_object():
    from forbered.dialogue.moves import render_item

    assert render_item("kaffe og min hund", "resource", "resources2", "citizen", "", "da")["you"] == (
        "Kaffe og din hund giver dig glæde.")


def test_a_bare_yes_to_is_there_something_asks_what_it_is():
    state = _at(["ved ikke"] * 6)  # "ved ikke" to the goals skips the score question
    assert state["step"] == "parking"
    r = respond(state, "ja", tag("ja"))
    assert r.state["step"] == "parking" and r.state["items"] == [] and questions(r)
    text = "min økonomi fylder"
    r2 = respond(r.state, text, tag(text, sheet="parking"))
    assert r2.state["items"] and r2.state["step"] == "meeting1"


def test_a_work_wish_said_among_the_hopes_answers_the_work_question():
    state = _at(["ved ikke", "ved ikke"])
    text = "jeg vil gerne arbejde med at sortere ting"
    r = respond(state, text, tag(text, "change", "desire", "beskaeftigelse", "hope"))
    r = respond(r.state, "ved ikke") if r.state["step"] == "hopes2" else r
    assert "Har du ønsker om arbejde" not in texts(r)


def test_content_in_the_consent_message_is_kept_and_placed():
    text = ("ja. Jeg vil bare sige med det samme at jeg er god til at tegne, jeg elsker min hund, og jeg vil gerne "
            "have en kæreste. Jeg er bange for at blive sat ned i timer på værkstedet")
    _, (_, r) = run(["/start", (text, tag(text, "change", "desire", "relationer", "hope"))])
    quotes = [i["quote"] for i in r.state["items"]]
    assert "jeg er god til at tegne" in quotes and any("kæreste" in q for q in quotes)
    assert any(i["category"] == "resource" for i in r.state["items"])
    assert "Er der mere, du er god til?" in texts(r)  # the first question knows a strength was named


def test_the_citizen_can_take_over_from_the_relative():
    state, _ = run(["/start", "/consent_relative"])
    text = "nu skriver jeg selv. jeg elsker at gå i svømmehallen"
    r = respond(state, text, tag(text, sheet="resource"))
    assert r.state["written_by"] == "citizen" and "selv skriver" in texts(r)
    assert [i["quote"] for i in r.state["items"]] == ["jeg elsker at gå i svømmehallen"]
    assert r.state["items"][0]["speaker"] == "citizen"


def test_as_i_wrote_is_already_said():
    assert it.already_said("som jeg skrev") and it.already_said("det har jeg jo sagt")
    assert not it.already_said("som jeg skrev til min søster i går, vil jeg gerne flytte")


def test_english_my_friends_is_a_thing_not_a_sentence():
    from forbered.dialogue.moves import render_item

    assert render_item("my friends from church and football", "resource", "resources2", "citizen", "", "en")["you"] == (
        "Your friends from church and football give you joy.")
    assert render_item("my dad is sick", "parking", "parking", "citizen", "", "en")["you"].startswith("Your dad is sick")


def test_one_word_answers_become_plain_danish():
    from forbered.dialogue.moves import render_item

    assert render_item("mor", "resource", "resources2", "citizen", "", "da")["you"] == "Din mor giver dig glæde."
    assert render_item("kæreste", "hope", "hopes1", "citizen", "", "da")["you"] == "Du drømmer om en kæreste."
    assert render_item("glad", "hope", "hopes2", "citizen", "", "da")["you"] == "Så ville du være glad."  # round 22: under "Hvad ville være anderledes?"
    assert render_item("køkken", "employment", "work", "citizen", "", "da")["you"] == "Du kunne tænke dig at arbejde i et køkken."
    assert render_item("computere", "employment", "work", "citizen", "", "da")["you"] == "Du vil gerne lave noget med computere."
    assert render_item("ha en lejlihed", "hope", "hopes1", "citizen", "", "da")["you"] == "Du drømmer om at have en lejlighed."
    assert render_item("Bare at have det godt", "hope", "hopes1", "citizen", "", "da")["you"] == "Du drømmer om at have det godt."
    assert render_item("godt", "goal_progress", "goal1", "citizen", "", "da")["you"] == "Det går godt."


def test_a_goal_named_without_how_it_goes_is_not_called_progress():
    state = _at(["ved ikke"] * 5)
    text = "jeg skal lære at stå op"
    r = respond(state, text, tag(text, "change", "commitment", sheet="goal_progress"))
    assert "rigtige vej" not in texts(r) and "fremad" not in texts(r) and "svært" not in texts(r)


def test_no_with_a_reason_keeps_the_reason_and_reflects_the_no():
    state = _at(["ved ikke"] * 4)
    assert state["step"] == "work"
    text = "Nej, ikke lige nu. Jeg er sygemeldt"
    r = respond(state, text, tag(text, "sustain", "activation"))
    assert any("sygemeldt" in i["quote"] for i in r.state["items"])
    assert "betyder meget" not in texts(r)


def test_english_relative_reflections_are_about_him_and_keep_his_name():
    import random
    import re

    from forbered.dialogue.moves import phase_summary, reflection

    item = {"talk_type": "neutral", "subtype": None, "category": "resource", "step": "resources1", "speaker": "relative",
            "quote": "Ahmed is very good with animals", "you": "Ahmed is very good with animals."}
    for seed in range(6):
        line, _ = reflection(item, "en", random.Random(seed), None)
        assert not re.search(r"\byou(?:r)?\b", line, re.I), line
    other = dict(item, you="He loves swimming.", quote="He loves swimming")
    assert "that Ahmed is very good with animals" in phase_summary([item, other], "en")


def test_nothing_really_is_not_a_joy():
    assert it.is_dont_know("nothing really") and it.is_dont_know("not really")


def test_a_hope_given_as_an_at_clause_and_its_goal_suggestion():
    from forbered.dialogue.moves import render_item
    from forbered.sheet import goal_suggestions

    r = render_item("at jeg kan gå ned til købmanden selv igen", "hope", "hopes1", "citizen", "", "da")
    assert r["you"] == "Du drømmer om, at du kan gå ned til købmanden selv igen."
    (g,) = goal_suggestions([{"text": r["text"], "quote": "x"}])
    assert g["text"] == "Jeg vil gå ned til købmanden selv igen."  # what I can do is the aim, said plainly


def test_no_strength_is_heard_not_affirmed_and_not_listed():
    state = _at([])
    text = "jeg er ikke god til noget"
    r = respond(state, text, tag(text, "sustain", "ability", sheet="resource"))
    assert "godt at vide" not in texts(r) and "Du er ikke god til noget" not in texts(r)
    assert all(i["category"] is None for i in r.state["items"]) and r.state["items"]


def test_a_wish_with_a_doubt_after_it_is_reflected_both_ways_ending_on_the_wish():
    from forbered.tagger import Tagger

    state = _at(["ved ikke"] * 4)
    text = "jeg vil gerne tilbage til mit job som buschauffør, men jeg ved ikke om ryggen kan holde"
    r = respond(state, text, Tagger.load().tag(text))  # the trained tagger splits the clauses
    assert r.messages[0].text == "Du ved ikke om ryggen kan holde, men du vil gerne tilbage til dit job som buschauffør."


def test_the_wish_is_reflected_rather_than_a_sentence_that_points_back_to_it():
    state = _at(["ved ikke"] * 4)
    text = "Måske noget med at reparere cykler. Jeg har gjort det før"
    r = respond(state, text, tag(text))
    assert "cykler" in r.messages[0].text


def test_a_thing_and_a_when_clause_are_two_joys():
    state = _at(["ved ikke"])
    text = "Min kat Mis og når Jette og jeg går tur"
    r = respond(state, text, tag(text, sheet="resource"))
    assert [i["you"] for i in r.state["items"]] == ["Din kat Mis giver dig glæde.", "Det giver dig glæde, når Jette og du går tur."]


def test_staying_where_one_is_is_a_wish_not_too_much():
    state = _at(["ved ikke"] * 4)
    r = respond(state, "blive på værkstedet", tag("blive på værkstedet", "sustain", "desire", "beskaeftigelse"))
    assert "for meget" not in texts(r) and r.state["items"][0]["category"] == "employment"


def test_being_retired_answers_the_work_question():
    state = _at(["ved ikke"] * 4)
    text = "jeg er pensionist"
    r = respond(state, text, tag(text))
    assert r.state["step"] == "goal1" and "for meget" not in texts(r) and "pension" not in " ".join(questions(r))


def test_progress_felt_and_a_forgotten_exercise_is_mixed():
    state = _at(["ved ikke"] * 5)
    text = "Jeg skulle træne balance to gange om ugen, og jeg er blevet mere sikker på benene, men jeg glemmer øvelserne"
    r = respond(state, text, tag(text, "sustain", sheet="goal_progress"))
    assert "op og ned" in texts(r) or "Noget går" in texts(r)


def test_a_no_before_a_wish_is_not_a_point_of_its_own():
    state = _at(["ved ikke"] * 4)
    text = "Nej, det er overstået for mit vedkommende. Men jeg vil gerne hjælpe til i genbrugsbutikken"
    r = respond(state, text, tag(text))
    assert [i["category"] for i in r.state["items"] if "overstået" in i["quote"]] == [None]
