"""The PADD's orientation on digital communications (L151-5 CU) and the OAP's digital provisions.

Both are flowing text: the sommaire, running headers and footers are dropped as for the
règlement, and the first sentence that states the orientation (or the provision) is quoted.
"""
from __future__ import annotations

import re

from ..i18n import tr
from .grade import FOURREAUX, RACCORD, Sentence, TOKEN, _cite, sentences
from .model import Oap, Padd
from .segment import Block, ECOM, clean_pages
from .text import Document, fold

DIGITAL = re.compile(
    r"communications?\s+(?:numeriques?|electroniques?)|amenagement\s+numerique|\bnumerique|"
    r"tres\s+haut\s+debit|haut\s+debit|\bthd\b|fibre|ftth|couverture\s+mobile|"
    r"telephonie\s+mobile|\brip\b|reseaux?\s+d'initiative\s+publique|\bsdtan\b|\bsdun\b")
ORIENTATION = re.compile(r"develop|favoris|permett|assur|amelior|poursuiv|accompagn|renforc|"
                         r"deploi|deploy|garant|facilit|anticip|desserv|couvr|achev|"
                         r"orientation|objectif|\bvis|\bprevoir")
MIN_PADD_WORDS = 150
MIN_OAP_WORDS = 40
OAP_TITLE = re.compile(r"^(?i:oap|orientations?\s+d['’]am[ée]nagement|secteur|site)\b.{0,100}$")


def _document_sentences(doc: Document):
    pages, _ = clean_pages(doc.pages)
    block = Block(lines=[(i + 1 if doc.paged else None, line)
                         for i, lines in enumerate(pages) for line in lines])
    return [s for s in sentences(block)], pages


def read_padd(doc: Document) -> Padd:
    if not doc.lisible:
        return Padd(source=doc.source, lisible=False, raison=doc.raison)
    if doc.pages is None:   # an SRU file given as PADD: read its paragraphs as text
        doc = Document(doc.source, doc.format, pages=["\n".join(
            p for s in doc.sections for p in [s.heading] + s.paragraphs)])
    found: Sentence | None = None
    sents = _document_sentences(doc)[0]
    words = sum(len(s.text.split()) for s in sents)
    if words < MIN_PADD_WORDS:   # a placeholder, a cover page: nothing can be concluded
        return Padd(source=doc.source, lisible=True, communications_numeriques=None,
                    raison=tr("{file}: only {n} words, too short to be a PADD: not evaluated.",
                              file=doc.source, n=words))
    for s in sents:
        folded = fold(s.text)
        if DIGITAL.search(folded) and ORIENTATION.search(folded):
            found = s
            break
    if found is None:
        return Padd(source=doc.source, lisible=True, communications_numeriques=False)
    return Padd(source=doc.source, lisible=True, communications_numeriques=True,
                page=found.page, citation=_cite(found.text))


def read_oap(doc: Document, labels=None) -> list[Oap]:
    """One entry per digital provision of the OAP, with the zones of its OAP section."""
    if not doc.lisible:
        return [Oap(source=doc.source, page=None, zones=[], citation="", lisible=False,
                    raison=doc.raison)]
    if doc.pages is None:
        doc = Document(doc.source, doc.format, pages=["\n".join(
            p for s in doc.sections for p in [s.heading] + s.paragraphs)])
    known = {str(x) for x in labels} if labels is not None else None
    sents = _document_sentences(doc)[0]
    words = sum(len(s.text.split()) for s in sents)
    if words < MIN_OAP_WORDS:   # a placeholder: nothing can be concluded
        return [Oap(source=doc.source, page=None, zones=[], citation="", lisible=False,
                    raison=tr("{file}: only {n} words, too short to be an OAP: not evaluated.",
                              file=doc.source, n=words))]
    pages, _ = clean_pages(doc.pages)
    # the zones of each OAP section: the codes its title names (else its first page)
    section_zones, zones_at = [], {}
    current: list[str] = []
    for i, lines in enumerate(pages):
        for line in lines:
            if OAP_TITLE.match(line) or (len(line) < 100 and not line.endswith(".")
                                         and TOKEN.search(line)):
                codes = [c for c in TOKEN.findall(line) if known is None or c in known]
                if codes:
                    current = codes
        zones_at[i + 1] = list(current)
        section_zones.append(list(current))
    out = []
    for s in sents:
        folded = fold(s.text)
        if not (DIGITAL.search(folded) or ECOM.search(folded)):
            continue
        if not (FOURREAUX.search(folded) or RACCORD.search(folded) or ORIENTATION.search(folded)
                or re.search(r"armoire|point\s+de\s+mutualisation|\bpm\b|phas", folded)):
            continue
        named = [c for c in TOKEN.findall(s.text) if known is None or c in known]
        zones = named or zones_at.get(s.page, section_zones[0] if section_zones else [])
        out.append(Oap(source=doc.source, page=s.page if doc.paged else None,
                       zones=list(dict.fromkeys(zones)), citation=_cite(s.text)))
    return out
