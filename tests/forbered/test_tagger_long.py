"""Long messages (three clauses or more) take their message-level label from the per-clause tags
(tagger._weigh_clauses; annotation guide, "Long messages").

The rule is tested on hand-made clause tags, so it holds whatever the model says; a few end-to-end
messages (fresh, not in the corpus or the probes) check that the tagger applies it, on both paths."""

from __future__ import annotations

import pytest

from forbered.tagger import (
    LONG_CHANGE_MIN,
    LONG_STEP_MIN,
    LONG_SUSTAIN_MIN,
    Tagger,
    _weigh_clauses,
)
from forbered.talk import Clause, TaggedUtterance


def _utt(msg: tuple[str, str | None, str | None], clauses: list[tuple[str, str, str | None, str | None, float]],
         *, safety: bool = False) -> TaggedUtterance:
    talk_type, subtype, sheet = msg
    text = " ".join(c[0] for c in clauses)
    u = TaggedUtterance(text=text, speaker="citizen", talk_type=talk_type, subtype=subtype, theme="none", sheet=sheet,
                        safety=safety, confidence=0.7, evidence="x")
    pos = 0
    for t, tt, st, sh, conf in clauses:
        u.clauses.append(Clause(t, pos, pos + len(t), tt, st, "none", sh, conf))
        pos += len(t) + 1
    return u


def _labels(u: TaggedUtterance) -> tuple[str, str | None, str | None]:
    return u.talk_type, u.subtype, u.sheet


def test_a_wish_in_a_middle_clause_decides_when_details_follow() -> None:
    u = _utt(("neutral", None, "parking"), [
        ("Jeg har boet på bostedet i otte år.", "neutral", None, None, 0.9),
        ("Der er tit uro om aftenen.", "neutral", None, "parking", 0.95),
        ("Jeg vil gerne have min egen lejlighed.", "change", "desire", "hope", 0.93),
        ("Min kusine bor i Hobro.", "neutral", None, None, 0.8),
    ])
    _weigh_clauses(u)
    assert _labels(u) == ("change", "desire", "hope")
    assert u.confidence == pytest.approx(0.93)


def test_the_last_confident_direction_wins() -> None:
    u = _utt(("change", "desire", "hope"), [
        ("Jeg ville gerne male igen.", "change", "desire", "hope", 0.9),
        ("Jeg har ikke råd til farver.", "neutral", None, "parking", 0.7),
        ("Det gider jeg ikke bruge penge på.", "sustain", "commitment", None, 0.9),
    ])
    _weigh_clauses(u)
    assert _labels(u) == ("sustain", "commitment", None)


def test_weak_sustain_in_a_told_problem_does_not_decide() -> None:
    # the whole message read as sustain because of its "ikke"s; no clause is sure sustain talk -> neutral + parking
    u = _utt(("sustain", "ability", None), [
        ("Bussen kommer ikke om søndagen.", "neutral", None, "parking", 0.8),
        ("Så kommer jeg ikke ud til min søster.", "neutral", None, "parking", 0.85),
        ("Og jeg kan ikke rigtig gøre noget ved det.", "neutral", None, None, 0.6),
    ])
    _weigh_clauses(u)
    assert _labels(u) == ("neutral", None, "parking")
    assert u.evidence == ""


def test_sustain_below_its_threshold_is_not_a_direction_but_agreeing_clauses_keep_the_message() -> None:
    u = _utt(("sustain", "ability", None), [
        ("Han har fået en ny rollator.", "neutral", None, None, 0.9),
        ("Den er tung at løfte ind i bilen.", "neutral", None, "parking", 0.9),
        ("Han kan ikke selv få den ind.", "sustain", "ability", None, LONG_SUSTAIN_MIN - 0.1),
    ])
    _weigh_clauses(u)
    assert _labels(u) == ("sustain", "ability", None)  # a clause shares the message's direction: kept


def test_change_below_its_threshold_does_not_decide() -> None:
    u = _utt(("neutral", None, "parking"), [
        ("Min mor ringer hver dag.", "neutral", None, None, 0.9),
        ("Hun spørger om alt muligt.", "change", "desire", "hope", LONG_CHANGE_MIN - 0.1),
        ("Det fylder meget.", "neutral", None, "parking", 0.95),
    ])
    _weigh_clauses(u)
    assert _labels(u) == ("neutral", None, "parking")


def test_a_wish_undercut_by_men_is_sustain() -> None:
    u = _utt(("change", "desire", "hope"), [
        ("Jeg kunne godt tænke mig at spille i et band.", "change", "desire", "hope", 0.95),
        ("men jeg bliver så nervøs foran andre", "neutral", None, "parking", 0.8),
        ("så jeg spiller bare på mit værelse", "neutral", None, None, 0.6),
    ])
    _weigh_clauses(u)
    assert _labels(u) == ("sustain", "ability", None)


def test_a_wish_after_the_men_is_change() -> None:
    u = _utt(("sustain", "ability", None), [
        ("Jeg har aldrig kunnet lide vand.", "neutral", None, None, 0.6),
        ("Svømmehallen larmer.", "neutral", None, "parking", 0.9),
        ("men jeg vil gerne lære at svømme", "change", "desire", "hope", 0.9),
    ])
    _weigh_clauses(u)
    assert _labels(u) == ("change", "desire", "hope")


def test_an_early_step_counts_only_when_sure() -> None:
    clauses = [
        ("Han har været på sygehuset to gange i år.", "change", "taking_steps", "goal_progress", LONG_STEP_MIN - 0.15),
        ("Han sover dårligt.", "neutral", None, "parking", 0.9),
        ("Vi er bekymrede.", "neutral", None, "parking", 0.95),
    ]
    u = _utt(("neutral", None, "parking"), clauses)
    _weigh_clauses(u)
    assert _labels(u) == ("neutral", None, "parking")
    sure = [(clauses[0][0], "change", "taking_steps", "goal_progress", LONG_STEP_MIN + 0.05)] + clauses[1:]
    u = _utt(("neutral", None, "parking"), sure)
    _weigh_clauses(u)
    assert _labels(u) == ("change", "taking_steps", "goal_progress")
    # the same weak step in the last clause is the news of the message
    last = clauses[1:] + [("Nu har han gået en tur hver dag.", "change", "taking_steps", "goal_progress", 0.65)]
    u = _utt(("neutral", None, "parking"), last)
    _weigh_clauses(u)
    assert _labels(u) == ("change", "taking_steps", "goal_progress")


def test_a_step_undercut_by_men_is_a_told_problem() -> None:
    u = _utt(("sustain", "ability", None), [
        ("Vandhanen drypper hele natten.", "neutral", None, "parking", 0.9),
        ("Jeg har ringet til viceværten", "change", "taking_steps", "goal_progress", 0.95),
        ("men han kommer ikke", "neutral", None, "parking", 0.8),
    ])
    _weigh_clauses(u)
    assert _labels(u) == ("neutral", None, "parking")


def test_two_clauses_keep_the_last_contrast_rule() -> None:
    u = _utt(("neutral", None, None), [
        ("Hun siger hun er okay.", "neutral", None, None, 0.9),
        ("Hun vil gerne have en hund.", "change", "desire", "hope", 0.95),
    ])
    _weigh_clauses(u)
    assert _labels(u) == ("neutral", None, None)  # no "men": two-clause messages are as before


def test_a_safety_disclosure_keeps_its_message_level_tags() -> None:
    u = _utt(("neutral", None, "parking"), [
        ("Jeg har det skidt.", "neutral", None, "parking", 0.9),
        ("Jeg tænker tit på at jeg ikke gider leve mere.", "sustain", "desire", None, 0.9),
        ("Men jeg vil gerne have det bedre.", "change", "desire", "hope", 0.95),
    ], safety=True)
    _weigh_clauses(u)
    assert _labels(u) == ("neutral", None, "parking")


# -- end to end ---------------------------------------------------------------------------------------

LONG = [
    # a wish in the middle, names and plans after it
    ("citizen", "Jeg har arbejdet i vaskeriet på dagcentret i seks år og folder håndklæder. Det er fint nok men jeg keder "
                "mig tit. Jeg vil rigtig gerne arbejde i et bageri. Min nabo Jens er bager. Han står op klokken tre."),
    # a told problem full of "ikke", no wish and no refusal
    ("citizen", "Min nye nabo har fået en papegøje. Den skriger hver morgen fra klokken seks og jeg kan ikke sove længere. "
                "Jeg har skrevet til boligforeningen men de har ikke svaret. Det fylder rigtig meget i mit hoved."),
    ("relative", "Min mor er 81 og faldt i køkkenet i februar. Hun har været meget bange siden og sidder mest i stolen. "
                 "Men i sidste uge gik hun selv ned til købmanden med sin rollator, og hun var så stolt."),
]


def test_long_messages_end_to_end(tagger: Tagger) -> None:
    wish, problem, step = tagger.tag_many([(t, s) for s, t in LONG])
    assert len(wish.clauses) >= 3 and (wish.talk_type, wish.subtype, wish.sheet) == ("change", "desire", "hope")
    assert problem.talk_type == "neutral" and problem.sheet == "parking"
    assert (step.talk_type, step.subtype, step.sheet) == ("change", "taking_steps", "goal_progress")


def test_long_messages_fast_and_plain_agree(tagger: Tagger) -> None:
    plain = Tagger(tagger.models, tagger.nlp, fast=False)
    fast = Tagger(tagger.models, tagger.nlp, fast=True)
    items = [(t, s) for s, t in LONG]
    for a, b in zip(fast.tag_many(items), plain.tag_many(items)):
        assert a.to_dict() == b.to_dict()
