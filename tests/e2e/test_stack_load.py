"""Load in CI: 10 concurrent scripted conversations through the plan service (make bench does 50).
No message lost or duplicated, every conversation's sheet imported."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.stack
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))


def test_ten_concurrent_conversations(stack):
    import bench

    with httpx.Client(base_url=stack.api_url) as c:
        staff = c.post("/api/auth/login", json={"email": "sagsbehandler@forbered.dk", "password": "demo1234"}).json()["access_token"]
    result = bench.run_level(10, bench.via_plan_service, stack.api_url, staff)
    expected_turns = sum(len(bench.turns_of(i)) for i in range(10))
    assert result["turns"] == expected_turns and result["lost"] == 0
    assert bench.sheets_imported(stack.api_url, staff, result["conversations"]) == 10
    with httpx.Client(base_url=stack.api_url) as c:
        for cid in result["conversations"][:3]:
            sheet = c.get(f"/api/conversations/{cid}/sheet", headers={"Authorization": f"Bearer {staff}"}).json()
            assert sheet["version"] == 1  # delivered exactly once
