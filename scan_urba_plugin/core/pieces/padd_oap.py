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
from .unread import words as word_count

DIGITAL = re.compile(
    r"communications?\s+(?:numeriques?|electroniques?)|amenagement\s+numerique|\bnumerique|"
    r"tres\s+haut\s+debit|haut\s+debit|\bthd\b|fibre|ftth|couverture\s+mobile|"
    r"telephonie\s+mobile|\brip\b|reseaux?\s+d'initiative\s+publique|\bsdtan\b|\bsdun\b")
ORIENTATION = re.compile(r"develop|favoris|permett|assur|amelior|poursuiv|accompagn|renforc|"
                         r"deploi|deploy|garant|facilit|anticip|desserv|couvr|achev|"
                         r"orientation|objectif|\bvis|\bprevoir")
# words that look digital and are not (« fibres végétales », « plan numérique des écoles »):
# removed before DIGITAL is searched
TRAPS = re.compile(
    r"fibres?\s+(?:vegetal|textile|naturel|de\s+bois|de\s+chanvre|de\s+lin|agricol|cellulos"
    r"|musculaire|alimentaire)\w*|plans?\s+numeriques?|ecoles?\s+numeriques?|"
    r"\bnumeriques?\s+(?:des|dans\s+les|pour\s+les|a\s+l')\s*(?:ecoles?|colleges?|eleves|"
    r"classes?)|\b(?:usages?|inclusion|mediation|culture|education|espace)s?\s+numeriques?")
# a sentence that reports the rapport's diagnosis states no orientation of the PADD
REPORTED = re.compile(r"rapport\s+de\s+presentation|\bdiagnostic\b|etat\s+initial")
MIN_PADD_WORDS = 150
MIN_OAP_WORDS = 40
OAP_TITLE = re.compile(r"^(?i:oap|orientations?\s+d['’]am[ée]nagement|secteur|site)\b.{0,100}$")


def _flowing(doc: Document) -> Document:
    """A structured (SRU) file given as PADD or OAP is read as flowing text."""
    if doc.pages is not None:
        return doc
    return Document(doc.source, doc.format, pages=["\n".join(
        p for s in doc.sections for p in [s.heading] + s.paragraphs)])


def _document_sentences(doc: Document):
    pages, _ = clean_pages(doc.pages)
    block = Block(lines=[(i + 1 if doc.paged else None, line)
                         for i, lines in enumerate(pages) for line in lines])
    return sentences(block), pages


def read_padd(doc: Document) -> Padd:
    if not doc.lisible:
        return Padd(source=doc.source, lisible=False, raison=doc.raison)
    doc = _flowing(doc)
    found: Sentence | None = None
    sents = _document_sentences(doc)[0]
    words = sum(len(s.text.split()) for s in sents)
    if words < MIN_PADD_WORDS:   # a placeholder, a cover page: nothing can be concluded
        return Padd(source=doc.source, lisible=True, communications_numeriques=None,
                    mots=words, raison=tr("{file} holds only {words} of text, too few to be "
                                          "read as a PADD.", file=doc.source,
                                          words=word_count(words)))
    for s in sents:
        folded = fold(s.text)
        if DIGITAL.search(TRAPS.sub(" ", folded)) and ORIENTATION.search(folded) \
                and not REPORTED.search(folded):
            found = s
            break
    if found is None:
        return Padd(source=doc.source, lisible=True, communications_numeriques=False)
    return Padd(source=doc.source, lisible=True, communications_numeriques=True,
                page=found.page, citation=_cite(found.text))


def _zone_codes(text: str, known) -> list[str]:
    """Zone labels named in an OAP's text; a lone letter ("secteur A des Prés") names a place
    rather than a zone, so only codes of two characters or more count."""
    return [c for c in TOKEN.findall(text) if len(c) > 1 and (known is None or c in known)]


def read_oap(doc: Document, labels=None) -> list[Oap]:
    """One entry per digital provision of the OAP, with the zones of its OAP section."""
    if not doc.lisible:
        return [Oap(source=doc.source, page=None, zones=[], citation="", lisible=False,
                    raison=doc.raison)]
    doc = _flowing(doc)
    known = {str(x) for x in labels} if labels is not None else None
    sents = _document_sentences(doc)[0]
    words = sum(len(s.text.split()) for s in sents)
    if words < MIN_OAP_WORDS:   # a placeholder: nothing can be concluded
        return [Oap(source=doc.source, page=None, zones=[], citation="", lisible=False,
                    mots=words, raison=tr("{file} holds only {words} of text, too few to be "
                                          "read as an OAP.", file=doc.source,
                                          words=word_count(words)))]
    pages, _ = clean_pages(doc.pages)
    # the zones of each OAP section: the codes its title names (else its first page)
    section_zones, zones_at = [], {}
    current: list[str] = []
    for i, lines in enumerate(pages):
        for line in lines:
            if OAP_TITLE.match(line):      # a new OAP: its title names its zones, or none
                current = _zone_codes(line, known)
            elif len(line) < 100 and not line.endswith(".") and TOKEN.search(line):
                current = _zone_codes(line, known) or current
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
        named = _zone_codes(s.text, known)
        zones = named or zones_at.get(s.page, section_zones[0] if section_zones else [])
        out.append(Oap(source=doc.source, page=s.page if doc.paged else None,
                       zones=list(dict.fromkeys(zones)), citation=_cite(s.text)))
    return out
