"""The plan service's way into Rasa: like the REST channel, but it keeps the metadata.

POST /webhooks/forbered/webhook {"sender": conversation id, "message": text, "metadata": {...}}
-> JSON list of bot messages [{"recipient_id", "text", "buttons", "custom"}]. Rasa listens on loopback
only; the plan service is the front door and does authentication.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from . import speedups

log = logging.getLogger(__name__)
speedups.install()

MAX_CHARS = 2000
# Button payloads the bot offers. Anything else that starts with "/" is typed text: Rasa would read
# "/restart" or "/session_start" as built-in commands and wipe the conversation.
PAYLOADS = {"start", "yes", "no", "dont_know", "skip", "score", "consent_citizen", "consent_relative",
            "consent_together", "colourful", "neutral", "correct", "save", "dont_save", "continue", "tell_contact",
            "stop"}


def as_citizen_text(text: str) -> str:
    stripped = text.strip()
    if stripped.startswith("/"):
        name = stripped[1:].split("{", 1)[0].strip()
        if name not in PAYLOADS:
            return stripped.lstrip("/").strip() or "?"
    return text


class ForberedInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "forbered"

    def get_metadata(self, request: Request) -> Optional[dict[Text, Any]]:
        meta = (request.json or {}).get("metadata") or {}
        return {k: meta[k] for k in ("conversation_id", "role", "language") if k in meta}

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("forbered_webhook", __name__)

        @bp.listener("after_server_start")
        async def freeze_startup_heap(_app: Any, _loop: Any) -> None:
            speedups.freeze_heap()  # the model is loaded (before_server_start): see speedups.py

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.json or {}
            sender = str(body.get("sender") or "")
            text = body.get("message")
            if not sender or not isinstance(text, str):
                return response.json({"detail": "sender and message are required"}, status=422)
            text = as_citizen_text(text.replace("\x00", "")[:MAX_CHARS])
            collector = CollectingOutputChannel()
            await on_new_message(
                UserMessage(text, collector, sender, input_channel=self.name(), metadata=self.get_metadata(request))
            )
            speedups.freeze_after_first_message()
            if not collector.messages:
                # The MI action always answers; silence means a part behind Rasa (the action server)
                # failed. Say so, so the plan service keeps the message and the citizen can resend it.
                log.warning("No bot response for a message; the action server may be down")
                return response.json({"detail": "no response from the bot"}, status=503)
            return response.json(collector.messages)

        return bp
