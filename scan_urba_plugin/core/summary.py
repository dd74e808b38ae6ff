"""The `inspect` summary of a normalised plan: one JSON-ready dict."""
from collections import Counter

import pandas as pd

from .standards.cnig import emplacements_reserves


def plan_summary(plan) -> dict:
    from .legal import regime_of

    er = emplacements_reserves(plan)
    regime = regime_of(plan)
    return {
        "model": plan.model,
        "doc_type": plan.doc_type,
        "document": regime.describe(), "regime": regime.content, "draft": regime.draft,
        "idurba": plan.idurba,
        "insee": plan.insee,
        "layers": plan.layer_counts(),
        "emplacements_reserves": [
            {"id": r.id, "typepsc": r.typepsc, "stypepsc": r.stypepsc, "libelle": r.libelle,
             "layer": r.layer} for r in er.itertuples()],
        **_findings(plan.findings),
    }


def _by(series) -> dict:
    return {str(k): int(v) for k, v in series.value_counts(dropna=False).items()}


def _findings(findings) -> dict:
    return {"findings_by_rule": dict(sorted(Counter(f.rule_id for f in findings).items())),
            "findings": [f.as_inspect_dict() for f in findings]}


def network_summary(network) -> dict:
    routes = network.routes
    return {
        "kind": "gracethd", "model": network.version, "layers": network.counts,
        "routes": int(len(routes)), "routes_length_m": round(float(routes["length_m"].sum()), 1),
        "routes_by_implantation": _by(routes["implantation_label"]),
        "routes_by_progress": _by(routes["progress"]),
        "ducts": int(routes["n_ducts"].fillna(0).sum()),
        "free_ducts": int(routes["n_free"].fillna(0).sum()),
        "technical_sites": [{"id": r.site_id, "kind": r.kind, "label": r.label,
                             "progress": r.progress} for r in network.sites.itertuples()],
        "radio_sites": int(len(network.radio_sites)), "technical_points": int(len(network.ptech)),
        "zones": _by(network.zones["kind"]) if len(network.zones) else {},
        **_findings(network.findings),
    }


def antenna_summary(sites, findings, source) -> dict:
    placed = sites["geometry"].notna()
    return {
        "kind": source, "supports": int(len(sites)), "placed": int(placed.sum()),
        "by_owner": _by(sites["owner"]) if len(sites) else {},
        "by_nature": _by(sites["nature"]) if len(sites) else {},
        "operators": sorted({o for ops in sites["operators"].dropna() for o in ops.split(" ; ") if o}),
        **_findings(findings),
    }


def mapped_summary(frame, findings, kind) -> dict:
    out = {"kind": kind, "features": int(len(frame))}
    for column in ("nature", "zone_type"):
        if column in frame:
            out[f"by_{column}"] = _by(frame[column])
    if "date_debut" in frame and len(frame):
        out["first_start"] = str(frame["date_debut"].min())[:10]
        out["last_end"] = str(frame["date_fin"].max())[:10]
    return {**out, **_findings(findings)}


def scan_summary(plan, result) -> dict:
    """The JSON summary of a ScanResult: legal findings by article and avis, data quality
    counted apart, the document reviewed, headline totals counting each metre once."""
    from .legal import regime_of
    from .trench_sharing import totals

    legal = [f for f in result.findings if f.famille == "juridique"]
    by_article = Counter((f.article, f.avis) for f in legal)
    regime = regime_of(plan)
    out = {
        "kind": "scan", "model": plan.model, "idurba": plan.idurba, "insee": plan.insee,
        "document": regime.describe(), "regime": regime.content, "draft": regime.draft,
        "findings_by_article": [{"article": a, "avis": s, "n": n}
                                for (a, s), n in sorted(by_article.items())],
        "findings_by_avis": _by(pd.Series([f.avis for f in legal], dtype=object)),
        "data_quality_findings": len(result.findings) - len(legal),
        "not_evaluated": result.not_evaluated,
        "zones_by_status": _by(result.zones["status"]) if len(result.zones) else {},
        "points_hauts": int(len(result.antennas)),
        **_findings(result.findings),
    }
    if result.planned_in_corridors is not None:
        out["planned_routes_in_works_corridors_m"] = round(result.planned_in_corridors, 1)
    opportunities = result.opportunities
    if opportunities is not None:
        total = totals(opportunities)  # internal coordination is no opportunity
        out["opportunities"] = total["trenches"]
        out["opportunities_by_kind"] = _by(opportunities["kind"]) if len(opportunities) else {}
        out["shared_length_m"] = total["length_m"]  # metres of trench, each trench once
        out["cost_range_eur"] = [total["cost_min_eur"], total["cost_max_eur"]]
        out["needs_with_opportunity"] = total["needs"]
        out["trenches"] = total["trenches"]
    return out
