"""Sheet import: service token, schema validation, idempotent versions, PII masking, the CLI helper."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import select

from api.importer import SheetImportError, import_sheet_file
from api.models import AuditLog, Conversation, PlanMeeting, Sheet, SheetVersion


@pytest.fixture
def conversation_id(invite):
    return invite("B-6006")["conversation_id"]


def test_import_requires_the_service_token(client, conversation_id, make_sheet, staff):
    sheet = make_sheet(conversation_id)
    assert client.post("/api/sheets/import", json=sheet).status_code == 401
    wrong = client.post("/api/sheets/import", json=sheet, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert wrong.json() == {"detail": "Manglende eller forkert service-token."}
    # A staff token is not a service token.
    assert client.post("/api/sheets/import", json=sheet, headers=staff["admin"].headers).status_code == 401


def test_created_unchanged_new_version(import_sheet, conversation_id, make_sheet, db):
    sheet = make_sheet(conversation_id)
    created = import_sheet(sheet)
    assert created.status_code == 201
    assert created.json() == {"sheet_id": sheet["sheet_id"], "version": 1, "status": "created"}

    # Same content re-sent later (only created_at differs, keys in another order): unchanged.
    resent = dict(reversed(list({**sheet, "created_at": "2025-03-02T09:00:00Z"}.items())))
    unchanged = import_sheet(resent)
    assert unchanged.status_code == 200
    assert unchanged.json() == {"sheet_id": sheet["sheet_id"], "version": 1, "status": "unchanged"}

    changed = import_sheet({**sheet, "summary": "Du vil gerne lave mad og cykle."})
    assert changed.status_code == 201
    assert changed.json() == {"sheet_id": sheet["sheet_id"], "version": 2, "status": "new_version"}

    versions = db.scalars(select(SheetVersion).order_by(SheetVersion.version)).all()
    assert [v.version for v in versions] == [1, 2]
    assert versions[1].content["summary"] == "Du vil gerne lave mad og cykle."
    assert db.scalar(select(Sheet)).current_version == 2
    meeting = db.get(PlanMeeting, db.get(Conversation, conversation_id).meeting_id)
    assert meeting.status == "sheet_ready"
    actions = db.scalars(
        select(AuditLog.action).where(AuditLog.actor == "service").order_by(AuditLog.id)
    ).all()
    assert actions == ["sheet.import.created", "sheet.import.new_version"]


def test_schema_errors_are_422_listing_field_paths(import_sheet, conversation_id, make_sheet, db):
    sheet = make_sheet(conversation_id)
    del sheet["hopes"][0]["quote"]
    sheet["goal_progress"][0]["self_score"] = 7
    sheet["unexpected"] = True
    response = import_sheet(sheet)
    assert response.status_code == 422
    body = response.json()
    assert "hopes.0.quote: 'quote' is a required property" in body["errors"]
    assert any(
        e.startswith("goal_progress.0.self_score: 7 is greater than the maximum of 4") for e in body["errors"]
    )
    assert any(e.startswith("$: Additional properties are not allowed") for e in body["errors"])
    assert "hopes.0.quote" in body["detail"]
    assert db.scalars(select(Sheet)).all() == []


@pytest.mark.parametrize("body", [[1, 2], "tekst", None, {"schema": "forbered.preparation-sheet/v1"}])
def test_non_sheet_bodies_are_422_not_500(client, service_headers, body):
    response = client.post("/api/sheets/import", json=body, headers=service_headers)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_invalid_json_and_bad_created_at_are_422(
    client, service_headers, conversation_id, make_sheet, import_sheet
):
    response = client.post(
        "/api/sheets/import",
        content=b"{oops",
        headers={**service_headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    bad_date = import_sheet(make_sheet(conversation_id, created_at="i går"))
    assert bad_date.status_code == 422
    assert "created_at" in bad_date.json()["detail"]


def test_unknown_conversation_is_404_with_a_reason(import_sheet, make_sheet, staff):
    response = import_sheet(make_sheet("conv-does-not-exist"))
    assert response.status_code == 404
    assert "conv-does-not-exist" in response.json()["detail"]
    assert "invitation" in response.json()["detail"]


def test_sheet_id_of_another_conversation_is_409(import_sheet, invite, conversation_id, make_sheet):
    other = invite("B-7007")["conversation_id"]
    import_sheet(make_sheet(conversation_id, sheet_id="shared-sheet-1"))
    response = import_sheet(make_sheet(other, sheet_id="shared-sheet-1"))
    assert response.status_code == 409


def test_pii_is_masked_in_every_free_text_string(import_sheet, conversation_id, make_sheet, db):
    sheet = make_sheet(
        conversation_id,
        sheet_id="sheet-12345678",
        summary="Skriv til anna@example.com eller ring 20 30 40 50. Livslinien: 70 201 201.",
        corrections=["Mit CPR er 0101901234"],
    )
    sheet["hopes"][0]["quote"] = "min mor har nummer +45 22334455"
    sheet["goal_progress"][0]["goal"] = "Jeg ringer til 11223344 selv"
    assert import_sheet(sheet).status_code == 201
    content = db.scalar(select(SheetVersion.content))
    assert content["summary"] == "Skriv til [e-mail] eller ring [telefonnummer]. Livslinien: 70 201 201."
    assert content["corrections"] == ["Mit CPR er [CPR-nummer]"]
    assert content["hopes"][0]["quote"] == "min mor har nummer [telefonnummer]"
    assert content["goal_progress"][0]["goal"] == "Jeg ringer til [telefonnummer] selv"
    assert content["sheet_id"] == "sheet-12345678"  # identifiers are not text
    assert db.scalar(select(Sheet.sheet_id)) == "sheet-12345678"


def test_import_sheet_file_posts_to_the_service(
    client, conversation_id, make_sheet, tmp_path, service_headers
):
    path = tmp_path / "ark.json"
    path.write_text(json.dumps(make_sheet(conversation_id)), encoding="utf-8")

    def forward(request: httpx.Request) -> httpx.Response:
        # Hand the request to the app under test (the TestClient), as the real service would get it.
        assert request.url.path == "/api/sheets/import"
        response = client.post("/api/sheets/import", content=request.content, headers=dict(request.headers))
        return httpx.Response(response.status_code, content=response.content, headers=response.headers)

    http = httpx.Client(transport=httpx.MockTransport(forward))
    token = service_headers["Authorization"].split()[1]
    result = import_sheet_file(path, base_url="http://svc", service_token=token, client=http)
    assert result["status"] == "created"
    assert (
        import_sheet_file(path, base_url="http://svc", service_token=token, client=http)["status"]
        == "unchanged"
    )
    with pytest.raises(SheetImportError) as error:
        import_sheet_file(path, base_url="http://svc", service_token="wrong", client=http)
    assert error.value.status_code == 401
