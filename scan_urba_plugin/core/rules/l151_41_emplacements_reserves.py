"""L151-41 CU: emplacements réservés and servitudes de localisation for public works.

An ER names a public beneficiary: only sites a public body will own are looked at (the
RIP's NRO shelters, public "points hauts"); street cabinets (SRO/PM) on the road domain and
private operators' antenna sites are out. ER 05-02, 05-03 and the servitude de localisation
05-06 (L151-41, last paragraph) all satisfy it, and the finding asks whether a reservation
is useful: an ER on land the body already owns is pointless.

Future public roads (ER 05-01) are built by their beneficiary, who decides their networks:
the finding suggests laying ducts then (they also feed trench sharing).
"""
import numpy as np
import pandas as pd
import shapely

from ..i18n import QT_TR_NOOP, tr
from ..legal import SCANT, TEXTS
from ..spatial_index import containing_index
from .rule import Param, Rule, coverage, finding, prescriptions, rows, zones
from ..vocabulary import PLANNED

RESERVE = Rule(
    rule_id="l151_41.site_public",
    article=TEXTS["L151-41"].article,
    title=QT_TR_NOOP("Planned public network site: is a reservation useful?"),
    quote=TEXTS["L151-41"].quote,
    params=(Param("site_tolerance", 5.0, "m", QT_TR_NOOP("Scan Urba default (digitising "
                  "precision)"), QT_TR_NOOP("distance within which a site counts as inside "
                                            "an ER"), reach=True),),
    force="faculte",
    piece="reglement_graphique",
)
ROAD = Rule(
    rule_id="l151_41.er_voirie_fourreaux",
    article=TEXTS["L151-41"].article,
    title=QT_TR_NOOP("Future public road (ER 05-01): ducts to lay with the road"),
    quote="ER 05-01 « Emplacement réservé aux voies publiques » (L151-41 1°).",
    force="bonne_pratique",
    piece="hors_document",
    reference=SCANT,
)
RULES = (RESERVE, ROAD)
ER_SITES = ("02", "03", "06")
PUBLIC_OWNERS = ("commune", "departement", "département", "etat", "état", "region", "région",
                 "syndicat", "communaute", "communauté", "metropole", "métropole", "collectivite",
                 "collectivité", "epci", "sdis", "rip", "public")


def _public(owner) -> bool:
    text = str(owner or "").lower()
    return any(word in text for word in PUBLIC_OWNERS)


def planned_sites(inputs) -> pd.DataFrame:
    """Every planned or under-construction site (NRO, SRO/PM, antenna sites), with whether
    it is a radio installation and whether a public body will own it."""
    parts = []
    net = inputs.network
    if net is not None:
        s = net.sites[net.sites["progress"].isin(PLANNED)]
        parts.append(pd.DataFrame({"site_id": s["site_id"], "kind": s["kind"],
                                   "source_layer": "t_sitetech/t_site", "radio": False,
                                   "public": (s["kind"] == "NRO").to_numpy(),
                                   "geometry": s["geometry"]}))
        r = net.radio_sites[net.radio_sites["progress"].isin(PLANNED)]
        parts.append(pd.DataFrame({"site_id": r["site_id"], "kind": "POINT HAUT",
                                   "source_layer": "t_siteemission/t_site", "radio": True,
                                   "public": True, "geometry": r["geometry"]}))
    if inputs.antennas is not None and "planned" in inputs.antennas:
        a = inputs.antennas[inputs.antennas["planned"].fillna(False).astype(bool)]
        parts.append(pd.DataFrame({"site_id": a["sup_id"], "kind": "POINT HAUT",
                                   "source_layer": "SUP_SUPPORT", "radio": True,
                                   "public": [_public(o) for o in a.get("owner", [None] * len(a))],
                                   "geometry": a["geometry"]}))
    columns = ["site_id", "kind", "source_layer", "radio", "public", "geometry"]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    return out[out["geometry"].notna()].reset_index(drop=True)


def check(inputs, params, measures):
    plan = inputs.plan
    sites = planned_sites(inputs)
    measures.planned_sites = sites
    return {"findings": _sites(inputs, params, sites) + _roads(plan, params)}


def _sites(inputs, params, sites) -> list:
    plan = inputs.plan
    public = sites[sites["public"].astype(bool)].reset_index(drop=True) if len(sites) else sites
    if not len(public):
        return []
    # an emplacement réservé is drawn in the plan: only the sites inside its zones are asked
    # about (a département-wide network has sites in every other commune)
    inside = containing_index(public["geometry"].to_numpy(),
                              zones(plan)["geometry"].to_numpy()) >= 0
    public = public[inside].reset_index(drop=True)
    ers = prescriptions(plan, ("05",), ER_SITES)
    reserved = containing_index(public["geometry"].to_numpy(),
                                shapely.buffer(ers["geometry"].to_numpy(),
                                               params["site_tolerance"]))
    return [finding(
        rule=RESERVE, avis="observation", plan=plan, layer=row["source_layer"],
        fid=row["site_id"], field_name="geometry", geometry=row["geometry"],
        libelle=str(row["kind"]),
        message=tr("Site of the planned public installation {site} ({kind}): is an emplacement "
                   "réservé (public beneficiary) or a servitude de localisation (L151-41, last "
                   "paragraph) useful?", site=row["site_id"], kind=row["kind"]),
        suggestion=tr("Unless the public body already owns the land, the règlement graphique "
                      "may reserve it: ER 05-02 or 05-03, or a servitude de localisation "
                      "05-06 in U and AU zones."))
        for _, row in rows(public, np.flatnonzero(reserved < 0))]


def _roads(plan, params) -> list:
    roads = prescriptions(plan, ("05",), ("01",))
    rules_47 = prescriptions(plan, ("47",), ("05",))
    bare = coverage(roads["geometry"].to_numpy(), rules_47["geometry"].to_numpy()) < \
        params["coverage_threshold"]
    return [finding(
        rule=ROAD, avis="observation", plan=plan, layer=plan.layer_name("PRESCRIPTION_SURF"),
        fid=row["fid"], field_name="geometry", geometry=row["geometry"],
        libelle=str(row.get("LIBELLE") or ""),
        message=tr("Future public road “{label}” (ER 05-01): plan the laying of ducts and "
                   "chambers for electronic communications when the road is built.",
                   label=row.get("LIBELLE")),
        suggestion=tr("Agree with the RIP on the ducts to lay in the road works (see the "
                      "trench-sharing opportunities)."))
        for _, row in rows(roads, np.flatnonzero(bare))]
