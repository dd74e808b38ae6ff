"""Every output the product writes answers spatial queries right and reads back as written
(issue 19): the scan, what the report reads of it, the duct inventory and its exports,
the generated département data and the scan of its small variant."""
import logging
import shutil
from pathlib import Path
import sqlite3
from contextlib import closing

import numpy as np
import pandas as pd
import processing
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import full_scan_params
from .output_checks import output_is_sound


@pytest.fixture(scope="module")
def demo_scan(scanurba, sample_dir, network_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("integrity") / "scan.gpkg"
    processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, out))
    return out


def test_demo_scan_output_is_sound(demo_scan):
    hits = output_is_sound(demo_scan)
    assert hits["zones_bilan"] > 0 and hits["opportunites"] > 0 and hits["cheminements"] > 0
    with closing(sqlite3.connect(demo_scan)) as db, db:  # the plan's shapefile fids are 0-based
        assert db.execute("SELECT min(fid), count(*) FROM zones_bilan").fetchone() == (0, 8)


def test_a_result_named_without_its_extension_is_a_geopackage(sample_dir, network_dir,
                                                              tmp_path):
    """The dock's result field typed « resultat » (no .gpkg) failed at the end of the scan with
    « no such table: gpkg_geometry_columns » and a traceback; it now writes resultat.gpkg."""
    results = processing.run("scanurba:fullscan",
                             full_scan_params(sample_dir, network_dir, tmp_path / "resultat"))
    written = tmp_path / "resultat.gpkg"
    assert results["OUTPUT"] == str(written)
    with closing(sqlite3.connect(written)) as db, db:
        assert db.execute("SELECT count(*) FROM zones_bilan").fetchone() == (8,)
    assert not (tmp_path / "resultat").exists()


def test_the_report_reads_what_the_scan_wrote(demo_scan):
    """The report's tables agree with the GeoPackage on booleans, dates and NULLs."""
    from scan_urba_plugin.qgis_io.report_render import read_tables

    data, _ = read_tables(demo_scan)
    read = data["opportunites"].set_index("fid").sort_index()
    with closing(sqlite3.connect(demo_scan)) as db, db:
        stored = pd.read_sql("SELECT fid, l49_eligible, date_limite_l49, l49_seuil_m, rang "
                             "FROM opportunites ORDER BY fid", db).set_index("fid")
    assert read["l49_eligible"].tolist() == [None if pd.isna(v) else bool(v)
                                             for v in stored["l49_eligible"]]
    assert read["l49_eligible"].map(type).isin([bool, type(None)]).all()
    deadlines = pd.to_datetime(stored["date_limite_l49"])
    assert read["date_limite_l49"].dtype.kind == "M"
    assert (read["date_limite_l49"].isna() == deadlines.isna()).all()
    assert (read["date_limite_l49"].dropna() == deadlines.dropna()).all()
    assert stored["date_limite_l49"].isna().any()  # the case that read 1970-01-01
    assert not (read["date_limite_l49"].dt.year == 1970).any()
    assert read["rang"].tolist() == stored["rang"].tolist()


def corrupt_like_version_0(path, table="zones_bilan"):
    """Pack the index as 0.x did: ids 1…n whatever the layer's fids."""
    from scan_urba_plugin.qgis_io.gpkg_index import geometries
    from scan_urba_plugin.qgis_io.gpkg_rtree import load_rtree

    with closing(sqlite3.connect(path)) as db, db:
        fids, geoms = geometries(db, table, "geom")
        order = np.argsort(fids)
        load_rtree(db, f"rtree_{table}_geom", np.arange(1, len(fids) + 1),
                   shapely.bounds(geoms[order]))


def test_a_result_from_an_earlier_version_gets_its_index_rebuilt(demo_scan, tmp_path, caplog):
    from scan_urba_plugin.qgis_io.gpkg_index import misaligned_indexes
    from scan_urba_plugin.qgis_io.result_layers import result_layers

    old = tmp_path / "old.gpkg"
    shutil.copy(demo_scan, old)
    corrupt_like_version_0(old)
    assert misaligned_indexes(old) == {"zones_bilan": 9}  # 8 boxes, plus id 8 that is no zone
    with caplog.at_level(logging.WARNING, logger="scan_urba"):
        layers = {layer.name(): layer for layer in result_layers(old)}
    assert misaligned_indexes(old) == {}
    assert any("zones_bilan" in r.getMessage() and "rebuilt" in r.getMessage()
               for r in caplog.records)
    output_is_sound(old, windows=6)
    with closing(sqlite3.connect(old)) as db, db:
        assert db.execute("SELECT count(*) FROM zones_bilan").fetchone()[0] == 8
    assert layers["zones_bilan"].featureCount() == 8
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="scan_urba"):
        result_layers(old)  # sound now: nothing to say, nothing written
    assert not caplog.records


def test_duct_inventory_and_its_exports_are_sound(scanurba, tmp_path):
    from qgis.core import QgsGeometry, QgsPointXY

    from scan_urba_plugin.qgis_io.inventory import inventory_layers

    gpkg = tmp_path / "inventaire.gpkg"
    processing.run("scanurba:createductinventory", {"VERSION": 0, "OUTPUT": str(gpkg)})
    output_is_sound(gpkg)
    layers = inventory_layers(gpkg)
    nodes = layers["t_noeud"]
    nodes.startEditing()
    for i in range(30):
        from qgis.core import QgsVectorLayerUtils

        feature = QgsVectorLayerUtils.createFeature(
            nodes, QgsGeometry.fromPointXY(QgsPointXY(1e6 + 37 * i, 6.3e6 + 11 * (i % 7))),
            {nodes.fields().indexOf("nd_code"): f"N{i}"})
        nodes.addFeature(feature)
    assert nodes.commitChanges(), nodes.commitErrors()
    del layers, nodes
    output_is_sound(gpkg)
    export = tmp_path / "export_v3.gpkg"
    processing.run("scanurba:exportgracethd", {"DATASET": str(gpkg), "VERSION": 1,
                                               "DESTINATION": str(export)})
    assert output_is_sound(export)["t_noeud"] > 0


@pytest.fixture(scope="module")
def small_departement(scanurba, tmp_path_factory):
    from sampledata.generator_writer import write_generated

    return write_generated("small", 1, tmp_path_factory.mktemp("small"))


def test_small_departement_data_and_scan_are_sound(small_departement, tmp_path):
    paths = small_departement
    for name in ("plan", "works", "aerial", "gracethd_v3"):
        output_is_sound(paths[name], windows=4)
    out = tmp_path / "scan.gpkg"
    processing.run("scanurba:fullscan", {
        "PLAN": str(paths["plan"]), "GRACETHD_FOLDER": str(paths["gracethd_v2"]),
        "ANFR": str(paths["anfr"]), "WORKS": str(paths["works"]),
        "AERIAL": str(paths["aerial"]), "OUTPUT": str(out)})
    hits = output_is_sound(out)
    assert hits["zones_bilan"] > 50 and hits["opportunites"] > 50
    commune = sorted((Path(paths["plan"]).parent / "plu").iterdir())[0]  # shapefiles: 0-based
    out = tmp_path / "commune.gpkg"
    processing.run("scanurba:fullscan", {
        "PLAN_FOLDER": str(commune), "GRACETHD_FOLDER": str(paths["gracethd_v2"]),
        "OUTPUT": str(out)})
    assert output_is_sound(out, windows=6)["zones_bilan"] > 10


# --- write -> read round trip ---------------------------------------------------------------

TEXT = st.one_of(st.none(), st.sampled_from(["", "é", "Œuvre à l'Haÿ", "a;b", "  x "]),
                 st.text(st.characters(blacklist_categories=("Cs",),  # OGR text is C text:
                                       blacklist_characters="\x00"), max_size=12))  # no NUL
DAYS = st.one_of(st.none(), st.dates(min_value=pd.Timestamp("1900-01-01").date(),
                                     max_value=pd.Timestamp("2200-12-31").date()))
STAMPS = st.one_of(st.none(), st.datetimes(min_value=pd.Timestamp("1970-01-02").to_pydatetime(),
                                           max_value=pd.Timestamp("2200-12-31").to_pydatetime()))


@st.composite
def frames(draw):
    n = draw(st.integers(1, 25))
    rows = st.lists
    frame = pd.DataFrame({
        "texte": draw(rows(TEXT, min_size=n, max_size=n)),
        "drapeau": draw(rows(st.one_of(st.none(), st.booleans()), min_size=n, max_size=n)),
        "oui": draw(rows(st.booleans(), min_size=n, max_size=n)),
        "entier": pd.array(draw(rows(st.one_of(st.none(), st.integers(-2**53, 2**53)),
                                     min_size=n, max_size=n)), dtype="Int64"),
        "compte": draw(rows(st.integers(-10**9, 10**9), min_size=n, max_size=n)),
        "reel": draw(rows(st.one_of(st.none(), st.floats(-1e12, 1e12)), min_size=n,
                          max_size=n)),
        "jour": pd.to_datetime(pd.Series(draw(rows(DAYS, min_size=n, max_size=n)),
                                         dtype=object)),
        "horodatage": pd.to_datetime(pd.Series(
            [None if v is None else v.replace(microsecond=0)  # written to the second
             for v in draw(rows(STAMPS, min_size=n, max_size=n))], dtype=object)),
    })
    fids = draw(st.sampled_from(["zero", "sparse", "shuffled", "none"]))
    if fids == "zero":
        frame.insert(0, "fid", np.arange(n))
    elif fids != "none":
        ids = np.array(sorted(draw(st.sets(st.integers(0, 10**6), min_size=n, max_size=n))))
        frame.insert(0, "fid", ids if fids == "sparse" else
                     draw(st.permutations(ids.tolist())))
    xs = np.array(draw(rows(st.floats(0, 1000), min_size=n, max_size=n)))
    geoms = shapely.buffer(shapely.points(xs + 9e5, xs / 2 + 6.3e6), 5.0)
    if n > 2:
        geoms[1] = None
    frame["geometry"] = geoms
    return frame


def same_column(read: pd.Series, written: pd.Series, name: str):
    if written.dtype.kind == "M":
        assert read.dtype.kind == "M", name
        assert (read.isna().to_numpy() == written.isna().to_numpy()).all(), name
        assert read.dropna().tolist() == written.dropna().tolist(), name
        return
    expect = [None if pd.isna(v) else v for v in written.astype(object)]
    got = [None if (v is None or (isinstance(v, float) and np.isnan(v))) else v
           for v in read.astype(object)]
    assert got == expect, name
    kinds = {type(v) for v in got if v is not None}
    if written.dtype == bool or name == "drapeau":
        assert kinds <= {bool, np.bool_}, name
    if name == "texte":
        assert kinds <= {str}, name


def read_paths(path):
    """The layer read by the Arrow path and by the QGIS feature loop."""
    from qgis.core import QgsVectorLayer

    from scan_urba_plugin.qgis_io.layers import layer_to_raw

    layer = QgsVectorLayer(f"{path}|layername=t", "t", "ogr")
    arrow = layer_to_raw(layer).frame
    layer.setSubsetString("1 = 1")  # a subset string sends the read through the QGIS loop
    raw = layer_to_raw(layer)
    assert raw.name == "t"
    loop = raw.frame
    return {"arrow": arrow, "features": loop}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(frame=frames())
def test_write_then_read_gives_the_same_frame(scanurba, tmp_path, frame):
    from scan_urba_plugin.qgis_io.gpkg_index import misaligned_indexes
    from scan_urba_plugin.qgis_io.write import write_geopackage

    path = write_geopackage(tmp_path / "round.gpkg", {"t": (frame, "MultiPolygon")},
                            overwrite=True)
    assert misaligned_indexes(path) == {}
    expected_fids = frame["fid"].to_numpy() if "fid" in frame else np.arange(1, len(frame) + 1)
    written = frame.assign(fid=expected_fids).set_index("fid", drop=False).sort_index()
    for how, read in read_paths(path).items():
        read = read.set_index("fid", drop=False).sort_index()
        assert read.index.tolist() == written.index.tolist(), how
        for name in frame.columns.drop("geometry"):
            same_column(read[name], written[name], f"{how}: {name}")
        assert shapely.equals(shapely.normalize(read["geometry"].to_numpy()),
                              shapely.normalize(written["geometry"].to_numpy())).sum() \
            == written["geometry"].notna().sum(), how
