"""Antenna sites ("points hauts"): the L34-9-1 CPCE information file, supports in protected
areas, pooling and fibring (good practice, SCANT PACA), and blanket bans in the règlement.

One function per rule; ``check`` runs those whose inputs were given.
"""
import re

import numpy as np
import pandas as pd
import shapely

from .. import french
from ..french import company_name, euros, euro_range, metres
from ..i18n import QT_TR_NOOP, count_words, tr
from ..legal import SCANT, TEXTS, regime_of
from ..graph import clusters
from ..spatial_index import containing_index, nearest_distance
from ..pieces.text import fold
from ..standards.anfr import capital, designation, planned_supports
from .rule import Param, Rule, bare, document_finding, finding, protection_areas, zones
from .costs import unit_cost_range
from ..vocabulary import LIVE, SENSITIVE_ZONES

POOLING = Rule(
    rule_id="antennes.mutualisation",
    article="",
    title=QT_TR_NOOP("Antenna sites of several operators close together: pooling candidates"),
    quote="« Encourager la mutualisation des points hauts entre opérateurs via des concertations "
          "préalables et des invitations au partage afin de limiter leur nombre » (SCANT PACA, "
          "objectif A.1.3).",
    params=(Param("pooling_radius", 100.0, "m", QT_TR_NOOP("Scan Urba default"),
                  QT_TR_NOOP("supports of different operators or owners closer than this form a "
                             "cluster"), reach=True),),
    requires=("antennas",),
    force="bonne_pratique", piece="hors_document", reference=SCANT + ", objectif A.1.3",
)
SENSITIVE = Rule(
    rule_id="antennes.site_protege",
    article=f"{TEXTS['L113-2'].article} ; {TEXTS['L121-23'].article} ; "
            f"{TEXTS['L122-9'].article} ; {TEXTS['L151-11'].article}",
    title=QT_TR_NOOP("Antenna support in a protected area or in an A or N zone"),
    quote=TEXTS["L113-2"].quote + " " + TEXTS["L151-11"].quote,
    requires=("antennas",),
    force="obligation", piece="reglement_graphique",
)
FIBRE = Rule(
    rule_id="antennes.a_fibrer",
    article="",
    title=QT_TR_NOOP("Antenna site without fibre nearby"),
    quote="« Identifier et cibler les points hauts nécessitant une opticalisation, notamment dans "
          "la perspective de la mise en place de la 4G fixe » (SCANT PACA, objectif A.1.3).",
    params=(Param("fibred_distance", 50.0, "m", QT_TR_NOOP("Scan Urba default"),
                  QT_TR_NOOP("a support farther than this from a fibre route is to be "
                             "fibred"), reach=True),),
    requires=("antennas", "network"),
    force="bonne_pratique", piece="hors_document", reference=SCANT + ", objectif A.1.3",
)
PLANNED = Rule(
    rule_id="antennes.projet_l34_9_1",
    article=TEXTS["L34-9-1"].article,
    title=QT_TR_NOOP("Planned radio installation: information file to the maire"),
    quote=TEXTS["L34-9-1"].quote,
    force=TEXTS["L34-9-1"].force, piece="hors_document",
)
BAN = Rule(
    rule_id="antennes.interdiction_generale",
    article=TEXTS["antennes"].article,
    title=QT_TR_NOOP("Blanket ban on antennas in the written règlement"),
    quote=TEXTS["antennes"].quote,
    force="obligation", piece="reglement_ecrit", reference=SCANT,
)
# a ban tied to the surroundings of a protected building or landscape (folded text)
LOCAL_BAN = re.compile(r"abords|a\s+proximite|autour|dans\s+un\s+rayon|perimetre|"
                       r"monument|edifice|chapelle|eglise|chateau|patrimoine|site\s+(?:classe|"
                       r"inscrit)|cone\s+de\s+vue|paysag|protege")
WHOLE_BAN = re.compile(r"ensemble\s+du\s+territoire|toutes?\s+les\s+zones|l'ensemble\s+des\s+"
                       r"zones|tout\s+le\s+territoire|toute\s+la\s+commune")
RULES = (POOLING, SENSITIVE, FIBRE, PLANNED, BAN)
# Protections a planned support conflicts with (CNIG TYPEPSC), and how to name them.
PROTECTIONS = {"01": QT_TR_NOOP("an espace boisé classé (L113-1)"),
               "07": QT_TR_NOOP("a protected landscape or heritage element (L151-19)"),
               "25": QT_TR_NOOP("an ecological continuity (L151-23)"),
               "31": QT_TR_NOOP("a remarkable coastal area (L121-23)"),
               "34": QT_TR_NOOP("a protected mountain heritage area (L122-9)")}
CONFLICTS = ("01", "31", "34")


def check(inputs, params, measures):
    findings = l34_9_1(inputs, measures) + blanket_bans(inputs)
    if not inputs.has("antennas"):
        return {"findings": findings}
    sup = inputs.antennas.reset_index(drop=True)
    place = _placement(inputs.plan, sup["geometry"].to_numpy(),
                       params.get("point_protection_buffer", 50.0))
    cluster_id, pooled = pooling(inputs, params, sup)
    sensitive, protected = protected_sites(inputs, sup, place)
    distance, fibred, to_fibre = fibring(inputs, params, sup, place, measures)
    bilan = pd.DataFrame({
        "sup_id": sup["sup_id"], "operators": sup["operators"], "owner": sup["owner"],
        "nature": sup["nature"], "cluster_id": cluster_id, "zone_typezone": place["typezone"],
        "fibred": fibred, "distance_to_fibre_m": np.round(distance, 1), "sensitive": sensitive,
        "planned": sup.get("planned", False), "geometry": sup["geometry"].to_numpy()})
    return {"findings": findings + pooled + protected + to_fibre, "points_hauts": bilan}


def _placement(plan, geoms, buffer=50.0) -> dict:
    """The zone (index, TYPEZONE, LIBELLE) and protection prescription under each support
    (protections drawn as points or lines within ``buffer`` metres)."""
    z = zones(plan)
    idx = containing_index(geoms, z["geometry"].to_numpy())
    pick = lambda col: np.append(z[col].to_numpy(dtype=object), None)[idx]  # noqa: E731
    prot = protection_areas(plan, tuple(PROTECTIONS), buffer)
    prot_idx = containing_index(geoms, prot["geometry"].to_numpy())
    codes = np.append(prot["TYPEPSC"].to_numpy(dtype=object), None)  # -1: no protection
    return {"typezone": pick("TYPEZONE"), "libelle": pick("LIBELLE"),
            "protection": codes[prot_idx]}


def l34_9_1(inputs, measures) -> list:
    """Planned radio installations: the operator's information file to the maire."""
    from .l151_41_emplacements_reserves import site_name

    sites = measures.planned_sites
    if sites is None or not len(sites):
        return []
    radio = sites[sites["radio"].astype(bool)]
    return [finding(
        rule=PLANNED, avis="information", plan=inputs.plan, layer=row.source_layer,
        fid=row.site_id, field_name="geometry", geometry=row.geometry, libelle=str(row.kind),
        message=tr("Planned radio installation ({site}): the operator gives the maire or the "
                   "president of the EPCI an information file at least one month before "
                   "filing the urbanism request (L34-9-1 CPCE).",
                   site=site_name(row._asdict())),
        suggestion=tr("Ask for the file early and propose pooling with existing sites."))
        for row in radio.itertuples()]


def blanket_bans(inputs) -> list:
    """A ban on antennas read in the règlement, quoted: on the whole territory, a réserve
    (case law: urbanism grounds, coverage duties); around a protected building or landscape,
    an observation on its justification."""
    pieces = getattr(inputs, "pieces", None)
    reglement = pieces.reglement if pieces is not None else None
    if reglement is None or not reglement.lisible or regime_of(inputs.plan).carte_communale:
        return []   # a carte communale has no règlement: its findings are "non applicable"
    out = []
    for c in reglement.antennes_interdites:
        folded = fold(c.citation)
        page = c.page if c.page is not None else "?"
        if LOCAL_BAN.search(folded) and not WHOLE_BAN.search(folded):
            out.append(document_finding(
                rule=BAN, avis="observation", plan=inputs.plan, citation=c.citation,
                page=c.page, libelle=c.source,
                message=tr("The written règlement bans antennas around a protected element "
                           "(page {page}): « {quote} ». A localised ban may rest on urbanism "
                           "grounds (heritage, landscape), which the rapport de présentation "
                           "must set out.", page=page, quote=bare(c.citation)),
                suggestion=tr("Check that the rapport de présentation justifies this ban on "
                              "urbanism grounds.")))
            continue
        out.append(document_finding(
            rule=BAN, avis="reserve", plan=inputs.plan, citation=c.citation, page=c.page,
            libelle=c.source,
            # the rapport de présentation is never read: the grounds are conditioned on it
            message=tr("The written règlement bans antennas on the whole territory (page "
                       "{page}): « {quote} ». Unless urbanism grounds for it are set out in the "
                       "rapport de présentation, which the Département has not examined, a ban "
                       "whose extent compromises the operators' coverage duties exposes the plan "
                       "to annulment (CE, 17 July 2013, SFR, n° 350380; TA Amiens, 13 June 2006, "
                       "n° 0402044).", page=page,
                       quote=bare(c.citation)) + _contradictions(inputs),
            suggestion=tr("Delete the general ban, or replace it by localised rules justified "
                          "in the rapport de présentation (landscape, heritage, ecological "
                          "continuities).")))
    return out


def _contradictions(inputs) -> str:
    """What the blanket ban contradicts in the plan itself: an ER for a mast, existing
    supports that can no longer evolve."""
    from .l151_41_emplacements_reserves import mast_ers

    masts = mast_ers(inputs.plan)
    parts = []
    if masts:
        parts.append(tr("it contradicts the plan's emplacement réservé n° {er} for a mast",
                        er=masts))
    existing = int((~planned_supports(inputs.antennas)).sum())
    if existing:
        parts.append(tr("it freezes the existing antenna support") if existing == 1 else
                     tr("it freezes the {n} existing antenna supports", n=count_words(existing)))
    return (" " + tr("Moreover, {what}.", what=tr("; ").join(parts))) if parts else ""


def pooling(inputs, params, sup):
    """Clusters of supports of different operators (or owners) within the pooling radius."""
    geoms = sup["geometry"].to_numpy()
    labels = clusters(geoms, params["pooling_radius"])
    cluster_id = np.full(len(sup), None, dtype=object)
    findings = []
    for label in np.unique(labels):
        members = np.flatnonzero(labels == label)
        members = members[~shapely.is_missing(geoms[members])]
        distinct = set().union(*[_operators(sup.iloc[m]) for m in members]) \
            if len(members) >= 2 else set()
        if len(distinct) < 2:
            continue
        cid = f"C{int(label):04d}"
        cluster_id[members] = cid
        findings.append(finding(
            rule=POOLING, avis="observation", plan=inputs.plan, layer="SUP_SUPPORT", fid=cid,
            field_name="geometry", geometry=shapely.multipoints(list(geoms[members])),
            metric=len(members), unit="supports",
            libelle=tr("group of {n} antenna supports", n=len(members)),
            message=capital(tr(
                "{n} supports less than {radius} from one another carry {ops}: they are "
                "candidates for pooling.", n=count_words(len(members)),
                       radius=metres(params["pooling_radius"]),
                       ops=", ".join(sorted(company_name(o.replace("owner:", ""))
                                          for o in distinct)))),
            suggestion=tr("Invite the operators to share one site (concertation préalable) "
                          "before any new mast.")))
    return cluster_id, findings


def _operators(row) -> set:
    ops = {o for o in str(row["operators"] or "").split(" ; ") if o}
    return ops or {f"owner:{row['owner']}"}


def protected_sites(inputs, sup, place):
    """Supports in a protection or an A/N zone: a planned one in an EBC, remarkable coastal
    area or mountain protection is a conflict; others are information."""
    planned = planned_supports(sup)
    protection, typezone = place["protection"], place["typezone"]
    sensitive = np.isin(typezone, SENSITIVE_ZONES) | (protection != None)  # noqa: E711
    # said elsewhere: a planned site in an EBC or a protected element is the L113-2
    # question (l113_2_points_hauts); an A or N zone whose règlement was read, L151-11
    planned_protected = planned & np.isin(protection.astype(object), ("01", "07", "25"))
    pieces = getattr(inputs, "pieces", None)
    read = pieces is not None and pieces.reglement is not None and pieces.reglement.lisible
    zone_only = (protection == None) & read  # noqa: E711
    findings = []
    for i in np.flatnonzero(sensitive & ~planned_protected & ~zone_only):
        row = sup.iloc[i]
        code = protection[i]
        conflict = planned[i] and code in CONFLICTS
        where = tr(PROTECTIONS[code]) if code is not None else \
            tr("zone {zone}, where the règlement may allow installations needed by collective "
               "equipment (L151-11)", zone=_zone_name(place["libelle"][i], typezone[i]))
        findings.append(finding(
            rule=SENSITIVE, avis="recommandation" if conflict else "information",
            plan=inputs.plan, layer="SUP_SUPPORT", fid=row["sup_id"], field_name="geometry",
            geometry=row["geometry"], libelle=str(row["nature"] or ""),
            article=_protection_article(code),
            force="obligation" if code is not None else "faculte",
            # a support is existing unless said planned: « existant » would be padding
            message=capital(tr("{support} is planned in {where}.", where=where,
                               support=designation(row, operators=True)) if planned[i] else
                            tr("{support} stands in {where}.", where=where,
                               support=designation(row, operators=True))),
            suggestion=tr("Check that the planned support is compatible with the protection, "
                          "or favour a site outside it.") if conflict else
            tr("Favour pooling on this site rather than new masts nearby.")))
    return sensitive, findings


def _zone_name(label, typezone) -> str:
    """« N » or « Nh (N) »: the type only when the label does not already say it."""
    return str(label) if str(label) == str(typezone) else f"{label} ({typezone})"


def _protection_article(code) -> str:
    return {"01": TEXTS["L113-2"].article, "07": TEXTS["L151-19"].article, "25": "L151-23 CU",
            "31": TEXTS["L121-23"].article, "34": TEXTS["L122-9"].article}.get(
        code, TEXTS["L151-11"].article)


def _known_within(inputs, sup) -> np.ndarray:
    """How far from each support every live route was read: the margin left beyond it
    (inf when the network was not cut to the plan)."""
    margin = getattr(inputs, "margin", None)
    if margin is None:
        return np.full(len(sup), np.inf)
    to_plan, _ = nearest_distance(sup["geometry"].to_numpy(),
                                  zones(inputs.plan)["geometry"].to_numpy())
    return np.maximum(margin - np.where(np.isfinite(to_plan), to_plan, margin), 0.0)


def trench_sentence(support: str, shortest: float, longest: float, low: float, high: float) -> str:
    """The trench to fibre a support, priced from its shortest length at the low unit cost to
    its longest at the high one (« 200 m à 15 €/m » to « 726 m à 50 €/m »): both ends of a
    range at one price would understate it."""
    values = dict(support=support, d=metres(longest), known=metres(shortest),
                  cost_low=french.number(french.rounded(shortest * low)),
                  cost=euros(french.rounded(longest * high)), range=euro_range(low, high))
    if longest > shortest:
        return tr("{support} is between {known} and {d} from the nearest fibre route (the "
                  "routes beyond the plan's margin were not read): fibring it would take a "
                  "trench costing about {cost_low} to {cost} ({range}).", **values)
    return tr("{support} is {d} from the nearest fibre route: a trench of about {cost_low} "
              "to {cost} ({range}).", **values)


def fibring(inputs, params, sup, place, measures):
    """Distance of each support to the nearest live route; those beyond the fibred distance
    are to fibre (kept on ``measures`` for trench sharing). When the network was cut to the
    plan and its margin, a distance is exact only up to the margin left beyond the support:
    past it, a route that was not read may be nearer, and the finding gives the range."""
    distance = np.full(len(sup), np.nan)
    fibred = np.full(len(sup), None, dtype=object)
    if not inputs.has("network"):
        return distance, fibred, []
    routes = inputs.network.routes
    live = routes[routes["progress"].isin(LIVE)]
    distance, _ = nearest_distance(sup["geometry"].to_numpy(), live["geometry"].to_numpy())
    fibred = distance <= params["fibred_distance"]
    known = _known_within(inputs, sup)
    unsure = ~fibred & np.isfinite(distance) & (distance > known)
    findings = []
    for i in np.flatnonzero(~fibred & np.isfinite(distance)):
        row = sup.iloc[i]
        low, high = unit_cost_range(place["typezone"][i], place["libelle"][i])
        shortest = known[i] if unsure[i] else distance[i]
        message = trench_sentence(capital(designation(row, operators=True, status=True)), shortest,
                                  distance[i], low, high)
        findings.append(finding(
            rule=FIBRE, avis="observation", plan=inputs.plan, layer="SUP_SUPPORT",
            fid=row["sup_id"], field_name="geometry", geometry=row["geometry"],
            metric=distance[i], unit="m", libelle=str(row["nature"] or ""), message=message,
            suggestion=tr("Fibre this site, ideally in a trench opened by planned works (see "
                          "the opportunities).")))
    # to the nearest route read: a real route, if maybe not the nearest of all
    measures.antennas_to_fibre = sup[~fibred & np.isfinite(distance)]
    return distance, fibred, findings
