"""The citizen's chat widget and sheet page in a real browser (Debian's Chromium via Playwright).

Run: .venv/bin/python -m pytest tests/e2e/test_browser_widget.py -q
Needs /usr/bin/chromium (skipped without it) and `npm ci --prefix tests/e2e` for axe-core.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

try:  # tests/e2e may become a package; the helpers work either way
    from tests.e2e.browser_fixtures import (
        CONTACT_EMAIL,
        DEV_PASSWORD,
        Stack,
        browser,
        context,
        page,
        plan_stack,
        run_axe,
        screenshot,
    )
except ImportError:  # pragma: no cover - rootdir-less runs
    from browser_fixtures import (  # type: ignore[no-redef]
        CONTACT_EMAIL,
        DEV_PASSWORD,
        Stack,
        browser,
        context,
        page,
        plan_stack,
        run_axe,
        screenshot,
    )

pytestmark = pytest.mark.browser
__all__ = ["browser", "context", "page", "plan_stack"]  # fixtures, imported for pytest

expect: Any = None


@pytest.fixture(autouse=True)
def _expect() -> None:
    global expect
    from playwright.sync_api import expect as playwright_expect

    playwright_expect.set_options(timeout=10_000)
    expect = playwright_expect


def open_chat(page: Any, plan_stack: Stack, ref: str) -> dict[str, str]:
    invitation = plan_stack.invite(ref)
    page.goto(f"{plan_stack.base_url}/c/{invitation['token']}")
    return invitation


def log(page: Any) -> Any:
    return page.get_by_role("log", name="Samtale med Forbered")


def begin(page: Any) -> None:
    page.get_by_role("button", name="Start samtalen").click()
    expect(log(page)).to_contain_text("Er det i orden?")
    page.get_by_role("button", name="Ja, jeg skriver selv").click()
    expect(log(page)).to_contain_text("Hvad er du god til?")


def answer(page: Any, text: str, then_expect: str) -> None:
    box = page.get_by_label("Skriv dit svar")
    box.fill(text)
    box.press("Enter")
    expect(log(page)).to_contain_text(then_expect)


def assert_no_violations(page: Any, where: str) -> None:
    violations = run_axe(page)
    assert violations == [], f"axe (WCAG 2.1 A/AA) on {where}:\n" + json.dumps(
        violations, indent=1, ensure_ascii=False
    )


def assert_fits(page: Any, width: int) -> None:
    """Nothing sticks out sideways at this width (no horizontal scrolling)."""
    page.set_viewport_size({"width": width, "height": 740})
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width, f"wider than {width} px"


def queue_of(page: Any) -> list[dict[str, Any]]:
    return page.evaluate(
        """() => Object.keys(localStorage).filter(k => k.startsWith('forbered.queue.'))
                   .flatMap(k => JSON.parse(localStorage.getItem(k)))"""
    )


def test_citizen_completes_a_whole_conversation(page: Any, plan_stack: Stack) -> None:
    open_chat(page, plan_stack, "browser-whole")
    expect(page.get_by_role("button", name="Start samtalen")).to_be_visible()
    assert_no_violations(page, "the chat page before start")
    begin(page)
    expect(page.locator(".fc-progress-text")).to_have_text("Trin 1 af 7: Det er du god til")

    answer(page, "Jeg er god til at lave mad", "Hvad giver dig glæde i hverdagen?")
    page.get_by_role("button", name="Ved ikke").click()  # the fixed button, always there
    expect(log(page)).to_contain_text("Hvad håber eller drømmer du om")
    expect(page.locator(".fc-progress-text")).to_have_text("Trin 2 af 7: Dine håb og drømme")
    answer(page, "Jeg drømmer om at få en kæreste", "Hvad ville være anderledes")
    answer(page, "Så ville jeg ikke være så ensom", "Har du ønsker om arbejde")
    page.get_by_role("button", name="Spring over").click()
    expect(log(page)).to_contain_text("Hvordan går det med dem?")
    answer(page, "Jeg går en tur hver dag", "Vælg et tal fra 0 til 4")

    scores = page.get_by_role("group", name="Vælg et tal fra 0 til 4").get_by_role("button")
    expect(scores).to_have_count(5)
    page.wait_for_timeout(300)  # let the reply settle in view
    screenshot(page, "chat-scores", 375, full_page=False)
    expect(scores.nth(0)).to_have_accessible_name("0 Slet ikke")
    expect(scores.nth(4)).to_have_accessible_name("4 Rigtig godt")
    expect(page.locator(".fc-scores svg")).to_have_count(5)
    # Read-aloud on a bot message: Danish voice, or a plain word once that there is none.
    say = log(page).get_by_role("button", name="Læs højt").last
    say.click()
    say.click()
    no_voice = log(page).get_by_text("Oplæsning virker ikke her")
    page.wait_for_timeout(1800)
    if no_voice.count():
        expect(no_voice).to_have_count(1)
    assert_no_violations(page, "the chat page with the smiley scale")
    screenshot(page, "chat-scores", 375)
    screenshot(page, "chat-scores", 1280)
    for width in (320, 768):  # the smallest phone and an iPad
        assert_fits(page, width)
    screenshot(page, "chat-scores", 320, full_page=False)
    page.set_viewport_size({"width": 375, "height": 740})

    scores.nth(3).click()
    expect(log(page)).to_contain_text("Tak. Jeg skriver 3 ud af 4.")
    page.get_by_role("group", name="Svarmuligheder").get_by_role("button", name="Nej").click()
    expect(log(page)).to_contain_text("Vil du have en pårørende med til mødet?")
    # Keyboard only: the pressed button is gone, so focus lands on the next question's first answer.
    page.get_by_role("group", name="Svarmuligheder").get_by_role("button", name="Ja", exact=True).click()
    expect(log(page)).to_contain_text("farverig eller neutral")
    expect(page.get_by_role("button", name="Farverig")).to_be_focused()
    page.keyboard.press("Enter")
    expect(log(page)).to_contain_text("Er det rigtigt?")
    expect(page.locator(".fc-progress-text")).to_have_text("Trin 7 af 7: Opsummering")
    page.get_by_role("group", name="Svarmuligheder").get_by_role("button", name="Ja", exact=True).click()
    expect(log(page)).to_contain_text("Dit forberedelsesark er klar. Din kontaktperson")

    link = log(page).get_by_role("link", name="Se og print dit forberedelsesark")
    expect(link).to_be_visible(timeout=15_000)
    assert_no_violations(page, "the chat page at the end")
    screenshot(page, "chat-done", 375)
    screenshot(page, "chat-done", 1280)
    assert page.errors == []

    link.click()
    expect(page.get_by_role("heading", name="Mit forberedelsesark", level=1)).to_be_visible()
    hopes = page.get_by_role("region", name="Mine håb, ønsker og drømme")
    expect(hopes).to_contain_text("Jeg drømmer om at få en kæreste")
    expect(page.get_by_role("region", name="Mine mål – hvordan går det?")).to_contain_text("3 af 4 – Godt")
    expect(page.get_by_role("button", name="Print arket")).to_be_visible()
    assert_fits(page, 320)
    assert_no_violations(page, "the sheet page")
    screenshot(page, "sheet", 375)
    screenshot(page, "sheet", 1280)
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Print arket")).to_be_hidden()
    expect(hopes).to_be_visible()
    page.emulate_media(media="screen")
    assert page.errors == []


def test_reload_mid_conversation_keeps_the_history(page: Any, plan_stack: Stack) -> None:
    open_chat(page, plan_stack, "browser-reload")
    begin(page)
    answer(page, "Jeg er god til at spille guitar", "Hvad giver dig glæde i hverdagen?")
    page.reload()
    expect(log(page)).to_contain_text("Jeg er god til at spille guitar")
    expect(log(page)).to_contain_text("Hvad giver dig glæde i hverdagen?")
    expect(page.get_by_role("button", name="Start samtalen")).to_be_hidden()
    expect(page.locator(".fc-progress-text")).to_have_text("Trin 1 af 7: Det er du god til")
    assert log(page).get_by_text("Jeg er god til at spille guitar").count() == 1
    answer(page, "Min hund", "Hvad håber eller drømmer du om")


def test_message_typed_while_unreachable_is_queued_and_delivered(
    page: Any, context: Any, plan_stack: Stack
) -> None:
    invitation = open_chat(page, plan_stack, "browser-offline")
    begin(page)

    context.set_offline(True)
    box = page.get_by_label("Skriv dit svar")
    box.fill("Jeg er god til at cykle")
    box.press("Enter")
    expect(log(page)).to_contain_text("Der er ingen forbindelse lige nu. Din besked er gemt")
    expect(log(page).locator(".fc-pending")).to_contain_text("Ikke sendt endnu")
    assert [q["text"] for q in queue_of(page)] == ["Jeg er god til at cykle"]
    context.set_offline(False)  # the browser's "online" event sends the queue at once
    expect(log(page)).to_contain_text("Hvad giver dig glæde i hverdagen?")
    expect(log(page).locator(".fc-pending")).to_have_count(0)
    assert queue_of(page) == []

    # The bot is down for a moment (503): the same message is retried and answered once.
    plan_stack.rasa.fail_next = 1
    answer(page, "At gå i skoven", "Hvad håber eller drømmer du om")

    # A message that never left the browser survives a reload and is sent afterwards.
    page.route("**/api/chat/*/messages", lambda route: route.abort())
    box.fill("Jeg drømmer om en lejlighed")
    box.press("Enter")
    expect(log(page)).to_contain_text("Din besked er gemt")
    page.unroute("**/api/chat/*/messages")
    page.reload()
    expect(log(page)).to_contain_text("Hvad ville være anderledes")
    expect(log(page).get_by_text("Jeg drømmer om en lejlighed")).to_have_count(1)
    assert queue_of(page) == []

    history = httpx.get(f"{plan_stack.base_url}/api/chat/{invitation['token']}/history").json()["messages"]
    citizen = [m["text"] for m in history if m["role"] == "citizen"]
    assert citizen == [
        "Ja, jeg skriver selv",
        "Jeg er god til at cykle",
        "At gå i skoven",
        "Jeg drømmer om en lejlighed",
    ]
    sent = [m for s, m in plan_stack.rasa.received if s == invitation["conversation_id"]]
    assert sent.count("Jeg er god til at cykle") == 1
    assert sent.count("At gå i skoven") == 2  # once failed at the bot, once answered
    assert page.errors == []


def test_bot_html_is_shown_as_text(page: Any, plan_stack: Stack) -> None:
    open_chat(page, plan_stack, "browser-xss")
    begin(page)
    answer(page, "vis html", "<script>window.__xss = 1</script>")
    expect(log(page)).to_contain_text('<img src="x" onerror="window.__xss = 2">')
    assert log(page).locator("script, img").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__xss") is None
    # The citizen's own text is text too.
    answer(page, "<b>fed</b> <img src=y onerror=alert(1)>", "Hvad giver dig glæde")
    assert log(page).locator("b, img").count() == 0


def test_safety_message_is_calm_and_prominent(page: Any, plan_stack: Stack) -> None:
    open_chat(page, plan_stack, "browser-safety")
    begin(page)
    answer(page, "Jeg tænker tit på selvmord", "Livslinien på 70 201 201")
    safety = log(page).locator(".fc-safety")
    expect(safety).to_have_count(1)
    expect(safety.get_by_role("link", name="Ring 112 ved akut fare")).to_have_attribute("href", "tel:112")
    expect(safety.get_by_role("link", name="Livslinien: 70 201 201")).to_have_attribute(
        "href", "tel:70201201"
    )
    page.wait_for_timeout(300)  # let the reply settle in view
    screenshot(page, "chat-safety", 375, full_page=False)
    screenshot(page, "chat-safety", 375)
    assert_no_violations(page, "the chat page with a safety message")


def test_larger_text_is_remembered(page: Any, plan_stack: Stack) -> None:
    open_chat(page, plan_stack, "browser-larger")
    begin(page)
    size = page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('forbered-chat')).fontSize)"
    )
    toggle = page.get_by_role("button", name="Større tekst")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    page.reload()
    expect(page.get_by_role("button", name="Større tekst")).to_have_attribute("aria-pressed", "true")
    larger = page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('forbered-chat')).fontSize)"
    )
    assert larger > size
    page.get_by_role("button", name="Hold pause").click()
    expect(log(page)).to_contain_text("Brug det samme link, når du vil fortsætte.")


def test_typing_indicator_and_theme_icons(page: Any, plan_stack: Stack) -> None:
    open_chat(page, plan_stack, "browser-themes")
    begin(page)
    typing = page.locator(".fc-typing")
    expect(typing).to_be_hidden()
    plan_stack.rasa.delay = 1.5
    try:
        box = page.get_by_label("Skriv dit svar")
        box.fill("vis temaer")
        box.press("Enter")
        expect(typing).to_be_visible()
        expect(typing).to_contain_text("Forbered skriver")
        expect(log(page)).to_contain_text("Hvad vil du helst tale om?")
    finally:
        plan_stack.rasa.delay = 0
    expect(typing).to_be_hidden()
    themes = page.get_by_role("group", name="Svarmuligheder").locator("button.fc-theme")
    expect(themes).to_have_count(3)
    expect(themes.nth(0)).to_have_accessible_name("Relationer")
    expect(themes.locator("svg")).to_have_count(3)
    expect(page.get_by_role("button", name="Ved ikke")).to_be_visible()
    expect(page.get_by_role("button", name="Spring over")).to_be_visible()
    screenshot(page, "chat-themes", 375, full_page=False)


def test_embedded_with_one_script_tag(page: Any, plan_stack: Stack) -> None:
    """A municipality's page (stood in for by Playwright) with just the script tag and the element."""
    invitation = plan_stack.invite("browser-embed")
    host = f"{plan_stack.base_url}/kommune/forbered-dig"
    html = f"""<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Kommunen</title>
      <script type="module" src="/widget/chat-widget.js"></script></head>
      <body><main><h1>Forbered dit møde</h1>
      <forbered-chat token="{invitation["token"]}"></forbered-chat></main></body></html>"""
    page.route(host, lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"))
    page.goto(host)
    begin(page)
    assert page.locator("link[data-forbered]").count() == 1  # the script brought its own styles
    overflow = page.evaluate("() => getComputedStyle(document.querySelector('.fc-log')).overflowY")
    assert overflow == "auto"  # embedded, the message list scrolls inside the page
    answer(page, "Jeg er god til at bage", "Hvad giver dig glæde i hverdagen?")
    assert_no_violations(page, "the embedded widget")
    screenshot(page, "embedded", 1280, full_page=False)


def finish_via_api(plan_stack: Stack, token: str, hope: str) -> None:
    """A whole conversation over the plan service's HTTP API (the browser test above clicks it through)."""
    with httpx.Client(base_url=f"{plan_stack.base_url}/api/chat/{token}", timeout=10) as http:
        http.post("/start").raise_for_status()
        for text in [
            "/consent_citizen",
            "Jeg er god til at tegne",
            "Musik",
            hope,
            "Glad",
            "/skip",
            "Jeg går i fitness",
            '/score{"score": 2}',
            "Naboens hund",
            "/yes",
            "/neutral",
            "/yes",
        ]:
            http.post("/messages", json={"text": text}).raise_for_status()
        for _ in range(100):
            if http.get("/sheet").status_code == 200:
                return
            time.sleep(0.1)
    raise AssertionError("the sheet never arrived")


def test_contact_person_sees_the_same_sheet(page: Any, plan_stack: Stack) -> None:
    invitation = plan_stack.invite("browser-review")
    finish_via_api(plan_stack, invitation["token"], "Jeg håber at flytte til Aarhus")

    page.goto(f"{plan_stack.base_url}/widget/sheet.html#{invitation['token']}")
    expect(page.get_by_role("region", name="Mine håb, ønsker og drømme")).to_contain_text(
        "Jeg håber at flytte til Aarhus"
    )
    expect(page.get_by_role("region", name="Parkeringspladsen")).to_contain_text("Naboens hund")
    # The citizen corrects the sheet, then approves it: each is a new version.
    page.get_by_label("Vil du rette eller tilføje noget? Skriv det her.").fill(
        "Jeg vil også gerne have en kat"
    )
    page.get_by_role("button", name="Gem rettelsen").click()
    expect(page.locator(":focus")).to_have_text("Tak. Din rettelse er gemt på dit forberedelsesark.")
    expect(page.get_by_role("region", name="Opsummering")).to_contain_text("Jeg vil også gerne have en kat")
    page.get_by_role("button", name="Ja, arket er rigtigt").click()
    expect(page.locator(":focus")).to_have_text("Tak. Du har godkendt dit forberedelsesark.")
    expect(page.get_by_role("region", name="Er arket rigtigt?")).to_contain_text("Du har godkendt arket")
    expect(page.locator("#sheet-meta")).to_contain_text("Version 3")
    assert_no_violations(page, "the sheet page after approval")
    screenshot(page, "sheet-approved", 375, full_page=False)

    page.goto(f"{plan_stack.base_url}/login")
    assert_no_violations(page, "/login")
    screenshot(page, "login", 375)
    page.get_by_label("E-mail").fill(CONTACT_EMAIL)
    page.get_by_label("Adgangskode").fill(DEV_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url("**/review")
    assert_no_violations(page, "/review")
    screenshot(page, "review", 1280)
    page.goto(f"{plan_stack.base_url}/review/conversations/{invitation['conversation_id']}")
    expect(page.get_by_role("region", name="Håb, ønsker og drømme")).to_contain_text(
        "Jeg håber at flytte til Aarhus"
    )
    # The citizen's own correction reaches the contact person too.
    expect(page.get_by_role("main")).to_contain_text("Jeg vil også gerne have en kat")
    assert_no_violations(page, "/review/conversations/…")
    screenshot(page, "review-sheet", 375)
    screenshot(page, "review-sheet", 1280)


def test_bad_link_says_so_plainly(page: Any, plan_stack: Stack) -> None:
    page.goto(f"{plan_stack.base_url}/widget/sheet.html#no-such-token")
    expect(page.locator("#sheet")).to_contain_text("Linket virker ikke længere")
    assert_no_violations(page, "the sheet page with a bad link")
