"""Review pages and the staff JSON twin: content, escaping, reviewed/notes, audit rows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from api.models import AuditLog, Note, PlanMeeting


@pytest.fixture
def reviewed_chat(invite, client, rasa, import_sheet, make_sheet):
    body = invite("B-8008", meeting_date="2025-05-20")
    base = f"/api/chat/{body['token']}"
    client.post(f"{base}/start")
    for text in ["Jeg kunne godt tænke mig at lave mad", "Jeg tegner hver dag", "<script>alert(1)</script>"]:
        client.post(f"{base}/messages", json={"text": text})
    assert import_sheet(make_sheet(body["conversation_id"])).status_code == 201
    return body["conversation_id"]


def _login_cookie(client, email="kontakt@forbered.dk"):
    response = client.post("/login", data={"email": email, "password": "demo1234"}, follow_redirects=False)
    assert response.status_code == 303


def test_review_requires_login(client, staff, reviewed_chat):
    for url in ["/review", f"/review/conversations/{reviewed_chat}"]:
        response = client.get(url, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=/review")


def test_review_list_shows_meetings_of_the_user(client, staff, reviewed_chat):
    _login_cookie(client)
    page = client.get("/review")
    assert page.status_code == 200
    assert '<html lang="da">' in page.text
    assert "B-8008" in page.text and "20.05.2025" in page.text and "Ark klar" in page.text
    assert f'href="/review/conversations/{reviewed_chat}"' in page.text


def test_review_sheet_page_renders_every_section_in_order(client, staff, reviewed_chat):
    _login_cookie(client)
    page = client.get(f"/review/conversations/{reviewed_chat}")
    assert page.status_code == 200
    html = page.text
    headings = [
        "Håb, ønsker og drømme",
        "Det er jeg god til / det giver mig glæde",
        "Parkeringspladsen",
        "Arbejde og uddannelse",
        "Temaer",
        "Mål fra sidste plan",
        "Forandringsudsagn",
        "Status quo-udsagn",
        "Opsummering",
        "Ønsker til mødet",
        "Samtalen",
    ]
    positions = [html.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "Jeg vil gerne lave mad selv" in html and "Naboens hund gør om natten" in html
    assert "<strong>3 af 4</strong>" in html
    assert "Ønske" in html and "Praktiske opgaver" in html
    assert 'href="#turn-1"' in html and 'id="turn-1"' in html and 'id="turn-3"' in html
    assert 'id="turn-0"' not in html  # turns count citizen messages from 1, like forbered.dialogue
    assert html.index('id="turn-1"') < html.index("Jeg kunne godt tænke mig at lave mad")
    assert "Markér som gennemgået" in html and '<label for="note-text">' in html
    assert "selvskade" not in html  # not flagged


def test_flagged_safety_comes_first_and_prominent(client, staff, invite, import_sheet, make_sheet):
    conversation_id = invite("B-9009")["conversation_id"]
    import_sheet(make_sheet(conversation_id, safety={"flagged": True, "turns": [2]}))
    _login_cookie(client)
    html = client.get(f"/review/conversations/{conversation_id}").text
    assert 'class="safety"' in html
    assert html.index("selvskade") < html.index("Håb, ønsker og drømme")
    assert "70 201 201" in html and 'href="#turn-2"' in html


def test_everything_is_escaped(client, staff, invite, import_sheet, make_sheet):
    body = invite("B-1010")
    conversation_id = body["conversation_id"]
    client.post(f"/api/chat/{body['token']}/messages", json={"text": "<script>alert('chat')</script>"})
    sheet = make_sheet(conversation_id, summary="<script>alert('x')</script>")
    sheet["hopes"][0]["text"] = '<img src=x onerror="alert(1)">'
    import_sheet(sheet)
    _login_cookie(client)
    client.post(f"/review/conversations/{conversation_id}/notes", data={"text": "<script>note()</script>"})
    html = client.get(f"/review/conversations/{conversation_id}").text
    assert "<script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;chat&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;note()&lt;/script&gt;" in html
    assert "default-src 'self'" in client.get("/review").headers["content-security-policy"]


def test_mark_reviewed_and_add_notes(client, staff, reviewed_chat, db):
    _login_cookie(client)
    response = client.post(f"/review/conversations/{reviewed_chat}/reviewed", follow_redirects=False)
    assert response.status_code == 303
    meeting = db.scalar(select(PlanMeeting))
    db.refresh(meeting)
    assert meeting.status == "reviewed"
    assert meeting.reviewed_by_user_id == staff["contact"].user.id

    empty = client.post(
        f"/review/conversations/{reviewed_chat}/notes", data={"text": "   "}, follow_redirects=True
    )
    assert "Noten er tom" in empty.text
    client.post(f"/review/conversations/{reviewed_chat}/notes", data={"text": "Tal om madlavning på mødet"})
    assert db.scalars(select(Note.text)).all() == ["Tal om madlavning på mødet"]
    assert "Tal om madlavning på mødet" in client.get(f"/review/conversations/{reviewed_chat}").text


def test_new_sheet_version_after_review_needs_review_again(
    client, staff, reviewed_chat, import_sheet, make_sheet, db
):
    _login_cookie(client)
    client.post(f"/review/conversations/{reviewed_chat}/reviewed")
    import_sheet(make_sheet(reviewed_chat, summary="Ændret."))
    assert db.scalar(select(PlanMeeting.status)) == "sheet_ready"


def test_json_twin_returns_the_latest_sheet_with_notes(client, staff, reviewed_chat):
    response = client.get(f"/api/conversations/{reviewed_chat}/sheet", headers=staff["contact"].headers)
    assert response.status_code == 200
    body = response.json()
    assert (body["citizen_ref"], body["version"], body["meeting_status"]) == ("B-8008", 1, "sheet_ready")
    assert body["sheet"]["hopes"][0]["text"] == "Jeg vil gerne lave mad selv"
    assert body["notes"] == []


def test_sheet_not_ready_yet(client, staff, invite):
    conversation_id = invite("B-1111")["conversation_id"]
    response = client.get(f"/api/conversations/{conversation_id}/sheet", headers=staff["contact"].headers)
    assert response.status_code == 404
    assert "forberedelsesark" in response.json()["detail"]
    _login_cookie(client)
    assert "ikke klar endnu" in client.get(f"/review/conversations/{conversation_id}").text


def test_every_sheet_read_and_change_is_audited(client, staff, reviewed_chat, db):
    contact = f"user:{staff['contact'].user.id}"
    client.get(f"/api/conversations/{reviewed_chat}/sheet", headers=staff["contact"].headers)
    _login_cookie(client)
    client.get(f"/review/conversations/{reviewed_chat}")
    client.post(f"/review/conversations/{reviewed_chat}/notes", data={"text": "note"}, follow_redirects=False)
    client.post(f"/review/conversations/{reviewed_chat}/reviewed", follow_redirects=False)
    rows = db.scalars(select(AuditLog).where(AuditLog.actor == contact).order_by(AuditLog.id)).all()
    actions = [r.action for r in rows if not r.action.startswith(("auth.", "invitation."))]
    assert actions == ["sheet.read", "sheet.read", "sheet.note", "meeting.reviewed"]
    assert rows[-1].object == f"conversation:{reviewed_chat}"
    assert all(r.at is not None for r in rows)
    assert db.scalar(select(AuditLog.action).where(AuditLog.actor == "service")) == "sheet.import.created"


def test_review_shows_what_changed_since_the_previous_version(
    client, staff, reviewed_chat, import_sheet, make_sheet
):
    sheet = make_sheet(reviewed_chat)
    sheet["hopes"].append(
        {"text": "Jeg vil gerne have en kæreste", "quote": "en kæreste", "theme": "relationer"}
    )
    sheet["parking"] = []
    sheet["goal_progress"][0]["self_score"] = 4
    import_sheet(sheet)
    _login_cookie(client)
    html = client.get(f"/review/conversations/{reviewed_chat}").text
    section = html[html.index("Ændret siden version 1") : html.index('id="haab"')]
    assert "Jeg vil gerne have en kæreste" in section
    assert "<del>Naboens hund gør om natten</del>" in section and "Fjernet:" in section
    assert "Jeg handler ind selv (egen score: 4 af 4)" in section
    assert "<del>Jeg handler ind selv (egen score: 3 af 4)</del>" in section
    assert "Resources" not in section and "Det er jeg god til" not in section  # unchanged fields are left out


def test_first_version_has_no_change_section_and_links_print_and_pdf(client, staff, reviewed_chat):
    _login_cookie(client)
    html = client.get(f"/review/conversations/{reviewed_chat}").text
    assert "Ændret siden" not in html
    assert f'href="/review/conversations/{reviewed_chat}/print"' in html
    assert f'href="/review/conversations/{reviewed_chat}/sheet.pdf"' in html


def test_goal_suggestions_are_marked_as_suggestions(client, staff, invite, import_sheet, make_sheet):
    conversation_id = invite("B-SUGG")["conversation_id"]
    suggestion = {"text": "Jeg vil lave mad selv.", "quote": "lave mad", "theme": "praktiske_opgaver"}
    import_sheet(make_sheet(conversation_id, goal_suggestions=[suggestion]))
    _login_cookie(client)
    html = client.get(f"/review/conversations/{conversation_id}").text
    section = html[html.index('id="forslag"') :]
    assert "Det er ikke besluttede mål" in section
    assert '<span class="tag suggestion">Forslag</span> Jeg vil lave mad selv.' in section


def test_pages_are_accessible_on_an_ipad(client, staff, reviewed_chat):
    """lang, one h1, labelled forms, viewport, 44 px touch targets and a skip link on every staff page."""
    import re

    _login_cookie(client)
    css = client.get("/static/review.css").text
    assert "min-height: 44px" in css
    for url in [
        "/review",
        f"/review/conversations/{reviewed_chat}",
        f"/review/conversations/{reviewed_chat}/print",
    ]:
        html = client.get(url).text
        assert '<html lang="da">' in html
        assert 'name="viewport" content="width=device-width, initial-scale=1"' in html
        assert len(re.findall(r"<h1[ >]", html)) == 1
        for field in re.findall(r'<(?:input|textarea)[^>]*\bid="([^"]+)"', html):
            assert f'<label for="{field}">' in html
        assert "<svg" not in html or 'aria-hidden="true"' in html
    assert 'href="#indhold"' in client.get("/review").text


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_text_colours_meet_wcag_aa_contrast(client):
    import re

    css = client.get("/static/review.css").text
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", css))
    for name in ("ink", "muted", "accent", "warn"):
        for background in ("#ffffff", colours["warn-bg"], "#f3f6fa"):
            lighter, darker = sorted([_luminance(colours[name]), _luminance(background)], reverse=True)
            assert (lighter + 0.05) / (darker + 0.05) >= 4.5, (name, background)
