#!/usr/bin/env python3
"""`make eval-dialogue`: replay the scripted conversations and score the bot's half.

By default through the real stack with `forbered chat --script` (started here on free ports);
`--offline` runs the same conversations through forbered.dialogue + the tagger in-process (fast, for
development). Reports per script: recall of the expected hopes/resources/parking/employment on the sheet,
repeated questions, and the bot's MITI figures with every bot message coded by the trainer-mode coder
(reflection-to-question ratio, % complex reflections, MI-inconsistent turns).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((ROOT / "data" / os.environ.get("FORBERED_DIALOGUES", "dialogues")).glob("*.json"))
FIELDS = ("hopes", "resources", "parking", "employment")


def offline(script: dict) -> dict:
    from forbered.dialogue import respond
    from forbered.sheet import build_sheet
    from forbered.tagger import Tagger

    tagger = offline.tagger = getattr(offline, "tagger", None) or Tagger.load()
    role = "relative" if script.get("speaker") == "relative" else "citizen"
    lang = script.get("language", "da")
    state, transcript = None, []
    for text in ["/start", *script["citizen_turns"]]:
        if not text.startswith("/"):
            transcript.append({"role": "citizen", "text": text})
        tag = None if text.startswith("/") else tagger.tag(text, role)
        turn = respond(state, text, tag, role=role, language=lang)
        state = turn.state
        transcript += [{"role": "bot", "text": m.text, **({"techniques": m.custom["techniques"]} if m.custom.get("techniques") else {})}
                       for m in turn.messages if m.text]
    return {"transcript": transcript, "sheet": build_sheet(state, "offline")}


def via_stack(stack, path: Path) -> dict:
    r = subprocess.run([str(ROOT / ".venv" / "bin" / "forbered"), "chat", "--script", str(path), "--api", stack.api_url,
                        "--compact"], capture_output=True, text=True, timeout=300, check=True)
    return json.loads(r.stdout)


def found(kw: str, items: list[dict]) -> bool:
    return any(kw.lower() in (i.get("quote", "") + " " + i.get("text", "")).lower() for i in items)


def score(script: dict, out: dict, coder) -> dict:
    sheet = out["sheet"] or {f: [] for f in FIELDS}
    exp = script.get("expect", {})
    hits = total = 0
    missing = []
    for f in FIELDS:
        pool = sheet.get(f, []) + (sheet.get("employment", []) if f == "hopes" else []) + (
            sheet.get("hopes", []) if f == "employment" else [])
        for kw in exp.get(f, []):
            total += 1
            if found(kw, pool):
                hits += 1
            else:
                missing.append(f"{f}:{kw}")
    bot = out["transcript"]
    questions = [t["text"] for t in bot if t["role"] == "bot" and t["text"].rstrip().endswith("?")]
    repeated = len(questions) - len(set(questions)) - questions.count("Er det rigtigt?") - questions.count("Is that right?") + (
        1 if ("Er det rigtigt?" in questions or "Is that right?" in questions) else 0)
    codes = []
    if coder is not None and script.get("language", "da") == "da":  # the trainer-mode coder reads Danish
        prev = ""
        for t in bot:
            if t["role"] == "citizen":
                prev = t["text"]
                continue
            codes.append(coder.code(t["text"], prev).code)
    techniques = [te for t in bot if t["role"] == "bot" for te in t.get("techniques", [])]
    return {"hits": hits, "total": total, "missing": missing, "repeated": max(0, repeated), "codes": codes,
            "techniques": techniques}


# Questions that run the form rather than the conversation: consent, who comes to the meeting, the plan's
# look, "Er det rigtigt?" after the summary. Reported apart so the MI part can be read on its own.
def _procedural() -> frozenset[str]:
    from forbered.texts import CATALOGUE

    keys = ("consent_q", "consent_again", "q_meeting1", "q_meeting1_rel", "q_meeting2", "q_summary_confirm")
    return frozenset(cat[k] for cat in CATALOGUE.values() for k in keys)


def procedural_questions(transcript: list[dict], procedural: frozenset[str] | None = None) -> int:
    """How many of the bot's questions ran the form: the procedural texts, counted only where the bot's own labels
    counted them as questions (a procedural text labelled otherwise is not in the question count to take it from)."""
    procedural = _procedural() if procedural is None else procedural
    return sum(1 for t in transcript if t["role"] == "bot" and t["text"] in procedural
               and {"open_question", "closed_question"} & set(t.get("techniques", ())))


def technique_report(techniques: list[str], procedural: int) -> dict:
    r = sum(techniques.count(t) for t in ("simple_reflection", "complex_reflection", "summary"))
    q = sum(techniques.count(t) for t in ("open_question", "closed_question"))
    cr = techniques.count("complex_reflection") + techniques.count("summary")
    return {"reflections": r, "questions": q, "reflection_to_question": round(r / q, 2) if q else None,
            "reflection_to_question_without_procedural_questions": round(r / (q - procedural), 2) if q > procedural else None,
            "procedural_questions": procedural, "percent_complex_reflections": round(100 * cr / r, 1) if r else None}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--offline", action="store_true")
    args = ap.parse_args()
    try:
        from forbered.oars import Coder
        from forbered.oars.miti import session_report

        coder = Coder.load()
    except ImportError:
        coder, session_report = None, None
    stack = None
    if not args.offline:
        sys.path.insert(0, str(ROOT / "scripts"))
        sys.path.insert(0, str(ROOT / "tests" / "e2e"))
        from conftest import free_port
        from stack import Stack

        var = Path(tempfile.mkdtemp(prefix="forbered-evald-"))
        stack = Stack(api_port=free_port(), rasa_port=free_port(), action_port=free_port(), var_dir=var, log_dir=var / "logs")
        stack.start()
    all_codes: list[str] = []
    all_techniques: list[str] = []
    PROCEDURAL = _procedural()  # noqa: N806 - a constant for this run
    procedural = 0
    hits = total = repeated = 0
    print("| script | sheet recall | repeated questions | missing |")
    print("|---|---|---|---|")
    try:
        for path in SCRIPTS:
            script = json.loads(path.read_text("utf-8"))
            out = offline(script) if stack is None else via_stack(stack, path)
            s = score(script, out, coder)
            hits, total, repeated = hits + s["hits"], total + s["total"], repeated + s["repeated"]
            all_codes += s["codes"]
            all_techniques += s["techniques"]
            procedural += procedural_questions(out["transcript"], PROCEDURAL)
            rec = s["hits"] / s["total"] if s["total"] else 1.0
            print(f"| {path.stem} | {rec:.2f} ({s['hits']}/{s['total']}) | {s['repeated']} | {', '.join(s['missing'])} |")
    finally:
        if stack is not None:
            stack.stop()
    print(f"\nSheet recall over all scripts: {hits / max(1, total):.3f} ({hits}/{total}); target ≥ 0.9")
    print(f"Repeated questions: {repeated}; target 0")
    if all_techniques:
        print("Bot MI figures by the dialogue's own technique labels (one label per move it made):")
        print(json.dumps(technique_report(all_techniques, procedural), ensure_ascii=False, indent=1))
    if session_report is not None and all_codes:
        rep = session_report(all_codes)
        print("Bot MITI figures (every bot message coded by the trainer-mode coder):")
        print(json.dumps(rep, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
