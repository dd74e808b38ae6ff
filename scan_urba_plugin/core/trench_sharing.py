"""Trench sharing: match works that will open the ground (offers) with the places that need
ducts (needs); one row per trench with the needs it can carry, its L49 CPCE eligibility (the
D407-4 thresholds, the agglomération read as the commune's INSEE unité urbaine), its legal
basis, its length, the cost range of such a trench and a rank.

Needs: planned RIP routes, unserved buildable zones, antenna sites to fibre, opened AU zones,
short gaps between existing duct routes, telecom cables on aerial supports (on electricity
poles: L2224-35 CGCT; on their own or lighting poles: L49 or an agreement). A line that
carries no telecom cable is no need. Offers: planned works, ER 05-01 future roads, opened AU
zones (a closed AUs zone has no developer). The RIP authority's own works meeting its own
needs are a row of internal coordination, never an opportunity.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import string
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from .runtime import constant
from . import french
from .geometry import first_rows, grouped_union, line_ends, line_parts, oriented_boxes, polygonal, repaired
from .i18n import QT_TR_NOOP, tr
from .legal import TEXTS
from .parallel import pairwise
from .rules import costs
from .rules.rule import (
    PROTECTION_TYPEPSC,
    Param,
    Rule,
    documents_of,
    prescriptions,
    zone_communes,
    zones,
)
from .graph import components
from .spatial_index import containing_index, nearest_distance, owning_index, pairs_within
from .vocabulary import (
    AUC,
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

L49_SOURCE = QT_TR_NOOP("article D407-4 CPCE (thresholds; version in force since 2 February "
                        "2017) and section of the L49 décret (six weeks), version of 28 June 2022")
RULE = Rule(
    rule_id="trench_sharing",
    article=f"{TEXTS['L49'].article} ; {TEXTS['D407-4'].article} ; {TEXTS['CVR'].article} ; "
            f"{TEXTS['L2224-35'].article} ; {TEXTS['L332-15'].article}",
    title=QT_TR_NOOP("Trench-sharing opportunities"),
    quote=TEXTS["D407-4"].quote + " " + TEXTS["L2224-35"].quote,
    params=(
        Param("corridor_width", 15.0, "m", QT_TR_NOOP("Scan Urba default: about a street"),
              QT_TR_NOOP("a need and an offer within this distance share a trench"),
              reach=True),
        Param("gap_max", 200.0, "m", QT_TR_NOOP("Scan Urba default"), QT_TR_NOOP(
              "longest gap between the ends of existing duct routes reported as a missing link"),
              reach=True),
        Param("l49_urban_m", 150.0, "m", L49_SOURCE, QT_TR_NOOP("L49 threshold in agglomération")),
        Param("l49_rural_m", 1000.0, "m", L49_SOURCE, QT_TR_NOOP("L49 threshold outside "
                                                                 "agglomération")),
        Param("l49_window_days", 42.0, "days", L49_SOURCE, QT_TR_NOOP("time to send a reasoned "
                                                                      "request (six weeks)")),
        Param("min_shared_m", 10.0, "m", QT_TR_NOOP("Scan Urba default"), QT_TR_NOOP(
              "shorter shared stretches are ignored")),
    ),
)
# L49 concerns works on networks; roads and public lighting coordinate under the Code de la
# voirie routière.
NETWORK_NATURES = ("eau", "assainissement", "electricite", "gaz", "chaleur", "telecom",
                   "effacement")
NEED_PRIORITY = {"point_haut_a_fibrer": 1.0, "zone_non_desservie": 0.9, "rip_a_construire": 0.8,
                 "liaison_manquante": 0.7, "zone_au": 0.6, "effacement_aerien": 0.5,
                 "ligne_aerienne": 0.4}
SCORE_FORMULA = ("score = 100 × (0.5 × middle of the trench's cost range / largest of the run "
                 "+ 0.3 × "
                 "urgency + 0.2 × need priority); urgency = 1 within 30 days of the L49 deadline "
                 "(or of the works start when L49 does not apply), falling linearly to 0 at 365 "
                 "days, 0 once passed; need priority: point haut à fibrer 1.0, zone non desservie "
                 "0.9, RIP à construire 0.8, liaison manquante 0.7, zone AU 0.6, effacement 0.5, "
                 "other aerial line 0.4, +0.3 in sensitive areas (N zones, protections), capped "
                 "at 1; a trench's priority is its strongest need's; internal coordination "
                 "scores 0.")
OPP_COLUMNS = ["opp_id", "kind", "need", "need_id", "besoins", "works_id", "maitre_ouvrage",
               "nature", "length_m", "works_length_m", "en_agglomeration",
               "agglomeration_notion", "l49_seuil_m", "l49_eligible", "l49_sous_reserve",
               "date_declaration", "date_limite_l49", "date_debut", "cout_unitaire_eur_m",
               "cout_unitaire_min_eur_m", "cout_unitaire_max_eur_m", "cout_min_eur",
               "cout_max_eur", "partenaires", "base_legale", "formalites", "score", "rang",
               "message", "insee", "idurba", "geometry"]


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
    au = z[z["TYPEZONE"] == AUC]  # a closed AUs zone opens only by a later plan change
    parts.append(pd.DataFrame({"need": "zone_au", "need_id": au["LIBELLE"].astype(str).values,
                               "partners": _rip_operator(inputs), "geometry": au["geometry"].values}))
    parts += _aerial_needs(_aerial_lines(inputs))
    return _need_frame(inputs.plan, parts)


def _aerial_needs(aerial: pd.DataFrame) -> list:
    """Telecom cables to bury: on electricity poles (appuis communs, L2224-35 CGCT, the
    telecom operator the partner), or on their own or lighting poles (L49 or an agreement,
    requested by the line's owner). A line that carries no telecom cable is no need."""
    if not len(aerial):
        return []
    telecom = pd.to_numeric(aerial["carries_telecom"], errors="coerce").fillna(0).to_numpy() > 0
    nature = aerial["nature"].astype(str).to_numpy()
    operator = aerial["telecom_operator"].fillna("").astype(str).to_numpy()
    owner = aerial["owner"].fillna("").astype(str).to_numpy()
    unnamed = tr("telecom operator on the common supports")
    parts = []
    for need, rows, partner in (
            ("effacement_aerien", telecom & (nature == "electricite"),
             np.where(operator != "", operator, unnamed)),
            ("ligne_aerienne", telecom & (nature != "electricite"),
             np.where(nature == "telecom", owner, operator))):
        if rows.any():
            parts.append(stretches(pd.DataFrame({
                "need": need, "need_id": aerial["line_id"].to_numpy()[rows],
                "partners": partner[rows], "geometry": aerial["geometry"].to_numpy()[rows]})))
    return parts


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
                                   # « un point haut à fibrer (n° de support ANFR …) »
                                   "need_id": [tr("ANFR support no. {sup}", sup=sup) for sup
                                               in to_fibre["sup_id"].to_numpy()[ok]],
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
    # empty frames left out, as pandas does today (it warns it will stop doing so)
    both = pd.concat([f for f in (first, second) if len(f)] or [first], ignore_index=True)
    rank = both["need"].map({k: i for i, k in enumerate(NEED_ORDER)}).to_numpy()
    order = np.argsort(rank, kind="stable")
    new_index = np.empty(len(order), dtype=int)
    new_index[order] = np.arange(len(order))
    pairs = [first_pairs, second_pairs.assign(n=second_pairs["n"] + len(first))]
    pairs = pd.concat([p for p in pairs if len(p)] or pairs[:1], ignore_index=True)
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
    touch = _touching(geoms, a, b)
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


def _straight(geoms) -> np.ndarray:
    """Which geometries are straight segments: LineStrings of two points."""
    return is_type(geoms, GeometryType.LINESTRING) & (shapely.get_num_coordinates(geoms) == 2)


def _touching(geoms, a, b) -> np.ndarray:
    """shapely.touches(geoms[a], geoms[b]) for pairs known to intersect. Two straight
    segments with an end in common and not in line meet there only: they touch, read from
    their coordinates (the consecutive segments of a street, most pairs); any other pair,
    or one nearly in line, is GEOS's to decide."""
    out = np.zeros(len(a), dtype=bool)
    segment = _straight(geoms)
    pair = segment[a] & segment[b]
    if pair.any():
        starts, ends = (np.full((len(geoms), 2), np.nan) for _ in range(2))
        starts[segment], ends[segment] = line_ends(geoms[segment])
        a0, a1, b0, b1 = starts[a[pair]], ends[a[pair]], starts[b[pair]], ends[b[pair]]
        same = {k: (u == v).all(axis=1) for k, (u, v) in
                {"00": (a0, b0), "01": (a0, b1), "10": (a1, b0), "11": (a1, b1)}.items()}
        at_a0 = (same["00"] | same["01"])[:, None]  # the end in common is a's first
        common = np.where(at_a0, a0, a1)
        u = np.where(at_a0, a1, a0) - common  # along a, from the end in common
        v = np.where((same["00"] | same["10"])[:, None], b1, b0) - common  # along b
        cross = u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]
        sure = (same["00"] | same["01"] | same["10"] | same["11"]) & \
            (np.abs(cross) > 1e-9 * np.hypot(*u.T) * np.hypot(*v.T))
        out[np.flatnonzero(pair)[sure]] = True
    rest = ~out
    out[rest] = shapely.touches(geoms[a[rest]], geoms[b[rest]])
    return out


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
    out = pd.concat(parts, ignore_index=True) if parts else \
        pd.DataFrame(columns=["line_id", "nature", "owner", "geometry"])
    for col in ("carries_telecom", "telecom_operator"):  # layers read before these fields
        if col not in out:
            out[col] = None
    return out


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
    xy = np.concatenate(line_ends(lines))
    end_comp = np.concatenate([comp, comp])
    # one end per node and part: segments meeting at a node share their ends
    first = first_rows(np.c_[xy, end_comp])
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
    # the shortest gap of each pair of parts, in that order (a drop_duplicates, in numpy)
    pair_key = end_comp[i][order].astype(np.int64) * (int(end_comp.max()) + 1) + \
        end_comp[j][order]
    best = order[np.sort(np.unique(pair_key, return_index=True)[1])]
    geoms = shapely.linestrings(np.stack([xy[i[best]], xy[j[best]]], axis=1))
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
    au = z[z["TYPEZONE"] == AUC]  # no developer in a closed AUs zone before a plan change
    parts.append(pd.DataFrame({"kind": "zone_au", "offer_id": au["LIBELLE"].astype(str).values,
                               "maitre_ouvrage": tr("developer of the AU zone"),
                               "nature": "amenagement", "geometry": au["geometry"].values}))
    parts = [p for p in parts if len(p)]
    out = pd.concat(parts, ignore_index=True) if parts else \
        pd.DataFrame(columns=["kind", "offer_id", "maitre_ouvrage", "nature", "geometry"])
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
    shared[lines] = _shared_lines(n_geoms, o_geoms, n_idx[lines], o_idx[lines], corridor,
                                  min_length)
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


def _shared_lines(need_geoms, offer_geoms, n_idx, o_idx, corridor,
                  min_length: float = 0.0) -> np.ndarray:
    """The stretch each need line shares with its offer line, in bulk: the shorter of
    need ∩ corridor(offer) and offer ∩ corridor(need), with flat caps; None for a pair
    whose offer surely lies less than ``min_length`` in the need's corridor (the stretch,
    shorter still, would be dropped: a quarter of the pairs on the bench département).

    Each line is buffered once, whole, however many partners it has. Whole, not cut to
    where the two meet: GEOS collapses a cut line that folds back on itself (an aerial
    span drawn there and back) to a point, and the shared stretch was lost."""
    out = np.full(len(n_idx), None, dtype=object)
    kept = np.flatnonzero(~_surely_shorter(need_geoms[n_idx], offer_geoms[o_idx], corridor,
                                           min_length))
    n_idx, o_idx = n_idx[kept], o_idx[kept]
    needs, to_need = np.unique(n_idx, return_inverse=True)
    offers, to_offer = np.unique(o_idx, return_inverse=True)
    need_corridor = shapely.buffer(need_geoms[needs], corridor, cap_style="flat")
    offer_corridor = shapely.buffer(offer_geoms[offers], corridor, cap_style="flat")
    a = pairwise(shapely.intersection, need_geoms[n_idx], offer_corridor[to_offer])
    b = pairwise(shapely.intersection, offer_geoms[o_idx], need_corridor[to_need])
    out[kept] = np.where(shapely.length(a) <= shapely.length(b), a, b)
    return out


def _surely_shorter(needs, offers, corridor: float, min_length: float) -> np.ndarray:
    """Pairs whose offer lies less than ``min_length`` inside the corridor of a straight
    need (a two-point segment, whose flat-capped corridor is a rectangle): each offer
    segment is clipped to that rectangle in the need's own frame (Liang–Barsky) and the
    pieces summed, never less than the length GEOS would find (pieces overlapping where
    the offer folds back are counted twice). A millimetre of margin absorbs rounding;
    other needs are never 'surely' anything."""
    out = np.zeros(len(needs), dtype=bool)
    straight = np.flatnonzero(_straight(needs))
    if min_length <= 0 or not len(straight):
        return out
    start, end = line_ends(needs[straight])
    along = end - start
    size = np.hypot(*along.T)
    ok = size > 0
    straight, start, along, size = straight[ok], start[ok], along[ok], size[ok]
    u = along / size[:, None]
    parts, pair = shapely.get_parts(offers[straight], return_index=True)
    xy, part = shapely.get_coordinates(parts, return_index=True)
    same = np.flatnonzero(part[1:] == part[:-1])  # consecutive points of one part
    k = pair[part[same]]
    rel0, rel1 = xy[same] - start[k], xy[same + 1] - start[k]
    s0, s1 = (rel0 * u[k]).sum(1), (rel1 * u[k]).sum(1)  # along the need
    t0 = rel0[:, 1] * u[k, 0] - rel0[:, 0] * u[k, 1]  # across it
    t1 = rel1[:, 1] * u[k, 0] - rel1[:, 0] * u[k, 1]
    lo, hi = np.zeros(len(k)), np.ones(len(k))
    for v0, v1, low, high in ((s0, s1, 0.0, size[k]), (t0, t1, -corridor, corridor)):
        dv = v1 - v0
        flat = dv == 0
        with np.errstate(divide="ignore", invalid="ignore"):
            w1, w2 = (low - v0) / dv, (high - v0) / dv
        lo = np.where(flat, lo, np.maximum(lo, np.minimum(w1, w2)))
        hi = np.where(flat, np.where((v0 >= low) & (v0 <= high), hi, -1.0),
                      np.minimum(hi, np.maximum(w1, w2)))
    inside = np.clip(hi - lo, 0.0, None) * np.hypot(*(xy[same + 1] - xy[same]).T)
    length = np.bincount(k, weights=inside, minlength=len(straight))
    out[straight] = length < min_length - 1e-3
    return out


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
    "l49": "L49 CPCE ; seuils de l'article D407-4 CPCE",
    "l49_sous_reserve": "L49 CPCE si les travaux sont en agglomération (seuil de 150 m, "
                        "article D407-4 CPCE) ; à défaut, convention de pose commune",
    "convention": "convention de pose commune (sous le seuil L49 ou hors délai)",
    "coordination": "coordination des travaux de voirie (L115-1 et L131-7 du code de la "
                    "voirie routière) ; convention de pose commune",
    "er_voirie": "L151-41 1° CU (voie réalisée par le bénéficiaire de l'ER) ; convention de "
                 "pose commune",
    "zone_au": "convention avec l'aménageur de la zone AU, pose à la charge du réseau "
               "demandeur (une artère du RIP ou la desserte d'un site d'opérateur n'est pas "
               "un équipement propre de l'opération, L332-15 CU)",
    "effacement": "L2224-35 CGCT ; arrêté du 2 décembre 2008 (20 % des coûts de terrassement "
                  "à la charge de l'opérateur de communications électroniques)",
    "interne": "coordination interne (travaux et réseau d'initiative publique du même maître "
               "d'ouvrage)",
}
# Needs the RIP authority itself carries: met in its own works, they are internal work.
RIP_NEEDS = ("rip_a_construire", "zone_non_desservie", "zone_au", "liaison_manquante")
# Protected elements whose crossing calls for the plan's formalities (L151-23 CU: CNIG
# 07-04, 07-05, 08-00 and the continuités écologiques 25).
L151_23_CODES = (("07", "04"), ("07", "05"), ("08", "00"), ("25", None))


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
                  progress=None, prepared: Matches | None = None,
                  found: pd.DataFrame | None = None) -> pd.DataFrame:
    """The opportunities layer: one row per trench (an offer and the needs it can carry;
    the needs the RIP authority meets in its own works make a row of internal coordination).
    ``found``: compliance_needs(inputs, compliance, params), when already computed."""
    today = pd.Timestamp(reference_date or dt.date.today())
    prepared = prepared if prepared is not None else prepare(inputs, params)
    if progress:
        progress(0.3, "needs")
    offer_frame = prepared.offers
    if found is None:
        found = compliance_needs(inputs, compliance, params)
    found_pairs = match(found, offer_frame, params["corridor_width"], params["min_shared_m"])
    need_frame, pairs = _merged_needs(prepared.needs, found, prepared.pairs, found_pairs)
    if progress:
        progress(0.7, "matching")
    pairs = _without_superseded(pairs, need_frame, offer_frame, params["corridor_width"])
    if not len(pairs):
        return _frame([], OPP_COLUMNS)
    pair = _pair_frame(inputs, need_frame, offer_frame, pairs)
    out = _trenches(pair, offer_frame)
    out = _offer_law(inputs, out, offer_frame, params)
    out = _costs(inputs.plan, out, params)
    out["formalites"] = _l151_23_crossed(inputs.plan, out["geometry"].to_numpy())
    out = _score(out, today)
    out["message"] = _messages(out, today)
    keys = out["kind"] + "|" + out["need_id"] + "|" + out["works_id"] + "|" + \
        out["length_m"].map("{:.0f}".format)
    out["opp_id"] = [hashlib.sha1(k.encode(), usedforsecurity=False).hexdigest()[:12] for k in keys]
    return out[OPP_COLUMNS].sort_values("rang").reset_index(drop=True)


def _without_superseded(pairs, need_frame, offer_frame, corridor) -> pd.DataFrame:
    """Drop an ER road's or an AU zone's pair when planned works of the same need run along
    most of its stretch: the works are the trench (one row per trench, not one per plan
    item drawn over it)."""
    kind = offer_frame["kind"].to_numpy()
    o = pairs["o"].to_numpy(dtype=int)
    n = pairs["n"].to_numpy(dtype=int)
    plan_item = np.isin(kind[o], ["er_voirie", "zone_au"])
    works = np.flatnonzero(~plan_item & np.isin(kind[o], ["travaux_programmes", "effacement"]))
    if not plan_item.any() or not len(works):
        return pairs.reset_index(drop=True)
    candidates = np.flatnonzero(plan_item)
    # the works pairs of the same need: (plan-item pair, works pair) by need
    left = pd.DataFrame({"p": candidates, "n": n[candidates]})
    right = pd.DataFrame({"w": works, "n": n[works]})
    both = left.merge(right, on="n")
    if not len(both):
        return pairs.reset_index(drop=True)
    shared = pairs["shared"].to_numpy()
    lanes = shapely.buffer(offer_frame["geometry"].to_numpy()[o[both["w"].to_numpy()]], corridor,
                           cap_style="flat")
    own = shared[both["p"].to_numpy()]
    covered = shapely.length(pairwise(shapely.intersection, own, lanes))
    gone = both.loc[covered >= 0.5 * shapely.length(own), "p"].unique()
    return pairs.drop(index=pairs.index[gone]).reset_index(drop=True)


def _pair_frame(inputs, need_frame, offer_frame, pairs) -> pd.DataFrame:
    """Each need × offer pair with what the trench row needs: the need, its partners, its
    shared stretch, and whether the offer's maître d'ouvrage owns the RIP that needs it."""
    need = need_frame.iloc[pairs["n"].to_numpy(dtype=int)].reset_index(drop=True)
    o = pairs["o"].to_numpy(dtype=int)
    moa = offer_frame["maitre_ouvrage"].to_numpy()[o]
    works = np.isin(offer_frame["kind"].to_numpy()[o], ["travaux_programmes", "effacement"])
    internal = works & need["need"].isin(RIP_NEEDS).to_numpy() & \
        np.isin(_organisation(moa), _rip_owners(inputs))
    return pd.DataFrame({"o": o, "internal": internal, "need": need["need"].to_numpy(),
                         "need_id": need["need_id"].astype(str).to_numpy(),
                         "partners": need["partners"].fillna("").astype(str).to_numpy(),
                         "priority": need["priority"].to_numpy(dtype=float),
                         "sensitive": need["sensitive"].to_numpy(dtype=bool),
                         "shared": pairs["shared"].to_numpy()})


def _organisation(names) -> np.ndarray:
    """An organisation's name compared loosely: folded, without a parenthesis ("(RIP)")."""
    from .standards.text_tables import fold

    codes, distinct = pd.factorize(pd.Series(np.asarray(names, dtype=object)).fillna("")
                                   .astype(str))
    folded = np.array([fold(re.sub(r"\([^)]*\)", "", d)) for d in distinct], dtype=object)
    return folded[codes] if len(codes) else np.array([], dtype=object)


def _rip_owners(inputs) -> np.ndarray:
    """Who owns the RIP: the owners of its planned routes, else of its underground routes
    (a commune owning a few aerial spans in the same GraceTHD export is not the RIP)."""
    net = inputs.network
    if net is None or not len(net.routes) or "owner" not in net.routes:
        return np.array([], dtype=object)
    routes = net.routes
    planned = routes[routes["progress"].isin(PLANNED)]
    source = planned if planned["owner"].notna().any() else routes[~routes["aerial"]]
    owners = _organisation(source["owner"].dropna().unique())
    return owners[owners != ""]


def _trenches(pair: pd.DataFrame, offer_frame: pd.DataFrame) -> pd.DataFrame:
    """One row per offer (and internal or not): its needs listed, strongest first, the
    trench stretch measured once (the works line along the needs, or the needs' lines in
    an ER or AU zone). A row of one need keeps its shared stretch as it is."""
    rank = pair["need"].map({k: i for i, k in enumerate(NEED_ORDER)})
    pair = pair.assign(_rank=rank).sort_values(["o", "internal", "priority", "_rank"],
                                               ascending=[True, True, False, True],
                                               kind="stable")
    key = pd.factorize(2 * pair["o"].to_numpy(dtype=np.int64)
                       + pair["internal"].to_numpy(dtype=np.int64))[0]
    pair = pair.assign(_key=key)
    labels = {k: tr(v) for k, v in NEED_LABELS.items()}
    text = (pair["need"].map(labels) + " (" + pair["need_id"] + ")").to_numpy(dtype=object)
    grouped = pair.groupby("_key", sort=True)
    first = grouped.first()
    n = len(first)
    o = first["o"].to_numpy(dtype=int)
    trench, length = _trench_stretches(pair["shared"].to_numpy(), key, n,
                                       offer_frame["geometry"].to_numpy()[o])
    kinds = np.zeros((n, len(NEED_ORDER)), dtype=bool)
    kinds[key, rank.loc[pair.index].to_numpy(dtype=int)] = True
    return pd.DataFrame({
        "o": o, "internal": first["internal"].to_numpy(dtype=bool),
        "need": first["need"].to_numpy(), "need_id": first["need_id"].to_numpy(),
        "besoins": _listed(key, text, n),
        **{f"has_{k}": kinds[:, i] for i, k in enumerate(NEED_ORDER)},
        "need_partners": _listed(key, pair["partners"].to_numpy(dtype=object), n),
        "priority": grouped["priority"].max().to_numpy(),
        "sensitive": grouped["sensitive"].any().to_numpy(),
        "length_m": np.round(length, 1), "geometry": trench})


def _trench_stretches(shared, key, n, offer_geom) -> tuple[np.ndarray, np.ndarray]:
    """Each trench's stretch and length: a one-need row keeps its shared stretch; several
    needs inside an ER or AU zone, the union of their lines; several needs along a works
    line, the union of their lines shown, measured along the works as the union of the
    intervals they cover (parallel needs count once; one sort, no buffer)."""
    count = np.bincount(key, minlength=n)
    geom = grouped_union(shared, key, n)
    length = shapely.length(geom)
    line = ~is_family(offer_geom, POLYGON) & (count > 1)
    if line.any():
        rows = np.flatnonzero(line[key])
        parts, part_of = shapely.get_parts(shared[rows], return_index=True)
        group = key[rows][part_of]
        works = offer_geom[group]
        ends = np.stack([shapely.line_locate_point(works, shapely.get_point(parts, 0)),
                         shapely.line_locate_point(works, shapely.get_point(parts, -1))])
        length[line] = _covered(group, ends.min(axis=0), ends.max(axis=0), n)[line]
    return geom, length


def _covered(group, low, high, n) -> np.ndarray:
    """Length of the union of the intervals [low, high] of each group."""
    order = np.lexsort((low, group))
    group, low, high = group[order], low[order], high[order]
    reach = pd.Series(high).groupby(group).cummax().to_numpy()
    before = np.r_[-np.inf, reach[:-1]]
    fresh = np.r_[True, group[1:] != group[:-1]] | (low > before)
    # each run of overlapping intervals: from its first low to its highest reach
    run = np.cumsum(fresh) - 1
    start = low[fresh]
    end = pd.Series(reach).groupby(run).max().to_numpy()
    return np.bincount(group[fresh], weights=end - start, minlength=n)


def _listed(key, values, n) -> np.ndarray:
    """The distinct non-empty values of each group, in order, joined by " ; " (one Python
    join per group of several, on array slices: a pandas aggregation per group cost a
    third of a second for a département's 12,000 trenches; most groups have one)."""
    frame = pd.DataFrame({"k": key, "v": values})
    frame = frame[frame["v"].fillna("").astype(str) != ""].drop_duplicates()
    out = constant(n, "")
    several = frame["k"].duplicated(keep=False).to_numpy()
    one = frame[~several]
    out[one["k"].to_numpy()] = one["v"].to_numpy()
    if several.any():
        multi = frame[several].sort_values("k", kind="stable")  # each group in its order
        k, v = multi["k"].to_numpy(), multi["v"].to_numpy(dtype=object)
        bounds = np.r_[np.flatnonzero(np.r_[True, k[1:] != k[:-1]]), len(k)]
        out[k[bounds[:-1]]] = [" ; ".join(v[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    return out


def _offer_law(inputs, out: pd.DataFrame, offer_frame: pd.DataFrame, params) -> pd.DataFrame:
    """The offer's side of each row: who, what, when, the agglomération (D407-4 CPCE, in the
    sense used said in words), the L49 threshold and deadline, the legal basis."""
    offer = offer_frame.iloc[out["o"].to_numpy()].reset_index(drop=True)
    in_agglo, notion = _agglomeration(inputs, offer_frame)
    in_agglo, notion = in_agglo[out["o"].to_numpy()], notion[out["o"].to_numpy()]
    works_len = offer["offer_length_m"].to_numpy(dtype=float)
    is_works = offer["kind"].isin(["travaux_programmes", "effacement"]).to_numpy()
    network_works = is_works & offer["nature"].isin(NETWORK_NATURES).to_numpy()
    known = np.array([v is not None for v in in_agglo])
    inside = np.array([v is True for v in in_agglo])
    threshold = np.where(inside | ~known, params["l49_urban_m"], params["l49_rural_m"])
    eligible = network_works & known & (works_len >= threshold)
    eligible |= network_works & (works_len >= params["l49_rural_m"])  # whatever the notion
    pending = network_works & ~eligible & ~known & (works_len >= params["l49_urban_m"])
    declared = pd.to_datetime(offer["date_declaration"])
    deadline = (declared + pd.Timedelta(days=params["l49_window_days"])).where(
        eligible | pending)
    burial = offer["nature"].isin(["effacement", "electricite"]).to_numpy() & \
        out["has_effacement_aerien"].to_numpy()
    kinds = np.where(out["internal"], "coordination_interne",
                     np.where(burial, "effacement", offer["kind"].to_numpy())).astype(object)
    base = _legal_bases(offer["kind"].to_numpy(), burial, network_works, eligible, pending)
    base[out["internal"].to_numpy()] = LEGAL_BASES["interne"]
    return out.assign(
        kind=kinds, works_id=offer["offer_id"].astype(str).to_numpy(),
        maitre_ouvrage=offer["maitre_ouvrage"].to_numpy(), nature=offer["nature"].to_numpy(),
        works_length_m=np.round(works_len, 1),
        en_agglomeration=np.where(known, inside, None).astype(object),
        agglomeration_notion=np.where(network_works, notion, "").astype(object),
        l49_seuil_m=np.where(network_works, threshold, np.nan), l49_eligible=eligible,
        l49_sous_reserve=pending, date_declaration=declared.to_numpy(),
        date_limite_l49=deadline.to_numpy(),
        date_debut=pd.to_datetime(offer["date_debut"]).to_numpy(),
        partenaires=_joined(offer["maitre_ouvrage"], out["need_partners"]),
        base_legale=base)


def _legal_bases(offer_kind, burial, network_works, eligible, pending) -> np.ndarray:
    """Each basis in full: a burial of electricity poles carrying telecom (L2224-35), and L49
    when the same works are eligible; roads and lighting coordinate; never L47."""
    base = np.select([offer_kind == "er_voirie", offer_kind == "zone_au", eligible, pending,
                      network_works],
                     [LEGAL_BASES["er_voirie"], LEGAL_BASES["zone_au"], LEGAL_BASES["l49"],
                      LEGAL_BASES["l49_sous_reserve"], LEGAL_BASES["convention"]],
                     LEGAL_BASES["coordination"]).astype(object)
    base[burial] = LEGAL_BASES["effacement"] + " ; " + base[burial]
    return base


def _agglomeration(inputs, offer_frame) -> tuple[np.ndarray, np.ndarray]:
    """Whether each offer lies, wholly or partly, in an agglomération (True, False, None when
    undetermined) and the notion used: the user's agglomération layer, else the INSEE unité
    urbaine of the communes its plan zones belong to (never the plan's U zones)."""
    from .standards import unites_urbaines as uu

    geoms = offer_frame["geometry"].to_numpy()
    n = len(geoms)
    if inputs.agglomeration is not None and len(inputs.agglomeration):
        polys = polygonal(repaired(inputs.agglomeration["geometry"].to_numpy()))
        out = np.zeros(n, dtype=bool)
        hit, _ = shapely.STRtree(polys).query(geoms, predicate="intersects")
        out[hit] = True
        return out.astype(object), constant(n, tr(uu.USER_LAYER))
    z = zones(inputs.plan)
    o_idx, z_idx = shapely.STRtree(z["geometry"].to_numpy()).query(geoms, predicate="intersects") \
        if len(z) else (np.array([], dtype=int), np.array([], dtype=int))
    insee = zone_communes(inputs.plan)[z_idx]
    outside = np.setdiff1d(np.arange(n), o_idx)  # off the plan: the plan's own communes
    o_idx = np.concatenate([o_idx, outside]).astype(int)
    insee = np.concatenate([insee, constant(len(outside), inputs.plan.insee)])
    answer = uu.in_unite_urbaine(insee)
    # partly in an agglomération is enough (D407-4); one undetermined commune leaves it open
    score = pd.Series(np.select([answer == True, answer == False], [2, 0], 1))  # noqa: E712
    best = score.groupby(o_idx).max().reindex(range(n), fill_value=1).to_numpy()
    value = np.select([best == 2, best == 0], [True, False], None).astype(object)
    words = {True: tr(uu.IN_UNIT), False: tr(uu.OUT_OF_UNIT), None: tr(uu.UNKNOWN)}
    notion = np.array([words[v] for v in value], dtype=object)
    return value, notion


def _costs(plan, out: pd.DataFrame, params) -> pd.DataFrame:
    """The civil-works cost of each trench as a range (context under its middle), and the
    parameter value the score uses; no sharing factor: L49 shares pro rata of
    cross-sections, L2224-35 by 20 % of the terrassement, an agreement as agreed."""
    z = zones(plan)
    mids = shapely.line_interpolate_point(out["geometry"].to_numpy(), 0.5, normalized=True)
    zone_i = containing_index(mids, z["geometry"].to_numpy())
    typezone = np.where(zone_i >= 0, z["TYPEZONE"].to_numpy()[np.maximum(zone_i, 0)], None)
    label = np.where(zone_i >= 0, z["LIBELLE"].to_numpy()[np.maximum(zone_i, 0)], None)
    unit = costs.unit_costs(typezone, label, params)
    ranges = np.array([costs.unit_cost_range(t, lab) for t, lab in zip(typezone, label)],
                      dtype=float).reshape(-1, 2)
    length = out["length_m"].to_numpy(dtype=float)
    # as the findings: per commune, the nearest one for a stretch in the margin
    insee, idurba = documents_of(plan, owning_index(mids, z["geometry"].to_numpy()))
    return out.assign(cout_unitaire_eur_m=unit, cout_unitaire_min_eur_m=ranges[:, 0],
                      cout_unitaire_max_eur_m=ranges[:, 1],
                      cout_min_eur=np.round(length * ranges[:, 0], -1),
                      cout_max_eur=np.round(length * ranges[:, 1], -1),
                      insee=insee, idurba=idurba)


def _l151_23_crossed(plan, geoms) -> np.ndarray:
    """The L151-23 elements (ripisylves, hedgerows, continuités écologiques) each trench
    crosses, by label, "" where none (surface and linear prescriptions)."""
    parts = []
    for table in ("PRESCRIPTION_SURF", "PRESCRIPTION_LIN"):
        p = plan.tables.get(table)
        if p is None or "TYPEPSC" not in p or not len(p):
            continue
        mask = np.zeros(len(p), dtype=bool)
        for typ, sub in L151_23_CODES:
            hit = p["TYPEPSC"] == typ
            if sub is not None:
                hit = hit & (p.get("STYPEPSC") == sub)
            mask |= hit.fillna(False).to_numpy(dtype=bool)
        parts.append(p.loc[mask & p["geometry"].notna().to_numpy(), ["LIBELLE", "geometry"]])
    out = constant(len(geoms), "")
    protected = pd.concat(parts, ignore_index=True) if parts else None
    if protected is None or not len(protected) or not len(geoms):
        return out
    g_idx, p_idx = shapely.STRtree(protected["geometry"].to_numpy()).query(
        np.asarray(geoms, dtype=object), predicate="intersects")
    if len(g_idx):
        names = pd.Series(protected["LIBELLE"].astype(str).to_numpy()[p_idx]).groupby(g_idx) \
            .agg(lambda v: " ; ".join(dict.fromkeys(v)))
        out[names.index.to_numpy()] = names.to_numpy()
    return out


def _joined(a: pd.Series, b: pd.Series) -> np.ndarray:
    """"a ; b" in alphabetical order, one of them when the other is empty or the same."""
    a = a.fillna("").astype(str).to_numpy(dtype=object)
    b = b.fillna("").astype(str).to_numpy(dtype=object)
    low, high = np.where(a <= b, a, b), np.where(a <= b, b, a)
    return np.where(low == "", high, np.where(low == high, low, low + " ; " + high))


def _score(out: pd.DataFrame, today) -> pd.DataFrame:
    target = out["date_limite_l49"].where(out["l49_eligible"].astype(bool)
                                          | out["l49_sous_reserve"].astype(bool),
                                          out["date_debut"])
    days = (pd.to_datetime(target) - today).dt.days
    urgency = np.where(days.isna(), 0.2, np.clip(1 - (days.fillna(0) - 30) / 335, 0, 1))
    urgency = np.where(days.fillna(0) < 0, 0.0, urgency)
    middle = (out["cout_min_eur"] + out["cout_max_eur"]) / 2
    counted = ~out["internal"].to_numpy(dtype=bool)
    top = middle[counted].max() if counted.any() else 0.0
    score = 100 * (0.5 * middle / (top or 1.0) + 0.3 * urgency + 0.2 * out["priority"])
    out["score"] = np.round(np.where(counted, score, 0.0), 1)  # internal work ranks last
    out["rang"] = out["score"].rank(ascending=False, method="first").astype(int)
    out["days_left"] = days
    return out


NEED_LABELS = {"rip_a_construire": QT_TR_NOOP("a RIP route to build"),
               "zone_non_desservie": QT_TR_NOOP("a zone with no RIP network recorded nearby"),
               "point_haut_a_fibrer": QT_TR_NOOP("an antenna site to fibre"),
               "zone_au": QT_TR_NOOP("an AU zone to equip"),
               "liaison_manquante": QT_TR_NOOP("a missing link between duct routes"),
               "effacement_aerien": QT_TR_NOOP("a telecom line on electricity poles to bury"),
               "ligne_aerienne": QT_TR_NOOP("an aerial telecom line on its own or lighting "
                                            "poles to bury")}


def _messages(out: pd.DataFrame, today) -> np.ndarray:
    """The message of each trench: templates translated once and filled column-wise."""
    text = lambda s: s.fillna("").astype(str).to_numpy(dtype=object)  # noqa: E731
    fields = {"works": text(out["works_id"]), "owner": text(out["maitre_ouvrage"]),
              "needs": text(out["besoins"]), "length": french.column(french.metres,
                                                                    out["length_m"])}
    internal = out["internal"].to_numpy(dtype=bool)
    head = np.where(internal, _filled(tr(
        "The works {works} ({owner}) and the RIP need(s) they meet belong to the same maître "
        "d'ouvrage: {needs}, over {length}. Internal coordination (lay the RIP ducts in the "
        "works), not a sharing opportunity."), fields), _filled(tr(
            "The works {works} ({owner}) can carry, over {length}, ducts for: {needs}."),
            fields))
    cost = " " + _filled(tr("Civil-works cost of such a trench of the order of {low} to "
                            "{high} ({source}); the parties share it under the legal basis or "
                            "their agreement: it is not saved whole."), {
        "low": french.column(french.euros, out["cout_min_eur"]),
        "high": french.column(french.euros, out["cout_max_eur"]),
        "source": constant(len(out), tr(COST_SOURCE))})
    parts = [head, np.where(internal, "", cost), np.where(internal, "", _l49_tails(out, today))]
    parts += _need_tails(out)
    formalities = " " + _filled(tr(
        "The trench crosses an element protected under L151-23 CU ({labels}): the works "
        "follow the plan's rules for it and its prior formalities."),
        {"labels": text(out["formalites"])})
    parts.append(np.where(out["formalites"].to_numpy(dtype=object) != "", formalities, ""))
    message = parts[0]
    for part in parts[1:]:
        message = message + part
    return message


COST_SOURCE = QT_TR_NOOP("CETE de l'Ouest reference, undated note of about 2008–2012, not "
                         "updated")


def _l49_tails(out: pd.DataFrame, today) -> np.ndarray:
    """What to do under L49, and in which sense the agglomération was read."""
    deadlines = pd.to_datetime(out["date_limite_l49"])
    day = french.column(french.date, deadlines)
    notion = out["agglomeration_notion"].fillna("").astype(str).to_numpy(dtype=object)
    threshold = french.column(french.metres, out["l49_seuil_m"])
    eligible = out["l49_eligible"].to_numpy(dtype=bool) & deadlines.notna().to_numpy()
    pending = out["l49_sous_reserve"].to_numpy(dtype=bool)
    basis = out["base_legale"].to_numpy(dtype=object)
    conv = np.array([b.endswith(LEGAL_BASES["convention"]) for b in basis])
    road = np.array([b.endswith(LEGAL_BASES["coordination"]) for b in basis])
    tails = [
        (eligible & (deadlines >= today).to_numpy(), tr(
            "Send the maître d'ouvrage a reasoned request (L49 CPCE) before {date} "
            "(agglomération: {notion}).")),
        (eligible, tr("L49 window closed on {date}: propose a joint-laying agreement.")),
        (pending & (deadlines < today).to_numpy(), tr(
            "L49 would apply to these works only in an agglomération (150 m, D407-4 CPCE), here "
            "{notion}; its window closed on {date} anyway: propose a joint-laying agreement.")),
        (pending, tr("L49 applies to these works only in an agglomération (150 m, D407-4 "
                     "CPCE), here {notion}: if the commune belongs to an INSEE unité urbaine, "
                     "send a reasoned request before {date}; otherwise propose a joint-laying "
                     "agreement.")),
        (conv, tr("Network works below the L49 threshold ({threshold}; agglomération: "
                  "{notion}): propose a joint-laying agreement.")),
        (road, tr("Road or lighting works (not L49): ask for roadworks coordination (L115-1 / "
                  "L131-7 of the Code de la voirie routière) and a joint-laying agreement."))]
    values = {"date": day, "notion": notion, "threshold": threshold}
    filled = [" " + _filled(t, values) for _, t in tails]
    return np.select([c for c, _ in tails], filled, "").astype(object)


def _need_tails(out: pd.DataFrame) -> list:
    """The sentences some needs call for: L2224-35 on common supports (the telecom operator
    the counterparty), a telecom line's owner, the developer's équipements propres."""
    has = lambda k: out[f"has_{k}"].to_numpy(dtype=bool)  # noqa: E731
    internal = out["internal"].to_numpy(dtype=bool)
    burial = out["base_legale"].str.startswith("L2224-35").to_numpy()
    partners = out["partenaires"].fillna("").astype(str).to_numpy(dtype=object)
    sentences = [
        (burial, _filled(tr(
            " The telecom cables on these electricity poles (appuis communs) go into the "
            "trench with them: under an agreement with the collectivité, the telecom operator "
            "({partners}) bears its own equipment and 20 % of the terrassement costs (L2224-35 "
            "CGCT, arrêté of 2 December 2008)."), {"partners": partners})),
        (has("ligne_aerienne") & ~internal, constant(len(out), tr(
            " The aerial telecom line stands on telecom or lighting poles, not on electricity "
            "ones: L2224-35 does not apply; the line's owner makes the request or the "
            "agreement."))),
        ((out["kind"] == "zone_au").to_numpy(), constant(len(out), tr(
            " The developer owes the équipements propres of its operation (L332-15 CU); a RIP "
            "route or an operator's site link is not one: an agreement with the developer, the "
            "laying paid by the network."))),
        (has("zone_au") & (out["kind"] != "zone_au").to_numpy(), constant(len(out), tr(
            " Inside the AU zone, the operation's own ducts are équipements propres at the "
            "developer's charge (L332-15 CU).")))]
    return [np.where(c & ~internal, s, "") for c, s in sentences]


def totals(opp: pd.DataFrame) -> dict:
    """Headline figures: metres of trench, each trench once (one row is one trench; rows of
    internal coordination apart), their cost range, and the needs they can carry."""
    empty = {"length_m": 0.0, "cost_min_eur": 0.0, "cost_max_eur": 0.0, "needs": 0,
             "trenches": 0}
    if opp is None or not len(opp):
        return empty
    counted = opp[opp["kind"].astype(str) != "coordination_interne"]
    if not len(counted):
        return empty
    needs = {item for text in counted["besoins"].fillna("").astype(str)
             for item in text.split(" ; ") if item}
    return {"length_m": round(float(counted["length_m"].sum()), 1),
            "cost_min_eur": round(float(counted["cout_min_eur"].sum()), -1),
            "cost_max_eur": round(float(counted["cout_max_eur"].sum()), -1),
            "needs": len(needs), "trenches": int(len(counted))}


def _filled(template: str, columns: dict) -> np.ndarray:
    """``template`` filled row by row from arrays of text (one array operation per field)."""
    n = len(next(iter(columns.values())))
    out = constant(n, "")
    for literal, name, _, _ in string.Formatter().parse(template):
        out = out + literal
        if name is not None:
            out = out + columns[name]
    return out
