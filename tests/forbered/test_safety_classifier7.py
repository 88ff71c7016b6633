"""The safety threshold is chosen for the model that serves (December 2026).

The served safety head is trained on train.jsonl plus the look-alikes (safety_lookalikes.jsonl, all "false"); the
block-CV models that choose its threshold (train.safety_oof, safety_oof_clauses) now see the look-alikes in every
fold's training set too, while the false alarms are still counted on the training lines alone. The sentences here
were written for these tests, not taken from any probe."""

from __future__ import annotations

import numpy as np

from forbered.tagger import train as T
from forbered.tagger.features import analyse, featurize

BASE = {"speaker": "citizen", "talk_type": "neutral", "subtype": None, "theme": None, "sheet": None}


WISH = {"speaker": "citizen", "talk_type": "change", "subtype": "desire", "theme": "relationer", "sheet": "hope"}


def _corpus(n: int = 24) -> list[dict]:
    lines = []
    for i in range(n):
        lines.append({**BASE, "text": f"jeg vil ikke leve mere nummer {i}", "sheet": "parking", "theme": "sundhed",
                      "safety": True})
        lines.append({**BASE, "text": f"vi spillede kort og drak kaffe nummer {i}", "safety": False})
        lines.append({**WISH, "text": f"jeg vil gerne leve et roligt liv med min hund nummer {i}", "safety": False})
    return lines


def _feats(lines: list[dict]) -> list[list[str]]:
    return [featurize(analyse(r["text"]), r.get("speaker") or "citizen") for r in lines]


LOOKALIKES = ["jeg kan ikke leve uden min musik", "jeg vil ikke leve uden kaffe om morgenen",
              "han vil ikke leve i en lille lejlighed", "jeg vil ikke leve af pizza hele ugen"] * 5


def test_oof_without_lookalikes_is_unchanged() -> None:
    lines = _corpus()
    feats = _feats(lines)
    p0 = T.safety_oof(lines, feats, 0.03, folds=3)
    p1 = T.safety_oof(lines, feats, 0.03, folds=3, lookalike_feats=[])
    assert p0.shape == (len(lines),)
    np.testing.assert_allclose(p0, p1, atol=1e-4)


def test_lookalikes_join_every_fold_and_lower_their_wording() -> None:
    """One score per training line (the look-alikes are not scored); with them in the folds a harmless line that
    shares their wording scores lower, in the message and in the clause scores alike."""
    lines = _corpus()
    lines[-1] = {**BASE, "text": "jeg vil ikke leve uden min kaffe", "safety": False}
    feats = _feats(lines)
    look = [featurize(analyse(t), "citizen") for t in LOOKALIKES]
    p0 = T.safety_oof(lines, feats, 0.03, folds=3)
    p1 = T.safety_oof(lines, feats, 0.03, folds=3, lookalike_feats=look)
    assert p1.shape == (len(lines),)
    assert p1[-1] < p0[-1] - 0.05
    m0, _ = T.safety_oof_clauses(lines, feats, 0.03, folds=3)
    m1, c1 = T.safety_oof_clauses(lines, feats, 0.03, folds=3, lookalike_feats=look)
    assert m1.shape == c1.shape == (len(lines),)
    assert m1[-1] < m0[-1] - 0.05
    # the disclosures themselves stay clearly above the harmless lines
    gold = np.array([r["safety"] for r in lines])
    assert p1[gold].min() > p1[~gold].max()


def test_threshold_counts_false_alarms_on_training_lines_only(monkeypatch) -> None:
    """Look-alikes are no training lines: with them, the threshold search still reports rates over the lines
    given (the budget is per ordinary message), and the rules are looked up for those lines only."""
    lines = _corpus(45)  # enough lines of each class for a threshold (SAFETY_MIN_POSITIVES)
    feats = _feats(lines)
    look = [featurize(analyse(t), "citizen") for t in LOOKALIKES]
    seen: list[int] = []
    real = T.safety_oof

    def spy(records, fs, c, folds=8, lookalike_feats=None):
        seen.append(len(lookalike_feats or []))
        return real(records, fs, c, folds=folds, lookalike_feats=lookalike_feats)

    monkeypatch.setattr(T, "safety_oof", spy)
    th = T.safety_threshold(lines, feats, 0.03, lookalike_feats=look)
    assert seen == [len(look)]
    assert th is not None and 0.05 <= th["threshold"] <= 0.95
    assert th["fp_rate"] <= T.SAFETY_FP_BUDGET


def test_train_passes_the_lookalikes_to_the_threshold(monkeypatch) -> None:
    got: dict = {}

    def fake(records, feats, c, **kw):
        got.update(kw)
        return None

    monkeypatch.setattr(T, "safety_threshold", fake)
    lines = _corpus(4)
    looks = [{"text": t, "speaker": "citizen"} for t in LOOKALIKES[:4]]
    T.train(lines, lookalikes=[{"talk_type": "neutral", "subtype": None, "theme": "none", "sheet": None, **r,
                                "safety": False} for r in looks])
    assert len(got["lookalike_feats"]) == 4
    assert "clause_threshold" in got
