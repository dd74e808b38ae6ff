"""The bad-input corpus, generated here: each case ends with a clear error naming the file,
layer, feature or field, or with a data-quality finding; never a traceback."""
import shutil
import zipfile

import numpy as np
import pandas as pd
import pytest
import shapely
import shapely.geometry

from sampledata import sample
from scan_urba_plugin.core.crs import transformer
from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.core.model import RawLayer
from scan_urba_plugin.core.standards import anfr, mapped_layers
from scan_urba_plugin.qgis_io.networks import read_gracethd
from scan_urba_plugin.qgis_io.plans import read_plan
from scan_urba_plugin.qgis_io.write import write_layer

from .test_cli import run_cli


def zones_file(folder, frame=None, name="12345_ZONE_URBA_20200101.shp", driver="ESRI Shapefile",
               crs="EPSG:2154"):
    folder.mkdir(parents=True, exist_ok=True)
    frame = sample.zones() if frame is None else frame
    write_layer(folder / name, "ZONE_URBA", frame, "MultiPolygon", crs=crs, driver=driver)
    return folder / name


def gpu_copy(sample_dir, tmp_path):
    target = tmp_path / sample_dir.name
    shutil.copytree(sample_dir, target)
    return target, next(target.glob("Donnees_geographiques/*ZONE_URBA*.shp"))


def rules(plan):
    return {f.rule_id for f in plan.findings}


# --- errors ------------------------------------------------------------------------------

@pytest.mark.parametrize("part", [".dbf", ".shx"])
def test_shapefile_missing_a_part(sample_dir, tmp_path, part):
    folder, shp = gpu_copy(sample_dir, tmp_path)
    shp.with_suffix(part).unlink()
    with pytest.raises(ScanUrbaError, match=rf"{shp.name} has no \{part} file"):
        read_plan(str(folder))


@pytest.fixture(params=[False, True], ids=["gdal-return-codes", "gdal-exceptions"])
def gdal_exceptions(request):
    """Both GDAL error modes: QGIS 3.40's `import processing` turns exceptions on."""
    from osgeo import gdal, ogr, osr

    before = {m: bool(m.GetUseExceptions()) for m in (gdal, ogr, osr)}
    _gdal_exceptions({m: request.param for m in before})
    yield request.param
    _gdal_exceptions(before)


def _gdal_exceptions(wanted: dict):
    """Switch each GDAL module's mode; GDAL 3.6 only allows it in its handler stack's order."""
    pending = [m for m, on in wanted.items() if bool(m.GetUseExceptions()) != on]
    for _ in range(len(pending)):
        for module in list(pending):
            try:
                (module.UseExceptions if wanted[module] else module.DontUseExceptions)()
                pending.remove(module)
            except RuntimeError:
                continue
    assert not pending, pending


def test_corrupt_geopackage(scanurba, tmp_path, gdal_exceptions):
    bad = tmp_path / "plan.gpkg"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(ScanUrbaError, match="plan.gpkg cannot be opened"):
        read_plan(str(bad))


def test_corrupt_result_geopackage(scanurba, tmp_path, gdal_exceptions):
    from scan_urba_plugin.qgis_io.result_layers import result_layers

    bad = tmp_path / "scan.gpkg"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(ScanUrbaError, match="scan.gpkg cannot be opened"):
        result_layers(bad)


def test_zip_escaping_its_folder_is_refused(scanurba, tmp_path):
    archive = tmp_path / "plu.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("plu/ZONE_URBA.shp", b"")
        zf.writestr("../../etc/x.shp", b"")
    with pytest.raises(ScanUrbaError, match="“../../etc/x.shp” points outside"):
        read_plan(str(archive))


def test_anfr_wrong_separator(tmp_path):
    path = tmp_path / "SUP_SUPPORT.txt"
    path.write_text("SUP_ID,STA_NM_ANFR,NAT_ID\n1,0062,23\n", encoding="utf-8")
    with pytest.raises(ScanUrbaError, match="not separated by “;”"):
        anfr.read_anfr(path)


def test_works_with_unmapped_fields(tmp_path):
    layer = RawLayer("chantiers", pd.DataFrame({"qui": ["x"], "geometry": [shapely.box(0, 0, 1, 1)]}))
    with pytest.raises(ScanUrbaError, match="chantiers: mandatory field.*maitre_ouvrage, nature, "
                                            "date_debut.*qui"):
        mapped_layers.normalise_works(layer)


def test_errors_from_the_command_line_are_one_translated_line(sample_dir, tmp_path):
    folder, shp = gpu_copy(sample_dir, tmp_path)
    shp.with_suffix(".dbf").unlink()
    proc = run_cli("inspect", str(folder))  # French by default
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "n'a pas de fichier .dbf" in lines[0] and shp.name in lines[0]


# --- findings ----------------------------------------------------------------------------

def test_truncated_shapefile(sample_dir, tmp_path):
    folder, shp = gpu_copy(sample_dir, tmp_path)
    shp.write_bytes(shp.read_bytes()[:400])
    plan = read_plan(str(folder))
    damaged = [f for f in plan.findings if f.rule_id == "cnig.damaged_file"]
    assert len(damaged) == 1 and "truncated" in damaged[0].message
    assert "cnig.empty_geometry" in rules(plan)


def test_zip_with_nested_folders_reads_like_the_folder(sample_dir, tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in sample_dir.rglob("*"):
            zf.write(f, f"a/b/c/{sample_dir.name}/{f.relative_to(sample_dir)}")
    assert read_plan(str(archive)).layer_counts() == read_plan(str(sample_dir)).layer_counts()


def test_empty_layer(scanurba, tmp_path):
    zones_file(tmp_path / "p", sample.zones().iloc[0:0])
    plan = read_plan(str(tmp_path / "p"))
    assert "cnig.empty_layer" in rules(plan)


def test_only_null_geometries(scanurba, tmp_path):
    frame = sample.zones().assign(geometry=None)
    zones_file(tmp_path / "p", frame, "12345_ZONE_URBA_20200101.geojson", "GeoJSON")
    plan = read_plan(str(tmp_path / "p"))
    empty = [f for f in plan.findings if f.rule_id == "cnig.empty_geometry"]
    assert len(empty) == len(frame) and all(f.field == "geometry" for f in empty)


def test_plan_in_wgs84_is_reprojected(scanurba, tmp_path):
    to_wgs = transformer("EPSG:2154", "EPSG:4326")
    frame = sample.zones()
    frame["geometry"] = shapely.transform(
        frame["geometry"].to_numpy(), lambda xy: np.column_stack(to_wgs.transform(*xy.T)))
    zones_file(tmp_path / "p", frame, crs="EPSG:4326")
    plan = read_plan(str(tmp_path / "p"))
    assert [f.rule_id for f in plan.findings if "EPSG:4326" in f.message] == ["cnig.crs"]
    area = sum(g.area for g in plan.tables["ZONE_URBA"]["geometry"])
    assert area == pytest.approx(sample.commune_extent().area, rel=1e-3)


def test_plan_without_crs(scanurba, tmp_path):
    shp = zones_file(tmp_path / "p")
    shp.with_suffix(".prj").unlink()
    plan = read_plan(str(tmp_path / "p"))
    crs = [f for f in plan.findings if f.rule_id == "cnig.crs"]
    assert len(crs) == 1 and "Lambert-93" in crs[0].message and crs[0].field == "geometry"


def test_mixed_geometry_types(scanurba, tmp_path):
    frame = sample.zones()
    frame.loc[0, "geometry"] = shapely.Point(sample.xy(1, 1))
    (tmp_path / "p").mkdir()
    _write_mixed(tmp_path / "p" / "12345_ZONE_URBA_20200101.geojson", frame)
    plan = read_plan(str(tmp_path / "p"))
    wrong = [f for f in plan.findings if f.rule_id == "cnig.geometry_type"]
    assert len(wrong) == 1 and "Point" in wrong[0].message


def _write_mixed(path, frame):
    import json

    features = [{"type": "Feature", "properties": {k: v for k, v in row.items() if k != "geometry"},
                 "geometry": shapely.geometry.mapping(row["geometry"])}
                for row in frame.to_dict("records")]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features,
                                "crs": {"type": "name", "properties": {
                                    "name": "urn:ogc:def:crs:EPSG::2154"}}}), encoding="utf-8")


def test_self_intersecting_polygon(scanurba, tmp_path):
    frame = sample.zones()
    x, y = sample.xy(0, 0)
    frame.loc[0, "geometry"] = shapely.MultiPolygon([shapely.Polygon(
        [(x, y), (x + 100, y + 100), (x + 100, y), (x, y + 100)])])
    zones_file(tmp_path / "p", frame)
    plan = read_plan(str(tmp_path / "p"))
    invalid = [f for f in plan.findings if f.rule_id == "cnig.invalid_geometry"]
    assert len(invalid) == 1 and "Self-intersection" in invalid[0].message


def test_coordinates_far_outside_france(scanurba, tmp_path):
    frame = sample.zones()
    frame.loc[1, "geometry"] = shapely.MultiPolygon([shapely.box(5e6, 5e6, 5e6 + 100, 5e6 + 100)])
    zones_file(tmp_path / "p", frame)
    plan = read_plan(str(tmp_path / "p"))
    outside = [f for f in plan.findings if f.rule_id == "cnig.outside_crs_domain"]
    assert len(outside) == 1


def test_duplicate_identifiers(scanurba, tmp_path):
    frame = sample.zones()
    frame.loc[2, "LIB_IDZONE"] = frame.loc[1, "LIB_IDZONE"]
    zones_file(tmp_path / "p", frame)
    dup = [f for f in read_plan(str(tmp_path / "p")).findings if f.rule_id == "cnig.duplicate_id"]
    assert [(f.field, f.source_id) for f in dup] == [("LIB_IDZONE", "2")]


def anfr_row(sup="1", lat="43", height="32,7"):
    return f"{sup};0062990001;23;{lat};45;0;N;7;15;0;E;{height};21;;;;;06000;06088"


def test_anfr_truncated_lines_and_letters_in_numbers(tmp_path):
    path = tmp_path / "SUP_SUPPORT.txt"
    path.write_bytes("\r\n".join([anfr_row(), anfr_row("2", "4x"), anfr_row("3", height="haut"),
                                  "4;0062990009;23;43"]).encode("latin-1"))
    sites, findings = anfr.read_anfr(path)
    found = {(f.rule_id, f.source_id, f.field) for f in findings}
    assert ("anfr.bad_number", "2", "COR_NB_DG_LAT") in found
    assert ("anfr.bad_number", "3", "SUP_NM_HAUT") in found
    assert ("anfr.truncated_line", "4", None) in found
    assert np.isnan(sites.set_index("sup_id").loc["3", "height_m"])


def gracethd_copy(tmp_path):
    from .conftest import shared

    target = tmp_path / "gthd"
    shutil.copytree(shared("gracethd", "gracethd-v2.0.1-demo"), target)
    return target


def test_gracethd_csv_missing_columns(scanurba, tmp_path):
    folder = gracethd_copy(tmp_path)
    csv = folder / "t_cond_chem.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    csv.write_text("\n".join(";".join(line.split(";")[1:]) for line in lines), encoding="utf-8")
    net = read_gracethd(str(folder))
    assert ("gracethd.missing_field", "dm_cd_code") in {(f.rule_id, f.field) for f in net.findings}
    assert len(net.routes) == 25  # the routes are still read


def test_gracethd_foreign_keys_pointing_nowhere(scanurba, tmp_path):
    folder = gracethd_copy(tmp_path)
    csv = folder / "t_ptech.csv"
    text = csv.read_text(encoding="utf-8").replace("ND000180030064", "ND_NOWHERE")
    csv.write_text(text, encoding="utf-8")
    net = read_gracethd(str(folder))
    orphans = [f for f in net.findings if f.rule_id == "gracethd.orphan_fk"]
    assert [(f.source_layer, f.field) for f in orphans] == [("t_ptech", "pt_nd_code")]
    assert "ND_NOWHERE" in orphans[0].message


def test_works_with_impossible_dates(tmp_path):
    layer = RawLayer("travaux", pd.DataFrame({
        "maitre_ouvrage": ["A", "B"], "nature": ["voirie", "gaz"],
        "date_debut": ["31/02/2026", "2026-05-01"], "date_fin": [None, "2026-04-01"],
        "geometry": [shapely.LineString([(0, 0), (1, 0)])] * 2, "fid": [0, 1]}))
    _, findings = mapped_layers.normalise_works(layer)
    found = {(f.rule_id, f.source_id, f.field) for f in findings}
    assert found == {("works.bad_date", "0", "date_debut"), ("works.end_before_start", "1", "date_fin")}
    assert "31/02/2026" in next(f.message for f in findings if f.rule_id == "works.bad_date")
