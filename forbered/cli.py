"""The `forbered` command: tag, code, chat --script, import-sheet, train, eval.

Input and output are JSON lines, UTF-8, one record per line; models load once and the input streams.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

IDLE = None  # from _stdin_lines: no more input is waiting right now (answer what you have)


def _stdin_lines() -> Iterator[str | None]:
    """Lines from stdin as they arrive, with IDLE whenever no further input is waiting: a caller that
    writes one line and waits for its answer gets it at once, while piped bulk input is read in chunks."""
    import select

    try:
        fd = sys.stdin.fileno()
        select.select([fd], [], [], 0)
    except (OSError, ValueError, AttributeError):  # not a real file (tests, notebooks): plain iteration
        yield from sys.stdin
        return
    buf = b""
    while True:
        while b"\n" not in buf:
            if not select.select([fd], [], [], 0)[0]:
                yield IDLE
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                if buf:
                    yield buf.decode("utf-8", "replace")
                return
            buf += chunk
        line, buf = buf.split(b"\n", 1)
        yield line.decode("utf-8", "replace")


def _records(stream) -> Iterator[dict[str, Any] | str | None]:
    n = 0
    for line in stream:
        if line is IDLE:
            yield IDLE
            continue
        n += 1
        line = line.strip().lstrip("\ufeff").strip()  # a byte order mark (files saved on Windows) is no text
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"line {n}: not JSON ({exc.msg})"
            continue
        yield rec if isinstance(rec, dict) else f"line {n}: expected a JSON object"


def _emit(obj: dict[str, Any], *, flush: bool = True) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    if flush:
        sys.stdout.flush()


# "speaker" as people write it in a file: "Relative", "pårørende", "mor" all mean a relative writes
_RELATIVE_WORDS = frozenset({
    "relative", "relatives", "parent", "mother", "father", "sister", "brother", "partner", "spouse", "carer",
    "pårørende", "paarorende", "parorende", "paaroerende", "mor", "far", "søster", "soster", "bror",
    "datter", "søn", "son", "ægtefælle", "kæreste", "hustru", "mand", "kone", "forælder", "forældre"})


def speaker_of(value: Any) -> str:
    """The tagger's speaker ("citizen" or "relative") for a record's optional "speaker" field."""
    word = str(value or "").strip().lower()
    return "relative" if word in _RELATIVE_WORDS else "citizen"


def cmd_tag(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    from .tagger import Tagger, tag_record

    tagger = Tagger.load()
    tagger.tag("jeg vil gerne")  # compile the rule patterns now, so they count as loading
    loaded = time.perf_counter()
    n = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        items = [(str(r.get("text") or ""), speaker_of(r.get("speaker"))) for r in batch]
        for rec, u in zip(batch, tagger.tag_many(items)):
            _emit({"id": rec.get("id"), **u.to_dict(with_clauses=not args.no_clauses)}, flush=False)
        batch.clear()
        sys.stdout.flush()

    for rec in _records(_stdin_lines()):
        if rec is IDLE:  # nothing more waiting: answer the lines read so far
            flush()
            continue
        if isinstance(rec, str):
            flush()
            _emit({"id": None, "error": rec})
            continue
        batch.append(rec)
        n += 1
        if len(batch) >= args.batch or not args.batch:
            flush()
    flush()
    _ = tag_record  # single-record API kept for library users
    _timing(n, loaded - t0, time.perf_counter() - loaded)
    return 0


def _timing(n: int, load_s: float, work_s: float) -> None:
    """With FORBERED_TIMING=1, one JSON line on stderr: load time and time after loading (for `make bench`)."""
    if os.environ.get("FORBERED_TIMING"):
        print(json.dumps({"n": n, "load_s": round(load_s, 3), "work_s": round(work_s, 3)}), file=sys.stderr)


def cmd_code(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    from .oars import Coder

    coder = Coder.load()
    coder.code("Hvad vil du gerne?", "")
    loaded = time.perf_counter()
    n = 0
    for rec in _records(_stdin_lines()):
        if rec is IDLE:
            sys.stdout.flush()
            continue
        if isinstance(rec, str):
            _emit({"id": None, "error": rec}, flush=False)
            continue
        context = rec.get("context")
        r = coder.code(str(rec.get("text") or ""), context if isinstance(context, str) else "")
        _emit({"id": rec.get("id"), **r.to_dict()}, flush=False)
        n += 1
    sys.stdout.flush()
    _timing(n, loaded - t0, time.perf_counter() - loaded)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    import httpx

    from .replay import ReplayError, replay_file

    try:
        result = replay_file(Path(args.script), api_url=args.api)
    except httpx.TransportError as exc:
        import os

        from .replay import DEFAULT_API

        url = args.api or os.environ.get("FORBERED_API_URL", DEFAULT_API)
        print(f"forbered chat: the plan service at {url} does not answer ({type(exc).__name__}). "
              "Start the stack first (README, first lines), or pass --api URL.", file=sys.stderr)
        return 2
    except (ReplayError, OSError, ValueError) as exc:
        print(f"forbered chat: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=None if args.compact else 2))
    return 0


def cmd_import_sheet(args: argparse.Namespace) -> int:
    import os

    import httpx

    from .sheet import validation_errors

    sheet = json.loads(Path(args.file).read_text("utf-8-sig"))
    errors = validation_errors(sheet)
    if errors:
        print("The sheet is not valid:\n  " + "\n  ".join(errors), file=sys.stderr)
        return 2
    api = args.api or os.environ.get("FORBERED_API_URL", "http://127.0.0.1:8000")
    token = args.token or os.environ.get("FORBERED_SERVICE_TOKEN", "dev-service-token")
    r = httpx.post(f"{api}/api/sheets/import", json=sheet, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    print(r.text)
    return 0 if r.status_code < 400 else 1


def cmd_train(args: argparse.Namespace) -> int:
    from .tagger.train import train_and_save

    train_and_save(use_spacy=args.spacy_features)
    if not args.tagger_only:
        from .oars import train_and_save as train_coder

        train_coder()
    print("trained", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from . import evaluate

    return evaluate.main(args.what)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    p = argparse.ArgumentParser(prog="forbered", description="Forbered: Danish MI preparation assistant.")
    sub = p.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("tag", help="tag citizen utterances (JSON lines in/out)")
    t.add_argument("--batch", type=int, default=64, help="utterances tagged together (1 = strictly line by line)")
    t.add_argument("--no-clauses", action="store_true", help="leave out the per-clause tags")
    t.set_defaults(fn=cmd_tag)
    c = sub.add_parser("code", help="code professional utterances (MITI behaviour codes)")
    c.set_defaults(fn=cmd_code)
    ch = sub.add_parser("chat", help="replay a scripted conversation through the running stack")
    ch.add_argument("--script", required=True)
    ch.add_argument("--api", default=None, help="plan service URL (default http://127.0.0.1:8000)")
    ch.add_argument("--compact", action="store_true")
    ch.set_defaults(fn=cmd_chat)
    im = sub.add_parser("import-sheet", help="validate a sheet file and import it into the plan service")
    im.add_argument("file")
    im.add_argument("--api", default=None)
    im.add_argument("--token", default=None)
    im.set_defaults(fn=cmd_import_sheet)
    tr = sub.add_parser("train", help="train the tagger and coder from data/")
    tr.add_argument("--spacy-features", action="store_true", help="add spaCy lemma features (slower, see README)")
    tr.add_argument("--tagger-only", action="store_true")
    tr.set_defaults(fn=cmd_train)
    ev = sub.add_parser("eval", help="score the tagger and coder on the held-out dev sets")
    ev.add_argument("what", nargs="?", default="all", choices=["all", "tagger", "coder"])
    ev.set_defaults(fn=cmd_eval)
    args = p.parse_args(argv)
    try:
        return int(args.fn(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
