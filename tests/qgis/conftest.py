import gc
import os
import time
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = ROOT.parent / "shared" / "data"
# What the tests leave for people to look at (screenshots, the texts of the documents they
# check): out/, or the tier's own folder when make test runs two tiers side by side
TEST_OUT = ROOT / os.environ.get("SCAN_URBA_TEST_OUT", "out")
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")  # QGIS's own `processing` package


def shared(*parts) -> Path:
    """A real third-party dataset, read in place from ../shared/data."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent: the real datasets are read in place, not copied")
    return SHARED_DATA.joinpath(*parts)


@pytest.fixture(scope="session")
def scanurba(qgis_app, qgis_processing):
    """QGIS with Processing and the scanurba provider, messages in English."""
    from scan_urba_plugin.standalone import start_qgis

    start_qgis("en")
    yield
    from scan_urba_plugin import translation

    translation.install("en")


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory, scanurba):
    from sampledata.sample_writer import write_plan_sample

    return write_plan_sample(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="session")
def network_dir(tmp_path_factory, scanurba):
    from sampledata.sample_writer import write_network_sample

    return write_network_sample(tmp_path_factory.mktemp("reseaux"))


def full_scan_params(sample_dir, network_dir, out):
    from sampledata.__main__ import demo_inputs
    from scan_urba_plugin.parameters import OUTPUT, input_parameters

    return {**input_parameters(demo_inputs(sample_dir, network_dir)), OUTPUT: str(out)}


@pytest.fixture(autouse=True)
def collect_qt_wrappers():
    """Free the Python wrappers of layers and widgets while QGIS still runs: collected after
    QgsApplication has exited, they crash the interpreter at shutdown."""
    yield
    from qgis.core import QgsApplication

    # a test that failed mid-run leaves its background task going: let it end before the
    # next test forks scan workers (a fork beside a running task copies its held locks)
    manager = QgsApplication.taskManager()
    deadline = time.monotonic() + 120
    while manager.countActiveTasks() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.05)
    manager.cancelAll()
    gc.collect()
    QgsApplication.processEvents()


def save_screenshot(widget, name: str, size=None):
    """Show a widget offscreen and save it under out/screenshots (not committed)."""
    from qgis.core import QgsApplication

    shots = TEST_OUT / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    if size:
        widget.resize(*size)
    widget.show()
    QgsApplication.processEvents()
    assert widget.grab().save(str(shots / f"{name}.png"))
    widget.close()
    widget.deleteLater()
