"""A portable multinomial linear model: trained with scikit-learn, served with numpy alone.

The weights are saved as a compressed .npz (no pickle), so the same file serves the plan service's
environment and the Rasa environment, whatever their scikit-learn versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class LinearModel:
    vocab: dict[str, int]
    weights: np.ndarray  # (n_features, n_classes)
    bias: np.ndarray  # (n_classes,)
    classes: list[str]
    # decision threshold on the positive class's probability, for a binary head whose threshold was chosen
    # by cross-validation at training time (the safety head, see train.safety_threshold); None: argmax
    threshold: float | None = None

    def scores(self, feats: list[str]) -> np.ndarray:
        idx = [self.vocab[f] for f in feats if f in self.vocab]
        z = self.bias.copy()
        if idx:
            z += self.weights[idx].sum(axis=0)
        return z

    def proba(self, feats: list[str]) -> np.ndarray:
        z = self.scores(feats)
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()

    def contributions(self, feats: list[str], cls: int) -> dict[str, float]:
        return {f: float(self.weights[self.vocab[f], cls]) for f in feats if f in self.vocab}

    def save(self, path: Path) -> None:
        names = sorted(self.vocab, key=self.vocab.__getitem__)
        extra = {} if self.threshold is None else {"threshold": np.array(self.threshold, dtype=np.float64)}
        np.savez_compressed(
            path,
            names=np.array(names, dtype=str),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            classes=np.array(self.classes, dtype=str),
            **extra,
        )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as z:
            names = [str(n) for n in z["names"]]
            return cls(
                vocab={n: i for i, n in enumerate(names)},
                weights=z["weights"].astype(np.float64),
                bias=z["bias"].astype(np.float64),
                classes=[str(c) for c in z["classes"]],
                threshold=float(z["threshold"]) if "threshold" in z.files else None,
            )


def from_sklearn(clf, vocab: dict[str, int]) -> LinearModel:
    """Build a LinearModel from a fitted linear classifier (LogisticRegression, LinearSVC) and its vocabulary."""
    coef = np.asarray(clf.coef_)
    bias = np.asarray(clf.intercept_, dtype=np.float64)
    classes = [str(c) for c in clf.classes_]
    if coef.shape[0] == 1:  # binary: sklearn keeps one row for the positive class
        coef = np.vstack([-coef / 2, coef / 2])
        bias = np.array([-bias[0] / 2, bias[0] / 2])
    keep = np.abs(coef).max(axis=0) > 1e-6
    names = [n for n, i in sorted(vocab.items(), key=lambda kv: kv[1]) if keep[i]]
    cols = [vocab[n] for n in names]
    return LinearModel(
        vocab={n: j for j, n in enumerate(names)},
        weights=coef[:, cols].T.copy(),
        bias=bias.copy(),
        classes=classes,
    )
