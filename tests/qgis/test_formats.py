"""The same plan read from every supported container gives the same answers."""
import zipfile

import pandas as pd
import pytest

from sampledata import sample
from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.qgis_io.plans import read_plan
from scan_urba_plugin.qgis_io.write import write_geopackage, write_layer


def summary(plan):
    er = sorted(zip(*[plan.tables["PRESCRIPTION_SURF"][c] for c in ("TYPEPSC", "STYPEPSC")]))
    return plan.model, plan.layer_counts().get("ZONE_URBA"), er, \
        sorted(plan.tables["ZONE_URBA"]["LIBELONG"])


@pytest.fixture(scope="module")
def reference(sample_dir):
    return summary(read_plan(str(sample_dir)))


def test_gpu_folder(sample_dir, reference):
    plan = read_plan(str(sample_dir))
    assert reference[0] == "CNIG_PLU_2024" and reference[1] == len(sample.zones())
    assert plan.findings == []
    assert "Zone à urbaniser ouverte – quartier des Oliviers" in reference[3]


def test_zip_with_nested_folders(sample_dir, reference, tmp_path):
    archive = tmp_path / "download.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in sample_dir.rglob("*"):
            zf.write(f, f"export/gpu/{sample_dir.name}/{f.relative_to(sample_dir)}")
    assert summary(read_plan(str(archive))) == reference


def test_zip_slip_is_refused(tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../x.shp", b"")
    with pytest.raises(ScanUrbaError, match="outside the archive"):
        read_plan(str(archive))
    assert not (tmp_path.parent / "x.shp").exists()


def test_geopackage(scanurba, reference, tmp_path):
    gpkg = tmp_path / "plan.gpkg"
    write_geopackage(gpkg, {t.lower(): v for t, v in sample.plan_tables().items()})
    assert summary(read_plan(str(gpkg))) == reference


def test_geojson_wfs_style_lowercase_and_integer_codes(scanurba, reference, tmp_path):
    folder = tmp_path / "wfs"
    folder.mkdir()
    for table, (frame, gtype) in sample.plan_tables().items():
        if gtype is None:
            continue
        out = frame.rename(columns={c: c.lower() for c in frame.columns if c != "geometry"})
        for code in ("typepsc", "stypepsc"):
            if code in out:
                out[code] = pd.to_numeric(out[code])  # what a WFS/GML reader gives
        write_layer(folder / f"wfs_du_{table.lower()}.geojson", table, out, gtype,
                    driver="GeoJSON")
    plan = read_plan(str(folder))
    assert summary(plan)[:3] == reference[:3]


def test_gml(scanurba, reference, tmp_path):
    frame, gtype = sample.plan_tables()["ZONE_URBA"]
    write_layer(tmp_path / "zone_urba.gml", "zone_urba", frame, gtype, driver="GML")
    plan = read_plan(str(tmp_path / "zone_urba.gml"))
    assert len(plan.tables["ZONE_URBA"]) == reference[1]


def test_project_layers(scanurba, sample_dir, reference):
    from scan_urba_plugin.qgis_io.layers import dataset_sources, open_layer

    layers = [open_layer(uri, name) for name, uri in dataset_sources(sample_dir)]
    assert summary(read_plan(layers=layers)) == reference


def test_wgs84_plan_is_reprojected_and_reported(scanurba, tmp_path):
    frame, gtype = sample.plan_tables()["ZONE_URBA"]
    write_layer(tmp_path / "zone_urba_4326.gpkg", "zone_urba", frame, gtype)
    from qgis.core import QgsVectorLayer
    import processing

    wgs = processing.run("native:reprojectlayer", {
        "INPUT": QgsVectorLayer(str(tmp_path / "zone_urba_4326.gpkg"), "z", "ogr"),
        "TARGET_CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "wgs84_zone_urba.geojson")})
    plan = read_plan(wgs["OUTPUT"])
    crs = [f for f in plan.findings if f.rule_id == "cnig.crs"]
    assert len(crs) == 1 and "EPSG:4326" in crs[0].message
    area = sum(g.area for g in plan.tables["ZONE_URBA"]["geometry"])
    assert area == pytest.approx(sample.commune_extent().area, rel=1e-4)


def test_missing_dataset_is_a_clear_error(scanurba, tmp_path):
    with pytest.raises(ScanUrbaError, match="does not exist"):
        read_plan(str(tmp_path / "nowhere"))
