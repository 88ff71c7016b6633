"""Replaying a scripted conversation through the running stack, exactly as the widget does.

`forbered chat --script FILE.json` → one JSON object {"transcript": [...], "sheet": {...}} on stdout.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

DEFAULT_API = "http://127.0.0.1:8000"
DEMO_EMAIL = "sagsbehandler@forbered.dk"
DEMO_PASSWORD = "demo1234"


class ReplayError(RuntimeError):
    pass


def _check(r: httpx.Response) -> dict[str, Any]:
    if r.status_code >= 400:
        raise ReplayError(f"{r.request.method} {r.request.url.path} -> {r.status_code}: {r.text[:300]}")
    return r.json()


# How long one request may wait in all for the plan service's rate limit. The limits are set for people typing
# (a burst of 30 messages per conversation, then 20 a minute); a replay sends at machine speed, so a long script
# waits where a person would never notice, and is never cut off half-way.
RATE_LIMIT_PATIENCE_S = 600.0


def _request(client: httpx.Client, method: str, url: str, **kw: Any) -> httpx.Response:
    """One request; on 429 it waits as long as the service's Retry-After says and tries again."""
    deadline = time.monotonic() + RATE_LIMIT_PATIENCE_S
    while True:
        r = client.request(method, url, **kw)
        if r.status_code != 429:
            return r
        try:
            wait = float(r.headers.get("Retry-After", "1"))
        except ValueError:
            wait = 1.0
        wait = min(max(wait, 0.2), 30.0)
        if time.monotonic() + wait > deadline:
            return r
        time.sleep(wait)


def _token_cache(api_url: str, email: str) -> Path:
    key = hashlib.sha256(f"{api_url}|{email}".encode()).hexdigest()[:16]
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "forbered" / f"staff-token-{key}.json"


def staff_token(client: httpx.Client, *, fresh: bool = False) -> str:
    """A staff token for creating invitations; reused across replays while valid, so replaying many
    conversations in a row does not trip the login rate limit."""
    email = os.environ.get("FORBERED_REPLAY_EMAIL", DEMO_EMAIL)
    password = os.environ.get("FORBERED_REPLAY_PASSWORD", DEMO_PASSWORD)
    cache = _token_cache(str(client.base_url), email)
    if not fresh:
        try:
            cached = json.loads(cache.read_text("utf-8"))
            if cached["expires"] > time.time() + 60:
                return cached["token"]
        except (OSError, ValueError, KeyError):
            pass
    token = _check(_request(client, "POST", "/api/auth/login", json={"email": email, "password": password}))["access_token"]
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps({"token": token, "expires": time.time() + 20 * 60}), "utf-8")
        cache.chmod(0o600)
    except OSError:
        pass
    return token


def replay(script: dict[str, Any] | list[Any], *, api_url: str | None = None, sheet_wait_s: float = 20.0) -> dict[str, Any]:
    api_url = api_url or os.environ.get("FORBERED_API_URL", DEFAULT_API)
    if isinstance(script, list):  # a bare list of turns
        script = {"citizen_turns": script}
    turns = [_turn_text(t) for t in script.get("citizen_turns") or []]
    role = "relative" if str(script.get("speaker") or "").strip().lower() in ("relative", "pårørende") else "citizen"
    language = "en" if str(script.get("language") or "").strip().lower() in ("en", "eng", "english", "engelsk") else "da"
    transcript: list[dict[str, Any]] = []
    with httpx.Client(base_url=api_url, timeout=120.0) as client:
        body = {"citizen_ref": f"replay-{uuid.uuid4().hex[:10]}", "role": role, "language": language}
        r = _request(client, "POST", "/api/invitations", headers={"Authorization": f"Bearer {staff_token(client)}"}, json=body)
        if r.status_code == 401:  # the cached token expired or the service restarted with a new key
            r = _request(client, "POST", "/api/invitations",
                         headers={"Authorization": f"Bearer {staff_token(client, fresh=True)}"}, json=body)
        inv = _check(r)
        token = inv["token"]

        def collect(payload: dict[str, Any]) -> None:
            for m in payload.get("messages", []):
                techniques = (m.get("custom") or {}).get("techniques")
                if m.get("text"):
                    entry: dict[str, Any] = {"role": "bot", "text": m["text"]}
                    if techniques:  # the MI techniques of this bot turn
                        entry["techniques"] = techniques
                    transcript.append(entry)
                elif techniques and transcript and transcript[-1]["role"] == "bot":
                    # Rasa sends a message's custom data as a message of its own, right after the text
                    transcript[-1]["techniques"] = techniques

        collect(_check(_request(client, "POST", f"/api/chat/{token}/start")))
        for text in turns:
            transcript.append({"role": "citizen", "text": text})
            body = {"text": text, "role": role, "language": language, "client_msg_id": uuid.uuid4().hex}
            r = _request(client, "POST", f"/api/chat/{token}/messages", json=body)
            if r.status_code == 422:  # refused kindly (empty, too long): show the answer, go on
                transcript.append({"role": "bot", "text": str(r.json().get("detail"))})
                continue
            collect(_check(r))
        sheet = _fetch_sheet(client, token, wait_s=sheet_wait_s)
    return {"transcript": transcript, "sheet": sheet}


def _turn_text(turn: Any) -> str:
    """A turn as the citizen types it: a string as it is; {"text": …} its text; nothing as an empty message."""
    if isinstance(turn, dict):
        turn = turn.get("text")
    return "" if turn is None else str(turn)


def _fetch_sheet(client: httpx.Client, token: str, *, wait_s: float) -> dict[str, Any] | None:
    """The imported sheet; the bot delivers it just after the last turn, so wait a little for it,
    and fall back to the draft when the conversation ended before the citizen confirmed."""
    deadline = time.monotonic() + wait_s
    draft = None
    while True:
        r = _request(client, "GET", f"/api/chat/{token}/sheet")
        if r.status_code == 200:
            return _content(r.json())
        d = _request(client, "GET", f"/api/chat/{token}/sheet", params={"draft": "true"})
        if d.status_code == 200:
            draft = _content(d.json())
            if draft is not None and not (draft.get("citizen_confirmed") or draft.get("stopped_early")):
                return draft
        if time.monotonic() > deadline:
            return draft
        time.sleep(0.5)


def _content(body: Any) -> dict[str, Any] | None:
    """The sheet document inside the plan service's answer ({"sheet": {...}, "version", "draft"})."""
    if isinstance(body, dict):
        for key in ("sheet", "content"):
            if isinstance(body.get(key), dict):
                return body[key]
    return None


def replay_file(path: Path, **kw: Any) -> dict[str, Any]:
    return replay(json.loads(Path(path).read_text("utf-8-sig")), **kw)
