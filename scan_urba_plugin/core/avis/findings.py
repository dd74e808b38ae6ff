"""Findings as an opinion reads them: avis, force, piece, citation and page.

The finding model of issue 16 carries these columns; results written before it carry only
``severity`` and ``portee``. ``legacy_avis`` fills the gap and is the one place to delete
once every result carries the new columns.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from ..communes import communes_column
from ..errors import ScanUrbaError
from ..i18n import tr

AVIS = ("reserve", "recommandation", "observation", "information")
PIECES = ("padd", "rapport", "reglement_ecrit", "reglement_graphique", "oap", "annexes",
          "hors_document")
COLUMNS = ("avis", "force", "piece", "article", "reference", "message", "suggestion",
           "famille", "citation", "page", "libelle", "rule_id", "insee", "idurba")
DATA_QUALITY = ("cnig.", "gracethd.", "works.", "anfr.", "arcep.", "mapped.")


def legacy_avis(frame: pd.DataFrame) -> pd.DataFrame:
    """avis/force/piece/famille from the old severity/portee/rule_id (delete after issue 16)."""
    rule = frame.get("rule_id", pd.Series("", index=frame.index)).fillna("").astype(str)
    severity = frame.get("severity", pd.Series("information", index=frame.index)).fillna("")
    prefix = rule.str.split(".").str[0]
    piece = prefix.map({"l151_39": "rapport", "r151_49": "reglement_ecrit",
                        "l151_40": "reglement_graphique", "l141_21": "reglement_graphique",
                        "l151_41": "reglement_graphique", "antennes": "hors_document"})
    piece = piece.where(rule != "l151_40.document_muet", "padd").fillna("hors_document")
    quality = rule.str.startswith(DATA_QUALITY)
    avis = severity.map({"non_conformite": "reserve", "risque": "recommandation",
                         "recommandation": "recommandation", "information": "information"})
    avis = avis.where(~quality, "observation").fillna("information")
    force = prefix.map({"l141_21": "compatibilite", "l151_39": "faculte", "r151_49": "faculte",
                        "l151_40": "faculte", "l151_41": "faculte"}).fillna("bonne_pratique")
    derived = {"avis": avis, "force": force, "piece": piece,
               "famille": pd.Series("juridique", index=frame.index).where(~quality,
                                                                        "qualite_donnees")}
    # rows that already carry the new columns keep them; the others get the derived value
    return frame.assign(**{k: frame[k].where(frame[k].notna(), v) if k in frame else v
                           for k, v in derived.items()})


def as_avis(findings: pd.DataFrame) -> pd.DataFrame:
    """Every column the opinion reads, present (missing ones empty), rows in reading order:
    piece, avis (réserves first), article."""
    frame = legacy_avis(findings.copy()) if len(findings) else findings.copy()
    for column in COLUMNS:
        if column not in frame:
            frame[column] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    frame["avis"] = frame["avis"].where(frame["avis"].isin(AVIS), "information")
    frame["piece"] = frame["piece"].where(frame["piece"].isin(PIECES), "hors_document")
    order = frame["piece"].map(PIECES.index) * 10 + frame["avis"].map(AVIS.index)
    return frame.assign(_order=order).sort_values(["_order", "article", "libelle"],
                                                  kind="stable").drop(columns="_order")


def split(findings: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(findings on the plan, checks not evaluated for lack of an input, data quality), each
    in reading order: only the first part carries the opinion."""
    f = as_avis(findings)
    quality = f["famille"] == "qualite_donnees"
    unread = f["rule_id"].astype(str).str.endswith("non_evalue") & ~quality
    return f[~quality & ~unread], f[unread], f[quality]


def of_document(frame: pd.DataFrame | None, idurba: str, only_document: bool,
                zone_geoms=None, margin: float | None = None):
    """The rows of ``frame`` (findings or opportunities) the opinion on ``idurba`` holds:
    those naming it (and those naming no document in a scan of one document); of the
    located ones, only those within ``margin`` of the document's zones when both are given.
    A mosaic's opinion per commune thus holds that commune's findings only, never a site
    of another commune that a département-wide input put in the result."""
    if frame is None or "idurba" not in frame:
        return frame
    named = frame["idurba"].fillna("").astype(str)
    keep = (named == idurba) | ((named == "") & only_document)
    if margin is not None and zone_geoms is not None and len(zone_geoms) and \
            "geometry" in frame:
        geoms = frame["geometry"].to_numpy(dtype=object)
        located = np.flatnonzero(keep.to_numpy() & frame["geometry"].notna().to_numpy())
        zones = np.asarray(list(zone_geoms), dtype=object)
        hit, _ = shapely.STRtree(zones).query(geoms[located], predicate="dwithin",
                                               distance=float(margin) + 0.01)
        far = np.setdiff1d(located, located[hit])
        keep.iloc[far] = False
    return frame[keep.to_numpy()]


def opinion_rows(job, zones, frames, pluis, margin, single) -> tuple:
    """(zones, findings, opportunities) of one opinion: the document's, or for an extract
    those of the commune's zones and within the margin of them; a PLUi's rows with the
    INSEE code(s) of their commune(s) (``communes``)."""
    idurba, code = job
    doc_zones = zones[zones["idurba"] == idurba]
    plui = pluis.get(idurba)
    if code:
        doc_zones = doc_zones[plui.communes.of_zones(doc_zones["geometry"]) == code]
        if not len(doc_zones):
            raise ScanUrbaError(tr("No zone of the PLUi {doc} lies in the commune {code} "
                                   "of the communes layer: check that the layer is the "
                                   "one of this territory.", doc=idurba, code=code))
        margin = margin or 0.0   # an extract is always cut, at least to the commune's zones
    rows = [of_document(frame, idurba, single, doc_zones["geometry"].tolist(), margin)
            for frame in frames]
    if plui is not None and plui.communes is not None:
        rows = [communes_column(frame, plui.communes, margin) for frame in rows]
    return (doc_zones, *rows)


def scan_margin(run_info: dict) -> float | None:
    """The margin (m) a scan used, from its run_info parameters; None for a result written
    before the perimeter was a parameter."""
    import json

    try:
        value = json.loads(run_info.get("parameters") or "{}").get("margin")
    except (TypeError, ValueError):
        return None
    return None if value is None else float(value)
