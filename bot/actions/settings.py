"""The action server's settings, read from the environment once, with local defaults."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from forbered import paths
from forbered.outbox import Outbox


@lru_cache(maxsize=1)
def outbox() -> Outbox:
    api = os.environ.get("FORBERED_API_URL", "http://127.0.0.1:8000")
    directory = Path(os.environ.get("FORBERED_OUTBOX_DIR", paths.REPO / "var" / "outbox"))
    box = Outbox(directory, f"{api}/api/sheets/import", os.environ.get("FORBERED_SERVICE_TOKEN", "dev-service-token"))
    box.start()
    return box


@lru_cache(maxsize=1)
def tagger():
    """Used only when a message reached the action without the NLU component's tags."""
    from forbered.tagger import Tagger

    return Tagger.load()
