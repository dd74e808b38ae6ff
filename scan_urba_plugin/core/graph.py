"""Connected groups: components of a graph given as pairs, clusters of nearby points (numpy
only: scipy is not in every QGIS build)."""
from __future__ import annotations

import numpy as np
import shapely


def components(a, b, n: int) -> np.ndarray:
    """Connected-component label of each of ``n`` items linked by the pairs (a[k], b[k]).

    Components are numbered by their smallest item, as scipy's connected_components numbers
    them. Each round hooks every root onto the smallest root it is linked to, then points every
    item at its root: a few rounds, each a handful of array operations.
    """
    parent = np.arange(n)
    a, b = np.asarray(a, dtype=np.intp), np.asarray(b, dtype=np.intp)
    while True:
        ra, rb = parent[a], parent[b]
        linked = ra != rb
        if not linked.any():
            break
        ra, rb = ra[linked], rb[linked]
        np.minimum.at(parent, np.maximum(ra, rb), np.minimum(ra, rb))
        while True:  # every item straight to its root
            grand = parent[parent]
            if np.array_equal(grand, parent):
                break
            parent = grand
    return np.unique(parent, return_inverse=True)[1]


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
