"""L151-39 and R151-49 3° CU: serving of buildable land by electronic-communications networks.

For every U and AUc zone, the share of its area within ``serving_distance`` of a fibre
route is measured, separately for existing routes and for planned or under-construction ones.
"""
import numpy as np
import shapely

from ..i18n import QT_TR_NOOP, tr
from ..reach import area_share, served_pieces
from .rule import Param, Rule, ZONE_FIELDS, finding, rows, zones

RULE = Rule(
    rule_id="l151_39.desserte",
    article="L151-39, R151-49 3°",
    title=QT_TR_NOOP("Serving of buildable land by electronic-communications networks"),
    quote="« Le règlement peut fixer les conditions de desserte par les voies et réseaux des "
          "terrains susceptibles de recevoir des constructions ou de faire l'objet "
          "d'aménagements » (L151-39) ; il « peut fixer les obligations imposées aux "
          "constructions, travaux, installations et aménagements, en matière d'infrastructures "
          "et réseaux de communications électroniques » (R151-49 3°).",
    params=(
        Param("serving_distance", 100.0, "m", "Scan Urba default (issue brief): reach of a "
              "drop connection from a chamber or pole of the RIP", QT_TR_NOOP("distance to a fibre route "
              "within which land counts as served")),
        Param("low_share", 0.25, "ratio", "Scan Urba default", QT_TR_NOOP("below this served share a "
              "zone is unserved")),
        Param("good_share", 0.8, "ratio", "Scan Urba default", QT_TR_NOOP("from this served share a zone "
              "is well served")),
        Param("min_area_ha", 0.5, "ha", "Scan Urba default", QT_TR_NOOP("unserved zones from this area "
              "are a risk, smaller ones a recommendation")),
    ),
    requires=("network",),
)
RULES = (RULE,)
BUILDABLE = ("U", "AUc")


def shares(inputs, params, measures):
    """Served shares of every zone (kept on ``measures`` for the other rules)."""
    if measures.served_existing is None:
        z = zones(inputs.plan)["geometry"].to_numpy()
        routes = inputs.network.routes
        d = params["serving_distance"]
        existing = served_pieces(z, routes.loc[routes["progress"] == "existant", "geometry"], d)
        planned = served_pieces(z, routes.loc[routes["progress"].isin(["a_creer", "en_travaux"]),
                                              "geometry"], d)
        measures.served_existing = area_share(existing.areas(), z)
        measures.served_planned = area_share(planned.areas(), z)
        # the combined share only matters where the existing one is low: within reach of
        # one or the other is the union of the two served parts
        low = np.flatnonzero(measures.served_existing < params["low_share"])
        any_ = measures.served_existing.copy()
        any_[low] = area_share(existing.union_areas(planned, low), z[low])
        measures.served_any = any_
    return measures.served_existing, measures.served_planned, measures.served_any


def check(inputs, params, measures):
    plan = inputs.plan
    z = zones(plan)
    existing, planned, any_ = shares(inputs, params, measures)
    layer = plan.layer_name("ZONE_URBA")
    findings = []
    area_ha = shapely.area(z["geometry"].to_numpy()) / 1e4
    buildable = np.flatnonzero(z["TYPEZONE"].isin(BUILDABLE).to_numpy())
    for i, row in rows(z, buildable, ZONE_FIELDS):
        values = dict(label=row.get("LIBELLE"), typezone=row["TYPEZONE"],
                      existing=f"{100 * existing[i]:.0f}", planned=f"{100 * planned[i]:.0f}",
                      area=f"{area_ha[i]:.2f}", distance=f"{params['serving_distance']:.0f}")
        if any_[i] < params["low_share"]:
            severity = "risque" if area_ha[i] >= params["min_area_ha"] else "recommandation"
            findings.append(finding(
                RULE, severity, "recommandation",
                tr("Zone {label} ({typezone}, {area} ha) is not served: {existing} % of its area "
                   "lies within {distance} m of an existing fibre route, {planned} % of a planned "
                   "one.", **values), plan, layer, row["fid"], "geometry", row["geometry"],
                any_[i], "ratio", str(row.get("LIBELLE") or ""),
                tr("Plan the extension of the network to this zone with the RIP, record the need "
                   "in the rapport de présentation, and set serving conditions in the règlement "
                   "(47-05)."), rule_id="l151_39.zone_non_desservie"))
        elif existing[i] < params["good_share"]:
            findings.append(finding(
                RULE, "information", "recommandation",
                tr("Zone {label} ({typezone}, {area} ha) is partly served: {existing} % within "
                   "{distance} m of an existing fibre route, {planned} % of a planned one.",
                   **values), plan, layer, row["fid"], "geometry", row["geometry"], existing[i],
                "ratio", str(row.get("LIBELLE") or ""),
                tr("Check with the RIP that the rest of the zone is in the deployment plan."),
                rule_id="l151_39.zone_partiellement_desservie"))
    return {"findings": findings,
            "zone_columns": {"served_share_existing": existing, "served_share_planned": planned}}
