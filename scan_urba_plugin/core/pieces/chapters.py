"""Where each zone chapter starts, from what the document itself shows.

A zone chapter is named by a heading ("CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE UB",
"Règlement applicable à la zone UH", "ZONE 14 AU", "Zone urbaine (UA)", "UB – Zone mixte"),
and often also by the PDF's outline (bookmarks), the sommaire (titles with page numbers) and
the running header of every page ("Zone UE1"). The codes are matched against the labels the
plan gives (ZONE_URBA LIBELLE and the chapter codes that prefix them), whatever the spaces,
hyphens, case or roman numbering ("I AU" = "1AU", "N-1" = "N1"); a heading naming a code the
plan does not carry is still a chapter when the code has the form of one (U…, AU…, A…, N…),
so that its text never falls into the previous chapter.
"""
from __future__ import annotations

import re
from collections import Counter

# Every zone code has this form (1AU, UBa, AUc1, Nh); roman AU/NA prefixes are folded first.
GENERIC = re.compile(r"(?:[1-9]?AU|[1-9]?N[A-D]|U|A|N)[A-Z]{0,3}[a-z0-9]{0,4}")
ROMAN_PREFIX = re.compile(r"^(IV|I{1,3})(?=AU|N[A-D])")
KEY_DROP = re.compile(r"[\s\-_.'’]+")
CHAPTER_WORDS = r"chapitre|titre|partie|livret|cahier|tome|fascicule"
LEAD = re.compile(
    r"^\s*[\[(]?\s*"
    rf"(?P<chap>(?:{CHAPTER_WORDS})\s*(?:[IVXLC]+|\d{{1,2}})?\s*(?:er|[eè]me|e)?\b"
    r"\s*[–—:.\-)]*\s*)?"
    r"(?:(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[A-H])\s*[–—:.\-)]+\s*)?"
    r"(?P<disp>(?:dispositions|r[eè]gles|r[eè]glement|prescriptions)"
    r"(?:\s+(?:applicables?|sp[ée]cifiques?|propres?|particuli[eè]res?|relatives?|"
    r"r[ée]glementaires?)){0,2}\s+(?:(?:[àa]|aux?|de|des|du|pour|en|dans)\s+)?"
    r"(?:(?:la|les|l['’])\s*)?)?"
    r"(?P<zone>(?:(?:la|les)\s+)?(?:zones?|secteurs?|sous-secteurs?)\b\s*"
    r"(?:de\s+type\s+|n°\s*)?)?",
    re.I)
CODE_RUN = re.compile(r"[A-Za-z0-9]+(?:[ \-][A-Za-z0-9]+){0,2}")
NEXT_CODE = re.compile(r"^\s*(?:,|/|&|\bet\b|\bET\b)\s*")
NOT_A_CODE = re.compile(r"^\s*(?:[àa]\s+)?urbanis", re.I)   # "zone A urbaniser"
DESCRIPTION = re.compile(r"^\s*(?:[–—:\-(.\])*]|$|(?i:zones?|secteurs?|dite?s?)\b)")
# "TITRE II : LES ZONES URBAINES REGLEMENT APPLICABLE DES ZONES UA, UB": the zones named later
LATER = re.compile(r"\b(?:dispositions|r[eè]gles|r[eè]glement)\s+(?:applicables?\s+)?"
                   r"(?:[àa]|aux?|des?|du|dans|en)\s+(?:la\s+|les\s+|l['’]\s*)?zones?\s+", re.I)
BRACKET_WORD = re.compile(r"^(?:zones?|secteurs?)\s+", re.I)
CAPITALS = re.compile(r"^\s*[A-ZÀ-Ý][^a-zà-ÿ]*$")   # a title in capitals: "ZONE UA CENTRE"
BRACKETS = re.compile(r"\(([^()]{1,14})\)\s*[:.]?\s*$")
ZONE_WORD = re.compile(r"\bzones?\s+", re.I)
SECTOR_WORD = re.compile(r"^\s*(?:[\[(]\s*)?(?:(?:la|les)\s+)?(?:sous-)?secteurs?\b", re.I)
HEADING_MAX = 130
PAGE_AT_END = re.compile(r"[^\W\d]\W*\s\d{1,4}$")


def plain_code(text: str) -> str:
    """A code without spaces or hyphens, roman AU/NA prefixes as arabic (IAUb → 1AUb)."""
    return ROMAN_PREFIX.sub(lambda m: str({"I": 1, "II": 2, "III": 3, "IV": 4}[m.group(1)]),
                            KEY_DROP.sub("", text))


def code_key(text: str) -> str:
    """A code compared without spaces, hyphens or case, roman AU/NA prefixes as arabic."""
    return plain_code(text.upper())


NUMBERED = re.compile(r"^(?:[1-9]|IV|I{1,3})(?=AU|N[A-D])")


def governs(chapter: str, code: str) -> bool:
    """A chapter governs a code: the same code (any case, spaces, hyphens, roman prefix), a
    sector of it (a suffix not in upper case: UB → UBa, Ubp; 1AU → 1AUa; A never governs AU),
    or a numbered kind of it (the "zones AU" chapter governs 1AU and 2AUh)."""
    key, ckey = code_key(code), code_key(chapter)
    if key == ckey:
        return True
    plain = plain_code(code.strip())
    if key.startswith(ckey) and len(key) > len(ckey) and not plain[len(ckey)].isupper():
        return True
    bare = NUMBERED.sub("", plain_code(code.strip()))
    return bare != plain_code(code.strip()) and not NUMBERED.match(chapter.strip()) and \
        governs(chapter, bare)


def label_keys(labels) -> dict[str, str]:
    """{key: code} for each label and each chapter code that may govern it (UB for UBa,
    1AU for 1AUa, UE for UE1): the prefixes after which the label goes on in lower case or
    digits."""
    keys: dict[str, str] = {}
    for label in labels or ():
        label = str(label).strip()
        if not label:
            continue
        keys.setdefault(code_key(label), label)
        for n in range(1, len(label)):
            nxt = label[n]
            if not nxt.isupper() and label[n - 1] not in " -_" and (
                    nxt.islower() or nxt.isdigit() or nxt in " -_"):
                prefix = label[:n]
                if GENERIC.fullmatch(code_key(prefix)):
                    keys.setdefault(code_key(prefix), prefix)
        bare = NUMBERED.sub("", plain_code(label))
        if bare != plain_code(label):   # 1AUa: a "zones AU" chapter may govern it
            for n in range(2, len(bare) + 1):
                if (n == len(bare) or not bare[n].isupper()) and GENERIC.fullmatch(bare[:n]):
                    keys.setdefault(code_key(bare[:n]), bare[:n])
                    break
    return keys


def _is_code(text: str, keys: dict) -> str | None:
    key = code_key(text)
    if key in keys:
        return keys[key]
    return KEY_DROP.sub("", text) if GENERIC.fullmatch(key) and len(key) <= 8 else None


FRENCH_WORDS = {"au", "Au", "aux", "Aux", "AUX", "une", "Une", "un", "Un", "ne", "Ne", "Nos",
                "Nous", "Ni", "Nul", "Non", "Nord", "Usage"}


def take_code(rest: str, keys: dict) -> tuple[str, int] | None:
    """(code, length consumed) of the code that opens ``rest``: the longest run of one to three
    words that is a plan label's key; else one word (or a numeral and its letters, "1 AU")
    that has the form of a code."""
    m = CODE_RUN.match(rest)
    if not m:
        return None
    words = [w for w in re.split(r"([ \-])", m.group()) if w]
    alnum = [i for i, w in enumerate(words) if w not in (" ", "-")]
    for k in range(len(alnum), 0, -1):
        text = "".join(words[:alnum[k - 1] + 1])
        key = code_key(text)
        if key in keys:
            return keys[key], len(text)
    first = words[0]
    if len(words) >= 3 and words[1] == "-" and words[2].isdigit() and \
            GENERIC.fullmatch(code_key(first + words[2])):   # "N-1"
        return first + words[2], len(first) + 1 + len(words[2])
    if len(alnum) >= 2 and re.fullmatch(r"[1-9]|I{1,3}|IV", first):
        text = "".join(words[:alnum[1] + 1])
        if GENERIC.fullmatch(code_key(text)) and words[alnum[1]][:1].isupper():
            return KEY_DROP.sub("", text), len(text)
    if GENERIC.fullmatch(code_key(first)) and (first[:1].isupper() or first[:1].isdigit()) \
            and len(first) <= 8 and first not in FRENCH_WORDS:
        return first, len(first)
    return None


def take_codes(rest: str, keys: dict) -> tuple[tuple[str, ...], str]:
    """The codes that open ``rest`` ("UA, UB et UC") and what follows them."""
    codes = []
    while True:
        got = take_code(rest, keys)
        if got is None or NOT_A_CODE.match(rest[got[1]:]):
            break
        codes.append(got[0])
        rest = rest[got[1]:]
        sep = NEXT_CODE.match(rest)
        if not sep or take_code(rest[sep.end():], keys) is None:
            break
        rest = rest[sep.end():]
    return tuple(codes), rest


def heading_codes(line: str, keys: dict) -> tuple[tuple[str, ...], str] | None:
    """(codes, form) when the line is a heading that names zone codes, else None. form:
    "secteur" (a "Secteur UBa" heading), "code" (the code alone, as a table cell may also
    be), "decrit" (the code and what the zone is: "UB – Zone mixte"), "titre" (any other
    chapter heading)."""
    if len(line) > HEADING_MAX or line.endswith((",", ";")) or line[:1].islower():
        return None   # a heading starts with a capital, a number or a bracket
    m = LEAD.match(line)
    strong = bool(m.group("chap") or m.group("zone") or m.group("disp"))
    codes, rest = take_codes(line[m.end():], keys)
    sector = bool(m.group("zone")) and bool(SECTOR_WORD.match(m.group("zone")))
    if rest.strip() and PAGE_AT_END.search(rest):
        return None   # a sommaire's entry: "Zone UA – zone urbaine centrale 5"
    described = DESCRIPTION.match(rest) or (CAPITALS.match(rest) and all(
        code_key(c) in keys or len(code_key(c)) >= 2 for c in codes))
    if codes and strong and described and (
            m.group("zone") or m.group("chap") or rest.strip()[:1] in ("", "–", "—", ":", "-")):
        if not (rest.strip().endswith(".") and len(rest) > 60):   # a sentence, not a title
            return codes, "secteur" if sector else "titre"
    if codes and not strong and all(code_key(c) in keys for c in codes):
        # the code alone ("UB"), or with a description naming a zone ("UB – Zone mixte")
        tail = rest.strip()
        if not tail and len(code_key(codes[0])) >= 2:
            return codes, "code"
        if tail[:1] in ("–", "—", ":", "-") and re.search(r"(?i)\b(?:zones?|secteurs?)\b",
                                                          tail[:40]):
            return codes, "decrit"
    if strong and re.search(r"(?i)\bzones?\b", line[:90]):
        b = BRACKETS.search(line)
        if b:
            inner, after = take_codes(BRACKET_WORD.sub("", b.group(1).strip()), keys)
            if inner and not after.strip():
                return inner, "titre"
        later = LATER.search(line, m.end())
        if later:
            codes, rest = take_codes(line[later.end():], keys)
            if codes and DESCRIPTION.match(rest):
                return codes, "titre"
    return None


def named_zone(line: str, keys: dict) -> tuple[str, ...]:
    """The codes a running header names ("PLUi – Règlement – Zone UE1"), known labels only."""
    for m in ZONE_WORD.finditer(line):
        codes, _ = take_codes(line[m.end():], keys)
        codes = tuple(c for c in codes if code_key(c) in keys)
        if codes:
            return codes
    if code_key(line) in keys and len(line) <= 12:
        return (keys[code_key(line)],)
    return ()


MENTION = re.compile(r"^(?:la\s+|les\s+)?zones?\s+", re.I)


def zone_mention(line: str) -> tuple[str, ...]:
    """The zone a sentence presents ("La zone UB correspond au centre ancien")."""
    m = MENTION.match(line)
    if not m:
        return ()
    codes, _ = take_codes(line[m.end():], {})
    return codes


# --- text with no line structure ---------------------------------------------------------

FLOW_BREAK = re.compile(
    r"(?:\s(?=(?:CHAPITRE|TITRE|ARTICLE|SECTION|SOUS-SECTION|SOMMAIRE|LEXIQUE|"
    r"DISPOSITIONS\s+(?:APPLICABLES|G[ÉE]N[ÉE]RALES|COMMUNES|PROPRES|SP[ÉE]CIFIQUES)|"
    r"R[ÈE]GLES?\s+(?:APPLICABLES|COMMUNES|G[ÉE]N[ÉE]RALES)|R[ÈE]GLEMENT\s+(?:APPLICABLE|DE\s+LA)|"
    r"ZONES?\s+(?:[1-9]\s?|I{1,3}\s?)?(?:AU|U|A|N)|"
    r"(?:Chapitre|Article|Section)\s+(?:[A-Z0-9][A-Za-z0-9]{0,5}\s*)?[\dIVX]+\b|"
    r"(?:Dispositions|R[èe]gles|R[èe]glement)\s+(?:applicables?|propres|sp[ée]cifiques)\s+"
    r"(?:[àa]|aux|dans|en)\s+(?:la\s+)?zones?\s))"
    r"|(?<=[.:;!?])\s(?=\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-ZÉÈÀ])"
    r"|(?<=[.:;!?])\s(?=Zones?\s+(?:[1-9]\s?|I{1,3}\s?)?(?:AU|U|A|N)))")
CHAPTER_LEAD = re.compile(r"^(?i:chapitre|titre)\s+\S{1,5}\s*[:–—.\-]?$")
INNER = re.compile(r"^(?:DISPOSITIONS|R[ÈE]GLES?|R[ÈE]GLEMENT|ZONES?)\b")   # inside a heading
MIXED_HEADING = re.compile(r"^(?:Chapitre|Article|Section|Dispositions|R[èe]gles|R[èe]glement|"
                           r"Zones?)\b")
CAPITALISED = re.compile(r"^[A-ZÉÈÀÂÎÔ][a-zéèêàâîôûç]")
CAPS_TOKEN = re.compile(r"^[^a-zà-ÿ]*$")
SECTOR_TOKEN = re.compile(r"^(?:[1-9I]{0,3}AU|U|A|N)[A-Z]{0,3}[a-z0-9]{1,3}[,:)]?$")
NOT_SECTOR = {"Au", "Aux", "Un", "Une", "Ne", "Nos", "Nous", "Ni", "Nul", "Aucun", "Ainsi",
              "Afin", "Alors", "Après", "Avant", "Avec", "Non", "Nord", "Un,"}
FLOW_LINE = 400


def split_flow(line: str) -> list[str]:
    """A text extraction whose lines were joined: one line per heading found in the flow, the
    heading cut where its capitals end ("ARTICLE UB 4 – DESSERTE PAR LES RÉSEAUX | Toute…")."""
    out: list[str] = []
    pieces: list[str] = []
    for piece in FLOW_BREAK.split(line):
        piece = piece.strip()
        if pieces and ((CAPS_TOKEN.match(pieces[-1]) and len(pieces[-1]) < HEADING_MAX and
                        INNER.match(piece)) or CHAPTER_LEAD.match(pieces[-1])):
            pieces[-1] += " " + piece     # a keyword inside a heading ("Chapitre 2 : Dispositions")
        elif piece:
            pieces.append(piece)
    for piece in pieces:
        words = piece.split(" ")
        if words[0].isupper() and len(words) > 1:
            n = 0
            while n < len(words) and n < 24 and (CAPS_TOKEN.match(words[n]) or (
                    SECTOR_TOKEN.match(words[n]) and words[n] not in NOT_SECTOR)):
                n += 1
            if 0 < n < len(words):
                out += [" ".join(words[:n]), " ".join(words[n:])]
                continue
        elif MIXED_HEADING.match(piece):
            n = _mixed_heading_end(words)
            if n:
                out += [" ".join(words[:n]), " ".join(words[n:])]
                continue
        out.append(piece)
    return out


def _is_code_word(word: str) -> bool:
    return bool(SECTOR_TOKEN.match(word)) and word not in NOT_SECTOR


def _mixed_heading_end(words: list[str]) -> int:
    """Where a heading in small letters ends in the flow: at the first capitalised word after
    a word that ends no clause ("Article UB 4 : Desserte par les réseaux | Toute …")."""
    size = 0
    for n, word in enumerate(words):
        size += len(word) + 1
        if size > HEADING_MAX:
            return 0
        if n >= 2 and CAPITALISED.match(word) and not _is_code_word(word) and \
                not words[n - 1].endswith((":", ".", ";", ",", "–", "—", "-", "(")):
            return n
    return 0


# --- running headers, page numbers, sommaire ---------------------------------------------

PRINTED = re.compile(r"^\s*(?:-\s*)?(?:page\s*)?(\d{1,4})(?:\s*/\s*\d{1,4})?(?:\s*-)?\s*$|"
                     r"(?i:\bpage\s+)(\d{1,4})\b|\b(\d{1,4})\s*/\s*\d{1,4}\s*$", re.I)
TOC_ENTRY = re.compile(r"^(.*?\S)\s*(?:\.{2,}|…+|(?:\s\.){2,}|_{3,}|\s{2,}|\s)\s*(\d{1,4})\s*$")


def printed_number(edges: list[str]) -> int | None:
    for line in edges:
        m = PRINTED.search(line) if len(line) <= 60 else None
        if m:
            return int(next(g for g in m.groups() if g))
    return None


def page_offset(printed: list[int | None]) -> int | None:
    """physical − printed page number, as most pages show it (None: no page numbers)."""
    diffs = Counter(i + 1 - n for i, n in enumerate(printed) if n is not None)
    if not diffs:
        return None
    best, count = diffs.most_common(1)[0]
    return best if count >= 2 else None


def toc_entry(line: str) -> tuple[str, int] | None:
    m = TOC_ENTRY.match(line)
    return (m.group(1).rstrip(" .…_"), int(m.group(2))) if m else None
