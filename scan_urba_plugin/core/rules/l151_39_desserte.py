"""Serving of buildable zones by the RIP: an observation for the RIP and the rapport de
présentation, not a legal defect.

No article makes a U or AUc zoning depend on fibre: L151-39 only lets the règlement set
serving conditions. What the data can say is whether the RIP's network reaches a zone: from
the PBO zones (zones arrière) when the GraceTHD export has them, else from the routes that
carry a cable when the export links cables to routes, else from all routes (civil-works
paths, which may carry no cable: "desserte à vérifier"). Zones of private
deployments (AMII, AMEL, ZTD in the RIP zoning) are left out: a RIP's GraceTHD does not show
them.
"""
import numpy as np
import shapely

from ..french import hectares, percent
from ..i18n import QT_TR_NOOP, tr
from ..legal import SCANT
from ..reach import area_share, served_pieces
from ..spatial_index import containing_index
from .rule import OPENED_AU, Param, Rule, ZONE_FIELDS, coverage, rows, zone_finding, zones
from ..vocabulary import EXISTING, PLANNED, U

RULE = Rule(
    rule_id="desserte.rip",
    article="",
    title=QT_TR_NOOP("Buildable zones reached by the RIP (diagnostic of the rapport de "
                     "présentation)"),
    quote="Diagnostic : part de chaque zone U et AUc à portée du réseau d'initiative publique "
          "recensé (zones arrière de PBO, à défaut cheminements GraceTHD portant un câble, à "
          "défaut tous les cheminements). Aucun texte ne "
          "subordonne le classement en zone U ou AUc à la desserte en fibre optique.",
    params=(
        Param("serving_distance", 100.0, "m", QT_TR_NOOP("Scan Urba default: reach of a drop "
              "connection from a chamber or pole of the RIP"), QT_TR_NOOP("distance to a RIP "
              "route within which land counts as reached"), reach=True),
        Param("low_share", 0.25, "ratio", QT_TR_NOOP("Scan Urba default"), QT_TR_NOOP(
              "below this share a zone is reported as not reached")),
        Param("good_share", 0.8, "ratio", QT_TR_NOOP("Scan Urba default"), QT_TR_NOOP(
              "from this share a zone is reached")),
        Param("private_share", 0.5, "ratio", QT_TR_NOOP("Scan Urba default"), QT_TR_NOOP(
              "share of a zone in an AMII, AMEL or ZTD area from which it is left out")),
    ),
    requires=("network",),
    force="bonne_pratique",
    piece="rapport",
    reference=SCANT,
)
RULES = (RULE,)
BUILDABLE = (U, OPENED_AU)
PRIVATE = ("AMII", "AMEL", "ZTD")


def shares(inputs, params, measures):
    """Reached shares of every zone (kept on ``measures`` for the other rules): from PBO
    zones when the network has them, else from the routes within ``serving_distance`` that
    carry a cable when the data links cables to routes, else from all routes."""
    if measures.served_existing is None:
        z = zones(inputs.plan)["geometry"].to_numpy()
        net = inputs.network
        pbo = net.zones[net.zones["kind"] == "PBO"] if len(net.zones) else net.zones
        if len(pbo):
            measures.served_basis = "pbo"
            share = coverage(z, pbo["geometry"].to_numpy())
            measures.served_existing = measures.served_any = share
            measures.served_planned = np.full(len(z), np.nan)
            return share, measures.served_planned, share
        routes = net.routes
        cabled = routes["porte_cable"].fillna(False).astype(bool) \
            if "porte_cable" in routes else None
        measures.served_basis = "cables" if cabled is not None and cabled.any() \
            else "cheminements"
        if measures.served_basis == "cables":
            routes = routes[cabled.to_numpy()]
        d = params["serving_distance"]
        existing = served_pieces(z, routes.loc[routes["progress"] == EXISTING, "geometry"], d)
        planned = served_pieces(z, routes.loc[routes["progress"].isin(PLANNED), "geometry"], d)
        measures.served_existing = area_share(existing.areas(), z)
        measures.served_planned = area_share(planned.areas(), z)
        # the combined share only matters where the existing one is low: within reach of
        # one or the other is the union of the two served parts
        low = np.flatnonzero(measures.served_existing < params["low_share"])
        any_ = measures.served_existing.copy()
        any_[low] = area_share(existing.union_areas(planned, low), z[low])
        measures.served_any = any_
    return measures.served_existing, measures.served_planned, measures.served_any


def private_areas(inputs, params) -> np.ndarray:
    """Whether each zone lies mostly in an area of private deployment (AMII, AMEL, ZTD), or
    in a commune that has one (when the zoning names its communes: a PLUi's serving is said
    per commune, and never where the RIP authority is not the one deploying)."""
    z = zones(inputs.plan)["geometry"].to_numpy()
    zoning = inputs.rip_zoning
    if zoning is None or not len(zoning) or "zone_type" not in zoning:
        return np.zeros(len(z), dtype=bool)
    is_private = zoning["zone_type"].isin(PRIVATE).to_numpy()
    private = coverage(z, zoning.loc[is_private, "geometry"].to_numpy()) >= \
        params["private_share"]
    communes = zone_communes(inputs)
    if communes is not None:
        private_communes = set(zoning.loc[is_private, "insee"].dropna().astype(str))
        private |= np.isin(communes.astype(str), list(private_communes))
    return private


def zone_communes(inputs) -> np.ndarray | None:
    """The commune (INSEE code) of each zone, from the RIP zoning's areas when they name
    their commune; None when they do not."""
    zoning = inputs.rip_zoning
    if zoning is None or "insee" not in zoning or not zoning["insee"].notna().any():
        return None
    z = zones(inputs.plan)["geometry"].to_numpy()
    where = containing_index(shapely.point_on_surface(z), zoning["geometry"].to_numpy())
    codes = np.append(zoning["insee"].to_numpy(dtype=object), None)[where]
    return np.array([c if c not in (None, "None", "nan") else None for c in codes],
                    dtype=object)


def basis_sentence(served_basis, distance) -> str:
    """What the served shares were measured on, for the finding's message."""
    if served_basis == "pbo":
        return tr("Measured on the PBO zones (zones arrière) of the GraceTHD export.")
    if served_basis == "cables":
        return tr("Measured on the RIP routes that carry a cable in the GraceTHD export, "
                  "within {distance} m.", distance=f"{distance:.0f}")
    return tr("Measured on the RIP routes within {distance} m; a route may carry no cable.",
              distance=f"{distance:.0f}")


def check(inputs, params, measures):
    plan = inputs.plan
    z = zones(plan)
    existing, planned, any_ = shares(inputs, params, measures)
    private = private_areas(inputs, params)
    basis = basis_sentence(measures.served_basis, params["serving_distance"])
    area = shapely.area(z["geometry"].to_numpy())
    candidates = z["TYPEZONE"].isin(BUILDABLE).to_numpy() & ~private
    communes = zone_communes(inputs)
    findings = []
    for i, row in rows(z, np.flatnonzero(candidates), ZONE_FIELDS):
        commune = communes[i] if communes is not None else None
        label = tr("{label}, commune {insee}", label=row.get("LIBELLE"), insee=commune) \
            if commune else row.get("LIBELLE")
        values = dict(label=label, area=hectares(area[i]),
                      existing=percent(existing[i]), basis=basis,
                      planned=percent(planned[i]) or tr("not measured"))
        if any_[i] < params["low_share"]:
            findings.append(zone_finding(
                rule=RULE, avis="observation", rule_id="desserte.rip_non_recense",
                message=tr("Zone {label} ({area}): no RIP network recorded nearby ({existing} "
                           "of the zone within reach); FttH serving to be checked with the "
                           "operator. {basis}", **values),
                plan=plan, row=row, metric=any_[i], unit="ratio", insee=commune,
                suggestion=tr("Check the zone's FttH serving with the RIP and state it in the "
                              "diagnostic of the rapport de présentation.")))
        elif existing[i] < params["good_share"]:
            findings.append(zone_finding(
                rule=RULE, avis="information", rule_id="desserte.rip_partiel",
                message=tr("Zone {label} ({area}): {existing} of the zone within reach of the "
                           "existing RIP network recorded, {planned} within reach of the RIP "
                           "routes planned (not built yet). {basis}",
                           **values),
                plan=plan, row=row, metric=existing[i], unit="ratio", insee=commune,
                suggestion=tr("Check with the RIP that the rest of the zone is in the "
                              "deployment plan.")))
    return {"findings": findings,
            "zone_columns": {"served_share_existing": existing, "served_share_planned": planned,
                             "zone_amii": private}}
