"""Connected groups: components of a graph given as pairs, clusters of nearby points."""
from __future__ import annotations

import numpy as np
import shapely


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
