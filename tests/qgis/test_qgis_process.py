"""The packaged zip installs as QGIS would install it, and qgis_process runs the provider.

Debian's /usr/bin/qgis_process wrapper is broken, so the binary is called directly.
"""
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, full_scan_params, shared

QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def installed_zip(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "tools"))
    import package

    dist = tmp_path_factory.mktemp("dist")
    zip_path = package.build(dist)
    plugins = tmp_path_factory.mktemp("profile") / "plugins"
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        zf.extractall(plugins)
    return zip_path, names, plugins


def qgis_process(*args, home, plugins):
    import shapely

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    # shapely 2 as a user installs it for QGIS's Python (the zip carries no compiled library)
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
                "QGIS_PLUGINPATH": str(plugins),
                "PYTHONPATH": str(Path(shapely.__file__).resolve().parents[1])})
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True,
                          timeout=300)


def test_zip_contents(installed_zip):
    zip_path, names, _ = installed_zip
    assert zip_path.name.startswith("scan_urba_plugin-") and zip_path.suffix == ".zip"
    assert "scan_urba_plugin/metadata.txt" in names
    assert "scan_urba_plugin/i18n/scan_urba_plugin_fr.qm" in names
    assert "scan_urba_plugin/resources/icons/scan_urba.svg" in names
    assert "scan_urba_plugin/core/standards/cnig_models.json" in names
    assert "scan_urba_plugin/LICENSE" in names
    assert not any(n.startswith("scan_urba_plugin/ext-libs/shapely/") for n in names)
    import package

    assert package.check_zip(zip_path) == []  # plugins.qgis.org's checks; no compiled file
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)
    # demo and benchmark data are developers' tooling (sampledata/), not the product
    assert not any("sample" in n or "generator" in n for n in names)


def test_qgis_process_lists_and_runs_the_installed_plugin(installed_zip, tmp_path):
    _, _, plugins = installed_zip
    enable = qgis_process("plugins", "enable", "scan_urba_plugin", home=tmp_path, plugins=plugins)
    assert enable.returncode == 0, enable.stdout + enable.stderr
    listing = qgis_process("list", home=tmp_path, plugins=plugins)
    assert "scanurba:importplan" in listing.stdout, listing.stderr[-2000:]
    run = qgis_process("run", "scanurba:importplan", "--json", "--",
                       f"FOLDER={shared('plu', '30014_PLU_20171013')}", home=tmp_path,
                       plugins=plugins)
    assert run.returncode == 0, run.stderr[-2000:]
    results = json.loads(run.stdout)["results"]
    assert results["MODEL"] == "CNIG_PLU_2017" and results["N_FINDINGS"] == 17  # 3 on pieces


def test_qgis_process_runs_the_full_scan(installed_zip, sample_dir, network_dir, tmp_path):
    _, _, plugins = installed_zip
    out = tmp_path / "qp.gpkg"
    qgis_process("plugins", "enable", "scan_urba_plugin", home=tmp_path, plugins=plugins)
    args = [f"{k}={v}" for k, v in full_scan_params(sample_dir, network_dir, out).items()]
    run = qgis_process("run", "scanurba:fullscan", "--json", "--", *args, home=tmp_path,
                       plugins=plugins)
    assert run.returncode == 0, run.stderr[-2000:]
    # one row per trench, the Département's own works for its own route not counted (issue 27)
    assert json.loads(run.stdout)["results"]["N_OPPORTUNITIES"] == 5
    from qgis.core import QgsVectorLayer

    opp = QgsVectorLayer(f"{out}|layername=opportunites", "o", "ogr")
    # the public-lighting and ENEDIS lines carry no telecom: no burial need from them
    assert not any(f["need_id"] in ("LA-EP-01", "LA-BT-01") for f in opp.getFeatures())
