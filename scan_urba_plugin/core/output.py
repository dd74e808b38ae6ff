"""The scan's output contract as {layer name: (frame, geometry type)}, ready to write."""
from __future__ import annotations

import json

import pandas as pd

from .geometry import to_multi
from .model import split_findings
from .pieces.outputs import dispositions_frame
from .vocabulary import LINE, MULTI_TYPE, POINT, POLYGON, is_family, split_by_family

LAYER_SUFFIX = {POLYGON: "", LINE: "_lin", POINT: "_pct"}


def _by_family(frame: pd.DataFrame, name: str) -> dict:
    """Split a mixed-geometry table into _surf/_lin/_pct layers (CNIG naming habit)."""
    if not len(frame):
        return {name: (frame, MULTI_TYPE[POLYGON])}
    out = {}
    for family, part in split_by_family(frame).items():
        suffix = LAYER_SUFFIX[family]
        if len(part) or not suffix:
            out[name + suffix] = (part.assign(geometry=to_multi(part["geometry"].to_numpy())),
                                  MULTI_TYPE[family])
    return out


def run_info_frame(records, params, started, finished, plugin_version, qgis_version) -> pd.DataFrame:
    rows = [("plugin_version", plugin_version), ("qgis_version", qgis_version),
            ("parameters", json.dumps(params, sort_keys=True)),
            ("started", started.isoformat(timespec="seconds")),
            ("finished", finished.isoformat(timespec="seconds")),
            ("duration_s", f"{(finished - started).total_seconds():.2f}")]
    rows += [(f"input:{r['input']}", json.dumps(r, ensure_ascii=False)) for r in records]
    return pd.DataFrame(rows, columns=["key", "value"])


def context_layers(inputs) -> dict:
    """The duct routes and the works, beside the results, so maps read on their own; what
    the written pieces say (reglement_dispositions) when they were given or found."""
    out = {}
    if getattr(inputs, "pieces", None) is not None:
        out["reglement_dispositions"] = (dispositions_frame(inputs.pieces), None)
    if inputs.network is not None and len(inputs.network.routes):
        routes = inputs.network.routes[["route_id", "implantation_label", "progress", "owner",
                                        "n_ducts", "n_free", "length_m", "geometry"]]
        routes = routes[routes["geometry"].notna()].reset_index(drop=True)
        out["cheminements"] = (routes.assign(geometry=to_multi(routes["geometry"].to_numpy())),
                               "MultiLineString")
    if inputs.works is not None and len(inputs.works):
        works = inputs.works.drop(columns=["source_layer", "source_id"], errors="ignore")
        is_line = is_family(works["geometry"].to_numpy(), LINE)
        lines = works[is_line]
        out["travaux"] = (lines.assign(geometry=to_multi(lines["geometry"].to_numpy())),
                          "MultiLineString")
    return out


def compliance_layers(result) -> dict:
    """Findings, zones_bilan, points_hauts_bilan and emplacements réservés of a ScanResult."""
    layers = dict(split_findings(result.findings))
    layers["zones_bilan"] = (result.zones.assign(
        geometry=to_multi(result.zones["geometry"].to_numpy())), "MultiPolygon")
    layers["points_hauts_bilan"] = (result.antennas, "Point")
    er = result.emplacements.drop(columns=["fid"], errors="ignore")
    layers.update(_by_family(er, "emplacements_reserves"))
    return layers


def trench_layers(opportunities: pd.DataFrame | None, run_info: pd.DataFrame) -> dict:
    """The opportunities (when trench sharing ran) and run_info."""
    layers = {}
    if opportunities is not None:
        layers["opportunites"] = (opportunities.assign(
            geometry=to_multi(opportunities["geometry"].to_numpy())), "MultiLineString")
    layers["run_info"] = (run_info, None)
    return layers

