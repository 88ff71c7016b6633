"""`forbered chat --script` against a fake plan service: the rate limit is waited out, never a failed replay,
and script files written a little differently are read as meant."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from forbered import replay as replay_mod


class FakeService:
    """Just enough of the plan service's chat API; refuses every `limit_every`-th chat call with 429."""

    def __init__(self, limit_every: int = 0) -> None:
        self.limit_every = limit_every
        self.calls = 0
        self.refused = 0
        self.received: list[dict[str, Any]] = []
        self.invitation: dict[str, Any] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/api/auth/login":
            return httpx.Response(200, json={"access_token": "staff"})
        if path == "/api/invitations":
            self.invitation = json.loads(request.content)
            return httpx.Response(201, json={"token": "tok"})
        self.calls += 1
        if self.limit_every and self.calls % self.limit_every == 0:
            self.refused += 1
            return httpx.Response(429, json={"detail": "vent"}, headers={"Retry-After": "0"})
        if path.endswith("/start"):
            return httpx.Response(200, json={"messages": [{"text": "Hej"}]})
        if path.endswith("/messages"):
            body = json.loads(request.content)
            self.received.append(body)
            if not body["text"].strip():
                return httpx.Response(422, json={"detail": "Skriv gerne noget."})
            return httpx.Response(200, json={"messages": [{"text": "Tak."}]})
        if path.endswith("/sheet"):
            return httpx.Response(200, json={"sheet": {"citizen_confirmed": True}})
        return httpx.Response(404)


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch, tmp_path) -> FakeService:
    fake = FakeService()
    real = httpx.Client
    monkeypatch.setattr(replay_mod.httpx, "Client", lambda **kw: real(transport=httpx.MockTransport(fake), **kw))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(replay_mod.time, "sleep", lambda s: None)
    return fake


def test_a_rate_limited_message_is_sent_again_after_the_wait(service: FakeService) -> None:
    service.limit_every = 3
    out = replay_mod.replay({"citizen_turns": [f"linje {n}" for n in range(40)]}, api_url="http://fake")
    assert service.refused >= 10
    assert [b["text"] for b in service.received] == [f"linje {n}" for n in range(40)]
    assert sum(1 for t in out["transcript"] if t["role"] == "citizen") == 40
    assert out["sheet"] == {"citizen_confirmed": True}


def test_an_empty_turn_gets_the_kind_answer_and_the_replay_goes_on(service: FakeService) -> None:
    out = replay_mod.replay({"citizen_turns": ["ja", "", "hej"]}, api_url="http://fake")
    assert [t["text"] for t in out["transcript"]] == ["Hej", "ja", "Tak.", "", "Skriv gerne noget.", "hej", "Tak."]


@pytest.mark.parametrize(("script", "role", "language"), [
    ({"citizen_turns": ["hi"], "speaker": "Relative", "language": "EN"}, "relative", "en"),
    ({"citizen_turns": ["hej"], "speaker": "citizen", "language": "da"}, "citizen", "da"),
    ({"citizen_turns": ["hej"], "speaker": None}, "citizen", "da"),
])
def test_speaker_and_language_are_read_however_they_are_written(service: FakeService, script, role, language) -> None:
    replay_mod.replay(script, api_url="http://fake")
    assert (service.invitation["role"], service.invitation["language"]) == (role, language)


def test_turns_written_as_objects_or_as_a_bare_list_are_sent_as_their_text(service: FakeService) -> None:
    replay_mod.replay([{"text": "jeg vil gerne cykle"}, "ja", None], api_url="http://fake")
    assert [b["text"] for b in service.received] == ["jeg vil gerne cykle", "ja", ""]
