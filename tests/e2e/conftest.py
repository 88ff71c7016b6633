"""The real stack for end-to-end tests: Rasa server, action server and plan service on free
loopback ports, with a throwaway SQLite database. Started once per test session."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    if not (ROOT / ".venv-rasa" / "bin" / "rasa").exists():
        pytest.skip("the Rasa environment is not set up (run scripts/setup.sh)")
    from stack import Stack

    var = tmp_path_factory.mktemp("stack")
    logs = ROOT / "artifacts" / "e2e-logs"
    s = Stack(api_port=free_port(), rasa_port=free_port(), action_port=free_port(), var_dir=var, log_dir=logs,
              extra_env={"FORBERED_CHAT_TOKEN_BURST": "1000", "FORBERED_CHAT_TOKEN_PER_MINUTE": "1000"})
    try:
        s.start()
        yield s
    finally:
        s.stop()
