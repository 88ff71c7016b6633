"""Development users (env "dev" only). Idempotent; logs no passwords."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from api import crud
from api.auth import hash_password

log = logging.getLogger(__name__)
DEV_PASSWORD = "demo1234"
DEV_USERS = (
    ("kontakt@forbered.dk", "contact", "Kontaktperson (demo)"),
    ("sagsbehandler@forbered.dk", "caseworker", "Sagsbehandler (demo)"),
    ("admin@forbered.dk", "admin", "Administrator (demo)"),
)


def seed_dev_users(db: Session) -> int:
    created = 0
    for email, role, name in DEV_USERS:
        if crud.get_user_by_email(db, email=email) is None:
            crud.create_user(
                db, email=email, password_hash=hash_password(DEV_PASSWORD), role=role, display_name=name
            )
            created += 1
    if created:
        log.info("Seeded %d development users (see README for the demo logins).", created)
    return created
