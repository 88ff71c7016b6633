"""The Rasa project itself: data validation and test stories against the trained (cached) model."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOT = ROOT / "bot"
RASA = str(Path(sys.executable).parent / "rasa")


def env():
    e = dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONPATH=f"{BOT}{os.pathsep}{ROOT}")
    return e


def test_rasa_data_validate():
    r = subprocess.run([RASA, "data", "validate", "--domain", "domain", "--data", "data", "--config", "config.yml",
                        "--fail-on-warnings"], cwd=BOT, env=env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]


@pytest.fixture(scope="module")
def model():
    sys.path.insert(0, str(ROOT / "scripts"))
    from stack import ensure_model

    return ensure_model(quiet=True)


def test_stories_without_prediction_errors(model, tmp_path):
    r = subprocess.run([RASA, "test", "core", "--model", str(model), "--stories", str(ROOT / "tests" / "bot" / "stories"),
                        "--fail-on-prediction-errors", "--out", str(tmp_path)],
                       cwd=BOT, env=env(), capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
