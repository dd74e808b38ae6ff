"""Bulk look-ups through an STRtree: the nearest line to each point, the polygon that
contains each point."""
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
