"""The core's tables: raw layers as read, findings, and the normalised plan."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from .geometry import to_multi
from .vocabulary import LINE, POINT, POLYGON, family_of

# The PPA's word (avis de personne publique associée), strongest first.
AVIS = ("reserve", "recommandation", "observation", "information")
# What the text does.
FORCES = ("obligation", "compatibilite", "faculte", "bonne_pratique", "jurisprudence",
          "information")
# The part of the plan concerned.
PIECES = ("padd", "rapport", "oap", "reglement_ecrit", "reglement_graphique", "annexes",
          "hors_document")
# Legal findings and data-quality findings (CNIG, GraceTHD, ANFR…) never share a synthesis.
FAMILIES = ("juridique", "qualite_donnees")
FINDING_COLUMNS = (
    "finding_id", "rule_id", "famille", "avis", "force", "piece", "article", "reference",
    "insee", "idurba", "source_layer", "source_id", "field", "libelle", "message", "citation",
    "page", "metric", "metric_unit", "suggestion", "geometry",
)
# A data-quality reader's gravity, as the opinion would word it.
QUALITY_AVIS = {"non_conformite": "recommandation", "risque": "observation",
                "information": "information"}


@dataclass
class RawLayer:
    """One table as an adapter read it: attributes, shapely geometries, declared CRS.

    ``frame`` holds the attributes with their original names and a ``geometry`` column
    (shapely objects or None) when the layer is spatial; ``fid`` holds the source ids.
    """

    name: str
    frame: pd.DataFrame
    source: str = ""
    crs: str | None = None
    crs_description: str = ""
    spatial: bool = True
    field_types: dict = field(default_factory=dict)
    reprojected_from: str | None = None
    read_warnings: list = field(default_factory=list)
    # read only near the plan: the rectangle read (xmin, ymin, xmax, ymax) and the whole
    # source's, both in the frame's CRS; None when every feature was read
    read_within: tuple | None = None
    extent: tuple | None = None


@dataclass(frozen=True)
class Finding:
    """One finding: what the PPA says (``avis``), what the text does (``force``), which part
    of the plan (``piece``), the legal basis (``article``, current for the plan's regime) and
    non-binding sources (``reference``); ``citation`` and ``page`` quote the plan's words."""

    rule_id: str
    avis: str
    force: str
    piece: str
    message: str
    famille: str = "juridique"
    article: str = ""
    reference: str = ""
    citation: str = ""
    page: int | None = None
    source_layer: str = ""
    source_id: str | None = None
    field: str | None = None
    libelle: str = ""
    metric: float | None = None
    metric_unit: str = ""
    suggestion: str = ""
    insee: str = ""
    idurba: str = ""
    geometry: object = None

    def __post_init__(self):
        for name, value, allowed in (("avis", self.avis, AVIS), ("force", self.force, FORCES),
                                     ("piece", self.piece, PIECES),
                                     ("famille", self.famille, FAMILIES)):
            if value not in allowed:  # a rule's own bug: say which field holds what
                raise ValueError(f"Finding {self.rule_id}: {name} {value!r} not in {allowed}")

    @property
    def finding_id(self) -> str:
        """Stable for the same inputs and parameters: a digest of what the finding says."""
        key = "|".join(str(v) for v in (self.rule_id, self.source_layer, self.source_id,
                                        self.field, self.metric, self.libelle))
        return hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]

    def as_inspect_dict(self) -> dict:
        return {"rule_id": self.rule_id, "famille": self.famille, "avis": self.avis,
                "layer": self.source_layer, "feature_id": self.source_id, "field": self.field,
                "message": self.message}


class FindingList(list):
    """The data-quality findings of one reader: the standard checked (``article``) and the
    document (``insee``, ``idurba``) are the same for all of them.

    ``add`` takes the reader's gravity (non_conformite, risque, information) or an avis; the
    findings are of the ``qualite_donnees`` family, about the plan's digitised data
    (règlement graphique) or about a network file outside the plan (hors document)."""

    def __init__(self, article: str, insee: str = "", idurba: str = ""):
        super().__init__()
        self.article, self.insee, self.idurba = article, insee, idurba

    def add(self, rule_id, gravity, message, layer, fid=None, field=None, geometry=None,
            metric=None, unit="", libelle="", suggestion=""):
        piece = "reglement_graphique" if "CNIG" in self.article.upper() \
            else "hors_document"
        self.append(Finding(
            rule_id=rule_id, avis=QUALITY_AVIS.get(gravity, gravity), force="bonne_pratique",
            piece=piece, famille="qualite_donnees", message=message, source_layer=layer,
            source_id=None if fid is None else str(fid), field=field, article=self.article,
            libelle=libelle, metric=metric, metric_unit=unit, suggestion=suggestion,
            insee=self.insee, idurba=self.idurba, geometry=geometry))


def findings_frame(findings) -> pd.DataFrame:
    rows = [{**{c: getattr(f, c) for c in FINDING_COLUMNS if c != "finding_id"},
             "finding_id": f.finding_id} for f in findings]
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS))


@dataclass
class Plan:
    """A CNIG urban-planning document after normalisation.

    ``tables`` maps CNIG table names (ZONE_URBA, PRESCRIPTION_SURF, ...) to frames with
    upper-case CNIG columns, 2-character codes, 2D geometries in EPSG:2154 and a ``fid``.
    """

    model: str
    doc_type: str
    idurba: str = ""
    insee: str = ""
    tables: dict = field(default_factory=dict)
    findings: list = field(default_factory=list)
    sources: dict = field(default_factory=dict)
    layer_names: dict = field(default_factory=dict)
    # the union of the zones (or sectors) as checked, when the check computed it: the
    # perimeter's quick test (perimeter.Perimeter.near)
    outline: object = field(default=None, compare=False, repr=False)

    def layer_name(self, table: str) -> str:
        return self.layer_names.get(table, table)

    def table(self, name) -> pd.DataFrame | None:
        return self.tables.get(name)

    def layer_counts(self) -> dict:
        return {name: int(len(df)) for name, df in sorted(self.tables.items())}


FINDING_LAYERS = {"findings_surf": "MultiPolygon", "findings_lin": "MultiLineString",
                  "findings_pct": "Point", "findings_document": None}


def split_findings(findings) -> dict:
    """Findings by output layer (CNIG habit: _surf, _lin, _pct; no geometry: _document).

    Returns {layer name: (frame, geometry type)}; point-like findings of lines or polygons
    are not moved: each finding keeps the geometry family it was given.
    """
    frame = findings_frame(findings)
    geoms = np.asarray(frame["geometry"], dtype=object)
    family = family_of(geoms)
    masks = {"findings_surf": family == POLYGON, "findings_lin": family == LINE,
             "findings_pct": family == POINT, "findings_document": family == None}  # noqa: E711
    masks["findings_document"] |= ~(masks["findings_surf"] | masks["findings_lin"]
                                    | masks["findings_pct"])
    out = {}
    for name, gtype in FINDING_LAYERS.items():
        part = frame[masks[name]].copy()
        if gtype is None:
            part = part.drop(columns=["geometry"])
        elif gtype == "Point":
            part["geometry"] = shapely.point_on_surface(np.asarray(part["geometry"], dtype=object))
        else:
            part["geometry"] = to_multi(part["geometry"].to_numpy())
        out[name] = (part.reset_index(drop=True), gtype)
    return out
