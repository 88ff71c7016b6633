#!/usr/bin/env python3
"""Start (and cleanly stop) the whole Forbered stack on loopback.

Rasa action server (.venv-rasa), Rasa server (.venv-rasa, custom channel, SQL tracker store) and the
plan service (.venv, FastAPI) with an embedded SQLite database by default. Trains the Rasa model only
when the bot's files changed (content-hashed cache). Used by `make run` and by the end-to-end tests.
Standard library only, so it runs from any Python.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BOT = REPO / "bot"
RASA_PY = REPO / ".venv-rasa" / "bin"
API_PY = REPO / ".venv" / "bin"
CACHE = Path(os.environ.get("FORBERED_RASA_CACHE", Path.home() / ".cache" / "forbered" / "rasa-models"))
MODEL_INPUTS = ("config.yml", "domain", "data", "components")


def bot_hash() -> str:
    h = hashlib.sha256()
    for name in MODEL_INPUTS:
        p = BOT / name
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts:
                h.update(str(f.relative_to(BOT)).encode())
                h.update(f.read_bytes())
    h.update(b"rasa-3.6.21")
    return h.hexdigest()[:16]


def base_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"RASA_TELEMETRY_ENABLED": "false", "PYTHONUNBUFFERED": "1", "TF_CPP_MIN_LOG_LEVEL": "3",
                "PYTHONPATH": f"{BOT}{os.pathsep}{REPO}", "SANIC_HOST": "127.0.0.1"})
    return env


def ensure_model(quiet: bool = False) -> Path:
    """The trained Rasa model for the current bot files, trained only if not cached."""
    CACHE.mkdir(parents=True, exist_ok=True)
    name = f"forbered-{bot_hash()}"
    model = CACHE / f"{name}.tar.gz"
    if model.exists():
        return model
    print(f"Training the Rasa model ({name}) …", flush=True)
    t0 = time.monotonic()
    cmd = [str(RASA_PY / "rasa"), "train", "--config", "config.yml", "--domain", "domain", "--data", "data",
           "--out", str(CACHE), "--fixed-model-name", name]
    out = subprocess.DEVNULL if quiet else None
    subprocess.run(cmd, cwd=BOT, env=base_env(), check=True, stdout=out)
    print(f"Rasa model trained in {time.monotonic() - t0:.0f} s", flush=True)
    return model


def create_pg_database(prefix: str) -> str:
    """A fresh database on the throwaway PostgreSQL server (scripts/pg.sh), as a SQLAlchemy URL."""
    import uuid

    from sqlalchemy import create_engine, text

    url = subprocess.run([str(REPO / "scripts" / "pg.sh"), "start"], capture_output=True, text=True, check=True).stdout.strip()
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{url.rsplit('/', 1)[0]}/{name}"


def drop_pg_database(db_url: str) -> None:
    from sqlalchemy import create_engine, text

    base, name = db_url.rsplit("/", 1)
    engine = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def start_redis(port: int, directory: Path) -> subprocess.Popen:
    """Debian's redis-server on loopback, nothing persisted (the lock store of the production shape)."""
    return subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(directory)], stdout=subprocess.DEVNULL)


def wait_http(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{url}: process exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status < 500:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} not ready after {timeout:.0f} s")


class Stack:
    def __init__(self, *, api_port: int = 8000, rasa_port: int = 5005, action_port: int = 5055,
                 var_dir: Path | None = None, database_url: str | None = None, tracker_url: str | None = None,
                 log_dir: Path | None = None, extra_env: dict[str, str] | None = None,
                 replica_ports: tuple[int, ...] = (), redis: tuple[str, int] | None = None) -> None:
        """`replica_ports`: more Rasa replicas (production shape; needs a PostgreSQL `tracker_url` and
        `redis` (host, port) for the shared lock store)."""
        self.api_port, self.rasa_port, self.action_port = api_port, rasa_port, action_port
        self.replica_ports = tuple(replica_ports)
        self.redis = redis
        self.var = Path(var_dir or REPO / "var")
        self.var.mkdir(parents=True, exist_ok=True)
        self.database_url = database_url or f"sqlite:///{self.var / 'forbered.db'}"
        self.tracker_url = tracker_url or f"sqlite:///{self.var / 'rasa_tracker.db'}"
        self.log_dir = Path(log_dir) if log_dir else None
        self.extra_env = extra_env or {}
        self.procs: dict[str, subprocess.Popen] = {}

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def env(self) -> dict[str, str]:
        env = base_env()
        env.update({
            "FORBERED_API_URL": self.api_url,
            "FORBERED_RASA_URL": ",".join([self.rasa_url, *(f"http://127.0.0.1:{p}" for p in self.replica_ports)]),
            "FORBERED_ACTION_URL": f"http://127.0.0.1:{self.action_port}/webhook",
            "FORBERED_TRACKER_URL": self.tracker_url,
            "FORBERED_TRACKER_DIALECT": self.tracker_url.split(":", 1)[0].split("+", 1)[0],
            "FORBERED_DATABASE_URL": self.database_url, "FORBERED_OUTBOX_DIR": str(self.var / "outbox"),
            "FORBERED_PUBLIC_BASE_URL": self.api_url,
            # consent withdrawal erases the conversation from Rasa's tracker store too
            "FORBERED_TRACKER_DATABASE_URL": self.tracker_url.replace("postgresql://", "postgresql+psycopg://", 1),
        })
        env.setdefault("FORBERED_RASA_TOKEN", "dev-rasa-token")
        if self.redis:
            env["FORBERED_REDIS_HOST"], env["FORBERED_REDIS_PORT"] = self.redis[0], str(self.redis[1])
        # On one machine every client is 127.0.0.1, so per-IP limits would throttle replays and
        # benchmarks; per-invitation limits stay on. Production sets these for its own proxy setup.
        for key, value in (("FORBERED_CHAT_IP_BURST", "100000"), ("FORBERED_CHAT_IP_PER_MINUTE", "100000"),
                           ("FORBERED_LOGIN_IP_BURST", "10000"), ("FORBERED_LOGIN_IP_PER_MINUTE", "10000")):
            env.setdefault(key, value)
        env.update(self.extra_env)
        return env

    def _spawn(self, name: str, cmd: list[str], cwd: Path) -> subprocess.Popen:
        out = open(self.log_dir / f"{name}.log", "ab") if self.log_dir else None  # noqa: SIM115
        proc = subprocess.Popen(cmd, cwd=cwd, env=self.env(), stdout=out, stderr=subprocess.STDOUT if out else None,
                                start_new_session=True)
        self.procs[name] = proc
        return proc

    def start_actions(self) -> None:
        p = self._spawn("actions", [str(RASA_PY / "rasa"), "run", "actions", "--actions", "actions",
                                    "--port", str(self.action_port)], BOT)
        wait_http(f"http://127.0.0.1:{self.action_port}/health", 120, p)

    def start_rasa(self, model: Path) -> None:
        endpoints = "endpoints-replicas.yml" if self.replica_ports else "endpoints.yml"
        started = []
        for n, port in enumerate((self.rasa_port, *self.replica_ports)):
            name = "rasa" if n == 0 else f"rasa-{n + 1}"
            p = self._spawn(name, [str(RASA_PY / "rasa"), "run", "--model", str(model), "--endpoints", endpoints,
                                   "--credentials", "credentials.yml", "--enable-api", "--auth-token",
                                   self.env()["FORBERED_RASA_TOKEN"], "-i", "127.0.0.1", "-p", str(port)], BOT)
            started.append((port, p))
        for port, p in started:
            wait_http(f"http://127.0.0.1:{port}/webhooks/forbered/", 240, p)
            self.warm_up_rasa(port)

    def warm_up_rasa(self, port: int) -> None:
        """Run the NLU pipeline once before the first citizen arrives. The Forbered tagger loads on
        first use (~1-2 s of CPU in Rasa's event loop), which otherwise stalls every conversation that
        is mid-turn at that moment. /model/parse touches no tracker, so nothing is stored."""
        import json

        req = urllib.request.Request(
            f"http://127.0.0.1:{port}/model/parse?token={self.env()['FORBERED_RASA_TOKEN']}",
            data=json.dumps({"text": "jeg vil gerne have et arbejde"}).encode(), method="POST",
            headers={"Content-Type": "application/json"})
        with contextlib.suppress(OSError):  # only a warm-up: a failure here just leaves the load to the first turn
            urllib.request.urlopen(req, timeout=60).close()

    def start_api(self) -> None:
        p = self._spawn("api", [str(API_PY / "uvicorn"), "api.main:app", "--host", "127.0.0.1",
                                "--port", str(self.api_port), "--no-access-log"], REPO)
        wait_http(f"{self.api_url}/healthz", 60, p)

    def start(self, model: Path | None = None) -> None:
        model = model or ensure_model()
        if self.log_dir:
            self.log_dir.mkdir(parents=True, exist_ok=True)
        self.start_actions()
        self.start_rasa(model)
        self.start_api()

    def stop(self, name: str | None = None) -> None:
        for n in ([name] if name else list(self.procs)[::-1]):
            p = self.procs.pop(n, None)
            if p is None or p.poll() is not None:
                continue
            try:
                os.killpg(p.pid, signal.SIGTERM)
                p.wait(timeout=20)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(p.pid, signal.SIGKILL)


def retention_job(stack: Stack, interval_h: float, stop: dict) -> None:
    """The scheduled retention purge (daily by default) while the stack runs. In production the same
    command runs from cron or a systemd timer: `.venv/bin/python -m api.retention`."""
    import threading

    def loop() -> None:
        while not stop["now"]:
            subprocess.run([str(API_PY / "python"), "-m", "api.retention"], cwd=REPO, env=stack.env(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            deadline = time.monotonic() + interval_h * 3600
            while not stop["now"] and time.monotonic() < deadline:
                time.sleep(5)

    threading.Thread(target=loop, name="retention", daemon=True).start()


def main() -> int:
    ap = argparse.ArgumentParser(description="Run the Forbered stack on loopback.")
    ap.add_argument("--train-only", action="store_true", help="train the Rasa model if needed, then exit")
    ap.add_argument("--api-port", type=int, default=8000)
    args = ap.parse_args()
    if args.train_only:
        print(ensure_model())
        return 0
    stack = Stack(api_port=args.api_port, log_dir=REPO / "var" / "logs")
    t0 = time.monotonic()
    try:
        stack.start()
    except BaseException as exc:
        stack.stop()
        if isinstance(exc, KeyboardInterrupt):
            return 130
        print(f"Could not start the stack: {exc}", file=sys.stderr)
        return 1
    print(f"""
Forbered is running (started in {time.monotonic() - t0:.0f} s).

  Contact person review:  {stack.api_url}/login   (kontakt@forbered.dk / demo1234)
  Case worker (invites):  sagsbehandler@forbered.dk / demo1234
  A citizen's chat link:  {stack.api_url}/demo   (creates a demo invitation and opens the chat)
  API documentation:      {stack.api_url}/docs
  Logs:                   var/logs/ (citizen text is never logged)

Press Ctrl-C to stop everything.
""", flush=True)
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    retention_job(stack, float(os.environ.get("FORBERED_RETENTION_INTERVAL_HOURS", "24")), stop)
    try:
        while not stop["now"]:
            for name, p in stack.procs.items():
                if p.poll() is not None:
                    print(f"{name} stopped unexpectedly (exit {p.returncode}); stopping.", file=sys.stderr)
                    stop["now"] = True
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    print("Stopping …", flush=True)
    stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
