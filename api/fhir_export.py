"""The sheet as a FHIR R4 Bundle (``fhir.resources.R4B`` models; R4B and R4 agree on every element used).

Conventions follow KL's FHIR work for the municipal social area as far as they are known here:
FFB codes (urn:oid:1.2.208.176.2.22, the KL CodeSystem in /work/shared/reference) for life themes,
Danish narrative, the citizen as ``Patient`` and goals as ``Goal`` with ``lifecycleStatus``. No profile
is claimed in ``meta.profile``: nothing here is validated against KL's profiles yet.

- ``Patient``: pseudonymous; only the municipality's citizen reference as identifier, no name or CPR.
- ``QuestionnaireResponse``: one item per sheet section; each answer is the sheet's wording with a
  nested item holding the citizen's own words.
- ``Goal`` per hope: ``lifecycleStatus`` "proposed" (the meeting decides), ``expressedBy`` the citizen,
  ``description.text`` in the first person as the sheet words it.
- ``Observation`` per goal from the last plan with the citizen's own 0-4 score (``valueInteger``).
"""

from __future__ import annotations

import uuid
from typing import Any

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.goal import Goal
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from api import texts

FFB_SYSTEM = "urn:oid:1.2.208.176.2.22"
CITIZEN_REF_SYSTEM = "https://forbered.dk/fhir/NamingSystem/borgerreference"
SHEET_ID_SYSTEM = "https://forbered.dk/fhir/NamingSystem/forberedelsesark"
QUESTIONNAIRE = "https://forbered.dk/fhir/Questionnaire/forberedelsesark-v1"
SELF_SCORE_CODE = {
    "system": "https://forbered.dk/fhir/CodeSystem/forbered",
    "code": "egen-mestringsscore",
    "display": "Borgerens egen vurdering af mestringsniveau (0-4)",
}
PSEUDONYMISED = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
    "code": "PSEUDED",
    "display": "pseudonymized",
}
# FFB "Aktivitet og deltagelse" / "Funktioner og forhold" codes for the sheet's themes.
FFB_THEME_CODES = {
    "praktiske_opgaver": ("eef71492-65f5-4297-aa95-3c3a6866ddef", "Praktiske opgaver"),
    "egenomsorg": ("da3f488f-1742-4d00-b247-a7d47500b36b", "Egenomsorg"),
    "kommunikation": ("c2b186f9-9c10-478e-8345-2d2c37ab4c46", "Kommunikation"),
    "mobilitet": ("d1495b2c-1452-4e49-8dbe-8193af5d8823", "Mobilitet"),
    "samfundsliv": ("dfbe6ff6-223b-436a-b864-8ba29bda41e2", "Samfundsliv"),
    "relationer": ("3856b434-f72e-42a5-b9d1-0cc93f48434b", "Relationer"),
    "sundhed": ("4fb78b88-d3af-4cfb-84d7-f06daf423317", "Sundhedsforhold"),
    "beskaeftigelse": ("f695cec7-2b39-4c7e-8731-da8558a4fb3f", "Uddannelse og job"),
}
QR_SECTIONS = ("hopes", "resources", "employment", "parking", "goal_suggestions", "change_talk",
               "sustain_talk")  # fmt: skip
_NS = uuid.UUID("6f1c1a52-8f0e-4d7b-9c55-0c6f5e2b7a11")


def _urn(*parts: object) -> str:
    return "urn:uuid:" + str(uuid.uuid5(_NS, "/".join(str(p) for p in parts)))


def ffb_coding(theme: str | None) -> dict[str, str] | None:
    if not theme or theme not in FFB_THEME_CODES:
        return None
    code, display = FFB_THEME_CODES[theme]
    return {"system": FFB_SYSTEM, "code": code, "display": display}


def _words(link_id: str, quote: str) -> dict[str, Any]:
    return {"linkId": f"{link_id}.quote", "text": "Borgerens egne ord", "answer": [{"valueString": quote}]}


def _section(name: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    answers = []
    for item in items:
        answer: dict[str, Any] = {"valueString": item.get("text") or item.get("quote") or ""}
        if item.get("quote"):
            answer["item"] = [_words(name, item["quote"])]
        answers.append(answer)
    label = texts.SHEET_FIELDS.get(name, name)
    return {"linkId": name, "text": label, "answer": answers}


def _questionnaire_items(content: dict[str, Any]) -> list[dict[str, Any]]:
    items = [_section(name, content.get(name) or []) for name in QR_SECTIONS if content.get(name)]
    themes = [c for c in (ffb_coding(t) for t in content.get("themes") or []) if c]
    if themes:
        items.append({"linkId": "themes", "text": "Temaer", "answer": [{"valueCoding": c} for c in themes]})
    if content.get("goal_progress"):
        answers = []
        for goal in content["goal_progress"]:
            nested = [_words("goal_progress", goal["quote"])] if goal.get("quote") else []
            if goal.get("self_score") is not None:
                nested.insert(0, {"linkId": "goal_progress.self_score", "text": "Egen score (0-4)",
                                  "answer": [{"valueInteger": goal["self_score"]}]})  # fmt: skip
            answers.append({"valueString": goal["goal"], **({"item": nested} if nested else {})})
        items.append({"linkId": "goal_progress", "text": "Mål fra sidste plan", "answer": answers})
    if content.get("corrections"):
        items.append({"linkId": "corrections", "text": "Borgerens rettelser",
                      "answer": [{"valueString": c} for c in content["corrections"]]})  # fmt: skip
    if content.get("summary"):
        items.append(
            {"linkId": "summary", "text": "Opsummering", "answer": [{"valueString": content["summary"]}]}
        )
    items.append({"linkId": "safety.flagged", "text": "Markeret for selvskade eller selvmordstanker",
                  "answer": [{"valueBoolean": bool(content.get("safety", {}).get("flagged"))}]})  # fmt: skip
    return items


def sheet_bundle(
    *, citizen_ref: str, sheet_id: str, version: int, content: dict[str, Any], approved: bool
) -> Bundle:
    """The Bundle (type "collection") for one version of a sheet."""
    patient_url = _urn("patient", citizen_ref)
    qr_url = _urn("qr", sheet_id, version)
    authored = content["created_at"]
    patient_ref = {"reference": patient_url}
    patient = Patient(
        meta={"security": [PSEUDONYMISED]},
        identifier=[{"system": CITIZEN_REF_SYSTEM, "value": citizen_ref}],
    )
    response = QuestionnaireResponse(
        meta={"versionId": str(version)},
        identifier={"system": SHEET_ID_SYSTEM, "value": sheet_id},
        questionnaire=QUESTIONNAIRE,
        status="completed" if approved or content.get("citizen_confirmed") else "in-progress",
        subject=patient_ref,
        source=patient_ref,
        authored=authored,
        item=_questionnaire_items(content),
    )
    entries: list[dict[str, Any]] = [
        {"fullUrl": patient_url, "resource": patient},
        {"fullUrl": qr_url, "resource": response},
    ]
    for n, hope in enumerate(content.get("hopes") or []):
        coding = ffb_coding(hope.get("theme"))
        goal = Goal(
            lifecycleStatus="proposed",
            description={"text": hope["text"]},
            subject=patient_ref,
            expressedBy=patient_ref,
            category=[{"coding": [coding], "text": coding["display"]}] if coding else None,
            note=[{"text": f"Borgerens egne ord: “{hope['quote']}”"}] if hope.get("quote") else None,
        )
        entries.append({"fullUrl": _urn("goal", sheet_id, version, n), "resource": goal})
    for n, progress in enumerate(content.get("goal_progress") or []):
        if progress.get("self_score") is None:
            continue
        observation = Observation(
            status="final",
            code={"coding": [SELF_SCORE_CODE], "text": SELF_SCORE_CODE["display"]},
            subject=patient_ref,
            performer=[patient_ref],
            effectiveDateTime=authored,
            valueInteger=progress["self_score"],
            derivedFrom=[{"reference": qr_url}],
            note=[{"text": f"Mål: {progress['goal']}. Borgerens egne ord: “{progress['quote']}”"}],
        )
        entries.append({"fullUrl": _urn("observation", sheet_id, version, n), "resource": observation})
    return Bundle(
        type="collection",
        identifier={"system": SHEET_ID_SYSTEM, "value": f"{sheet_id}:v{version}"},
        timestamp=authored,
        entry=entries,
    )
