"""The plan's perimeter: what a scan looks at.

The perimeter is the plan's own polygons (zones, carte communale sectors, SCOT perimeter)
grown by a margin. The inputs a département holds for its whole territory (GraceTHD, ANFR,
works, aerial lines, RIP zoning) are cut to it before any rule runs, so the findings, the
opportunities and the context layers of the result concern the plan only, and an input that
does not reach the plan is said so (a data-quality finding) instead of feeding the rules.

The margin is never less than the largest distance a rule looks from the plan (its ``reach``
parameters): a zone on the edge of the plan keeps the route that serves it from outside.
Everything is a bulk query: the inputs' bounds against the perimeter's, then one STRtree
``dwithin`` query of the remaining geometries against the plan's polygons.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
import shapely

from . import french
from .i18n import QT_TR_NOOP, tr
from .model import QUALITY_AVIS, Finding
from .rules.rule import Param

PERIMETER_TABLES = ("ZONE_URBA", "SECTEUR_CC", "PERIMETRE_SCOT")
# ScanInputs frames cut to the perimeter; the network's tables are cut one by one
FRAMES = ("antennas", "works", "aerial", "rip_zoning", "scot_sectors", "agglomeration",
          "communes")
NETWORK_FRAMES = ("routes", "sites", "ptech", "radio_sites", "zones")
# The inputs whose coverage of the plan is checked, and what is said when one misses it.
COVERED = {
    "network": QT_TR_NOOP("The GraceTHD network given does not cover the plan: it lies "
                          "{distance} away."),
    "antennas": QT_TR_NOOP("The antenna sites given (ANFR, ARCEP) do not cover the plan: they "
                           "lie {distance} away."),
    "works": QT_TR_NOOP("The planned works given do not cover the plan: they lie {distance} "
                        "away."),
    "aerial": QT_TR_NOOP("The aerial lines given do not cover the plan: they lie {distance} "
                         "away."),
    "rip_zoning": QT_TR_NOOP("The RIP zoning given does not cover the plan: it lies {distance} "
                             "away."),
    "scot_sectors": QT_TR_NOOP("The SCOT's DOO sectors given do not cover the plan: they lie "
                               "{distance} away."),
}
# the antenna sites of one source only: that source named, never one that was not given
ANTENNAS_OF = {"anfr": QT_TR_NOOP("The ANFR antenna sites given do not cover the plan: they "
                                  "lie {distance} away."),
               "arcep": QT_TR_NOOP("The ARCEP sites given do not cover the plan: they lie "
                                   "{distance} away.")}
MORE_THAN = QT_TR_NOOP("more than {distance}")
# the layer each finding names (the data files, not an internal name)
# each input as a reason « not evaluated » names it, and as the layer of a finding on it
INPUTS = {"network": "GraceTHD", "antennas": "ANFR/ARCEP", "works": "travaux programmés",
          "aerial": "lignes aériennes", "rip_zoning": "zonage RIP",
          "scot_sectors": "secteurs du DOO du SCOT"}
LAYERS = {**INPUTS, "network": "GraceTHD (t_cheminement)"}
UNCOVERED_SUGGESTION = QT_TR_NOOP("Check that the file is the one of this territory; nothing "
                                  "is said from it about the plan (not evaluated).")


def reach_params(definitions: dict) -> dict:
    """{name: Param} of the distances the rules look from the plan."""
    return {name: p for name, p in definitions.items() if p.reach}


def largest_reach(values: dict, definitions: dict) -> float:
    """The largest reach among the parameter values of a scan (0 without any)."""
    reach = [float(values.get(name, p.default)) for name, p in reach_params(definitions).items()]
    return max(reach, default=0.0)


def margin_param(definitions: dict) -> Param:
    """The margin parameter, its default the largest reach of the rules' defaults."""
    reach = reach_params(definitions)
    default = max((p.default for p in reach.values()), default=0.0)
    return Param("margin", default, "m",
                 QT_TR_NOOP("Scan Urba default: the largest reach of the rules (the longest "
                            "missing link between duct routes)"),
                 QT_TR_NOOP("margin around the plan: inputs are read, and findings kept, this "
                            "far from its zones; never less than the largest reach of the rules "
                            "used (serving distance, pooling radius, fibred distance, ER "
                            "tolerance, corridor width, missing-link gap)"))


@dataclass(frozen=True)
class Perimeter:
    """The plan's polygons and the margin around them."""

    parts: np.ndarray
    margin: float
    tree: shapely.STRtree = field(compare=False, repr=False)
    outline: object = field(default=None, compare=False, repr=False)  # prepared, or None

    @property
    def bounds(self) -> tuple:
        """The rectangle of the perimeter grown by the margin (the read filter)."""
        x0, y0, x1, y1 = shapely.total_bounds(self.parts)
        m = self.margin
        return (x0 - m, y0 - m, x1 + m, y1 + m)

    def near(self, geoms) -> np.ndarray:
        """Whether each geometry lies within the margin of the plan (missing ones: False)."""
        geoms = np.asarray(geoms, dtype=object)
        out = np.zeros(len(geoms), dtype=bool)
        if not len(geoms):
            return out
        x0, y0, x1, y1 = self.bounds
        with np.errstate(invalid="ignore"):
            b = shapely.bounds(geoms)  # NaN for a missing or empty geometry: never a candidate
            candidates = np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1)
                                        & (b[:, 3] >= y0))
        if not len(candidates):
            return out
        # most features of a plan's own data lie in its zones: the intersects test first,
        # against the zones' union (one prepared polygon) when the plan's check made it,
        # then against the zones themselves, the costlier distance test only for the others
        if self.outline is not None:
            out[candidates] = shapely.intersects(self.outline, geoms[candidates])
            candidates = candidates[~out[candidates]]
        hit, _ = self.tree.query(geoms[candidates], predicate="intersects")
        out[candidates[hit]] = True
        rest = candidates[~out[candidates]]
        if len(rest) and self.margin > 0:
            hit, _ = self.tree.query(geoms[rest], predicate="dwithin", distance=self.margin)
            out[rest[hit]] = True
        return out

    def distance_to(self, bounds) -> float:
        """Distance (m) from the plan's polygons to a rectangle (xmin, ymin, xmax, ymax)."""
        _, distance = self.tree.query_nearest(shapely.box(*bounds), return_distance=True)
        return float(distance.min()) if len(distance) else float("inf")


def plan_perimeter(plan, margin: float) -> Perimeter | None:
    """The plan's polygons (zones, sectors, SCOT perimeter) and the margin; None when the
    plan has no polygon (nothing to cut to: the inputs are kept whole)."""
    parts = [plan.tables[t]["geometry"].to_numpy() for t in PERIMETER_TABLES
             if t in plan.tables and "geometry" in plan.tables[t]]
    geoms = np.concatenate(parts) if parts else np.empty(0, dtype=object)
    geoms = geoms[~shapely.is_missing(geoms)]
    geoms = geoms[~shapely.is_empty(geoms)]
    if not len(geoms):
        return None
    outline = getattr(plan, "outline", None)
    if outline is not None:
        shapely.prepare(outline)
    return Perimeter(geoms, float(margin), shapely.STRtree(geoms), outline)


def _near_rows(frame, perimeter: Perimeter):
    if frame is None or not len(frame) or "geometry" not in frame:
        return frame
    keep = perimeter.near(frame["geometry"].to_numpy())
    return frame if keep.all() else frame[keep].reset_index(drop=True)


def near_findings(findings, perimeter: Perimeter | None) -> list:
    """The readers' findings on features near the plan, and those on no feature's place."""
    if perimeter is None:
        return list(findings)
    located = np.array([f.geometry is not None for f in findings], dtype=bool)
    if not located.any():
        return list(findings)
    keep = ~located
    idx = np.flatnonzero(located)
    keep[idx] = perimeter.near([findings[k].geometry for k in idx])
    return [f for f, k in zip(findings, keep) if k]


def clipped(inputs, perimeter: Perimeter | None):
    """The scan inputs cut to the perimeter (rows of features within the margin)."""
    if perimeter is None:
        return inputs
    changes = {name: _near_rows(getattr(inputs, name), perimeter) for name in FRAMES
               if getattr(inputs, name) is not None}
    net = inputs.network
    if net is not None:
        changes["network"] = replace(
            net, findings=near_findings(net.findings, perimeter),
            **{t: _near_rows(getattr(net, t), perimeter) for t in NETWORK_FRAMES})
    return replace(inputs, **changes)


def _geometries(inputs, name) -> np.ndarray:
    value = getattr(inputs, name)
    if value is None:
        return np.empty(0, dtype=object)
    if name == "network":
        parts = [getattr(value, t)["geometry"].to_numpy() for t in NETWORK_FRAMES
                 if len(getattr(value, t)) and "geometry" in getattr(value, t)]
        return np.concatenate(parts) if parts else np.empty(0, dtype=object)
    if isinstance(value, pd.DataFrame) and "geometry" in value:
        return value["geometry"].to_numpy()
    return np.empty(0, dtype=object)


def distance_text(metres: float) -> str:
    """« 400 km », « 2,5 km », « 750 m »."""
    if metres >= 10000:
        return f"{french.number(metres / 1000)}{french.NBSP}km"
    if metres >= 1000:
        return f"{french.number(metres / 1000, 1)}{french.NBSP}km"
    return french.metres(metres)


def uncovered(given, kept, perimeter: Perimeter | None) -> dict:
    """{input name: distance (m) from the plan} of the inputs given that have no feature
    within the margin of the plan."""
    if perimeter is None:
        return {}
    out = {}
    for name in COVERED:
        if len(_geometries(kept, name)):
            continue
        geoms = _geometries(given, name)
        geoms = geoms[~shapely.is_missing(geoms)] if len(geoms) else geoms
        extent = inputs_extents(given).get(name)
        if len(geoms):  # its nearest feature
            _, distance = perimeter.tree.query_nearest(geoms, return_distance=True)
            out[name] = float(distance.min())
        elif extent is not None:  # read near the plan only: the source's rectangle
            out[name] = perimeter.distance_to(extent)
    return out


def inputs_extents(inputs) -> dict:
    return getattr(inputs, "extents", None) or {}


def _antenna_sources(given) -> set:
    antennas = getattr(given, "antennas", None) if given is not None else None
    if not isinstance(antennas, pd.DataFrame) or "source" not in antennas:
        return set()
    return set(antennas["source"].dropna().unique())


def coverage_findings(outside: dict, perimeter: Perimeter, plan, given=None) -> list:
    """One data-quality finding per input that does not cover the plan; the antenna sites
    name the sources given (``given``: the inputs before the cut)."""
    findings = []
    sources = _antenna_sources(given)
    one_source = ANTENNAS_OF.get(next(iter(sources))) if len(sources) == 1 else None
    for name, metres in outside.items():
        said = one_source if name == "antennas" and one_source else COVERED[name]
        # a rectangle that reaches the plan while no feature does: "more than the margin"
        distance = distance_text(metres) if metres > perimeter.margin else \
            tr(MORE_THAN, distance=french.metres(perimeter.margin))
        message = tr(said, distance=distance)
        findings.append(Finding(
            rule_id="perimetre.hors_plan", avis=QUALITY_AVIS["non_conformite"],
            force="bonne_pratique", piece="hors_document", famille="qualite_donnees",
            message=message, article=tr("Perimeter of the plan"), source_layer=LAYERS[name],
            metric=round(metres, 1),
            metric_unit="m", suggestion=tr(UNCOVERED_SUGGESTION), insee=plan.insee,
            idurba=plan.idurba))
    return findings


@dataclass
class Cut:
    """What cutting the inputs to the plan gave: the inputs kept, the perimeter, the inputs
    that miss the plan ({name: distance in m}) and the findings that say so."""

    inputs: object
    perimeter: Perimeter | None
    outside: dict
    findings: list


def cut_to_plan(inputs, margin: float) -> Cut:
    """The inputs cut to the plan's perimeter grown by ``margin``; an input that misses the
    plan is set aside (None), so that no rule measures anything from it."""
    perimeter = plan_perimeter(inputs.plan, margin)
    # inputs already cut to this margin (by the algorithm, before run_scan) are not cut again
    done = perimeter is not None and getattr(inputs, "margin", None) == perimeter.margin
    kept = inputs if done else clipped(inputs, perimeter)
    if perimeter is not None:
        kept = replace(kept, margin=perimeter.margin)
    # inputs already set aside by an earlier cut (the algorithm's, before the scan) stay so
    outside = {**(inputs.uncovered or {}), **uncovered(inputs, kept, perimeter)}
    if outside:
        kept = replace(kept, uncovered=outside, **{name: None for name in outside})
    findings = coverage_findings(outside, perimeter, inputs.plan, inputs) if outside else []
    return Cut(kept, perimeter, outside, findings)


def read_extent(raw_layers, margin: float) -> tuple | None:
    """((xmin, ymin, xmax, ymax), CRS) of the plan's tables as read, grown by ``margin``:
    the rectangle the other inputs are read in (its exact cut follows, in run_scan). None
    when the plan has no geometry."""
    spatial = [r for r in raw_layers if r.spatial and "geometry" in r.frame and len(r.frame)]
    if not spatial:
        return None
    crs = spatial[0].crs
    geoms = np.concatenate([r.frame["geometry"].to_numpy() for r in spatial if r.crs == crs])
    geoms = geoms[~shapely.is_missing(geoms)]
    if not len(geoms):
        return None
    with np.errstate(invalid="ignore"):
        x0, y0, x1, y1 = shapely.total_bounds(geoms)
    if not np.isfinite([x0, y0, x1, y1]).all():
        return None
    return (x0 - margin, y0 - margin, x1 + margin, y1 + margin), crs
