"""Import a sheet file into the plan service from the command line (``forbered import-sheet FILE``).

The file goes through the same HTTP import endpoint as the bot's sheets (validated, idempotent,
versioned), so there is one import path. ``python -m api.importer FILE`` works without the CLI.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import httpx

from api.config import get_settings


class SheetImportError(Exception):
    def __init__(self, status_code: int, detail: Any) -> None:
        super().__init__(f"{status_code}: {detail}")
        self.status_code = status_code
        self.detail = detail


def import_sheet_file(
    path: str | Path,
    *,
    base_url: str | None = None,
    service_token: str | None = None,
    client: httpx.Client | None = None,
) -> dict[str, Any]:
    """POST the sheet in ``path``; return ``{"sheet_id", "version", "status"}`` or raise SheetImportError."""
    settings = get_settings()
    content = json.loads(Path(path).read_text(encoding="utf-8"))
    url = f"{(base_url or settings.public_base_url).rstrip('/')}/api/sheets/import"
    headers = {"Authorization": f"Bearer {service_token or settings.service_token}"}
    http = client or httpx.Client(timeout=30)
    try:
        response = http.post(url, json=content, headers=headers)
    except httpx.HTTPError as exc:
        raise SheetImportError(503, f"Plantjenesten svarer ikke på {url}: {type(exc).__name__}") from exc
    finally:
        if client is None:
            http.close()
    try:
        body = response.json()
    except ValueError:
        body = {"detail": response.text}
    if response.status_code not in (200, 201):
        raise SheetImportError(response.status_code, body.get("detail", body))
    return body


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("brug: python -m api.importer ARK.json", file=sys.stderr)
        return 2
    try:
        result = import_sheet_file(args[0])
    except (OSError, ValueError) as exc:
        print(f"Kunne ikke læse {args[0]}: {exc}", file=sys.stderr)
        return 1
    except SheetImportError as exc:
        print(f"Import fejlede ({exc.status_code}): {exc.detail}", file=sys.stderr)
        return 1
    print(f"{result['sheet_id']} version {result['version']}: {result['status']}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
