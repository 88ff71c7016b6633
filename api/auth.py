"""Staff authentication: argon2 password hashes and short-lived HS256 access tokens.

The OIDC seam: routes depend on ``current_user`` only. ``current_user`` asks a ``TokenVerifier`` to
turn a bearer token into claims; today that is ``LocalJwtVerifier`` (tokens we issue at /api/auth/login).
A municipality's IdP (e.g. an OIDC provider) plugs in as another verifier returning the same claims
(``email`` at least), selected in ``get_token_verifier``; nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Annotated, Any, Protocol

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, HTTPException, Request, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from api import texts
from api.config import Settings
from api.db import SessionDep
from api.deps import SettingsDep
from api.models import User, utcnow

COOKIE_NAME = "forbered_session"
ISSUER = "forbered-plan-service"
_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so response time does not reveal which e-mails exist.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(db: Session, *, email: str, password: str) -> User | None:
    user = db.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None or not user.is_active:
        verify_password(_DUMMY_HASH, password)
        return None
    return user if verify_password(user.password_hash, password) else None


def create_access_token(settings: Settings, user: User) -> str:
    now = utcnow()
    claims = {
        "sub": str(user.id),
        "email": user.email,
        "role": user.role,
        "iss": ISSUER,
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(minutes=settings.access_token_minutes)).timestamp()),
    }
    return jwt.encode(claims, settings.secret_key, algorithm="HS256")


class TokenVerifier(Protocol):
    def __call__(self, token: str) -> dict[str, Any] | None: ...


class LocalJwtVerifier:
    def __init__(self, settings: Settings) -> None:
        self._key = settings.secret_key

    def __call__(self, token: str) -> dict[str, Any] | None:
        try:
            return jwt.decode(
                token, self._key, algorithms=["HS256"], issuer=ISSUER, options={"require": ["exp", "sub"]}
            )
        except jwt.PyJWTError:
            return None


def get_token_verifier(settings: SettingsDep) -> Callable[[str], dict[str, Any] | None]:
    return LocalJwtVerifier(settings)


def _token_from_request(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(COOKIE_NAME) or None


def optional_user(
    request: Request,
    db: SessionDep,
    verify: Annotated[Callable[[str], dict[str, Any] | None], Depends(get_token_verifier)],
) -> User | None:
    token = _token_from_request(request)
    if not token:
        return None
    claims = verify(token)
    if not claims:
        return None
    user = None
    if str(claims.get("sub", "")).isdigit() and claims.get("iss") == ISSUER:
        user = db.get(User, int(claims["sub"]))
    elif claims.get("email"):  # an external IdP token: match the staff member by e-mail
        user = db.scalar(select(User).where(User.email == str(claims["email"]).lower()))
    if user is None or not user.is_active:
        return None
    return user


def current_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, texts.NOT_AUTHENTICATED, headers={"WWW-Authenticate": "Bearer"}
        )
    return user


def require_roles(*roles: str) -> Callable[[User], User]:
    def dependency(user: Annotated[User, Depends(current_user)]) -> User:
        if user.role not in roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, texts.FORBIDDEN_ROLE)
        return user

    return dependency


CurrentUser = Annotated[User, Depends(current_user)]
OptionalUser = Annotated[User | None, Depends(optional_user)]
