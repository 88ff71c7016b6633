"""Where data and trained artefacts live. Overridable by environment for installed deployments."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    return Path(os.environ.get("FORBERED_DATA_DIR", REPO / "data"))


def model_dir() -> Path:
    return Path(os.environ.get("FORBERED_MODEL_DIR", REPO / "models"))
