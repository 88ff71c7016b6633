"""The printable sheet (HTML and PDF) and the FHIR R4 export."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from sqlalchemy import select

from api.models import AuditLog
from api.pdf import static_file

A4_RATIO = 297 / 210


@pytest.fixture
def sheet_chat(client, invite, import_sheet, make_sheet, staff):
    body = invite("B-PRINT", first_name="Mia", meeting_date="2025-05-20")
    sheet = make_sheet(
        body["conversation_id"],
        goal_suggestions=[
            {"text": "Jeg vil lave mad selv.", "quote": "lave mad", "theme": "praktiske_opgaver"}
        ],
        employment=[
            {"text": "Jeg vil gerne arbejde i en bager", "quote": "bager", "theme": "beskaeftigelse"}
        ],
        themes=["praktiske_opgaver", "beskaeftigelse", "relationer"],
    )
    sheet["hopes"][0]["text"] = "Jeg vil gerne lave mad selv <b>nu</b>"
    assert import_sheet(sheet).status_code == 201
    return body["conversation_id"]


def test_print_view_is_a4_large_type_with_symbols_and_quotes(client, staff, sheet_chat):
    page = client.get(f"/review/conversations/{sheet_chat}/print", headers=staff["contact"].headers)
    assert page.status_code == 200
    html = page.text
    assert '<html lang="da">' in html and "<h1>Mit forberedelsesark</h1>" in html
    assert "Mia · Borgerplansmøde: 20.05.2025" in html
    assert "“jeg kunne godt tænke mig at lave mad”" in html  # the citizen's words, in quotes
    assert "&lt;b&gt;nu&lt;/b&gt;" in html and "<b>nu</b>" not in html
    assert html.count("<svg") >= 8 and 'aria-hidden="true"' in html
    assert "Beskæftigelse og uddannelse" in html and "Relationer" in html
    assert "<strong>3 af 4</strong>" in html and "Forslag" in html
    assert "Tal om" not in html  # staff notes are never printed
    css = static_file("https://forbered.invalid/static/print.css").read_text()
    assert "size: A4" in css and "16pt" in css
    assert client.get("/static/print.css").status_code == 200


def test_safety_flag_is_on_screen_only_in_the_print(client, staff, invite, import_sheet, make_sheet):
    conversation_id = invite("B-PSAFE")["conversation_id"]
    import_sheet(make_sheet(conversation_id, safety={"flagged": True, "turns": [1]}))
    html = client.get(f"/review/conversations/{conversation_id}/print", headers=staff["contact"].headers).text
    assert 'class="safety screen-only"' in html


def test_pdf_fetcher_serves_only_our_static_files():
    for url in (
        "https://forbered.invalid/static/../config.py",
        "http://169.254.169.254/",
        "file:///etc/passwd",
    ):
        with pytest.raises(ValueError):
            static_file(url)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pdf_renders_page_one_as_a_non_blank_a4_page(client, staff, sheet_chat, tmp_path, db):
    pytest.importorskip("weasyprint")
    from PIL import Image

    response = client.get(f"/review/conversations/{sheet_chat}/sheet.pdf", headers=staff["contact"].headers)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"] == "application/pdf"
    assert 'filename="forberedelsesark-B-PRINT.pdf"' in response.headers["content-disposition"]
    assert response.content.startswith(b"%PDF")
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(response.content)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True
    )
    png = next(tmp_path.glob("page*.png"))
    image = Image.open(png).convert("L")
    width, height = image.size
    assert height / width == pytest.approx(A4_RATIO, rel=0.01)
    assert width == pytest.approx(210 / 25.4 * 60, abs=2)  # 210 mm at 60 dpi
    dark = sum(image.histogram()[:128])
    assert dark / (width * height) > 0.01  # text and symbols, not a blank page
    assert db.scalar(select(AuditLog.action).where(AuditLog.action == "sheet.pdf")) == "sheet.pdf"


def _bundle(client, staff, conversation_id):
    response = client.get(f"/api/conversations/{conversation_id}/fhir", headers=staff["contact"].headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/fhir+json")
    return response


def test_fhir_bundle_round_trips_through_the_fhir_models(client, staff, sheet_chat, db):
    from fhir.resources.R4B.bundle import Bundle

    response = _bundle(client, staff, sheet_chat)
    bundle = Bundle.model_validate_json(response.content)  # the library's own parsing and validation
    assert bundle.type == "collection"
    assert json.loads(bundle.model_dump_json(exclude_none=True)) == response.json()  # a lossless round trip
    by_type: dict[str, list] = {}
    for entry in bundle.entry:
        by_type.setdefault(entry.resource.get_resource_type(), []).append(entry)
    assert sorted(by_type) == ["Goal", "Observation", "Patient", "QuestionnaireResponse"]

    patient = by_type["Patient"][0]
    assert patient.resource.identifier[0].value == "B-PRINT"
    assert patient.resource.name is None  # pseudonymous: no name, no CPR
    patient_url = patient.fullUrl

    [goal] = [e.resource for e in by_type["Goal"]]
    assert goal.lifecycleStatus == "proposed"
    assert goal.description.text == "Jeg vil gerne lave mad selv <b>nu</b>"
    assert goal.expressedBy.reference == patient_url and goal.subject.reference == patient_url
    assert goal.category[0].coding[0].code == "eef71492-65f5-4297-aa95-3c3a6866ddef"  # FFB Praktiske opgaver

    [observation] = [e.resource for e in by_type["Observation"]]
    assert observation.valueInteger == 3 and observation.performer[0].reference == patient_url

    qr = by_type["QuestionnaireResponse"][0].resource
    assert qr.status == "completed" and qr.subject.reference == patient_url
    items = {i.linkId: i for i in qr.item}
    assert {"hopes", "resources", "parking", "employment", "themes", "goal_progress", "change_talk"} <= set(
        items
    )
    hope = items["hopes"].answer[0]
    assert hope.valueString.startswith("Jeg vil gerne lave mad selv")
    assert hope.item[0].answer[0].valueString == "jeg kunne godt tænke mig at lave mad"
    assert db.scalar(select(AuditLog.action).where(AuditLog.action == "sheet.export.fhir")) is not None


def test_fhir_export_is_stable_and_follows_the_version(client, staff, sheet_chat, import_sheet, make_sheet):
    first = _bundle(client, staff, sheet_chat).json()
    assert _bundle(client, staff, sheet_chat).json() == first  # deterministic ids
    import_sheet(make_sheet(sheet_chat, sheet_id=f"sheet-{sheet_chat}"[:64], summary="Ny."))
    second = _bundle(client, staff, sheet_chat).json()
    assert second["identifier"]["value"].endswith(":v2")
    assert second["entry"][0] == first["entry"][0]  # the same Patient


def test_no_fhir_without_a_sheet(client, staff, invite):
    conversation_id = invite("B-NOFHIR")["conversation_id"]
    response = client.get(f"/api/conversations/{conversation_id}/fhir", headers=staff["contact"].headers)
    assert response.status_code == 404
