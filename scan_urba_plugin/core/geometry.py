"""Vectorised geometry helpers on numpy arrays of shapely objects."""
import numpy as np
import shapely

def as_array(geoms) -> np.ndarray:
    return np.asarray(geoms, dtype=object)


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
    for build, type_id in ((shapely.multipolygons, 3), (shapely.multilinestrings, 1),
                           (shapely.multipoints, 0)):
        idx = np.flatnonzero(types == type_id)
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
    """Keep only the polygonal part (make_valid may return collections)."""
    arr = as_array(geoms).copy()
    coll = shapely.get_type_id(arr) == 7
    for i in np.flatnonzero(coll):
        parts = [g for g in shapely.get_parts(arr[i]) if g.geom_type in ("Polygon", "MultiPolygon")]
        arr[i] = shapely.union_all(parts) if parts else shapely.Polygon()
    return arr
