"""Bulk spatial measures shared by the rules: served shares, nearest distances, clusters.

Everything runs on arrays through one STRtree query; no buffer of the whole network is
ever dissolved: each zone only buffers the routes that come within reach of it.
"""
from __future__ import annotations

import numpy as np
import shapely

from .geometry import polygonal, repaired
from .parallel import MIN_ITEMS, fork_map, split, workers


def line_parts(lines) -> np.ndarray:
    """LineStrings of a mixed array of (Multi)LineStrings, None and empties dropped."""
    arr = np.asarray(lines, dtype=object)
    arr = arr[~shapely.is_missing(arr)]
    parts = shapely.get_parts(arr)
    return parts[(shapely.get_type_id(parts) == 1) & ~shapely.is_empty(parts)]


QUAD_SEGS = 4  # arc precision of buffers (the native chain of the benchmark uses the same)


def merged_lines(lines) -> np.ndarray:
    """The same ground as ``lines`` in fewer, longer LineStrings.

    Duplicated segments (several routes in one street) are dropped and end-to-end pieces
    joined: a buffer's cost grows with how many offset curves cross each other, so this
    makes the buffers below several times cheaper without changing the area they cover.
    """
    parts = line_parts(lines)
    if len(parts) < 2:
        return parts
    keys = np.asarray(shapely.to_wkb(shapely.normalize(parts)), dtype=object)
    _, first = np.unique(keys, return_index=True)
    unique = parts[np.sort(first)]
    return line_parts([shapely.line_merge(shapely.multilinestrings(unique))])


def _clipped_to_boxes(lines, boxes) -> np.ndarray:
    """Each line cut to its box; lines already inside their box are kept as they are.

    Cutting is only an economy: the parts outside a box cannot reach its zone, so a cut
    that GEOS collapses (a line folding back on itself may come out as a point) falls back
    to the whole line."""
    lb, bb = shapely.bounds(lines), shapely.bounds(boxes)
    out = lines.copy()
    over = ((lb[:, 0] < bb[:, 0]) | (lb[:, 1] < bb[:, 1]) | (lb[:, 2] > bb[:, 2])
            | (lb[:, 3] > bb[:, 3]))
    cut = shapely.intersection(lines[over], boxes[over])
    out[over] = np.where(shapely.length(cut) > 0, cut, lines[over])
    return out


def served_parts(zone_geoms, lines, distance: float, quad_segs: int = QUAD_SEGS) -> np.ndarray:
    """The part of each zone lying within ``distance`` of any of ``lines`` (empty if none).

    The zones are shared out between the cores (forked workers), by their number of
    nearby lines."""
    zones = polygonal(repaired(np.asarray(zone_geoms, dtype=object)))
    lines = merged_lines(lines)
    if not len(zones) or not len(lines):
        return np.full(len(zones), shapely.Polygon(), dtype=object)
    tree = shapely.STRtree(lines)
    z_idx, _ = tree.query(zones, predicate="dwithin", distance=distance)
    near = np.bincount(z_idx, minlength=len(zones))
    chunks = split(near + 1, workers())
    parts = fork_map(lambda c: _served_parts(zones[c], lines, tree, distance, quad_segs),
                     chunks, parallel=len(z_idx) >= MIN_ITEMS)
    return np.concatenate(parts)


def area_share(parts, zone_geoms) -> np.ndarray:
    """Area of each part over the area of its zone, in [0, 1] (0 for a zone without area)."""
    area = shapely.area(polygonal(repaired(np.asarray(zone_geoms, dtype=object))))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(area > 0, shapely.area(parts) / area, 0.0)
    return np.clip(np.nan_to_num(out), 0.0, 1.0)


def served_share(zone_geoms, lines, distance: float, quad_segs: int = QUAD_SEGS) -> np.ndarray:
    """Share of each zone's area lying within ``distance`` of any of ``lines``."""
    return area_share(served_parts(zone_geoms, lines, distance, quad_segs), zone_geoms)


def _served_parts(zones, lines, tree, distance, quad_segs) -> np.ndarray:
    out = np.full(len(zones), shapely.Polygon(), dtype=object)
    z_idx, l_idx = tree.query(zones, predicate="dwithin", distance=distance)
    if not len(z_idx):
        return out
    # Clip each line to its zone's box grown by the distance: buffers stay small.
    b = shapely.bounds(zones)[z_idx]
    boxes = shapely.box(b[:, 0] - distance, b[:, 1] - distance, b[:, 2] + distance,
                        b[:, 3] + distance)
    clipped = _clipped_to_boxes(lines[l_idx], boxes)
    parts, part_of = shapely.get_parts(clipped, return_index=True)
    keep = (shapely.get_type_id(parts) == 1) & ~shapely.is_empty(parts)
    parts, groups = parts[keep], z_idx[part_of[keep]]
    if not len(parts):
        return out
    order = np.argsort(groups, kind="stable")
    parts, groups = parts[order], groups[order]
    served_zones, compact = np.unique(groups, return_inverse=True)
    multi = shapely.multilinestrings(parts, indices=compact)
    reach = shapely.buffer(multi, distance, quad_segs=quad_segs)
    out[served_zones] = shapely.intersection(zones[served_zones], reach)
    return out


def nearest_distance(points, lines) -> tuple[np.ndarray, np.ndarray]:
    """(distance to the nearest line, its index) for each point; inf/-1 when none."""
    pts = np.asarray(points, dtype=object)
    dist = np.full(len(pts), np.inf)
    which = np.full(len(pts), -1)
    lines = np.asarray(lines, dtype=object)
    ok = ~shapely.is_missing(pts)
    if not len(lines) or not ok.any():
        return dist, which
    p_idx, l_idx = shapely.STRtree(lines).query_nearest(pts[ok], all_matches=False)
    rows = np.flatnonzero(ok)[p_idx]
    dist[rows] = shapely.distance(pts[rows], lines[l_idx])
    which[rows] = l_idx
    return dist, which


def components(a, b, n: int) -> np.ndarray:
    """Connected-component label of each of ``n`` items linked by the pairs (a[k], b[k])."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def clusters(points, radius: float) -> np.ndarray:
    """Cluster label of each point: points within ``radius`` of each other, transitively."""
    pts = np.asarray(points, dtype=object)
    n = len(pts)
    if not n:
        return np.zeros(0, dtype=int)
    ok = ~shapely.is_missing(pts)
    a, b = shapely.STRtree(pts[ok]).query(pts[ok], predicate="dwithin", distance=radius)
    idx = np.flatnonzero(ok)
    return components(idx[a], idx[b], n)


def containing_index(points, polygons) -> np.ndarray:
    """Index of the (first) polygon containing each point, -1 where none does."""
    pts = np.asarray(points, dtype=object)
    out = np.full(len(pts), -1)
    polys = np.asarray(polygons, dtype=object)
    ok = ~shapely.is_missing(pts)
    if not len(polys) or not ok.any():
        return out
    p_idx, z_idx = shapely.STRtree(polys).query(pts[ok], predicate="intersects")
    rows = np.flatnonzero(ok)[p_idx]
    first = np.unique(rows, return_index=True)
    out[first[0]] = z_idx[first[1]]
    return out
