"""Bugs found by replaying fresh, unseen conversations through the engine (one test per fix)."""

from dialogue_helpers import questions, run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue import respond
from forbered.dialogue.moves import render_item
from forbered.reflect import tidy
from forbered.sheet import build_sheet
from forbered.talk import Clause


def split(text, *parts, sheet=None):
    """A tag with the tagger's clause split: each part as (clause text, talk_type, sheet)."""
    clauses, pos = [], 0
    for ptext, tt, psheet in parts:
        start = text.index(ptext, pos)
        clauses.append(Clause(ptext, start, start + len(ptext), tt, None, "none", psheet, 0.9))
        pos = start + len(ptext)
    t = tag(text, sheet=sheet)
    t.clauses = clauses
    return t


def _at(answers):
    state, _ = run(["/start", "ja", *answers])
    return state


# --- consent: a no in so many words is a no; a dialect yes is a yes ---------------------------------

def test_a_refusal_starting_with_det_is_not_taken_as_consent():
    for refusal in ("Det vil jeg ikke", "Det må du ikke", "det vil jeg helst ikke"):
        state, _ = run(["/start"])
        r = respond(state, refusal)
        assert r.state["consent"] is False and r.state["step"] == "declined", refusal
        assert "discard" in r.events


def test_det_ved_jeg_ikke_and_det_passer_ikke_are_no_yes():
    assert not it.is_yes("Det ved jeg ikke")
    assert not it.is_yes("det passer ikke")
    assert not it.is_confirmation("det passer ikke")
    assert it.is_yes("det er fint") and it.is_confirmation("jep det passer")


def test_dialect_yes_gives_consent():
    for yes in ("jow", "jeps", "jaja"):
        state, _ = run(["/start"])
        r = respond(state, yes)
        assert r.state["consent"] is True and r.state["step"] == "resources1", yes


def test_summary_det_passer_ikke_is_not_a_confirmation():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej", "nej", "nej", "nej", "neutral"])
    assert state["step"] == "summary"
    r = respond(state, "det passer ikke")
    assert not r.state["confirmed"] and "sheet_ready" not in r.events


# --- questions put back to the bot ------------------------------------------------------------------

def test_a_question_to_the_bot_is_not_reflected_as_the_citizens_statement():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej"])
    assert state["step"] == "goal1"
    r = respond(state, "hvad er mine mål?")
    assert "Hvad er dine mål." not in texts(r)
    assert "Målene er det" in texts(r)  # the question in other words
    assert not [i for i in r.state["items"] if "mål" in i["quote"]]
    assert r.state["step"] == "goal1"


def test_asking_the_bot_for_advice_gets_autonomy_not_advice():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke"])
    assert state["step"] == "work"
    r = respond(state, "Hvad synes du jeg skal arbejde med?")
    assert "Du ved selv mest om dit liv." in texts(r)
    assert "emphasize_autonomy" in r.messages[-1].custom["techniques"]
    assert not [i for i in r.state["items"] if "arbejde med" in i["quote"]]
    assert r.state["step"] == "work"


def test_a_request_for_help_is_kept_as_a_wish_in_the_citizens_words():
    state = _at(["tegne"])
    r = respond(state, "Kan du hjælpe mig med at få en ny lejlighed?")
    assert "kan du hjælpe dig" not in texts(r).lower()
    sheet = build_sheet(r.state, "t")
    assert [h["text"] for h in sheet["hopes"]] == ["Jeg vil gerne have hjælp til at få en ny lejlighed."]
    assert sheet["resources"] and all("hjælp" not in x["text"] for x in sheet["resources"])


def test_question_to_bot_does_not_catch_answers():
    assert it.question_to_bot("Hvor jeg bor er der larm") is None
    assert it.question_to_bot("Mine katte?") is None
    assert it.question_to_bot("Hvad jeg er god til? Jeg er god til at tegne") is None
    assert it.question_to_bot("Skal min kontaktperson være med?") == "other"


def test_only_question_marks_get_the_question_explained():
    state = _at([])
    r = respond(state, "???")
    assert r.state["step"] == "resources1" and r.state["items"] == []
    assert "For eksempel at lave mad" in texts(r)


# --- yes with content, bare yes, bare numbers --------------------------------------------------------

def test_yes_with_content_to_the_work_question_is_an_answer():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke"])
    assert state["step"] == "work"
    r = respond(state, "ja kok", tag("ja kok"))
    assert r.state["step"] != "work"
    assert any("kok" in i["quote"] for i in r.state["items"] if i["category"] == "employment")


def test_a_bare_yes_twice_is_not_put_on_the_sheet():
    state = _at(["ja", "ja"])
    assert not [i for i in state["items"] if i["quote"].lower() == "ja"]
    assert state["step"] == "resources2"


def test_a_bare_number_twice_is_not_put_on_the_sheet():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "ok", "4"])
    assert not [i for i in state["items"] if i["quote"] == "4"]
    assert state["step"] == "goal1"


# --- reflections and sheet wording ---------------------------------------------------------------------

def test_gaar_fint_without_subject_is_it_goes_well_not_you_walk():
    out = render_item("går fint", "goal_progress", "goal1", "citizen", "", "da")
    assert out["you"] == "Det går fint."
    assert render_item("går i skole", "hope", "hopes1", "citizen", "", "da")["you"] == "Du går i skole."


def test_og_saa_naar_clause_reads_as_a_when_clause():
    out = render_item("og så selvfølgelig når min søster ringer.", "resource", "resources2", "citizen", "", "da")
    assert out["you"] == "Det giver dig glæde, når din søster ringer."


def test_a_short_but_qualification_stays_in_the_echo():
    out = render_item("Jeg kunne godt tænke mig et job med computere, men ikke med kunder", "employment", "work",
                      "citizen", "", "da")
    assert out["you"] == "Du kunne godt tænke dig et job med computere, men ikke med kunder."
    assert render_item("Det går langsomt men fremad", "goal_progress", "goal1", "citizen", "", "da")["you"] == (
        "Det går langsomt, men fremad.")
    # a full clause after "men" is still its own point
    assert render_item("jeg vil gerne i skole men jeg ved ikke om jeg kan", "hope", "hopes1", "citizen", "", "da")[
        "you"] == "Du vil gerne i skole."


def test_spelling_and_nouns_in_the_echo():
    assert tidy("mine planter igen haha") == "mine planter igen"
    assert render_item("arbeje i brugsen", "employment", "work", "citizen", "", "da")["you"] == "Du vil gerne arbejde i brugsen."
    assert render_item("ture i skoven", "resource", "resources2", "citizen", "", "da")["you"] == "Ture i skoven giver dig glæde."
    assert render_item("barnebarn", "resource", "resources2", "citizen", "", "da")["you"] == "Dit barnebarn giver dig glæde."
    assert render_item("male", "resource", "resources1", "citizen", "", "da")["you"] == "Du er god til at male."
    # (round 18: a school is a school to go to)
    assert render_item("kunstskole", "employment", "work", "citizen", "", "da")["you"] == "Du vil gerne gå på kunstskole."
    assert tidy("æ ka li at sidde ved vandet") == "æ kan lide at sidde ved vandet"


def test_forgotten_point_said_outside_the_summary_is_stripped_of_du_glemte():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej", "nej", "nej"])
    assert state["step"] == "meeting1"
    r = respond(state, "du glemte at jeg også er god til at svømme")
    assert "glemte" not in texts(r)
    assert any(i["text"] == "Jeg er også god til at svømme." for i in r.state["items"])


def test_jeg_glemte_at_sige_under_the_summary():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej", "nej", "nej", "nej", "neutral"])
    r = respond(state, "jeg glemte at sige at jeg også gerne vil have en hund")
    assert "Du vil også gerne have en hund." in texts(r) and "glemte" not in texts(r)


def test_thanks_under_the_summary_is_not_a_correction():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej", "nej", "nej", "nej", "neutral"])
    r = respond(state, "tak")
    assert r.state["corrections"] == [] and not r.state["confirmed"] and r.state["step"] == "summary"
    assert {b["payload"] for b in r.messages[-1].buttons} == {"/yes", "/correct"}


# --- negation, sustain talk and placement on the sheet -----------------------------------------------

def test_no_to_the_status_quo_is_a_wish_for_change():
    state = _at(["tegne", "min hund"])
    r = respond(state, "jeg vil ikke bo på bostedet mere", tag("jeg vil ikke bo på bostedet mere", "sustain", "desire"))
    assert "rigtige tidspunkt" not in texts(r) and "for meget" not in texts(r)
    assert "klar til noget nyt" in texts(r) or "anderledes" in texts(r)
    item = r.state["items"][-1]
    assert item["talk_type"] == "change" and item["category"] == "hope"
    # "kan ikke … mere" is not wanting change: it stays what it is
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke"])
    r = respond(state, "jeg kan ikke arbejde mere", tag("jeg kan ikke arbejde mere", "sustain", "ability"))
    assert r.state["items"][-1]["talk_type"] == "sustain"


def test_not_a_strength_is_not_listed_as_one():
    text = "jeg er ikke så god til at snakke med folk men jeg er god til at lave mad"
    state = _at([(text, split(text, ("jeg er ikke så god til at snakke med folk", "neutral", "resource"),
                              ("men jeg er god til at lave mad", "neutral", "resource"), sheet="resource"))])
    r = respond(state, "jeg kan ikke lide at være alene", tag("jeg kan ikke lide at være alene", "sustain", "ability"))
    sheet = build_sheet(r.state, "t")
    assert [x["text"] for x in sheet["resources"]] == ["Jeg er god til at lave mad."]
    assert "ikke kan lide" not in texts(r) and "rigtige tidspunkt" not in texts(r)


def test_a_worry_said_under_strengths_goes_to_the_parking_lot():
    text = "jeg er god til at gøre rent, men lige nu fylder min gæld rigtig meget"
    state = _at([(text, split(text, ("jeg er god til at gøre rent", "neutral", "resource"),
                              ("men lige nu fylder min gæld rigtig meget", "neutral", "resource"), sheet="resource"))])
    sheet = build_sheet(state, "t")
    assert [x["text"] for x in sheet["resources"]] == ["Jeg er god til at gøre rent."]
    assert [x["text"] for x in sheet["parking"]] == ["Lige nu fylder min gæld rigtig meget."]


def test_a_worry_written_at_the_score_question_is_parked_not_a_goal():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej",
                 ("det går fint med bussen", tag("det går fint med bussen", sheet="goal_progress"))])
    assert state["step"] == "goal2"
    text = "vi er bekymrede for at han sidder oppe hele natten"
    r = respond(state, text, tag(text, sheet="parking"))
    assert r.state["items"][-1]["category"] == "parking"
    assert "arbejder på" not in texts(r)


def test_a_hope_in_so_many_words_stays_a_hope_even_with_worry_words():
    state = _at(["tegne", "min hund"])
    text = "jeg håber at slippe for at bekymre mig om penge hele tiden"
    r = respond(state, text, tag(text, "change", "desire", sheet="parking"))
    assert r.state["items"][-1]["category"] == "hope"


def test_a_negated_strength_in_an_unsplit_message_keeps_the_strength():
    text = "jeg er ikke så god til at snakke med folk men jeg er god til at lave mad"
    state = _at([(text, tag(text, sheet="resource"))])
    assert build_sheet(state, "t")["resources"]  # without the tagger's split, the strength is not lost
    state = _at([("jeg er ikke god til at læse", tag("jeg er ikke god til at læse", sheet="resource"))])
    assert build_sheet(state, "t")["resources"] == []


def test_a_wish_said_with_a_strength_goes_under_hopes():
    text = "Jeg er god til at tegne, og jeg vil gerne på kunstskole"
    state = _at([(text, tag(text, sheet="resource"))])
    sheet = build_sheet(state, "t")
    assert [x["text"] for x in sheet["resources"]] == ["Jeg er god til at tegne."]
    assert [x["text"] for x in sheet["hopes"]] == ["Jeg vil gerne på kunstskole."]


def test_dont_know_to_the_goals_skips_the_score_question():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej"])
    r = respond(state, "ved ikke")
    assert r.state["step"] == "parking" and "0 til 4" not in texts(r)


def test_a_goal_that_never_succeeds_is_not_reflected_as_going_well():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej"])
    text = "Jeg er dødtræt af mit mål om at gå i seng tidligt, det lykkes aldrig"
    r = respond(state, text, tag(text, sheet="goal_progress"))
    assert "fremad" not in texts(r) and "rigtige vej" not in texts(r)


def test_a_short_worry_under_the_meeting_question_is_kept():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej", "nej", "nej"])
    assert state["step"] == "meeting1"
    r = respond(state, "smerterne fylder meget", tag("smerterne fylder meget", sheet="parking"))
    assert any(i["category"] == "parking" for i in r.state["items"])
    assert r.state["step"] == "meeting1" and questions(r)


# --- second round ------------------------------------------------------------------------------------

def test_dont_know_with_a_comment_is_not_a_strength():
    state = _at([])
    r = respond(state, "ved ikke, det har jeg aldrig tænkt over", tag("ved ikke, det har jeg aldrig tænkt over", sheet="resource"))
    assert r.state["items"] == [] and "god til ved ikke" not in texts(r)
    assert it.is_dont_know("ved ikke, det har jeg aldrig tænkt over")
    assert not it.is_dont_know("ved ikke, måske at tegne")


def test_long_retired_is_not_affirmed_as_a_step_or_a_work_wish():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke"])
    text = "Jeg har været pensioneret i mange år"
    r = respond(state, text, tag(text, "change", "taking_steps"))
    assert "Godt gået" not in texts(r) and "pension" not in " ".join(questions(r))
    sheet = build_sheet(r.state, "t")
    assert [e["text"] for e in sheet["employment"]] == ["Jeg har været pensioneret i mange år."]  # the answer, kept
    assert not [t for t in sheet["change_talk"] if "pension" in t["quote"]]  # not a step taken
    # a wish for work said by a pensioner is still a wish
    text = "jeg er pensionist men vil gerne have et fritidsjob"
    r = respond(state, text, tag(text, "change", "desire"))
    assert build_sheet(r.state, "t")["employment"] or build_sheet(r.state, "t")["hopes"]


def test_changing_the_plan_in_a_sentence_under_the_summary_sets_the_plan():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej", "nej", "nej", "nej", "farverig"])
    assert state["step"] == "summary" and state["preferences"]["plan_version"] == "colourful"
    r = respond(state, "nej jeg vil hellere have en neutral plan")
    assert r.state["preferences"]["plan_version"] == "neutral" and r.state["corrections"] == []
    assert "farverig plan" not in texts(r)


def test_a_rhetorical_question_among_statements_is_not_echoed():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke", "nej", "nej", "nej"])
    state = dict(state, step="parking")
    text = "Hvornår kommer hjemmeplejen? De kommer altid for sent"
    r = respond(state, text, tag(text, sheet="parking"))
    assert "Hvornår kommer hjemmeplejen." not in texts(r)
    assert "De kommer altid for sent" in texts(r)


def test_hesitation_dots_do_not_split_the_answer_into_points():
    state = _at(["tegne"])
    r = respond(state, "min... kone", tag("min... kone", sheet="resource"))
    quotes = [i["quote"] for i in r.state["items"] if i["step"] == "resources2"]
    assert len(quotes) == 1 and "kone" in quotes[0]


def test_english_linking_summary_has_no_broken_that_clause():
    from forbered.dialogue.moves import phase_summary
    items = [{"category": "resource", "you": "She is great with children.", "speaker": "relative"},
             {"category": "resource", "you": "Her dog and going to church.", "speaker": "relative"}]
    assert phase_summary(items, "en") is None  # one clean clause only: reflected, not summed up as "that her dog …"


def test_being_retired_is_the_work_answer_not_a_goal_or_a_worry():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke"])
    for text, sheet in (("Jeg er pensionist", "parking"), ("Jeg har været pensioneret i mange år", "goal_progress")):
        r = respond(state, text, tag(text, "change", "taking_steps", sheet=sheet))
        item = r.state["items"][-1]
        assert item["category"] == "employment" and item["talk_type"] == "neutral", text
        r2 = respond(r.state, "3")  # the score goes with the goals, not with being retired
        assert build_sheet(r2.state, "t")["goal_progress"][0]["goal"] == "Mine nuværende mål"
        assert "pension" not in texts(r2).lower()  # not reflected again as a worry at the parking question


def test_a_hesitant_fronted_adverb_keeps_danish_word_order():
    state = _at([])
    r = respond(state, "før... jeg var... kok", tag("før... jeg var... kok"))
    assert "Før var du kok." in texts(r) and "Før du var" not in texts(r)


def test_work_being_over_is_not_called_the_wrong_time():
    state = _at(["tegne", "min hund", "en kæreste", "ved ikke"])
    text = "nej det er slut med arbejde for mig"
    r = respond(state, text, tag(text, "sustain", "desire"))
    assert "rigtige tidspunkt" not in texts(r) and "ikke det, der fylder nu" in texts(r)
    assert r.state["step"] == "goal1"
