"""Staff login (JSON and HTML form), tokens and the settings guard."""

from __future__ import annotations

import jwt
import pytest
from pydantic import ValidationError
from sqlalchemy import select

from api.config import Settings
from api.models import AuditLog


def test_login_returns_a_short_lived_bearer_token(client, staff, settings):
    response = client.post("/api/auth/login", json={"email": "Kontakt@Forbered.dk ", "password": "demo1234"})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["role"] == "contact"
    claims = jwt.decode(
        body["access_token"], settings.secret_key, algorithms=["HS256"], issuer="forbered-plan-service"
    )
    assert claims["sub"] == str(staff["contact"].user.id)
    assert 0 < claims["exp"] - claims["iat"] <= settings.access_token_minutes * 60
    # The token works on a staff route.
    meetings = client.get("/api/meetings", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert meetings.status_code == 200


@pytest.mark.parametrize(
    "email, password", [("kontakt@forbered.dk", "forkert"), ("ukendt@forbered.dk", "demo1234")]
)
def test_login_with_bad_credentials_is_401_with_a_reason(client, staff, db, email, password):
    response = client.post("/api/auth/login", json={"email": email, "password": password})
    assert response.status_code == 401
    assert response.json() == {"detail": "Forkert e-mail eller adgangskode."}
    assert db.scalars(select(AuditLog.action)).all() == ["auth.login_failed"]


def test_login_validation_names_the_missing_field(client):
    response = client.post("/api/auth/login", json={"email": "a@b.dk"})
    assert response.status_code == 422
    assert "password" in response.json()["detail"]


def test_forged_or_expired_tokens_are_refused(client, staff, settings):
    user = staff["admin"].user
    forged = jwt.encode(
        {"sub": str(user.id), "iss": "forbered-plan-service", "exp": 9999999999}, "wrong-key-" * 4
    )
    expired = jwt.encode(
        {"sub": str(user.id), "iss": "forbered-plan-service", "exp": 1000},
        settings.secret_key,
        algorithm="HS256",
    )
    for token in (forged, expired, "not-a-jwt"):
        response = client.get("/api/meetings", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401
        assert "logget ind" in response.json()["detail"]


def test_html_login_sets_httponly_cookie_and_redirects(client, staff):
    form = client.get("/login")
    assert form.status_code == 200
    assert '<label for="email">' in form.text and 'lang="da"' in form.text

    response = client.post(
        "/login", data={"email": "kontakt@forbered.dk", "password": "demo1234"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/review"
    cookie = response.headers["set-cookie"]
    assert "forbered_session=" in cookie and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    assert client.get("/review").status_code == 200  # the cookie authenticates the review pages


def test_html_login_failure_rerenders_the_form(client, staff):
    response = client.post(
        "/login", data={"email": "kontakt@forbered.dk", "password": "nej"}, follow_redirects=False
    )
    assert response.status_code == 401
    assert "Forkert e-mail eller adgangskode." in response.text
    assert "forbered_session" not in response.headers.get("set-cookie", "")


def test_login_redirect_never_leaves_the_site(client, staff):
    response = client.post(
        "/login",
        data={"email": "kontakt@forbered.dk", "password": "demo1234", "next": "//evil.example/x"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/review"


def test_logout_clears_the_cookie(client, staff):
    client.post("/login", data={"email": "kontakt@forbered.dk", "password": "demo1234"})
    client.post("/logout")
    assert client.get("/review", follow_redirects=False).status_code == 303


def test_prod_refuses_dev_placeholder_secrets():
    with pytest.raises(ValidationError) as error:
        Settings(env="prod", database_url="sqlite://")
    message = str(error.value)
    assert "FORBERED_SECRET_KEY" in message and "FORBERED_SERVICE_TOKEN" in message
    ok = Settings(
        env="prod", secret_key="s" * 40, service_token="t" * 20, rasa_token="r" * 20, database_url="sqlite://"
    )
    assert ok.env == "prod"
