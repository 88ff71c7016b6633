"""`forbered tag`: JSON lines in, one JSON line out per input, ids kept, bad lines reported."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from forbered import paths
from forbered.tagger import HEADS, model_path


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if all(model_path(h).exists() for h in HEADS):
        return paths.model_dir()
    from forbered.tagger.train import train_and_save

    out = tmp_path_factory.mktemp("tagger_model")
    train_and_save(directory=out)
    return out


def run_tag(model_dir: Path, stdin: str, *args: str) -> list[dict]:
    env = {**os.environ, "FORBERED_MODEL_DIR": str(model_dir)}
    proc = subprocess.run([sys.executable, "-m", "forbered.cli", "tag", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_streams_one_output_per_input_with_ids(model_dir: Path) -> None:
    lines = [
        {"id": 1, "text": "jeg vil gerne have et job", "speaker": "citizen"},
        {"id": "b", "text": "hun vil ikke flytte", "speaker": "relative"},
        {"id": None, "text": "ja"},
        {"id": 4, "text": "jeg vil ikke leve mere"},
    ]
    out = run_tag(model_dir, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    assert [o["id"] for o in out] == [1, "b", None, 4]
    assert [o["talk_type"] for o in out[:3]] == ["change", "sustain", "neutral"]
    assert out[1]["speaker"] == "relative" and out[2]["speaker"] == "citizen"
    assert out[3]["safety"] is True
    for o in out:
        assert {"talk_type", "subtype", "theme", "sheet", "safety", "confidence", "evidence", "clauses"} <= set(o)


def test_bad_json_gives_an_error_object_and_continues(model_dir: Path) -> None:
    stdin = '{"id": 1, "text": "jeg vil gerne svømme"}\n{not json\n[1, 2]\n\n{"id": 3, "text": "nej"}\n'
    out = run_tag(model_dir, stdin)
    assert len(out) == 4
    assert out[0]["id"] == 1 and "error" not in out[0]
    assert out[1]["id"] is None and "line 2" in out[1]["error"]
    assert out[2]["id"] is None and "line 3" in out[2]["error"]
    assert out[3]["id"] == 3 and out[3]["talk_type"] == "neutral"


def test_line_by_line_and_without_clauses(model_dir: Path) -> None:
    text = "jeg vil gerne ud at gå, men jeg er bange for at falde. Min datter vil hjælpe mig."
    out = run_tag(model_dir, json.dumps({"id": 9, "text": text}) + "\n", "--batch", "1", "--no-clauses")
    assert out[0]["id"] == 9 and "clauses" not in out[0]
    with_clauses = run_tag(model_dir, json.dumps({"id": 9, "text": text}) + "\n")
    assert len(with_clauses[0]["clauses"]) >= 2
    for c in with_clauses[0]["clauses"]:
        assert text[c["start"]:c["end"]] == c["text"]


def test_chat_without_a_running_plan_service_says_so_plainly(tmp_path: Path) -> None:
    script = tmp_path / "s.json"
    script.write_text(json.dumps({"citizen_turns": ["ja"]}), "utf-8")
    r = subprocess.run([sys.executable, "-m", "forbered.cli", "chat", "--script", str(script), "--api", "http://127.0.0.1:9"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "does not answer" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("command", ["tag", "code"])
def test_a_caller_that_waits_for_each_answer_gets_it(model_dir: Path, command: str) -> None:
    """One line in, its answer out, before the next line is written (no waiting for a full batch)."""
    env = {**os.environ, "FORBERED_MODEL_DIR": str(model_dir)}
    p = subprocess.Popen([sys.executable, "-m", "forbered.cli", command], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         text=True, bufsize=1, env=env)
    try:
        for i, text in enumerate(["jeg vil gerne have et job", "ved ikke"]):
            p.stdin.write(json.dumps({"id": i, "text": text}) + "\n")
            p.stdin.flush()
            ready, _, _ = select.select([p.stdout], [], [], 60)  # an answer held back for a full batch never comes
            assert ready, "no answer within 60 s"
            out = json.loads(p.stdout.readline())
            assert out["id"] == i
    finally:
        p.stdin.close()
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()


def test_gated_matching_finds_the_same_gates_as_testing_each():
    from forbered.tagger import safety_rules

    _, gated = safety_rules._compiled()
    for text in ["jeg vil ikke leve mere", "jeg har det fint", "min far slog mig i går", "", "æøå ae oe aa"]:
        folded = safety_rules.fold(text)
        assert gated.present_gates(folded) == {g for g in gated.gate_strings if g in folded}


def test_a_byte_order_mark_before_the_first_line_is_no_error(model_dir: Path) -> None:
    # editors on Windows save UTF-8 with a byte order mark; the first record must still be read
    out = run_tag(model_dir, "\ufeff" + json.dumps({"id": "w1", "text": "jeg vil gerne have et job"}) + "\n")
    assert [o.get("id") for o in out] == ["w1"]
    assert "error" not in out[0] and out[0]["talk_type"] == "change"


def test_a_script_file_with_a_byte_order_mark_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from forbered import replay as replay_mod

    script = tmp_path / "bom.json"
    script.write_text("\ufeff" + json.dumps({"citizen_turns": ["ja", "hej"]}), "utf-8")
    seen = {}
    monkeypatch.setattr(replay_mod, "replay", lambda s, **kw: seen.setdefault("script", s))
    replay_mod.replay_file(script)
    assert seen["script"]["citizen_turns"] == ["ja", "hej"]


@pytest.mark.parametrize("written", ["relative", "Relative", " PÅRØRENDE ", "paarorende", "mor", "Father"])
def test_a_relative_speaker_is_read_however_it_is_written(written: str) -> None:
    from forbered.cli import speaker_of

    assert speaker_of(written) == "relative"


@pytest.mark.parametrize("written", [None, "", "citizen", "Borger", "user", 3])
def test_anything_else_is_the_citizen(written: object) -> None:
    from forbered.cli import speaker_of

    assert speaker_of(written) == "citizen"


def test_the_speaker_field_as_written_in_a_file_reaches_the_tagger(model_dir: Path) -> None:
    out = run_tag(model_dir, json.dumps({"id": 1, "text": "hun vil gerne bo for sig selv", "speaker": "Pårørende"}) + "\n")
    assert out[0]["speaker"] == "relative"


def test_a_context_that_is_not_text_is_ignored_by_the_coder(model_dir: Path) -> None:
    env = {**os.environ, "FORBERED_MODEL_DIR": str(model_dir)}
    lines = [{"id": 1, "text": "Du vil gerne arbejde.", "context": {"a": 1}},
             {"id": 2, "text": "Du vil gerne arbejde.", "context": None}]
    proc = subprocess.run([sys.executable, "-m", "forbered.cli", "code"], input="".join(json.dumps(x) + "\n" for x in lines),
                          capture_output=True, text=True, env=env, timeout=120, check=True)
    a, b = (json.loads(line) for line in proc.stdout.splitlines())
    assert (a["code"], a["confidence"]) == (b["code"], b["confidence"])
