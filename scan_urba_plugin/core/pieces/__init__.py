"""The plan's written pieces (règlement, PADD, OAP): readers per format and what they say.

``read_pieces`` is the one entry point: pieces given explicitly win over pieces found in the
plan's GPU folder or zip; a piece neither given nor found stays ``None`` (not provided).
"""
from __future__ import annotations

from pathlib import Path

from .grade import grade, grade_files
from .locate import locate, read_found
from .model import WrittenPieces, merge_padds, pieces_dict
from .padd_oap import read_oap, read_padd
from .reading import _size, read_all, read_document

__all__ = ["read_pieces", "pieces_for_plan", "read_reglement", "pieces_dict",
           "WrittenPieces"]


def read_reglement(path, labels=None):
    return grade(read_document(path), labels)


def _files(value) -> list:
    if not value:
        return []
    return [v for v in (value if isinstance(value, (list, tuple)) else [value]) if v]


def _reglement_files(found) -> list:
    """The files ZONE_URBA.NOMFIC names, and every règlement file of the folder; when the
    règlement is there in the CNIG SRU standard, its PDF copy is not read again."""
    files = found["reglement"]
    structured = [f for f in files if Path(f.name).suffix.lower() in (".xml", ".json")]
    return list(dict.fromkeys(found["nomfic"] + (structured or files)))


def read_pieces(reglement=None, padd=None, oap=(), labels=None, folder=None,
                nomfic=()) -> WrittenPieces:
    """Read the written pieces. ``reglement``, ``padd``, ``oap``: a file or files (a PLUi may
    have several règlement files); ``labels``: the distinct ZONE_URBA LIBELLE; ``folder``: a
    GPU folder or zip searched for the pieces not given (``nomfic``: ZONE_URBA.NOMFIC)."""
    found = locate(folder, nomfic) if folder else {"reglement": [], "padd": [], "oap": [],
                                                   "nomfic": []}
    pieces = WrittenPieces()
    docs = read_all(_files(reglement)) or \
        read_all(_reglement_files(found), read_found, lambda f: _size(f.path))
    if docs:   # every file of the règlement, read as one
        pieces.reglement = grade_files(docs, labels)
    docs = [read_document(p) for p in _files(padd)] or \
        [read_found(f) for f in found["padd"][:1]]
    if docs:
        pieces.padd = merge_padds([read_padd(d) for d in docs])
    docs = [read_document(p) for p in _files(oap)] or [read_found(f) for f in found["oap"]]
    if _files(oap) or found["oap"]:
        pieces.oap = [o for d in docs for o in read_oap(d, labels)]
    return pieces


def pieces_for_plan(plan, plan_path=None, reglement=None, padd=None, oap=()) -> WrittenPieces:
    """The written pieces of a normalised plan: its ZONE_URBA labels are graded; the pieces
    not given are looked for beside its data (GPU folder or zip, ZONE_URBA.NOMFIC)."""
    z = plan.tables.get("ZONE_URBA") if plan is not None else None
    labels = sorted({str(x) for x in z["LIBELLE"].dropna()} - {""}) \
        if z is not None and "LIBELLE" in z else []
    nomfic = sorted({str(x) for x in z["NOMFIC"].dropna()}) \
        if z is not None and "NOMFIC" in z else []
    folder = None
    if plan_path and not str(plan_path).startswith("PG:"):
        path = Path(str(plan_path).split("|")[0])
        if path.is_dir() or path.suffix.lower() == ".zip":
            folder = path
    return read_pieces(reglement, padd, oap, labels, folder, nomfic)
