"""Small in-memory token buckets: per invitation token and per client IP on the chat, per IP on login.

In memory and per process on purpose: one uvicorn worker serves a municipality; with several workers
each has its own buckets (the limit is then per worker), which still stops a runaway client or a
token-guessing loop. Keys are hashed so no invitation token is kept in memory in clear.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from math import ceil

from fastapi import HTTPException, Request, status

from api import texts
from api.config import Settings

MAX_KEYS = 10_000  # least recently used keys are forgotten beyond this (a forgotten key starts full)


@dataclass
class Bucket:
    tokens: float
    updated: float


class TokenBucketLimiter:
    """``burst`` requests at once, refilled at ``per_minute``; ``hit(key)`` spends one token."""

    def __init__(self, *, burst: int, per_minute: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.rate = per_minute / 60.0
        self._clock = clock
        self._buckets: OrderedDict[str, Bucket] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.burst > 0

    def hit(self, key: str) -> float:
        """0 when allowed, else the seconds until the next token (for ``Retry-After``)."""
        if not self.enabled:
            return 0.0
        now = self._clock()
        with self._lock:
            bucket = self._buckets.pop(key, None) or Bucket(tokens=float(self.burst), updated=now)
            bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            self._buckets[key] = bucket
            while len(self._buckets) > MAX_KEYS:
                self._buckets.popitem(last=False)
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return 0.0
            return (1 - bucket.tokens) / self.rate if self.rate > 0 else 3600.0


@dataclass
class RateLimits:
    chat_token: TokenBucketLimiter
    chat_ip: TokenBucketLimiter
    login_ip: TokenBucketLimiter

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimits:
        def make(burst: int, per_minute: float) -> TokenBucketLimiter:
            return TokenBucketLimiter(
                burst=burst if settings.rate_limit_enabled else 0, per_minute=per_minute
            )

        return cls(
            chat_token=make(settings.chat_token_burst, settings.chat_token_per_minute),
            chat_ip=make(settings.chat_ip_burst, settings.chat_ip_per_minute),
            login_ip=make(settings.login_ip_burst, settings.login_ip_per_minute),
        )


def _key(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


def client_ip(request: Request) -> str:
    """The peer address; behind a reverse proxy run uvicorn with ``--proxy-headers`` so this is real."""
    return request.client.host if request.client else "unknown"


def _refuse(wait: float, detail: str) -> HTTPException:
    return HTTPException(
        status.HTTP_429_TOO_MANY_REQUESTS, detail, headers={"Retry-After": str(max(1, ceil(wait)))}
    )


async def limit_chat(request: Request) -> None:
    """Router dependency of /api/chat/{token}: per token first, then per IP. Async: it only touches
    memory (the lock is held for microseconds), so it need not hop to the thread pool."""
    limits: RateLimits = request.app.state.rate_limits
    token = str(request.path_params.get("token", ""))
    wait = limits.chat_token.hit("t:" + _key(token)) or limits.chat_ip.hit("ip:" + _key(client_ip(request)))
    if wait:
        raise _refuse(wait, texts.TOO_MANY_CHAT)


async def limit_login(request: Request) -> None:
    limits: RateLimits = request.app.state.rate_limits
    wait = limits.login_ip.hit("ip:" + _key(client_ip(request)))
    if wait:
        raise _refuse(wait, texts.TOO_MANY_LOGIN)
