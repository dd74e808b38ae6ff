"""The plan's written pieces (règlement, PADD, OAP): readers per format and what they say.

``read_pieces`` is the one entry point: pieces given explicitly win over pieces found in the
plan's GPU folder or zip; a piece neither given nor found stays ``None`` (not provided).
"""
from __future__ import annotations

from .grade import grade
from .locate import locate, read_found
from .model import WrittenPieces, pieces_dict
from .padd_oap import read_oap, read_padd
from .reading import read_document

__all__ = ["read_pieces", "read_reglement", "pieces_dict", "WrittenPieces"]


def read_reglement(path, labels=None):
    return grade(read_document(path), labels)


def read_pieces(reglement=None, padd=None, oap=(), labels=None, folder=None,
                nomfic=()) -> WrittenPieces:
    """Read the written pieces. ``reglement``, ``padd``: a file; ``oap``: files; ``labels``:
    the distinct ZONE_URBA LIBELLE; ``folder``: a GPU folder or zip searched for the pieces
    not given."""
    found = locate(folder, nomfic) if folder else {"reglement": [], "padd": [], "oap": []}
    pieces = WrittenPieces()
    if reglement:
        pieces.reglement = read_reglement(reglement, labels)
    elif found["reglement"]:
        pieces.reglement = grade(read_found(found["reglement"][0]), labels)
    if padd:
        pieces.padd = read_padd(read_document(padd))
    elif found["padd"]:
        pieces.padd = read_padd(read_found(found["padd"][0]))
    oap_docs = [read_document(p) for p in oap] if oap else \
        [read_found(f) for f in found["oap"]]
    if oap or found["oap"]:
        pieces.oap = [o for d in oap_docs for o in read_oap(d, labels)]
    return pieces
