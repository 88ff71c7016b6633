"""HTTP client for the Rasa server's custom input channel (loopback only)."""

from __future__ import annotations

import http.client
import itertools
import json
import logging
import select
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import httpx

from api.config import Settings

log = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa could not be reached, timed out, or answered with an error."""


@dataclass
class BotReply:
    text: str = ""
    buttons: list[dict[str, str]] = field(default_factory=list)
    custom: dict[str, Any] | None = None


def parse_replies(data: Any) -> list[BotReply]:
    """Turn Rasa's list of bot messages into replies, dropping anything malformed."""
    if not isinstance(data, list):
        raise RasaUnavailable("Rasa answered with something other than a list")
    replies: list[BotReply] = []
    for item in data:
        if not isinstance(item, dict):
            continue
        text = item.get("text") if isinstance(item.get("text"), str) else ""
        buttons = [
            {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in item.get("buttons") or []
            if isinstance(b, dict) and (b.get("title") or b.get("payload"))
        ]
        custom = item.get("custom") if isinstance(item.get("custom"), dict) else None
        if isinstance(item.get("image"), str):
            custom = {**(custom or {}), "image": item["image"]}
        if text or buttons or custom:
            replies.append(BotReply(text=text, buttons=buttons, custom=custom))
    return replies


class _NotSent(Exception):
    """No connection to the server: nothing was sent, so another replica may take the request."""


class _Failed(Exception):
    """Sent (or possibly sent) but no usable answer: never resend, the turn may have run."""


KEEPALIVE_S = 30.0  # idle connections are dropped well before Rasa closes them (keep-alive timeout 120 s)


def _readable(conn: http.client.HTTPConnection) -> bool:
    """An idle connection with something to read (or closed) was closed by the server: not reusable."""
    if conn.sock is None:
        return True
    poller = select.poll()  # not select.select: that fails for descriptors above 1023
    poller.register(conn.sock, select.POLLIN)
    return bool(poller.poll(0))


class _KeptConnections:
    """HTTP/1.1 to one Rasa server with kept-alive connections, on the standard library's http.client.

    httpx did the same job for ~2 ms of CPU per chat message, a sixth of the plan service's. Each
    request takes an idle connection (or opens one), so concurrent conversations never share one; an
    idle connection the server has closed (readable before we wrote) or that idled for ``KEEPALIVE_S``
    is dropped before use, as httpx's pool does."""

    def __init__(self, base_url: str, timeout: float) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        self.base_url = base_url
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")
        self._timeout = timeout
        self._idle: list[tuple[http.client.HTTPConnection, float]] = []
        self._lock = threading.Lock()

    def _connection(self) -> http.client.HTTPConnection:
        while True:
            with self._lock:
                if not self._idle:
                    break
                conn, idle_since = self._idle.pop()
            if time.monotonic() - idle_since < KEEPALIVE_S and not _readable(conn):
                return conn
            conn.close()
        cls = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
        conn = cls(self._host, self._port, timeout=self._timeout)
        try:
            conn.connect()
        except OSError as exc:
            conn.close()
            raise _NotSent(type(exc).__name__) from exc
        return conn

    def request(self, method: str, path: str, body: bytes | None) -> tuple[int, bytes]:
        conn = self._connection()
        try:
            headers = {"Content-Type": "application/json"} if body is not None else {}
            conn.request(method, self._prefix + path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            raise _Failed(type(exc).__name__) from exc
        if response.will_close:
            conn.close()
        else:
            with self._lock:
                self._idle.append((conn, time.monotonic()))
        return response.status, data

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn, _ in idle:
            conn.close()


class _HttpxConnections:
    """The same interface on an httpx transport: tests give the client an ``httpx.MockTransport``."""

    def __init__(self, base_url: str, timeout: float, transport: httpx.BaseTransport) -> None:
        self.base_url = base_url
        self._client = httpx.Client(base_url=base_url, timeout=timeout, transport=transport)

    def request(self, method: str, path: str, body: bytes | None) -> tuple[int, bytes]:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        try:
            response = self._client.request(method, path, content=body, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise _NotSent(type(exc).__name__) from exc
        except httpx.HTTPError as exc:
            raise _Failed(type(exc).__name__) from exc
        return response.status_code, response.content

    def close(self) -> None:
        self._client.close()


class RasaClient:
    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._token = token
        # Several Rasa replicas (comma-separated URLs, sharing a tracker store and a Redis lock store)
        # are used in turn; a replica that does not answer is skipped for that request.
        urls = [u.strip().rstrip("/") for u in base_url.split(",") if u.strip()]
        self._servers: list[_KeptConnections | _HttpxConnections] = [
            _KeptConnections(u, timeout) if transport is None else _HttpxConnections(u, timeout, transport)
            for u in urls
        ]
        self._next = itertools.count()

    @classmethod
    def from_settings(cls, settings: Settings, transport: httpx.BaseTransport | None = None) -> RasaClient:
        return cls(
            settings.rasa_url, settings.rasa_token, timeout=settings.rasa_timeout_seconds, transport=transport
        )

    def send(self, *, sender: str, message: str, metadata: dict[str, Any]) -> list[BotReply]:
        body = {"sender": sender, "message": message, "metadata": metadata}
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return parse_replies(self._request("POST", "/webhooks/forbered/webhook", data))

    def tracker(self, conversation_id: str) -> dict[str, Any]:
        path = f"/conversations/{quote(conversation_id, safe='')}/tracker?{urlencode({'token': self._token})}"
        data = self._request("GET", path, None)
        if not isinstance(data, dict):
            raise RasaUnavailable("Rasa tracker is not a JSON object")
        return data

    def _request(self, method: str, path: str, body: bytes | None) -> Any:
        start = next(self._next)
        last: Exception | None = None
        for attempt in range(len(self._servers)):
            server = self._servers[(start + attempt) % len(self._servers)]
            try:
                status, data = server.request(method, path, body)
            except _NotSent as exc:  # replica down, nothing sent: next one
                log.warning("Rasa replica %s unreachable: %s", server.base_url, exc)
                last = exc
                continue
            except _Failed as exc:  # sent, but no answer: never resend (the turn may have run)
                last = exc
                break
            if not 200 <= status < 300:
                last = _Failed(f"HTTP {status}")
                break
            try:
                return json.loads(data)
            except ValueError as exc:
                last = exc
                break
        # Never log the message itself: it is citizen text.
        log.warning("Rasa request failed: %s %s: %s", method, path.split("?")[0], last)
        raise RasaUnavailable(str(last)) from last

    def close(self) -> None:
        for server in self._servers:
            server.close()
