"""What the written pieces say, as the checks and the outputs read it.

The contract of issue 15 (``inspect --json`` → ``pieces_ecrites``): a piece that was not
provided is ``None``; a piece provided but unreadable has ``lisible = False`` and a
``raison``, and then nothing of it is ever reported absent.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Levels of a zone's e-communications provision, strongest first (shared/docs/written-pieces.md).
LEVELS = ("fourreaux", "raccordement", "enfouissement", "absent", "non_trouve")


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


@dataclass
class Reglement:
    source: str
    format: str                    # pdf | sru-xml | sru-json | odt | docx | html | txt
    lisible: bool
    raison: str | None = None      # why it could not be read
    pages: int | None = None
    zones: dict[str, Provision] = field(default_factory=dict)
    antennes_interdites: list[Citation] = field(default_factory=list)


@dataclass
class Padd:
    source: str
    lisible: bool
    raison: str | None = None
    communications_numeriques: bool | None = None   # None: not evaluated
    page: int | None = None
    citation: str | None = None


@dataclass
class Oap:
    source: str
    page: int | None
    zones: list[str]
    citation: str


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
