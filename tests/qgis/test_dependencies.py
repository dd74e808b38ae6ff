"""Start-up with a library missing: the plugin says which and how to install it, never a
traceback. Each library is hidden (sys.modules[name] = None) in a fresh QGIS process."""
import os
import subprocess
import sys
from pathlib import Path

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
    assert "succe" not in text.lower()


def test_without_psycopg2_the_plugin_starts_and_postgis_says_what_to_install():
    kind, text = start_without("psycopg2")[-2:]
    assert kind == "ScanUrbaPlugin"
    assert text == ("Scan Urba: psycopg2 missing, needed only for PostGIS inputs and outputs. "
                    "Debian/Ubuntu, in a terminal: sudo apt install python3-psycopg2")


def test_install_commands_for_each_platform():
    """Every command keeps the numpy QGIS runs (pinned to its version) and a shapely 2.0 built
    for it: shapely 2.1 needs numpy >= 1.26, which pip would put in front of Debian's 1.24."""
    import numpy

    pin = f"numpy=={numpy.__version__}"
    libs = [lib for lib in dependencies.LIBRARIES if lib.module in ("pandas", "shapely")]
    assert dependencies.install_command(libs, "win32") == \
        f'OSGeo4W Shell (Start menu, QGIS folder): python -m pip install pandas ' \
        f'"shapely==2.0.*" "{pin}"'
    assert dependencies.install_command(libs, "darwin") == \
        'Terminal: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install pandas ' \
        f'"shapely==2.0.*" "{pin}"'
    assert dependencies.install_command(libs, "linux") == \
        "Debian/Ubuntu, in a terminal: sudo apt install python3-pandas && " \
        f"python3 -m pip install --user --break-system-packages 'shapely==2.0.*' '{pin}'"


def test_the_message_is_in_french_for_a_french_qgis():
    from qgis.core import QgsSettings

    from scan_urba_plugin import translation

    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "fr_FR")
    try:
        plugin = dependencies.MissingDependenciesPlugin(None, [
            lib for lib in dependencies.LIBRARIES if lib.module == "shapely"])
        text = plugin.message()
    finally:
        settings.setValue("locale/userLocale", before)
        translation.install("en")
    assert text.startswith("Scan Urba ne peut pas démarrer : bibliothèques Python manquantes : "
                           "shapely")  # "shapely >= 2.0 (absent)" where it is absent
    assert "Debian/Ubuntu, dans un terminal : python3 -m pip install --user" in text


def test_the_message_replaces_the_plugin_managers_installed_successfully(qgis_iface):
    """Installed from the Plugin Manager, which writes "Plugin installed successfully" in its
    own message bar right after starting the plugin: that line gives way to ours."""
    from qgis.core import Qgis
    from qgis.gui import QgsMessageBar
    from qgis.PyQt.QtGui import QTextDocument
    from qgis.PyQt.QtWidgets import QDialog, QVBoxLayout

    manager = QDialog()
    manager.setObjectName("QgsPluginManagerBase")  # the Plugin Manager's name (its .ui)
    bar = QgsMessageBar(manager)
    QVBoxLayout(manager).addWidget(bar)
    manager.show()
    bar.pushMessage("<b>Plugin installed successfully</b>", Qgis.MessageLevel.Info)
    plugin = dependencies.MissingDependenciesPlugin(qgis_iface, [
        lib for lib in dependencies.LIBRARIES if lib.module == "shapely"])
    try:
        assert plugin.tell_plugin_manager()
        texts = [item.text() for item in bar.items()]
        assert len(texts) == 1 and "'shapely==2.0.*'" in texts[0] and "succes" not in texts[0]
        # the bar and the log show it as HTML: the command must survive that reading whole
        shown = QTextDocument()
        shown.setHtml(texts[0])
        assert plugin.message().split(": ")[-1] in shown.toPlainText()
        assert bar.currentItem().level() == Qgis.MessageLevel.Critical
    finally:
        plugin.unload()
        manager.close()


DEBIAN_PYTHON = "/usr/bin/python3"
AFTER_INSTALL = """
import numpy, pandas, shapely
from osgeo import gdal_array
import shapely.geometry
print(numpy.__version__, numpy.__file__)
print(shapely.__version__, shapely.__file__)
print(shapely.geometry.Point(0, 0).buffer(1).area > 3)
"""


def pypi_reachable() -> bool:
    import urllib.request

    try:
        urllib.request.urlopen("https://pypi.org/simple/shapely/", timeout=10).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(not os.path.exists(DEBIAN_PYTHON), reason="no system Python 3")
def test_the_printed_debian_command_keeps_qgis_numpy(tmp_path):
    """Issue 26: the printed command, run as a user would (--user, here into a throwaway user
    base), gives shapely 2 while pandas, GDAL's gdal_array and the system numpy still load."""
    system = subprocess.run([DEBIAN_PYTHON, "-c", "import numpy, osgeo.gdal_array, pandas; "
                             "print(numpy.__version__, numpy.__file__)"],
                            capture_output=True, text=True)
    if system.returncode != 0:
        pytest.skip(f"the system Python lacks numpy, pandas or GDAL: {system.stderr[-300:]}")
    numpy_version, numpy_file = system.stdout.split()
    if not numpy_version.startswith("1."):
        pytest.skip(f"system numpy {numpy_version}: this test is about Debian 12's numpy 1.x")
    if not pypi_reachable():
        pytest.skip("PyPI unreachable: the command cannot be run")
    code = ("from scan_urba_plugin import dependencies as d; "
            "print(d.install_command([l for l in d.LIBRARIES if l.module == 'shapely'], "
            "'linux'))")
    printed = subprocess.run([DEBIAN_PYTHON, "-c", code], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.strip()
    command = printed.split(": ", 1)[1]  # what a user pastes after the platform's name
    assert command.startswith("python3 -m pip install --user")
    user_base = tmp_path / "userbase"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONUSERBASE": str(user_base),
           "PIP_DISABLE_PIP_VERSION_CHECK": "1", "LANG": "C.UTF-8"}
    for key in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy", "NO_PROXY"):
        if key in os.environ:
            env[key] = os.environ[key]
    run = subprocess.run(["bash", "-c", command], env=env, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stdout[-1500:] + run.stderr[-1500:]
    site = subprocess.run([DEBIAN_PYTHON, "-m", "site", "--user-site"], env=env,
                          capture_output=True, text=True).stdout.strip()
    assert site.startswith(str(user_base))
    installed = sorted(p.name.split("-")[0].lower() for p in Path(site).glob("*.dist-info"))
    assert installed == ["shapely"]  # numpy left alone
    after = subprocess.run([DEBIAN_PYTHON, "-c", AFTER_INSTALL], env=env, cwd=tmp_path,
                           capture_output=True, text=True)
    assert after.returncode == 0, after.stderr[-2000:]
    numpy_line, shapely_line, works = after.stdout.split("\n")[:3]
    assert numpy_line == f"{numpy_version} {numpy_file}"  # the system numpy, still loaded
    assert shapely_line.startswith("2.0.") and str(user_base) in shapely_line
    assert works == "True"


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
