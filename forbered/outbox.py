"""A durable outbox for finished sheets: written to disk first, delivered to the plan service after.

If the plan service is down, the sheet waits as a file and is delivered later, exactly once per
version (the plan service's import is idempotent, so a retry after a lost answer is harmless).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

log = logging.getLogger(__name__)


class Outbox:
    def __init__(self, directory: Path, import_url: str, token: str, *, timeout: float = 10.0) -> None:
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.url = import_url
        self.token = token
        self.timeout = timeout
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    def put(self, sheet: dict[str, Any]) -> Path:
        name = f"{int(time.time() * 1000):013d}-{sheet['sheet_id']}.json"
        fd, tmp = tempfile.mkstemp(dir=self.dir, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(sheet, fh, ensure_ascii=False)
        final = self.dir / name
        os.replace(tmp, final)
        return final

    def pending(self) -> list[Path]:
        return sorted(self.dir.glob("*.json"))

    def deliver_once(self, post: Callable[..., httpx.Response] | None = None) -> int:
        """Try every pending sheet once, oldest first. Returns how many were delivered."""
        post = post or httpx.post
        delivered = 0
        with self._lock:
            for path in self.pending():
                try:
                    sheet = json.loads(path.read_text("utf-8"))
                    r = post(self.url, json=sheet, headers={"Authorization": f"Bearer {self.token}"}, timeout=self.timeout)
                except (httpx.HTTPError, OSError) as exc:
                    log.info("Plan service not reachable (%s); sheet stays in the outbox", type(exc).__name__)
                    break
                except ValueError:
                    path.rename(path.with_suffix(".bad"))
                    continue
                if r.status_code < 300:
                    path.unlink(missing_ok=True)
                    delivered += 1
                elif 400 <= r.status_code < 500 and r.status_code not in (401, 403, 408, 429):
                    # refused for this sheet only (invalid, or its conversation is unknown or erased):
                    # set it aside so it never blocks the sheets behind it
                    log.error("Plan service refused a sheet (%s); kept as .rejected", r.status_code)
                    path.rename(path.with_suffix(".rejected"))
                else:  # the service or our credentials are not ready: keep order, try again later
                    break
        return delivered

    def start(self, interval: float = 3.0) -> None:
        """Deliver in the background now and every `interval` seconds while anything is pending."""
        if self._worker and self._worker.is_alive():
            return

        def run() -> None:
            while True:
                self.deliver_once()
                if not self.pending():
                    time.sleep(interval)
                    if not self.pending():
                        continue
                time.sleep(interval)

        self._worker = threading.Thread(target=run, name="forbered-outbox", daemon=True)
        self._worker.start()
