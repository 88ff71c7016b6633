"""One validated settings object for the plan service (environment prefix ``FORBERED_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{REPO_ROOT / 'var' / 'forbered.db'}"

# Placeholder secrets: fine on a laptop, refused in production.
DEV_RASA_TOKEN = "dev-rasa-token"
DEV_SERVICE_TOKEN = "dev-service-token"
DEV_SECRET_KEY = "dev-secret-key-change-me-0123456789abcdef"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FORBERED_", extra="ignore")

    env: Literal["dev", "test", "prod"] = "dev"
    database_url: str = DEFAULT_DATABASE_URL
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_token: str = DEV_RASA_TOKEN
    rasa_timeout_seconds: float = 30.0
    service_token: str = DEV_SERVICE_TOKEN
    secret_key: str = DEV_SECRET_KEY
    public_base_url: str = "http://127.0.0.1:8000"
    invitation_ttl_days: int = 90
    access_token_minutes: int = 30
    # Caseworkers who invite a new citizen in dev get this contact person assigned (the demo contact).
    dev_contact_email: str = "kontakt@forbered.dk"
    max_body_bytes: int = 2_000_000
    # Rasa's tracker store (SQLite file or PostgreSQL URL). When set, erasing a conversation also deletes
    # its rows from Rasa's ``events`` table; when empty, erasures wait in ``erasure_requests``.
    tracker_database_url: str = ""
    # Days after the plan meeting that conversations and sheets are kept, until an admin sets a policy.
    retention_days: int = Field(default=90, ge=0)
    # Token buckets (api/ratelimit.py): burst size and refill per minute, per invitation token and per
    # client IP on the chat, per client IP on the login. 0 turns a limit off.
    rate_limit_enabled: bool = True
    chat_token_burst: int = Field(default=30, ge=0)
    chat_token_per_minute: float = Field(default=20, ge=0)
    chat_ip_burst: int = Field(default=120, ge=0)
    chat_ip_per_minute: float = Field(default=120, ge=0)
    login_ip_burst: int = Field(default=10, ge=0)
    login_ip_per_minute: float = Field(default=5, ge=0)

    @model_validator(mode="after")
    def _refuse_placeholders_in_prod(self) -> Settings:
        if self.env != "prod":
            return self
        placeholders = {
            "FORBERED_SECRET_KEY": self.secret_key == DEV_SECRET_KEY or len(self.secret_key) < 32,
            "FORBERED_SERVICE_TOKEN": self.service_token == DEV_SERVICE_TOKEN or len(self.service_token) < 16,
            "FORBERED_RASA_TOKEN": self.rasa_token == DEV_RASA_TOKEN,
        }
        bad = [name for name, is_bad in placeholders.items() if is_bad]
        if bad:
            raise ValueError(
                "FORBERED_ENV=prod refuses development placeholder secrets. Set real values for: "
                + ", ".join(bad)
                + " (secret key at least 32 characters, service token at least 16)."
            )
        return self

    @property
    def cookie_secure(self) -> bool:
        return self.public_base_url.startswith("https://")


@lru_cache
def get_settings() -> Settings:
    return Settings()
