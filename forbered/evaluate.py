"""`make eval`: the tagger and the coder scored on their held-out dev sets, printed as tables.

The dev sets (data/*/dev.jsonl) were written apart from the training data and are never trained on.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from . import paths


def _load(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def macro_f1(gold: list[str], pred: list[str]) -> float:
    labels = sorted(set(gold))
    f1s = []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def confusion(gold: list[str], pred: list[str], title: str) -> str:
    labels = sorted(set(gold) | set(pred))
    w = max(len(x) for x in labels) + 1
    lines = [f"{title} (rows = gold, columns = predicted)", " " * w + " ".join(f"{lab[:8]:>8}" for lab in labels)]
    counts = Counter(zip(gold, pred))
    for g in labels:
        lines.append(f"{g:<{w}}" + " ".join(f"{counts[(g, p)]:>8}" for p in labels))
    return "\n".join(lines)


def table(rows: list[tuple[str, str, str]]) -> str:
    out = ["| metric | dev score | target |", "|---|---|---|"]
    out += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(out)


def _examples_allowed() -> bool:
    """FORBERED_EVAL_NO_EXAMPLES=1 (or `python -m forbered.evaluate tagger --no-examples`) prints scores and
    confusion counts only, never dev texts: for whoever improves the models, so the dev set stays unseen."""
    return os.environ.get("FORBERED_EVAL_NO_EXAMPLES", "").strip() in ("", "0")


def eval_tagger() -> dict[str, float]:
    from . import nlp
    from .tagger import Tagger

    dev = _load(paths.data_dir() / "tagger" / "dev.jsonl")
    t0 = time.monotonic()
    tagger = Tagger.load()
    load_s = time.monotonic() - t0
    t0 = time.monotonic()
    preds = tagger.tag_many([(r["text"], r.get("speaker") or "citizen") for r in dev])
    rate = len(dev) / (time.monotonic() - t0)
    g_type = [r["talk_type"] for r in dev]
    p_type = [u.talk_type for u in preds]
    ct = [(r, u) for r, u in zip(dev, preds) if r["talk_type"] in ("change", "sustain")]
    sub_acc = sum(1 for r, u in ct if r["subtype"] == u.subtype) / max(1, len(ct))
    theme_acc = sum(1 for r, u in zip(dev, preds) if r["theme"] == u.theme) / len(dev)
    g_sheet = [r.get("sheet") or "null" for r in dev]
    p_sheet = [u.sheet or "null" for u in preds]
    safe_pos = [(r, u) for r, u in zip(dev, preds) if r["safety"]]
    safe_neg = [(r, u) for r, u in zip(dev, preds) if not r["safety"]]
    recall = sum(1 for _, u in safe_pos if u.safety) / max(1, len(safe_pos))
    fp_rate = sum(1 for _, u in safe_neg if u.safety) / max(1, len(safe_neg))
    scores = {"talk_type_macro_f1": macro_f1(g_type, p_type), "subtype_accuracy": sub_acc,
              "theme_accuracy": theme_acc, "sheet_macro_f1": macro_f1(g_sheet, p_sheet),
              "safety_recall": recall, "safety_fp_rate": fp_rate, "utterances_per_s": rate, "load_s": load_s}
    print(f"\n## Tagger on data/tagger/dev.jsonl ({len(dev)} utterances, never trained on); "
          f"spaCy pipeline: {nlp.pipeline_name()}\n")
    print(table([
        ("talk_type macro-F1", f"{scores['talk_type_macro_f1']:.3f}", "≥ 0.85"),
        ("subtype accuracy (change+sustain)", f"{sub_acc:.3f} (n={len(ct)})", "≥ 0.75"),
        ("theme accuracy", f"{theme_acc:.3f}", "≥ 0.80"),
        ("sheet category macro-F1", f"{scores['sheet_macro_f1']:.3f}", "≥ 0.80"),
        ("safety recall", f"{recall:.3f} (n={len(safe_pos)})", "1.0"),
        ("safety false positives", f"{fp_rate:.3%} of {len(safe_neg)}", "≤ 2%"),
        ("speed (in-process, after load)", f"{rate:.0f} utt/s", "≥ 1,000 (see make bench)"),
        ("load time", f"{load_s:.2f} s", "reported"),
    ]))
    print()
    print(confusion(g_type, p_type, "talk_type"))
    print()
    print(confusion(g_sheet, p_sheet, "sheet category"))
    print()
    print(confusion([r["theme"] for r in dev], [u.theme for u in preds], "theme"))
    errors = []
    for r, u in zip(dev, preds):
        wrong = []
        if r["talk_type"] != u.talk_type:
            wrong.append(f"type {r['talk_type']}→{u.talk_type}")
        elif r["talk_type"] != "neutral" and r["subtype"] != u.subtype:
            wrong.append(f"subtype {r['subtype']}→{u.subtype}")
        if bool(r["safety"]) != u.safety:
            wrong.append(f"safety {r['safety']}→{u.safety}")
        if r["theme"] != u.theme:
            wrong.append(f"theme {r['theme']}→{u.theme}")
        if wrong:
            weight = (3 if "safety" in " ".join(wrong) else 0) + len(wrong) + u.confidence
            errors.append((weight, r["text"], "; ".join(wrong)))
    holdout = paths.data_dir() / "tagger" / "safety_holdout.jsonl"
    if holdout.exists():
        rows = _load(holdout)
        flags = [u.safety for u in tagger.tag_many([(r["text"], r.get("speaker") or "citizen") for r in rows])]
        pos = [(r, f) for r, f in zip(rows, flags) if r["safety"]]
        neg = [(r, f) for r, f in zip(rows, flags) if not r["safety"]]
        scores["holdout_safety_recall"] = sum(f for _, f in pos) / max(1, len(pos))
        scores["holdout_safety_fp_rate"] = sum(f for _, f in neg) / max(1, len(neg))
        print(f"\nSafety on data/tagger/safety_holdout.jsonl (written after the rules, by an author who never saw them): "
              f"recall {scores['holdout_safety_recall']:.3f} of {len(pos)}, "
              f"false positives {scores['holdout_safety_fp_rate']:.1%} of {len(neg)} hard negatives")
        # the missed lines are deliberately not printed: the set stays blind to whoever improves the rules
    if not _examples_allowed():
        print(f"\n{len(errors)} dev utterances with at least one error (examples suppressed: --no-examples)")
        return scores
    print("\n20 worst errors (most wrong, most confident first):")
    for _, text, why in sorted(errors, reverse=True)[:20]:
        print(f"  - {text[:90]!r}: {why}")
    return scores


def eval_coder() -> dict[str, float]:
    from .oars import Coder

    dev = _load(paths.data_dir() / "coder" / "dev.jsonl")
    coder = Coder.load()
    t0 = time.monotonic()
    preds = [coder.code(r["text"], r.get("context") or "").code for r in dev]
    rate = len(dev) / (time.monotonic() - t0)
    gold = [r["code"] for r in dev]
    refl = [(g, p) for g, p in zip(gold, preds) if g in ("simple_reflection", "complex_reflection")]
    ques = [(g, p) for g, p in zip(gold, preds) if g in ("open_question", "closed_question")]
    refl_acc = sum(1 for g, p in refl if g == p) / max(1, len(refl))
    q_acc = sum(1 for g, p in ques if g == p) / max(1, len(ques))
    f1 = macro_f1(gold, preds)
    print(f"\n## Coder on data/coder/dev.jsonl ({len(dev)} utterances, never trained on)\n")
    print(table([
        ("coding macro-F1 (11 codes)", f"{f1:.3f}", "≥ 0.80"),
        ("simple vs complex reflection accuracy", f"{refl_acc:.3f} (n={len(refl)})", "≥ 0.80"),
        ("open vs closed question accuracy", f"{q_acc:.3f} (n={len(ques)})", "≥ 0.95"),
        ("speed (in-process)", f"{rate:.0f} utt/s", "≥ 500"),
    ]))
    print()
    print(confusion(gold, preds, "code"))
    return {"coder_macro_f1": f1, "reflection_accuracy": refl_acc, "question_accuracy": q_acc, "utterances_per_s": rate}


def main(what: str = "all", *, examples: bool = True) -> int:
    if not examples:
        os.environ["FORBERED_EVAL_NO_EXAMPLES"] = "1"
    if what in ("all", "tagger"):
        eval_tagger()
    if what in ("all", "coder"):
        eval_coder()
    return 0


if __name__ == "__main__":
    _args = [a for a in sys.argv[1:] if a != "--no-examples"]
    sys.exit(main(_args[0] if _args else "all", examples="--no-examples" not in sys.argv[1:]))
