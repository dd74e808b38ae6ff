"""Antenna sites ("points hauts"): pooling, sensitivity, fibre, and the L34-9-1 CPCE file
(Annexe C §2.3 of the PACA SCANT; SCANT objective A.1.3)."""
import numpy as np
import pandas as pd
import shapely

from ..i18n import QT_TR_NOOP, tr
from ..reach import clusters, containing_index, nearest_distance
from .rule import PROTECTION_TYPEPSC, Param, Rule, finding, prescriptions, zones
from .costs import unit_cost

POOLING = Rule(
    rule_id="antennes.mutualisation",
    article="SCANT PACA A.1.3 ; annexe C §2.3",
    title=QT_TR_NOOP("Antenna sites of several operators close together: pooling candidates"),
    quote="« Encourager la mutualisation des points hauts entre opérateurs via des concertations "
          "préalables et des invitations au partage afin de limiter leur nombre » (SCANT PACA, "
          "objectif A.1.3).",
    params=(Param("pooling_radius", 100.0, "m", "Scan Urba default (issue brief)",
                  QT_TR_NOOP("supports of different operators or owners closer than this form a cluster")),),
    requires=("antennas",),
)
SENSITIVE = Rule(
    rule_id="antennes.site_sensible",
    article="Annexe C §2.3 ; L151-19, L151-23, L113-1",
    title=QT_TR_NOOP("Antenna site in a natural, agricultural or protected area"),
    quote="« L'enjeu de mutualisation et de partage d'installations […] se retrouve ainsi sur le "
          "très haut débit mobile, de façon potentiellement plus prégnante d'un point de vue "
          "environnemental et paysager. » (SCANT PACA, annexe C §2.3)",
    requires=("antennas",),
)
FIBRE = Rule(
    rule_id="antennes.a_fibrer",
    article="SCANT PACA A.1.3",
    title=QT_TR_NOOP("Antenna site without fibre nearby"),
    quote="« Identifier et cibler les points hauts nécessitant une opticalisation, notamment dans "
          "la perspective de la mise en place de la 4G fixe » (SCANT PACA, objectif A.1.3).",
    params=(Param("fibred_distance", 50.0, "m", "Scan Urba default (issue brief)",
                  QT_TR_NOOP("a support farther than this from a fibre route is to be fibred")),),
    requires=("antennas", "network"),
)
PLANNED = Rule(
    rule_id="antennes.projet_l34_9_1",
    article="L34-9-1 CPCE",
    title=QT_TR_NOOP("Planned antenna site: information file to the maire"),
    quote="« un dossier d'information est remis au maire / à l'EPCI deux mois avant le dépôt de la "
          "demande d'autorisation d'urbanisme ou de la déclaration préalable nécessaire à "
          "l'implantation du site » (L34-9-1 CPCE, cité par l'annexe C du SCANT PACA).",
)
RULES = (POOLING, SENSITIVE, FIBRE, PLANNED)


def _operators(row) -> set:
    ops = {o for o in str(row["operators"] or "").split(" ; ") if o}
    return ops or {f"owner:{row['owner']}"}


def check(inputs, params, measures):
    plan = inputs.plan
    findings = []
    sites = measures.planned_sites
    if sites is not None:
        for row in sites.itertuples():
            findings.append(finding(
                PLANNED, "information", "recommandation",
                tr("Planned site {site} ({kind}): the operator must give the maire or the EPCI an "
                   "information file two months before the urbanism request (L34-9-1 CPCE).",
                   site=row.site_id, kind=row.kind),
                plan, row.source_layer, row.site_id, "geometry", row.geometry, libelle=str(row.kind),
                suggestion=tr("Ask for the file early and propose pooling with existing sites.")))
    if not inputs.has("antennas"):
        return {"findings": findings}
    sup = inputs.antennas.reset_index(drop=True)
    geoms = sup["geometry"].to_numpy()
    z = zones(plan)
    zone_idx = containing_index(geoms, z["geometry"].to_numpy())
    typezone = np.where(zone_idx >= 0, z["TYPEZONE"].to_numpy()[np.maximum(zone_idx, 0)], None)
    protections = prescriptions(plan, PROTECTION_TYPEPSC)
    prot_idx = containing_index(geoms, protections["geometry"].to_numpy())
    sensitive = np.isin(typezone, ["A", "N", "Nh", "Nd", "Ah"]) | (prot_idx >= 0)

    labels = clusters(geoms, params["pooling_radius"])
    cluster_id = np.full(len(sup), None, dtype=object)
    for label in np.unique(labels):
        members = np.flatnonzero(labels == label)
        members = members[~shapely.is_missing(geoms[members])]
        if len(members) < 2:
            continue
        ops = [_operators(sup.iloc[m]) for m in members]
        distinct = set().union(*ops)
        if len(distinct) < 2:
            continue
        cid = f"C{int(label):04d}"
        cluster_id[members] = cid
        findings.append(finding(
            POOLING, "recommandation", "recommandation",
            tr("{n} supports within {radius} m carry {ops}: they are candidates for pooling.",
               n=len(members), radius=f"{params['pooling_radius']:.0f}",
               ops=", ".join(sorted(o.replace("owner:", "") for o in distinct))),
            plan, "SUP_SUPPORT", cid, "geometry", shapely.multipoints(list(geoms[members])),
            len(members), "supports", cid,
            tr("Invite the operators to share one site (concertation préalable, invitation au "
               "partage) before any new mast.")))
    for i in np.flatnonzero(sensitive):
        row = sup.iloc[i]
        why = tr("a protection prescription") if prot_idx[i] >= 0 else \
            tr("zone {typezone}", typezone=typezone[i])
        findings.append(finding(
            SENSITIVE, "information", "recommandation",
            tr("Support {sup} ({nature}) stands in {why}.", sup=row["sup_id"],
               nature=row["nature"] or "?", why=why),
            plan, "SUP_SUPPORT", row["sup_id"], "geometry", row["geometry"],
            libelle=str(row["nature"] or ""),
            suggestion=tr("Favour pooling on this site rather than new masts nearby; the plan may "
                          "delimit sectors that accept or exclude antennas.")))

    distance = np.full(len(sup), np.nan)
    fibred = np.full(len(sup), None, dtype=object)
    if inputs.has("network"):
        routes = inputs.network.routes
        live = routes[routes["progress"].isin(["existant", "a_creer", "en_travaux"])]
        distance, _ = nearest_distance(geoms, live["geometry"].to_numpy())
        fibred = distance <= params["fibred_distance"]
        for i in np.flatnonzero(~fibred & np.isfinite(distance)):
            row = sup.iloc[i]
            cost = unit_cost(typezone[i], z.iloc[zone_idx[i]]["LIBELLE"] if zone_idx[i] >= 0
                             else None, params)
            findings.append(finding(
                FIBRE, "recommandation", "recommandation",
                tr("Support {sup} is {d} m from the nearest fibre route: about {cost} € of trench "
                   "at {unit} €/m.", sup=row["sup_id"], d=f"{distance[i]:.0f}",
                   cost=f"{distance[i] * cost:,.0f}".replace(",", " "), unit=f"{cost:.0f}"),
                plan, "SUP_SUPPORT", row["sup_id"], "geometry", row["geometry"], distance[i], "m",
                str(row["nature"] or ""),
                tr("Fibre this site, ideally in a trench opened by planned works (see the "
                   "opportunities).")))
        measures.antennas_to_fibre = sup[~fibred & np.isfinite(distance)]
    bilan = pd.DataFrame({
        "sup_id": sup["sup_id"], "operators": sup["operators"], "owner": sup["owner"],
        "nature": sup["nature"], "cluster_id": cluster_id, "zone_typezone": typezone,
        "fibred": fibred, "distance_to_fibre_m": np.round(distance, 1), "sensitive": sensitive,
        "planned": sup.get("planned", False), "geometry": geoms})
    return {"findings": findings, "points_hauts": bilan}
