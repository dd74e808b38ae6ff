"""What the written pieces say, as the checks and the outputs read it.

The contract of issue 15 (``inspect --json`` → ``pieces_ecrites``): a piece that was not
provided is ``None``; a piece provided but unreadable has ``lisible = False`` and a
``raison``, and then nothing of it is ever reported absent.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Levels of a zone's e-communications provision, strongest first (shared/docs/written-pieces.md).
LEVELS = ("fourreaux", "raccordement", "enfouissement", "absent", "non_trouve")
# How a zone's chapter was found: a heading naming it, the PDF's bookmarks, the sommaire, the
# running headers, a referral from another text, the CNIG SRU structure.
CUES = ("titre", "signet", "sommaire", "entete", "renvoi", "sru")


@dataclass(frozen=True)
class Citation:
    """A sentence of a piece, verbatim, with its 1-based page (the PDF's page index)."""

    source: str
    page: int | None
    citation: str


@dataclass(frozen=True)
class Provision:
    """The e-communications provision that governs one ZONE_URBA label."""

    niveau: str                    # one of LEVELS
    page: int | None = None
    article: str | None = None     # the article or section heading that holds it
    citation: str | None = None    # the sentence that decided the level
    chapitre: str | None = None    # the zone chapter code that governs the label (1AU for 1AUa)
    raison: str | None = None      # why the level may be understated (pages without text)
    fichier: str | None = None     # the file whose text decided (a règlement in several files)
    reperage: str | None = None    # how the chapter was found: one of CUES


@dataclass
class Reglement:
    source: str
    format: str                    # pdf | sru-xml | sru-json | odt | docx | html | txt
    lisible: bool
    raison: str | None = None      # why it could not be read
    pages: int | None = None
    mots: int | None = None        # words of a text read but too short or not a règlement
    zones: dict[str, Provision] = field(default_factory=dict)
    antennes_interdites: list[Citation] = field(default_factory=list)
    pages_sans_texte: list[int] = field(default_factory=list)   # scanned pages, 1-based
    # each zone chapter's own lines (page, text): what a rule reads beyond the graded
    # sentence (« lorsqu'il existe », équipements d'intérêt collectif in A and N)
    chapitres: dict[str, list[tuple[int | None, str]]] = field(default_factory=dict)


@dataclass
class Padd:
    source: str
    lisible: bool
    raison: str | None = None
    communications_numeriques: bool | None = None   # None: not evaluated
    mots: int | None = None        # words of a text too short to be a PADD
    page: int | None = None
    citation: str | None = None


@dataclass
class Oap:
    source: str
    page: int | None
    zones: list[str]
    citation: str
    lisible: bool = True           # False: the OAP file could not be read (see raison)
    raison: str | None = None
    mots: int | None = None        # words of a text too short to be an OAP


@dataclass
class WrittenPieces:
    reglement: Reglement | None = None
    padd: Padd | None = None
    oap: list[Oap] | None = None

    def level(self, libelle: str) -> Provision | None:
        """The provision read for a zone label; None when no readable règlement was given."""
        if self.reglement is None or not self.reglement.lisible:
            return None
        return self.reglement.zones.get(libelle, Provision("non_trouve"))

    def chapter_lines(self, libelle: str) -> list[tuple[int | None, str]] | None:
        """The lines of the chapter that governs a zone label; None when no readable
        règlement was given or no chapter governs the label."""
        provision = self.level(libelle)
        if provision is None or provision.chapitre is None:
            return None
        return self.reglement.chapitres.get(provision.chapitre)


def merge_padds(parts: list[Padd]) -> Padd:
    """Several PADD files (volumes): the first orientation found; not evaluated when a
    volume could not be read and none states it."""
    for p in parts:
        if p.communications_numeriques:
            return p
    unread = [p for p in parts if not p.lisible or p.communications_numeriques is None]
    return unread[0] if unread else parts[0]


def reglement_dict(r: Reglement) -> dict:
    out = {"source": r.source, "format": r.format, "lisible": r.lisible, "pages": r.pages,
           "zones": {label: {"niveau": p.niveau, "page": p.page, "article": p.article,
                             "citation": p.citation, "fichier": p.fichier,
                             "reperage": p.reperage} for label, p in r.zones.items()},
           "antennes_interdites": [{"page": c.page, "citation": c.citation}
                                   for c in r.antennes_interdites]}
    if r.raison:
        out["raison"] = r.raison
    if r.pages_sans_texte:
        out["pages_sans_texte"] = list(r.pages_sans_texte)
    return out


def padd_dict(p: Padd) -> dict:
    out = {"source": p.source, "lisible": p.lisible,
           "communications_numeriques": p.communications_numeriques, "page": p.page,
           "citation": p.citation}
    if p.raison:
        out["raison"] = p.raison
    return out


def oap_dict(o: Oap) -> dict:
    out = {"source": o.source, "page": o.page, "zones": list(o.zones), "citation": o.citation}
    if not o.lisible:
        out.update(lisible=False, raison=o.raison)
    return out


def pieces_dict(pieces: WrittenPieces | None) -> dict:
    """The ``pieces_ecrites`` object of ``inspect --json``: null for a piece not provided."""
    pieces = pieces or WrittenPieces()
    return {"reglement": reglement_dict(pieces.reglement) if pieces.reglement else None,
            "padd": padd_dict(pieces.padd) if pieces.padd else None,
            "oap": [oap_dict(o) for o in pieces.oap] if pieces.oap is not None else None}
