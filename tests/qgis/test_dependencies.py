"""Start-up with a library missing: the plugin says which and how to install it, never a
traceback. Each library is hidden (sys.modules[name] = None) in a fresh QGIS process."""
import os
import subprocess
import sys

import pytest

from scan_urba_plugin import dependencies

from .conftest import ROOT

START = """
import sys
from qgis.core import QgsApplication  # QGIS 3.40 imports shapely (and numpy) here, if present
app = QgsApplication([], False)
app.initQgis()
sys.modules[{name!r}] = None  # hidden from the plugin: any import of it raises ImportError
import scan_urba_plugin
plugin = scan_urba_plugin.classFactory(None)
print(type(plugin).__name__)
if hasattr(plugin, "message"):
    print(plugin.message())
else:
    from scan_urba_plugin.core.errors import ScanUrbaError
    from scan_urba_plugin.qgis_io import postgis
    try:
        postgis.connect("dbname=none")
    except ScanUrbaError as exc:
        print(exc)
"""


def start_without(name: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", START.format(name=name)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    return run.stdout.strip().splitlines()


@pytest.mark.parametrize("lib", [lib for lib in dependencies.LIBRARIES if not lib.needed_for],
                         ids=lambda lib: lib.module)
def test_start_up_names_a_missing_library_and_how_to_install_it(lib):
    kind, text = start_without(lib.module)[-2:]
    assert kind == "MissingDependenciesPlugin"
    assert text.startswith("Scan Urba cannot start: missing Python libraries: ")
    assert f"{lib.module} " in text and "(absent)" in text
    command = dependencies.install_command([lib], "linux")
    assert command in text  # this machine is Linux
    assert (f"sudo apt install {lib.apt}" if lib.apt else
            f"python3 -m pip install --user --break-system-packages '{lib.pip}'") in command


def test_without_psycopg2_the_plugin_starts_and_postgis_says_what_to_install():
    kind, text = start_without("psycopg2")[-2:]
    assert kind == "ScanUrbaPlugin"
    assert text == ("Scan Urba: psycopg2 missing, needed only for PostGIS inputs and outputs. "
                    "Debian/Ubuntu: sudo apt install python3-psycopg2")


def test_install_commands_for_each_platform():
    libs = [lib for lib in dependencies.LIBRARIES if lib.module in ("pandas", "shapely")]
    assert dependencies.install_command(libs, "win32") == \
        'OSGeo4W Shell (Start menu, QGIS folder): python -m pip install pandas "shapely>=2"'
    assert dependencies.install_command(libs, "darwin") == \
        'Terminal: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install pandas ' \
        '"shapely>=2"'
    assert dependencies.install_command(libs, "linux") == \
        "Debian/Ubuntu: sudo apt install python3-pandas && " \
        "python3 -m pip install --user --break-system-packages 'shapely>=2'"


def test_every_third_party_import_is_declared():
    """Each top-level module the plugin imports is the standard library's, QGIS's or declared."""
    import ast

    declared = {lib.module for lib in dependencies.LIBRARIES}
    qgis_own = {"qgis", "processing", "scan_urba_plugin"}
    found = {}
    for path in (ROOT / "scan_urba_plugin").rglob("*.py"):
        if "ext-libs" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            for name in names:
                found.setdefault(name.split(".")[0], path.name)
    undeclared = {m: f for m, f in found.items()
                  if m not in declared | qgis_own and m not in sys.stdlib_module_names}
    assert undeclared == {}


def test_a_version_that_is_not_a_number_is_decided_by_what_the_module_has(monkeypatch):
    """Debian unstable's shapely 2.1 reports « 0+unknown »: it has shapely 2's API, so it is
    taken; a module of that version without it is still refused, naming what was found."""
    import types

    shapely_lib = next(lib for lib in dependencies.LIBRARIES if lib.module == "shapely")
    fake = types.ModuleType("shapely")
    fake.__version__ = "0+unknown"
    monkeypatch.setitem(sys.modules, "shapely", fake)
    assert dependencies._problem(shapely_lib) == "shapely >= 2.0 (found 0+unknown)"
    fake.from_ragged_array = lambda *args: None
    assert dependencies._problem(shapely_lib) is None
