"""L151-41 CU: emplacements réservés and servitudes de localisation for public works.

An ER names a public beneficiary: only sites a public body will own are looked at (the
RIP's NRO shelters, public "points hauts"); street cabinets (SRO/PM) on the road domain and
private operators' antenna sites are out. ER 05-02, 05-03 and the servitude de localisation
05-06 (L151-41, last paragraph) all satisfy it, and the finding asks whether a reservation
is useful: an ER on land the body already owns is pointless.

Future public roads (ER 05-01) are built by their beneficiary, who decides their networks:
the finding suggests laying ducts then (they also feed trench sharing).

A site seen in GraceTHD (site d'émission) and in the ANFR data (support) within
``same_site_distance`` is one project, reported once. A site in an EBC is the L113-2 question
(l113_2_points_hauts), never an ER there; the servitude de localisation exists in U and AU
zones only. The plan's own ER for network equipment are acknowledged, their beneficiary and
purpose read against the RIP's data.
"""
import re

import numpy as np
import pandas as pd
import shapely

from ..i18n import QT_TR_NOOP, tr
from ..legal import SCANT, TEXTS
from ..pieces.text import fold
from ..spatial_index import containing_index, nearest_distance
from ..standards.anfr import designation
from ..standards.cnig import ER_NUMBER, emplacements_reserves, er_numbers
from ..standards.text_tables import map_distinct
from .rule import Param, Rule, coverage, finding, prescriptions, rows, zones
from ..vocabulary import BUILDABLE_ZONES, AUS, PLANNED

RESERVE = Rule(
    rule_id="l151_41.site_public",
    article=TEXTS["L151-41"].article,
    title=QT_TR_NOOP("Planned public network site: is a reservation useful?"),
    quote=TEXTS["L151-41"].quote,
    params=(Param("site_tolerance", 5.0, "m", QT_TR_NOOP("Scan Urba default (digitising "
                  "precision)"), QT_TR_NOOP("distance within which a site counts as inside "
                                            "an ER"), reach=True),
            Param("same_site_distance", 30.0, "m", QT_TR_NOOP("Scan Urba default (positions "
                  "of one site in two sources)"), QT_TR_NOOP("a GraceTHD site d'émission and "
                                                             "an ANFR support closer than this "
                                                             "are one project"))),
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
NETWORK_ER = Rule(
    rule_id="l151_41.er_reseau",
    article=TEXTS["L151-41"].article,
    title=QT_TR_NOOP("Emplacement réservé for network equipment: beneficiary and purpose"),
    quote=TEXTS["L151-41"].quote,
    force="faculte",
    piece="reglement_graphique",
)
RULES = (RESERVE, ROAD, NETWORK_ER)
# what an ER for network equipment says of itself (folded label)
NETWORK_WORDS = re.compile(r"communications?\s+electroniques|numerique|reseau\s+d'initiative|"
                           r"\bnro\b|\bsro\b|\bpm\b|point\s+de\s+mutualisation|telecom|"
                           r"fibre|radiotelephon|pylone|antennes?|\brelais\b|point\s+haut")
RADIO_WORDS = re.compile(r"radiotelephon|pylone|antennes?|\brelais\b|point\s+haut")
BENEFICIARY = re.compile(r"(?:au\s+(?:profit|benefice)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l'|de\s+)|"
                         r"beneficiaire\s*:?\s*)([^,;()]+)", re.I)
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


def one_project_per_site(sites: pd.DataFrame, distance: float) -> pd.DataFrame:
    """A GraceTHD site d'émission and an ANFR support within ``distance`` of each other are
    one project: the ANFR row goes, its id is kept in ``also`` (its owner counts for
    ``public``)."""
    sites = sites.assign(also="")
    anfr = np.flatnonzero((sites["source_layer"] == "SUP_SUPPORT").to_numpy())
    grace = np.flatnonzero((sites["source_layer"] != "SUP_SUPPORT").to_numpy() &
                           sites["radio"].astype(bool).to_numpy())
    if not len(anfr) or not len(grace):
        return sites
    geoms = sites["geometry"].to_numpy()
    d, nearest = nearest_distance(geoms[anfr], geoms[grace])
    same = d <= distance
    target = grace[nearest[same]]
    also = sites["also"].to_numpy(dtype=object).copy()
    public = sites["public"].astype(bool).to_numpy().copy()
    for t, a in zip(target, anfr[same]):   # a few sites: the pairs, not the layer
        also[t] = " / ".join(x for x in (also[t], str(sites["site_id"].iloc[a])) if x)
        public[t] = public[t] or public[a]
    sites = sites.assign(also=also, public=public)
    return sites.drop(index=sites.index[anfr[same]]).reset_index(drop=True)


def site_name(row) -> str:
    """The references of a planned site, to put in parentheses: « site du RIP SE0002 », « site
    du RIP SE0002, n° de support ANFR 9000006 » for one project seen twice, « n° de support
    ANFR 9000006 » for an operator's support: codes given as references a reader can look up
    (GraceTHD, Cartoradio), never as the site's name."""
    also = str(row.get("also") or "")
    if row.get("source_layer") == "SUP_SUPPORT":
        return tr("ANFR support no. {sup}", sup=row["site_id"])
    name = tr("RIP site {site}", site=row["site_id"])
    return tr("{site}, ANFR support no. {sup}", site=name, sup=also) if also else name


def check(inputs, params, measures):
    plan = inputs.plan
    sites = one_project_per_site(planned_sites(inputs), params["same_site_distance"])
    measures.planned_sites = sites
    return {"findings": _sites(inputs, params, sites) + _roads(plan, params)
            + network_ers(inputs, params)}


def _sites(inputs, params, sites) -> list:
    """Public planned sites outside any ER or servitude; those in an EBC are the L113-2
    question (l113_2_points_hauts); in A and N zones only an ER is possible."""
    from .l113_2_points_hauts import in_ebc

    plan = inputs.plan
    public = sites[sites["public"].astype(bool)].reset_index(drop=True) if len(sites) else sites
    if not len(public):
        return []
    geoms = public["geometry"].to_numpy()
    ers = prescriptions(plan, ("05",), ER_SITES)
    reserved = containing_index(geoms, shapely.buffer(ers["geometry"].to_numpy(),
                                                      params["site_tolerance"]))
    z = zones(plan)
    zone = containing_index(geoms, z["geometry"].to_numpy())
    typezone = np.append(z["TYPEZONE"].to_numpy(dtype=object), None)[zone]
    urban = np.isin(typezone, BUILDABLE_ZONES + (AUS,))
    # a point haut in an EBC is the L113-2 question (l113_2_points_hauts), said there; an
    # ER is drawn in the plan: a site outside its zones (a département-wide network has
    # sites in every other commune) is not asked about
    keep = (reserved < 0) & (zone >= 0) & \
        ~(in_ebc(plan, geoms) & public["radio"].astype(bool).to_numpy())
    return [finding(
        rule=RESERVE, avis="observation", plan=plan, layer=row["source_layer"],
        fid=row["site_id"], field_name="geometry", geometry=row["geometry"],
        libelle=str(row["kind"]),
        message=tr("Site of the planned public installation ({site}, {kind}): is an emplacement "
                   "réservé (public beneficiary) or a servitude de localisation (L151-41, last "
                   "paragraph) useful?", site=site_name(row), kind=row["kind"]) if urban[i]
        else tr("Site of the planned public installation ({site}, {kind}), in zone {zone}: is "
                "an emplacement réservé (public beneficiary) useful?", site=site_name(row),
                kind=row["kind"], zone=typezone[i] or "?"),
        suggestion=tr("Unless the public body already owns the land, the règlement graphique "
                      "may reserve it: ER 05-02 or 05-03, or a servitude de localisation "
                      "05-06 in U and AU zones.") if urban[i] else
        tr("Unless the public body already owns the land, the règlement graphique may reserve "
           "it by an ER (05-02 or 05-03); the servitude de localisation exists in U and AU "
           "zones only."))
        for i, row in rows(public, np.flatnonzero(keep))]


def mast_ers(plan) -> str:
    """« 3 » (or « 3, 7 »): the plan's ER reserved for a mast, by their own numbers."""
    er = emplacements_reserves(plan)
    return ", ".join(str(n or i) for n, i, lib in zip(er["numero"], er["id"], er["libelle"])
                     if RADIO_WORDS.search(fold(str(lib))))


def _rip_authority(inputs) -> str:
    """The RIP authority: the owner named most often on the RIP's sites and routes."""
    net = inputs.network
    if net is None:
        return ""
    owners = pd.concat([net.sites.get("owner", pd.Series(dtype=object)),
                        net.radio_sites.get("owner", pd.Series(dtype=object))]).dropna()
    return str(owners.mode().iloc[0]) if len(owners) else ""


def _same_body(a: str, b: str) -> bool:
    """« Département des Alpes-Maritimes » and « Département des Alpes-Maritimes (RIP) »."""
    words = lambda t: {w for w in re.findall(r"[a-z]+", fold(t)) if len(w) > 3}  # noqa: E731
    wa, wb = words(a), words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _sites_inside(inputs, geom, tolerance) -> list[tuple[str, str, str, bool]]:
    """(id, kind, owner, planned) of the RIP's sites and the ANFR supports inside an ER (a
    support named in words, its ANFR number in parentheses)."""
    area = shapely.buffer(geom, tolerance)
    out = []
    net = inputs.network
    if net is not None:
        for frame, kind in ((net.sites, None), (net.radio_sites, "POINT HAUT")):
            if not len(frame):
                continue
            inside = shapely.intersects(area, frame["geometry"].to_numpy())
            for _, r in frame[inside].iterrows():   # the few sites inside one ER
                out.append((str(r["site_id"]), kind or str(r.get("kind") or ""),
                            str(r.get("owner") or ""), r.get("progress") in PLANNED))
    if inputs.antennas is not None and len(inputs.antennas):
        a = inputs.antennas
        inside = shapely.intersects(area, a["geometry"].to_numpy())
        for _, r in a[inside].iterrows():
            out.append((designation(r, owner=True), "SUPPORT", str(r.get("owner") or ""),
                        bool(r.get("planned") or False)))
    return out


def _er_questions(label, inside, authority) -> list[str]:
    """What the opinion asks about one ER for network equipment."""
    folded = fold(label)
    questions = []
    beneficiary = BENEFICIARY.search(label)
    radio = bool(RADIO_WORDS.search(folded))
    if beneficiary is None:
        questions.append(tr("its beneficiary is not stated"))
    elif authority and not radio and not _same_body(beneficiary.group(1), authority):
        questions.append(tr("its beneficiary ({who}) is not the RIP authority ({rip})",
                            who=beneficiary.group(1).strip(), rip=authority))
    for site, kind, owner, _ in inside:
        if kind in ("SRO", "PM") and re.search(r"\bnro\b", folded):
            questions.append(tr("the RIP plans there a mutualisation point (PM; {site}), not "
                                "an optical node (NRO)", site=tr("RIP site {site}", site=site)))
        elif kind == "NRO" and re.search(r"\bpm\b|\bsro\b|mutualisation", folded) \
                and not radio:
            questions.append(tr("the RIP plans there an optical node (NRO; {site})",
                                site=tr("RIP site {site}", site=site)))
        elif kind == "SUPPORT" and radio and not _public(owner):
            questions.append(tr("{support} already stands there, and the ER's purpose does not "
                                "say whether the planned mast replaces it or shares it",
                                support=site))
    return list(dict.fromkeys(questions))


def network_ers(inputs, params) -> list:
    """The plan's ER for network equipment: acknowledged, with what to clarify."""
    er = emplacements_reserves(inputs.plan)
    if not len(er):
        return []
    # labels repeat across a département: each distinct one is read once
    network = map_distinct(er["libelle"].to_numpy(dtype=object),
                           lambda v: bool(NETWORK_WORDS.search(fold(str(v)))))
    mask = network.astype(bool) & (er["stypepsc"] != "01").to_numpy()
    authority = _rip_authority(inputs)
    out = []
    for _, row in rows(er, np.flatnonzero(mask)):
        inside = _sites_inside(inputs, row["geometry"], params["site_tolerance"])
        questions = _er_questions(str(row["libelle"]), inside, authority)
        number = row["numero"] or row["id"]
        message = tr("The règlement graphique reserves site n° {n} for network equipment "
                     "(« {label} »): to be acknowledged.", n=number, label=row["libelle"])
        if questions:
            message += " " + tr("To clarify: {questions}.",
                                questions=tr("; ").join(questions))
        out.append(finding(
            rule=NETWORK_ER, avis="observation" if questions else "information",
            plan=inputs.plan, layer=inputs.plan.layer_name(row["layer"]), fid=row["fid"],
            field_name="geometry", geometry=row["geometry"], libelle=str(row["libelle"]),
            message=message,
            suggestion=_er_suggestion(str(row["libelle"]), inside) if questions
            else ""))
    return out


def _er_suggestion(label: str, inside=()) -> str:
    """What to clarify, by the ER's purpose: a mast is not a site of the fibre network, and
    only a support already standing there raises replacement or sharing."""
    if RADIO_WORDS.search(fold(label)) and not any(kind == "SUPPORT" for _, kind, *_ in inside):
        return tr("State the ER's beneficiary (the public body that will build the mast) and "
                  "its purpose (a mast shared by the operators).")
    if RADIO_WORDS.search(fold(label)):
        return tr("State the ER's beneficiary (the public body that will build the mast) and "
                  "its purpose (a mast shared by the operators, saying whether it replaces the "
                  "existing support or is shared with it).")
    return tr(ER_RIP_SUGGESTION)


# the opinion words the RIP-site one in the Département's own voice when it is the RIP authority
ER_RIP_SUGGESTION = QT_TR_NOOP("State the ER's beneficiary (the RIP authority) and its purpose "
                               "(the equipment the RIP plans there).")


def _road_message(row) -> str:
    """« Emplacement réservé n° 11, voie publique future « création d'une voie … » : prévoir … »:
    the plan's own number of the ER, not its CNIG type code (05-01), and its label without
    that number repeated."""
    label = str(row.get("LIBELLE") or "")
    number = er_numbers([row.get("TXT")], [label])[0]
    if not number:
        return tr("Future public road “{label}”: plan the laying of ducts and chambers for "
                  "electronic communications when the road is built.", label=label)
    purpose = ER_NUMBER.sub("", label, count=1).lstrip(" :–-")
    if not purpose:  # « Emplacement réservé n°11 » and nothing more: its number says it all
        return tr("Reserved site n° {n}, future public road: plan the laying of ducts and "
                  "chambers for electronic communications when the road is built.", n=number)
    return tr("Reserved site n° {n}, future public road “{purpose}”: plan the laying of ducts "
              "and chambers for electronic communications when the road is built.",
              n=number, purpose=purpose)


def _roads(plan, params) -> list:
    roads = prescriptions(plan, ("05",), ("01",))
    rules_47 = prescriptions(plan, ("47",), ("05",))
    bare = coverage(roads["geometry"].to_numpy(), rules_47["geometry"].to_numpy()) < \
        params["coverage_threshold"]
    return [finding(
        rule=ROAD, avis="observation", plan=plan, layer=plan.layer_name("PRESCRIPTION_SURF"),
        fid=row["fid"], field_name="geometry", geometry=row["geometry"],
        libelle=str(row.get("LIBELLE") or ""),
        message=_road_message(row),
        suggestion=tr("Agree with the RIP on the ducts to lay in the road works (see the "
                      "trench-sharing opportunities)."))
        for _, row in rows(roads, np.flatnonzero(bare))]
