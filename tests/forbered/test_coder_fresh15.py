"""Behaviours fixed after a fifteenth review of trainee lines: choice questions with options after a dash, without "?",
as "at"-clauses or in English (and their own form, apart from open questions); the problem made small ("det handler
bare om at …", "tage sig lidt sammen"); "er det nu ikke smart at …?" as a suggestion, not doubt; the citizen's words held
against them as a repeat ("det sagde du også i går", "You told me that last week") and "jeg sagde jo …"; autonomy before
"men" as a lead-in to advice. Examples are fresh (not in the corpus); the tests check the features, so they do not need a
retrained model."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse, featurize


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


@pytest.mark.parametrize("text", [
    "Hvad skal vi øve først, trappen eller badet",
    "hvad vil du helst i morgen - svømning eller en gåtur",
    "Hvad er mest besværligt for dig, at tage bad eller at klæde dig på?",
    "Which is worse for you, the pain or the tiredness?",
    "What do you want to talk about first, your son or the money?",
])
def test_options_after_a_dash_without_qmark_as_clauses_or_in_english_make_a_choice_question(text: str) -> None:
    f = feats(text)
    assert "choice_q" in f
    assert "f_last=choice" in f and "f_last=open_qw" not in f


@pytest.mark.parametrize("text", [
    "Hvad gør du, når du er sulten eller træt?",
    "Hvad er vigtigt for dig, at din far får det godt?",
    "Hvad tænker du - eller er det for svært at sige?",
    "What do you do when you feel sad or angry?",
    "Hvad har du lyst til i dag",
])
def test_a_subordinate_clause_or_a_lone_clause_is_no_choice(text: str) -> None:
    f = feats(text)
    assert "choice_q" not in f
    assert "f_last=choice" not in f


@pytest.mark.parametrize("text", [
    "Det handler jo bare om at tage sig lidt sammen.",
    "det drejer sig kun om at ville det",
    "Det er bare et spørgsmål om viljestyrke.",
    "Tag dig nu bare sammen.",
])
def test_the_problem_made_small_is_a_confront_cue(text: str) -> None:
    assert "confront" in fams(text)


@pytest.mark.parametrize("text", [
    "Det handler om at du skal tage dig sammen.",
    "det handler om at du bare skal komme afsted",
])
def test_must_after_it_is_about_is_no_meaning_reflection(text: str) -> None:
    assert "cr" not in fams(text)


@pytest.mark.parametrize("text", [
    "Det handler om, at du savner dit gamle arbejde.",
    "For dig handler det om at blive set.",
])
def test_it_is_about_without_must_stays_a_reflection_cue(text: str) -> None:
    hits = fams(text)
    assert "cr" in hits and "confront" not in hits


def test_pulling_yourself_together_is_no_autonomy_cue() -> None:
    assert "autonomy" not in fams("Du må tage dig sammen nu.")
    assert "autonomy" in fams("Vi finder ud af det sammen.")


@pytest.mark.parametrize("text", [
    "Er det nu ikke smart at tage en pause?",
    "er det ikke klogere at spørge din kontaktperson",
    "Ville det nu ikke være bedre at købe ind om morgenen?",
    "Var det så ikke en god idé at ringe til din søster?",
    "Wouldn't it be smart to set a reminder?",
    "Isn't it better to take the bus?",
])
def test_a_negated_should_question_is_a_suggestion_not_doubt(text: str) -> None:
    hits = fams(text)
    assert "softadvice" in hits
    assert "rhetq" not in hits and "affirm" not in hits


@pytest.mark.parametrize("text", [
    "Er det nu klogt at droppe tandlægen?",
    "Er det nu ikke lidt tidligt at stoppe med træningen?",
])
def test_doubt_without_the_negation_stays_rhetorical(text: str) -> None:
    hits = fams(text)
    assert "rhetq" in hits and "softadvice" not in hits


def test_better_now_is_a_plain_question() -> None:
    assert "softadvice" not in fams("Er det ikke bedre nu?")


@pytest.mark.parametrize(("context", "text"), [
    ("Fra på mandag spiser jeg sundt.", "Det sagde du også forrige gang."),
    ("Jeg skal nok rydde op.", "Du har sagt nøjagtig det samme hver uge."),
    ("Jeg betaler regningen i morgen.", "Det har du lovet mig flere gange."),
    ("I'll call the landlord tomorrow.", "You said the same thing yesterday."),
    ("I'm going to cut down.", "You told me that last week."),
    ("I'll start soon.", "You've been telling me that for months."),
    ("Nu er jeg blevet smidt ud.", "Jeg sagde jo, at det ville ende sådan."),
])
def test_a_repeat_held_against_the_citizen_is_a_confront_cue(context: str, text: str) -> None:
    assert "confront" in fams(text, context)


@pytest.mark.parametrize("text", [
    "Det fortalte hun mig i går.",
    "Du fortalte mig sidste gang, at din kat betyder meget for dig.",
    "Du har sagt, at du gerne vil have mere ro.",
    "You told me you wanted to go back to school.",
])
def test_recalling_what_the_citizen_said_is_no_repeat(text: str) -> None:
    assert "confront" not in fams(text)


def test_autonomy_before_men_leads_in_to_advice() -> None:
    f = feats("Det er dit valg, men jeg tror, du vil få stor glæde af holdet.")
    assert "cue=autonomy&before_men" in f and "cue=autonomy" not in f
    assert "cue=softadvice" in f
    assert "cue=autonomy" in feats("Det er dit valg, om du vil med på holdet.")


def test_that_before_a_subject_is_the_conjunction_in_english() -> None:
    assert "mig at du" in analyse("You told me that you wanted a dog.", "").norm
    assert "mig det i sidste uge" in analyse("You told me that last week.", "").norm


def test_good_control_is_praise() -> None:
    assert "affirm" in fams("Du har virkelig godt styr på din medicin.")
    assert "affirm" not in fams("Du har ikke styr på din medicin.")
