"""L151-41 CU: emplacements réservés for public works and installations of general interest.

Planned network sites (NRO shelters, SRO/PM cabinets, new antenna sites) should sit in an ER
05-02 (ouvrages publics) or 05-03 (installations d'intérêt général). Future public roads
(ER 05-01) should require ducts (47-05); they also feed the trench-sharing engine.
"""
import numpy as np
import pandas as pd
import shapely

from ..i18n import QT_TR_NOOP, tr
from ..reach import containing_index
from .rule import Param, Rule, coverage, finding, prescriptions, rows

RESERVE = Rule(
    rule_id="l151_41.site_non_reserve",
    article="L151-41 1° et 2°",
    title=QT_TR_NOOP("Planned network site without an emplacement réservé"),
    quote="Le règlement « peut délimiter des terrains sur lesquels sont institués : 1° des "
          "emplacements réservés aux voies et ouvrages publics dont il précise la localisation "
          "et les caractéristiques ; 2° des emplacements réservés aux installations d'intérêt "
          "général à créer ou à modifier » (L151-41).",
    params=(Param("site_tolerance", 5.0, "m", "Scan Urba default (digitising precision)",
                  QT_TR_NOOP("distance within which a site counts as inside an ER")),),
)
ROAD = Rule(
    rule_id="l151_41.er_voirie_sans_fourreaux",
    article="L151-41 1°, R151-49 3°",
    title=QT_TR_NOOP("Future public road (ER 05-01) without a duct requirement"),
    quote="ER 05-01 « Emplacement réservé aux voies publiques » (L151-41 1°, R151-48 2°) ; "
          "le règlement « peut fixer les obligations […] en matière d'infrastructures et "
          "réseaux de communications électroniques » (R151-49 3°).",
)
RULES = (RESERVE, ROAD)
ER_SITES = ("02", "03")


def planned_sites(inputs) -> pd.DataFrame:
    """NRO/SRO/PM and antenna sites that are planned or under construction."""
    parts = []
    net = inputs.network
    if net is not None:
        s = net.sites[net.sites["progress"].isin(["a_creer", "en_travaux"])]
        parts.append(pd.DataFrame({"site_id": s["site_id"], "kind": s["kind"],
                                   "source_layer": "t_sitetech/t_site", "geometry": s["geometry"]}))
        r = net.radio_sites[net.radio_sites["progress"].isin(["a_creer", "en_travaux"])]
        parts.append(pd.DataFrame({"site_id": r["site_id"], "kind": "POINT HAUT",
                                   "source_layer": "t_siteemission/t_site",
                                   "geometry": r["geometry"]}))
    if inputs.antennas is not None and "planned" in inputs.antennas:
        a = inputs.antennas[inputs.antennas["planned"].fillna(False).astype(bool)]
        parts.append(pd.DataFrame({"site_id": a["sup_id"], "kind": "POINT HAUT",
                                   "source_layer": "SUP_SUPPORT", "geometry": a["geometry"]}))
    out = pd.concat(parts, ignore_index=True) if parts else \
        pd.DataFrame(columns=["site_id", "kind", "source_layer", "geometry"])
    return out[out["geometry"].notna()].reset_index(drop=True)


def check(inputs, params, measures):
    plan = inputs.plan
    findings = []
    ers = prescriptions(plan, ("05",), ER_SITES)
    sites = planned_sites(inputs)
    measures.planned_sites = sites
    if len(sites):
        reserved = containing_index(
            sites["geometry"].to_numpy(),
            shapely.buffer(ers["geometry"].to_numpy(), params["site_tolerance"]))
        for _, row in rows(sites, np.flatnonzero(reserved < 0)):
            findings.append(finding(
                RESERVE, "recommandation", "opposable",
                tr("Planned site {site} ({kind}) is not inside an emplacement réservé 05-02 or "
                   "05-03.", site=row["site_id"], kind=row["kind"]),
                plan, row["source_layer"], row["site_id"], "geometry", row["geometry"],
                libelle=str(row["kind"]),
                suggestion=tr("Reserve the site in the règlement graphique: ER 05-02 for a public "
                              "work (NRO, SRO), 05-03 for an installation of general interest "
                              "(L151-41 1° and 2°).")))
    roads = prescriptions(plan, ("05",), ("01",))
    rules_47 = prescriptions(plan, ("47",), ("05", "00"))
    cov = coverage(roads["geometry"].to_numpy(), rules_47["geometry"].to_numpy())
    for i, row in rows(roads, np.flatnonzero(cov < params["coverage_threshold"])):
        findings.append(finding(
            ROAD, "recommandation", "opposable",
            tr("Future public road “{label}” (ER 05-01) is not covered by a 47-05 rule: the "
               "road can be built without ducts.", label=row.get("LIBELLE")),
            plan, plan.layer_name("PRESCRIPTION_SURF"), row["fid"], "geometry", row["geometry"],
            cov[i], "ratio", str(row.get("LIBELLE") or ""),
            tr("Require ducts and chambers for electronic communications in this road (47-05), "
               "and plan the trench with the RIP (trench sharing).")))
    return {"findings": findings}
