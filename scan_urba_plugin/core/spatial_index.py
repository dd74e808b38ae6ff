"""Bulk look-ups: the nearest line to each point, the polygon that contains each point
(through an STRtree), the pairs of close points (through a grid)."""
from __future__ import annotations

import numpy as np
import shapely


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


def pairs_within(xy: np.ndarray, distance: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) of the points ``xy`` (n × 2) at most ``distance`` apart (a k-d tree's
    query_pairs), found on a grid of cells at least ``distance`` wide: the points of each cell
    meet those of the same cell and of the four next cells, pair of cells by pair of cells."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    empty = np.zeros(0, dtype=np.intp)
    if len(xy) < 2:
        return empty, empty
    span = np.ptp(xy, axis=0).max()
    size = max(distance, span / 2**30, 1e-9)  # cells no smaller than the distance: keys fit
    cell = np.floor((xy - xy.min(axis=0)) / size).astype(np.int64)
    width = cell[:, 1].max() + 3
    key = cell[:, 0] * width + cell[:, 1]
    order = np.argsort(key, kind="stable")  # points in cell order: a cell's points in a run
    x, y = xy[order, 0], xy[order, 1]
    cells, first, count = np.unique(key[order], return_index=True, return_counts=True)
    out_i, out_j = [], []
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):  # each pair of cells once
        target = cells + (dx * width + dy)
        k = np.minimum(np.searchsorted(cells, target), len(cells) - 1)
        a = np.flatnonzero(cells[k] == target)  # the cells that have this neighbour
        b = k[a]
        pairs = count[a] * count[b]
        total = int(pairs.sum())
        if not total:
            continue
        rank = np.arange(total) - np.repeat(np.cumsum(pairs) - pairs, pairs)
        width_b = np.repeat(count[b], pairs)
        i = np.repeat(first[a], pairs) + rank // width_b
        j = np.repeat(first[b], pairs) + rank % width_b
        if (dx, dy) == (0, 0):
            i, j = i[i < j], j[i < j]
        ddx, ddy = x[i] - x[j], y[i] - y[j]
        near = ddx * ddx + ddy * ddy <= distance * distance
        out_i.append(i[near])
        out_j.append(j[near])
    if not out_i:
        return empty, empty
    i, j = order[np.concatenate(out_i)], order[np.concatenate(out_j)]
    return np.minimum(i, j), np.maximum(i, j)


def owning_index(points, polygons) -> np.ndarray:
    """Index of the polygon containing each point, else of the nearest one (-1 for a missing
    point or no polygon): the document a finding or an opportunity in the margin between
    communes belongs to."""
    out = containing_index(points, polygons)
    outside = np.flatnonzero(out < 0)
    if len(outside) and len(polygons):
        _, which = nearest_distance(np.asarray(points, dtype=object)[outside], polygons)
        out[outside] = which
    return out
