"""Find the written pieces of a plan: in a GPU folder or zip (Pieces_ecrites/…, CNIG file
names in any case and separators), from ZONE_URBA.NOMFIC, or as given.

A piece found in a zip is read from the zip (bounded reads); its source reads
``archive.zip!member``.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .text import UnsafeInputError, read_member

OTHER_PIECES = re.compile(r"_(?:prescription|info)_(?:surf|lin|pct)_|_liste_sup_|_plan_sup_|"
                          r"_graphique_|_zonage_|_rapport_|_procedure_|_annexe")
SUFFIXES = (".pdf", ".xml", ".json", ".odt", ".docx", ".html", ".htm", ".txt")


@dataclass(frozen=True)
class Found:
    """A located piece: a file, or a member of a zip."""

    path: Path
    member: str | None = None

    @property
    def source(self) -> str:
        return f"{self.path}!{self.member}" if self.member else str(self.path)

    @property
    def name(self) -> str:
        return Path(self.member).name if self.member else self.path.name

    def read(self) -> bytes:
        if self.member is None:
            return self.path.read_bytes()
        with zipfile.ZipFile(self.path) as zf:
            return read_member(zf, self.member, self.path, budget=[10 * 50_000_000])


def _key(name: str) -> str:
    """CNIG names compared without case, accents-light, any separator as "_"."""
    return "_" + re.sub(r"[\s\-_.]+", "_", name.lower()) + "_"


def kind_of(relpath: str) -> str | None:
    """reglement | padd | oap | None, from a piece's path (file name first, then folders)."""
    parts = [_key(p) for p in Path(relpath).parts]
    name = parts[-1]
    if not name.rstrip("_").endswith(tuple(s.replace(".", "_") for s in SUFFIXES)):
        return None
    if re.search(r"_reglement_(?!graphique)|_reglement_ecrit|_reglt_", name) and \
            "graphique" not in name and "_plan_" not in name:
        return "reglement"
    if "_padd_" in name:
        return "padd"
    if re.search(r"_orientations?_d?_?amenagement|_oap_", name):
        return "oap"
    if OTHER_PIECES.search(name):
        return None
    folders = "".join(parts[:-1])
    if re.search(r"_\d?_?reglement_(?!graphique)", folders) and "graphique" not in name \
            and "zonage" not in name:
        return "reglement"
    if "_padd_" in folders:
        return "padd"
    if re.search(r"_orientations?_d?_?amenagement|_oap_", folders):
        return "oap"
    return None


def _rank(found: Found) -> tuple:
    """The structured règlement before the PDF, then the shortest name."""
    suffix = Path(found.name).suffix.lower()
    return (0 if suffix in (".xml", ".json") else 1, len(found.name), found.name)


def locate(folder, nomfic=()) -> dict:
    """{'reglement', 'padd', 'oap', 'nomfic': [Found…]} found in a GPU folder or zip.
    ``nomfic``: the ZONE_URBA.NOMFIC values; the files they name ('nomfic') are the
    règlement, all of them, before any file found by its name."""
    folder = Path(folder)
    entries: list[tuple[str, Found]] = []
    if folder.is_file() and zipfile.is_zipfile(folder):
        try:
            with zipfile.ZipFile(folder) as zf:
                entries = [(n, Found(folder, n)) for n in zf.namelist() if not n.endswith("/")]
        except (zipfile.BadZipFile, OSError):
            entries = []
    elif folder.is_dir():
        entries = [(str(p.relative_to(folder)), Found(p)) for p in sorted(folder.rglob("*"))
                   if p.is_file()]
    out = {"reglement": [], "padd": [], "oap": [], "nomfic": []}
    named = {str(n).strip().lower() for n in nomfic if n and str(n).strip()}
    for rel, found in entries:
        if named and found.name.lower() in named:
            out["nomfic"].append(found)   # a PLUi may name several règlement files
            continue
        kind = kind_of(rel)
        if kind:
            out[kind].append(found)
    for kind in out:
        out[kind] = sorted(dict.fromkeys(out[kind]), key=_rank)
    return out


def read_found(found: Found):
    from ..i18n import tr
    from .reading import read_bytes, read_document
    from .text import unreadable

    if found.member is None:
        return read_document(found.path)
    try:
        data = found.read()
    except (UnsafeInputError, OSError, zipfile.BadZipFile) as exc:
        return unreadable(found.source, "pdf", tr("{file}: cannot be read from the archive "
                                                  "({error}).", file=found.source, error=exc))
    return read_bytes(data, found.source, found.name)
