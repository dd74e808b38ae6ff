"""The département generator: deterministic, and the scan agrees with the native QGIS chain
(on the small profile; `make bench` runs the département and reports times)."""
import hashlib
import json
import sys

import processing
import pytest

from sampledata.generator_writer import write_generated

from .conftest import ROOT


def hashes(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def small(tmp_path_factory, scanurba):
    out = tmp_path_factory.mktemp("gen") / "small"
    return out, write_generated("small", 7, out)


def test_same_seed_same_files(small, tmp_path):
    out, paths = small
    again = write_generated("small", 7, tmp_path / "small")
    assert paths["counts"] == again["counts"]
    assert hashes(out) == hashes(tmp_path / "small")
    assert paths["counts"]["communes"] == 4 and paths["counts"]["routes"] == 4 * 1230


def test_scan_agrees_with_the_native_chain(small, tmp_path):
    out, _ = small
    sys.path.insert(0, str(ROOT / "tools"))
    import bench_step

    native_file = tmp_path / "native.json"
    bench_step.native(out, native_file)
    native = json.loads(native_file.read_text())
    scan = tmp_path / "scan.gpkg"
    result = processing.run("scanurba:fullscan", {
        "PLAN": str(out / "plu_departement.gpkg"), "GRACETHD_FOLDER": str(out / "gracethd_v2"),
        "WORKS": str(out / "travaux.gpkg"), "OUTPUT": str(scan)})
    summary = json.loads(result["SUMMARY"])
    from qgis.core import QgsVectorLayer

    ours = {f["zone_id"]: f["served_share_existing"]
            for f in QgsVectorLayer(f"{scan}|layername=zones_bilan", "z", "ogr").getFeatures()}
    gaps = [abs(ours[k] - v) for k, v in native["shares"].items()]
    assert len(gaps) == len(ours) > 600
    assert max(gaps) <= 0.005  # 0.5 percentage point
    length = summary["planned_routes_in_works_corridors_m"]
    assert native["shared_length_m"] > 0
    assert abs(length - native["shared_length_m"]) <= 0.005 * native["shared_length_m"]
