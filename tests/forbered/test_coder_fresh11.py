"""Behaviours fixed after an eleventh fresh look at trainee lines: a yes or no to the citizen's yes/no request, a
question that asks the citizen to check a habit they just played down, suggestions asked as "har du tænkt over at …",
the effort behind a goal said as a statement, a struggle with a hardship that is no praise, English feeling and effort
words, and the head of a Danish compound in the overlap with the citizen's line. Examples are fresh (not in the
corpus). The tests read cues and features, so they hold before the model is retrained."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse, featurize


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


@pytest.mark.parametrize(("context", "text"), [
    ("Må min nevø komme med på fredag?", "Ja selvfølgelig, han er velkommen."),
    ("Kan jeg tage min hjælper med ind?", "Ja, det må du."),
    ("Skal jeg have mit sygesikringskort med?", "Nej, det behøver du ikke."),
    ("hey, må min kæreste læse med", "klart hun må"),
])
def test_a_yes_or_no_to_the_citizens_request_is_an_answer(context: str, text: str) -> None:
    f = feats(text, context)
    assert "x=yn_answer" in f
    assert "cue=other" not in f  # the answer word says nothing; the answer decides


@pytest.mark.parametrize(("context", "text"), [
    ("Min nevø kommer på fredag.", "Ja selvfølgelig, han er velkommen."),  # no question
    ("Hvem må komme med til mødet?", "Ja, det må du."),  # not a yes/no question
    ("Må jeg tage min hjælper med ind?", "Selvom det er svært, så prøv."),  # no answer word first
])
def test_no_yes_no_answer_without_a_yes_no_question_and_an_answer_word(context: str, text: str) -> None:
    assert "x=yn_answer" not in feats(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg spiser næsten ingen chokolade.", "Har du talt, hvor mange plader du køber om ugen?"),
    ("Jeg bruger kun lidt på tøj.", "Har du selv kigget på din netbank?"),
    ("Det er ikke et problem med tv-serierne.", "Har du regnet ud, hvor mange timer du ser?"),
    ("I don't gamble that much.", "Have you checked how much you spend?"),
])
def test_checking_a_played_down_habit_doubts_the_citizen(context: str, text: str) -> None:
    assert "cue=verify&minimise" in feats(text, context)


def test_the_same_check_without_a_played_down_claim_is_a_plain_question() -> None:
    f = feats("Har du tjekket togtiderne til på lørdag?", "Jeg skal til Odense.")
    assert "cue=verify" in f
    assert "cue=verify&minimise" not in f


@pytest.mark.parametrize("text", ["Har du talt med din sagsbehandler?", "Har du talt om det med din mor?"])
def test_talking_with_someone_is_not_a_check(text: str) -> None:
    assert "verify" not in fams(text)


@pytest.mark.parametrize("text", [
    "Har du tænkt over at købe et vækkeur?",
    "har du overvejet om du kunne spørge din nabo",
    "Har du ikke overvejet at sige op?",
    "Har I tænkt på, om I kunne lave et fast madskema?",
    "Have you thought about calling your sister?",
])
def test_a_suggestion_asked_as_a_question_is_advice(text: str) -> None:
    assert "advice" in fams(text)


def test_asking_about_the_citizens_history_is_no_suggestion() -> None:
    assert "advice" not in fams("Har du nogensinde overvejet at flytte tidligere?")


@pytest.mark.parametrize("text", [
    "Du har knoklet for at lære at bruge rollatoren.",
    "Du har arbejdet benhårdt for at få din eksamen.",
    "Hun har lagt meget energi i at træne benet.",
    "Du har lagt mange timer i jobsøgningen.",
    "You've worked really hard for this.",
])
def test_the_effort_behind_a_goal_is_praise(text: str) -> None:
    assert "affirm" in fams(text)


@pytest.mark.parametrize("text", ["Du har kæmpet med søvnen i flere uger.", "Han har kæmpet med hovedpinen."])
def test_a_struggle_with_a_hardship_is_no_praise(text: str) -> None:
    assert "affirm" not in fams(text)


@pytest.mark.parametrize(("text", "word"), [
    ("It sounds like that worries you", "bekymrer"),
    ("It sounds like that scares her", "skræmmer"),
    ("That must be tough", "må"),
    ("You feel left out at work", "overset"),
])
def test_english_feeling_words_are_glossed(text: str, word: str) -> None:
    assert word in analyse(text).tokens


@pytest.mark.parametrize("text", ["It sounds like that worries you", "It seems like the move scares you."])
def test_an_english_feeling_is_a_feeling_cue(text: str) -> None:
    assert "feel" in fams(text)


def test_the_head_of_a_compound_counts_as_the_citizens_word() -> None:
    f = feats("Du vil gerne have mere hjælp.", "Jeg vil gerne have mere hjemmehjælp.")
    assert "x=ov4" in f


def test_a_different_word_with_a_shared_start_is_still_new() -> None:
    f = feats("Du vil gerne have mere hjælp.", "Jeg vil gerne have mere hjemmetid.")
    assert "x=ov0" in f
