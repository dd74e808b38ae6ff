"""Does a GeoPackage's spatial index point at the right features? And its repair.

Each feature's envelope must lie in the box its own fid has in the layer's R*Tree. Scan
Urba 0.x packed the index with ids 1…n while a layer written from a frame with its own
``fid`` column (zones_bilan, from a plan read from shapefiles) kept that column, 0-based,
as its key: every box then pointed at the next zone. SQLite's rtreecheck() and GDAL's
validator cannot see that; this check reads the geometries themselves.
"""
# SQL built here names tables and columns that come from the GeoPackage's own catalogue or from
# our writer, always double-quoted; values are always bound parameters: hence the nosec B608
# markers (bandit cannot tell an identifier from a value in an f-string).
from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np
import shapely

from ..core.i18n import tr
from .gpkg_rtree import load_rtree

log = logging.getLogger("scan_urba")


def indexed_layers(db) -> list[tuple[str, str, str]]:
    """(table, geometry column, R*Tree) of every layer that has a spatial index."""
    rows = db.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall()
    names = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [(t, g, f"rtree_{t}_{g}") for t, g in rows if f"rtree_{t}_{g}" in names]


def _key(db, table: str) -> str:
    return next(row[1] for row in db.execute(f'PRAGMA table_info("{table}")') if row[5])


def geometries(db, table: str, geom: str, sample: int | None = None):
    """(fids, shapely geometries) of a layer, read without its index; with ``sample``,
    about that many features spread over the fids."""
    key = _key(db, table)
    where = ""
    if sample:
        step = max(1, db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] // sample)  # nosec B608
        where = f' WHERE "{key}" % {step} = 0'
    rows = db.execute(f'SELECT "{key}", "{geom}" FROM "{table}"{where}').fetchall()  # nosec B608
    fids = np.array([r[0] for r in rows], dtype=np.int64)
    blobs = np.array([r[1] for r in rows] + [None], dtype=object)[:-1]
    return fids, from_gpkg(blobs)


def from_gpkg(blobs: np.ndarray) -> np.ndarray:
    """GeoPackage geometry blobs -> shapely (the header skipped: 8 bytes + its envelope)."""
    out = np.full(len(blobs), None, dtype=object)
    present = np.flatnonzero([b is not None for b in blobs])
    if not len(present):
        return out
    flags = np.array([blobs[i][3] for i in present], dtype=np.uint8)
    size = 8 + np.array([0, 32, 48, 48, 64, 0, 0, 0])[(flags >> 1) & 7]
    out[present] = shapely.from_wkb([bytes(blobs[i][s:]) for i, s in zip(present, size)],
                                    on_invalid="ignore")
    return out


def misaligned(db, table: str, geom: str, rtree: str, sample: int | None = None) -> int:
    """Features whose envelope is not inside their own index box (or that have none),
    plus index entries naming no feature (all of them, or among a sample of features)."""
    fids, geoms = geometries(db, table, geom, sample)
    indexed = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    stray = db.execute(f'SELECT count(*) FROM "{rtree}" WHERE id NOT IN (SELECT '  # nosec B608
                       f'"{_key(db, table)}" FROM "{table}")').fetchone()[0]
    boxes_sql = f'SELECT id, minx, maxx, miny, maxy FROM "{rtree}"'  # nosec B608
    rows = db.execute(boxes_sql).fetchall() if not sample else [
        db.execute(boxes_sql + " WHERE id = ?", (int(f),)).fetchone() or (f, 0, -1, 0, -1)
        for f in fids]
    boxes = np.array(rows, dtype=float).reshape(-1, 5)
    order = np.argsort(boxes[:, 0], kind="stable")
    ids, boxes = boxes[order, 0].astype(np.int64), boxes[order, 1:]
    want = fids[indexed]
    at = np.clip(np.searchsorted(ids, want), 0, max(len(ids) - 1, 0))
    if not len(ids):
        return stray + len(want)
    found = ids[at] == want
    b = shapely.bounds(geoms[indexed])
    box = boxes[at]
    inside = (box[:, 0] <= b[:, 0]) & (b[:, 2] <= box[:, 1]) & (box[:, 2] <= b[:, 1]) \
        & (b[:, 3] <= box[:, 3])
    return stray + int((~(found & inside)).sum())


def misaligned_indexes(path, sample: int | None = None) -> dict[str, int]:
    """{layer: misaligned features} of every layer whose index is wrong (empty: all right)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        counts = {t: misaligned(db, t, g, r, sample) for t, g, r in indexed_layers(db)}
    return {t: n for t, n in counts.items() if n}


def rebuild_index(path, layers) -> None:
    """Pack again the spatial index of ``layers`` from their geometries and fids, in one
    SQLite transaction: the file has the old index or the new one, never half of each."""
    db = sqlite3.connect(str(path), isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        for table, geom, rtree in indexed_layers(db):
            if table not in layers:
                continue
            fids, geoms = geometries(db, table, geom)
            keep = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
            load_rtree(db, rtree, fids[keep], shapely.bounds(geoms[keep]))
        db.execute("COMMIT")
    except Exception:
        db.execute("ROLLBACK")
        raise
    finally:
        db.close()


def repair_result(path) -> dict[str, int]:
    """Rebuild in place the misaligned indexes of a result GeoPackage written by an earlier
    version, with a message in the Scan Urba log; returns what was repaired. A sample of
    each layer tells (the defect moved every box); the repair reads every feature."""
    wrong = misaligned_indexes(path, sample=500)
    if wrong:
        rebuild_index(path, set(wrong))
        log.warning(tr("In the result {file}, the spatial index of {layers} pointed at the "
                       "wrong features (a defect of earlier versions of Scan Urba): it has "
                       "been rebuilt, the features themselves are unchanged.",
                       file=Path(str(path)).name, layers=", ".join(sorted(wrong))))
    return wrong
