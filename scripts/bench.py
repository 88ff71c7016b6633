#!/usr/bin/env python3
"""`make bench`: the full stack vs bare Rasa, measured side by side in one run.

Starts the stack on free loopback ports with a throwaway database, then drives scripted conversations
(data/dialogues) through the plan service (as the widget does) and the same messages straight to Rasa's
REST channel, with N concurrent conversations (default N = 1, 10, 50). Prints per-turn latency
median/p95/p99, messages per second, lost messages, sheets imported, RSS per process, the ratios, and
the tagger's and coder's throughput. Bounded: every loop has a fixed count, and only 127.0.0.1 is used.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
from stack import Stack, create_pg_database, start_redis  # noqa: E402

SCRIPTS = sorted((ROOT / "data" / "dialogues").glob("*.json"))


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total = 0
    try:
        out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(pid), "-p", str(pid)], capture_output=True, text=True).stdout
        total = sum(int(x) for x in out.split())
    except (OSError, ValueError):
        pass
    return total / 1024


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its direct children. Per message this is
    steadier than latency when other work shares the machine."""
    tick = os.sysconf("SC_CLK_TCK")
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    total = 0.0
    for p in [pid, *(int(x) for x in out.split())]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, ValueError, IndexError):
            pass
    return total


def script_of(i: int) -> dict:
    return json.loads(SCRIPTS[i % len(SCRIPTS)].read_text("utf-8"))


def turns_of(i: int) -> list[str]:
    return script_of(i)["citizen_turns"]


class Http:
    """Keep-alive HTTP/1.1 JSON client from the standard library, one connection per simulated citizen.

    The load generator shares the two cores with the stack it measures: with httpx it used ~8.7 ms CPU per
    message, as much as a third of Rasa's, and slowed both paths it was comparing. This one uses ~2 ms
    (the bench prints it)."""

    def __init__(self, base_url: str) -> None:
        u = urlsplit(base_url)
        self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)

    def post(self, path: str, body: Any = None, token: str | None = None) -> tuple[int, Any]:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.conn.request("POST", path, body=json.dumps(body or {}).encode(), headers=headers)
        r = self.conn.getresponse()
        data = r.read()
        return r.status, json.loads(data) if data else None

    def close(self) -> None:
        self.conn.close()


def via_plan_service(api: str, token_staff: str, i: int, lat: list[float], stats: dict) -> None:
    c = Http(api)
    try:
        script = script_of(i)
        meta = {"role": "relative" if script.get("speaker") == "relative" else "citizen",
                "language": script.get("language", "da")}
        _, inv = c.post("/api/invitations", {"citizen_ref": f"bench-{uuid.uuid4().hex[:8]}", **meta}, token_staff)
        t = inv["token"]
        c.post(f"/api/chat/{t}/start")
        for text in script["citizen_turns"]:
            t0 = time.perf_counter()
            status, out = c.post(f"/api/chat/{t}/messages", {"text": text, "client_msg_id": uuid.uuid4().hex, **meta})
            lat.append(time.perf_counter() - t0)
            stats["sent"] += 1
            if status != 200 or not (out or {}).get("messages"):
                stats["lost"] += 1
        stats["conversations"].append(inv["conversation_id"])
    finally:
        c.close()


def via_rasa_rest(rasa: str, i: int, lat: list[float], stats: dict) -> None:
    sender = f"bare-{uuid.uuid4().hex[:10]}"
    c = Http(rasa)
    try:
        c.post("/webhooks/rest/webhook", {"sender": sender, "message": "/start"})
        for text in turns_of(i):
            t0 = time.perf_counter()
            status, out = c.post("/webhooks/rest/webhook", {"sender": sender, "message": text})
            lat.append(time.perf_counter() - t0)
            stats["sent"] += 1
            if status != 200 or not out:
                stats["lost"] += 1
    finally:
        c.close()


def run_level(n: int, target, *args) -> dict:
    lat: list[float] = []
    stats = {"sent": 0, "lost": 0, "conversations": []}
    threads = [threading.Thread(target=target, args=(*args, i, lat, stats)) for i in range(n)]
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=900)
    wall = time.perf_counter() - t0
    client_ms = 1000 * (time.process_time() - cpu0) / max(1, len(lat))
    return {"n": n, "turns": len(lat), "client_cpu_ms": client_ms, "median": statistics.median(lat), "p95": pct(lat, 95), "p99": pct(lat, 99),
            "msg_per_s": len(lat) / wall, "lost": stats["lost"], "conversations": stats["conversations"]}


def sheets_imported(api: str, token: str, conversations: list[str]) -> int:
    with httpx.Client(base_url=api, timeout=30) as c:
        deadline = time.monotonic() + 60
        while True:
            ok = sum(1 for cid in conversations
                     if c.get(f"/api/conversations/{cid}/sheet", headers={"Authorization": f"Bearer {token}"}).status_code == 200)
            if ok == len(conversations) or time.monotonic() > deadline:
                return ok
            time.sleep(1)


def cli_rate(cmd: str, lines: list[str], runs: int = 3) -> tuple[float, float]:
    """(utterances/s after load, load seconds) for `forbered tag|code` on the given JSON lines, as the
    command itself times them (FORBERED_TIMING=1): timing a second, empty run for the load was too noisy.
    The median of `runs` runs: one run on this machine varies by ±25%."""
    exe = str(ROOT / ".venv" / "bin" / "forbered")
    env = {**os.environ, "FORBERED_TIMING": "1"}
    rates, loads = [], []
    for _ in range(runs):
        r = subprocess.run([exe, cmd], input="\n".join(lines), capture_output=True, text=True, check=True, env=env)
        timing = json.loads(r.stderr.strip().splitlines()[-1])
        rates.append(timing["n"] / max(1e-9, timing["work_s"]))
        loads.append(timing["load_s"])
    return statistics.median(rates), statistics.median(loads)


def long_input_worst() -> list[tuple[str, float]]:
    """Seconds for the slowest of a few long, hostile messages (20,000 characters) through the tagger and the
    coder in-process: a rule that rescans the rest of the text from every position shows up here as seconds,
    where normal messages take milliseconds. The plan service cuts chat messages shorter; trainer mode does not."""
    from forbered.oars.coder import Coder
    from forbered.tagger import Tagger

    n = 20_000
    hostile = [
        ("loan + filler", "min bror har lånt penge af mig og betaler ikke tilbage " + "a " * (n // 2)),
        ("care + og", "hjemmeplejen kom ikke i går " + "og " * (n // 3)),
        ("violence + ikke", "han slår mig " + "ikke " * (n // 5)),
        ("one long word", "æ" * n),
        ("commas", ", " * (n // 2)),
        ("same word", "jeg " * (n // 4)),
        ("yes, yes", "ja, " * (n // 4) + "det er det med lageret"),
        ("short yes, yes", "ja, " * 50 + "det er det med lageret"),  # chat-sized: an exponential rule hangs here already
        ("safety exceptions", ("Sygeplejersken skal stikke mig, så er I fri for mig, min kæreste vil se mine bryster, "
                               "vi spiller kort. " * 200)[:n]),
        ("story", ("Jeg vil gerne have et job, men jeg er bange for at jeg ikke kan, fordi jeg bliver træt. " * 250)[:n]),
    ]
    tagger, coder = Tagger.load(), Coder.load()
    tagger.tag("hej"), coder.code("Hvad tænker du?", "")
    out = []
    for name, text in hostile:
        t0 = time.perf_counter()
        tagger.tag(text)
        t1 = time.perf_counter()
        coder.code(text, "")
        out.append((name, t1 - t0, time.perf_counter() - t1))
    return out


def dialogue_hostile_worst() -> tuple[str, float]:
    """Seconds for the slowest chat-sized hostile message (2,000 characters, what the chat channel lets through)
    through the tagger and the dialogue at the step where its pattern is read: a long laugh, lists of trades and of
    people, runs of lead words, words after a score."""
    sys.path.insert(0, str(ROOT / "tests" / "forbered"))
    from dialogue_helpers import at_score, at_step, run

    from forbered.tagger import Tagger

    tagger = Tagger.load()
    n = 2_000
    cases = [
        ("laugh", "resources1", ("ha" * n)[: n - 1] + "?"),
        ("because", "hopes1", ("det er nok " * 200)[: n - 6] + "sådan"),
        ("trades", "work", (" eller ".join(["pædagogmedhjælper"] * 90))[: n - 6] + " måske"),
        ("people", "resources1", (" og ".join(["min mor", "min far", "min hund"] * 90))[: n - 12] + " hjælper mig"),
        ("score words", "goal2", "2 " + ("ha" * n)[: n - 3] + "?"),
    ]
    worst = ("", 0.0)
    for name, step, text in cases:
        state = at_score() if step == "goal2" else at_step(step)
        tag = tagger.tag(text)
        t0 = time.perf_counter()
        run([(text, tag)], state)
        took = time.perf_counter() - t0
        worst = max(worst, (name, took), key=lambda w: w[1])
    return worst


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--levels", default="1,10,50")
    ap.add_argument("--sequential", type=int, default=50, help="turns, one conversation after another (0 = skip)")
    ap.add_argument("--replicas", type=int, default=1,
                    help="Rasa replicas; 2+ runs the production shape (PostgreSQL + Redis lock store)")
    args = ap.parse_args()
    import tempfile

    from conftest import free_port

    var = Path(tempfile.mkdtemp(prefix="forbered-bench-"))
    shape: dict = {}
    redis = None
    if args.replicas > 1:
        db = create_pg_database("forbered_bench")
        redis_port = free_port()
        redis = start_redis(redis_port, var)
        shape = {"database_url": db, "tracker_url": db.replace("+psycopg", ""), "redis": ("127.0.0.1", redis_port),
                 "replica_ports": tuple(free_port() for _ in range(args.replicas - 1))}
        print(f"production shape: {args.replicas} Rasa replicas, PostgreSQL, Redis lock store")
    stack = Stack(api_port=free_port(), rasa_port=free_port(), action_port=free_port(), var_dir=var, log_dir=var / "logs",
                  **shape)
    t0 = time.perf_counter()
    stack.start()
    start_s = time.perf_counter() - t0
    try:
        with httpx.Client(base_url=stack.api_url) as c:
            staff = c.post("/api/auth/login", json={"email": "sagsbehandler@forbered.dk", "password": "demo1234"}).json()["access_token"]
        print(f"stack start (Rasa model cached): {start_s:.1f} s\n")
        if args.sequential:
            seq = {"full": [], "bare": []}
            i = 0
            while min(len(seq["full"]), len(seq["bare"])) < args.sequential:
                stats = {"sent": 0, "lost": 0, "conversations": []}
                via_plan_service(stack.api_url, staff, i, seq["full"], stats)
                via_rasa_rest(stack.rasa_url, i, seq["bare"], dict(stats))
                i += 1
            f, b = seq["full"][: args.sequential], seq["bare"][: args.sequential]
            print(f"{args.sequential} turns one after another: plan service median {statistics.median(f)*1000:.0f} ms, "
                  f"p95 {pct(f, 95)*1000:.0f} ms; bare Rasa REST median {statistics.median(b)*1000:.0f} ms, "
                  f"p95 {pct(b, 95)*1000:.0f} ms; ratio {statistics.median(f)/statistics.median(b):.2f}× / "
                  f"{pct(f, 95)/pct(b, 95):.2f}×\n")
        print("| N | path | turns | median ms | p95 ms | p99 ms | msg/s | lost | sheets |")
        print("|---|---|---|---|---|---|---|---|---|")
        cpu_rows = []
        for n in [int(x) for x in args.levels.split(",")]:
            before = {name: cpu_s(p.pid) for name, p in stack.procs.items()}
            full = run_level(n, via_plan_service, stack.api_url, staff)
            middle = {name: cpu_s(p.pid) for name, p in stack.procs.items()}
            bare = run_level(n, via_rasa_rest, stack.rasa_url)
            after = {name: cpu_s(p.pid) for name, p in stack.procs.items()}
            cpu_rows.append((n, {k: 1000 * (middle[k] - before[k]) / max(1, full["turns"]) for k in before},
                             {k: 1000 * (after[k] - middle[k]) / max(1, bare["turns"]) for k in before},
                             (full["client_cpu_ms"], bare["client_cpu_ms"])))
            sheets = sheets_imported(stack.api_url, staff, full["conversations"])
            for name, r, sh in (("plan service → Rasa", full, f"{sheets}/{n}"), ("bare Rasa REST", bare, "–")):
                print(f"| {n} | {name} | {r['turns']} | {r['median']*1000:.0f} | {r['p95']*1000:.0f} | {r['p99']*1000:.0f} | "
                      f"{r['msg_per_s']:.1f} | {r['lost']} | {sh} |")
            print(f"| {n} | ratio full/bare | | {full['median']/bare['median']:.2f}× | {full['p95']/bare['p95']:.2f}× | "
                  f"{full['p99']/bare['p99']:.2f}× | | | |")
        print("\nCPU ms per message (user + system, each process with its children):")
        for n, f, b, (cf, cb) in cpu_rows:
            print(f"  N={n}: full " + ", ".join(f"{k} {v:.1f}" for k, v in f.items()) + f" (sum {sum(f.values()):.1f}); "
                  f"bare " + ", ".join(f"{k} {v:.1f}" for k, v in b.items() if v >= 0.05)
                  + f"; load generator (this process) {cf:.1f} / {cb:.1f}")
        print("\nRSS after the load:")
        for name, p in stack.procs.items():
            print(f"  {name}: {rss_mb(p.pid):.0f} MB")
    finally:
        stack.stop()
        if redis is not None:
            redis.terminate()
    dev = [json.loads(line) for line in (ROOT / "data" / "tagger" / "dev.jsonl").read_text("utf-8").splitlines() if line]
    lines = [json.dumps({"id": i, "text": dev[i % len(dev)]["text"]}, ensure_ascii=False) for i in range(5000)]
    rate, load = cli_rate("tag", lines)
    print(f"\nforbered tag: {rate:.0f} utterances/s after loading (5,000 lines, one process, median of 3 runs); "
          f"load {load:.2f} s")
    try:
        cdev = [json.loads(line) for line in (ROOT / "data" / "coder" / "dev.jsonl").read_text("utf-8").splitlines() if line]
        lines = [json.dumps({"id": i, "text": cdev[i % len(cdev)]["text"], "context": cdev[i % len(cdev)].get("context", "")},
                            ensure_ascii=False) for i in range(5000)]
        rate, load = cli_rate("code", lines)
        print(f"forbered code: {rate:.0f} utterances/s after loading (5,000 lines, median of 3 runs); load {load:.2f} s")
    except subprocess.CalledProcessError as exc:
        print(f"forbered code: not available ({exc.stderr.strip()[-200:]})")
    worst = long_input_worst()
    print("\nLong hostile messages (20,000 characters), seconds per message, tagger / coder: "
          + "; ".join(f"{name} {t:.2f} / {c:.2f}" for name, t, c in worst)
          + f" — slowest {max(max(t, c) for _, t, c in worst):.2f} s")
    name, took = dialogue_hostile_worst()
    print(f"Chat-sized hostile messages (2,000 characters) through the dialogue: slowest {took:.2f} s ({name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
