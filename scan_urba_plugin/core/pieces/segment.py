"""Cut a règlement into blocks of text under their zone chapter and article.

Flowing text (PDF, ODT, DOCX, HTML, text) is cleaned first: the sommaire, running headers and
footers, page numbers and the lexique are dropped, hyphenated line breaks are rejoined. Then
the headings are recognised: zone chapters ("CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE
UB", "ZONE UB", "I. ZONE URBAINE GÉNÉRALE (UG)"), common provisions, articles of the pre-2016
règlement ("ARTICLE UB 4 – …", "UB 4 -", "Article 4 :") and the sections of the modernised one
("Section 3", "3.2 Desserte par les réseaux"), sector sub-headings ("En secteur UBa :").
A CNIG SRU règlement is already cut: each title says which zones it governs.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .text import Document, fold, squeeze

CODE = r"(?:[1-9]?AU|U|A|N)[A-Z]{0,3}[a-z0-9]{0,4}"
CODES = rf"{CODE}(?:\s*(?:,|et|ET|/|&)\s*{CODE})*"
_END = r"\s*(?:$|[–—:(.]|-\s)"
ROMAN = r"(?:[IVXLC]+|\d+)"

CHAPTER = [re.compile(p) for p in (
    rf"^(?:(?i:chapitre|titre)\s+{ROMAN}\s*(?:er)?\s*[–—:.\-]?\s*)?"
    rf"(?i:(?:dispositions|r[eè]gles|règlement)\s+(?:applicables|sp[ée]cifiques|propres)\s+"
    rf"(?:[àaÀA]\s+la|aux|[àaÀA]|au)\s+(?:la\s+)?(?:zones?|secteurs?))\s+({CODES}){_END}",
    rf"^(?:(?i:chapitre)\s+{ROMAN}\s*(?:er)?\s*[–—:.\-]?\s*)?(?i:zones?)\s+({CODES}){_END}",
    rf"^(?:{ROMAN}\s*[.)–—\-]\s*)?(?i:zones?)\b[^()]{{0,80}}\(({CODES})\)\s*$",
)]
COMMON = re.compile(
    rf"^(?:(?i:titre|chapitre|partie)\s+{ROMAN}\s*(?:er)?\s*[–—:.\-]?\s*)?(?i:"
    r"dispositions\s+(?:g[ée]n[ée]rales|communes)|r[eè]gles\s+(?:g[ée]n[ée]rales|communes)|"
    r"dispositions\s+applicables\s+[àa]\s+(?:toutes\s+les|l['’]ensemble\s+des)\s+zones)")
LEXIQUE = re.compile(rf"^(?:(?i:titre|chapitre|annexe|partie)\s+{ROMAN}\s*[–—:.\-]?\s*)?"
                     r"(?i:lexique|glossaire|d[ée]finitions(?:\s+des\s+termes)?)\s*[:.]?\s*$")
TITLE = re.compile(rf"^(?i:titre|partie)\s+{ROMAN}\b")
SOMMAIRE = re.compile(r"^(?i:sommaire|table\s+des\s+mati[eè]res)\s*$")
ARTICLE = re.compile(rf"^(?:(?i:article)\s+(?:{CODE}\s*)?[-–—.]?\s*\d{{1,2}}\b|"
                     rf"{CODE}\s*\d{{1,2}}\s*[-–—:.]\s)")
SECTION = re.compile(r"^(?:(?i:section|sous-section|paragraphe|chapitre)\s+[IVXLC\d]+\b|"
                     r"(?:[IVX]+|[A-H]|\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)–—\-]\s*[A-ZÉÈÀÂÎÔ«]|"
                     r"\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-ZÉÈÀÂÎÔ])")
SECTOR = re.compile(rf"(?i:secteurs?|sous-secteurs?)\s+({CODES})")
TOC_LINE = re.compile(r"(?:\.{3,}|…{2,}|(?:\s\.){3,}|_{3,}|\s{3,})\s*\d{1,4}\s*$")
ENDS_WITH_NUMBER = re.compile(r"\D\s\d{1,4}\s*$")
PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:page\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?\s*$",
                         re.I)
HEADING_MAX = 130
OTHER_NETWORKS = re.compile(r"\beaux?\b|assainissement|electri(?:que|cite)|\bgaz\b|pluvia|"
                            r"dechet|voiri|\bacces\b|energie|chauffage")
ECOM_TERMS = (r"communications?\s+(?:electroniques?|numeriques?)|telecom|telephon|"
              r"tres\s+haut\s+debit|haut\s+debit|\bthd\b|fibre|ftth|reseaux?\s+numeriques?|"
              r"amenagement\s+numerique|infrastructures?\s+numeriques?|"
              r"reseaux?\s+de\s+communication")
ECOM = re.compile(ECOM_TERMS)


@dataclass
class Block:
    """Text under one heading: who it governs, the heading, and its lines with their page."""

    codes: tuple[str, ...] = ()     # zone codes of the chapter (or SRU idZone)
    common: bool = False            # common provisions: every zone
    sectors: tuple[str, ...] = ()   # a sector sub-heading restricts the block to these
    article: str | None = None      # the article or section heading
    ecom_heading: bool = False      # the heading is about e-communications only
    chapter_heading: str | None = None
    chapter_page: int | None = None
    lines: list[tuple[int | None, str]] = field(default_factory=list)


@dataclass
class Segmented:
    blocks: list[Block]
    chapter_codes: set[str]
    pages_without_text: list[int]
    chapter_pages: dict[str, set[int]]   # pages each chapter spans (scanned pages included)


def is_ecom_heading(heading: str) -> bool:
    folded = fold(heading)
    return bool(ECOM.search(folded)) and not OTHER_NETWORKS.search(folded)


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c for c in re.split(r"\s*(?:,|et|ET|/|&)\s*", text.strip()) if c)


# --- cleaning -----------------------------------------------------------------------------

def _edge_keys(lines: list[str]) -> list[str]:
    return [re.sub(r"\d+", "#", squeeze(x)).lower() for x in lines[:2] + lines[-2:]]


def _toc(line: str) -> bool:
    return line[-1:].isdigit() and bool(TOC_LINE.search(line))


def clean_pages(pages: list[str]) -> tuple[list[list[str]], list[int]]:
    """Lines of each page without running headers/footers, page numbers and sommaire."""
    split = [[squeeze(x) for x in p.splitlines() if x.strip()] for p in pages]
    empty = [i + 1 for i, lines in enumerate(split) if not lines]
    counts = Counter(k for lines in split for k in set(_edge_keys(lines)))
    # a line at the top or bottom of 3 pages (of both pages of a 2-page piece) is running
    least = 3 if len(split) > 2 else 2
    repeated = {k for k, n in counts.items() if n >= least and len(k) < 200}
    out = []
    in_sommaire = False
    for lines in split:
        head = {i for i in (0, 1, len(lines) - 2, len(lines) - 1) if 0 <= i < len(lines)}
        kept = [x for i, x in enumerate(lines) if not (
            i in head and re.sub(r"\d+", "#", x).lower() in repeated) and not (
            len(x) < 16 and PAGE_NUMBER.match(x))]
        toc = sum(1 for x in kept if _toc(x))
        if any(SOMMAIRE.match(x) for x in kept):
            in_sommaire = True
        elif in_sommaire and toc < max(2, len(kept) // 4):
            in_sommaire = False
        if in_sommaire:   # the sommaire: every line that names a page
            kept = [x for x in kept if not (_toc(x) or (x[-1:].isdigit() and
                                                         ENDS_WITH_NUMBER.search(x))
                                            or SOMMAIRE.match(x))]
        elif toc:
            kept = [x for x in kept if not _toc(x)]
        out.append(kept)
    return out, empty


# --- headings -----------------------------------------------------------------------------

def _heading_like(line: str) -> bool:
    return len(line) <= HEADING_MAX and not line.endswith((",", ";"))


HEADING_START = re.compile(r"^(?:[IVXLC\d]|[A-H][.)–—\-\s]|[A-Z]{1,3}\d|[12]AU|(?i:article|"
                           r"section|sous-section|paragraphe|chapitre|titre|partie|annexe|"
                           r"lexique|glossaire|d[ée]finitions|dispositions|r[eè]gles|"
                           r"règlement|zones?|secteurs?|sous-secteurs?|au\s|aux\s|en\s|"
                           r"dans\s))")


def _heading_kind(line: str) -> str | None:
    """None for a body line (most lines: one cheap test), "zone" when it may be a chapter,
    "other" for any other heading candidate."""
    if len(line) > HEADING_MAX or line.endswith((",", ";")):
        return None
    low = line[:60].lower()
    if "zone" in line.lower() or "secteur" in low:
        return "zone"
    return "other" if HEADING_START.match(line) else None


def chapter_codes_of(line: str) -> tuple[str, ...] | None:
    if not _heading_like(line):
        return None
    for pattern in CHAPTER:
        m = pattern.match(line)
        if m:
            return _codes(m.group(1))
    return None


def segment_pages(doc: Document) -> Segmented:
    pages, empty = clean_pages(doc.pages)
    page_no = (lambda i: i + 1) if doc.paged else (lambda i: None)
    blocks: list[Block] = []
    current = Block()             # text before any heading: neither chapter nor common
    chapter_codes: set[str] = set()
    chapter_pages: dict[str, set[int]] = {}
    skipping = False              # inside the lexique
    chapter = (None, None, ())    # heading, page, codes of the current chapter

    def start(**kw):
        nonlocal current
        current = Block(**kw)
        blocks.append(current)

    for i, lines in enumerate(pages):
        page = page_no(i)
        for code in chapter[2]:
            if page is not None:
                chapter_pages.setdefault(code, set()).add(page)
        for line in lines:
            kind = _heading_kind(line)
            if kind is None:
                if not skipping:
                    current.lines.append((page, line))
                continue
            codes = chapter_codes_of(line) if kind == "zone" else None
            if codes:
                skipping = False
                chapter = (line, page, codes)
                chapter_codes.update(codes)
                if page is not None:
                    for code in codes:
                        chapter_pages.setdefault(code, set()).add(page)
                start(codes=codes, chapter_heading=line, chapter_page=page)
                continue
            if LEXIQUE.match(line):
                skipping = True
                chapter = (None, None, ())
                continue
            if COMMON.match(line) and not line.endswith("."):
                skipping = False
                chapter = (line, page, ())
                start(common=True, chapter_heading=line, chapter_page=page)
                continue
            if TITLE.match(line):
                skipping = False
                chapter = (None, None, ())
                start()
                continue
            if skipping:
                continue
            if (ARTICLE.match(line) or SECTION.match(line)) and not line.endswith("."):
                start(codes=current.codes, common=current.common, article=line,
                      ecom_heading=is_ecom_heading(line),
                      chapter_heading=current.chapter_heading,
                      chapter_page=current.chapter_page)
                continue
            sector = SECTOR.search(line) if len(line) <= 90 and (
                line.endswith(":") or not line.endswith(".")) and re.match(
                r"^(?i:(?:dispositions\s+(?:particuli[eè]res|propres|sp[ée]cifiques)\s+)?"
                r"(?:au|aux|en|dans\s+les?)?\s*(?:secteurs?|sous-secteurs?))", line) else None
            if sector and len(line) - sector.end() <= 3:
                start(codes=current.codes, common=current.common, article=current.article,
                      ecom_heading=current.ecom_heading, sectors=_codes(sector.group(1)),
                      chapter_heading=current.chapter_heading,
                      chapter_page=current.chapter_page)
                continue
            current.lines.append((page, line))
    if current not in blocks:
        blocks.insert(0, current)
    return Segmented(blocks, chapter_codes, empty, chapter_pages)


def segment_sections(doc: Document) -> Segmented:
    """SRU: a title governs the zones of its idZone; level-1 titles are the chapters."""
    blocks, codes = [], set()
    chapter_heading = None
    for s in doc.sections:
        if s.chapter:
            chapter_heading = s.heading
            if s.zones:
                codes.update(s.zones)
        if not (s.zones or s.common):
            continue
        block = Block(codes=s.zones, common=s.common and not s.zones, article=s.heading,
                      ecom_heading=is_ecom_heading(s.heading), chapter_heading=chapter_heading)
        block.lines = [(None, p) for p in s.paragraphs]
        blocks.append(block)
    return Segmented(blocks, codes, [], {})


def segment(doc: Document) -> Segmented:
    return segment_sections(doc) if doc.sections is not None else segment_pages(doc)
