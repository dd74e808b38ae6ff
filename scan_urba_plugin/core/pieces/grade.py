"""Grade each zone label's e-communications provision from the règlement's text.

Levels (shared/docs/written-pieces.md): ``fourreaux`` > ``raccordement`` > ``enfouissement``
> ``absent``; ``non_trouve`` when no chapter governs the label. The strongest sentence among
the label's chapter, the sentences of that chapter naming its sector, and the common
provisions decides, and is quoted with its page. Headings are never graded (an article 16
titled "… communications électroniques" and reading "Non réglementé" says nothing).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..i18n import tr
from .model import Citation, Provision, Reglement
from .segment import (CODE, ECOM, OTHER_NETWORKS, SECTOR, Block, Segmented, _codes,
                      segment)
from .text import Document, fold, squeeze

RANK = {"fourreaux": 3, "raccordement": 2, "enfouissement": 1}
FOURREAUX = re.compile(
    r"fourreaux?|\bgaines?\b|chambres?\s+de\s+(?:tirage|raccordement|telecom)|pre-?equip|"
    r"infrastructures?\s+(?:d'accueil|de\s+genie\s+civil|souterraines?|passives?)|"
    r"en\s+attente|genie\s+civil|pre-?cabl|pre-?fibr|\balveoles?\b|"
    r"\bequipee?s?\s+(?:de|d'|en)\s.{0,60}(?:lignes?|fibre|cabl|reseaux?)")
RACCORD = re.compile(
    r"raccordables?|\braccorde(?:e|es|s)?\b|\bdesservie?s?\b|pre-?raccord|"
    r"(?:permettre|prevoir|assurer|garantir)\s+(?:le\s+|leur\s+|un\s+|son\s+)?raccordement|"
    r"raccordement\s.{0,60}(?:obligatoire|exige|impose)|"
    r"(?:doit|doivent|devra|devront)\s+(?:obligatoirement\s+)?(?:etre\s+|pouvoir\s+etre\s+)?"
    r"(?:raccord|desservi|connect)")
ENFOUI = re.compile(r"souterrai|\benterr|\benfoui|\bintegre(?:e|es|s)?\s+(?:au|a\s+la|aux|dans)"
                    r"\s+(?:bati|facade|construction)|s'integrer\s+(?:au|a\s+la|aux)\s+"
                    r"(?:bati|facade|construction)|dissimul|encastr")
NOTHING = re.compile(r"non\s+reglemente|sans\s+objet|pas\s+de\s+(?:regle|prescription)|"
                     r"n'est\s+pas\s+(?:fixe|reglemente)|aucune\s+(?:regle|prescription)|"
                     r"il\s+n'est\s+pas\s+fixe")
ADVICE = re.compile(r"recommand|conseill|souhaitable|encourag|preconis|\bincit")
ANTENNA = re.compile(
    r"antennes?[\s-]+relais|antennes?\s+de\s+(?:radio)?telephonie|relais\s+de\s+"
    r"(?:radio)?telephonie|pylones?\s+(?:de\s+|des\s+)?(?:radio)?telephon|"
    r"stations?\s+(?:de\s+base|radioelectriques?)|antennes?\s+(?:de\s+)?telecommunication|"
    r"antennes?\s+d'emission|installations?\s+de\s+radiotelephonie")
BAN = re.compile(r"interdit|proscrit|ne\s+sont\s+pas\s+(?:autorise|admis)|"
                 r"(?:sont|est)\s+exclu|ne\s+(?:peut|peuvent)\s+(?:etre\s+)?(?:autorise|implant)")
WHOLE = re.compile(r"ensemble\s+du\s+territoire|toutes?\s+les\s+zones|l'ensemble\s+des\s+zones|"
                   r"tout\s+le\s+territoire|toute\s+la\s+commune|sur\s+le\s+territoire")
EXCEPT = re.compile(r"\bsauf\b|a\s+l'exception|excepte|hormis|\bsecteurs?\b")
SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\b[A-Z]\.)(?<!\bcf\.)(?<!\bart\.)\s+(?=\S)")
HYPHEN_END = re.compile(r"[A-Za-zÀ-ÿ]-$")
TOKEN = re.compile(rf"(?<![\w]){CODE}(?![\w])")
CITATION_MAX = 600
REF_WORDS = ("appliqu", "applicable", "identique", "reporter", "cf.", "voir", "renvoi")
_REF_CODE = rf"(?<![\w])({CODE})(?![\w])(?!\s+(?i:urbaniser))"
REFERENCE = re.compile(
    rf"(?i:s['’]appliqu\w*|identiques?|se\s+reporter|cf\.|voir|renvoi)\b.{{0,120}}?"
    rf"(?i:zones?|articles?)\b[^.;]{{0,40}}?{_REF_CODE}|"
    rf"(?i:dispositions|r[eè]gles|prescriptions)\b[^.;]{{0,60}}?(?i:zones?|articles?)\s+"
    rf"{_REF_CODE}[^.;]{{0,60}}?(?i:s['’]appliqu|sont\s+applicables)")
MAX_REFERENCES = 2   # a chapter sending to one that sends to another
# cheap substring tests before the regular expressions (most sentences have none of these)
ANTENNA_WORDS = ("antenn", "relais", "pylon", "station", "radiotelephon")
ECOM_WORDS = ("communication", "telecom", "telephon", "debit", "thd", "fibre", "ftth",
              "numerique")


@dataclass
class Sentence:
    page: int | None
    text: str
    rank: int          # 0: says nothing graded
    level: str | None
    antenna_ban: bool = False
    sub: str | None = None   # the sub-heading inside the article ("Télécommunications")
    ref: str | None = None   # the zone code a cross-reference sends to ("cf. article UB 4")


def _is_subheading(line: str, following: str | None) -> bool:
    """A short title line inside an article ("Télécommunications :"), not a wrapped line."""
    return len(line) <= 80 and len(line.split()) <= 12 and line[:1].isupper() and \
        not line.endswith((".", ";", ",", "!", "?", "-")) and \
        not line.startswith(("-", "•", "–", "*")) and \
        (following is None or not following[:1].islower())


def sentences(block: Block) -> list[Sentence]:
    """The block's sentences (hyphenated breaks rejoined) with their page, level and the
    sub-heading they stand under."""
    out: list[Sentence] = []
    parts: list[tuple[int | None, str]] = []
    context = block.ecom_heading
    sub = None

    def flush():
        if not parts:
            return
        text, starts = "", []
        for page, piece in parts:
            if text and piece[:1].islower() and HYPHEN_END.search(text[-2:]):
                starts.append((len(text) - 1, page))
                text = text[:-1] + piece
            else:
                if text:
                    text += " "
                starts.append((len(text), page))
                text += piece
        offsets = [off for off, _ in starts]
        pos = 0
        for chunk in SENTENCE_END.split(text):
            page = starts[max(0, bisect_right(offsets, pos) - 1)][1]
            pos += len(chunk) + 1
            out.append(_classify(page, chunk, context, sub))
        parts.clear()

    lines = block.lines
    for k, (page, line) in enumerate(lines):
        following = lines[k + 1][1] if k + 1 < len(lines) else None
        if _is_subheading(line, following):
            flush()
            folded = fold(line)
            if ECOM.search(folded) or OTHER_NETWORKS.search(folded):
                context = bool(ECOM.search(folded)) or block.ecom_heading
                sub = line.rstrip(" :")
            continue
        parts.append((page, line))
    flush()
    return out


def _reference(text: str, folded: str) -> str | None:
    """The zone a sentence sends the reader to ("les dispositions de l'article UB 4
    s'appliquent", "cf. zone UB", "identiques à celles de la zone UG")."""
    if not any(w in folded for w in REF_WORDS):
        return None
    m = REFERENCE.search(text)
    return (m.group(1) or m.group(2)) if m else None


def _classify(page, text, context, sub=None) -> Sentence:
    text = squeeze(text)
    folded = fold(text)
    ban = any(w in folded for w in ANTENNA_WORDS) and bool(
        ANTENNA.search(folded) and BAN.search(folded))
    ref = _reference(text, folded)
    if not (context or (any(w in folded for w in ECOM_WORDS) and ECOM.search(folded))) \
            or NOTHING.search(folded) or ADVICE.search(folded):
        return Sentence(page, text, 0, None, ban, sub, ref)
    for level, pattern in (("fourreaux", FOURREAUX), ("raccordement", RACCORD),
                           ("enfouissement", ENFOUI)):
        if pattern.search(folded):
            return Sentence(page, text, RANK[level], level, ban, sub, ref)
    return Sentence(page, text, 0, None, ban, sub, ref)


ROMAN_AU = re.compile(r"^(I{1,3})(?=AU)")


def _arabic(code: str) -> str:
    """IAU and IIAU, as some plans write 1AU and 2AU (stray spaces of a LIBELLE dropped)."""
    return ROMAN_AU.sub(lambda m: str(len(m.group(1))), code.strip())


def governing_chapter(label: str, chapters) -> str | None:
    """The chapter code that governs a label: the same code (any case), else the longest
    code that prefixes it (any case) with a sector suffix that is not upper case: 1AU → 1AUa,
    UB → Ubp; A never governs AU."""
    norm = _arabic(label)
    low = norm.lower()
    exact = [c for c in chapters if _arabic(c).lower() == low]
    if exact:
        return exact[0]
    prefixes = [c for c in chapters if low.startswith(_arabic(c).lower())
                and len(norm) > len(_arabic(c)) and not norm[len(_arabic(c))].isupper()]
    return max(prefixes, key=lambda c: len(_arabic(c))) if prefixes else None


def _sectors_named(text: str, chapter: str) -> set[str]:
    """The sectors of ``chapter`` a sentence names ("En secteur UBa")."""
    return {t for t in TOKEN.findall(text) if t != chapter
            and governing_chapter(t, (chapter,)) == chapter}


def _applies(block: Block, label: str, chapter: str) -> bool:
    low = _arabic(label).lower()
    if any(_arabic(c).lower() == low for c in block.codes + block.sectors):
        return True
    return chapter in block.codes and not block.sectors


def _cite(text: str) -> str:
    return text if len(text) <= CITATION_MAX else text[:CITATION_MAX - 1].rstrip() + "…"


def grade_label(label: str, seg: Segmented, graded: list[tuple[Block, list[Sentence]]],
                pages_known: bool, depth: int = 0) -> Provision:
    chapter = governing_chapter(label, seg.chapter_codes)
    if chapter is None:
        raison = tr("pages {pages} have no text layer: the chapter may be there",
                    pages=", ".join(map(str, seg.pages_without_text))) \
            if seg.pages_without_text else None
        return Provision("non_trouve", raison=raison)
    scanned = sorted(set(seg.pages_without_text) & seg.chapter_pages.get(chapter, set()))
    best, evidence, refs = _read_chapter(label, chapter, graded)
    raison = tr("pages {pages} of the chapter have no text layer (scans): not read",
                pages=", ".join(map(str, scanned))) if scanned else None
    referred = _referred(refs, chapter, seg, graded, pages_known, depth)
    if referred is not None and (best is None or RANK.get(referred.niveau, 0) > best[1].rank):
        return referred
    if best:
        block, s = best
        article = block.article or block.chapter_heading
        if s.sub and s.sub != article:
            article = f"{article} – {s.sub}" if article else s.sub
        return Provision(s.level, page=s.page, article=article,
                         citation=_cite(s.text), chapitre=chapter, raison=raison)
    if scanned:   # never "absent" for a chapter partly unread
        return Provision("non_trouve", chapitre=chapter, raison=raison)
    return _nothing_found(chapter, seg, refs, evidence, pages_known)


def _read_chapter(label, chapter, graded):
    """(strongest (block, sentence) for the label, the networks article read, the
    cross-references on networks) over its chapter, its sector sentences and the common
    provisions."""
    best = evidence = None
    refs = []      # (code, block, sentence)
    # the chapter first: on equal levels its own sentence is the more specific quote
    ordered = [g for g in graded if not g[0].common] + [g for g in graded if g[0].common]
    for block, sents in ordered:
        if not (block.common or _applies(block, label, chapter)):
            continue
        networks = block.ecom_heading or bool(block.article and
                                               re.search(r"reseau", fold(block.article)))
        if not block.common and networks:
            # the e-communications heading first, else a networks heading that has text
            score = 2 if block.ecom_heading else 1 if sents else 0
            if evidence is None or score > evidence[0]:
                evidence = (score, block, sents)
        for s in sents:
            if s.ref and not block.common and (networks or block.article is None):
                refs.append((s.ref, block, s))
            if s.rank and (best is None or s.rank > best[1].rank) and (
                    block.common or _for_label(s.text, label, chapter)):
                best = (block, s)
    return best, evidence, refs


def _for_label(text: str, label: str, chapter: str) -> bool:
    """A chapter's sentence applies to the label unless it names other sectors only."""
    named = _sectors_named(text, chapter)
    return not named or _arabic(label).lower() in {_arabic(n).lower() for n in named}


def _nothing_found(chapter, seg, refs, evidence, pages_known) -> Provision:
    """No sentence graded: a reference we could not follow, else absent with where the
    reader looked."""
    unresolved = [code for code, _, _ in refs
                  if governing_chapter(code, seg.chapter_codes) in (None, chapter)
                  and code != chapter]
    if unresolved:   # the text sends elsewhere and we could not follow: not "absent"
        return Provision("non_trouve", chapitre=chapter, raison=tr(
            "the chapter refers to zone {code}, whose chapter was not found", code=unresolved[0]))
    if evidence:
        # quoted only when the article is the e-communications one ("Non réglementé."),
        # never a sentence about water or electricity
        score, block, sents = evidence
        page = next((p for p, _ in block.lines), block.chapter_page)
        return Provision("absent", page=page if pages_known else None, article=block.article,
                         citation=_cite(sents[0].text) if sents and score == 2 else None,
                         chapitre=chapter)
    return Provision("absent", page=next((b.chapter_page for b in seg.blocks
                                          if chapter in b.codes and b.chapter_page), None),
                     article=next((b.chapter_heading for b in seg.blocks
                                   if chapter in b.codes and b.chapter_heading), None),
                     chapitre=chapter)


def _referred(refs, chapter, seg, graded, pages_known, depth) -> Provision | None:
    """The strongest provision of the chapters this one sends to, as read there; the article
    says it applies by reference."""
    if depth >= MAX_REFERENCES:
        return None
    found = None
    for code, block, _ in refs:
        target = governing_chapter(code, seg.chapter_codes)
        if target is None or target == chapter:
            continue
        p = grade_label(target, seg, graded, pages_known, depth + 1)
        if RANK.get(p.niveau, 0) and (found is None or
                                      RANK[p.niveau] > RANK.get(found.niveau, 0)):
            via = block.article or block.chapter_heading or chapter
            found = Provision(p.niveau, page=p.page, citation=p.citation, chapitre=chapter,
                              article=tr("{article} (applies by reference from {via})",
                                         article=p.article, via=via))
    return found


def named_labels(seg: Segmented, graded) -> list[str]:
    """The zones a règlement names: its chapters, and the sectors its headings, idZone or
    sentences name ("la zone UB comprend les secteurs UBa et UBb")."""
    names = set(seg.chapter_codes)
    for block, sents in graded:
        names.update(block.codes)
        names.update(block.sectors)
        for chapter in block.codes:
            for s in sents:
                if "secteur" in s.text:
                    for m in SECTOR.finditer(s.text):
                        names.update(c for c in _codes(m.group(1))
                                     if governing_chapter(c, {chapter}) == chapter)
    return sorted(names, key=lambda c: (c.lstrip("0123456789")[:1] != "U", c))


def antenna_bans(seg: Segmented, graded, source) -> list[Citation]:
    chapters_banning = {c for b, sents in graded for s in sents if s.antenna_ban for c in b.codes}
    everywhere = bool(seg.chapter_codes) and seg.chapter_codes <= chapters_banning
    out, seen = [], set()
    for block, sents in graded:
        for s in sents:
            if not s.antenna_ban or s.text in seen:
                continue
            folded = fold(s.text)
            if EXCEPT.search(folded):
                continue
            if block.common or WHOLE.search(folded) or (everywhere and block.codes):
                seen.add(s.text)
                out.append(Citation(str(source), s.page, _cite(s.text)))
    return out


def grade(doc: Document, labels=None) -> Reglement:
    """The règlement as the checks read it; ``labels``: the distinct ZONE_URBA LIBELLE
    (None: the zones the règlement names)."""
    if not doc.lisible:
        return Reglement(source=doc.source, format=doc.format, lisible=False, raison=doc.raison,
                         pages=None)
    seg = segment(doc)
    if not seg.chapter_codes:   # a placeholder, a cover, headings we cannot recognise
        words = sum(len(line.split()) for b in seg.blocks for _, line in b.lines)
        return Reglement(source=doc.source, format=doc.format, lisible=False, pages=None,
                         raison=tr("{file}: no zone chapter found ({n} words of text): not "
                                   "read as a règlement.", file=doc.source, n=words))
    graded = [(b, sentences(b)) for b in seg.blocks]
    if labels is None:
        labels = named_labels(seg, graded)
    labels = list(dict.fromkeys(str(x) for x in labels if x is not None and str(x).strip()))
    zones = {label: grade_label(label, seg, graded, doc.paged) for label in labels}
    return Reglement(source=doc.source, format=doc.format, lisible=True, pages=doc.page_count,
                     zones=zones, antennes_interdites=antenna_bans(seg, graded, doc.source),
                     pages_sans_texte=list(seg.pages_without_text),
                     chapitres={code: [line for b in seg.blocks if code in b.codes
                                       and not b.common for line in b.lines]
                                for code in seg.chapter_codes})
