"""Vectorised geometry helpers on numpy arrays of shapely objects."""
import numpy as np
import shapely

from .vocabulary import POLYGON, GeometryType, is_family, is_type


def as_array(geoms) -> np.ndarray:
    return np.asarray(geoms, dtype=object)


def line_parts(lines) -> np.ndarray:
    """LineStrings of a mixed array of (Multi)LineStrings, None and empties dropped."""
    arr = np.asarray(lines, dtype=object)
    arr = arr[~shapely.is_missing(arr)]
    parts = shapely.get_parts(arr)
    return parts[is_type(parts, GeometryType.LINESTRING) & ~shapely.is_empty(parts)]


def line_ends(lines) -> tuple[np.ndarray, np.ndarray]:
    """(first points, last points) of LineStrings as (n, 2) coordinate arrays, from one
    pass over their coordinates (get_point makes a Point object per end first)."""
    xy, of = shapely.get_coordinates(lines, return_index=True)
    if not len(xy):
        return np.empty((0, 2)), np.empty((0, 2))
    starts = np.flatnonzero(np.r_[True, of[1:] != of[:-1]])
    ends = np.r_[starts[1:], len(of)] - 1
    return xy[starts], xy[ends]


def first_rows(key: np.ndarray) -> np.ndarray:
    """Index of the first occurrence of each distinct row of ``key`` (n, k), the rows sorted
    by their first column, then the next: what np.unique(key, axis=0, return_index=True)
    gives, several times faster (one lexsort, no structured view)."""
    if not len(key):
        return np.empty(0, dtype=int)
    order = np.lexsort(key.T[::-1])
    key = key[order]
    return order[np.r_[True, (key[1:] != key[:-1]).any(axis=1)]]


def force_2d(geoms) -> np.ndarray:
    """Drop Z/M, keeping None as None."""
    arr = as_array(geoms)
    out = arr.copy()
    mask = shapely.has_z(arr)
    if mask.any():
        out[mask] = shapely.force_2d(arr[mask])
    return out


def to_multi(geoms) -> np.ndarray:
    """Promote single parts to their Multi* type; multipart features are kept whole."""
    arr = as_array(geoms).copy()
    types = shapely.get_type_id(arr)
    for build, single in ((shapely.multipolygons, GeometryType.POLYGON),
                          (shapely.multilinestrings, GeometryType.LINESTRING),
                          (shapely.multipoints, GeometryType.POINT)):
        idx = np.flatnonzero(types == int(single))
        if len(idx):
            arr[idx] = build(arr[idx], indices=np.arange(len(idx)))
    return arr


def repaired(geoms) -> np.ndarray:
    """Valid versions of the geometries (make_valid only where needed), None stays None."""
    arr = as_array(geoms).copy()
    bad = ~shapely.is_valid(arr) & ~shapely.is_missing(arr)
    if bad.any():
        arr[bad] = shapely.make_valid(arr[bad])
    return arr


def polygonal(geoms) -> np.ndarray:
    """Keep only the polygonal part of collections (make_valid and overlays return them
    where polygons also touch along lines or at points), in one vectorised pass."""
    arr = as_array(geoms).copy()
    coll = np.flatnonzero(is_type(arr, GeometryType.GEOMETRYCOLLECTION))
    if len(coll):
        parts, of = shapely.get_parts(arr[coll], return_index=True)
        keep = is_family(parts, POLYGON)
        merged = grouped_union(parts[keep], of[keep], len(coll))
        arr[coll] = np.where(shapely.is_empty(merged), shapely.Polygon(), merged)
    return arr


try:  # GEOS unary union of each collection of an array (what union_all runs per axis)
    from shapely.lib import unary_union as _unary_union_each
except ImportError:  # pragma: no cover - a future shapely without it: one union per group
    _unary_union_each = np.vectorize(shapely.union_all, otypes=[object])


def grouped_union(geoms: np.ndarray, groups: np.ndarray, n: int) -> np.ndarray:
    """Union of ``geoms`` per group index (0..n-1); empty geometry where a group is empty.

    One vectorised call: each group of several becomes a GeometryCollection that GEOS
    unions; a group of one keeps its geometry as it is."""
    out = np.array([shapely.GeometryCollection()] * n, dtype=object)
    if not len(geoms):
        return out
    geoms, groups = as_array(geoms), np.asarray(groups)
    count = np.bincount(groups, minlength=n)
    single = count[groups] == 1
    out[groups[single]] = geoms[single]
    several = np.flatnonzero(~single)
    if len(several):
        order = several[np.argsort(groups[several], kind="stable")]
        present, compact = np.unique(groups[order], return_inverse=True)
        out[present] = _unary_union_each(shapely.geometrycollections(geoms[order], indices=compact))
    return out


def oriented_boxes(geoms):
    """Minimum-area rotated rectangle of each geometry, vectorised over the convex hulls.

    Returns (centre x, centre y, long-axis unit x, unit y, long side, short side); a line
    has a short side of 0, a point or an empty geometry two sides of 0.
    """
    hulls = shapely.convex_hull(as_array(geoms))
    xy, owner = shapely.get_coordinates(hulls, return_index=True)
    n = len(hulls)
    cx, cy, ux, uy = np.zeros(n), np.zeros(n), np.ones(n), np.zeros(n)
    long, short = np.zeros(n), np.zeros(n)
    if not len(xy):
        return cx, cy, ux, uy, long, short
    counts = np.bincount(owner, minlength=n)
    start = np.r_[0, np.cumsum(counts)[:-1]]
    # each hull edge (consecutive vertices of one hull) is a candidate side of the rectangle
    e = np.flatnonzero(owner[:-1] == owner[1:])
    d = xy[e + 1] - xy[e]
    norm = np.hypot(d[:, 0], d[:, 1])
    e, d, norm = e[norm > 0], d[norm > 0], norm[norm > 0]
    if not len(e):
        return cx, cy, ux, uy, long, short
    u = d / norm[:, None]
    # project every vertex of the hull on each of its edges' axes
    per_edge = counts[owner[e]]
    edge_of = np.repeat(np.arange(len(e)), per_edge)
    offsets = np.arange(len(edge_of)) - np.repeat(np.cumsum(per_edge) - per_edge, per_edge)
    vertex = start[owner[e]][edge_of] + offsets
    rel = xy[vertex] - xy[e][edge_of]
    pu = rel[:, 0] * u[edge_of, 0] + rel[:, 1] * u[edge_of, 1]
    pv = -rel[:, 0] * u[edge_of, 1] + rel[:, 1] * u[edge_of, 0]
    bounds = np.r_[0, np.cumsum(per_edge)[:-1]]
    u0, u1 = np.minimum.reduceat(pu, bounds), np.maximum.reduceat(pu, bounds)
    v0, v1 = np.minimum.reduceat(pv, bounds), np.maximum.reduceat(pv, bounds)
    w, h = u1 - u0, v1 - v0
    # per hull, the edge giving the smallest area first; ties (a triangle has up to three
    # such rectangles) go to the longest rectangle
    area = np.round(w * h, 6)
    best = np.lexsort((-np.maximum(w, h), area, owner[e]))
    first = best[np.r_[True, owner[e][best][1:] != owner[e][best][:-1]]]
    g = owner[e][first]
    ox, oy = xy[e][first, 0], xy[e][first, 1]
    bu, bv = (u0[first] + u1[first]) / 2, (v0[first] + v1[first]) / 2
    ex, ey = u[first, 0], u[first, 1]
    cx[g], cy[g] = ox + bu * ex - bv * ey, oy + bu * ey + bv * ex
    along = w[first] >= h[first]
    ux[g], uy[g] = np.where(along, ex, -ey), np.where(along, ey, ex)
    long[g], short[g] = np.maximum(w[first], h[first]), np.minimum(w[first], h[first])
    return cx, cy, ux, uy, long, short
