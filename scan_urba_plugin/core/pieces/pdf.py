"""PDF pieces, page by page, with pypdf (pure Python: it installs wherever QGIS's Python runs).

A page without a text layer (a scan) gives an empty string; a file without any text, an
encrypted or a damaged file is unreadable, with the reason.
"""
from __future__ import annotations

import io
import logging

from ..i18n import tr
from .text import Document, unreadable

FORMAT = "pdf"
ERRORS = (ValueError, KeyError, TypeError, AttributeError, OSError, IndexError, RecursionError,
          ZeroDivisionError, AssertionError)
PAGES_PER_WORKER = 40   # below this, forking costs more than it saves


def _extract(job) -> list[str]:
    """Text of pages [start, stop) of a PDF, opened anew (in a forked worker)."""
    from pypdf import PdfReader

    data, start, stop, encrypted = job
    reader = PdfReader(io.BytesIO(data), strict=False)
    if encrypted:
        reader.decrypt("")
    return [reader.pages[i].extract_text() or "" for i in range(start, stop)]


def _extract_all(data: bytes, reader, encrypted: bool) -> list[str]:
    """Every page's text; long documents are split over the cores (Linux forks; elsewhere,
    or on one core, in this process)."""
    from ..parallel import fork_map, workers

    n = len(reader.pages)
    parts = min(workers(), n // PAGES_PER_WORKER)
    if parts < 2:
        return [page.extract_text() or "" for page in reader.pages]
    bounds = [n * k // parts for k in range(parts + 1)]
    jobs = [(data, a, b, encrypted) for a, b in zip(bounds[:-1], bounds[1:])]
    return [text for chunk in fork_map(_extract, jobs) for text in chunk]


MAX_BOOKMARKS = 5000


def _outline(reader, errors) -> list[tuple[str, int]]:
    """The bookmarks (title, 0-based page): a map of where chapters start. A damaged outline
    is only a missing cue: the text is read all the same."""
    out: list[tuple[str, int]] = []

    def walk(items, depth):
        for item in items:
            if len(out) >= MAX_BOOKMARKS:
                return
            if isinstance(item, list):
                if depth < 8:
                    walk(item, depth + 1)
                continue
            page = reader.get_destination_page_number(item)
            title = " ".join(str(getattr(item, "title", "") or "").split())
            if title and page is not None and page >= 0:
                out.append((title, page))

    try:
        walk(reader.outline, 0)
    except errors:
        pass
    return out


def read_pdf(data: bytes, source) -> Document:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:
        return unreadable(source, FORMAT, tr("{file}: the pypdf library is missing (see the "
                                             "plugin's dependency message).", file=source))
    if not data:
        return unreadable(source, FORMAT, tr("{file}: empty file (0 bytes).", file=source))
    if not data.lstrip()[:5].startswith(b"%PDF"):
        return unreadable(source, FORMAT, tr("{file}: not a PDF file.", file=source))
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)   # pypdf warns on every tolerated defect
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")   # many "protected" PDFs open with no password
            except Exception:  # noqa: BLE001 (any crypto failure means: cannot open)
                opened = 0
            if not opened:
                return unreadable(source, FORMAT, tr("{file}: encrypted PDF (a password is "
                                                     "needed to read it).", file=source))
        pages = _extract_all(data, reader, encrypted=reader.is_encrypted)
        outline = _outline(reader, ERRORS + (PyPdfError,))
    except ERRORS + (PyPdfError,) as exc:
        return unreadable(source, FORMAT, tr("{file}: damaged PDF ({error}).", file=source,
                                             error=str(exc)[:200] or type(exc).__name__))
    finally:
        quiet.setLevel(level)
    if not pages:
        return unreadable(source, FORMAT, tr("{file}: damaged PDF (no page found).",
                                             file=source))
    if not any(p.strip() for p in pages):
        return unreadable(source, FORMAT, tr("{file}: no text layer on any of its {n} pages, "
                                             "a scan that cannot be read without OCR.",
                                             file=source, n=len(pages)))
    return Document(source=str(source), format=FORMAT, pages=pages, paged=True,
                    outline=outline)
