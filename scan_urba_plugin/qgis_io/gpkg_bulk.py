"""Bulk rows into a GeoPackage layer that QGIS has just created empty.

QGIS (through OGR) creates the table, its fields, geometry column and CRS records; the rows
then go in with one SQLite ``executemany`` per batch instead of one QgsFeature each, and
the spatial index is packed once at the end (gpkg_rtree). On the département scan this
writes 374,000 features in about a twentieth of the time of the feature-by-feature writer.
"""
# SQL built here names tables and columns that come from the GeoPackage's own catalogue or from
# our writer, always double-quoted; values are always bound parameters: hence the nosec B608
# markers (bandit cannot tell an identifier from a value in an f-string).
from __future__ import annotations

import sqlite3
from contextlib import closing

import numpy as np
import pandas as pd
import shapely

from ..core.errors import ScanUrbaError
from ..core.geometry import to_multi
from ..core.i18n import tr
from .gpkg_rtree import load_rtree

BATCH = 20000
_HEADER = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
                    ("envelope", "<f8", 4)])


def gpkg_blobs(geoms, srs_id: int) -> list:
    """GeoPackage geometry blobs: header (little endian, XY envelope) + ISO WKB; None stays."""
    geoms = np.asarray(geoms, dtype=object)
    out = [None] * len(geoms)
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if not len(present):
        return out
    g = geoms[present]
    empty = shapely.is_empty(g)
    header = np.zeros(len(g), dtype=_HEADER)
    header["magic"], header["srs_id"] = b"GP", srs_id
    header["flags"] = np.where(empty, 0b10001, 0b00011)  # empty flag / envelope [x, y]
    b = shapely.bounds(g)
    header["envelope"] = np.where(empty[:, None], 0.0, b[:, [0, 2, 1, 3]])
    raw = header.tobytes()
    wkb = shapely.to_wkb(g, output_dimension=2, byte_order=1, flavor="iso")
    size = _HEADER.itemsize
    for k, (i, e, w) in enumerate(zip(present, empty, wkb)):
        # an empty geometry has no envelope: its header stops after the SRS id
        out[i] = raw[k * size:k * size + (8 if e else size)] + w
    return out


def _column(series: pd.Series, kind: str) -> list:
    """Python values SQLite stores as OGR reads them back: dates as text, booleans as 0/1."""
    if kind in ("date", "datetime"):
        stamps = pd.to_datetime(series)
        if kind == "date":
            text = stamps.dt.strftime("%Y-%m-%d")
        else:  # GeoPackage datetimes are UTC; written to the second, as OGR up to 3.6
            # reads the seconds back as a float32 (16.001 s would come back as 16.000 s)
            if stamps.dt.tz is not None:
                stamps = stamps.dt.tz_convert("UTC").dt.tz_localize(None)
            text = stamps.dt.floor("s").dt.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        return text.where(stamps.notna(), None).tolist()
    missing = series.isna().to_numpy()
    if kind == "value" and pd.api.types.is_numeric_dtype(series) \
            and not pd.api.types.is_bool_dtype(series):
        # Python numbers; with gaps, integers go through float (SQLite's INTEGER affinity
        # stores 3.0 as 3)
        values = (series.to_numpy(dtype=float, na_value=np.nan) if missing.any()
                  else series.to_numpy()).astype(object)
        values[missing] = None
        return values.tolist()
    values = series.to_numpy(dtype=object)
    if kind == "bool":
        return [None if m else int(bool(v)) for v, m in zip(values, missing)]
    if kind == "string":
        if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
            values = values.copy()  # text already (the usual case): no conversion per cell
            values[missing] = None
            return values.tolist()
        return [None if m else (v if isinstance(v, str) else str(v))
                for v, m in zip(values, missing)]
    return [None if m else (v.item() if isinstance(v, np.generic) else v)
            for v, m in zip(values, missing)]


def feature_ids(frame: pd.DataFrame, layer: str, key: str = "fid") -> np.ndarray:
    """The GeoPackage fid of each row: the frame's own ``key`` column when it has one (OGR
    makes a field named like the key the key itself, 0-based or with gaps alike), else 1…n.
    The spatial index must be packed with these same ids."""
    column = next((c for c in frame.columns if str(c).lower() == key.lower()), None)
    if column is None:
        return np.arange(1, len(frame) + 1, dtype=np.int64)
    values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    ids = np.nan_to_num(values, nan=-1).astype(np.int64)
    problem = (tr("empty or not whole numbers") if (ids != values).any()
               else tr("negative") if (ids < 0).any()
               else tr("repeated") if len(np.unique(ids)) < len(ids) else None)
    if problem:
        raise ScanUrbaError(tr("Cannot write layer {layer}: its {key} column, the layer's key, "
                               "holds values that are {problem}.", layer=layer, key=column,
                               problem=problem))
    return ids


def fill_layer(path, layer: str, frame: pd.DataFrame, kinds: dict, geometry_type: str,
               feedback=None) -> None:
    """Insert ``frame`` into the empty ``layer`` of ``path`` and pack its spatial index.

    The layer's triggers (feature count, R-tree upkeep) would run once per row, and call
    GDAL's SQL functions, unknown here: they are set aside while the rows go in, as GDAL
    does for its own bulk loads, and put back once the count and the index are written."""
    # closed, not only committed: the file is then moved into place (Windows refuses an open one)
    with closing(sqlite3.connect(str(path))) as db, db:
        # a temporary file that is moved into place only once complete (atomic_path):
        # no need for SQLite to sync or journal each batch
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA journal_mode = MEMORY")
        geom_col, srs_id = db.execute(
            "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = "
            "lower(?)", (layer,)).fetchone()
        info = list(db.execute(f'PRAGMA table_info("{layer}")'))
        fid = next(row[1] for row in info if row[5])
        ids = feature_ids(frame, layer, fid)
        names = [n for n in kinds if n.lower() != fid.lower()]  # the key is written once
        missing = set(names) - {row[1] for row in info}
        if missing:
            raise ScanUrbaError(tr("Cannot write layer {layer} to {path}: {error}", layer=layer,
                                   path=path, error=", ".join(sorted(missing))))
        geoms = frame["geometry"].to_numpy(dtype=object)
        if geometry_type.startswith("Multi"):
            geoms = to_multi(geoms)
        empty = ~shapely.is_missing(geoms) & shapely.is_empty(geoms)
        geoms[empty] = shapely.from_wkt(f"{geometry_type.upper()} EMPTY")  # no empty parts
        columns = [ids.tolist(), gpkg_blobs(geoms, srs_id)] + [_column(frame[n], kinds[n])
                                                                for n in names]
        quoted = ", ".join(f'"{c}"' for c in [fid, geom_col] + names)
        sql = f'INSERT INTO "{layer}" ({quoted}) VALUES ({", ".join("?" * (len(names) + 2))})'  # nosec B608
        rows = list(zip(*columns))
        triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                              "lower(tbl_name) = lower(?)", (layer,)).fetchall()
        for name, _ in triggers:
            db.execute(f'DROP TRIGGER "{name}"')
        for start in range(0, len(rows), BATCH):
            if feedback is not None:
                if feedback.isCanceled():
                    raise ScanUrbaError(tr("Cancelled."))
                feedback.setProgress(100.0 * start / max(len(rows), 1))
            db.executemany(sql, rows[start:start + BATCH])
        indexed = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
        bounds = shapely.bounds(geoms[indexed])
        index = f"rtree_{layer}_{geom_col}"
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (index,)).fetchone():
            load_rtree(db, index, ids[indexed], bounds)
        if len(bounds):
            db.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                       "WHERE lower(table_name) = lower(?)",
                       (*map(float, (bounds[:, 0].min(), bounds[:, 1].min(), bounds[:, 2].max(),
                                     bounds[:, 3].max())), layer))
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) "
                       "= lower(?)", (len(rows), layer))
        for _, trigger in triggers:
            db.execute(trigger)
    db.close()
