"""What act the opinion answers: a projet arrêté (élaboration, révision), a modification, an
approved plan, or metadata and pieces that disagree.

Read from DOC_URBA (ETAT, NOMPROC, DATAPPRO), the written pieces' own words (« dossier
d'approbation », « vu pour être annexé à la délibération … approuvant », « projet arrêté »)
and what the user states (stage, dates). A PPA opinion bears on the projet arrêté (L153-16,
R153-4): an approved plan gets an analysis note for its next procedure, never an opinion.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..french import MONTHS
from ..legal import content_of
from ..pieces.text import fold
from .templates import date_words, opinion_deadline

# loi n° 2025-1129 du 26 novembre 2025: procedures begun from this day have no modification
# simplifiée, révision allégée or simplifiée, and may use a PPVE instead of an enquête.
REFORM_FROM = dt.date(2026, 5, 26)
ABOLISHED = ("MS", "RA", "RS")
MAJOR = ("E", "R")                       # R153-4: three months, réputé favorable
MINOR = ("M", "MS", "RA", "RS")          # their own regime: no three-month sentence
DRAFT_ETATS = ("01", "02")
APPROVED_ETATS = ("03", "07", "08")
STAGES = ("", "arrete", "approuve")      # what the user may state

_APPROVED = (r"dossier d'?approbation", r"approuvant le plan", r"plan local d'urbanisme approuve",
             r"annexe a la deliberation[^.]{0,120}approuv")
_ARRETE = (r"projet arrete", r"arret du projet", r"dossier d'?arret", r"arretant le projet",
           r"annexe a la deliberation[^.]{0,120}arret")


@dataclass(frozen=True)
class Act:
    kind: str                         # projet_arrete | modification | approuve | incoherent
    procedure: str = ""               # NOMPROC code without its number (E, R, M, MS, RS…)
    number: str = ""                  # the procedure's number (M2 → "2")
    date_begun: dt.date | None = None     # prescription / engagement (user's input)
    date_arret: dt.date | None = None
    date_receipt: dt.date | None = None
    date_approval: dt.date | None = None
    deadline: dt.date | None = None
    today: dt.date | None = None
    reasons: tuple = ()               # (key, detail) the template words on page 1
    pieces_stage: str = ""            # approuve | arrete | "" (what the pieces say)
    content: str = "indetermine"      # r123 | r151 | indetermine
    set_aside: tuple = ()             # dates the user typed that are not this act's facts
    pieces_date_arret: dt.date | None = None  # the arrêt date the written pieces print

    @property
    def opinion(self) -> bool:
        """A PPA opinion may be given (an approved or inconsistent dossier gets a note)."""
        return self.kind in ("projet_arrete", "modification")

    @property
    def three_months(self) -> bool:
        """R153-4: an élaboration or a révision (only they are « arrêtés »: an unknown
        procedure of a projet arrêté is one of them)."""
        return self.kind == "projet_arrete" and self.procedure in MAJOR + ("",)

    @property
    def deadline_passed(self) -> bool:
        return bool(self.three_months and self.deadline and self.today and
                    self.today > self.deadline)

    @property
    def after_reform(self) -> bool | None:
        return None if self.date_begun is None else self.date_begun >= REFORM_FROM

    @property
    def arret_disagrees(self) -> bool:
        """The arrêt date typed is not the one the written pieces print."""
        return bool(self.date_arret and self.pieces_date_arret and
                    self.date_arret != self.pieces_date_arret)

    @property
    def abolished(self) -> bool:
        """A procedure the law of 26 November 2025 removed, begun after it applies."""
        return bool(self.after_reform) and self.procedure in ABOLISHED


def procedure_code(nomproc: str) -> tuple[str, str]:
    """("M", "2") from "M2"; CNIG codes are letters then an optional number."""
    m = re.match(r"\s*([A-Za-z]+)\s*(\d*)", str(nomproc or ""))
    return (m.group(1).upper(), m.group(2)) if m else ("", "")


def pieces_stage(texts) -> str:
    """« approuve » or « arrete » from the pieces' own words, "" when they say neither
    (or both: a cover may quote the arrêt and a footer the approval; then neither wins)."""
    folded = fold(" ".join(t for t in texts if t)).lower()
    folded = re.sub(r"\s+", " ", folded)
    approved = any(re.search(p, folded) for p in _APPROVED)
    arrete = any(re.search(p, folded) for p in _ARRETE)
    return "approuve" if approved and not arrete else "arrete" if arrete and not approved else ""


_MONTHS = tuple(fold(m) for m in MONTHS)  # as the folded text spells them: « fevrier »
# « Dossier d'arrêt du projet – 5 novembre 2026 », « projet arrêté le 5 novembre 2026 »,
# « délibération du 5 novembre 2026 arrêtant le projet »: the date next to the mention
_DAY = r"(\d{1,2})(?:er)? (" + "|".join(_MONTHS) + r") (\d{4})"
_ARRET_DATE = (r"(?:" + "|".join(_ARRETE[:4]) + r")[^.]{0,40}?" + _DAY,
               _DAY + r"[^.]{0,20}?arretant le projet")


def pieces_arret_date(texts) -> dt.date | None:
    """The arrêt date the pieces print next to their arrêt mention; None when they print
    none, or several different ones (then none is trusted)."""
    folded = re.sub(r"\s+", " ", fold(" ".join(t for t in texts if t)).lower())
    folded = folded.replace("\u2019", "'")
    found = set()
    for pattern in _ARRET_DATE:
        for day, month, year in re.findall(pattern, folded):
            try:
                found.add(dt.date(int(year), _MONTHS.index(month) + 1, int(day)))
            except ValueError:
                continue
    return found.pop() if len(found) == 1 else None


def piece_texts(pieces=None, paths=(), pages=(0, 1, -1)) -> list[str]:
    """The cover and last page of the règlement and PADD (where an approval or arrêt
    statement sits), from the pieces as read or else from their paths (the scan's input
    records). Unreadable or absent files give nothing."""
    sources = [str(getattr(p, "source", "") or "") for p in (
        getattr(pieces, "reglement", None), getattr(pieces, "padd", None))
        if getattr(p, "lisible", False)]
    texts = []
    for source in [s for s in sources if s] or list(paths):
        texts += _pages_of(Path(source), pages)
    return texts


def _pages_of(path: Path, pages) -> list[str]:
    from ..pieces.reading import read_bytes

    if not path.is_file():
        return []
    doc = read_bytes(path.read_bytes(), str(path), path.name)
    if not doc.lisible or not doc.pages:
        return []
    n = len(doc.pages)
    return [doc.pages[i] for i in dict.fromkeys(pages) if -n <= i < n]


@dataclass
class Facts:
    """What the act is decided from."""

    etat: str = ""
    nomproc: str = ""
    date_approval: dt.date | None = None
    pieces_stage: str = ""
    stage: str = ""                   # user: "" | arrete | approuve
    procedure: str = ""               # user's procedure code, wins over NOMPROC
    date_begun: dt.date | None = None
    date_arret: dt.date | None = None
    date_receipt: dt.date | None = None
    today: dt.date | None = None
    pieces_date_arret: dt.date | None = None
    extra: list = field(default_factory=list)


def decide(f: Facts) -> Act:
    """The act, and the reasons page 1 gives for it."""
    code, number = procedure_code(f.procedure or f.nomproc)
    etat = f.etat.zfill(2) if f.etat.isdigit() else f.etat
    meta = "approuve" if etat in APPROVED_ETATS else "arrete" if etat in DRAFT_ETATS else ""
    reasons = []
    if meta:
        reasons.append(("etat_" + meta, etat))
    if f.pieces_stage:
        reasons.append(("pieces_" + f.pieces_stage, ""))
    if f.stage:
        reasons.append(("user_" + f.stage, ""))
    said = {s for s in (meta, f.pieces_stage, f.stage) if s}
    if len(said) > 1:
        kind = "incoherent"
    elif said == {"approuve"}:
        kind = "approuve"
    elif code in MINOR and code != "RA" and code != "RS":
        kind = "modification"
    else:
        kind = "projet_arrete"
    begun = None if _begun_aside(f, kind) else f.date_begun
    common = dict(procedure=code, number=number, date_begun=begun,
                  date_arret=f.date_arret, date_receipt=f.date_receipt,
                  date_approval=f.date_approval if meta == "approuve" else None,
                  today=f.today or dt.date.today(), reasons=tuple(reasons),
                  pieces_stage=f.pieces_stage, pieces_date_arret=f.pieces_date_arret,
                  set_aside=("begun",) if begun != f.date_begun else (),
                  # a modification keeps the content of the plan it modifies, whose own
                  # élaboration or révision date is not the one typed for the modification
                  content=content_of(begun if kind != "modification" else None,
                                     f.date_approval if meta == "approuve" else None))
    if kind == "approuve":
        # an approved plan was neither arrêté nor received for an opinion: the arrêt and
        # receipt dates typed belong to another dossier, never printed as this plan's facts
        common["set_aside"] += tuple(name for name, date in (("arret", f.date_arret),
                                                             ("receipt", f.date_receipt)) if date)
        common.update(date_arret=None, date_receipt=None)
    deadline = opinion_deadline(common["date_receipt"]) if kind == "projet_arrete" and \
        code in MAJOR + ("",) else None
    return Act(kind=kind, deadline=deadline, **common)


def _begun_aside(f: Facts, kind: str) -> bool:
    """A start date after the approval of an approved plan (or after the arrêt typed) is
    another procedure's, or a slip: never used to decide the regime."""
    if not f.date_begun:
        return False
    approval = f.date_approval if kind == "approuve" else None
    return any(later and f.date_begun > later for later in (approval, f.date_arret))


def arret_warning(act: Act, t: dict) -> str:
    """To the signatory (the draft opinion, the dock): the arrêt date the pieces print when
    the user typed another; "" when they agree or either is missing."""
    if not act.arret_disagrees:
        return ""
    return t["arret_disagrees"].format(pieces=date_words(act.pieces_date_arret, t),
                                       typed=date_words(act.date_arret, t))
