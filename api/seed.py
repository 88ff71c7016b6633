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
    ("traener@forbered.dk", "trainer", "MI-underviser (demo)"),
    ("kursist@forbered.dk", "trainee", "MI-kursist (demo)"),
)
# Trainer mode: the demo trainee is in the demo trainer's group.
DEV_GROUPS = (("kursist@forbered.dk", "traener@forbered.dk"),)


def seed_dev_users(db: Session) -> int:
    created = 0
    for email, role, name in DEV_USERS:
        if crud.get_user_by_email(db, email=email) is None:
            crud.create_user(
                db, email=email, password_hash=hash_password(DEV_PASSWORD), role=role, display_name=name
            )
            created += 1
    for trainee_email, trainer_email in DEV_GROUPS:
        trainee = crud.get_user_by_email(db, email=trainee_email)
        trainer = crud.get_user_by_email(db, email=trainer_email)
        if trainee is not None and trainer is not None and trainee.trainer_id is None:
            crud.set_trainer(db, actor=None, trainee=trainee, trainer=trainer)
    if created:
        log.info("Seeded %d development users (see README for the demo logins).", created)
    return created
