"""HTTP hardening as plain ASGI-friendly middleware functions."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from fastapi.responses import JSONResponse

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
_NO_STORE_PREFIXES = ("/api/chat", "/c/", "/review", "/api/conversations", "/api/auth", "/login")


def body_limit(
    max_bytes: int,
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    async def middleware(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > max_bytes:
            return JSONResponse({"detail": "Forespørgslen er for stor."}, status_code=413)
        return await call_next(request)

    return middleware


async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")  # the invitation token is in the URL
    response.headers.setdefault("X-Frame-Options", "DENY")
    path = request.url.path
    if not path.startswith(("/docs", "/redoc")):
        response.headers.setdefault("Content-Security-Policy", CSP)
    if path.startswith(_NO_STORE_PREFIXES):
        response.headers["Cache-Control"] = "no-store"
    return response
