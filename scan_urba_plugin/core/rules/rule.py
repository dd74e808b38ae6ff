"""What every legal rule carries, and the inputs it reads."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from ..runtime import constant
from ..geometry import grouped_union
from ..model import Finding, Plan
from ..standards.cnig import insee_of
from ..standards.text_tables import map_distinct

# Protection prescriptions that make an antenna site sensitive (CNIG TYPEPSC):
# 01 espaces boisés classés, 07 patrimoine bâti et paysager / éléments de paysage,
# 25 continuités écologiques et trame verte et bleue, 31 espaces remarquables du littoral,
# 34 patrimoine naturel et culturel montagnard.
PROTECTION_TYPEPSC = ("01", "07", "25", "31", "34")


@dataclass(frozen=True)
class Param:
    name: str
    default: float
    unit: str
    source: str
    description: str


@dataclass(frozen=True)
class Rule:
    rule_id: str
    article: str
    title: str
    quote: str
    params: tuple = ()
    requires: tuple = ()  # scan.ScanInputs attributes the rule cannot run without

    def defaults(self) -> dict:
        return {p.name: p.default for p in self.params}


def finding(rule: Rule, severity, portee, message, plan: Plan, layer="", fid=None,
            field_name=None, geometry=None, metric=None, unit="", libelle="", suggestion="",
            article=None, rule_id=None) -> Finding:
    return Finding(rule_id=rule_id or rule.rule_id, severity=severity, message=message,
                   source_layer=layer, source_id=None if fid is None else str(fid),
                   field=field_name, article=article or rule.article, portee=portee,
                   libelle=libelle, metric=None if metric is None else round(float(metric), 4),
                   metric_unit=unit, suggestion=suggestion, insee=plan.insee,
                   idurba=plan.idurba, geometry=geometry)


ZONE_FIELDS = ("fid", "LIBELLE", "TYPEZONE", "geometry")  # what findings on zones quote


def rows(frame: pd.DataFrame, positions, fields=None) -> list:
    """(position, row dict) for the given positions: one bulk conversion, not one .iloc each
    (only ``fields``, those present, when given)."""
    positions = np.asarray(positions, dtype=int)
    names = [f for f in fields if f in frame] if fields is not None else list(frame.columns)
    columns = [frame[name].to_numpy(dtype=object)[positions] for name in names]
    return [(p, dict(zip(names, values))) for p, values in zip(positions, zip(*columns))] \
        if names else [(p, {}) for p in positions]


def several_documents(plan: Plan) -> bool:
    """Whether the zones belong to several documents (a département mosaic of communal PLU)."""
    z = zones(plan)
    return "IDURBA" in z and z["IDURBA"].nunique() > 1


def documents_of(plan: Plan, zone_index) -> tuple[np.ndarray, np.ndarray]:
    """(insee, idurba) for each zone index: the zone's own document when the dataset holds
    several, else the plan's; -1 keeps the plan's."""
    zone_index = np.asarray(zone_index, dtype=int)
    insee = constant(len(zone_index), plan.insee)
    idurba = constant(len(zone_index), plan.idurba)
    if not several_documents(plan):
        return insee, idurba
    z = zones(plan)
    found = zone_index >= 0
    own = z["IDURBA"].to_numpy(dtype=object)[zone_index[found]]
    idurba[found] = own
    insee[found] = [code or plan.insee for code in map_distinct(own, insee_of)]
    return insee, idurba


def zones(plan: Plan) -> pd.DataFrame:
    z = plan.tables.get("ZONE_URBA")
    if z is None:
        return pd.DataFrame(columns=["fid", "LIBELLE", "TYPEZONE", "geometry"])
    return z[z["geometry"].notna()].reset_index(drop=True)


def prescriptions(plan: Plan, typepsc, stypepsc=None) -> pd.DataFrame:
    """Surface prescriptions of the given codes (TYPEPSC tuple, optional STYPEPSC tuple)."""
    p = plan.tables.get("PRESCRIPTION_SURF")
    if p is None or "TYPEPSC" not in p:
        return pd.DataFrame(columns=["fid", "TYPEPSC", "STYPEPSC", "LIBELLE", "geometry"])
    mask = p["TYPEPSC"].isin(typepsc)
    if stypepsc is not None:
        mask &= p["STYPEPSC"].isin(stypepsc)
    return p[mask & p["geometry"].notna()].reset_index(drop=True)


def coverage(targets: np.ndarray, covers: np.ndarray) -> np.ndarray:
    """Share of each target polygon's area covered by the union of the cover polygons."""
    targets = np.asarray(targets, dtype=object)
    out = np.zeros(len(targets))
    if not len(targets) or not len(covers):
        return out
    covers = shapely.make_valid(np.asarray(covers, dtype=object))
    tree = shapely.STRtree(covers)
    t_idx, c_idx = tree.query(targets, predicate="intersects")
    if not len(t_idx):
        return out
    grouped = grouped_union(covers[c_idx], t_idx, len(targets))
    area = shapely.area(targets)
    inter = shapely.area(shapely.intersection(shapely.make_valid(targets), grouped))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(area > 0, inter / area, 0.0)
    return np.clip(out, 0.0, 1.0)
