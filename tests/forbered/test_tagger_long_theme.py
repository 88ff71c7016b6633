"""The theme of a long message (three clauses or more) leans on the clause that carries the weight
(tagger._weigh_theme; annotation guide, theme section, "Long messages").

The rule is tested on hand-made clause tags and theme probabilities, so it holds whatever the model says; a
few end-to-end messages (fresh, not in the corpus or the probes) check that the tagger applies it on both
paths and leaves one- and two-clause messages to the message-level theme head."""

from __future__ import annotations

import numpy as np

from forbered.tagger import (
    LONG_STEP_MIN,
    LONG_THEME_WEIGHT,
    Tagger,
    _weigh_theme,
)
from forbered.tagger.features import analyse
from forbered.talk import THEMES, Clause, TaggedUtterance

CLASSES = sorted(THEMES)


def _p(**theme_probs: float) -> np.ndarray:
    """A theme distribution over CLASSES; what the named themes leave is spread over the others."""
    p = np.zeros(len(CLASSES), dtype=np.float32)
    rest = 1.0 - sum(theme_probs.values())
    others = [c for c in CLASSES if c not in theme_probs]
    for i, c in enumerate(CLASSES):
        p[i] = theme_probs.get(c, rest / len(others))
    return p


def _utt(theme: str, clauses: list[tuple[str, str, str | None, float]], *, safety: bool = False) -> TaggedUtterance:
    u = TaggedUtterance(text=" ".join(c[0] for c in clauses), speaker="citizen", talk_type="neutral", subtype=None,
                        theme=theme, sheet=None, safety=safety, confidence=0.7, evidence="")
    pos = 0
    for t, tt, st, conf in clauses:
        u.clauses.append(Clause(t, pos, pos + len(t), tt, st, "none", None, conf))
        pos += len(t) + 1
    return u


BACKGROUND_THEN_WISH = [
    ("Min veninde Sanne er flyttet til Kolding.", "neutral", None, 0.9),
    ("Vi har kendt hinanden i tyve år.", "neutral", None, 0.85),
    ("Jeg vil gerne kunne tage toget derned alene.", "change", "desire", 0.95),
]


def test_a_sure_weight_clause_tips_a_torn_message() -> None:
    u = _utt("relationer", BACKGROUND_THEN_WISH)
    p_msg = _p(relationer=0.55, mobilitet=0.40)
    p_cl = [_p(relationer=0.9), _p(relationer=0.8), _p(mobilitet=0.9)]
    _weigh_theme(u, p_msg, p_cl, CLASSES)
    assert u.theme == "mobilitet"


def test_a_sure_message_is_not_turned_by_a_weak_clause() -> None:
    u = _utt("relationer", BACKGROUND_THEN_WISH)
    p_msg = _p(relationer=0.95, mobilitet=0.03)
    p_cl = [_p(relationer=0.9), _p(relationer=0.8), _p(mobilitet=0.45, relationer=0.2)]
    _weigh_theme(u, p_msg, p_cl, CLASSES)
    assert u.theme == "relationer"


def test_the_blend_is_log_message_plus_weighted_log_clause() -> None:
    # relationer: log .6 + w log .1 ; mobilitet: log .3 + w log .8  -> mobilitet for w = 0.5, relationer for w -> 0
    u = _utt("relationer", BACKGROUND_THEN_WISH)
    p_msg, p_wish = _p(relationer=0.6, mobilitet=0.3), _p(mobilitet=0.8, relationer=0.1)
    p_cl = [_p(relationer=0.9), _p(relationer=0.9), p_wish]
    _weigh_theme(u, p_msg, p_cl, CLASSES)
    m, r = CLASSES.index("mobilitet"), CLASSES.index("relationer")
    expect = "mobilitet" if (np.log(0.3) + LONG_THEME_WEIGHT * np.log(0.8)
                             > np.log(0.6) + LONG_THEME_WEIGHT * np.log(0.1)) else "relationer"
    assert u.theme == expect == "mobilitet"
    assert p_msg[r] > p_msg[m]


def test_a_weight_clause_without_a_theme_of_its_own_keeps_the_message_theme() -> None:
    u = _utt("mobilitet", [
        ("Jeg har lyst til at tage kørekort.", "change", "desire", 0.9),
        ("Men teoriprøven er på skrift.", "neutral", None, 0.8),
        ("så det kan jeg ikke.", "sustain", "ability", 0.9),
    ])
    p_cl = [_p(mobilitet=0.9), _p(kommunikation=0.5), _p(none=0.6, sundhed=0.3)]
    _weigh_theme(u, _p(mobilitet=0.5, kommunikation=0.4), p_cl, CLASSES)
    assert u.theme == "mobilitet"


def test_no_weight_clause_keeps_the_message_theme() -> None:
    u = _utt("samfundsliv", [
        ("Hun arbejder på et værksted.", "neutral", None, 0.9),
        ("Hun er glad for kollegerne.", "neutral", None, 0.9),
        ("Men pengene slipper op før tid.", "neutral", None, 0.8),
    ])
    p_cl = [_p(beskaeftigelse=0.99), _p(beskaeftigelse=0.9), _p(samfundsliv=0.7)]
    _weigh_theme(u, _p(samfundsliv=0.5, beskaeftigelse=0.45), p_cl, CLASSES)
    assert u.theme == "samfundsliv"


def test_two_clauses_are_not_touched() -> None:
    u = _utt("relationer", BACKGROUND_THEN_WISH[1:])
    _weigh_theme(u, _p(relationer=0.5, mobilitet=0.45), [_p(relationer=0.9), _p(mobilitet=0.99)], CLASSES)
    assert u.theme == "relationer"


def test_a_safety_disclosure_keeps_the_message_theme() -> None:
    u = _utt("sundhed", BACKGROUND_THEN_WISH, safety=True)
    _weigh_theme(u, _p(sundhed=0.5, mobilitet=0.45), [_p(relationer=0.9), _p(relationer=0.9), _p(mobilitet=0.99)],
                 CLASSES)
    assert u.theme == "sundhed"


def test_a_purpose_clause_gives_way_to_the_wish_before_it() -> None:
    clauses = [
        ("Jeg får lommepenge om fredagen.", "neutral", None, 0.8),
        ("Jeg bruger dem på slik.", "neutral", None, 0.6),
        ("Jeg skal lære at spare op", "change", "need", 0.95),
        ("så jeg kan købe en ny telefon.", "change", "reasons", 0.75),
    ]
    p_msg = _p(samfundsliv=0.4, kommunikation=0.35)
    p_cl = [_p(samfundsliv=0.6), _p(sundhed=0.9), _p(samfundsliv=0.8), _p(kommunikation=0.9)]
    u = _utt("samfundsliv", clauses)
    _weigh_theme(u, p_msg, p_cl, CLASSES)
    assert u.theme == "samfundsliv"
    # the same wording as a conclusion ("så jeg kunne godt tænke mig …") is the weight clause itself
    clauses[3] = ("så jeg kunne godt tænke mig en ny telefon.", "change", "desire", 0.9)
    u = _utt("samfundsliv", clauses)
    _weigh_theme(u, p_msg, p_cl, CLASSES)
    assert u.theme == "kommunikation"


def test_the_weight_clause_is_the_one_the_talk_type_comes_from() -> None:
    # an unsure step before the last clause is background for the talk type, and so for the theme too
    clauses = [
        ("Jeg har gået til træning i et år.", "change", "taking_steps", LONG_STEP_MIN - 0.1),
        ("Det går fint.", "neutral", None, 0.9),
        ("Min søster kommer på søndag.", "neutral", None, 0.9),
    ]
    u = _utt("relationer", clauses)
    _weigh_theme(u, _p(relationer=0.5, sundhed=0.45), [_p(sundhed=0.99), _p(none=0.5), _p(relationer=0.9)],
                 CLASSES)
    assert u.theme == "relationer"
    clauses[0] = (clauses[0][0], "change", "taking_steps", LONG_STEP_MIN + 0.05)
    u = _utt("relationer", clauses)
    _weigh_theme(u, _p(relationer=0.5, sundhed=0.45), [_p(sundhed=0.99), _p(none=0.5), _p(relationer=0.9)],
                 CLASSES)
    assert u.theme == "sundhed"


# -- end to end ---------------------------------------------------------------------------------------

LONG = [
    # a friend in the background, the train in the wish
    ("citizen", "mobilitet",
     "Min bedste ven hedder Ali og vi har kendt hinanden siden folkeskolen. Han er flyttet til Horsens med sin "
     "familie. Jeg vil gerne lære at tage toget til Horsens alene, så jeg kan besøge ham."),
    # work in the background, a friend in the wish
    ("citizen", "relationer",
     "Jeg har været på værkstedet i fem år og jeg laver stearinlys. Det er et godt arbejde. Men jeg har ingen venner "
     "uden for værkstedet, og jeg vil gerne finde en ven at se film med i weekenden."),
    ("citizen", "egenomsorg",
     "Min kæreste hjælper mig meget om morgenen efter min hjerneskade. Hun er sød og tålmodig. Men jeg vil gerne selv "
     "kunne barbere mig og tage skjorte på igen."),
    ("relative", "kommunikation",
     "Min mormor bor på plejehjem i Aalborg, og vi besøger hende sjældent. Hun har fået en tablet af os til jul. Hun "
     "siger at hun gerne vil lære at bruge den til videoopkald."),
    ("citizen", "beskaeftigelse",
     "Jeg har spillet guitar siden jeg var ti, og jeg spiller i et band med mine fætre. Vi øver hver lørdag. Jeg vil "
     "rigtig gerne på en musikskole og tage en uddannelse som lydtekniker."),
]

SHORT = [
    ("citizen", "Min ven bor i Horsens, og jeg vil gerne tage toget derhen."),
    ("relative", "Hun vil gerne lære at bruge sin tablet."),
    ("citizen", "Jeg er god til guitar"),
]


def test_long_messages_take_the_weight_clause_theme(tagger: Tagger) -> None:
    us = tagger.tag_many([(t, s) for s, _, t in LONG])
    for (_, theme, text), u in zip(LONG, us):
        assert len(u.clauses) >= 3, text
        assert u.theme == theme, text


def test_long_message_themes_agree_on_fast_and_plain(tagger: Tagger) -> None:
    plain = Tagger(tagger.models, tagger.nlp, fast=False)
    fast = Tagger(tagger.models, tagger.nlp, fast=True)
    items = [(t, s) for s, _, t in LONG] + [(t, s) for s, t in SHORT]
    for a, b in zip(fast.tag_many(items), plain.tag_many(items)):
        assert a.to_dict() == b.to_dict()


def test_a_wish_after_men_weighs_in_on_a_two_clause_message(tagger: Tagger) -> None:
    """Background, then a "men" clause with a direction: the wish's theme counts too (the friend, not the workshop)."""
    u = tagger.tag("Jeg laver stearinlys på værkstedet, men jeg vil gerne have en ven.", "citizen")
    assert len(u.clauses) < 3
    assert (u.talk_type, u.theme) == ("change", "relationer")


def test_short_messages_keep_the_message_level_theme(tagger: Tagger) -> None:
    theme_classes = tagger.models["theme"].classes
    for (s, t), u in zip(SHORT, tagger.tag_many([(t, s) for s, t in SHORT])):
        assert len(u.clauses) < 3, t
        p = tagger._probas_rows(tagger._rows(analyse(t), s))["theme"]
        assert u.theme == theme_classes[int(p.argmax())], t
