"""Referrals from a zone's text to the common rules: "se reporter à l'article 9.6 des règles
communes", "cf. dispositions générales, article 6", "voir l'article DG 4". The referred article
is looked for among the blocks that no zone chapter holds (common rules or general provisions,
in this file or another file of the règlement)."""
from __future__ import annotations

import re

from .text import fold

_NUMBER = r"(\d{1,2}(?:\.\d{1,2}){0,3})(?![\d.]\d)"
_COMMON = (r"(?:dispositions?\s+(?:generales|communes)|regles?\s+(?:generales|communes)|"
           r"reglement\s+commun|partie\s+commune|tronc\s+commun|titre\s+(?:i|1|premier)\b|"
           r"dispositions\s+applicables\s+a\s+toutes)")
COMMON_REFERENCE = re.compile(
    rf"(?:reporter|cf\.?|voir|renvoi|conformement|defini|prevu|fixe|edicte|appliqu|precise)"
    rf"[^.;]{{0,80}}?\barticles?\s+(?:[a-z]{{1,3}}\s*[-.]?\s*)?{_NUMBER}[^;]{{0,80}}?{_COMMON}|"
    rf"{_COMMON}[^.;]{{0,40}}?\barticles?\s+(?:[a-z]{{1,3}}\s*[-.]?\s*)?{_NUMBER}")
WORDS = ("commun", "general", "titre")


def common_reference(folded: str) -> str | None:
    """The article number of the common rules a sentence sends to."""
    if "article" not in folded or not any(w in folded for w in WORDS):
        return None
    m = COMMON_REFERENCE.search(folded)
    return (m.group(1) or m.group(2)) if m else None


def _heading_number(heading: str | None) -> str | None:
    if not heading:
        return None
    m = re.match(r"^(?:(?:article|section|chapitre|paragraphe)\s+)?(?:[a-z]{1,3}\s*[-.]?\s*)?"
                 r"(\d{1,2}(?:\.\d{1,2}){0,3})\b", fold(heading))
    return m.group(1) if m else None


def referred_blocks(number: str, graded) -> list:
    """The (block, sentences) of the common rules that article ``number`` names: its own
    heading ("9.6 Réseaux…", "Article 9.6") and its sub-articles, else its parent article
    ("Article 9")."""
    pool = [(b, s, _heading_number(b.article if b.article else b.chapter_heading))
            for b, s in graded if not b.codes]
    for wanted in _numbers(number):   # article 9 holds 9.1 … 9.6
        found = [(b, s) for b, s, n in pool if n and (n == wanted or n.startswith(wanted + "."))]
        if found:
            common = [g for g in found if g[0].common]
            return common or found
    return []


def _numbers(number: str) -> list[str]:
    parts = number.split(".")
    return [".".join(parts[:n]) for n in range(len(parts), 0, -1)]
