"""MITI 4.2.1 summary scores of a coded session, compared with the proficiency thresholds.

Only the behaviour-count summaries are computed here; the global ratings (relational, technical) need
a human rater and are not estimated. Thresholds (fair / good) are MITI 4.2.1's: R:Q 1:1 / 2:1 and
complex reflections 40 % / 50 % of all reflections. MITI 4.2.1 has no code of its own for a summary: a
summary is a reflection that collects several things, coded as a complex reflection. The coder keeps
`summary` as a label (a trainer wants to see it), and the summary scores count it as a complex reflection.
"""

from __future__ import annotations

from typing import Any

from .train import CODES

THRESHOLDS = {
    "reflection_to_question": {"fair": 1.0, "good": 2.0},
    "percent_complex_reflections": {"fair": 40.0, "good": 50.0},
}
MI_INCONSISTENT = ("advice_without_permission", "confront")
QUESTIONS = ("open_question", "closed_question")
REFLECTIONS = ("simple_reflection", "complex_reflection", "summary")
COMPLEX = ("complex_reflection", "summary")


def _level(value: float | None, fair: float, good: float) -> str:
    """'good', 'fair', 'below' or 'n/a' (no denominator yet, e.g. no questions asked)."""
    if value is None:
        return "n/a"
    return "good" if value >= good else "fair" if value >= fair else "below"


def session_report(codes: list[str]) -> dict[str, Any]:
    """Counts per code and the MITI summary scores of a list of codes.

    R:Q is None when no question was asked (MITI leaves it undefined); a trainee who only reflects
    is then shown as "good", since the threshold is clearly met. Percentages are 0-100, one decimal.
    """
    unknown = [c for c in codes if c not in CODES]
    if unknown:
        raise ValueError(f"unknown codes: {sorted(set(unknown))}")
    counts = {c: codes.count(c) for c in CODES}
    n_q = counts["open_question"] + counts["closed_question"]
    n_r = sum(counts[c] for c in REFLECTIONS)
    rq = round(n_r / n_q, 2) if n_q else None
    pct_cr = round(100.0 * sum(counts[c] for c in COMPLEX) / n_r, 1) if n_r else None
    pct_oq = round(100.0 * counts["open_question"] / n_q, 1) if n_q else None
    rq_level = "good" if rq is None and n_r else _level(rq, **THRESHOLDS["reflection_to_question"])
    return {
        "n_utterances": len(codes),
        "counts": counts,
        "questions": n_q,
        "reflections": n_r,
        "reflection_to_question": rq,
        "reflection_to_question_level": rq_level,
        "percent_complex_reflections": pct_cr,
        "percent_complex_reflections_level": _level(pct_cr, **THRESHOLDS["percent_complex_reflections"]),
        "percent_open_questions": pct_oq,
        "mi_inconsistent": sum(counts[c] for c in MI_INCONSISTENT),
        "thresholds": THRESHOLDS,
    }
