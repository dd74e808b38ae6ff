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
    query_pairs), found on a grid of cells at least ``distance`` wide: each point meets the
    points of its own cell and of the next ones."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) < 2:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    span = np.ptp(xy, axis=0).max()
    size = max(distance, span / 2**30, 1e-9)  # cells no smaller than the distance: keys fit
    cell = np.floor((xy - xy.min(axis=0)) / size).astype(np.int64)
    width = cell[:, 1].max() + 3
    key = cell[:, 0] * width + cell[:, 1]
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    out_i, out_j = [], []
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):  # each pair of cells once
        start = np.searchsorted(sorted_key, key + dx * width + dy, side="left")
        stop = np.searchsorted(sorted_key, key + dx * width + dy, side="right")
        count = stop - start
        i = np.repeat(np.arange(len(xy)), count)
        j = order[np.repeat(start - np.cumsum(count) + count, count) + np.arange(count.sum())]
        if (dx, dy) == (0, 0):
            keep = i < j
            i, j = i[keep], j[keep]
        d = xy[i] - xy[j]
        near = np.einsum("ij,ij->i", d, d) <= distance * distance
        i, j = i[near], j[near]
        out_i.append(np.minimum(i, j))
        out_j.append(np.maximum(i, j))
    return np.concatenate(out_i), np.concatenate(out_j)
