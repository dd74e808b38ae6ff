"""What every reader returns, and the guards shared by the readers of untrusted files.

A written piece is either flowing text, page by page (PDF; one "page" for ODT, DOCX, HTML,
text), or a structured règlement (CNIG SRU) already cut into titles that name their zones.
A reader never raises on bad content: it returns a Document with ``lisible=False`` and a
reason that names the file.
"""
from __future__ import annotations

import io
import re
import unicodedata
import xml.etree.ElementTree as ET  # nosec B405: DOCTYPE and entities are refused first (safe_xml)
import zipfile
from dataclasses import dataclass, field

from ..i18n import tr

MAX_XML_BYTES = 50_000_000       # one XML part of an ODT/DOCX, or an SRU file, decompressed
MAX_ZIP_TOTAL = 200_000_000      # everything read from one archive
MAX_RATIO = 200                  # decompressed / compressed size of one member (zip bombs)


@dataclass
class Section:
    """A titled run of text that applies to named zones (structured règlement)."""

    zones: tuple[str, ...]         # idZone codes; () for an untagged title
    common: bool                   # porteeGenerale: applies to every zone
    chapter: bool                  # a level-1 title: a zone chapter
    heading: str
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Document:
    source: str
    format: str                    # pdf | sru-xml | sru-json | odt | docx | html | txt
    lisible: bool = True
    raison: str | None = None
    pages: list[str] | None = None          # flowing text, one string per page
    sections: list[Section] | None = None   # structured règlement
    paged: bool = False            # True when pages are the file's real pages (PDF)
    outline: list[tuple[str, int]] | None = None   # bookmarks: (title, 0-based page)

    @property
    def page_count(self) -> int | None:
        return len(self.pages) if self.paged and self.pages is not None else None


def unreadable(source, fmt, reason) -> Document:
    return Document(source=str(source), format=fmt, lisible=False, raison=reason)


class UnsafeInputError(Exception):
    """The file is refused before it is parsed (entities, zip bomb)."""


_FOLD = {ord(c): r for c, r in (("’", "'"), ("‘", "'"), ("´", "'"), ("`", "'"),
                                ("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("\u00a0", " "),
                                ("\u202f", " "), ("–", "-"), ("—", "-"), ("‐", "-"), ("‑", "-"))}
for _code in range(0xC0, 0x250):   # Latin-1 and Latin Extended letters without their accents
    _base = "".join(c for c in unicodedata.normalize("NFD", chr(_code))
                    if not unicodedata.combining(c))
    if _code not in _FOLD and _base != chr(_code) and _base.isascii():
        _FOLD[_code] = _base


def fold(text: str) -> str:
    """Lower case without accents, for matching words."""
    return text.translate(_FOLD).lower()


def squeeze(text: str) -> str:
    return " ".join(text.split())


# --- XML: refuse any DTD (entity expansion: billion laughs, external entities) ----------

def parse_xml(data: bytes, source) -> ET.Element:
    if len(data) > MAX_XML_BYTES:
        raise UnsafeInputError(tr("{file}: XML larger than {n} MB refused.", file=source,
                             n=MAX_XML_BYTES // 1_000_000))
    # Without a DTD, expat knows only the five predefined entities: refusing any DOCTYPE
    # (in UTF-8 or UTF-16) refuses every entity expansion, internal or external.
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        if "<!DOCTYPE".encode(encoding) in data or "<!ENTITY".encode(encoding) in data:
            raise UnsafeInputError(tr("{file}: XML with a DOCTYPE or entity declarations refused "
                                 "(entity expansion).", file=source))
    parser = ET.XMLParser()  # nosec B314: no DOCTYPE, no entity declaration reach it (above)
    try:
        parser.feed(data)
        return parser.close()
    except ET.ParseError as exc:
        raise UnsafeInputError(tr("{file}: damaged XML ({error}).", file=source, error=exc)) from None


# --- Zip archives (ODT, DOCX, GPU zips): bounded reads ------------------------------------

def read_member(zf: zipfile.ZipFile, name: str, source, budget: list | None = None) -> bytes:
    """One member's bytes, refusing what inflates beyond the caps (the header may lie)."""
    info = zf.getinfo(name)
    limit = MAX_XML_BYTES if budget is None else min(MAX_XML_BYTES * 20, budget[0])
    if info.file_size > limit or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
        raise UnsafeInputError(tr("{file}: archive member {member} inflates to {n} bytes, refused "
                             "(zip bomb).", file=source, member=name, n=info.file_size))
    with zf.open(info) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise UnsafeInputError(tr("{file}: archive member {member} inflates beyond its declared "
                             "size, refused (zip bomb).", file=source, member=name))
    if budget is not None:
        budget[0] -= len(data)
    return data


def open_zip(data: bytes, source) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeInputError(tr("{file}: damaged archive ({error}).", file=source,
                             error=exc)) from None


# --- Text encodings ------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode_text(data: bytes, source, declared: str | None = None) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM, a declared charset, else Windows-1252 if the
    result is plausible text. Anything else is an unknown encoding: refused, not guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8-sig"] + ([declared] if declared else []) + ["cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        stray = len(_CONTROL.findall(text, 0, 200_000))
        if not stray:
            return text
        if stray <= max(3, min(len(text), 200_000) // 2000):
            # a few stray control characters in a text extraction: blanks, not a refusal
            return _CONTROL.sub(" ", text)
    raise UnsafeInputError(tr("{file}: unknown text encoding (neither UTF-8, UTF-16 with a BOM nor "
                         "Windows-1252).", file=source))
