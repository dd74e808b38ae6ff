"""The core is QGIS-free: every core module imports where `import qgis` fails, and `make
test` runs this tier in .venv-core, a venv without system site packages (no qgis there)."""
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IMPORT_ALL = """
import importlib, pkgutil, sys
sys.modules["qgis"] = None  # any `import qgis…` now fails
sys.modules["scipy"] = None  # nor scipy: not in every QGIS build (Debian's, OSGeo4W's `qgis`)
import scan_urba_plugin.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "scan_urba_plugin.core.")]
for name in names + ["scan_urba_plugin.parameters", "scan_urba_plugin.about"]:
    importlib.import_module(name)
print(len(names))
"""


def test_every_core_module_imports_without_qgis():
    proc = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) >= 30  # the core's modules, all of them imported


@pytest.mark.skipif(not os.environ.get("SCAN_URBA_CORE_TIER"),
                    reason="run by make test in .venv-core (SCAN_URBA_CORE_TIER=1)")
def test_this_tier_has_no_qgis():
    assert importlib.util.find_spec("qgis") is None, sys.prefix
