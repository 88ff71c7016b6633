"""Round 21 (December 2026): a wish weighed down by a told problem after "men", sport clubs, compound worry nouns,
question-dependent bare nouns, past-tense steps with a recent time and "orker ikke" negation flips. Rule-level
cases written for the behaviours, not copied from the probes."""

from __future__ import annotations

import pytest

from forbered.tagger import _weigh_last_contrast, _word_readings, rules
from forbered.tagger.features import analyse
from forbered.tagger.lexicon import noun_valence, open_noun, token_themes
from forbered.talk import Clause, TaggedUtterance


def _two_clauses(first: tuple[str, str, str | None, str | None], last: tuple[str, str, str | None, str | None],
                 message: tuple[str, str | None, str | None]) -> TaggedUtterance:
    (t1, k1, s1, h1), (t2, k2, s2, h2) = first, last
    text = f"{t1} {t2}"
    cl = [Clause(t1, 0, len(t1), k1, s1, "none", h1, 0.9), Clause(t2, len(t1) + 1, len(text), k2, s2, "none", h2, 0.7)]
    kind, sub, sheet = message
    return TaggedUtterance(text=text, speaker="citizen", talk_type=kind, subtype=sub, theme="none", sheet=sheet,
                           safety=False, confidence=0.8, evidence="", clauses=cl)


@pytest.mark.parametrize("problem, sheet", [
    ("men jeg har ingen at tage med", None),
    ("men der er for langt derhen", "parking"),
    ("men jeg skammer mig over min vægt", "parking"),
])
def test_a_wish_then_men_and_a_told_problem_is_sustain(problem, sheet):
    u = _two_clauses(("jeg vil gerne til koncert,", "change", "desire", "hope"), (problem, "neutral", None, sheet),
                     ("change", "desire", "hope"))
    _weigh_last_contrast(u)
    assert (u.talk_type, u.subtype, u.sheet) == ("sustain", "ability", None)


@pytest.mark.parametrize("hedge", ["men kun om formiddagen", "men først efter jul"])
def test_a_wish_with_a_condition_after_men_stays_a_wish(hedge):
    u = _two_clauses(("jeg vil gerne i praktik,", "change", "desire", "hope"), (hedge, "neutral", None, "parking"),
                     ("change", "desire", "hope"))
    _weigh_last_contrast(u)
    assert (u.talk_type, u.sheet) == ("change", "hope")


def test_a_step_then_men_and_a_problem_is_not_made_sustain():
    u = _two_clauses(("jeg har ringet til dem,", "change", "taking_steps", "goal_progress"),
                     ("men de tog den ikke", "neutral", None, "parking"), ("change", "taking_steps", "goal_progress"))
    _weigh_last_contrast(u)
    assert u.talk_type == "change"


def test_the_sheet_follows_the_men_clause_when_it_flips_the_talk():
    u = _two_clauses(("jeg kunne godt tænke mig at male,", "change", "desire", "hope"),
                     ("men det kan jeg ikke med min hånd", "sustain", "ability", None), ("change", "desire", "hope"))
    _weigh_last_contrast(u)
    assert (u.talk_type, u.sheet) == ("sustain", None)
    u = _two_clauses(("jeg har svært ved det,", "sustain", "ability", None),
                     ("men jeg vil gerne prøve at strikke", "change", "activation", "hope"), ("sustain", "ability", None))
    _weigh_last_contrast(u)
    assert (u.talk_type, u.subtype, u.sheet) == ("change", "activation", "hope")
    u = _two_clauses(("jeg vil gerne ud at danse,", "change", "desire", "hope"),
                     ("men jeg kan ikke holde til det", "sustain", "ability", None), ("sustain", "ability", "hope"))
    _weigh_last_contrast(u)
    assert u.sheet is None  # already sustain: no hope left on it


@pytest.mark.parametrize("word, theme", [
    ("løbeklubben", "sundhed"), ("roklubben", "sundhed"), ("badmintonklub", "sundhed"), ("løbetur", "sundhed"),
    ("ungdomsklubben", "samfundsliv"), ("klubben", "samfundsliv"),
])
def test_a_sport_club_is_sport(word, theme):
    assert token_themes(word) == (theme,)


@pytest.mark.parametrize("noun, valence", [
    ("varmeregningen", "parking"), ("nakkesmerter", "parking"), ("sms-lån", None), ("kviklånet", "parking"),
    ("studiegælden", "parking"), ("epilepsien", "parking"), ("bedstefar", "resource"), ("storesøster", "resource"),
    ("hamsteren", "resource"), ("skolen", None), ("regnbue", None),
])
def test_compound_worry_nouns_and_more_joys(noun, valence):
    assert noun_valence(noun) == valence


@pytest.mark.parametrize("text, sheet", [
    ("min uddannelse", None), ("mit værksted", None), ("min lejlighed", None), ("mit nye hus 😊", "resource"),
    ("min lejlighed 😩", "parking"),
    ("min kassekredit", "resource"),  # a noun of no known valence keeps the classifier's reading
])
def test_bare_nouns_whose_valence_depends_on_the_question_get_no_sheet(text, sheet):
    a = analyse(text)
    out = _word_readings(a, "neutral", None, "neutral", "resource", "none")
    assert out[0] == "neutral" and out[3] == sheet, text
    assert open_noun("værelset") and not open_noun("husleje")


@pytest.mark.parametrize("text, step", [
    ("i tirsdags cyklede jeg hele vejen til skolen", True),
    ("jeg vaskede selv op i onsdags", True),
    ("hun tog selv toget til sin søster i lørdags", True),
    ("jeg sov hos min kæreste hele forrige weekend", True),
    ("jeg var ked af det i tirsdags", False),
    ("jeg havde ondt i ryggen i forrige uge", False),
    ("jeg cykler til skolen", False),
])
def test_a_past_action_with_a_recent_time_is_a_step_cue(text, step):
    assert ("taking_steps" in rules.hits(analyse(text).norm)) is step, text


@pytest.mark.parametrize("text, sustain", [
    ("jeg orker ikke mere at bo i alt det rod", False),
    ("jeg orker ikke at blive ved med at være træt hele tiden", False),
    ("jeg orker ikke at være alene mere", False),
    ("jeg orker ikke at gå til svømning", True),
    ("jeg orker ikke mine lektier", True),
])
def test_orker_ikke_flips_like_gider_ikke(text, sustain):
    assert ("sustain" in rules.hits(analyse(text).norm)) is sustain, text
