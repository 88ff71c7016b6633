"""HTML to PDF with WeasyPrint. Imported lazily: WeasyPrint needs Pango, which a dev box may lack.

WeasyPrint may only read our own stylesheets: the URL fetcher serves ``/static/…`` from the package and
refuses everything else, so nothing in a sheet can make the server fetch a URL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

STATIC_DIR = Path(__file__).resolve().parent / "static"
BASE_URL = "https://forbered.invalid/"


class PdfUnavailable(Exception):
    """WeasyPrint or its system libraries are missing."""


def static_file(url: str) -> Path:
    """The file under ``static/`` that ``url`` names; ValueError for anything else."""
    prefix = BASE_URL + "static/"
    if url.startswith(prefix):
        path = (STATIC_DIR / url[len(prefix) :].split("?")[0]).resolve()
        if path.is_file() and STATIC_DIR.resolve() in path.parents:
            return path
    raise ValueError(f"refused to fetch {url!r} while rendering a PDF")


def _fetcher() -> Any:
    try:
        from weasyprint.urls import URLFetcher, URLFetcherResponse
    except ImportError:  # WeasyPrint < 68 takes a plain function returning a dict

        def fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
            path = static_file(url)
            return {"string": path.read_bytes(), "mime_type": "text/css", "redirected_url": url}

        return fetch

    class StaticOnlyFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            path = static_file(url)
            mime = "text/css" if path.suffix == ".css" else "application/octet-stream"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})

    return StaticOnlyFetcher()


def html_to_pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: Pango/GObject libraries not installed
        raise PdfUnavailable(str(exc)) from exc
    return HTML(string=html, base_url=BASE_URL, url_fetcher=_fetcher()).write_pdf()
