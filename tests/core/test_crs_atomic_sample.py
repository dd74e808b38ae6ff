import pytest
import shapely

from sampledata import sample
from scan_urba_plugin.core import atomic, crs
from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.core.model import RawLayer
from scan_urba_plugin.core.standards import cnig

ESRI_PROJ = ("+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 "
             "+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs")


def test_crs_identification():
    assert crs.identify("EPSG:2154") == "EPSG:2154"
    assert crs.identify("IGNF:LAMB93", ESRI_PROJ) == "EPSG:2154"
    assert crs.identify("", 'PROJCS["RGF93_Lambert_93",PROJECTION["Lambert_Conformal_Conic"]]') \
        == "EPSG:2154"
    assert crs.identify("", ESRI_PROJ.replace("lon_0=3", "lon_0=2")) is None
    assert crs.is_cnig_crs("EPSG:2975") and not crs.is_cnig_crs("EPSG:4326")


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.json"
    with pytest.raises(RuntimeError):
        with atomic.atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_refuses_to_overwrite(tmp_path):
    target = tmp_path / "out.json"
    atomic.write_text(target, "first")
    with pytest.raises(ScanUrbaError, match="already exists"):
        atomic.write_text(target, "second")
    atomic.write_text(target, "second", overwrite=True)
    assert target.read_text() == "second" and len(list(tmp_path.iterdir())) == 1


def test_sample_zones_are_a_planar_partition_of_the_commune():
    zones = sample.zones()
    geoms = zones["geometry"].to_numpy()
    assert shapely.union_all(geoms).area == pytest.approx(sample.commune_extent().area)
    assert sum(g.area for g in geoms) == pytest.approx(sample.commune_extent().area)
    assert set(zones["TYPEZONE"]) == {"U", "AUc", "AUs", "A", "N"}


def test_sample_plan_is_cnig_conformant_and_rich():
    tables = sample.plan_tables()
    layers = [RawLayer(f"{sample.INSEE}_{t}_{sample.DATAPPRO}", df.assign(fid=range(len(df))),
                       crs="EPSG:2154", spatial=g is not None) for t, (df, g) in tables.items()]
    plan = cnig.normalise_plan(layers)
    assert plan.model == "CNIG_PLU_2024" and plan.findings == []
    codes = set(zip(plan.tables["PRESCRIPTION_SURF"]["TYPEPSC"],
                    plan.tables["PRESCRIPTION_SURF"]["STYPEPSC"]))
    assert {("05", "01"), ("05", "02"), ("05", "03"), ("27", "00"), ("47", "05")} <= codes


def test_sample_is_deterministic():
    a, b = sample.plan_tables(), sample.plan_tables()
    for table in a:
        assert a[table][0].drop(columns="geometry", errors="ignore").equals(
            b[table][0].drop(columns="geometry", errors="ignore"))
