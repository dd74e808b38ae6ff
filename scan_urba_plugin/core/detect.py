"""Guess what kind of dataset a path holds, from file names, CSV headers and GeoPackage
contents only (nothing is opened for writing)."""
import re
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

from .i18n import QT_TR_NOOP, tr
from .standards.text_tables import decode

KINDS = ("plan", "gracethd", "anfr", "arcep", "arcep_buildings", "works", "aerial", "rip_zoning",
         "reglement")
PIECE_SUFFIXES = (".pdf", ".odt", ".docx", ".html", ".htm")


def _names(path: Path) -> list[str]:
    if path.is_dir():
        return [p.name.lower() for p in path.rglob("*") if p.is_file()]
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                return [Path(n).name.lower() for n in zf.namelist()]
        except zipfile.BadZipFile:
            return []
    if path.suffix.lower() == ".gpkg":
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                return [r[0].lower() + ".gpkg_layer" for r in
                        db.execute("SELECT table_name FROM gpkg_contents")]
        except sqlite3.DatabaseError:
            return []
    return [path.name.lower()]


def is_written_piece(path: Path) -> bool:
    """A règlement, PADD or OAP file: PDF, office or web document, or a CNIG SRU règlement
    (XML whose root is ReglementDU, JSON with a "titre" list)."""
    if not path.is_file():
        return False
    suffix = path.suffix.lower()
    if suffix in PIECE_SUFFIXES:
        return True
    if suffix in (".xml", ".json"):
        with open(path, "rb") as f:
            head = f.read(4096)
        return b"ReglementDU" in head or (suffix == ".json" and b'"titre"' in head
                                          and b'"features"' not in head)
    return False


def detect_kind(path) -> str:
    path = Path(path)
    if is_written_piece(path):
        return "reglement"
    stems = {name.rsplit(".", 1)[0] for name in _names(path)}
    if "t_cheminement" in stems:
        return "gracethd"
    if any(s.startswith("sup_support") for s in stems):
        return "anfr"
    if path.is_file() and path.suffix.lower() in (".csv", ".txt"):
        header = decode(path.read_bytes()[:4000])[0].splitlines()[0].lower()
        if "id_station_anfr" in header:
            return "arcep"
        if "imb_etat" in header:
            return "arcep_buildings"
    return "plan"


ZONING_TABLES = ("zone_urba", "secteur_cc", "perimetre_scot")
# What a folder given as the plan holds instead, named by its tables, shown to the user.
OTHER_DATASETS = {"gracethd": (QT_TR_NOOP("a GraceTHD export"),
                               ("t_cheminement", "t_noeud", "t_ptech")),
                  "anfr": (QT_TR_NOOP("an ANFR export"), ("sup_support", "sup_station"))}


def not_a_plan(path) -> str:
    """Why a path given as the plan is another dataset (a GraceTHD or ANFR export: no
    zoning table, and the tables of that kind), in words naming its path; "" when it may
    be a plan. Said before any scan (the scan would stop on a missing zones layer)."""
    if not path or is_postgis(path) or not Path(path).exists():
        return ""
    stems = {name.rsplit(".", 1)[0] for name in _names(Path(path))}
    if any(zoning in stem for stem in stems for zoning in ZONING_TABLES):
        return ""
    kind = detect_kind(path)
    if kind not in OTHER_DATASETS:
        return ""
    words, tables = OTHER_DATASETS[kind]
    return tr("No ZONE_URBA layer in {path}: this folder looks like {dataset} ({tables}…); "
              "choose the plan's folder (PLU, PLUi or carte communale).", path=path,
              dataset=tr(words), tables=", ".join(t for t in tables if t in stems) or tables[0])


# Field sets that identify a layer already in a QGIS project (lower-case names).
LAYER_SIGNATURES = (
    ("plan", {"typezone"}), ("plan", {"typepsc"}), ("plan", {"typeinf"}),
    ("plan", {"idurba", "typedoc"}), ("gracethd", {"cm_code"}), ("gracethd", {"nd_code"}),
    ("antennas", {"sup_id"}), ("works", {"maitre_ouvrage", "date_debut"}),
    ("works", {"maitre_ouv", "date_deb"}), ("scot_sectors", {"secteur"}),
    ("communes", {"insee_com"}),
)


def layer_kind(fields, name: str = "") -> str | None:
    """Kind of a project layer from its field names (and, for aerial lines, its name)."""
    names = {f.lower() for f in fields}
    for kind, signature in LAYER_SIGNATURES:
        if signature <= names:
            return kind
    folded = name.lower()
    if "aerien" in folded or "aérien" in folded:
        return "aerial"
    if "travaux" in folded:
        return "works"
    return None


def is_postgis(path) -> bool:
    """A ``PG:`` connection string (GDAL's syntax) rather than a file path."""
    return str(path).upper().startswith("PG:")


def folder_of(path, kind: str) -> str:
    """The dataset a person meant when picking one file of a known folder layout: a file of
    a GPU plan's Donnees_geographiques (or beside it) means the GPU folder, a t_*/l_* table of
    a GraceTHD v2 exchange folder means that folder, a SUP_* table of an ANFR export means the
    export folder. Zips, GeoPackages, folders and other files are returned as given."""
    if not path or is_postgis(path):
        return path
    p = Path(path)
    if not p.is_file() or p.suffix.lower() in (".zip", ".gpkg"):
        return str(path)
    name = p.name.lower()
    if kind in ("plan", "scot"):
        if p.parent.name.lower() == "donnees_geographiques":
            return str(p.parent.parent)
        if (p.parent / "Donnees_geographiques").is_dir():
            return str(p.parent)
    elif kind == "gracethd" and name.startswith(("t_", "l_")):
        return str(p.parent)
    elif kind in ("anfr", "anfr_reference") and name.startswith("sup_"):
        return str(p.parent)
    return str(path)


SMALL_WORDS = {"et", "de", "du", "des", "la", "le", "les", "sur", "sous", "en", "aux", "au",
               "lès", "lez", "d", "l"}


def commune_case(name: str) -> str:
    """« ARPAILLARGUES-ET-AUREILLAC » as a commune's name is written:
    « Arpaillargues-et-Aureillac » (a name already in mixed case is kept)."""
    if name != name.upper():
        return name
    parts = re.split(r"([-\s'’])", name.lower())
    return "".join(p if (i and p in SMALL_WORDS) else p[:1].upper() + p[1:]
                   for i, p in enumerate(parts))


def plan_commune_name(path) -> str:
    """The commune's name in a GPU plan's metadata (fr-*.xml beside its data: « … sur la
    commune de ARPAILLARGUES-ET-AUREILLAC »), "" when there is none."""
    if not path or is_postgis(path) or not Path(path).is_dir():
        return ""
    for xml in sorted(Path(path).glob("*.xml"))[:3]:
        text = xml.read_text(encoding="utf-8", errors="replace")[:200_000]
        match = re.search(r"[Cc]ommune d[e'’]\s*([^<.\n]+?)\s*(?:[.<\n]|$)", text)
        if match:
            return commune_case(match.group(1).strip())
    return ""
