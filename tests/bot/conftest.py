"""Bot tests run in .venv-rasa (Python 3.10, Rasa 3.6): `.venv-rasa/bin/python -m pytest tests/bot`."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bot"))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
