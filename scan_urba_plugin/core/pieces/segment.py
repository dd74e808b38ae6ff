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
from pathlib import Path

from .chapters import (FLOW_BREAK, FLOW_LINE, HEADING_MAX, code_key, governs, heading_codes, label_keys,
                       named_zone, page_offset, printed_number, split_flow, take_codes,
                       toc_entry, zone_mention)
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
    r"(?:dispositions|r[eè]gles|prescriptions)\s+(?:g[ée]n[ée]rales|communes)|"
    r"(?:dispositions|r[eè]gles|prescriptions)\s+(?:g[ée]n[ée]rales\s+)?(?:applicables|communes)"
    r"\s+[àa]\s+(?:toutes\s+les|l['’]ensemble\s+des)\s+zones)")
LEXIQUE = re.compile(rf"^(?:(?i:titre|chapitre|annexe|partie)\s+{ROMAN}\s*[–—:.\-]?\s*)?"
                     r"(?i:lexique|glossaire|d[ée]finitions(?:\s+des\s+termes)?)\s*[:.]?\s*$")
TITLE = re.compile(rf"^(?i:titre|partie)\s+{ROMAN}\b")
SOMMAIRE = re.compile(r"^(?i:sommaire|table\s+des\s+mati[eè]res)\b[^.]{0,30}$")
ARTICLE = re.compile(rf"^(?:(?i:article)\s+(?:{CODE}\s*)?[-–—.]?\s*\d{{1,2}}\b|"
                     rf"{CODE}\s*\d{{1,2}}\s*[-–—:.]\s)")
SECTION = re.compile(r"^(?:(?i:section|sous-section|paragraphe|chapitre)\s+[IVXLC\d]+\b|"
                     r"(?:[IVX]+|[A-H]|\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)–—\-]\s*[A-ZÉÈÀÂÎÔ«]|"
                     r"\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-ZÉÈÀÂÎÔ])")
SECTOR = re.compile(rf"(?i:secteurs?|sous-secteurs?)\s+({CODES})")
TOC_LINE = re.compile(r"(?:\.{2,}|…{2,}|(?:\s\.){3,}|_{3,}|\s{3,})\s*\d{1,4}\s*$")
ENDS_WITH_NUMBER = re.compile(r"\D\s\d{1,4}\s*$")
PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:page\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?\s*$",
                         re.I)
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
    source: str = ""                # the file the block was read from
    cue: str | None = None          # how its chapter was found (titre, signet, sommaire, …)


@dataclass
class Segmented:
    blocks: list[Block]
    chapter_codes: set[str]
    pages_without_text: list[int]
    chapter_pages: dict[str, set[int]]   # pages each chapter spans (scanned pages included)
    # several files read as one: (file, page) of the scanned pages and of each chapter
    scanned: set[tuple[str, int]] = field(default_factory=set)
    chapter_spans: dict[str, set[tuple[str, int]]] = field(default_factory=dict)
    graded: list = field(default_factory=list)   # (block, sentences), once graded
    index: dict | None = None                    # the graded blocks by code (grade._index)
    order: dict = field(default_factory=dict)    # id(block) → its rank in the document


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


@dataclass
class Cleaned:
    """The lines of each page without their running lines, and what those showed."""

    pages: list[list[str]]
    empty: list[int]                           # 1-based pages without text
    headers: list[tuple[str, ...]]             # zone codes the running lines name, per page
    printed: list[int | None]                  # page number printed on each page
    toc: list[tuple[str, int]] = field(default_factory=list)   # sommaire: (title, printed)


MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*)|^\*\*(?=\S)|(?<=\S)\*\*$")   # Markdown


HYPHENS = {0x2010: "-", 0x2011: "-", 0x2012: "-", 0x00AD: ""}   # and the soft hyphen
HYPHEN_CHARS = re.compile("[\u2010\u2011\u2012\u00ad]")
SPACED = re.compile(r"^\s*(?:\S {1,2}){5,}\S\s*$")


def _unspaced(line: str) -> str:
    """A title in spaced capitals ("Z O N E   U B") as words ("ZONE UB")."""
    if not SPACED.match(line):
        return line
    return " ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", line.strip()))


def _joined(line: str) -> bool:
    """A line that holds more than one line: very long, or a heading run into its text."""
    return len(line) > FLOW_LINE or (len(line) > HEADING_MAX and
                                     FLOW_BREAK.match(" " + line) is not None)


def _lines(page: str) -> list[str]:
    """The page's lines; Markdown heading and quote marks (an OCR's output) dropped."""
    if HYPHEN_CHARS.search(page):
        page = page.translate(HYPHENS)
    lines = [MARKUP.sub("", squeeze(_unspaced(x))) for x in page.splitlines() if x.strip()]
    lines = [x for x in lines if x]
    if any(len(x) > HEADING_MAX for x in lines):   # lines joined: the headings in the flow
        lines = [y for x in lines for y in (split_flow(x) if _joined(x) else [x])]
    return _join_broken_headings(lines)


BROKEN_HEADING = re.compile(r"(?i)(?:\bzones?|\bsecteurs?|applicables?\s+(?:[àa]|aux)(?:\s+la)?)$")


def _codes_only(line: str) -> bool:
    codes, rest = take_codes(line, {})
    return bool(codes) and not rest.strip(" :–—-")


def _join_broken_headings(lines: list[str]) -> list[str]:
    """"DISPOSITIONS APPLICABLES À LA ZONE" / "UB": a heading broken before its code."""
    out: list[str] = []
    for line in lines:
        if out and len(line) <= 40 and len(out[-1]) <= HEADING_MAX and \
                BROKEN_HEADING.search(out[-1]) and not out[-1][:1].islower() and \
                _codes_only(line):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _header_codes(lines: list[str], counts: Counter, keys: dict) -> tuple[str, ...]:
    """The zone a page's running header or footer names ("Zone UE1" on every page)."""
    for i in {0, 1, len(lines) - 2, len(lines) - 1}:
        if 0 <= i < len(lines) and len(lines[i]) <= HEADING_MAX and (
                counts[lines[i].lower()] >= 2 or (len(lines[i]) <= 40 and
                                                  not lines[i][:1].islower() and
                                                  not lines[i].endswith((".", ",", ";")))):
            codes = named_zone(lines[i], keys)
            if codes:
                return codes
    return ()


def clean_pages(pages: list[str]) -> tuple[list[list[str]], list[int]]:
    """Lines of each page without running headers/footers, page numbers and sommaire, and the
    pages without text."""
    cleaned = clean(pages, {})
    return cleaned.pages, cleaned.empty


def clean(pages: list[str], keys: dict) -> Cleaned:
    """The pages' lines cleaned, with what their running lines and sommaire show of the
    zones ``keys`` names."""
    split = [_lines(p) for p in pages]
    empty = [i + 1 for i, lines in enumerate(split) if not lines]
    counts = Counter(k for lines in split for k in set(_edge_keys(lines)))
    exact = Counter(x.lower() for lines in split for x in set(lines[:2] + lines[-2:]))
    # a line at the top or bottom of 3 pages (of both pages of a 2-page piece) is running
    least = 3 if len(split) > 2 else 2
    repeated = {k for k, n in counts.items() if n >= least and len(k) < 200}
    out, headers, printed, toc_entries = [], [], [], []
    in_sommaire = False
    for lines in split:
        edges = lines[:2] + lines[-2:]
        headers.append(_header_codes(lines, exact, keys))
        printed.append(printed_number(edges[::-1]))
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
            dropped = [x for x in kept if _toc(x) or (x[-1:].isdigit() and
                                                      ENDS_WITH_NUMBER.search(x))]
            gone = set(dropped)
            kept = [x for x in kept if x not in gone and not SOMMAIRE.match(x)]
        else:
            dropped = [x for x in kept if _toc(x)] if toc else []
            kept = [x for x in kept if not _toc(x)] if toc else kept
        toc_entries += [e for e in map(toc_entry, dropped) if e]
        out.append(kept)
    return Cleaned(out, empty, headers, printed, toc_entries)


# --- headings -----------------------------------------------------------------------------

def _heading_like(line: str) -> bool:
    return len(line) <= HEADING_MAX and not line.endswith((",", ";"))


HEADING_START = re.compile(r"^(?:[IVXLC\d]|[A-H][.)–—\-\s]|[A-Z]{1,3}\d|[12]AU|(?i:article|"
                           r"section|sous-section|paragraphe|chapitre|titre|partie|annexe|"
                           r"lexique|glossaire|d[ée]finitions|dispositions|r[eè]gles|"
                           r"règlement|zones?|secteurs?|sous-secteurs?|au\s|aux\s|en\s|"
                           r"dans\s|livret|cahier|tome)|[\[(])")


def _heading_kind(line: str) -> str | None:
    """None for a body line (most lines: one cheap test), "zone" when it may be a chapter,
    "other" for any other heading candidate."""
    if len(line) > HEADING_MAX or line.endswith((",", ";")):
        return None
    low = line[:90].lower()
    if "zone" in low or "secteur" in low or len(line) <= 14:
        return "zone"
    if HEADING_START.match(line):
        return "zone" if low.startswith(("chapitre", "titre", "livret", "cahier", "tome")) \
            else "other"
    return None


def chapter_codes_of(line: str, keys: dict | None = None) -> tuple[str, ...] | None:
    found = heading_codes(line, keys or {})
    return found[0] if found else None


ARTICLE_CODE = re.compile(rf"^(?:(?i:article)\s+)?({CODE})\s*[-–—.]?\s*\d{{1,2}}\b")
CUE_ORDER = ("signet", "sommaire", "entete")


class _Walk:
    """Cuts cleaned pages into blocks; ``starts``: chapters that begin at a page's top,
    placed by a page-level cue (bookmark, sommaire, running header)."""

    def __init__(self, doc: Document, keys: dict, starts: dict):
        self.doc, self.keys, self.starts = doc, keys, starts
        self.blocks: list[Block] = []
        self.current = Block(source=doc.source)   # text before any heading
        self.chapter_codes: set[str] = set()
        self.chapter_pages: dict[str, set[int]] = {}
        self.skipping = False                     # inside the lexique
        self.chapter: tuple[str, ...] = ()
        self.numbers: list[int] = []              # article numbers since the last chapter
        self.restart: tuple[int, int] | None = None   # (block index, lines left to look)
        self.top = True                           # the line is at the top of its page

    def start(self, **kw):
        self.current = Block(source=self.doc.source, **kw)
        self.blocks.append(self.current)

    def open_chapter(self, codes, heading, page, cue):
        self.skipping = False
        self.numbers, self.restart = [], None
        self.chapter = codes
        self.chapter_codes.update(codes)
        for code in codes:
            if page is not None:
                self.chapter_pages.setdefault(code, set()).add(page)
        self.start(codes=codes, chapter_heading=heading, chapter_page=page, cue=cue)

    def sub_block(self, **kw):
        c = self.current
        base = dict(codes=c.codes, common=c.common, article=c.article,
                    ecom_heading=c.ecom_heading, chapter_heading=c.chapter_heading,
                    chapter_page=c.chapter_page, cue=c.cue)
        base.update(kw)
        self.start(**base)

    def run(self, pages: list[list[str]]) -> Segmented:
        paged = self.doc.paged
        for i, lines in enumerate(pages):
            page = i + 1 if paged else None
            if i in self.starts:
                codes, heading, cue = self.starts[i]
                self.open_chapter(codes, heading, page, cue)
            for code in self.chapter:
                if page is not None:
                    self.chapter_pages.setdefault(code, set()).add(page)
            for j, line in enumerate(lines):
                # a code alone is a title at the top of a page or on a divider page only
                self.top = j < TOP_LINES or len(lines) <= DIVIDER_LINES
                self.line(line, page)
        if self.current not in self.blocks:
            self.blocks.insert(0, self.current)
        return Segmented(self.blocks, self.chapter_codes, [], self.chapter_pages)

    def line(self, line: str, page):
        if self.restart is not None:
            self.template_zone(line)
        kind = _heading_kind(line)
        if kind is None:
            if not self.skipping:
                self.current.lines.append((page, line))
            return
        found = heading_codes(line, self.keys) if kind == "zone" else None
        if found:
            codes, form = found
            inside = bool(self.chapter) and all(_governed(c, self.chapter) for c in codes)
            if form == "secteur" and (inside or all(
                    _governed(c, self.chapter_codes) for c in codes)):
                # "Secteur UBa" inside UB, or in an annex after the chapter UB: a sector's
                # sub-heading, never a new chapter
                self.sub_block(sectors=codes)
            elif form in ("code", "decrit") and (inside or (form == "code" and not self.top)):
                # "UBa" alone inside UB, or in the middle of a page: a table's cell
                self.current.lines.append((page, line))
            else:
                self.open_chapter(codes, line, page, "titre")
            return
        if LEXIQUE.match(line):
            self.skipping = True
            self.chapter = ()
            return
        if COMMON.match(line) and not line.endswith("."):
            self.skipping = False
            self.chapter = ()
            self.start(common=True, chapter_heading=line, chapter_page=page)
            return
        if TITLE.match(line):
            self.skipping = False
            self.chapter = ()
            self.start()
            return
        if self.skipping:
            return
        if (ARTICLE.match(line) or SECTION.match(line)) and not line.endswith("."):
            m = ARTICLE_CODE.match(line)
            code = m.group(1) if m and not _governed(m.group(1), self.chapter) else None
            if code and not _governed(code, self.chapter_codes):
                # "ARTICLE UB 4" where no chapter heading named UB: the article names it
                self.open_chapter((code,), None, page, "titre")
            # an article of a zone placed elsewhere (an annex amending "article UEi 3")
            before = self.current
            self.sub_block(article=line, ecom_heading=is_ecom_heading(line),
                           sectors=(code,) if code and code not in self.chapter else ())
            self.template(line, before)
            return
        sector = SECTOR.search(line) if len(line) <= 90 and (
            line.endswith(":") or not line.endswith(".")) and re.match(
            r"^(?i:(?:dispositions\s+(?:particuli[eè]res|propres|sp[ée]cifiques)\s+)?"
            r"(?:au|aux|en|dans\s+les?)?\s*(?:secteurs?|sous-secteurs?))", line) else None
        if sector and len(line) - sector.end() <= 3:
            self.sub_block(sectors=_codes(sector.group(1)))
            return
        self.current.lines.append((page, line))

    # --- the repeated template: the article sequence restarting names a new chapter -------

    def template(self, heading: str, before: Block):
        """Article 1 after article 16 with no chapter heading between: a zone's template
        restarts; the zone its first lines name ("La zone UB est…"), or the last lines
        before it, is the new chapter."""
        m = TEMPLATE_NUMBER.match(heading)
        if not m:
            return
        n = int(m.group(1))
        first = not self.numbers and not self.chapter and not before.common
        if n == 1 and (first or (self.numbers and max(self.numbers) >= 3)):
            self.numbers = []
            self.restart = (len(self.blocks) - 1, RESTART_LOOKAHEAD)
            for _, text in reversed(before.lines[-RESTART_LOOKBACK:]):
                if self.restart is not None:
                    self.template_zone(text, looking_back=True)
        self.numbers.append(n)

    def template_zone(self, line: str, looking_back: bool = False):
        index, left = self.restart
        codes = zone_mention(line)
        if codes and not all(_governed(c, self.chapter) for c in codes):
            self.restart = None
            first = next((p for b in self.blocks[index:] for p, _ in b.lines[:1]), None)
            for block in self.blocks[index:]:
                block.codes, block.cue, block.chapter_page = codes, "titre", first
                for code in codes:
                    self.chapter_pages.setdefault(code, set()).update(
                        p for p, _ in block.lines if p is not None)
            self.chapter = codes
            self.chapter_codes.update(codes)
            return
        if not looking_back:
            self.restart = (index, left - 1) if left > 1 else None


TOP_LINES = 3        # a page's first lines (running lines dropped): where titles stand
DIVIDER_LINES = 6    # a page this short is a divider page: its lines are titles
TEMPLATE_NUMBER = re.compile(r"^(?i:article|section)\s+(\d{1,2})\b")
RESTART_LOOKAHEAD = 15
RESTART_LOOKBACK = 12


def _governed(code: str, chapter) -> bool:
    return any(governs(c, code) for c in chapter)


def _page_cues(doc: Document, cleaned: Cleaned, keys: dict, seg: Segmented) -> dict:
    """{page index: (codes, heading, cue)} for the chapters no heading in the text named:
    where the outline, then the sommaire, then the running headers place them."""
    starts: dict[int, tuple] = {}

    def place(index, codes, title, cue):
        codes = tuple(c for c in codes if not _governed(c, seg.chapter_codes))
        if codes and 0 <= index < len(cleaned.pages) and index not in starts:
            starts[index] = (codes, title, cue)

    for title, index in doc.outline or ():
        got = heading_codes(title, keys)
        place(index, got[0] if got else named_zone(title, keys), title, "signet")
    offset = page_offset(cleaned.printed)
    if offset is None:   # calibrated on the chapters found by their heading
        firsts = {code_key(c): min(p) for c, p in seg.chapter_pages.items() if p}
        diffs = Counter(firsts[code_key(c)] - n for t, n in cleaned.toc
                        for c in (heading_codes(t, keys) or ((),))[0] if code_key(c) in firsts)
        offset = diffs.most_common(1)[0][0] if diffs else 0
    for title, printed in cleaned.toc:
        got = heading_codes(title, keys)
        if got:
            place(printed + offset - 1, got[0], title, "sommaire")
    previous: tuple = ()
    for index, codes in enumerate(cleaned.headers):
        if codes and codes != previous:
            place(index, codes, None, "entete")
        previous = codes
    return starts


LIST_WORDS = 20      # a "chapter" with fewer words before the next one is an item of a list
LIST_ITEMS = 3       # so many such items in a row: a list of the zones, not their chapters


def _openings(blocks: list[Block]) -> list[int]:
    return [i for i, b in enumerate(blocks) if b.codes and b.cue == "titre" and
            b.chapter_heading and (i == 0 or blocks[i - 1].chapter_heading != b.chapter_heading)]


def _unlist(seg: Segmented) -> Segmented:
    """Headings naming zones one after another with no text between ("Zone UA : zone
    centrale", "Zone UB : …" in the general provisions' division of the territory, a sommaire
    without page numbers) are a list: their blocks go back to what they interrupted."""
    blocks, opens = seg.blocks, _openings(seg.blocks)
    bounds = opens + [len(blocks)]
    short = [sum(len(x.split()) for b in blocks[a:z] for _, x in b.lines) < LIST_WORDS
             and not any(b.article for b in blocks[a:z]) for a, z in zip(bounds, bounds[1:])]
    k = 0
    while k < len(opens):
        run = k
        while run < len(opens) and short[run]:
            run += 1
        if run - k + 1 >= LIST_ITEMS:   # the items, and the last one's text up to the next
            before = blocks[opens[k] - 1] if opens[k] else Block()
            stop = bounds[run + 1] if run < len(opens) else len(blocks)
            for b in blocks[opens[k]:stop]:
                b.codes, b.common, b.cue = before.codes, before.common, before.cue
                b.chapter_heading, b.chapter_page = before.chapter_heading, before.chapter_page
        k = max(run, k + 1)
    seg.chapter_codes = {c for b in blocks for c in b.codes}
    seg.chapter_pages = {c: p for c, p in seg.chapter_pages.items() if c in seg.chapter_codes}
    return seg


def segment_pages(doc: Document, keys: dict | None = None) -> Segmented:
    keys = keys or {}
    cleaned = clean(doc.pages, keys)
    seg = _unlist(_Walk(doc, keys, {}).run(cleaned.pages))
    starts = _page_cues(doc, cleaned, keys, seg) if doc.paged else {}
    if starts:   # chapters placed by the outline, the sommaire or the running headers
        seg = _unlist(_Walk(doc, keys, starts).run(cleaned.pages))
    if not seg.chapter_codes:
        _named_by_file(doc, keys, seg)
    seg.pages_without_text = cleaned.empty
    return seg


def _named_by_file(doc: Document, keys: dict, seg: Segmented):
    """A booklet that names its zone nowhere in its text ("Zone_UA1.pdf", one file per
    zone): the one plan label its file name carries is its chapter."""
    name = Path(str(doc.source).split("!")[-1]).stem
    codes = {keys[code_key(t)] for t in re.split(r"[\s_.\-]+", name) if code_key(t) in keys}
    if len(codes) != 1:
        return
    code = codes.pop()
    first = next((p for b in seg.blocks for p, _ in b.lines[:1]), None)
    for block in seg.blocks:
        if not block.common:
            block.codes, block.cue = (code,), "titre"
            block.chapter_heading, block.chapter_page = name, first
    seg.chapter_codes = {code}
    pages = {p for b in seg.blocks for p, _ in b.lines if p is not None}
    seg.chapter_pages = {code: pages | set(range(1, (doc.page_count or 0) + 1))}


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
                      ecom_heading=is_ecom_heading(s.heading), chapter_heading=chapter_heading,
                      source=doc.source, cue="sru")
        block.lines = [(None, p) for p in s.paragraphs]
        blocks.append(block)
    return Segmented(blocks, codes, [], {})


def segment(doc: Document, labels=None) -> Segmented:
    """``labels``: the plan's zone labels, whose chapters are looked for in every form."""
    if doc.sections is not None:
        return segment_sections(doc)
    return segment_pages(doc, label_keys(labels))
