"""The preparation sheet contract: schema validation, PII masking and the idempotency hash."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from forbered.privacy import mask_pii

# Identifiers and enum values: never masked (an 8-digit sheet id must not turn into "[telefonnummer]").
_NOT_FREE_TEXT = {
    "schema", "sheet_id", "conversation_id", "created_at", "language", "written_by",
    "theme", "themes", "subtype", "plan_version",
}  # fmt: skip
_REQUIRED = re.compile(r"^'(?P<name>[^']+)' is a required property")
MAX_ERRORS = 50


@lru_cache
def sheet_schema() -> dict[str, Any]:
    source = resources.files("forbered").joinpath("schema/preparation-sheet-v1.json")
    return json.loads(source.read_text(encoding="utf-8"))


@lru_cache
def _validator() -> Draft202012Validator:
    schema = sheet_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _describe(error: ValidationError) -> str:
    path = [str(p) for p in error.absolute_path]
    match = _REQUIRED.match(error.message) if error.validator == "required" else None
    if match:
        path.append(match["name"])
    return f"{'.'.join(path) or '$'}: {error.message}"


def validation_errors(content: Any) -> list[str]:
    """Field paths and reasons, e.g. ``hopes.0.quote: 'quote' is a required property``."""
    errors = sorted(_validator().iter_errors(content), key=lambda e: [str(p) for p in e.absolute_path])
    described = [_describe(e) for e in errors[:MAX_ERRORS]]
    if isinstance(content, dict) and isinstance(content.get("created_at"), str) and not described:
        # The "date-time" format is only checked when rfc3339-validator is installed: check it here too.
        try:
            datetime.fromisoformat(content["created_at"].replace("Z", "+00:00"))
        except ValueError:
            described.append(f"created_at: {content['created_at']!r} is not a 'date-time'")
    return described


def mask_content(value: Any, key: str | None = None) -> Any:
    """Mask PII in every free-text string of the sheet."""
    if isinstance(value, dict):
        return {k: mask_content(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_content(v, key) for v in value]
    if isinstance(value, str) and key not in _NOT_FREE_TEXT:
        return mask_pii(value)
    return value


def content_hash(content: dict[str, Any]) -> str:
    """sha256 of the canonical JSON without ``created_at`` (re-sending the same sheet later is no change)."""
    canonical = {k: v for k, v in content.items() if k != "created_at"}
    raw = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()
