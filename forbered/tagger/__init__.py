"""The Danish change-talk tagger: talk type, DARN-CAT subtype, life theme, sheet category, safety.

Rules (cue phrases kept as data in `rules.py`) and trained linear classifiers (`train.py`) work
together: the cues are features for the classifiers, and the safety patterns also decide on their own,
because a missed disclosure costs more than a false alarm.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from .. import paths
from ..talk import Clause, TaggedUtterance, split_talk_label
from . import rules
from .features import Analysed, analyse, featurize, talk_features
from .model import LinearModel

log = logging.getLogger(__name__)

HEADS = ("talk", "theme", "sheet", "safety")
# Fallback for a safety model saved without its own threshold; `forbered train` chooses one by block
# cross-validation on train.jsonl and stores it in safety.npz (see train.safety_threshold).
SAFETY_THRESHOLD = 0.5
_CLAUSE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\s+(?=men\b)|,\s*(?=men\b|fordi\b|og så\b|så\b)", re.IGNORECASE)
_CONTRAST = re.compile(r"\s*(men|alligevel)\b", re.IGNORECASE)
_SHORT_NEUTRAL = frozenset({
    "ja", "nej", "jo", "okay", "ok", "mm", "måske", "ved ikke", "det ved jeg ikke", "ved det ikke",
    "ikke rigtig", "tja", "hmm", "nå", "godt", "fint", "tak", "nej tak", "ja tak", "spring over",
    "jeg ved det ikke", "aner det ikke", "ingen anelse", "hej", "hejsa", "yes", "no", "dunno",
})


def model_path(head: str, directory: Path | None = None) -> Path:
    return (directory or paths.model_dir()) / "tagger" / f"{head}.npz"


class Tagger:
    """Tags utterances. Build with `Tagger.load()`; cheap to call many times after that."""

    def __init__(self, models: dict[str, LinearModel], nlp: Any = None) -> None:
        self.models = models
        self.nlp = nlp
        self._merge()

    def _merge(self) -> None:
        """One vocabulary and one weight matrix for all heads: one lookup per feature per utterance."""
        import numpy as np

        vocab: dict[str, int] = {}
        for h in HEADS:
            for f in self.models[h].vocab:
                vocab.setdefault(f, len(vocab))
        blocks, biases, self._slices, start = [], [], {}, 0
        for h in HEADS:
            m = self.models[h]
            w = np.zeros((len(vocab), len(m.classes)))
            rows = np.fromiter((vocab[f] for f in m.vocab), dtype=np.int64, count=len(m.vocab))
            cols = np.fromiter(m.vocab.values(), dtype=np.int64, count=len(m.vocab))
            w[rows] = m.weights[cols]
            blocks.append(w)
            biases.append(m.bias)
            self._slices[h] = slice(start, start + len(m.classes))
            start += len(m.classes)
        self._vocab = vocab
        t = self.models["safety"].threshold
        self.safety_threshold = SAFETY_THRESHOLD if t is None else t
        self._zero = len(vocab)  # unknown features look up this all-zero row
        w = np.hstack(blocks)
        self._w = np.vstack([w, np.zeros((1, w.shape[1]))]).astype(np.float32)
        self._b = np.concatenate(biases).astype(np.float32)
        self._head_starts = np.array([sl.start for sl in self._slices.values()])
        self._head_sizes = np.array([sl.stop - sl.start for sl in self._slices.values()])
        talk_classes = self.models["talk"].classes
        self._talk_split = [split_talk_label(c) for c in talk_classes]
        self._talk_types = {t: np.array([tt == t for tt, _ in self._talk_split]) for t in ("change", "sustain", "neutral")}
        self._stage2 = {c: [self._vocab[f] for f in talk_features(c) if f in self._vocab] for c in talk_classes}

    def _probas(self, feats: list[str]) -> dict[str, Any]:
        get, zero = self._vocab.get, self._zero
        z = self._b + self._w.take(list(map(get, feats, repeat(zero, len(feats)))), axis=0).sum(axis=0)
        # second stage: the sheet head also weighs the talk head's decision (see train.talk_features)
        sl = self._slices["talk"]
        extra = self._stage2[self.models["talk"].classes[int(z[sl].argmax())]]
        if extra:
            z = z + self._w.take(extra, axis=0).sum(axis=0)
        # softmax per head, all heads at once
        e = np.exp(z - np.repeat(np.maximum.reduceat(z, self._head_starts), self._head_sizes))
        p = e / np.repeat(np.add.reduceat(e, self._head_starts), self._head_sizes)
        return {h: p[sl] for h, sl in self._slices.items()}

    @classmethod
    def load(cls, directory: Path | None = None, *, use_spacy: bool = False, train_if_missing: bool = True) -> Tagger:
        missing = [h for h in HEADS if not model_path(h, directory).exists()]
        if missing:
            if not train_if_missing:
                raise FileNotFoundError(f"Tagger model missing: {missing}. Run `forbered train`.")
            from .train import train_and_save

            log.warning("Tagger model missing; training it now from the corpus.")
            train_and_save(directory=directory, use_spacy=use_spacy)
        models = {h: LinearModel.load(model_path(h, directory)) for h in HEADS}
        nlp = None
        if use_spacy and "l=" in _feature_kinds(models["talk"]):
            from .. import nlp as nlp_mod

            nlp = nlp_mod.load()
        return cls(models, nlp)

    # -- analysis -------------------------------------------------------------------------------
    def _lemmas(self, texts: list[str]) -> list[tuple[list[str], str]]:
        if self.nlp is None:
            return [([], "") for _ in texts]
        out = []
        for doc in self.nlp.pipe(texts, batch_size=256):
            toks = [t for t in doc if not t.is_punct and not t.is_space]
            out.append(([t.lemma_ for t in toks], toks[0].pos_ if toks else ""))
        return out

    def tag(self, text: str, speaker: str = "citizen") -> TaggedUtterance:
        return self.tag_many([(text, speaker)])[0]

    def tag_many(self, items: Iterable[tuple[str, str]]) -> list[TaggedUtterance]:
        items = [(t or "", s or "citizen") for t, s in items]
        lemmas = self._lemmas([t for t, _ in items])
        out = []
        for (text, speaker), (lem, pos) in zip(items, lemmas):
            u = self._tag_one(text, speaker, lem)
            u.first_pos = pos
            out.append(u)
        return out

    def _tag_one(self, text: str, speaker: str, lemmas: list[str]) -> TaggedUtterance:
        a = analyse(text, lemmas)
        utt = self._classify(a, speaker)
        parts = [p for p in _CLAUSE_SPLIT.split(a.text) if p and len(p.split()) >= 2]
        if len(parts) > 1:
            pos = 0
            for p in parts:
                start = a.text.find(p, pos)
                pos = start + len(p)
                c = self._classify(analyse(p), speaker, full=False)
                utt.clauses.append(Clause(p, start, pos, c.talk_type, c.subtype, c.theme, c.sheet, c.confidence))
            _weigh_last_contrast(utt)
        return utt

    def _classify(self, a: Analysed, speaker: str, *, full: bool = True) -> TaggedUtterance:
        """Tag one text; `full=False` (clauses) leaves out safety and evidence, which the whole
        message already carries."""
        feats = featurize(a, speaker)
        m_talk, m_theme, m_sheet, m_safe = (self.models[h] for h in HEADS)
        probas = self._probas(feats)
        p_talk = probas["talk"]
        by_type = {t: float(p_talk[mask].sum()) for t, mask in self._talk_types.items()}
        talk_type = max(by_type, key=by_type.__getitem__)
        confidence = by_type[talk_type]
        subtype = None
        best_lbl = "neutral"
        if talk_type != "neutral":
            k = int(np.where(self._talk_types[talk_type], p_talk, -1.0).argmax())
            best_lbl = m_talk.classes[k]
            subtype = self._talk_split[k][1]
        short = a.norm in _SHORT_NEUTRAL or not a.tokens
        if short:
            talk_type, subtype, best_lbl, confidence = "neutral", None, "neutral", max(confidence, 0.9)

        theme = m_theme.classes[int(probas["theme"].argmax())]
        p_sheet = probas["sheet"]
        sheet = m_sheet.classes[int(p_sheet.argmax())]
        p_sheet_best = float(p_sheet.max())
        sheet = None if sheet == "none" or short else sheet

        if not full:
            return TaggedUtterance(text=a.text, speaker=speaker, talk_type=talk_type, subtype=subtype, theme=theme,
                                   sheet=sheet, safety=False, confidence=confidence, evidence="")
        hit = rules.safety_hit(a.norm)
        p_safe = float(probas["safety"][m_safe.classes.index("true")])
        safety = hit is not None or p_safe >= self.safety_threshold

        if hit is not None:
            evidence = _span_text(a, hit.start(), hit.end(), hit.string)
        else:
            evidence = self._evidence(a, feats, m_talk, best_lbl, talk_type)
        return TaggedUtterance(
            text=a.text, speaker=speaker, talk_type=talk_type, subtype=subtype, theme=theme, sheet=sheet,
            safety=safety, confidence=confidence, evidence=evidence,
            scores={"safety": round(p_safe, 4), "sheet": round(p_sheet_best, 4)},
        )

    def _evidence(self, a: Analysed, feats: list[str], model: LinearModel, label: str, talk_type: str) -> str:
        """The words that decided it: a matching cue phrase, else the strongest words for the label."""
        hits = rules.hits(a.norm)
        subtype = split_talk_label(label)[1]
        fam = subtype if talk_type == "change" else ("sustain" if talk_type == "sustain" else None)
        if fam and fam in hits:
            m = hits[fam]
            return _span_text(a, m.start(), m.end())
        if not a.tokens:
            return ""
        col = self._slices["talk"].start + model.classes.index(label)
        per_token = [0.0] * len(a.tokens)
        for i, t in enumerate(a.tokens):
            for f in (f"w={t}", f"w=n_{t}"):
                j = self._vocab.get(f)
                if j is not None:
                    per_token[i] += float(self._w[j, col])
        best = max(range(len(per_token)), key=per_token.__getitem__)
        lo, hi = max(0, best - 1), min(len(a.tokens), best + 2)
        return a.text[a.spans[lo][0] : a.spans[hi - 1][1]]


def _weigh_last_contrast(utt: TaggedUtterance) -> None:
    """Ambivalence ("jeg vil gerne, men jeg kan ikke overskue det") is labelled by the clause after the
    last "men" (annotation guide); the message takes that clause's talk type when it has one."""
    last = utt.clauses[-1]
    if last.talk_type == "neutral" or not _CONTRAST.match(last.text) or last.talk_type == utt.talk_type:
        return
    utt.talk_type, utt.subtype, utt.confidence = last.talk_type, last.subtype, last.confidence
    if not utt.safety:
        a = analyse(last.text)
        m = rules.hits(a.norm).get(last.subtype if last.talk_type == "change" else "sustain")
        utt.evidence = _span_text(a, m.start(), m.end()) if m else a.text


def _span_text(a: Analysed, start: int, end: int, source: str | None = None) -> str:
    """Map a character span of the normalised text (or of a word-aligned copy of it) onto the original."""
    source = a.norm if source is None else source
    before = len(source[:start].split())
    inside = max(1, len(source[start:end].split()))
    if not a.spans:
        return ""
    lo = min(before, len(a.spans) - 1)
    hi = min(before + inside, len(a.spans)) - 1
    return a.text[a.spans[lo][0] : a.spans[max(lo, hi)][1]]


def _feature_kinds(model: LinearModel) -> str:
    return "l=" if any(k.startswith("l=") for k in list(model.vocab)[:50000]) else ""


def tag_record(tagger: Tagger, record: dict[str, Any]) -> dict[str, Any]:
    """The `forbered tag` output line for one input record."""
    u = tagger.tag(str(record.get("text") or ""), str(record.get("speaker") or "citizen"))
    return {"id": record.get("id"), **u.to_dict()}
