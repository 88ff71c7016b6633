"""HTTP client for the Rasa server's custom input channel (loopback only)."""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass, field
from typing import Any

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
        # Keep a connection per concurrent conversation alive (httpx keeps 20 by default, so at 50 at once
        # most turns opened a new connection to Rasa); idle ones are dropped well before Rasa's server
        # closes them (`rasa run --keep-alive-timeout`, 120 s), so no request goes down a closing one.
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=200, keepalive_expiry=30.0)
        self._clients = [
            httpx.Client(base_url=u, timeout=timeout, transport=transport, limits=limits) for u in urls
        ]
        self._http = self._clients[0]
        self._next = itertools.count()

    @classmethod
    def from_settings(cls, settings: Settings, transport: httpx.BaseTransport | None = None) -> RasaClient:
        return cls(
            settings.rasa_url, settings.rasa_token, timeout=settings.rasa_timeout_seconds, transport=transport
        )

    def send(self, *, sender: str, message: str, metadata: dict[str, Any]) -> list[BotReply]:
        body = {"sender": sender, "message": message, "metadata": metadata}
        return parse_replies(self._request("POST", "/webhooks/forbered/webhook", json=body))

    def tracker(self, conversation_id: str) -> dict[str, Any]:
        data = self._request(
            "GET", f"/conversations/{conversation_id}/tracker", params={"token": self._token}
        )
        if not isinstance(data, dict):
            raise RasaUnavailable("Rasa tracker is not a JSON object")
        return data

    def _request(self, method: str, url: str, **kwargs: Any) -> Any:
        start = next(self._next)
        for attempt in range(len(self._clients)):
            client = self._clients[(start + attempt) % len(self._clients)]
            try:
                response = client.request(method, url, **kwargs)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:  # replica down, nothing sent: next one
                log.warning("Rasa replica %s unreachable: %s", client.base_url, type(exc).__name__)
                last: Exception = exc
                continue
            except httpx.HTTPError as exc:  # sent, but no answer: never resend (the turn may have run)
                last = exc
                break
            try:
                response.raise_for_status()
                return response.json()
            except (httpx.HTTPError, ValueError) as exc:
                last = exc
                break
        # Never log the message itself: it is citizen text.
        log.warning("Rasa request failed: %s %s: %s", method, url.split("?")[0], type(last).__name__)
        raise RasaUnavailable(str(type(last).__name__)) from last

    def close(self) -> None:
        for client in self._clients:
            client.close()
