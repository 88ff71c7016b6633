"""Staff login: a JSON token endpoint and an HTML form that sets the same token as an HttpOnly cookie."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api import crud, texts
from api.auth import COOKIE_NAME, OptionalUser, authenticate, create_access_token
from api.db import SessionDep
from api.deps import SettingsDep
from api.ratelimit import limit_login
from api.schemas import LoginIn, TokenOut
from api.templating import templates

router = APIRouter(tags=["auth"])


def _safe_next(value: str | None) -> str:
    """Only same-site relative paths: never redirect a login to another host."""
    if not value or not value.startswith("/") or value.startswith("//") or urlsplit(value).netloc:
        return "/review"
    return value


@router.post(
    "/api/auth/login",
    response_model=TokenOut,
    dependencies=[Depends(limit_login)],
    summary="Staff login: a bearer token",
    responses={401: {"description": "Wrong e-mail or password"}, 429: {"description": "Too many attempts"}},
)
def login_api(body: LoginIn, db: SessionDep, settings: SettingsDep) -> TokenOut:
    """A short-lived HS256 access token for ``Authorization: Bearer``; failures are audited."""
    user = authenticate(db, email=body.email, password=body.password)
    if user is None:
        crud.audit(db, actor="anonymous", action="auth.login_failed", obj="user")
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, texts.BAD_CREDENTIALS)
    crud.audit(db, actor=crud.actor_of(user), action="auth.login", obj=f"user:{user.id}")
    return TokenOut(access_token=create_access_token(settings, user), role=user.role)


@router.get("/login", response_class=HTMLResponse, summary="Staff login page")
def login_form(request: Request, user: OptionalUser, next: str | None = None) -> Response:
    """The login form; a logged-in user goes straight on to ``next`` (same-site paths only)."""
    if user is not None:
        return RedirectResponse(_safe_next(next), status_code=status.HTTP_303_SEE_OTHER)
    return templates.TemplateResponse(
        request, "login.html", {"next": _safe_next(next), "error": None, "email": ""}
    )


@router.post(
    "/login",
    response_class=HTMLResponse,
    dependencies=[Depends(limit_login)],
    summary="Submit the login form",
)
def login_submit(
    request: Request,
    db: SessionDep,
    settings: SettingsDep,
    email: Annotated[str, Form(max_length=255)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    next: Annotated[str, Form(max_length=500)] = "/review",
) -> Response:
    """Sets the access token as an HttpOnly, SameSite=Lax cookie and redirects (303) to ``next``."""
    user = authenticate(db, email=email, password=password) if email and password else None
    if user is None:
        crud.audit(db, actor="anonymous", action="auth.login_failed", obj="user")
        context = {"next": _safe_next(next), "error": texts.BAD_CREDENTIALS, "email": email}
        return templates.TemplateResponse(request, "login.html", context, status_code=401)
    crud.audit(db, actor=crud.actor_of(user), action="auth.login", obj=f"user:{user.id}")
    target = _safe_next(next)
    if target == "/review" and user.role in ("trainer", "trainee"):
        target = "/trainer"  # trainers and trainees practise; they have no citizens to review
    response = RedirectResponse(target, status_code=status.HTTP_303_SEE_OTHER)
    response.set_cookie(
        COOKIE_NAME,
        create_access_token(settings, user),
        max_age=settings.access_token_minutes * 60,
        httponly=True,
        secure=settings.cookie_secure,
        samesite="lax",  # cross-site POSTs carry no cookie: the review forms are safe from CSRF
        path="/",
    )
    return response


@router.post("/logout", summary="Log out")
def logout() -> Response:
    """Deletes the session cookie and redirects to the login page."""
    response = RedirectResponse("/login", status_code=status.HTTP_303_SEE_OTHER)
    response.delete_cookie(COOKIE_NAME, path="/")
    return response
