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
from dataclasses import dataclass, replace
from pathlib import Path

from ..i18n import tr
from .model import Citation, Provision, Reglement
from .chapters import code_key, governs
from .combine import combine
from .referrals import common_reference, referred_blocks
from .segment import (CODE, ECOM, OTHER_NETWORKS, SECTOR, Block, Segmented, _codes,
                      segment)
from .text import Document, fold, squeeze
from .unread import words as word_count

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
# "ne peuvent … être raccordés définitivement aux réseaux … de téléphone si …" (L111-12):
# a ban on connecting unlawful buildings, no connection requirement
NEGATED_CONNECTION = re.compile(r"\bne\s+(?:peu|pourr|doi|sau)\w*\b[^.;]{0,80}?raccord")
NETWORK_WORDS = re.compile(r"reseau|\blignes?\b|branchement|\bcabl|fourreau|\bgaines?\b|"
                           r"infrastructure|chambres?\s+de\s+tirage")
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
    rf"(?<!\w)(?i:s['’]appliqu\w*|identiques?|se\s+reporter|cf\.|voir|renvoi)\b.{{0,120}}?"
    rf"(?i:zones?|articles?)\b[^.;]{{0,40}}?{_REF_CODE}|"
    rf"(?i:dispositions|r[eè]gles|prescriptions)\b[^.;]{{0,60}}?(?i:zones?|articles?)\s+"
    rf"{_REF_CODE}[^.;]{{0,60}}?(?i:s['’]appliqu|sont\s+applicables)")
_NETWORKS_REF = re.compile(r"reseau|desserte")
MIN_CHAPTER_WORDS = 40   # below, with no article heading, a "chapter" is a stray mention
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
    ref_common: str | None = None   # the common rules' article it sends to ("article 9.6")
    context: bool = False    # under an e-communications heading or sub-heading
    speaks: bool = False     # names e-communications networks, and no other network


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
        follows = False   # the previous sentence spoke of e-communications
        for chunk in SENTENCE_END.split(text):
            page = starts[max(0, bisect_right(offsets, pos) - 1)][1]
            pos += len(chunk) + 1
            inherited = follows and _anaphora(chunk)
            sentence = _classify(page, chunk, context or inherited, sub)
            out.append(sentence)
            follows = sentence.speaks or inherited
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


def _anaphora(sentence: str) -> bool:
    """A sentence that goes on about the networks the previous one named ("Dans le cas où
    les réseaux sont inexistants, des fourreaux de réserve seront mis en place"), naming no
    other network."""
    folded = fold(sentence)
    return bool(NETWORK_WORDS.search(folded)) and not OTHER_NETWORKS.search(folded)


def _classify(page, text, context, sub=None) -> Sentence:
    text = squeeze(text)
    folded = fold(text)
    ban = any(w in folded for w in ANTENNA_WORDS) and bool(
        ANTENNA.search(folded) and BAN.search(folded))
    ref = _reference(text, folded)
    ref_common = common_reference(folded)
    mention = any(w in folded for w in ECOM_WORDS) and bool(ECOM.search(folded))
    speaks = mention and not OTHER_NETWORKS.search(folded)
    if not (context or mention) or NOTHING.search(folded) or ADVICE.search(folded):
        return Sentence(page, text, 0, None, ban, sub, ref, ref_common, context, speaks)
    for level, pattern in (("fourreaux", FOURREAUX), ("raccordement", RACCORD),
                           ("enfouissement", ENFOUI)):
        if pattern.search(folded) and not (level == "raccordement" and
                                           NEGATED_CONNECTION.search(folded)):
            return Sentence(page, text, RANK[level], level, ban, sub, ref, ref_common, context,
                            speaks)
    return Sentence(page, text, 0, None, ban, sub, ref, ref_common, context, speaks)


def governing_chapter(label: str, chapters) -> str | None:
    """The chapter code that governs a label: the same code (any case, spaces, hyphens, roman
    prefix: IAU = 1AU, N-1 = N1), else the longest code that prefixes it with a sector suffix
    that is not upper case (1AU → 1AUa, UB → Ubp; A never governs AU), else the chapter of
    its kind without its number (the "zones AU" chapter → 1AU)."""
    key = code_key(label)
    exact = [c for c in chapters if code_key(c) == key]
    if exact:
        return exact[0]
    ruling = [c for c in chapters if governs(c, label)]
    return max(ruling, key=lambda c: len(code_key(c))) if ruling else None


def _sectors_named(text: str, chapter: str) -> set[str]:
    """The sectors a sentence names: those of ``chapter`` ("En secteur UBa"), and any code
    the word "secteur" introduces ("Dans le secteur NL", "secteur Ubp" in a chapter shared by
    Ua and Ub), whatever its case."""
    named = {t for t in TOKEN.findall(text) if t != chapter
             and governing_chapter(t, (chapter,)) == chapter}
    if "ecteur" in text:
        named.update(c for m in SECTOR.finditer(text) for c in _codes(m.group(1))
                     if code_key(c) != code_key(chapter))
    return named


def _applies(block: Block, label: str, chapter: str) -> bool:
    """A block applies to the label: its sector sub-heading names the label, or it has none
    and its chapter is the label's."""
    key = code_key(label)
    if block.sectors:   # "En secteur UBa :" restricts the block to UBa, not UB itself
        return any(code_key(c) == key for c in block.sectors)
    return chapter in block.codes or any(code_key(c) == key for c in block.codes)


def _cite(text: str) -> str:
    return text if len(text) <= CITATION_MAX else text[:CITATION_MAX - 1].rstrip() + "…"


def _pages_words(spans) -> str:
    """"10, 11" (one file), else "a.pdf p. 10, b.pdf p. 3"."""
    spans = sorted(spans)
    if len({f for f, _ in spans}) <= 1:
        return ", ".join(str(p) for _, p in spans)
    return ", ".join(f"{Path(f).name} p. {p}" for f, p in spans)


def grade_label(label: str, seg: Segmented, graded: list[tuple[Block, list[Sentence]]],
                pages_known: bool, depth: int = 0) -> Provision:
    found = _grade_label(label, seg, graded, pages_known, depth)
    name = _chapter_name(found.chapitre, seg) if found.chapitre else None
    return replace(found, chapitre=name) if name and name != found.chapitre else found


def _chapter_name(chapter: str, seg: Segmented) -> str:
    """The chapter's own code when its title names several ("Zone N" for N and Nn)."""
    own = next((b for b, _ in _index(seg).get(code_key(chapter), ()) if chapter in b.codes),
               None)
    return next((c for c in own.codes if governs(c, chapter)), chapter) if own else chapter


def _grade_label(label: str, seg: Segmented, graded: list[tuple[Block, list[Sentence]]],
                 pages_known: bool, depth: int = 0) -> Provision:
    chapter = governing_chapter(label, seg.chapter_codes) or sector_home(label, seg)
    if chapter is None:
        raison = tr("pages {pages} have no text layer: the chapter may be there",
                    pages=_pages_words(seg.scanned)) if seg.scanned else None
        return Provision("non_trouve", raison=raison)
    scanned = seg.scanned & seg.chapter_spans.get(chapter, set())
    best, evidence, refs = _read_chapter(label, chapter, seg)
    raison = tr("pages {pages} of the chapter have no text layer (scans): not read",
                pages=_pages_words(scanned)) if scanned else None
    cue = _cue(chapter, seg)
    referred = _referred(refs, chapter, seg, graded, pages_known, depth)
    if referred is not None and (best is None or RANK.get(referred.niveau, 0) > best[1].rank or (
            RANK.get(referred.niveau, 0) == best[1].rank and
            referred.citation == _cite(best[1].text))):   # the sentence the referral names
        return replace(referred, raison=raison)
    if best:
        block, s = best
        article = block.article or block.chapter_heading
        if s.sub and s.sub != article:
            article = f"{article} – {s.sub}" if article else s.sub
        return Provision(s.level, page=s.page, article=article, citation=_cite(s.text),
                         chapitre=chapter, raison=raison, fichier=block.source, reperage=cue)
    if scanned and evidence is None:
        # never "absent" for a chapter whose networks article may be on a page without text
        return Provision("non_trouve", chapitre=chapter, raison=raison, reperage=cue)
    found = _nothing_found(chapter, seg, refs, evidence, pages_known)
    return replace(found, raison=found.raison or raison)


def _cue(chapter: str, seg: Segmented) -> str | None:
    return next((b.cue for b, _ in _index(seg).get(code_key(chapter), ())
                 if chapter in b.codes and b.cue), None)


def _index(seg: Segmented) -> dict:
    """{code key: [(block, sentences)…] naming it as chapter or sector}, the common blocks
    under "" (built once: each label reads its own blocks, never every block)."""
    if seg.index is None:
        seg.index = {}
        seg.order = {id(g[0]): i for i, g in enumerate(seg.graded)}
        for g in seg.graded:
            block = g[0]
            keys = {""} if block.common else {code_key(c) for c in block.codes + block.sectors}
            for key in keys:
                seg.index.setdefault(key, []).append(g)
    return seg.index


def _read_chapter(label, chapter, seg):
    """(strongest (block, sentence) for the label, the networks article read, the
    cross-references on networks) over its chapter, its sector sentences and the common
    provisions."""
    best = evidence = None
    refs = []      # (zone code or ("article", number), block, sentence)
    # the chapter first: on equal levels its own sentence is the more specific quote
    index = _index(seg)
    own = {id(g[0]): g for key in {code_key(label), code_key(chapter)}
           for g in index.get(key, ())}
    ordered = sorted(own.values(), key=lambda g: seg.order[id(g[0])]) + index.get("", [])
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
            if not block.common:
                if s.ref and (networks or block.article is None):
                    refs.append((s.ref, block, s))
                if s.ref_common and (networks or block.article is None or s.context or
                                     _NETWORKS_REF.search(fold(s.text))):
                    # a referral on heights or parking says nothing of networks
                    refs.append((("article", s.ref_common), block, s))
            if s.rank and (best is None or s.rank > best[1].rank) and (
                    block.common or _for_label(s.text, label, chapter)):
                best = (block, s)
    return best, evidence, refs


def _for_label(text: str, label: str, chapter: str) -> bool:
    """A chapter's sentence applies to the label unless it names other sectors only (a
    sentence on sector UBa also rules its sub-sector UBa1)."""
    named = _sectors_named(text, chapter)
    if not named:
        return True
    hit = any(governs(n, label) for n in named)
    # "dans toute la zone, à l'exception du secteur Ucp, …": every sector but those named
    return not hit if SAVE_SECTOR.search(text) else hit


SAVE_SECTOR = re.compile(r"(?i:\bsauf|exception\s+d[eu]s?|except[ée]s?|hormis|\bhors)\s+"
                         r"(?i:(?:dans|en|pour)\s+)?(?i:l[ea]s?\s+)?(?i:sous-)?(?i:secteurs?)\s+"
                         rf"{CODE}")


def sector_home(label: str, seg: Segmented) -> str | None:
    """The chapter of a sector whose code no chapter governs by its form (NL, 1AUY, ACi: a
    suffix in capitals): the chapter whose sector heading or sentences name it ("SECTEUR
    NL", "la zone A comprend les secteurs AC (carrières), AL …"), its code prefixing the
    sector's."""
    if seg.homes is None:
        seg.homes = {}
        for block, sents in seg.graded:
            if block.common or not block.codes:
                continue
            named = set(block.sectors)
            for s in sents:
                if "ecteur" in s.text:
                    named.update(TOKEN.findall(s.text[s.text.find("ecteur"):]))
            for code in named:
                home = next((c for c in block.codes if code_key(code) != code_key(c) and
                             code_key(code).startswith(code_key(c))), None)
                if home:
                    seg.homes.setdefault(code_key(code), (code, home))
    key = code_key(label)
    if key in seg.homes:
        return seg.homes[key][1]
    ruling = [(code, home) for code, home in seg.homes.values() if governs(code, label)]
    return max(ruling, key=lambda g: len(code_key(g[0])))[1] if ruling else None


def _unresolved(refs, chapter, seg, graded) -> str | None:
    """What the chapter sends to and could not be followed (another zone whose chapter was
    not found, an article of the common rules that is not there)."""
    for code, _, _ in refs:
        if isinstance(code, tuple):
            if not referred_blocks(code[1], graded):
                return tr("the chapter refers to article {n} of the common rules, which was "
                          "not found", n=code[1])
        elif governing_chapter(code, seg.chapter_codes) in (None, chapter) and code != chapter:
            return tr("the chapter refers to zone {code}, whose chapter was not found",
                      code=code)
    return None


def _nothing_found(chapter, seg, refs, evidence, pages_known) -> Provision:
    """No sentence graded: a reference we could not follow, else absent with where the
    reader looked."""
    cue = _cue(chapter, seg)
    unresolved = _unresolved(refs, chapter, seg, seg.graded)
    if unresolved:   # the text sends elsewhere and we could not follow: not "absent"
        return Provision("non_trouve", chapitre=chapter, raison=unresolved, reperage=cue)
    if evidence:
        # quoted only when the article is the e-communications one ("Non réglementé."),
        # never a sentence about water or electricity
        score, block, sents = evidence
        page = next((p for p, _ in block.lines), block.chapter_page)
        return Provision("absent", page=page if pages_known else None, article=block.article,
                         citation=_cite(sents[0].text) if sents and score == 2 else None,
                         chapitre=chapter, fichier=block.source, reperage=cue)
    own = [b for b, _ in _index(seg).get(code_key(chapter), ()) if chapter in b.codes]
    first = own[0] if own else None
    words = sum(len(line.split()) for b in own for _, line in b.lines)
    if words < MIN_CHAPTER_WORDS and not any(b.article for b in own):
        # a heading naming the zone with next to no text under it (a table's cell, a list):
        # its chapter was not read, so nothing is said of it
        return Provision("non_trouve", chapitre=chapter, reperage=cue, raison=tr(
            "a heading names zone {code} but no text of its chapter was found",
            code=chapter))
    return Provision("absent", page=first.chapter_page if first else None,
                     article=next((b.chapter_heading for b in own if b.chapter_heading), None),
                     chapitre=chapter, fichier=first.source if first else None, reperage=cue)


def _referred(refs, chapter, seg, graded, pages_known, depth) -> Provision | None:
    """The strongest provision of the chapters or common articles this one sends to, as read
    there; the article says it applies by reference, the sentence quoted is the one that
    decides."""
    if depth >= MAX_REFERENCES:
        return None
    found = None
    for code, block, _ in refs:
        via = block.article or block.chapter_heading or chapter
        if isinstance(code, tuple):
            p = _read_referred_article(code[1], graded)
        else:
            target = governing_chapter(code, seg.chapter_codes)
            if target is None or target == chapter:
                continue
            p = grade_label(target, seg, graded, pages_known, depth + 1)
        if p is not None and RANK.get(p.niveau, 0) and (
                found is None or RANK[p.niveau] > RANK.get(found.niveau, 0)):
            found = Provision(p.niveau, page=p.page, citation=p.citation, chapitre=chapter,
                              article=tr("{article} (applies by reference from {via})",
                                         article=p.article, via=via),
                              fichier=p.fichier, reperage="renvoi")
    return found


def _read_referred_article(number: str, graded) -> Provision | None:
    best = None
    for block, sents in referred_blocks(number, graded):
        for s in sents:
            if s.rank and (best is None or s.rank > best[1].rank):
                best = (block, s)
    if best is None:
        return None
    block, s = best
    article = block.article or block.chapter_heading
    return Provision(s.level, page=s.page, article=article, citation=_cite(s.text),
                     fichier=block.source)


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


def antenna_bans(seg: Segmented, graded) -> list[Citation]:
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
                out.append(Citation(block.source, s.page, _cite(s.text)))
    return out


def grade(doc: Document, labels=None) -> Reglement:
    """The règlement as the checks read it; ``labels``: the distinct ZONE_URBA LIBELLE
    (None: the zones the règlement names)."""
    return grade_files([doc], labels)


def grade_files(docs: list[Document], labels=None) -> Reglement:
    """Several files read as one règlement (a PLUi in booklets, one file per zone, common
    rules in their own file): chapters, common rules and referrals across files."""
    readable = [d for d in docs if d.lisible]
    unread = [d.raison for d in docs if not d.lisible]
    fmt = docs[0].format if len({d.format for d in docs}) == 1 else "mixte"
    source = "; ".join(d.source for d in docs)
    if not readable:
        return Reglement(source=source, format=fmt, lisible=False, raison=" ".join(unread),
                         pages=None)
    seg = combine(readable, [segment(d, labels) for d in readable])
    if not seg.chapter_codes:   # a placeholder, a cover, headings we cannot recognise
        words = sum(len(line.split()) for b in seg.blocks for _, line in b.lines)
        return Reglement(source=source, format=fmt, lisible=False, pages=None, mots=words,
                         raison=" ".join(unread + [tr(
                             "{file}: no zone chapter found in its {words} of text, not read "
                             "as a règlement.", file=", ".join(d.source for d in readable),
                             words=word_count(words))]))
    graded = [(b, sentences(b)) for b in seg.blocks]
    seg.graded = graded
    if labels is None:
        labels = named_labels(seg, graded)
    labels = list(dict.fromkeys(str(x) for x in labels if x is not None and str(x).strip()))
    paged = all(d.paged for d in readable)
    zones = {label: grade_label(label, seg, graded, paged) for label in labels}
    single = len(readable) == 1
    return Reglement(source=source, format=fmt, lisible=True, raison=" ".join(unread) or None,
                     pages=sum(d.page_count or 0 for d in readable) or None,
                     zones=zones, antennes_interdites=antenna_bans(seg, graded),
                     pages_sans_texte=list(seg.pages_without_text) if single else [],
                     chapitres=_chapter_texts(seg))


def _chapter_texts(seg: Segmented) -> dict[str, list[tuple[int | None, str]]]:
    """Each zone chapter's own lines (page, text), common provisions apart."""
    out: dict[str, list[tuple[int | None, str]]] = {code: [] for code in seg.chapter_codes}
    for block in seg.blocks:
        if not block.common:
            for code in block.codes:
                out.setdefault(code, []).extend(block.lines)
    return out
