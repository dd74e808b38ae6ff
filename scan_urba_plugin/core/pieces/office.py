"""ODT and DOCX pieces: the document's XML read from the zip, paragraph by paragraph.

Both are untrusted archives: members are read with a size cap (zip bombs) and parsed with
any DTD refused (entity expansion).
"""
from __future__ import annotations

from ..i18n import tr
from .text import Document, UnsafeInputError, open_zip, parse_xml, read_member, squeeze, unreadable

ODT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraphs_odt(root) -> list[str]:
    out = []
    for el in root.iter():
        if el.tag in (f"{{{ODT_NS}}}p", f"{{{ODT_NS}}}h"):
            out.append(squeeze("".join(_odt_text(el))))
    return [p for p in out if p]


def _odt_text(el):
    if el.text:
        yield el.text
    for child in el:
        name = child.tag.rsplit("}", 1)[-1]
        if name == "s":
            yield " " * int(child.get(f"{{{ODT_NS}}}c", "1") or 1)
        elif name in ("tab", "line-break"):
            yield " "
        elif name not in ("p", "h", "note"):   # nested paragraphs are visited by iter()
            yield from _odt_text(child)
        if child.tail:
            yield child.tail


def _paragraphs_docx(root) -> list[str]:
    out = []
    for p in root.iter(f"{{{W_NS}}}p"):
        parts = []
        for el in p.iter():
            if el.tag == f"{{{W_NS}}}t" and el.text:
                parts.append(el.text)
            elif el.tag in (f"{{{W_NS}}}tab", f"{{{W_NS}}}br"):
                parts.append(" ")
        text = squeeze("".join(parts))
        if text:
            out.append(text)
    return out


def read_office(data: bytes, source, fmt: str) -> Document:
    if not data:
        return unreadable(source, fmt, tr("{file}: empty file (0 bytes).", file=source))
    member, paragraphs = ("content.xml", _paragraphs_odt) if fmt == "odt" else \
        ("word/document.xml", _paragraphs_docx)
    try:
        with open_zip(data, source) as zf:
            if member not in zf.namelist():
                return unreadable(source, fmt, tr("{file}: damaged {fmt} document ({member} "
                                                  "missing).", file=source, fmt=fmt.upper(),
                                                  member=member))
            root = parse_xml(read_member(zf, member, source), source)
    except UnsafeInputError as exc:
        return unreadable(source, fmt, str(exc))
    except (OSError, EOFError, RuntimeError, ValueError) as exc:   # zlib errors, bad CRC
        return unreadable(source, fmt, tr("{file}: damaged archive ({error}).", file=source,
                                          error=exc))
    text = "\n".join(paragraphs(root))
    if not text.strip():
        return unreadable(source, fmt, tr("{file}: the document holds no text.", file=source))
    return Document(source=str(source), format=fmt, pages=[text])
