"""The communes of a PLUi: which commune each zone, finding and opportunity lies in.

A PLUi is one document over several communes (DOC_URBA_COM lists them); the CNIG 2017+
ZONE_URBA has no INSEE field, so nothing in the plan tells which commune a zone lies in. The
communes' polygons then come from a layer the user gives (IGN ADMIN EXPRESS COMMUNE: INSEE_COM,
NOM). A 2013/2014 ZONE_URBA names each zone's commune (INSEE): its zones are then the
communes' parts, without the layer. Everything is bulk: one STRtree query of all the
geometries against the communes' parts, the nearest part for those outside every part.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from .errors import ScanUrbaError
from .i18n import tr

# the usual spellings of a commune layer's fields (ADMIN EXPRESS, INSEE, GPU), any case
CODE_FIELDS = ("insee_com", "code_insee", "insee", "insee_commune", "codgeo", "code_com",
               "inseecom", "com")
NAME_FIELDS = ("nom", "nom_com", "nom_commune", "libgeo", "nom_m", "libelle", "name")
INSEE_CODE = r"(2[AB]\d{3}|\d{5})"


def _field(frame: pd.DataFrame, names) -> str | None:
    by_lower = {str(c).lower(): c for c in frame.columns}
    return next((by_lower[n] for n in names if n in by_lower), None)


def insee_codes(values) -> pd.Series:
    """INSEE codes as text of five characters (« 1001 », « 1001.0 » → « 01001 »)."""
    text = pd.Series(values).astype("string").fillna("").str.strip()
    return text.str.replace(r"\.0$", "", regex=True).str.zfill(5).where(text != "", "")


def normalise_communes(frame: pd.DataFrame, layer: str) -> pd.DataFrame:
    """insee, nom, geometry of a layer of communes (fields INSEE_COM and NOM or their usual
    variants, any case). A layer without a code field is an error naming the layer and
    its fields; a commune without a name keeps its code only."""
    code = _field(frame, CODE_FIELDS)
    if code is None:
        raise ScanUrbaError(tr("{layer}: no INSEE code field in the communes layer (expected "
                               "INSEE_COM, as in IGN ADMIN EXPRESS COMMUNE, or INSEE, "
                               "CODE_INSEE, CODGEO); its fields: {fields}.", layer=layer,
                               fields=", ".join(str(c) for c in frame.columns
                                                if c != "geometry")))
    name = _field(frame, NAME_FIELDS)
    geoms = frame["geometry"].to_numpy(dtype=object) if "geometry" in frame else \
        np.full(len(frame), None, dtype=object)
    invalid = ~shapely.is_valid(geoms) & ~shapely.is_missing(geoms)
    if invalid.any():   # an invalid polygon would miss the sites on its bad ring
        geoms = geoms.copy()
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    out = pd.DataFrame({"insee": insee_codes(frame[code]).to_numpy(),
                        "nom": frame[name].fillna("").astype(str).str.strip().to_numpy()
                        if name else "", "geometry": geoms})
    return out[~shapely.is_missing(geoms) & (out["insee"] != "")].reset_index(drop=True)


@dataclass(frozen=True)
class Communes:
    """The communes' parts (their polygons, or the zones that name their commune), the INSEE
    code of each part, and the names known."""

    codes: np.ndarray
    parts: np.ndarray
    names: dict = field(default_factory=dict)
    source: str = "layer"                        # layer | zones
    tree: shapely.STRtree = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, codes, parts, names=None, source="layer") -> Communes:
        parts = np.asarray(parts, dtype=object)
        return cls(np.asarray(codes, dtype=object), parts, dict(names or {}), source,
                   shapely.STRtree(parts))

    def assign(self, geoms, margin: float | None) -> np.ndarray:
        """The commune(s) of each geometry, « 30014,41175 » when it crosses a boundary: those
        it meets, else the nearest within ``margin`` (any distance when None); "" for a
        missing geometry or one farther."""
        geoms = np.asarray(geoms, dtype=object)
        geoms = np.where(shapely.is_geometry(geoms), geoms, None)   # NaN of a table read
        out = np.full(len(geoms), "", dtype=object)
        located = np.flatnonzero(~shapely.is_missing(geoms) & ~shapely.is_empty(geoms))
        if not len(located):
            return out
        row, part = self.tree.query(geoms[located], predicate="intersects")
        rest = np.setdiff1d(np.arange(len(located)), row)
        if len(rest) and (margin is None or margin > 0):   # beside the plan: the nearest
            near, near_part = self.tree.query_nearest(geoms[located[rest]], max_distance=margin)
            row, part = np.concatenate([row, rest[near]]), np.concatenate([part, near_part])
        pairs = pd.DataFrame({"row": located[row], "code": self.codes[part]}) \
            .drop_duplicates().sort_values(["row", "code"])
        several = pairs["row"].duplicated(keep=False).to_numpy()
        out[pairs["row"].to_numpy()[~several]] = pairs["code"].to_numpy()[~several]
        if several.any():   # the few across a boundary: their codes joined
            joined = pairs[several].groupby("row")["code"].agg(",".join)
            out[joined.index.to_numpy()] = joined.to_numpy()
        return out

    def of_zones(self, zone_geoms) -> np.ndarray:
        """The one commune of each zone: where a point inside it lies (a zone the plan drew
        across a boundary goes to one commune), else the nearest."""
        points = shapely.point_on_surface(np.asarray(zone_geoms, dtype=object))
        return np.array([c.split(",")[0] for c in self.assign(points, None)], dtype=object)


@dataclass(frozen=True)
class Plui:
    """A document over several communes: their INSEE codes (DOC_URBA_COM) and their parts,
    None when neither a communes layer nor the zones' INSEE field gives them."""

    idurba: str
    codes: tuple
    communes: Communes | None
    missing: tuple = ()          # communes of DOC_URBA_COM the communes layer does not hold


def document_communes(doc_urba_com: pd.DataFrame | None, idurba: str) -> list:
    """The INSEE codes DOC_URBA_COM lists for ``idurba`` (every row without an IDURBA field)."""
    if doc_urba_com is None or "INSEE" not in doc_urba_com or not len(doc_urba_com):
        return []
    rows = doc_urba_com
    if "IDURBA" in rows:
        rows = rows[rows["IDURBA"].astype(str).str.upper() == str(idurba).upper()]
    return sorted(set(insee_codes(rows["INSEE"])) - {""})


def is_plui(idurba: str, codes) -> bool:
    parts = str(idurba).split("_")
    return (len(parts) > 1 and parts[1].upper() == "PLUI") or len(codes) > 1


def plui_of(idurba: str, codes, zones: pd.DataFrame, layer: pd.DataFrame | None) -> Plui | None:
    """The PLUi ``idurba`` with its communes' parts: from the communes layer (normalised)
    when it holds some of them, else from the zones' INSEE field (2013/2014 field set) when
    every zone names one commune; None when the document is not a PLUi."""
    if not is_plui(idurba, codes):
        return None
    named = zones.get("insee", pd.Series(dtype=str)).astype(str)   # « 30014,41175 » too
    codes = tuple(codes) or tuple(sorted(set(named.str.split(",").explode()) - {"", "nan"}))
    if layer is not None and len(layer) and layer["insee"].isin(codes).any():
        mine = layer[layer["insee"].isin(codes)]
        names = dict(zip(mine["insee"], mine["nom"]))
        missing = tuple(c for c in codes if c not in names)
        return Plui(idurba, codes, Communes.of(mine["insee"], mine["geometry"], names),
                    missing)
    zone_codes = zones.get("insee", pd.Series("", index=zones.index)).astype(str)
    if len(zones) and zone_codes.str.fullmatch(INSEE_CODE).all():
        return Plui(idurba, codes or tuple(sorted(set(zone_codes))),
                    Communes.of(zone_codes, zones["geometry"], source="zones"))
    return Plui(idurba, codes, None)


def communes_column(frame: pd.DataFrame | None, communes: Communes, margin) -> pd.DataFrame:
    """``frame`` (findings or opportunities) with a ``communes`` column: the INSEE code(s)
    of each row's place, "" for a row on no place (the whole plan)."""
    if frame is None:
        return frame
    geoms = frame["geometry"].to_numpy(dtype=object) if "geometry" in frame else \
        np.full(len(frame), None, dtype=object)
    return frame.assign(communes=communes.assign(geoms, margin))


def per_commune(frame: pd.DataFrame | None, column: str | None = "avis") -> pd.DataFrame:
    """Counts of ``frame``'s rows per commune (a row on two communes counts in each), per
    value of ``column`` (one column ``n`` when None): index INSEE code, "" for the rows on
    no place."""
    if frame is None or not len(frame) or "communes" not in frame:
        return pd.DataFrame()
    rows = frame.assign(commune=frame["communes"].fillna("").astype(str).str.split(","))
    rows = rows.explode("commune")
    if column is None:
        return rows.groupby("commune").size().to_frame("n")
    return pd.crosstab(rows["commune"], rows[column])


def looks_like_insee(entry: str) -> bool:
    return bool(re.fullmatch(INSEE_CODE, str(entry).strip()))
