"""The trainer-mode coder: one MITI 4.2.1-based code per professional utterance, numpy only at runtime.

The weights come from `train.py` as .npz files under `models/coder/`, so the same files serve the
plan service's environment and the Rasa environment whatever their scikit-learn versions.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .. import paths
from ..tagger.model import LinearModel
from . import rules
from .features import Analysed, analyse, featurize
from .train import CODES, PAIRS, predict, predict_all

log = logging.getLogger(__name__)


def model_dir(directory: Path | None = None) -> Path:
    return (directory or paths.model_dir()) / "coder"


@dataclass
class CodeResult:
    """One coded utterance; `evidence` is the span of the utterance that decided the code."""

    code: str
    confidence: float
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["confidence"] = round(self.confidence, 4)
        return d


class Coder:
    """Codes trainee utterances. Build with `Coder.load()`; cheap to call many times after that."""

    def __init__(self, models: dict[str, LinearModel]) -> None:
        self.models = models

    @classmethod
    def load(cls, directory: Path | None = None, *, train_if_missing: bool = True) -> Coder:
        d = model_dir(directory)
        files = sorted(d.glob("*.npz")) if d.exists() else []
        if not files:
            if not train_if_missing:
                raise FileNotFoundError(f"Coder model missing in {d}. Run `forbered train`.")
            from .train import train_and_save

            log.warning("Coder model missing; training it now from the corpus.")
            train_and_save(directory)
            files = sorted(d.glob("*.npz"))
        return cls({f.stem: LinearModel.load(f) for f in files})

    def code(self, text: str, context: str = "") -> CodeResult:
        a = analyse(text or "", context or "")
        if not a.tokens:
            return CodeResult("other", 1.0, "")
        feats = featurize(a)
        code, confidence = predict(self.models, feats)
        return CodeResult(code, confidence, self._evidence(a, feats, code))

    def scores(self, text: str, context: str = "") -> dict[str, float]:
        """Probability of every code (flat model) — for tests, calibration and the trainer's UI."""
        feats = featurize(analyse(text or "", context or ""))
        if "flat" in self.models:
            m = self.models["flat"]
            return dict(zip(m.classes, map(float, m.proba(feats)), strict=False))
        return {c: predict_all(self.models, feats)[c] for c in CODES}

    def code_many(self, items: list[tuple[str, str]]) -> list[CodeResult]:
        return [self.code(t, c) for t, c in items]

    # -- evidence ---------------------------------------------------------------------------------
    def _evidence(self, a: Analysed, feats: list[str], code: str) -> str:
        """A cue phrase of the code's family if one matched, else the strongest words for the code."""
        if code in PAIRS["question"] and a.forms:
            form = next((f for f in a.forms if f in ("open_qw", "fact_qw", "inverted", "tag")), None)
            if form in ("open_qw", "fact_qw", "inverted"):
                # after a fronted "hvis/når" clause the question starts at the main clause
                main = rules.main_clause_start(a.tokens[: a.sents[0][1]] if a.sents else a.tokens)
                return _span(a, main, main + 2)
        hits = a.hits
        for fam in rules.EVIDENCE_FAMILIES.get(code, ()):
            m = hits.get(fam)
            if m is not None:
                start = len(a.norm[: m.start()].split())
                n = max(1, len(a.norm[m.start() : m.end()].replace("?", "").split()))
                return _span(a, start, start + n)
        head, label = self._head_for(code)
        col = head.classes.index(label)
        per_token = []
        for t in a.tokens:
            j = head.vocab.get(f"w={t}")
            per_token.append(float(head.weights[j, col]) if j is not None else 0.0)
        best = max(range(len(per_token)), key=per_token.__getitem__)
        return _span(a, max(0, best - 1), best + 2)

    def _head_for(self, code: str) -> tuple[LinearModel, str]:
        if "flat" in self.models:
            return self.models["flat"], code
        for group, codes in PAIRS.items():
            if code in codes:
                return self.models[group], code
        return self.models["coarse"], code


def _span(a: Analysed, lo: int, hi: int) -> str:
    """Original text covering tokens lo..hi-1 (clipped)."""
    if not a.spans:
        return ""
    lo = min(max(0, lo), len(a.spans) - 1)
    hi = min(max(lo + 1, hi), len(a.spans))
    return a.text[a.spans[lo][0] : a.spans[hi - 1][1]]


def code_record(coder: Coder, record: dict[str, Any]) -> dict[str, Any]:
    """The `forbered code` output line for one input record."""
    r = coder.code(str(record.get("text") or ""), str(record.get("context") or ""))
    return {"id": record.get("id"), **r.to_dict()}
