"""The scan's inputs, declared once, and every Processing parameter name as a constant.

``SCAN_INPUTS`` is the one table of what a scan may read: the Processing parameters of the
scan algorithms (processing/scan.py), the CLI options of ``scan`` (__main__.py), the
sources an algorithm hands to the reader (qgis_io/scan_inputs.ScanSources) and the dock's
input rows (gui/dock.py) are all built from it. No QGIS here: the CLI builds its parser
before QGIS starts.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .core.detect import is_postgis
from .core.i18n import QT_TR_NOOP

# --- parameter and output names shared by several algorithms ------------------------------
OUTPUT = "OUTPUT"
OUTPUT_POSTGIS = "OUTPUT_POSTGIS"
OVERWRITE = "OVERWRITE"
REPORT = "REPORT"
SUMMARY = "SUMMARY"
N_FINDINGS = "N_FINDINGS"
N_OPPORTUNITIES = "N_OPPORTUNITIES"
# a dataset given to the import algorithms: a file, a folder, project layers or a schema
DATASET, FOLDER, LAYERS, POSTGIS = "DATASET", "FOLDER", "LAYERS", "POSTGIS"

# scanurba:downloadplan (plans from the Géoportail de l'Urbanisme)
COMMUNE, EXTENT, FORCE, LOAD, ARCHIVE = "COMMUNE", "EXTENT", "FORCE", "LOAD", "ARCHIVE"

# --- kinds of scan input -----------------------------------------------------------------
SOURCE = "source"      # a file, a folder, layers of the project or a PostGIS schema (4 params)
FILE = "file"
FOLDER_KIND = "folder"
VECTOR = "vector"      # a vector layer (or a file QGIS opens as one)
FILES = "file, multiple"  # repeatable files
LINE, POLYGON = "line", "polygon"

# suffixes of the four Processing parameters of a SOURCE input
SOURCE_FOLDER, SOURCE_LAYERS, SOURCE_POSTGIS = "_FOLDER", "_LAYERS", "_POSTGIS"


@dataclass(frozen=True)
class ScanInput:
    """One input of a scan. ``label`` is the Processing label (for a SOURCE: the labels of
    its file, folder, layers and PostGIS parameters); ``dock`` is the project-layer kind
    (detect.layer_kind) and settings key of its dock row, empty when the dock does not
    offer it; ``reader`` names the code that reads it (run_info, README)."""

    name: str                 # ScanSources field
    kind: str
    param: str                # Processing parameter name (a SOURCE's file parameter)
    label: str | tuple
    cli: str                  # CLI option of `scan` ("" for the positional plan)
    help: str                 # CLI help
    reader: str
    geometry: tuple = ()      # VECTOR: LINE and/or POLYGON
    required: bool = False
    advanced: bool = False
    dock: str = ""
    dock_label: str = ""
    dock_help: str = ""       # what the dock says of it (translated; the CLI help is English)

    def params(self) -> tuple:
        """Every Processing parameter name of this input."""
        if self.kind != SOURCE:
            return (self.param,)
        return tuple(self.param + s for s in ("", SOURCE_FOLDER, SOURCE_LAYERS, SOURCE_POSTGIS))

    @property
    def option(self) -> str:
        """The argparse destination of its CLI option."""
        return self.cli.lstrip("-").replace("-", "_") or self.name


SCAN_INPUTS = (
    ScanInput("plan", SOURCE, "PLAN", (
        QT_TR_NOOP("Urban plan: file (GPU zip, GeoPackage…)"),
        QT_TR_NOOP("…or urban plan: GPU folder"),
        QT_TR_NOOP("…or urban plan: CNIG layers of the project"),
        QT_TR_NOOP("…or urban plan: PostGIS schema (PG:<connection> schema=<name>)")),
        "", "the urban plan (GPU folder or zip, GeoPackage…)", "core.standards.cnig",
        required=True, dock="plan", dock_label=QT_TR_NOOP("Urban plan (PLU, PLUi, SCOT)"),
        dock_help=QT_TR_NOOP("The GPU folder as downloaded (or its zip), a GeoPackage, or the "
                             "CNIG layers of the project; a file inside Donnees_geographiques "
                             "is taken as its GPU folder.")),
    ScanInput("gracethd", SOURCE, "GRACETHD", (
        QT_TR_NOOP("GraceTHD: file (v3 GeoPackage, v2 zip)"),
        QT_TR_NOOP("…or GraceTHD v2 folder"),
        QT_TR_NOOP("…or GraceTHD layers of the project (PostGIS, SpatiaLite)"),
        QT_TR_NOOP("…or GraceTHD: PostGIS schema (PG:<connection> schema=<name>)")),
        "--gracethd", "GraceTHD v2 folder/zip or v3 GeoPackage", "core.standards.gracethd",
        dock="gracethd", dock_label=QT_TR_NOOP("Ducts and RIP network (GraceTHD)"),
        dock_help=QT_TR_NOOP("A GraceTHD v2 exchange folder (or its zip), a v3 GeoPackage, or "
                             "the GraceTHD layers of the project; t_cheminement.shp and its "
                             "neighbours are taken as their folder.")),
    ScanInput("anfr", FOLDER_KIND, "ANFR", QT_TR_NOOP("ANFR export folder (SUP_SUPPORT…)"),
              "--anfr", "ANFR export folder (SUP_SUPPORT…)", "core.standards.anfr.read_anfr",
              dock="antennas", dock_label=QT_TR_NOOP("Antenna sites (ANFR export)"),
              dock_help=QT_TR_NOOP("The folder of the ANFR export (SUP_SUPPORT.txt…); one of "
                                   "its tables is taken as its folder.")),
    ScanInput("anfr_reference", FOLDER_KIND, "ANFR_REFERENCE",
              QT_TR_NOOP("ANFR reference tables folder (if elsewhere)"), "--anfr-reference",
              "ANFR reference tables folder, if elsewhere", "core.standards.anfr.read_anfr",
              dock_help=QT_TR_NOOP("Only if they are not beside the ANFR export.")),
    ScanInput("arcep", FILE, "ARCEP", QT_TR_NOOP("ARCEP sites file (CSV)"), "--arcep",
              "ARCEP “Mon réseau mobile” sites CSV", "core.standards.anfr.read_arcep_sites",
              dock_help=QT_TR_NOOP("The ARCEP “Mon réseau mobile” sites file.")),
    ScanInput("works", VECTOR, "WORKS", QT_TR_NOOP("Planned works"), "--works",
              "planned works layer (any line/polygon file)",
              "core.standards.mapped_layers.normalise_works", geometry=(LINE, POLYGON),
              dock="works", dock_label=QT_TR_NOOP("Planned works"),
              dock_help=QT_TR_NOOP("Lines or polygons of works to come (roads, water, "
                                   "power…).")),
    ScanInput("works_mapping", FILE, "WORKS_MAPPING", QT_TR_NOOP("Works field mapping file"),
              "--works-mapping", "works field mapping (JSON or target=field lines)",
              "core.standards.mapped_layers.load_mapping", advanced=True),
    ScanInput("aerial", VECTOR, "AERIAL", QT_TR_NOOP("Aerial lines to bury"), "--aerial",
              "aerial lines layer", "core.standards.mapped_layers.normalise_aerial",
              geometry=(LINE,), dock="aerial", dock_label=QT_TR_NOOP("Aerial lines to bury"),
              dock_help=QT_TR_NOOP("Aerial telecom or power lines.")),
    ScanInput("aerial_mapping", FILE, "AERIAL_MAPPING",
              QT_TR_NOOP("Aerial lines field mapping file"), "--aerial-mapping",
              "aerial lines field mapping", "core.standards.mapped_layers.load_mapping",
              advanced=True),
    ScanInput("rip_zoning", VECTOR, "RIP_ZONING", QT_TR_NOOP("RIP zoning (RIP/AMII/AMEL)"),
              "--rip-zoning", "RIP/AMII/AMEL zoning layer",
              "core.standards.mapped_layers.normalise_rip_zoning", geometry=(POLYGON,),
              dock_help=QT_TR_NOOP("Polygons of the public-initiative network and private "
                                   "zones.")),
    ScanInput("rip_mapping", FILE, "RIP_MAPPING", QT_TR_NOOP("RIP zoning field mapping file"),
              "--rip-mapping", "RIP zoning field mapping",
              "core.standards.mapped_layers.load_mapping", advanced=True),
    ScanInput("scot", FOLDER_KIND, "SCOT", QT_TR_NOOP("SCOT (GPU folder or file)"), "--scot",
              "SCOT (GPU folder)", "core.standards.cnig",
              dock_help=QT_TR_NOOP("The SCOT covering the plan, as downloaded from the GPU.")),
    ScanInput("scot_sectors", VECTOR, "SCOT_SECTORS",
              QT_TR_NOOP("SCOT sectors with reinforced digital criteria (DOO)"),
              "--scot-sectors", "SCOT sectors with reinforced digital criteria (DOO)",
              "qgis_io.layers.layer_to_raw", geometry=(POLYGON,), dock="scot_sectors",
              dock_label=QT_TR_NOOP("SCOT sectors (DOO)"),
              dock_help=QT_TR_NOOP("SCOT sectors with reinforced digital criteria.")),
    ScanInput("agglomeration", VECTOR, "AGGLOMERATION",
              QT_TR_NOOP("Agglomération for the L49 thresholds (default: the commune's INSEE "
                         "unité urbaine)"), "--agglomeration",
              "agglomération layer for the L49 thresholds (default: the commune's INSEE unité "
              "urbaine)", "qgis_io.layers.layer_to_raw",
              geometry=(POLYGON,), dock_help=QT_TR_NOOP(
                  "Default: the INSEE unité urbaine of the commune (article D407-4 CPCE), "
                  "never the plan's U zones.")),
    ScanInput("communes", VECTOR, "COMMUNES",
              QT_TR_NOOP("Communes (polygons with their INSEE code and name, e.g. IGN ADMIN "
                         "EXPRESS COMMUNE): a PLUi's findings per commune"), "--communes",
              "communes layer (INSEE_COM, NOM: IGN ADMIN EXPRESS COMMUNE): a PLUi's findings "
              "per commune, and its extract for one commune (avis --documents INSEE)",
              "core.communes.normalise_communes", geometry=(POLYGON,), dock="communes",
              dock_label=QT_TR_NOOP("Communes (for a PLUi)"),
              dock_help=QT_TR_NOOP("The communes' polygons with their INSEE code and name "
                                   "(IGN ADMIN EXPRESS, layer COMMUNE: INSEE_COM, NOM). A "
                                   "PLUi's opinion then counts its findings per commune, "
                                   "and can be cut to one commune.")),
    # The written pieces (core.pieces): repeatable files; when none is given they are looked
    # for in the plan's GPU folder or zip (Pieces_ecrites/, ZONE_URBA.NOMFIC).
    ScanInput("reglement", FILES, "REGLEMENT", QT_TR_NOOP("Règlement (written piece: PDF, "
              "ODT, DOCX, CNIG XML)"), "--reglement", "the règlement's written piece "
              "(repeatable)", "core.pieces", advanced=True, dock="reglement",
              dock_label=QT_TR_NOOP("Written règlement (else found in the GPU folder)")),
    ScanInput("padd", FILES, "PADD", QT_TR_NOOP("PADD (written piece)"), "--padd",
              "the PADD (repeatable)", "core.pieces", advanced=True, dock="padd",
              dock_label=QT_TR_NOOP("PADD (else found in the GPU folder)")),
    ScanInput("oap", FILES, "OAP", QT_TR_NOOP("OAP (written pieces)"), "--oap",
              "the OAP (repeatable)", "core.pieces", advanced=True, dock="oap",
              dock_label=QT_TR_NOOP("OAP (else found in the GPU folder)")),
)
INPUTS_BY_NAME = {spec.name: spec for spec in SCAN_INPUTS}
PLAN_INPUT = INPUTS_BY_NAME["plan"]


def source_parameter(spec: ScanInput, value) -> dict:
    """The Processing parameter a SOURCE input's path fills: ``<param>_POSTGIS`` for a
    ``PG:`` string, ``<param>_FOLDER`` for a folder, else ``<param>``. A required input's
    ``<param>`` takes them all (the parameter qgis_process and the dialog ask for)."""
    value = str(value)
    if spec.required:
        return {spec.param: value}
    if is_postgis(value):
        return {spec.param + SOURCE_POSTGIS: value}
    return {spec.param + SOURCE_FOLDER if Path(value).is_dir() else spec.param: value}


def path_parameters(spec: ScanInput, value) -> dict:
    """The Processing parameters a path (or paths, for FILES) given for ``spec`` fills."""
    if spec.kind == SOURCE:
        return source_parameter(spec, value)
    if spec.kind == FILES:
        return {spec.param: [str(v) for v in (value if isinstance(value, (list, tuple))
                                              else [value])]}
    return {spec.param: str(value)}


def input_parameters(given: dict) -> dict:
    """The Processing parameters of the scan algorithms for {input name: path(s)}."""
    params = {}
    for name, value in given.items():
        if value:
            params.update(path_parameters(INPUTS_BY_NAME[name], value))
    return params
