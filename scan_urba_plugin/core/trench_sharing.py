"""Trench sharing: match works that will open the ground (offers) with the places that need
ducts (needs), with L49 CPCE eligibility, shared lengths, avoided costs and a rank.

Needs: planned RIP routes, unserved buildable zones, antenna sites to fibre, AU zones, short
gaps between existing duct routes, aerial lines to bury. Offers: planned works, ER 05-01
future roads, AU zones (developing them builds roads and networks).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import string
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from .runtime import constant
from . import french
from .geometry import grouped_union, line_parts, oriented_boxes, polygonal, repaired
from .i18n import QT_TR_NOOP, tr
from .legal import TEXTS
from .parallel import pairwise
from .rules import costs
from .rules.rule import PROTECTION_TYPEPSC, Param, Rule, documents_of, prescriptions, zones
from .graph import components
from .spatial_index import containing_index, nearest_distance, pairs_within
from .vocabulary import (
    AU_ZONES,
    U,
    EXISTING,
    LIVE,
    NATURAL_ZONES,
    PLANNED,
    POLYGON,
    GeometryType,
    is_family,
    is_type,
)

L49_SOURCE = QT_TR_NOOP("CPCE, regulatory part (L49 thresholds, décret n° 2010-726), version "
                        "of 28 June 2022")
RULE = Rule(
    rule_id="trench_sharing",
    article=f"{TEXTS['L49'].article} ; {TEXTS['CVR'].article} ; {TEXTS['L2224-35'].article}",
    title=QT_TR_NOOP("Trench-sharing opportunities"),
    quote="L'importance significative des opérations de travaux, mentionnée à l'article L. 49, est "
          "caractérisée lorsque celles-ci s'étendent : – sur 150 mètres au moins pour les réseaux "
          "situés en totalité ou partiellement dans les agglomérations ; – sur 1 000 mètres au "
          "moins pour les réseaux situés en dehors des agglomérations ; demande motivée dans un "
          "délai de six semaines. " + TEXTS["L2224-35"].quote,
    params=(
        Param("corridor_width", 15.0, "m", QT_TR_NOOP("Scan Urba default: about a street"),
              QT_TR_NOOP("a need and an offer within this distance share a trench")),
        Param("gap_max", 200.0, "m", QT_TR_NOOP("Scan Urba default"), QT_TR_NOOP(
              "longest gap between the ends of existing duct routes reported as a missing link")),
        Param("l49_urban_m", 150.0, "m", L49_SOURCE, QT_TR_NOOP("L49 threshold in agglomération")),
        Param("l49_rural_m", 1000.0, "m", L49_SOURCE, QT_TR_NOOP("L49 threshold outside "
                                                                 "agglomération")),
        Param("l49_window_days", 42.0, "days", L49_SOURCE, QT_TR_NOOP("time to send a reasoned "
                                                                      "request (six weeks)")),
        Param("min_shared_m", 10.0, "m", QT_TR_NOOP("Scan Urba default"), QT_TR_NOOP(
              "shorter shared stretches are ignored")),
        Param("requester_share", 0.2, "ratio", QT_TR_NOOP("Scan Urba default: the requester pays "
              "its share of the common costs pro rata of cross-sections (L49); taken as the 20 % "
              "the arrêté of 2 December 2008 sets for burial (L2224-35)"), QT_TR_NOOP(
              "share of the common trench costs left to the requester")),
    ),
)
# L49 concerns works on networks; roads and public lighting coordinate under the Code de la
# voirie routière.
NETWORK_NATURES = ("eau", "assainissement", "electricite", "gaz", "chaleur", "telecom",
                   "effacement")
NEED_PRIORITY = {"point_haut_a_fibrer": 1.0, "zone_non_desservie": 0.9, "rip_a_construire": 0.8,
                 "liaison_manquante": 0.7, "zone_au": 0.6, "effacement_aerien": 0.5,
                 "ligne_aerienne": 0.4}
SCORE_FORMULA = ("score = 100 × (0.5 × cost avoided / largest cost avoided of the run + 0.3 × "
                 "urgency + 0.2 × need priority); urgency = 1 within 30 days of the L49 deadline "
                 "(or of the works start when L49 does not apply), falling linearly to 0 at 365 "
                 "days, 0 once passed; need priority: point haut à fibrer 1.0, zone non desservie "
                 "0.9, RIP à construire 0.8, liaison manquante 0.7, zone AU 0.6, effacement 0.5, "
                 "other aerial line 0.4, +0.3 in sensitive areas (N zones, protections), capped "
                 "at 1.")
OPP_COLUMNS = ["opp_id", "kind", "need", "need_id", "works_id", "maitre_ouvrage", "nature",
               "length_m", "works_length_m", "en_agglomeration", "l49_seuil_m", "l49_eligible",
               "date_declaration", "date_limite_l49", "date_debut", "cout_unitaire_eur_m",
               "cout_unitaire_min_eur_m", "cout_unitaire_max_eur_m", "cout_evite_eur",
               "partenaires", "base_legale", "score", "rang", "message",
               "insee", "idurba", "geometry"]


def _frame(rows, columns):
    return pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(columns=columns)


# --- needs ---------------------------------------------------------------------------------

NEED_COLUMNS = ["need", "need_id", "partners", "geometry"]
NEED_ORDER = ["rip_a_construire", "liaison_manquante", "zone_non_desservie", "zone_au",
              "point_haut_a_fibrer", "effacement_aerien", "ligne_aerienne"]


def plan_needs(inputs, params) -> pd.DataFrame:
    """The needs that do not depend on the compliance check: RIP routes to build, missing
    links, AU zones and aerial lines to bury (computed while the rules run)."""
    parts = []
    net = inputs.network
    if net is not None and len(net.routes):
        planned = net.routes[net.routes["progress"].isin(PLANNED)]
        parts.append(stretches(pd.DataFrame({
            "need": "rip_a_construire", "need_id": planned["route_id"].values,
            "partners": (planned["owner"].fillna("") + " / " + planned["manager"].fillna(""))
            .str.strip(" /").values, "geometry": planned["geometry"].values})))
        parts.append(_missing_links(net.routes, params["gap_max"]))
    z = zones(inputs.plan)
    au = z[z["TYPEZONE"].isin(AU_ZONES)]
    parts.append(pd.DataFrame({"need": "zone_au", "need_id": au["LIBELLE"].astype(str).values,
                               "partners": _rip_operator(inputs), "geometry": au["geometry"].values}))
    aerial = _aerial_lines(inputs)
    # only telecom on electricity-distribution supports falls under L2224-35 when buried
    for need, power in (("effacement_aerien", True), ("ligne_aerienne", False)):
        lines = aerial[(aerial["nature"].astype(str) == "electricite") == power] \
            if len(aerial) else aerial
        if len(lines):
            parts.append(stretches(pd.DataFrame({
                "need": need, "need_id": lines["line_id"].values,
                "partners": lines["owner"].fillna("").astype(str).values,
                "geometry": lines["geometry"].values})))
    return _need_frame(inputs.plan, parts)


def compliance_needs(inputs, compliance, params) -> pd.DataFrame:
    """The needs the compliance check found: unserved U zones, antenna sites to fibre."""
    parts = []
    net = inputs.network
    bilan = compliance.zones_bilan if compliance is not None else None
    if bilan is not None and bilan["served_share_existing"].notna().any():
        low = bilan["served_share_existing"].fillna(1.0) < params["low_share"]
        private = bilan["zone_amii"].astype(bool) if "zone_amii" in bilan else False
        rows = bilan[low & ~private & (bilan["typezone"] == U)]
        parts.append(pd.DataFrame({"need": "zone_non_desservie",
                                   "need_id": rows["libelle"].astype(str).values,
                                   "partners": _rip_operator(inputs), "geometry": rows["geometry"].values}))
    to_fibre = compliance.measures.antennas_to_fibre if compliance is not None else None
    if to_fibre is not None and len(to_fibre) and net is not None:
        live = net.routes[net.routes["progress"].isin(LIVE)]
        lines = live["geometry"].to_numpy()
        _, which = nearest_distance(to_fibre["geometry"].to_numpy(), lines)
        ok = which >= 0
        paths = shapely.shortest_line(to_fibre["geometry"].to_numpy()[ok], lines[which[ok]])
        parts.append(pd.DataFrame({"need": "point_haut_a_fibrer",
                                   "need_id": to_fibre["sup_id"].to_numpy()[ok],
                                   "partners": to_fibre["operators"].fillna("").to_numpy()[ok],
                                   "geometry": paths}))
    return _need_frame(inputs.plan, parts)


def _need_frame(plan, parts) -> pd.DataFrame:
    parts = [p for p in parts if len(p)]
    out = pd.concat(parts, ignore_index=True) if parts else _frame([], NEED_COLUMNS)
    out = out[out["geometry"].notna() & ~shapely.is_empty(out["geometry"].to_numpy())]
    out["priority"] = out["need"].map(NEED_PRIORITY)
    sensitive = _sensitive(plan, out["geometry"].to_numpy())
    boost = sensitive & out["need"].isin(["effacement_aerien", "ligne_aerienne"]).to_numpy()
    out["priority"] = np.minimum(1.0, out["priority"] + 0.3 * boost)
    out["sensitive"] = sensitive
    return out.reset_index(drop=True)


def _merged_needs(first: pd.DataFrame, second: pd.DataFrame, first_pairs, second_pairs):
    """Both need frames as one, in NEED_ORDER, and their matched pairs renumbered and in
    the order one match over the whole frame gives (by need, then as the tree found them)."""
    both = pd.concat([first, second], ignore_index=True)
    rank = both["need"].map({k: i for i, k in enumerate(NEED_ORDER)}).to_numpy()
    order = np.argsort(rank, kind="stable")
    new_index = np.empty(len(order), dtype=int)
    new_index[order] = np.arange(len(order))
    pairs = pd.concat([first_pairs, second_pairs.assign(n=second_pairs["n"] + len(first))],
                      ignore_index=True)
    pairs["n"] = new_index[pairs["n"].to_numpy(dtype=int)]
    return (both.iloc[order].reset_index(drop=True),
            pairs.sort_values("n", kind="stable").reset_index(drop=True))


def stretches(lines: pd.DataFrame) -> pd.DataFrame:
    """Consecutive line needs of one kind (route segments, spans) merged into stretches, so a
    street gives one opportunity, not one per segment (vectorised per component)."""
    if len(lines) < 2:
        return lines
    geoms = lines["geometry"].to_numpy()
    # touching pieces: the tree's prepared intersects first, the costlier touches on those
    a, b = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    a, b = a[a != b], b[a != b]
    touch = shapely.touches(geoms[a], geoms[b])
    a, b = a[touch], b[touch]
    n = len(geoms)
    comp = components(a, b, n)
    parts, part_of = shapely.get_parts(geoms, return_index=True)
    keep = is_type(parts, GeometryType.LINESTRING)
    order = np.argsort(comp[part_of[keep]], kind="stable")
    merged = shapely.line_merge(shapely.multilinestrings(parts[keep][order],
                                                         indices=comp[part_of[keep]][order]))
    frame = lines.assign(_comp=comp, need_id=lines["need_id"].astype(str),
                         partners=lines["partners"].fillna("").astype(str))
    grouped = frame.groupby("_comp", sort=True)
    first, last, count = (grouped["need_id"].first(), grouped["need_id"].last(),
                          grouped["need_id"].size())
    named = frame.loc[frame["partners"] != "", ["_comp", "partners"]].drop_duplicates()
    several = named["_comp"].duplicated(keep=False)  # most stretches have one partner
    joined = named[several].sort_values(["_comp", "partners"]).groupby("_comp")["partners"] \
        .agg(" ; ".join)
    partners = pd.concat([named[~several].set_index("_comp")["partners"], joined]) \
        .reindex(count.index, fill_value="")
    ids = np.where(count == 1, first, first + "…" + last + " (" + count.astype(str) + ")")
    return pd.DataFrame({"need": lines["need"].iloc[0], "need_id": ids,
                         "partners": partners.to_numpy(),
                         "geometry": merged[grouped.size().index.to_numpy()]})


def _rip_operator(inputs) -> str:
    z = inputs.rip_zoning
    if z is not None and len(z) and "operator" in z:
        ops = sorted({str(o) for o in z["operator"].dropna()})
        return " ; ".join(ops)
    return ""


def _aerial_lines(inputs) -> pd.DataFrame:
    from .standards.mapped_layers import aerial_from_routes

    parts = []
    if inputs.network is not None and len(inputs.network.routes):
        routes = inputs.network.routes
        parts.append(aerial_from_routes(routes[routes["progress"] == EXISTING]))
    if inputs.aerial is not None and len(inputs.aerial):
        parts.append(inputs.aerial)
    return pd.concat(parts, ignore_index=True) if parts else \
        pd.DataFrame(columns=["line_id", "nature", "owner", "geometry"])


def _sensitive(plan, geoms) -> np.ndarray:
    """Touches an N zone or a protection prescription (landscape, heritage, EBC, TVB)."""
    z = zones(plan)
    areas = list(z.loc[z["TYPEZONE"].isin(NATURAL_ZONES), "geometry"]) + \
        list(prescriptions(plan, PROTECTION_TYPEPSC)["geometry"])
    out = np.zeros(len(geoms), dtype=bool)
    if not areas or not len(geoms):
        return out
    idx, _ = shapely.STRtree(np.asarray(areas, dtype=object)).query(geoms, predicate="intersects")
    out[np.unique(idx)] = True
    return out


def _missing_links(routes: pd.DataFrame, gap_max: float) -> pd.DataFrame:
    """Shortest gap (≤ gap_max) between each pair of disconnected parts of the duct network."""
    ducts = routes[(routes["progress"] == EXISTING) & ~routes["aerial"]]
    lines = line_parts(ducts["geometry"].to_numpy())
    if len(lines) < 2:
        return _frame([], NEED_COLUMNS)
    n = len(lines)
    # Parts of the network: lines that touch (within 1 m) are connected.
    a, b = shapely.STRtree(lines).query(lines, predicate="dwithin", distance=1.0)
    comp = components(a, b, n)
    xy = shapely.get_coordinates(np.concatenate([shapely.get_point(lines, 0),
                                                 shapely.get_point(lines, -1)]))
    end_comp = np.concatenate([comp, comp])
    # one end per node and part: segments meeting at a node share their ends
    _, first = np.unique(np.c_[xy, end_comp], axis=0, return_index=True)
    xy, end_comp = xy[first], end_comp[first]
    i, j = pairs_within(xy, gap_max)
    lower = end_comp[i] < end_comp[j]
    i, j = np.where(lower, i, j), np.where(lower, j, i)
    keep = end_comp[i] != end_comp[j]
    i, j = i[keep], j[keep]
    if not len(i):
        return _frame([], NEED_COLUMNS)
    d = np.hypot(*(xy[i] - xy[j]).T)
    order = np.lexsort((j, i, d))  # shortest first; equal gaps by end, the same everywhere
    pairs = pd.DataFrame({"ci": end_comp[i], "cj": end_comp[j], "i": i, "j": j})
    best = pairs.iloc[order].drop_duplicates(["ci", "cj"])
    geoms = shapely.linestrings(np.stack([xy[best["i"].to_numpy()], xy[best["j"].to_numpy()]],
                                         axis=1))
    return pd.DataFrame({"need": "liaison_manquante",
                         "need_id": [f"LM-{k + 1}" for k in range(len(best))],
                         "partners": "", "geometry": geoms})


# --- offers --------------------------------------------------------------------------------

def offers(inputs) -> pd.DataFrame:
    """Works that will open the ground: kind, offer_id, owner, nature, dates, geometry."""
    parts = []
    plan = inputs.plan
    if inputs.works is not None and len(inputs.works):
        parts.append(_merged_works(inputs.works))
    er = prescriptions(plan, ("05",), ("01",))
    parts.append(pd.DataFrame({"kind": "er_voirie", "offer_id": er["LIBELLE"].astype(str).values,
                               "maitre_ouvrage": tr("beneficiary of the ER"), "nature": "voirie",
                               "geometry": er["geometry"].values}))
    z = zones(plan)
    au = z[z["TYPEZONE"].isin(AU_ZONES)]
    parts.append(pd.DataFrame({"kind": "zone_au", "offer_id": au["LIBELLE"].astype(str).values,
                               "maitre_ouvrage": tr("developer of the AU zone"),
                               "nature": "amenagement", "geometry": au["geometry"].values}))
    out = pd.concat([p for p in parts if len(p)], ignore_index=True)
    for col in ("date_debut", "date_fin", "date_declaration"):
        if col not in out:
            out[col] = pd.NaT
        out[col] = pd.to_datetime(out[col])
    out["offer_length_m"] = _extent_length(out["geometry"].to_numpy())
    return out.reset_index(drop=True)


WORKS_FIELDS = ["maitre_ouvrage", "nature", "date_debut", "date_fin", "date_declaration"]


def _merged_works(works: pd.DataFrame) -> pd.DataFrame:
    """Pieces of the same works (same maître d'ouvrage, nature and dates) touching end to end
    become one offer (in bulk: one tree query, one union per stretch in a single GEOS call)."""
    w = works.reset_index(drop=True)
    geoms = w["geometry"].to_numpy()
    key = pd.factorize(w[WORKS_FIELDS[:4]].astype(str).agg("|".join, axis=1))[0]
    line = np.flatnonzero(is_type(geoms, GeometryType.LINESTRING, GeometryType.MULTILINESTRING))
    rows = w.loc[~w.index.isin(line), WORKS_FIELDS + ["works_id", "geometry"]]
    rows = rows.rename(columns={"works_id": "offer_id"}).assign(kind="travaux_programmes")
    parts = [rows]
    if len(line):
        a, b = shapely.STRtree(geoms[line]).query(geoms[line], predicate="intersects")
        same = key[line][a] == key[line][b]
        comp = components(a[same], b[same], len(line))
        stretch = shapely.line_merge(grouped_union(geoms[line], comp, comp.max() + 1))
        pieces = w.iloc[line].assign(_comp=comp)
        ids = pieces.groupby("_comp", sort=True)["works_id"].agg(
            lambda v: " + ".join(sorted(set(map(str, v)))))
        first = pieces.drop_duplicates("_comp").set_index("_comp").loc[ids.index, WORKS_FIELDS]
        parts.append(first.assign(kind="travaux_programmes", offer_id=ids,
                                  geometry=stretch[ids.index.to_numpy()]))
    out = pd.concat(parts, ignore_index=True)
    out.loc[out["nature"] == "effacement", "kind"] = "effacement"
    return out


def _extent_length(geoms) -> np.ndarray:
    """Length of a works line, or of the long side of a works polygon."""
    geoms = np.asarray(geoms, dtype=object)
    out = shapely.length(geoms)
    poly = is_family(geoms, POLYGON)
    if poly.any():
        out[poly] = oriented_boxes(geoms[poly])[4]
    return out


# --- matching ------------------------------------------------------------------------------

def _shared_polygons(needs, offers) -> np.ndarray:
    """The stretch each pair of polygons shares: the long midline of their intersection's
    minimum rotated rectangle, or None where they only touch."""
    inter = polygonal(repaired(shapely.intersection(needs, offers)))
    cx, cy, ux, uy, long, short = oriented_boxes(inter)
    half = long / 2
    out = shapely.linestrings(np.stack([np.c_[cx - half * ux, cy - half * uy],
                                        np.c_[cx + half * ux, cy + half * uy]], axis=1))
    return np.where((short > 1e-9) & ~shapely.is_empty(inter), out, None)


def match(need_frame: pd.DataFrame, offer_frame: pd.DataFrame, corridor: float,
          min_length: float) -> pd.DataFrame:
    """(need row, offer row, shared geometry, length) for every pair sharing a trench."""
    cols = ["n", "o", "shared", "length_m"]
    if not len(need_frame) or not len(offer_frame):
        return pd.DataFrame(columns=cols)
    n_geoms = need_frame["geometry"].to_numpy()
    o_geoms = offer_frame["geometry"].to_numpy()
    n_idx, o_idx = shapely.STRtree(o_geoms).query(n_geoms, predicate="dwithin", distance=corridor)
    need_kind, offer_kind = need_frame["need"].to_numpy(), offer_frame["kind"].to_numpy()
    aerial_need = np.isin(need_kind[n_idx], ["effacement_aerien", "ligne_aerienne"])
    keep = ~((need_kind[n_idx] == "zone_au") & (offer_kind[o_idx] == "zone_au")) & \
        ~(aerial_need & np.isin(offer_kind[o_idx], ["zone_au", "er_voirie"]))
    n_idx, o_idx = n_idx[keep], o_idx[keep]
    need_poly = is_family(n_geoms[n_idx], POLYGON)
    offer_poly = is_family(o_geoms[o_idx], POLYGON)
    shared = np.empty(len(n_idx), dtype=object)
    lines = ~need_poly & ~offer_poly
    shared[lines] = _shared_lines(n_geoms, o_geoms, n_idx[lines], o_idx[lines], corridor)
    one_poly = need_poly ^ offer_poly
    shared[one_poly] = pairwise(shapely.intersection, n_geoms[n_idx[one_poly]],
                                o_geoms[o_idx[one_poly]])
    both = need_poly & offer_poly  # AU zones × ER roads
    shared[both] = _shared_polygons(n_geoms[n_idx[both]], o_geoms[o_idx[both]])
    shared = np.where(shapely.is_missing(shared), shapely.GeometryCollection(), shared)
    parts, part_of = shapely.get_parts(shared, return_index=True)
    ok = is_type(parts, GeometryType.LINESTRING) & ~shapely.is_empty(parts)
    parts, part_of = parts[ok], part_of[ok]
    if not len(parts):
        return pd.DataFrame(columns=cols)
    pairs, compact = np.unique(part_of, return_inverse=True)
    merged = shapely.line_merge(shapely.multilinestrings(parts, indices=compact))
    length = shapely.length(merged)
    good = length >= min_length
    return pd.DataFrame({"n": n_idx[pairs][good], "o": o_idx[pairs][good],
                         "shared": merged[good], "length_m": length[good]})


def _shared_lines(need_geoms, offer_geoms, n_idx, o_idx, corridor) -> np.ndarray:
    """The stretch each need line shares with its offer line, in bulk: the shorter of
    need ∩ corridor(offer) and offer ∩ corridor(need), with flat caps.

    Each line is buffered once, whole, however many partners it has. Whole, not cut to
    where the two meet: GEOS collapses a cut line that folds back on itself (an aerial
    span drawn there and back) to a point, and the shared stretch was lost."""
    needs, to_need = np.unique(n_idx, return_inverse=True)
    offers, to_offer = np.unique(o_idx, return_inverse=True)
    need_corridor = shapely.buffer(need_geoms[needs], corridor, cap_style="flat")
    offer_corridor = shapely.buffer(offer_geoms[offers], corridor, cap_style="flat")
    a = pairwise(shapely.intersection, need_geoms[n_idx], offer_corridor[to_offer])
    b = pairwise(shapely.intersection, offer_geoms[o_idx], need_corridor[to_need])
    return np.where(shapely.length(a) <= shapely.length(b), a, b)


def planned_length_in_works_corridors(inputs, corridor: float) -> float:
    """Length of planned RIP routes lying within ``corridor`` of planned works (round-capped
    buffers): the headline figure a GIS technician would compute with native tools."""
    net, works = inputs.network, inputs.works
    if net is None or works is None or not len(works):
        return 0.0
    from .reach import QUAD_SEGS

    planned = net.planned_routes()["geometry"].to_numpy()
    corridors = shapely.buffer(works["geometry"].to_numpy(), corridor, quad_segs=QUAD_SEGS)
    r_idx, c_idx = shapely.STRtree(corridors).query(planned, predicate="intersects")
    if not len(r_idx):
        return 0.0
    pieces = shapely.intersection(planned[r_idx], corridors[c_idx])
    counts = np.bincount(r_idx, minlength=len(planned))
    single = counts[r_idx] == 1
    total = float(shapely.length(pieces[single]).sum())
    # a route inside several corridors: union its pieces so that overlaps count once
    multi = ~single
    if multi.any():
        total += float(shapely.length(grouped_union(pieces[multi], r_idx[multi],
                                                    len(planned))).sum())
    return total


# --- opportunities -------------------------------------------------------------------------

LEGAL_BASES = {
    "l49": "L49 CPCE (décret n° 2010-726)",
    "convention": "convention de pose commune (sous le seuil L49 ou hors délai)",
    "coordination": "coordination des travaux de voirie (L115-1 et L131-7 du code de la "
                    "voirie routière) ; convention de pose commune",
    "er_voirie": "L151-41 1° CU (voie réalisée par le bénéficiaire de l'ER)",
    "zone_au": "aménagement de la zone AU (équipements de l'opération) ; L151-40 CU",
    "effacement": "L2224-35 CGCT ; arrêté du 2 décembre 2008 (20 % des coûts de terrassement "
                  "à la charge de l'opérateur)",
}


@dataclass
class Matches:
    """The half of trench sharing that needs no compliance result: the plan's own needs
    that found an offer (without their geometry: the shared stretch is what an opportunity
    shows, and less travels back from a worker), the offers, their pairs, and the headline
    planned length in works corridors."""

    needs: pd.DataFrame
    offers: pd.DataFrame
    pairs: pd.DataFrame
    planned_in_corridors: float


def prepare(inputs, params: dict) -> Matches:
    """Matches of the plan's own needs with the offers (run beside the rules by run_scan)."""
    need_frame, offer_frame = plan_needs(inputs, params), offers(inputs)
    pairs = match(need_frame, offer_frame, params["corridor_width"], params["min_shared_m"])
    used, pairs["n"] = np.unique(pairs["n"].to_numpy(dtype=int), return_inverse=True)
    return Matches(need_frame.iloc[used].drop(columns="geometry").reset_index(drop=True),
                   offer_frame, pairs,
                   planned_length_in_works_corridors(inputs, params["corridor_width"]))


def opportunities(inputs, compliance, params: dict, reference_date: dt.date | None = None,
                  progress=None, prepared: Matches | None = None) -> pd.DataFrame:
    """The opportunities layer (contract of the issue): one row per need × offer pair."""
    today = pd.Timestamp(reference_date or dt.date.today())
    prepared = prepared if prepared is not None else prepare(inputs, params)
    if progress:
        progress(0.3, "needs")
    offer_frame = prepared.offers
    found = compliance_needs(inputs, compliance, params)
    found_pairs = match(found, offer_frame, params["corridor_width"], params["min_shared_m"])
    need_frame, pairs = _merged_needs(prepared.needs, found, prepared.pairs, found_pairs)
    if progress:
        progress(0.7, "matching")
    if not len(pairs):
        return _frame([], OPP_COLUMNS)
    plan = inputs.plan
    agglo = _agglomeration(inputs)
    z = zones(plan)
    need = need_frame.iloc[pairs["n"].to_numpy()].reset_index(drop=True)
    offer = offer_frame.iloc[pairs["o"].to_numpy()].reset_index(drop=True)
    shared = pairs["shared"].to_numpy()
    length = pairs["length_m"].to_numpy(dtype=float)
    mids = shapely.line_interpolate_point(shared, 0.5, normalized=True)
    zone_i = containing_index(mids, z["geometry"].to_numpy())
    typezone = np.where(zone_i >= 0, z["TYPEZONE"].to_numpy()[np.maximum(zone_i, 0)], None)
    label = np.where(zone_i >= 0, z["LIBELLE"].to_numpy()[np.maximum(zone_i, 0)], None)
    unit = costs.unit_costs(typezone, label, params)
    ranges = np.array([costs.unit_cost_range(t, lab) for t, lab in zip(typezone, label)],
                      dtype=float).reshape(-1, 2)
    is_works = offer["kind"].isin(["travaux_programmes", "effacement"]).to_numpy()
    network_works = is_works & offer["nature"].isin(NETWORK_NATURES).to_numpy()
    in_agglo = _in_agglomeration(agglo, offer_frame)[pairs["o"].to_numpy(dtype=int)]
    threshold = np.where(in_agglo, params["l49_urban_m"], params["l49_rural_m"])
    works_len = offer["offer_length_m"].to_numpy(dtype=float)
    eligible = network_works & (works_len >= threshold)
    declared = pd.to_datetime(offer["date_declaration"])
    deadline = (declared + pd.Timedelta(days=params["l49_window_days"])).where(eligible)
    kinds = _kinds(need["need"].to_numpy(), offer["kind"].to_numpy())
    burial = (need["need"].to_numpy() == "effacement_aerien") & \
        offer["nature"].isin(["effacement", "electricite"]).to_numpy()
    partners = _joined(offer["maitre_ouvrage"], need["partners"])
    out = pd.DataFrame({
        "kind": kinds, "need": need["need"], "need_id": need["need_id"].astype(str),
        "works_id": offer["offer_id"].astype(str), "maitre_ouvrage": offer["maitre_ouvrage"],
        "nature": offer["nature"], "length_m": np.round(length, 1),
        "works_length_m": np.round(works_len, 1), "en_agglomeration": in_agglo,
        "l49_seuil_m": np.where(network_works, threshold, np.nan), "l49_eligible": eligible,
        "date_declaration": declared, "date_limite_l49": deadline,
        "date_debut": pd.to_datetime(offer["date_debut"]), "cout_unitaire_eur_m": unit,
        "cout_unitaire_min_eur_m": ranges[:, 0], "cout_unitaire_max_eur_m": ranges[:, 1],
        # an upper bound: the requester still pays its share of the common costs
        "cout_evite_eur": np.round(length * unit * (1 - params["requester_share"]), 0),
        "partenaires": partners,
        "base_legale": _legal_bases(offer["kind"].to_numpy(), burial, network_works, eligible),
        "priority": need["priority"].to_numpy(), "sensitive": need["sensitive"].to_numpy(),
        "geometry": shared})
    out = _score(out, today)
    out["message"] = _messages(out, today)
    out["insee"], out["idurba"] = documents_of(plan, zone_i)  # as the findings: per commune
    keys = out["kind"] + "|" + out["need_id"] + "|" + out["works_id"] + "|" + \
        out["length_m"].map("{:.0f}".format)
    out["opp_id"] = [hashlib.sha1(k.encode(), usedforsecurity=False).hexdigest()[:12] for k in keys]
    return out[OPP_COLUMNS].sort_values("rang").reset_index(drop=True)


def _kinds(need_kind: np.ndarray, offer_kind: np.ndarray) -> np.ndarray:
    """A missing link stays one; aerial lines or burial works make a burial; else the
    offer's kind."""
    return np.select([need_kind == "liaison_manquante",
                      (need_kind == "effacement_aerien") | (offer_kind == "effacement")],
                     ["liaison_manquante", "effacement"], offer_kind).astype(object)


def _joined(a: pd.Series, b: pd.Series) -> np.ndarray:
    """"a ; b" in alphabetical order, one of them when the other is empty or the same."""
    a = a.fillna("").astype(str).to_numpy(dtype=object)
    b = b.fillna("").astype(str).to_numpy(dtype=object)
    low, high = np.where(a <= b, a, b), np.where(a <= b, b, a)
    return np.where(low == "", high, np.where(low == high, low, low + " ; " + high))


def _legal_bases(offer_kind, burial, network_works, eligible) -> np.ndarray:
    """Each basis in full: a burial of electricity poles carrying telecom (L2224-35), and L49
    when the same works are eligible; roads and lighting coordinate; never L47."""
    base = np.select([offer_kind == "er_voirie", offer_kind == "zone_au", eligible,
                      network_works], [LEGAL_BASES["er_voirie"], LEGAL_BASES["zone_au"],
                                       LEGAL_BASES["l49"], LEGAL_BASES["convention"]],
                     LEGAL_BASES["coordination"]).astype(object)
    base[burial] = np.where(eligible[burial], LEGAL_BASES["effacement"] + " ; " +
                            LEGAL_BASES["l49"], LEGAL_BASES["effacement"])
    return base


def _in_agglomeration(agglo, offer_frame) -> np.ndarray:
    """Whether each offer touches a built-up area (one tree query, no union of them)."""
    out = np.zeros(len(offer_frame), dtype=bool)
    if len(agglo):
        hit, _ = shapely.STRtree(agglo).query(offer_frame["geometry"].to_numpy(),
                                              predicate="intersects")
        out[hit] = True
    return out


def _agglomeration(inputs) -> np.ndarray:
    """Built-up areas: the user's layer, else the U zones (as separate polygons)."""
    if inputs.agglomeration is not None and len(inputs.agglomeration):
        return polygonal(repaired(inputs.agglomeration["geometry"].to_numpy()))
    z = zones(inputs.plan)
    return polygonal(repaired(z.loc[z["TYPEZONE"] == U, "geometry"].to_numpy()))


def _score(out: pd.DataFrame, today) -> pd.DataFrame:
    target = out["date_limite_l49"].where(out["l49_eligible"].astype(bool), out["date_debut"])
    days = (pd.to_datetime(target) - today).dt.days
    urgency = np.where(days.isna(), 0.2, np.clip(1 - (days.fillna(0) - 30) / 335, 0, 1))
    urgency = np.where(days.fillna(0) < 0, 0.0, urgency)
    top = out["cout_evite_eur"].max() or 1.0
    out["score"] = np.round(100 * (0.5 * out["cout_evite_eur"] / top + 0.3 * urgency
                                   + 0.2 * out["priority"]), 1)
    out["rang"] = out["score"].rank(ascending=False, method="first").astype(int)
    out["days_left"] = days
    return out


NEED_LABELS = {"rip_a_construire": QT_TR_NOOP("a RIP route to build"),
               "zone_non_desservie": QT_TR_NOOP("a zone with no RIP network recorded nearby"),
               "point_haut_a_fibrer": QT_TR_NOOP("an antenna site to fibre"),
               "zone_au": QT_TR_NOOP("an AU zone to equip"),
               "liaison_manquante": QT_TR_NOOP("a missing link between duct routes"),
               "effacement_aerien": QT_TR_NOOP("a telecom line on electricity poles to bury"),
               "ligne_aerienne": QT_TR_NOOP("an aerial telecom line to bury")}


def _messages(out: pd.DataFrame, today) -> np.ndarray:
    """The message of each opportunity: templates translated once and filled column-wise."""
    base = tr("The works {works} ({owner}) can carry, over {length}, ducts for {need} "
              "({need_id}); civil-works saving estimated at {cost} at most, net of the "
              "requester's share.")
    need_labels = {k: tr(v) for k, v in NEED_LABELS.items()}
    burial = tr("When the electricity line is buried, the telecom operator pays its own "
                "equipment and 20 % of the terrassement costs (L2224-35 CGCT, arrêté of 2 "
                "December 2008).")
    open_l49 = tr("Send the maître d'ouvrage a reasoned request (L49 CPCE) before {date}.")
    closed_l49 = tr("L49 window closed on {date}: propose a joint-laying agreement.")
    below = tr("Network works below the L49 threshold ({threshold}): propose a joint-laying "
               "agreement.")
    road = tr("Road or lighting works (not L49): ask for roadworks coordination (L115-1 / "
              "L131-7 of the Code de la voirie routière) and a joint-laying agreement.")
    text = lambda s: s.astype(str).to_numpy(dtype=object)  # noqa: E731
    deadlines = pd.to_datetime(out["date_limite_l49"])
    day = french.column(french.date, deadlines)
    threshold = out["l49_seuil_m"]
    messages = _filled(base, {
        "works": text(out["works_id"]), "owner": text(out["maitre_ouvrage"]),
        "need": text(out["need"].map(need_labels)), "need_id": text(out["need_id"]),
        "length": french.column(french.metres, out["length_m"]),
        "cost": french.column(french.euros, out["cout_evite_eur"])})
    eligible = out["l49_eligible"].to_numpy(dtype=bool)
    basis = out["base_legale"].to_numpy(dtype=object)
    l49 = eligible & deadlines.notna().to_numpy()
    burial_rows = out["base_legale"].str.startswith("L2224-35").to_numpy()
    tails = [(l49 & (deadlines >= today).to_numpy(), " " + _filled(open_l49, {"date": day})),
             (l49, " " + _filled(closed_l49, {"date": day})),
             (basis == LEGAL_BASES["convention"], " " + _filled(below, {
                 "threshold": french.column(french.metres, threshold)})),
             (basis == LEGAL_BASES["coordination"], constant(len(out), " " + road))]
    tail = np.select([c for c, _ in tails], [t for _, t in tails], "").astype(object)
    tail = np.where(burial_rows, " " + burial + tail, tail)
    return messages + tail


def totals(opp: pd.DataFrame) -> dict:
    """Headline figures that count each metre of a need once: the stretches one need shares
    with several offers are merged where they touch before they are measured; the saving
    is scaled alike."""
    if opp is None or not len(opp):
        return {"length_m": 0.0, "cost_eur": 0.0, "needs": 0}
    key = pd.factorize(opp["need"].astype(str) + "|" + opp["need_id"].astype(str))[0]
    geoms = np.asarray(opp["geometry"], dtype=object)
    lengths = opp["length_m"].to_numpy(dtype=float)
    costs_ = opp["cout_evite_eur"].to_numpy(dtype=float)
    n_needs = int(key.max()) + 1
    several = np.flatnonzero(np.bincount(key)[key] > 1)
    # only the needs whose stretches touch one another need a union: the others add up.
    # Envelopes first, then the exact test on the pairs of one need only (most envelope
    # pairs are stretches of different needs side by side, never compared)
    own, own_key = geoms[several], key[several]
    a, b = shapely.STRtree(own).query(own)
    same = (a < b) & (own_key[a] == own_key[b])
    a, b = a[same], b[same]
    touching = shapely.intersects(own[a], own[b])
    merged = np.isin(key, np.unique(own_key[a[touching]]))
    length = float(lengths[~merged].sum())
    cost = float(costs_[~merged].sum())
    if merged.any():
        raw_len = np.bincount(key[merged], weights=lengths[merged], minlength=n_needs)
        raw_cost = np.bincount(key[merged], weights=costs_[merged], minlength=n_needs)
        union = shapely.length(grouped_union(geoms[merged], key[merged], n_needs))
        shared = raw_len > 0
        length += float(union[shared].sum())
        cost += float((raw_cost[shared] * union[shared] / raw_len[shared]).sum())
    return {"length_m": round(length, 1), "cost_eur": round(cost, 0), "needs": n_needs}


def _filled(template: str, columns: dict) -> np.ndarray:
    """``template`` filled row by row from arrays of text (one array operation per field)."""
    n = len(next(iter(columns.values())))
    out = constant(n, "")
    for literal, name, _, _ in string.Formatter().parse(template):
        out = out + literal
        if name is not None:
            out = out + columns[name]
    return out
