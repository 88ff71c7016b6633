"""Safety in long messages and neglect (December 2026).

(a) The safety head also scores each clause of a message of two clauses or more, and the best clause flags at
tagger.SAFETY_CLAUSE_THRESHOLD (chosen by train.safety_clause_threshold); the evidence is that clause. The fast and
the plain path must decide alike. (b) Neglect of a dependent person and sexual abuse told indirectly are rule groups
in safety_rules.py; their look-alikes (care that works, lying in bed by choice or pain, refusing a bath oneself,
ordinary loneliness) stay quiet. The sentences here were written for these tests, not taken from any probe."""

from __future__ import annotations

import json

import numpy as np
import pytest

from forbered import paths
from forbered.tagger import SAFETY_CLAUSE_THRESHOLD, Tagger, _best_clause, _clauses
from forbered.tagger.features import analyse, featurize
from forbered.tagger.rules import safety_hit

LONG = ("Vi var i Føtex i går og købte ind til weekenden. Bagefter drak vi kaffe hos min søster. "
        "Om aftenen sad jeg alene og tænkte at jeg ikke har noget at leve for. I dag skal jeg vaske tøj.")


@pytest.fixture(scope="module")
def plain(tagger: Tagger) -> Tagger:
    return Tagger(tagger.models, tagger.nlp, fast=False)


def _clause_probs(t: Tagger, text: str) -> list[float]:
    i = t.models["safety"].classes.index("true")
    return [float(t._probas_rows(t._rows(analyse(p), "citizen"))["safety"][i]) for p, _, _ in _clauses(analyse(text).text)]


def test_best_clause_picks_the_highest_and_none_for_one_clause() -> None:
    assert _best_clause([], []) is None
    assert _best_clause([(0, 5), (6, 10), (11, 20)], [0.2, 0.9, 0.9]) == (0.9, 6, 10)


def test_clause_threshold_is_at_least_the_message_threshold(tagger: Tagger) -> None:
    assert tagger.safety_clause_threshold >= tagger.safety_threshold
    assert tagger.safety_clause_threshold == max(SAFETY_CLAUSE_THRESHOLD, tagger.safety_threshold)


def test_safety_decision_from_a_clause(tagger: Tagger) -> None:
    a = analyse("Vi spiste frikadeller. Jeg vil ikke være her. Så så vi tv.")
    start = a.text.index("Jeg vil")
    end = a.text.index("Så så")
    th = tagger.safety_clause_threshold
    assert tagger._safety(a, 0.0, (th, start, end - 1)) == (True, a.text[start:end - 1])
    if th > 0.0:
        assert tagger._safety(a, 0.0, (th - 1e-6, start, end - 1)) == (False, None)
    assert tagger._safety(a, 0.0, None) == (False, None)


@pytest.mark.parametrize("text", [
    LONG,
    "Min datter på 17 har fået job i en bager. Hun er glad for det. Men hun siger at hun bliver slået af sin kæreste, "
    "og hun har blå mærker. Vi skal til fødselsdag på lørdag.",
    "Jeg har haft en god uge med mange gåture, men jeg har det skidt. Jeg spiser ikke. Jeg ser meget fjernsyn.",
])
def test_fast_and_plain_agree_when_a_clause_decides(tagger: Tagger, plain: Tagger, text: str) -> None:
    """With the clause threshold set just under the text's best clause, both paths flag it on that clause."""
    probs = _clause_probs(tagger, text)
    assert len(probs) >= 2
    saved = (tagger.safety_clause_threshold, plain.safety_clause_threshold, tagger.safety_threshold, plain.safety_threshold)
    try:
        for t in (tagger, plain):
            t.safety_threshold = 1.01  # only the clause can decide
            t.safety_clause_threshold = max(probs) - 1e-9
        fast_u, plain_u = tagger.tag(text), plain.tag(text)
        assert fast_u.to_dict() == plain_u.to_dict()
        if safety_hit(analyse(text).norm) is None:
            assert fast_u.safety
            best = int(np.argmax(probs))
            assert fast_u.evidence == _clauses(analyse(text).text)[best][0]
        for t in (tagger, plain):
            t.safety_clause_threshold = max(probs) + 1e-6
        assert tagger.tag(text).to_dict() == plain.tag(text).to_dict()
    finally:
        tagger.safety_clause_threshold, plain.safety_clause_threshold, tagger.safety_threshold, plain.safety_threshold = saved


def test_one_clause_message_has_no_clause_score(tagger: Tagger) -> None:
    assert _clauses(analyse("jeg har det fint i dag").text) == []


def test_clause_oof_scores_every_line(tmp_path) -> None:
    """train.safety_oof_clauses: one message and one best-clause probability per line, 0 for one-clause lines."""
    from forbered.tagger.train import safety_oof_clauses

    lines = []
    for i in range(24):
        base = {"speaker": "citizen", "talk_type": "neutral", "subtype": None, "theme": None, "sheet": None}
        lines.append({**base, "text": f"jeg vil ikke leve mere {i}", "safety": True})
        lines.append({**base, "text": f"Vi var i byen. Det var hyggeligt {i}. Vi fik is.", "safety": False})
    feats = [featurize(analyse(r["text"]), "citizen") for r in lines]
    p, pc = safety_oof_clauses(lines, feats, 0.03, folds=2)
    assert p.shape == pc.shape == (len(lines),)
    assert all(pc[i] == 0.0 for i in range(0, len(lines), 2))
    assert all(0.0 < pc[i] < 1.0 for i in range(1, len(lines), 2))


NEGLECT = [
    "ingen kommer og skifter min mormor, hun har haft den samme ble på siden i morges",
    "min far har ligget i sin våde ble hele natten",
    "de har ikke givet min søster hendes medicin i fire dage",
    "nattevagten glemmer at give ham hans sovemedicin",
    "hjemmehjælperen er ikke kommet i tre døgn og jeg har ikke fået noget at spise",
    "jeg har ikke fået mad i dag fordi hjælperen ikke kom",
    "hun sidder i afføring når vi kommer på besøg",
    "ingen har set til min mor siden lørdag",
    "de gider ikke hjælpe ham op om morgenen, så han ligger der til middag",
    "de lader hende sidde i kørestolen i timevis uden at komme på toilettet",
    "jeg trykker på alarmen om natten men der kommer ingen",
    "personalet kommer ikke når han ringer på klokken",
    "min far har fået liggesår fordi de ikke vender ham",
    "min bror har ikke været i bad i over en måned på plejehjemmet",
    "ingen hjælper min mormor med at spise, så hun får næsten ingenting",
    "hun er blevet efterladt alene hele weekenden selvom hun ikke kan gå",
]
NEGLECT_LOOKALIKES = [
    "hjemmeplejen kommer kl 8 og hjælper mig i tøjet",
    "hjemmehjælperen skifter min mors ble morgen og aften, det fungerer godt",
    "jeg ligger meget i sengen når jeg har ondt i ryggen",
    "min far har ikke været i bad i et stykke tid fordi han ikke gider, siger han selv",
    "jeg glemmer tit at give katten mad",
    "ingen har besøgt mig siden jul, jeg er lidt ensom",
    "jeg får ikke min mad før kl 18, så dagen er lang",
    "jeg har ikke fået morgenmad endnu",
    "personalet giver ham medicin morgen og aften",
    "vi lader ham sove længe om søndagen",
    "jeg er faldet tilbage og ryger igen",
    "hjemmeplejen kom lidt sent i dag på grund af sne, men de ringede",
    "jeg skifter kanal når der kommer reklamer",
    "ingen skifter mening her i huset",
    "jeg ringer på klokken når jeg skal på toilettet, og de kommer hurtigt",
]
SEXUAL = [
    "han rører mig på numsen når ingen kigger",
    "han stak hånden ind under min bluse i elevatoren",
    "en fyr fra skolen trak mine bukser ned bag cykelskuret",
    "han sagde at jeg skulle klæde mig af og lægge mig på sengen",
    "min fætter sniger sig ind til mig når mine forældre sover",
    "jeg kan ikke huske noget fra festen, jeg vågnede uden tøj i en fremmed seng",
]
SEXUAL_LOOKALIKES = [
    "lægen sagde jeg skulle klæde mig af til undersøgelsen",
    "hjælperen tager mit tøj af når jeg skal i bad",
    "min kat kommer ind til mig om natten når min kæreste sover",
    "jeg kan ikke huske hvor jeg har lagt mine nøgler",
    "min søn blev slået i fodbold og fik en blå tå",
]


@pytest.mark.parametrize("text", NEGLECT + SEXUAL)
def test_neglect_and_indirect_sexual_abuse_hit(text: str) -> None:
    assert safety_hit(analyse(text).norm) is not None, text


@pytest.mark.parametrize("text", NEGLECT_LOOKALIKES + SEXUAL_LOOKALIKES)
def test_lookalikes_stay_quiet(text: str) -> None:
    m = safety_hit(analyse(text).norm)
    assert m is None, (text, m.group(0))


def test_rules_on_ordinary_corpus_lines_did_not_grow() -> None:
    """Rule hits on the ordinary (non-safety) lines of both corpora: only the trainer lines that mention 112."""
    hits = []
    for name in ("tagger", "coder"):
        path = paths.data_dir() / name / "train.jsonl"
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            text = r.get("text") or ""
            if not r.get("safety") and safety_hit(analyse(text).norm) is not None:
                hits.append(text)
    assert all("112" in t for t in hits), hits
    assert len(hits) <= 2, hits
