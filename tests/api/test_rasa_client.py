"""The Rasa client's own HTTP connections (http.client, kept alive) against a real loopback server."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from api import rasa as rasa_module
from api.rasa import RasaClient, RasaUnavailable


class FakeRasaServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.seen: list[dict[str, Any]] = []  # one entry per request: path, body, client port
        self.status = 200
        self.body: bytes = json.dumps([{"recipient_id": "c", "text": "hej"}]).encode()
        self.delay = 0.0
        self.close_after_response = False  # like a keep-alive timeout: closes without saying so

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FakeRasaServer

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self, body: bytes | None) -> None:
        self.server.seen.append(
            {"method": self.command, "path": self.path, "body": body, "port": self.client_address[1]}
        )
        if self.server.delay:
            time.sleep(self.server.delay)
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.server.body)))
        self.end_headers()
        self.wfile.write(self.server.body)
        self.wfile.flush()
        if self.server.close_after_response:
            self.close_connection = True

    def do_POST(self) -> None:
        self._answer(self.rfile.read(int(self.headers["Content-Length"])))

    def do_GET(self) -> None:
        self._answer(None)


@pytest.fixture
def servers() -> Iterator[list[FakeRasaServer]]:
    started = [FakeRasaServer(), FakeRasaServer()]
    for server in started:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield started
    for server in started:
        server.shutdown()
        server.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_send_posts_json_and_keeps_the_connection(servers):
    server = servers[0]
    client = RasaClient(server.url, "t", timeout=5)
    meta = {"conversation_id": "c1", "role": "citizen", "language": "da"}
    for _ in range(3):
        assert [r.text for r in client.send(sender="c1", message="Jeg vil gerne æde", metadata=meta)] == ["hej"]
    assert [s["path"] for s in server.seen] == ["/webhooks/forbered/webhook"] * 3
    assert json.loads(server.seen[0]["body"]) == {"sender": "c1", "message": "Jeg vil gerne æde", "metadata": meta}
    assert len({s["port"] for s in server.seen}) == 1  # one kept connection, not one per request
    client.close()


def test_tracker_is_a_get_with_the_token(servers):
    server = servers[0]
    server.body = json.dumps({"sender_id": "c1", "events": []}).encode()
    client = RasaClient(server.url, "tok en", timeout=5)
    assert client.tracker("c1") == {"sender_id": "c1", "events": []}
    assert server.seen[0]["method"] == "GET"
    assert server.seen[0]["path"] == "/conversations/c1/tracker?token=tok+en"


def test_connections_closed_by_the_server_or_idle_too_long_are_not_reused(servers, monkeypatch):
    server = servers[0]
    server.close_after_response = True
    client = RasaClient(server.url, "t", timeout=5)
    for _ in range(3):
        client.send(sender="c", message="x", metadata={})
        time.sleep(0.1)  # the server's close arrives while the connection is idle
    assert len({s["port"] for s in server.seen}) == 3

    server.close_after_response = False
    monkeypatch.setattr(rasa_module, "KEEPALIVE_S", 0.0)
    server.seen.clear()
    for _ in range(2):
        client.send(sender="c", message="x", metadata={})
    assert len({s["port"] for s in server.seen}) == 2


def test_replicas_in_turn_and_one_that_is_down_is_skipped(servers):
    a, b = servers
    client = RasaClient(f"{a.url},{b.url}", "t", timeout=5)
    for _ in range(4):
        client.send(sender="c", message="x", metadata={})
    assert (len(a.seen), len(b.seen)) == (2, 2)
    down = f"http://127.0.0.1:{_closed_port()}"
    client = RasaClient(f"{down},{b.url}", "t", timeout=5)
    for _ in range(3):
        assert client.send(sender="c", message="x", metadata={})[0].text == "hej"
    assert len(b.seen) == 5
    with pytest.raises(RasaUnavailable):
        RasaClient(down, "t", timeout=5).send(sender="c", message="x", metadata={})


def test_a_request_that_was_sent_is_never_resent_to_another_replica(servers):
    a, b = servers
    a.delay = 1.0
    client = RasaClient(f"{a.url},{b.url}", "t", timeout=0.3)
    with pytest.raises(RasaUnavailable):
        client.send(sender="c", message="x", metadata={})
    assert len(a.seen) == 1 and b.seen == []  # timed out after sending: the turn may have run


@pytest.mark.parametrize("status, body", [(500, b"[]"), (404, b"[]"), (200, b"not json"), (200, b'{"a": 1}')])
def test_errors_and_malformed_answers_are_rasa_unavailable(servers, status, body):
    server = servers[0]
    server.status, server.body = status, body
    client = RasaClient(server.url, "t", timeout=5)
    with pytest.raises(RasaUnavailable):
        client.send(sender="c", message="x", metadata={})
    server.status, server.body = 200, b"[]"
    assert client.send(sender="c", message="x", metadata={}) == []  # the client is still usable
