"""A trainee, in a real browser: log in, practise with a persona, read the report (issue: trainer mode)."""

from __future__ import annotations

from typing import Any

import pytest

try:
    from tests.e2e.browser_fixtures import DEV_PASSWORD, Stack, browser, context, page, plan_stack, run_axe  # noqa: F401
except ImportError:  # pragma: no cover - rootdir-less runs
    from browser_fixtures import DEV_PASSWORD, Stack, browser, context, page, plan_stack, run_axe  # type: ignore  # noqa: F401

pytestmark = pytest.mark.browser

LINES = [
    "Hvad er vigtigt for dig lige nu?",
    "Så du vil gerne have mere at lave i hverdagen.",
    "Det lyder, som om du savner at høre til et sted.",
    "Du har selv taget det første skridt ved at komme i dag.",
]


def test_trainee_practises_and_reads_the_report(page: Any, plan_stack: Stack) -> None:
    from playwright.sync_api import expect

    page.goto(f"{plan_stack.base_url}/login")
    page.get_by_label("E-mail").fill("kursist@forbered.dk")
    page.get_by_label("Adgangskode").fill(DEV_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url("**/trainer")
    page.get_by_role("button", name="Start samtalen").click()
    page.wait_for_url("**/trainer/sessions/*")
    for line in LINES:
        page.get_by_label("Din replik som professionel").fill(line)
        page.get_by_role("button", name="Send").click()
        expect(page.get_by_role("main")).to_contain_text(line)
    expect(page.get_by_role("main")).to_contain_text("refleksion")  # each turn is coded, in Danish
    assert run_axe(page) == []
    page.get_by_role("button", name="Afslut og se rapporten").click()
    page.wait_for_url("**/report")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Rapport")
    expect(page.locator("#miti")).to_be_visible()
    expect(page.locator("svg").first).to_be_visible()
    assert run_axe(page) == []
