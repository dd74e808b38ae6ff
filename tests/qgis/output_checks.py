"""Checks that can see a wrong GeoPackage output, for every output the product writes.

rtreecheck() and GDAL's validator pass a file whose index boxes point at the wrong
features; these checks ask the index what a user's click or zoom asks it, and compare with
a brute-force scan of the geometries read without it.
"""
import sqlite3
from contextlib import closing
import subprocess
from pathlib import Path

import numpy as np
import pytest
import shapely

VALIDATOR = Path("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")


def random_windows(bounds, n, rng):
    """n rectangles inside ``bounds``, from a twentieth to half of its size."""
    minx, miny, maxx, maxy = bounds
    w, h = max(maxx - minx, 1.0), max(maxy - miny, 1.0)
    size = rng.uniform(0.05, 0.5, (n, 2)) * [w, h]
    x = rng.uniform(minx, minx + w - size[:, 0])
    y = rng.uniform(miny, miny + h - size[:, 1])
    return np.c_[x, y, x + size[:, 0], y + size[:, 1]]


def index_queries_agree(path, windows=12, seed=0) -> dict:
    """For every indexed layer, on random windows: the features an OGR spatial filter and a
    QGIS request with a filter rectangle return are those a brute-force scan finds.
    Returns {layer: features found over all windows} (to assert the windows hit)."""
    from osgeo import ogr
    from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

    from scan_urba_plugin.qgis_io.gpkg_index import geometries, indexed_layers

    rng = np.random.default_rng(seed)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db, db:
        layers = [(t, *geometries(db, t, g)) for t, g, _ in indexed_layers(db)]
    found = {}
    ds = ogr.Open(str(path), 0)
    for table, fids, geoms in layers:
        present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
        if not present.any():
            continue
        b = shapely.bounds(geoms[present])
        extent = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
        qgis_layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
        ogr_layer = ds.GetLayerByName(table)
        found[table] = 0
        for window in random_windows(extent, windows, rng):
            expected = set(fids[shapely.intersects(geoms, shapely.box(*window))].tolist())
            ogr_layer.SetSpatialFilterRect(*window)
            by_ogr = {f.GetFID() for f in ogr_layer}
            request = QgsFeatureRequest(QgsRectangle(*window))
            request.setFlags(QgsFeatureRequest.Flag.ExactIntersect)
            request.setNoAttributes()
            by_qgis = {f.id() for f in qgis_layer.getFeatures(request)}
            assert by_ogr == expected, (path, table, window, sorted(by_ogr ^ expected)[:10])
            assert by_qgis == expected, (path, table, window, sorted(by_qgis ^ expected)[:10])
            found[table] += len(expected)
        ogr_layer.SetSpatialFilter(None)
    ds = None
    return found


def validator_passes(path) -> None:
    """GDAL's GeoPackage validator (Debian's python3-gdal ships it) finds nothing."""
    if not VALIDATOR.exists():
        pytest.skip("GDAL's validate_gpkg.py is not installed (Debian: python3-gdal)")
    check = subprocess.run(["/usr/bin/python3", str(VALIDATOR), str(path)],
                           capture_output=True, text=True, timeout=600)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr


def output_is_sound(path, windows=12) -> dict:
    """Every check of a written GeoPackage: index ids, envelopes in boxes, rtreecheck,
    queries through the index, GDAL's validator. Returns the queries' hits per layer."""
    from scan_urba_plugin.qgis_io.gpkg_index import indexed_layers, misaligned_indexes

    assert misaligned_indexes(path) == {}, path
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db, db:
        for _, _, rtree in indexed_layers(db):
            assert db.execute(f"SELECT rtreecheck('{rtree}')").fetchone()[0] == "ok", rtree
    hits = index_queries_agree(path, windows)
    validator_passes(path)
    return hits
