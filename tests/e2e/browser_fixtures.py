"""Fixtures for the browser tests: the real plan service on loopback, a scripted stand-in for Rasa,
and Debian's Chromium driven by Playwright.

The fake Rasa answers the plan service's channel webhook (POST /webhooks/forbered/webhook) with the
conversation map's questions in order (docs/conversation-map.md), and after the citizen confirms the
summary it imports a preparation sheet through /api/sheets/import, as the real bot's outbox does.
The full stack with the real Rasa is tested elsewhere (tests/e2e/test_stack*.py).
"""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO_ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CONTACT_EMAIL = "kontakt@forbered.dk"
DEV_PASSWORD = "demo1234"
SERVICE_TOKEN = "dev-service-token"  # the test env accepts the development placeholder
XSS_TEXT = '<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2"> Hvad er du god til?'

# ---- the scripted bot -------------------------------------------------------------------------

PHASE = {
    "consent": (0, "Start"),
    "resources1": (1, "Det er du god til"),
    "resources2": (1, "Det er du god til"),
    "hopes1": (2, "Dine håb og drømme"),
    "hopes2": (2, "Dine håb og drømme"),
    "work": (3, "Arbejde og uddannelse"),
    "goal1": (4, "Dine mål"),
    "goal2": (4, "Dine mål"),
    "parking": (5, "Parkeringspladsen"),
    "meeting1": (6, "Mødet"),
    "meeting2": (6, "Mødet"),
    "summary": (7, "Opsummering"),
    "done": (7, "Opsummering"),
}
DK = {"title": "Ved ikke", "payload": "/dont_know"}
SKIP = {"title": "Spring over", "payload": "/skip"}
QUESTIONS: dict[str, tuple[str, list[dict[str, str]]]] = {
    "resources1": ("Hvad er du god til?", [DK, SKIP]),
    "resources2": ("Hvad giver dig glæde i hverdagen?", [DK, SKIP]),
    "hopes1": ("Hvad håber eller drømmer du om for dit liv?", [DK, SKIP]),
    "hopes2": ("Hvad ville være anderledes for dig, hvis det lykkedes?", [DK, SKIP]),
    "work": ("Har du ønsker om arbejde, uddannelse eller noget at lave i dagtimerne?", [DK, SKIP]),
    "goal1": (
        "Du har måske nogle mål nu. Hvordan går det med dem?",
        [DK, {"title": "Jeg har ingen mål", "payload": "/skip"}],
    ),
    "goal2": (
        "Hvor godt går det? Vælg et tal fra 0 til 4. 0 er slet ikke, og 4 er rigtig godt.",
        [{"title": str(n), "payload": f'/score{{"score": {n}}}'} for n in range(5)],
    ),
    "parking": ("Er der noget, der fylder meget for dig lige nu?", [{"title": "Nej", "payload": "/no"}, DK]),
    "meeting1": (
        "Vil du have en pårørende med til mødet?",
        [{"title": "Ja", "payload": "/yes"}, {"title": "Nej", "payload": "/no"}, DK],
    ),
    "meeting2": (
        "Planen kan være farverig eller neutral. Hvad vil du helst have?",
        [{"title": "Farverig", "payload": "/colourful"}, {"title": "Neutral", "payload": "/neutral"}],
    ),
}
ORDER = ["consent", *QUESTIONS, "summary", "done"]
SAFETY_WORDS = re.compile(r"selvmord|slå mig selv ihjel|skade mig selv", re.IGNORECASE)


@dataclass
class Talk:
    step: str = "start"
    answers: dict[str, str] = field(default_factory=dict)
    score: int | None = None


class FakeRasa:
    """A loopback HTTP server that talks like the Forbered bot, one scripted question per turn."""

    def __init__(self) -> None:
        self.talks: dict[str, Talk] = {}
        self.received: list[tuple[str, str]] = []
        self.fail_next = 0  # answer this many webhook calls with 500 (the bot is down)
        self.delay = 0.0  # seconds to think before answering (the typing indicator shows meanwhile)
        self.plan_url = ""
        self.imported: list[str] = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))) or b"{}")
                if self.path != "/webhooks/forbered/webhook":
                    self._answer(404, {"error": "not found"})
                    return
                with fake.lock:
                    fake.received.append((str(body.get("sender")), str(body.get("message", ""))))
                    if fake.fail_next > 0:
                        fake.fail_next -= 1
                        self._answer(500, {"error": "down"})
                        return
                    replies = fake.reply(str(body.get("sender")), str(body.get("message", "")))
                    delay = fake.delay
                time.sleep(delay)
                self._answer(200, replies)

            def _answer(self, status: int, data: Any) -> None:
                raw = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> FakeRasa:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- dialogue --

    def reply(self, sender: str, message: str) -> list[dict[str, Any]]:
        talk = self.talks.setdefault(sender, Talk())
        out: list[dict[str, Any]] = []
        if message == "/start":
            talk.step = "consent"
            out.append(
                _msg("Hej, og velkommen. 😊 Jeg hjælper dig med at gøre dig klar til dit borgerplansmøde.")
            )
            out.append(
                _msg(
                    "Jeg gemmer det, du skriver, så din kontaktperson kan læse det før mødet. "
                    "Er det i orden?",
                    [
                        {"title": "Ja, jeg skriver selv", "payload": "/consent_citizen"},
                        {"title": "Ja, jeg er pårørende", "payload": "/consent_relative"},
                        {"title": "Nej", "payload": "/no"},
                    ],
                )
            )
            return _with_progress(out, talk.step)
        if SAFETY_WORDS.search(message):
            out.append(
                _msg(
                    "Tak, fordi du fortæller mig det. Det lyder rigtig svært. Hvis du er i fare lige nu, "
                    "så ring 112. Du kan også ringe til Livslinien på 70 201 201.",
                    custom={"safety": True},
                )
            )
            out.append(self._question(talk.step))
            return _with_progress(out, talk.step)
        if "vis temaer" in message.lower():
            themes = [("Relationer", "relationer"), ("Mobilitet", "mobilitet"), ("Sundhed", "sundhed")]
            buttons = [{"title": t, "payload": f'/theme{{"theme": "{k}"}}'} for t, k in themes]
            out.append(_msg("Hvad vil du helst tale om?", buttons))
            return _with_progress(out, talk.step)
        if "vis html" in message.lower():
            out.append(_msg(XSS_TEXT, QUESTIONS.get(talk.step, ("", [DK, SKIP]))[1]))
            return _with_progress(out, talk.step)
        if talk.step == "done":
            return _with_progress([_msg("Selv tak. Held og lykke med mødet.")], "done")
        if talk.step == "summary":
            if message == "/yes":
                talk.step = "done"
                out.append(
                    _msg(
                        "Tak, fordi du fortalte mig det. Dit forberedelsesark er klar. Din kontaktperson "
                        "kan se det før mødet. Du kan også selv se det og printe det."
                    )
                )
                threading.Thread(target=self._import_sheet, args=(sender, talk), daemon=True).start()
                return _with_progress(out, "done")
            out.append(_msg("Hvad skal jeg rette eller tilføje?"))
            return _with_progress(out, "summary")
        if talk.step == "goal2":
            match = re.search(r'"score":\s*(\d)', message) or re.fullmatch(r"\s*([0-4])\s*", message)
            talk.score = int(match.group(1)) if match else None
            out.append(_msg(f"Tak. Jeg skriver {talk.score} ud af 4."))
        elif talk.step != "consent" and not message.startswith("/"):
            talk.answers[talk.step] = message
            out.append(_msg("Det lyder, som om det betyder meget for dig."))
        elif talk.step == "consent":
            out.append(_msg("Tak. Så går vi i gang."))
        elif message in ("/dont_know", "/skip"):
            out.append(_msg("Det er helt i orden."))
        talk.step = ORDER[ORDER.index(talk.step) + 1]
        if talk.step == "summary":
            out.append(_msg("Lad mig samle op.\n" + "\n".join(f"• {a}" for a in talk.answers.values())))
            out.append(
                _msg(
                    "Er det rigtigt?",
                    [{"title": "Ja", "payload": "/yes"}, {"title": "Nej, ret noget", "payload": "/correct"}],
                )
            )
        else:
            out.append(self._question(talk.step))
        return _with_progress(out, talk.step)

    def _question(self, step: str) -> dict[str, Any]:
        text, buttons = QUESTIONS.get(step, ("Fortæl gerne lidt mere.", [DK, SKIP]))
        return _msg(text, buttons)

    def _import_sheet(self, sender: str, talk: Talk) -> None:
        time.sleep(0.3)
        sheet = build_sheet(sender, talk)
        response = httpx.post(
            f"{self.plan_url}/api/sheets/import",
            json=sheet,
            headers={"Authorization": f"Bearer {SERVICE_TOKEN}"},
            timeout=10,
        )
        if response.status_code in (200, 201):
            self.imported.append(sender)


def _msg(
    text: str, buttons: list[dict[str, str]] | None = None, custom: dict[str, Any] | None = None
) -> dict:
    return {"recipient_id": "x", "text": text, "buttons": buttons or [], "custom": dict(custom or {})}


def _with_progress(messages: list[dict[str, Any]], step: str) -> list[dict[str, Any]]:
    n, name = PHASE[step]
    for m in messages:
        m["custom"] = {
            **m["custom"],
            "progress": {"step": step, "n": n, "total": 7, "label": f"Trin {n} af 7: {name}"},
        }
    messages[-1]["custom"]["techniques"] = ["open_question"]
    return messages


def build_sheet(conversation_id: str, talk: Talk) -> dict[str, Any]:
    a = talk.answers

    def items(*steps: str, theme: str = "none") -> list[dict[str, Any]]:
        return [{"text": a[s], "quote": a[s], "theme": theme} for s in steps if s in a]

    return {
        "schema": "forbered.preparation-sheet/v1",
        "sheet_id": f"sheet-{conversation_id}"[:64],
        "conversation_id": conversation_id,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "language": "da",
        "written_by": "citizen",
        "hopes": items("hopes1", "hopes2"),
        "resources": items("resources1", "resources2"),
        "parking": items("parking"),
        "employment": items("work", theme="beskaeftigelse"),
        "themes": ["beskaeftigelse", "relationer"],
        "goal_progress": [
            {"goal": a.get("goal1", "Mit mål"), "self_score": talk.score, "quote": a.get("goal1", "")}
        ],
        "change_talk": [],
        "sustain_talk": [],
        "preferences": {"relatives_attend": True, "plan_version": "colourful"},
        "summary": "Lad mig samle op.\n" + "\n".join(f"• {v}" for v in a.values()),
        "citizen_confirmed": True,
        "stopped_early": False,
        "safety": {"flagged": False, "turns": []},
    }


# ---- the plan service -------------------------------------------------------------------------


@dataclass
class Stack:
    base_url: str
    rasa: FakeRasa

    def invite(self, citizen_ref: str) -> dict[str, str]:
        """A new invitation made by the seeded contact person: {"token", "url", "conversation_id"}."""
        with httpx.Client(base_url=self.base_url, timeout=10) as http:
            login = http.post("/api/auth/login", json={"email": CONTACT_EMAIL, "password": DEV_PASSWORD})
            login.raise_for_status()
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            created = http.post("/api/invitations", json={"citizen_ref": citizen_ref}, headers=headers)
            created.raise_for_status()
            return created.json()


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture(scope="module")
def plan_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    import uvicorn

    db_url = f"sqlite:///{tmp_path_factory.mktemp('browser-db') / 'forbered.db'}"
    sock = _free_socket()
    base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    rasa = FakeRasa().start()
    rasa.plan_url = base_url
    saved = {k: os.environ.get(k) for k in ("FORBERED_ENV", "FORBERED_DATABASE_URL")}
    os.environ.update(FORBERED_ENV="test", FORBERED_DATABASE_URL=db_url)
    from api.config import Settings
    from api.db import Database
    from api.main import create_app
    from api.migrate import upgrade_head
    from api.seed import seed_dev_users

    # Rate limits off: the tests click faster than any citizen (the limiter has its own tests).
    settings = Settings(
        env="test",
        database_url=db_url,
        rasa_url=rasa.url,
        rasa_timeout_seconds=5,
        public_base_url=base_url,
        rate_limit_enabled=False,
    )
    upgrade_head(db_url)
    database = Database(db_url)
    with database.session() as db:  # the test env seeds no one: seed the demo contact person here
        seed_dev_users(db)
        db.commit()
    database.dispose()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the plan service did not start")
        time.sleep(0.05)
    try:
        yield Stack(base_url=base_url, rasa=rasa)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        rasa.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# ---- the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 375, "height": 740}, locale="da-DK", reduced_motion="reduce")
    ctx.set_default_timeout(10_000)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context: Any) -> Any:
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))  # type: ignore[attr-defined]
    return page


def run_axe(page: Any) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA violations on the current page (injected without touching the CSP)."""
    if not AXE_JS.exists():
        pytest.skip("axe-core is not installed: run `npm ci --prefix tests/e2e`")
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}));
        }"""
    )
    return result


def screenshot(page: Any, name: str, width: int, *, full_page: bool = True) -> Path:
    """artifacts/screenshots/<name>-<width>.png; `full_page=False` keeps just what the screen shows."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900 if width > 600 else 740})
    path = SCREENSHOTS / f"{name}-{width}{'' if full_page else '-screen'}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
