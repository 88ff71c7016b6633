"""A contact person, in a real browser: the meeting list, a sheet, the print view, the PDF and the
FHIR export (issue: plan service)."""

from __future__ import annotations

from typing import Any

import pytest

try:
    from tests.e2e.browser_fixtures import (  # noqa: F401 - pytest fixtures
        CONTACT_EMAIL,
        DEV_PASSWORD,
        Stack,
        browser,
        context,
        page,
        plan_stack,
    )
    from tests.e2e.test_browser_widget import finish_via_api
except ImportError:  # pragma: no cover - rootdir-less runs
    from browser_fixtures import CONTACT_EMAIL, DEV_PASSWORD, Stack, browser, context  # type: ignore
    from test_browser_widget import finish_via_api  # type: ignore

pytestmark = pytest.mark.browser
_ = (browser, context)  # fixtures used by `page`


def test_contact_goes_from_meeting_list_to_print_pdf_and_fhir(page: Any, plan_stack: Stack) -> None:
    from playwright.sync_api import expect

    invitation = plan_stack.invite("browser-print")
    finish_via_api(plan_stack, invitation["token"], "Jeg håber at komme til at cykle igen")
    page.goto(f"{plan_stack.base_url}/login")
    page.get_by_label("E-mail").fill(CONTACT_EMAIL)
    page.get_by_label("Adgangskode").fill(DEV_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url("**/review")
    page.locator(f"a[href='/review/conversations/{invitation['conversation_id']}']").first.click()
    expect(page.get_by_role("main")).to_contain_text("Jeg håber at komme til at cykle igen")

    page.get_by_role("link", name="Udskriv arket").click()
    page.wait_for_url("**/print")
    expect(page.locator("body")).to_contain_text("Jeg håber at komme til at cykle igen")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")  # the print view lays out as an A4 document
    assert pdf[:4] == b"%PDF"

    page.go_back()
    with page.expect_download() as dl:
        page.evaluate("(href) => { const a = document.createElement('a'); a.href = href; a.download = 'ark.pdf';"
                      " document.body.appendChild(a); a.click(); }",
                      f"/review/conversations/{invitation['conversation_id']}/sheet.pdf")
    path = dl.value.path()
    with open(path, "rb") as fh:
        assert fh.read(4) == b"%PDF"

    fhir = page.evaluate("async (u) => (await fetch(u, {credentials: 'same-origin'})).json()",
                         f"/api/conversations/{invitation['conversation_id']}/fhir")
    assert fhir["resourceType"] == "Bundle"
    kinds = {e["resource"]["resourceType"] for e in fhir["entry"]}
    assert {"QuestionnaireResponse", "Goal"} <= kinds
