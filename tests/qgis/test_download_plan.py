"""scanurba:downloadplan and `download` against a local server replaying the GPU services."""
import json
import os
import socket
import subprocess
import sys

import pytest

from tests.gpu_replay import PLU, PLUI, pdf_count, replay_gpu, zip_plan

from .conftest import ROOT


@pytest.fixture
def gpu(tmp_path, monkeypatch):
    with replay_gpu(tmp_path) as fake:
        for name, value in fake.env().items():
            monkeypatch.setenv(name, value)
        yield fake


def run(params, context=None):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if context is None:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
    return processing.run("scanurba:downloadplan", params, context=context,
                          feedback=QgsProcessingFeedback()), context


def test_algorithm_downloads_loads_then_serves_from_cache(scanurba, gpu, tmp_path):
    cache = tmp_path / "cache"
    result, context = run({"COMMUNE": "Arpaillargues-et-Aureillac", "FOLDER": str(cache)})
    summary = json.loads(result["SUMMARY"])
    assert summary["commune"] == {"insee": "30014", "name": "Arpaillargues-et-Aureillac"}
    [doc] = summary["documents"]
    assert (doc["name"], doc["type"], doc["in_force"], doc["from_cache"]) == (
        PLU, "PLU", True, False)
    assert doc["written_pieces"] == pdf_count(gpu.source[PLU])
    assert result["ARCHIVE"] == str(cache / "DU_30014" / f"{PLU}.zip")
    loaded = sorted(d.name for d in context.layersToLoadOnCompletion().values())
    assert f"{PLU} – 30014_ZONE_URBA_20171013" in loaded and len(loaded) >= 6
    result, _ = run({"COMMUNE": "30014", "FOLDER": str(cache), "LOAD": False})
    assert json.loads(result["SUMMARY"])["documents"][0]["from_cache"] is True
    assert gpu.downloads() == 1


def test_algorithm_extent_in_project_crs(scanurba, gpu, tmp_path):
    # around the PLUi's communes, given in Lambert-93
    result, _ = run({"EXTENT": "557000,567000,6748000,6758000 [EPSG:2154]",
                     "FOLDER": str(tmp_path / "cache"), "LOAD": False})
    summary = json.loads(result["SUMMARY"])
    assert summary["commune"] is None
    assert [d["name"] for d in summary["documents"]] == [PLUI]


def test_algorithm_errors_are_one_sentence(scanurba, gpu, tmp_path):
    from qgis.core import QgsProcessingException

    gpu.truncate.add("d30014a")
    with pytest.raises(QgsProcessingException, match=f"{PLU}.*(stopped before|truncated)"):
        run({"COMMUNE": "30014", "FOLDER": str(tmp_path / "cache")})
    gpu.truncate.clear()
    gpu.documents[0]["archive"] = zip_plan(gpu.source[PLU], tmp_path / "slip.zip",
                                           {"..\\..\\evil.txt": b"owned"})
    with pytest.raises(QgsProcessingException, match=r"entry “..\\..\\evil.txt” points "
                                                     r"outside the archive"):
        run({"COMMUNE": "30014", "FOLDER": str(tmp_path / "cache")})
    gpu.fail["/apicarto"] = 500
    with pytest.raises(QgsProcessingException, match=r"API Carto \(GPU module\) answered HTTP "
                                                     r"500"):
        run({"COMMUNE": "30014", "FOLDER": str(tmp_path / "cache")})
    assert not list((tmp_path / "cache").rglob("*.zip"))


def run_cli(*args, env=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "scan_urba_plugin", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_cli_download_then_cached(gpu, tmp_path):
    out = tmp_path / "plans"
    urls = ["--gpu-url", gpu.endpoints.gpu, "--apicarto-url", gpu.endpoints.apicarto,
            "--geo-url", gpu.endpoints.geo]
    proc = run_cli("download", "Pezou", "--out", str(out), "--lang", "en", *urls)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "Pezou (41175)"
    assert lines[1] == (f"{PLUI} — PLUi, in force, updated on 1 July 2014; downloaded, "
                        f"{pdf_count(gpu.source[PLUI])} written pieces")
    assert lines[2].strip() == str(out.resolve() / "DU_200030435" / f"{PLUI}.zip")
    assert lines[3].startswith("  Read: model CNIG_PLU_2013")  # the plan reader opened it
    assert "covered by the PLUi “PLUI DU HAUT-VENDOMOIS”" in proc.stdout
    # the other commune of the PLUi, in French, from the cache
    proc = run_cli("download", "41116", "--out", str(out), *urls)
    assert proc.returncode == 0, proc.stderr
    assert "servi depuis le cache" in proc.stdout
    assert gpu.downloads() == 1


def test_cli_rnu_and_outages_give_one_line(gpu, tmp_path):
    proc = run_cli("download", "30999", "--out", str(tmp_path), "--lang", "en",
                   env=gpu.env())
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().endswith(
        "error: Bourg-sous-Rnu (30999) is under the national urbanism rules (RNU): it has no "
        "local urban plan to download. Its digital-network obligations come from the RNU and "
        "from any SCOT covering it.")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = run_cli("download", "30014", "--out", str(tmp_path), "--apicarto-url",
                   f"http://127.0.0.1:{port}/api/gpu", env=gpu.env())
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert f"API Carto (module GPU) est injoignable à 127.0.0.1:{port}" in proc.stderr


def test_dock_action_fetches_in_the_background_and_loads(qgis_iface, scanurba, qgis_new_project,
                                                         gpu, tmp_path, monkeypatch):
    import time

    from qgis.core import QgsApplication, QgsProject

    from scan_urba_plugin.gui.dock import ScanUrbaDock

    monkeypatch.setenv("SCAN_URBA_GPU_CACHE", str(tmp_path / "cache"))
    dock = ScanUrbaDock(qgis_iface)
    try:
        for commune, downloads in (("Arpaillargues-et-Aureillac", 1), ("30014", 1)):
            task = dock.fetch_plan(commune)
            assert task is not None and not dock.gpu_button.isEnabled()
            start = time.time()
            while dock.plan_task is not None and time.time() - start < 60:
                QgsApplication.processEvents()
                time.sleep(0.02)
            assert dock.gpu_button.isEnabled()
            assert gpu.downloads() == downloads
        assert dock.rows["plan"].file.filePath() == str(tmp_path / "cache" / "DU_30014" /
                                                        f"{PLU}.zip")
        assert f"{PLU} (PLU): served from the cache" in dock.status.text()
        root = QgsProject.instance().layerTreeRoot()
        group = root.findGroup(PLU)
        assert group is not None
        assert "30014_ZONE_URBA_20171013" in [n.layer().name() for n in group.findLayers()]
        # no commune: the map extent (Lambert-93, read on the main thread) around the PLUi
        from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

        canvas = qgis_iface.mapCanvas()
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
        canvas.setExtent(QgsRectangle(557000, 6748000, 567000, 6758000))
        dock.fetch_plan("")
        start = time.time()
        while dock.plan_task is not None and time.time() - start < 60:
            QgsApplication.processEvents()
            time.sleep(0.02)
        assert dock.rows["plan"].file.filePath().endswith(f"DU_200030435/{PLUI}.zip")
        assert root.findGroup(PLUI) is not None
        gpu.fail["/apicarto"] = 503
        dock.fetch_plan("30014")
        start = time.time()
        while dock.plan_task is not None and time.time() - start < 60:
            QgsApplication.processEvents()
            time.sleep(0.02)
        assert "API Carto (GPU module) answered HTTP 503" in dock.status.text()
    finally:
        dock.close()
        dock.deleteLater()
        QgsApplication.processEvents()


def test_service_addresses_and_cache_are_settings(scanurba, monkeypatch, tmp_path):
    from qgis.core import QgsSettings

    from scan_urba_plugin.core.gpu_client import Endpoints
    from scan_urba_plugin.processing.download_plan import SETTINGS, gpu_settings

    for env in (*Endpoints.ENV.values(), "SCAN_URBA_GPU_CACHE"):
        monkeypatch.delenv(env, raising=False)
    settings = QgsSettings()
    try:
        assert gpu_settings()[0] == Endpoints()  # the public services by default
        settings.setValue(SETTINGS + "apicarto", "http://127.0.0.1:9/api/gpu/")
        settings.setValue(SETTINGS + "cache_dir", str(tmp_path))
        settings.setValue(SETTINGS + "timeout", "7.5")
        endpoints, cache, timeout = gpu_settings()
        assert endpoints.apicarto == "http://127.0.0.1:9/api/gpu"
        assert endpoints.gpu == Endpoints().gpu and (cache, timeout) == (tmp_path, 7.5)
        monkeypatch.setenv("SCAN_URBA_APICARTO_URL", "http://127.0.0.1:8/x")
        assert gpu_settings()[0].apicarto == "http://127.0.0.1:8/x"  # the environment wins
    finally:
        for key in ("apicarto", "cache_dir", "timeout"):
            settings.remove(SETTINGS + key)
