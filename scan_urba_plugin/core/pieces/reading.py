"""One entry point: read any written piece, by its content first and its name second."""
from __future__ import annotations

from pathlib import Path

from ..i18n import tr
from .office import read_office
from .pdf import read_pdf
from .plain import read_html, read_text
from .sru import read_sru_json, read_sru_xml
from .text import Document, unreadable

MAX_FILE_BYTES = 500_000_000


def format_of(name: str, data: bytes) -> str:
    head = data[:2048].lstrip()
    suffix = Path(name).suffix.lower()
    if head.startswith(b"%PDF") or suffix == ".pdf":
        return "pdf"
    if head.startswith(b"PK"):
        return "docx" if suffix == ".docx" or b"word/" in data[:4096] else "odt"
    if suffix in (".odt", ".docx"):
        return suffix[1:]
    if suffix == ".json" or head.startswith((b"{", b"[")):
        return "sru-json"
    if suffix in (".htm", ".html", ".xhtml") or head[:15].lower().startswith(
            (b"<!doctype html", b"<html")):
        return "html"
    if suffix == ".xml" or head.startswith(b"<?xml"):
        return "sru-xml"
    return "txt"


def read_bytes(data: bytes, source, name: str | None = None) -> Document:
    fmt = format_of(name or str(source), data)
    if fmt == "pdf":
        return read_pdf(data, source)
    if fmt in ("odt", "docx"):
        return read_office(data, source, fmt)
    if fmt == "sru-json":
        return read_sru_json(data, source)
    if fmt == "sru-xml":
        if not data:
            return unreadable(source, fmt, tr("{file}: empty file (0 bytes).", file=source))
        return read_sru_xml(data, source)
    if fmt == "html":
        return read_html(data, source)
    return read_text(data, source)


def read_document(path) -> Document:
    """Read a piece from a file; a file that cannot be opened is an unreadable piece."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return unreadable(path, format_of(path.name, b""), tr(
                "{file}: larger than {n} MB, not read.", file=path,
                n=MAX_FILE_BYTES // 1_000_000))
        data = path.read_bytes()
    except OSError as exc:
        return unreadable(path, format_of(path.name, b""), tr("{file}: cannot be opened "
                                                              "({error}).", file=path,
                                                              error=exc.strerror or exc))
    return read_bytes(data, path, path.name)


def read_all(items: list, reader=read_document, size=None) -> list[Document]:
    """Several pieces (a règlement in booklets, one file per zone), read over the cores in
    order: the files are shared among the workers by size (Linux forks; else in turn)."""
    from ..parallel import fork_map, split, workers

    items = list(items)
    parts = min(workers(), len(items))
    if parts < 2:
        return [reader(item) for item in items]
    sizes = [max(1, size(item) if size else _size(item)) for item in items]
    chunks = split(sizes, parts)
    done = fork_map(lambda idx: [reader(items[i]) for i in idx], chunks)
    return [doc for part in done for doc in part]


def _size(path) -> int:
    try:
        return Path(path).stat().st_size
    except (OSError, TypeError):
        return 1
