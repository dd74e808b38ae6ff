"""PostGIS as a source and a destination, against a real throwaway PostgreSQL cluster.

The cluster (tests/pg_cluster.py) is created in a temporary folder, listens on a Unix socket
only, and is stopped at the end. `make test` installs PostgreSQL/PostGIS first (postgis-deps).
"""
from contextlib import closing
import json
import subprocess
from collections import Counter
from pathlib import Path

import pandas as pd
import processing
import pytest

from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.qgis_io import postgis
from scan_urba_plugin.qgis_io.networks import read_gracethd
from scan_urba_plugin.qgis_io.plans import read_plan

from ..pg_cluster import postgis_installed, throwaway_cluster
from .conftest import shared

TRICKY = 'plu "30014"; DROP TABLE x; --'


@pytest.fixture(scope="module")
def pg():
    if not postgis_installed():
        pytest.skip("PostgreSQL/PostGIS not installed: `make test` installs them (postgis-deps)")
    with throwaway_cluster() as conninfo:
        yield conninfo


LOADED = set()


def load(conninfo, folder, schema, launder=True):
    """Load every table of a folder as ogr2ogr users do (lower-case by default), once."""
    from psycopg2 import sql

    if (conninfo, schema) in LOADED:
        return
    LOADED.add((conninfo, schema))
    with postgis.connect(conninfo) as conn, conn.cursor() as cur:
        cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
    files = [p for p in sorted(folder.rglob("*")) if p.suffix.lower() in (".shp", ".dbf", ".csv")
             and not (p.suffix.lower() == ".dbf" and p.with_suffix(".shp").exists())
             and "Pieces_ecrites" not in p.parts]
    for path in files:
        args = ["ogr2ogr", "-f", "PostgreSQL", f"PG:{conninfo}", str(path), "-overwrite",
                "-nlt", "PROMOTE_TO_MULTI", "-lco", f"SCHEMA={schema}",
                "-nln", path.stem if not launder else path.stem.lower()]
        if not launder:
            args += ["-lco", "LAUNDER=NO"]
        if path.suffix.lower() == ".csv":
            args += ["-oo", "SEPARATOR=SEMICOLON"]
        subprocess.run(args, check=True, capture_output=True, timeout=120)


def dataset(conninfo, schema):
    quoted = schema.replace("\\", "\\\\").replace("'", "\\'")
    return f"PG:{conninfo} schema='{quoted}'"


def rule_counts(plan):
    return Counter(f.rule_id for f in plan.findings if f.rule_id != "cnig.missing_optional_field")


@pytest.mark.parametrize("plu, schema, launder", [
    ("30014_PLU_20171013", TRICKY, True),
    ("41175_PLU_20140603", "PLU Pezou", False),
])
def test_postgis_plan_gives_the_same_findings_as_files(scanurba, pg, plu, schema, launder):
    load(pg, shared("plu", plu), schema, launder)
    from_db = read_plan(dataset(pg, schema))
    from_files = read_plan(str(shared("plu", plu)))
    assert from_db.model == from_files.model
    assert from_db.layer_counts() == from_files.layer_counts()
    assert rule_counts(from_db) == rule_counts(from_files)


def test_schema_names_cannot_inject_sql(scanurba, pg):
    load(pg, shared("plu", "30014_PLU_20171013"), TRICKY)
    with postgis.connect(pg) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = %s",
                    (TRICKY,))
        assert cur.fetchone()[0] >= 8
    with pytest.raises(ScanUrbaError, match="holds no table"):
        read_plan(dataset(pg, "x'; DROP SCHEMA public CASCADE; --"))
    with postgis.connect(pg) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'public'")
        assert cur.fetchone()[0] == 1


def test_gracethd_from_postgis(scanurba, pg):
    load(pg, shared("gracethd", "gracethd-v2.0.1-demo"), "gracethd")
    net = read_gracethd(dataset(pg, "gracethd"))
    files = read_gracethd(str(shared("gracethd", "gracethd-v2.0.1-demo")))
    assert len(net.routes) == len(files.routes) == 25
    assert sorted(net.sites["label"]) == ["NRO", "PM7"]
    assert Counter(net.routes["implantation_label"]) == Counter(files.routes["implantation_label"])


def test_scan_results_written_to_postgis(scanurba, pg, tmp_path):
    target = 'résultats "scan urba"'
    load(pg, shared("plu", "30014_PLU_20171013"), "plu_source")
    out = tmp_path / "scan.gpkg"
    result = processing.run("scanurba:checkcompliance", {
        "PLAN_POSTGIS": dataset(pg, "plu_source"), "OUTPUT": str(out),
        "OUTPUT_POSTGIS": dataset(pg, target)})
    assert result["OUTPUT_POSTGIS"] == target
    with postgis.connect(pg) as conn, conn.cursor() as cur:
        cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                    (target,))
        names = {r[0] for r in cur.fetchall()}
        assert {"zones_bilan", "findings_surf", "run_info"} <= names
        cur.execute("SELECT schema_name FROM information_schema.schemata "
                    "WHERE schema_name LIKE 'scan_urba_tmp_%%'")
        assert cur.fetchall() == []  # the temporary schema was renamed, none left behind
    summary = json.loads(result["SUMMARY"])
    assert summary["findings_by_rule"]["l151_41.er_voirie_fourreaux"] == 3
    with pytest.raises(Exception, match="already exists"):
        processing.run("scanurba:checkcompliance", {
            "PLAN_POSTGIS": dataset(pg, "plu_source"), "OUTPUT": str(tmp_path / "again.gpkg"),
            "OUTPUT_POSTGIS": dataset(pg, target)})


def test_cli_reads_postgis(pg):
    from .test_cli import run_cli

    load(pg, shared("plu", "30014_PLU_20171013"), "plu_cli")
    proc = run_cli("inspect", dataset(pg, "plu_cli"), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["layers"]["ZONE_URBA"] == 90


def test_scan_results_in_postgis_keep_their_fids_index_and_values(scanurba, pg, sample_dir,
                                                                  network_dir, tmp_path):
    """Issue 19 on a PostGIS output: the same keys as the GeoPackage (zones_bilan's are the
    plan's 0-based shapefile fids), a spatial filter that answers as a brute-force scan,
    and values read back through QGIS as they read from the GeoPackage."""
    import numpy as np
    import shapely
    from qgis.core import QgsDataSourceUri, QgsFeatureRequest, QgsRectangle, QgsVectorLayer

    from scan_urba_plugin.qgis_io.gpkg_index import geometries
    from scan_urba_plugin.qgis_io.layers import layer_to_raw

    from .conftest import full_scan_params
    from .output_checks import output_is_sound, random_windows

    out, target = tmp_path / "scan.gpkg", "résultats issue 19"
    processing.run("scanurba:fullscan", {**full_scan_params(sample_dir, network_dir, out),
                                         "OUTPUT_POSTGIS": dataset(pg, target)})
    output_is_sound(out, windows=6)
    rng = np.random.default_rng(19)
    for table in ("zones_bilan", "opportunites", "cheminements"):
        layer = next(v for v in postgis.layers(dataset(pg, target)) if v.name() == table)
        uri = QgsDataSourceUri(layer.source())
        assert uri.keyColumn() == "fid"
        import sqlite3

        with closing(sqlite3.connect(out)) as db, db:
            fids, geoms = geometries(db, table, "geom")
        assert sorted(f.id() for f in layer.getFeatures()) == sorted(fids.tolist())
        b = shapely.bounds(geoms)
        extent = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
        for window in random_windows(extent, 6, rng):
            expected = set(fids[shapely.intersects(geoms, shapely.box(*window))].tolist())
            request = QgsFeatureRequest(QgsRectangle(*window))
            request.setFlags(QgsFeatureRequest.Flag.ExactIntersect)
            assert {f.id() for f in layer.getFeatures(request)} == expected, (table, window)
        from_pg = layer_to_raw(layer).frame.set_index("fid").sort_index()
        from_gpkg = layer_to_raw(QgsVectorLayer(f"{out}|layername={table}", table, "ogr")) \
            .frame.set_index("fid").sort_index()
        for column in from_gpkg.columns.drop("geometry"):
            a, b_ = from_pg[column], from_gpkg[column]
            if b_.dtype.kind == "M":
                assert (a.fillna(pd.Timestamp(0)) == b_.fillna(pd.Timestamp(0))).all(), column
            elif b_.dtype.kind == "f":  # PostgreSQL's text of a float8 may lose its last bit
                assert a.dtype.kind == "f" and np.allclose(a, b_, rtol=1e-13, equal_nan=True)
            else:
                assert [None if pd.isna(v) else v for v in a.astype(object)] == \
                    [None if pd.isna(v) else v for v in b_.astype(object)], (table, column)


def test_bench_sql_gives_the_scans_shares_and_length(scanurba, pg, tmp_path):
    """The PostGIS reference of the benchmark (tools/bench_postgis) on the generated small
    département, as its README section runs it (ogr2ogr, then psql with the SQL files):
    each zone's served share within 0.5 percentage point of the scan's, the planned length
    in works corridors within 0.5 %."""
    import sqlite3

    from sampledata.generator_writer import write_generated

    from tools.bench_step import postgis_answers

    paths = write_generated("small", 1, tmp_path / "gen")
    data = Path(paths["plan"]).parent
    out = tmp_path / "scan.gpkg"
    from scan_urba_plugin.parameters import OUTPUT, input_parameters

    result = processing.run("scanurba:fullscan", {**input_parameters(
        {"plan": paths["plan"], "gracethd": paths["gracethd_v2"], "works": paths["works"]}),
        OUTPUT: str(out)})
    summary = json.loads(result["SUMMARY"])
    with closing(sqlite3.connect(out)) as db, db:
        ours = dict(db.execute("SELECT zone_id, served_share_existing FROM zones_bilan"))
    answers = postgis_answers(pg, data, schema="bench_small")
    assert set(answers["shares"]) == set(ours) and len(ours) == 4 * 169
    gaps = [abs(ours[k] - v) for k, v in answers["shares"].items()]
    assert max(gaps) <= 0.005
    assert sum(v > 0 for v in answers["shares"].values()) > 100  # not all zero
    expected = summary["planned_routes_in_works_corridors_m"]
    assert expected > 1000
    assert abs(answers["shared_length_m"] - expected) <= 0.005 * expected
