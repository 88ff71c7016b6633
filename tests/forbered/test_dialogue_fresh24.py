"""Fresh conversations, round 24: the linking summary takes in the newest answer (and is not one answer said twice),
"we sit together" with the answers about her or him, mood emojis kept off the sheet, a wish's own terms ("men kun …")
kept, "… stopper nu" and "det kan vi tage en anden dag", a comment on the question as a don't-know, worries that are
whole clauses, "det sagde jeg jo", places of work with their article, "… skal ikke med" under the summary, dialect
"a/æ" as "jeg" on the sheet, "Jeg er på 2" after a goal, a relative named at the meeting question, and what is said
with the yes at the start."""

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import questions, run, texts

from forbered import reflect
from forbered.dialogue import intents as it
from forbered.dialogue.engine import _named_kin, _score_said
from forbered.dialogue.moves import phase_summary, render_item
from forbered.sheet import build_sheet


def _r(quote, category, step, speaker="citizen", language="da"):
    return render_item(quote, category, step, speaker, "", language)


# ---- the linking summary ----------------------------------------------------------------------------------------

def test_the_linking_summary_says_a_point_it_cannot_move_into_an_at_clause():
    items = [{"category": "resource", "you": "Du er god til at svømme.", "turn": 3},
             {"category": "resource", "you": "Koncerter med din søster giver dig glæde.", "turn": 4}]
    line = phase_summary(items, "da")
    assert line is not None and "Koncerter med din søster giver dig glæde." in line and "svømme" in line


def test_the_linking_summary_is_not_one_answer_said_again():
    items = [{"category": "hope", "you": "Du vil gerne have en kæreste.", "turn": 5},
             {"category": "hope", "you": "Du vil gerne på højskole.", "turn": 5}]
    assert phase_summary(items, "da") is None


def test_the_linking_summary_keeps_a_point_from_the_newest_answer():
    items = [{"category": "resource", "you": "Du er god til at bage.", "turn": 3},
             {"category": "resource", "you": "Du er god til at strikke.", "turn": 3},
             {"category": "resource", "you": "Du er god til at synge.", "turn": 3},
             {"category": "resource", "you": "Du er god til at male.", "turn": 3},
             {"category": "resource", "you": "Dit barnebarn giver dig glæde.", "turn": 4}]
    line = phase_summary(items, "da")
    assert line is not None and "barnebarn" in line


def test_the_joys_answer_is_in_the_summary_and_not_reflected_twice():
    state = _at("resources1")
    state, _ = run(["Jeg er god til at spille skak, og jeg kan reparere ure."], state)
    state, out = run(["Koncerter med min søster."], state)
    said = texts(out[-1])
    assert "Koncerter med din søster giver dig glæde." in said
    assert said.count("Koncerter med din søster") == 1


# ---- "we sit together" ------------------------------------------------------------------------------------------

def test_a_parent_who_sits_with_the_citizen_is_asked_about_her_or_him():
    state, out = run(["/start", "Ja. Jeg er Ahmeds mor, og vi sidder sammen her."])
    asked = questions(out[-1])
    assert asked and "du god til" not in asked[-1] and "han god til" in asked[-1]
    assert build_sheet(state, "t")["written_by"] == "together"


def test_together_answers_about_him_turn_the_questions_to_him():
    state, _ = run(["/start", "Ja, vi skriver sammen."])
    state, out = run(["Han er god til at svømme og til at tegne.", "ja"], state)
    asked = [q for o in out for q in questions(o)]
    assert asked and all(" du " not in q and "dig" not in q for q in asked) and "ham" in " ".join(asked)
    assert build_sheet(state, "t")["written_by"] == "together"


def test_the_plan_question_to_a_relative_is_about_the_person():
    state = _at("parking", state=run(["/start", "Ja, jeg er hendes far og skriver for hende."], role="relative")[0])
    state, out = run(["Hun er ked af, at hun skal flytte.", "Ja, jeg kommer med."], state, role="relative")
    assert "Hvad vil hun helst have?" in texts(out[-1]) and "Hvad vil du helst have?" not in texts(out[-1])


# ---- emojis, terms of a wish, stopping, don't-know --------------------------------------------------------------

def test_a_mood_emoji_alone_is_no_point_on_the_sheet():
    for emoji in ("😊", "🥰🥰", "❤️", "🙂 !"):
        state = _at("resources2")
        state, out = run([emoji], state)
        assert not _live(state, "resource"), emoji
    state = _at("resources2")
    state, _ = run(["🎣"], state)
    assert _live(state, "resource")  # a thing named by its emoji is kept as written


def test_the_terms_of_a_work_wish_stay_in_the_echo():
    you = _r("Jeg vil gerne arbejde i en dyrehandel, men kun om formiddagen og ikke i weekenderne", "employment", "work")["you"]
    assert you == "Du vil gerne arbejde i en dyrehandel, men kun om formiddagen og ikke i weekenderne."
    assert reflect.split_ambivalence("Jeg vil gerne tage et kursus, men kun på nettet") is None
    assert reflect.split_ambivalence("Jeg vil gerne flytte, men jeg er bange for det") is not None


def test_stopping_in_other_words():
    assert it.is_stop("det kan vi tage en anden dag. jeg stopper nu")
    assert it.is_stop("æ stopper nu")
    assert it.is_stop("nu stopper jeg")
    assert not it.is_stop("Nu stopper jeg med at ryge")
    state = _at("goal1")
    state, out = run(["det ka vi ta en anden gang. a stopper nu"], state)
    assert "stoppe" in texts(out[-1]) and "0 er slet ikke" not in texts(out[-1])


def test_a_comment_on_the_question_is_a_dont_know():
    assert it.is_dont_know("Det ved jeg ikke. Det er et svært spørgsmål.")
    assert it.is_dont_know("ved ikke, det kommer an på")
    state = _at("hopes2")
    state, _ = run(["Det ved jeg ikke. Det er hypotetisk."], state)
    assert not any("hypotetisk" in i.get("quote", "") for i in state["items"])


def test_a_lead_in_is_no_point_of_its_own():
    state = _at("resources2")
    state, _ = run(["Der er mange ting. Mit barnebarn Oliver. Og min køkkenhave."], state)
    quotes = [i["quote"] for i in _live(state, "resource")]
    assert quotes and not any("mange ting" in q.lower() for q in quotes)


# ---- worries, work, places --------------------------------------------------------------------------------------

def test_a_worry_that_is_a_whole_clause_is_not_the_subject_of_fylder():
    assert _r("Køleskabet i køkkenet brummer", "parking", "parking")["you"] == "Køleskabet i køkkenet brummer. Det fylder meget for dig."
    assert _r("larmen fra vejen om natten", "parking", "parking")["you"] == "Larmen fra vejen om natten fylder meget for dig."
    assert _r("Noise, mostly.", "parking", "parking", language="en")["you"] == "Noise, mostly. That takes up a lot of your mind."


def test_a_place_of_work_gets_its_article_and_its_verb():
    assert _r("et bageri, måske om morgenen", "employment", "work")["you"] == "Du vil gerne arbejde i et bageri, måske om morgenen."
    assert _r("Jeg vil gerne arbejde i kantine", "employment", "work")["you"] == "Du vil gerne arbejde i en kantine."
    assert _r("som tømrer, gerne på deltid", "employment", "work")["you"] == "Du vil gerne arbejde som tømrer, gerne på deltid."
    assert _r("måske lager et par dage", "employment", "work")["you"] == "Du vil måske gerne arbejde på et lager et par dage."
    assert _r("en god chef", "employment", "work")["you"] == "Du ønsker dig en god chef."  # no place: as before


def test_said_before_in_other_words_is_not_a_new_point():
    assert it.already_said("Det sagde jeg jo, et lager.")
    assert not it.already_said("Det sagde jeg til min søster")
    state = _at("work")
    n = len(_live(state, "employment"))
    state, out = run(["Det sagde jeg da før, lager."], state)
    assert "det har du fortalt" in texts(out[-1]) and len(_live(state, "employment")) == n


def test_not_for_me_to_the_work_question_adds_no_difficulty():
    state = _at("work")
    state, out = run(["Nej, arbejde er ikke noget for mig."], state)
    assert "svært" not in texts(out[-1])


# ---- the summary, the sheet's wording ---------------------------------------------------------------------------

def test_a_point_that_should_not_be_on_the_sheet_is_taken_out():
    state = _at("parking")
    state, _ = run(["Min hovedpine om aftenen."], state)
    assert _live(state, "parking")
    while state["step"] != "summary":
        state, _ = run(["nej" if state["step"] == "meeting1" else "neutral"], state)
    state, out = run(["Det med hovedpinen skal ikke stå der."], state)
    assert not _live(state, "parking") and "hovedpine" not in texts(out[-1]).lower()


def test_dialect_subject_is_jeg_on_the_sheet():
    out = _r("æ vil gern ha en båd", "hope", "hopes1")
    assert out["text"] == "Jeg vil gerne have en båd." and out["you"] == "Du vil gerne have en båd."
    assert reflect.dialect_jeg("så ku a fisk hver dag") == "så ku jeg fisk hver dag"
    assert reflect.dialect_jeg("Det er æ kaffe jeg elsker") == "Det er æ kaffe jeg elsker"


def test_a_new_sentence_starts_with_a_capital():
    out = _r("jeg har et mål om at gå i seng kl 22. det glemmer jeg nogle gange", "goal_progress", "goal1")
    assert "kl 22. Det glemmer jeg" in out["text"] and "kl 22. Det glemmer du" in out["you"]
    assert _r("jeg bor på 3. sal", "parking", "parking")["you"].startswith("Du bor på 3. sal")
    assert "kl. 8" in _r("jeg skal op kl. 8 hver dag", "goal_progress", "goal1")["you"]


def test_mine_tre_hunde_is_no_sentence():
    assert not reflect.is_sentence("mine tre hunde")
    assert _r("Og mine tre hunde.", "resource", "resources2")["you"] == "Dine tre hunde giver dig glæde."


# ---- scores, meeting, consent -----------------------------------------------------------------------------------

def test_a_place_on_the_scale_after_a_goal_is_the_score():
    assert _score_said("Mit mål er at cykle. Jeg er på 3") == 3
    assert _score_said("Jeg ligger vel på 1") == 1
    assert _score_said("Jeg bor på 2. sal") is None
    state = _at("goal1")
    state, out = run(["Jeg øver mig i at handle ind. Jeg er nok på 2"], state)
    assert [s["score"] for s in state["scores"]] == [2] and "Hvilket tal" not in texts(out[-1])


def test_a_relative_named_at_the_meeting_question_is_said_back_by_name():
    assert _named_kin("ja min bror kim") == "din bror Kim"
    assert _named_kin("Ja tak, mit barnebarn Sara.") == "dit barnebarn Sara"
    assert _named_kin("ja far") == "din far"
    assert _named_kin("min søster og min mor") is None
    state = _at("meeting1")
    state, out = run(["ja min nabo hanne"], state)
    assert "din nabo Hanne" in texts(out[-1])


def test_what_is_said_with_the_yes_about_today_or_the_form_is_no_point():
    state, out = run(["/start", "Ja, jeg skriver selv. Jeg er lidt træt i dag."])
    assert "tempo" in texts(out[-1]) and not [i for i in state["items"] if i.get("category")]
    state, out = run(["/start", "Ja, jeg er hans far. Han er i skole, så jeg svarer for ham."], role="relative")
    assert not [i for i in state["items"] if i.get("category")] and "gemt" not in texts(out[-1])


def test_the_linking_summary_stays_short_and_says_whole_sentences_only():
    items = [{"category": "resource", "you": "Du er god til at passe på dine to hunde hver eneste dag.", "turn": 3},
             {"category": "resource", "you": "Du er god til at bage rugbrød til hele familien i weekenden.", "turn": 3},
             {"category": "resource", "you": "Dit barnebarn Emil giver dig rigtig meget glæde, når han kommer på besøg.", "turn": 4},
             {"category": "resource", "you": "Det giver dig glæde at høre gamle plader med din nabo om fredagen.", "turn": 4}]
    line = phase_summary(items, "da")
    assert line is not None and "Emil" in line and len(line.split()) <= 50
    items = [{"category": "resource", "you": "Du er god til at svømme.", "turn": 3},
             {"category": "resource", "you": "Solen i haven, du har en bænk.", "turn": 4}]
    assert phase_summary(items, "da") is None  # no whole sentence from the second answer: one answer said again


def test_a_consequence_with_a_noun_subject_and_spoken_verbs():
    assert _r("Så slap min mor for at hente mig hver dag.", "hope", "hopes2")["you"] == "Så slap din mor for at hente dig hver dag."
    assert _r("æ vil gern ta toget", "hope", "hopes1")["you"] == "Du vil gerne tage toget."
    assert _r("så ku jeg selv kor hen til træning", "hope", "hopes2")["you"] == "Så kunne du selv køre hen til træning."
    assert _r("Jeg synger i kor", "resource", "resources2")["you"].startswith("Du synger i kor")
