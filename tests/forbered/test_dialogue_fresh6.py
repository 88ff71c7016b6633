"""Fixes from a replay of fresh conversations (set 5, round 6): sustain talk of futility ("det nytter ikke",
"kommunen bestemmer alligevel") affirmed or listed as a wish, questions about the sheet sent on to the meeting,
"3 gange om ugen" read as the score, full clauses wrapped in "Du drømmer om …", "20 min" turned into "20 din",
"jeg har glemt spørgsmålet" kept as an answer, an answer after "hvor var vi" lost, numbers and mails echoed,
and a bare "Nej." saved as a goal."""

from dialogue_helpers import run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue import moves
from forbered.reflect import shift_pronouns
from forbered.sheet import build_sheet


def techniques(r):
    return [t for m in r.messages for t in m.custom.get("techniques", [])]


TO_HOPES = ["/start", "ja", "tegne", "musik"]
TO_GOALS = ["/start", "ja", "tegne", "musik", "en kat", "ved ikke", "nej"]


# 1. Futility and "others decide": heard with respect and autonomy, never affirmed, never a wish or a strength

def test_futility_under_strengths_is_not_affirmed_or_listed():
    state, out = run(["/start", "ja", ("det nytter ikke noget det her", tag("det nytter ikke noget det her", "sustain", "ability",
                                                                              sheet="resource"))])
    said = texts(out[-1])
    assert "godt at vide" not in said and "vigtig del af dig" not in said
    assert "Du har prøvet meget" in said and "dig, der bestemmer" in said
    assert "emphasize_autonomy" in techniques(out[-1]) and "affirmation" not in techniques(out[-1])
    sheet = build_sheet(state, "x")
    assert sheet["resources"] == [] and sheet["hopes"] == []
    assert any("nytter ikke" in s["quote"] for s in sheet["sustain_talk"])


def test_others_decide_under_hopes_gets_an_evocative_question_and_is_parked():
    state, _ = run(TO_HOPES)
    assert state["step"] == "hopes1"
    state, out = run([("kommunen bestemmer alligevel", tag("kommunen bestemmer alligevel", sheet="hope"))], state)
    said = texts(out[-1])
    assert "drømmer om kommunen" not in said
    assert "andre bestemmer" in said and "Hvis du selv kunne bestemme" in said
    sheet = build_sheet(state, "x")
    assert sheet["hopes"] == [] and [p["quote"] for p in sheet["parking"]] == ["kommunen bestemmer alligevel"]
    # the change talk that follows is caught as a hope
    state, out = run([("Jeg vil gerne bo for mig selv", tag("Jeg vil gerne bo for mig selv", "change", "desire", sheet="hope"))], state)
    assert any("bo for mig selv" in h["quote"] for h in build_sheet(state, "x")["hopes"])


def test_futility_detection_leaves_a_wish_with_a_doubt_alone():
    assert it.futility("jeg har prøvet alt") == "futile"
    assert it.futility("Det er ligemeget hvad jeg håber. De gør alligevel som de vil.") == "decided"
    assert it.futility("sagsbehandleren Hanne. hun lytter ikke") == "decided"
    assert it.futility("Der er ingen mål der virker.") == "futile"
    assert it.futility("måske hvis jeg fik lov at bo for mig selv. men det sker aldrig") is None
    assert it.futility("jeg er god til at tegne") is None


def test_futility_in_two_sentences_is_one_point():
    state, _ = run(TO_GOALS)
    assert state["step"] == "goal1"
    state, _ = run(["de har bestemt mine mål. ikke mig"], state)
    parking = build_sheet(state, "x")["parking"]
    assert len(parking) == 1 and parking[0]["text"] == "De har bestemt mine mål. Ikke mig."
    assert build_sheet(state, "x")["goal_progress"] == []


# 2. Questions about the sheet and the chat are answered, not sent on to the meeting

def test_what_do_you_write_about_me_shows_the_points_so_far():
    state, _ = run(["/start", "ja", "Jeg er god til at spille skak"])
    state, out = run(["hvad skriver du om mig?"], state)
    said = texts(out[-1])
    assert "tage med til mødet" not in said
    assert "Du er god til at spille skak." in said and "til sidst" in said.lower()
    assert out[-1].messages[-1].text == "Hvad gør dig glad i løbet af en uge?"
    assert len(build_sheet(state, "x")["resources"]) == 1  # the question is not an answer


def test_show_me_is_not_a_joy():
    state, _ = run(["/start", "ja", "svømning"])
    state, _ = run(["vis mig hvad du har skrevet"], state)
    assert [r["quote"] for r in build_sheet(state, "x")["resources"]] == ["svømning"]


def test_how_long_is_answered_and_a_yes_with_it_counts_as_consent():
    state, out = run(["/start", "ja men hvor lang tid tager det?"])
    said = texts(out[-1])
    assert "10 minutter" in said and state["consent"] and state["step"] == "resources1"
    state, out = run(["hvor lang tid tager det her?"], state)
    assert "10 minutter" in texts(out[-1]) and state["step"] == "resources1"


def test_who_gets_the_sheet_and_a_copy_under_the_summary():
    assert it.question_about_the_chat("hvem får arket?") == "who"
    assert it.question_about_the_chat("hvad sker der med det jeg skriver?") == "who"
    assert it.question_about_the_chat("Hvad skal det her bruges til? Kommunen bestemmer jo alligevel.") == "why"
    assert it.question_about_the_chat("Hvorfor skal jeg svare på det her? Jeg har sagt det hele før.") == "why"
    state, _ = run([*TO_GOALS, "ved ikke", "nej", "nej", "neutral"])
    assert state["step"] == "summary"
    state, out = run(["kan jeg få en kopi af arket?"], state)
    assert state["corrections"] == [] and "printe" in texts(out[-1])
    assert out[-1].messages[-1].text == "Er det rigtigt?"


# 3. A number in a sentence is not the score

def test_count_or_time_is_not_a_score():
    assert it.parse_score("Målet er at lave mad selv 3 gange om ugen. Det går sådan lidt op og ned.") is None
    assert it.parse_score("kl 3") is None and it.parse_score("2. sal") is None
    assert it.parse_score("3") == 3 and it.parse_score("jeg giver det 2") == 2 and it.parse_score("3 ud af 4") == 3


def test_goal2_sentence_with_a_count_is_not_scored():
    state, _ = run([*TO_GOALS[:-1], "nej", "Mit mål er at gå ture"])
    assert state["step"] == "goal2"
    state, out = run(["Jeg går 3 gange om ugen. Det går op og ned."], state)
    assert "3 ud af 4" not in texts(out[-1])


# 4. A full clause is echoed as a clause, not wrapped

def test_noun_subject_clause_is_not_wrapped():
    assert moves.has_subject("min datter Sofie kommer hver søndag")
    assert moves.has_subject("Mette fra jobcentret siger jeg kan komme i praktik i Føtex")
    assert not moves.has_subject("mine venner på bostedet")
    assert not moves.has_subject("hjælpe andre når de har brug for det")
    r = moves.render_item("Mette fra jobcentret siger jeg kan komme i praktik i Føtex.", "employment", "work", "citizen", "", "da")
    assert r["you"] == "Mette fra jobcentret siger du kan komme i praktik i Føtex."
    r = moves.render_item("Min datter Sofie kommer hver søndag.", "hope", "hopes1", "citizen", "", "da")
    assert r["you"] == "Din datter Sofie kommer hver søndag."


def test_minutes_are_not_a_pronoun():
    assert shift_pronouns("Målet er at gå tur 20 min hver dag med min hund") == "Målet er at gå tur 20 min hver dag med din hund"


# 5. Losing and finding the thread

def test_forgot_the_question_asks_it_again():
    state, _ = run(["/start", "ja", "tegne"])
    state, out = run(["jeg har glemt spørgsmålet"], state)
    assert "spørgsmålet igen" in texts(out[-1])
    assert [r["quote"] for r in build_sheet(state, "x")["resources"]] == ["tegne"]


def test_answer_after_where_were_we_is_kept():
    state, _ = run(["/start", "ja", "tegne"])
    state, out = run(["hvor var vi. nå ja. min kat Mis"], state)
    quotes = [r["quote"] for r in build_sheet(state, "x")["resources"]]
    assert "min kat Mis" in quotes
    assert "Mis" in texts(out[-1])


# 6. Numbers and mails are never echoed

def test_phone_number_is_not_echoed():
    state, _ = run(["/start", "ja", "tegne"])
    state, out = run(["Min mor, hun har tlf 20 30 40 50"], state)
    said = texts(out[-1])
    assert "telefonnummer" not in said and "20 30" not in said
    assert "Numre og mails" in said
    sheet = build_sheet(state, "x")
    assert all("20 30" not in r["quote"] for r in sheet["resources"])


# 7. A bare "Nej." is not a goal

def test_bare_no_is_not_a_goal():
    text = "Nej. Jeg kan ikke arbejde."
    t = tag(text, "sustain", "ability", sheet="goal_progress",
            clauses=[("Nej.", "sustain", "goal_progress"), ("Jeg kan ikke arbejde.", "sustain", "goal_progress")])
    state, _ = run(TO_GOALS)
    state, _ = run([(text, t)], state)
    goals = [g["goal"] for g in build_sheet(state, "x")["goal_progress"]]
    assert "Nej." not in goals
