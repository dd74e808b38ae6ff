"""Python libraries the plugin imports beyond QGIS and the standard library, checked at start-up
with a message that says how to install a missing one on the user's platform.

Compiled libraries come from the QGIS installation (the zip carries no platform binary); pure
Python libraries may be carried in the zip's ext-libs/ (tools/package.py). Which QGIS builds
ship which library: README, "Installing".
"""
from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path

EXT_LIBS = Path(__file__).resolve().parent / "ext-libs"


def QT_TR_NOOP(text):  # noqa: N802 (Qt's name: marks a string for translation)
    return text


@dataclass(frozen=True)
class Library:
    module: str
    minimum: str | None
    pip: str  # the pip requirement (Windows OSGeo4W shell, macOS)
    apt: str | None  # the Debian/Ubuntu package, None where Debian's is too old
    needed_for: str = ""  # empty: the plugin cannot start without it
    # a name the module has from ``minimum`` on: it decides when the version is not a number
    # (Debian unstable's shapely 2.1 says « 0+unknown »)
    since: str | None = None


LIBRARIES = (
    Library("numpy", "1.20", "numpy", "python3-numpy"),
    Library("pandas", "1.3", "pandas", "python3-pandas"),
    # shapely 2.1 needs numpy >= 1.26: pip would put numpy 2 in the user site, in front of
    # the numpy QGIS, pandas and GDAL were built for (Debian 12's 1.24), and break them all.
    # Written "==2.0.*", not ">=2,<2.1": QGIS's message bar and log read text as HTML, and
    # "<2.1' 'numpy==…'" vanished as a tag, leaving a command cut after 'shapely>=2,
    Library("shapely", "2.0", "shapely==2.0.*", None, since="from_ragged_array"),  # Debian 12: 1.8
    Library("pyproj", "3.0", "pyproj", "python3-pyproj"),
    Library("osgeo", None, "gdal", "python3-gdal"),  # GDAL's bindings: in every QGIS build
    Library("pypdf", "3.0", "pypdf>=3", None,  # pure Python, carried in the zip's ext-libs
            needed_for=QT_TR_NOOP("reading the plan's PDF written pieces")),
    Library("psycopg2", None, "psycopg2-binary", "python3-psycopg2",
            needed_for=QT_TR_NOOP("PostGIS inputs and outputs")),
)


def add_ext_libs():
    if EXT_LIBS.is_dir() and str(EXT_LIBS) not in sys.path:
        sys.path.insert(0, str(EXT_LIBS))


def _version_tuple(text):
    return tuple(int(p) for p in str(text).split(".")[:2] if p.isdigit())


ABSENT, FOUND = QT_TR_NOOP("absent"), QT_TR_NOOP("found {version}")


def _problem(lib: Library) -> str | None:
    try:
        module = importlib.import_module(lib.module)
    except ImportError:  # also a library hidden or broken (its own dependency missing)
        wanted = f"{lib.module} >= {lib.minimum}" if lib.minimum else lib.module
        return f"{wanted} ({_tr(ABSENT)})"
    version = getattr(module, "__version__", None)
    if not lib.minimum or not version:
        return None
    if lib.since and not any(_version_tuple(version)):  # no number to compare: ask the module
        too_old = not hasattr(module, lib.since)
    else:
        too_old = _version_tuple(version) < _version_tuple(lib.minimum)
    return f"{lib.module} >= {lib.minimum} (" + _tr(FOUND).format(version=version) + ")" \
        if too_old else None


def missing(optional: bool = False) -> list[Library]:
    """The required libraries (or, with ``optional``, the optional ones) absent or too old."""
    add_ext_libs()
    return [lib for lib in LIBRARIES if bool(lib.needed_for) == optional and _problem(lib)]


def _tr(text):
    from qgis.PyQt.QtCore import QCoreApplication

    return QCoreApplication.translate("@default", text)


def numpy_pin() -> str:
    """``numpy==<the version QGIS runs>``: pip then keeps that numpy (it is installed, so the
    requirement holds) and refuses any library that would need another one."""
    try:
        import numpy
    except ImportError:
        return ""
    return f"numpy=={numpy.__version__}"


def pip_requirements(libs: list[Library], quote: str) -> str:
    """The pip requirements of ``libs``, with QGIS's numpy pinned where pip installs a compiled
    library (a numpy pulled in beside QGIS's breaks pandas and GDAL for every plugin)."""
    names = [lib.pip for lib in libs]
    pin = numpy_pin()
    if pin and "numpy" not in {lib.module for lib in libs} and \
            any(lib.module in ("shapely", "pandas", "pyproj") for lib in libs):
        names.append(pin)
    return " ".join(f"{quote}{name}{quote}" if any(c in name for c in "<>=,") else name
                    for name in names)


def install_command(libs: list[Library], platform: str | None = None) -> str:
    """The exact command that installs ``libs`` for the Python of QGIS on ``platform``,
    leaving the numpy QGIS uses as it is."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _tr(QT_TR_NOOP("OSGeo4W Shell (Start menu, QGIS folder):")) + \
            " python -m pip install " + pip_requirements(libs, '"')
    if platform == "darwin":
        return _tr(QT_TR_NOOP("Terminal:")) + " /Applications/QGIS.app/Contents/MacOS/bin/" \
            "python3 -m pip install " + pip_requirements(libs, '"')
    apt = " ".join(lib.apt for lib in libs if lib.apt)
    pip_only = [lib for lib in libs if not lib.apt]
    commands = [f"sudo apt install {apt}"] if apt else []
    if pip_only:
        commands.append("python3 -m pip install --user --break-system-packages "
                        + pip_requirements(pip_only, "'"))
    return _tr(QT_TR_NOOP("Debian/Ubuntu, in a terminal:")) + " " + " && ".join(commands)


def message(problems: list[Library], platform: str | None = None) -> str:
    from qgis.PyQt.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "@default", "Scan Urba cannot start: missing Python libraries: {libs}. Install them for "
        "the Python of QGIS, then restart QGIS. {command}")
    return text.format(libs=", ".join(_problem(lib) or lib.module for lib in problems),
                       command=install_command(problems, platform))


def optional_message(problems: list[Library], platform: str | None = None) -> str:
    from qgis.PyQt.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "@default", "Scan Urba: {libs} missing, needed only for {uses}. {command}")
    return text.format(libs=", ".join(lib.module for lib in problems),
                       uses=", ".join(QCoreApplication.translate("@default", lib.needed_for)
                                      for lib in problems),
                       command=install_command(problems, platform))


class MissingDependenciesPlugin:
    """Stands in for the plugin when a library is missing: says so, registers nothing."""

    def __init__(self, iface, problems):
        from . import translation

        self.iface, self.problems = iface, problems
        translation.install()  # the message in the user's language

    def initProcessing(self):  # noqa: N802 (QGIS API)
        from qgis.core import Qgis, QgsMessageLog

        QgsMessageLog.logMessage(self.message(), "Scan Urba", Qgis.MessageLevel.Critical)

    def initGui(self):  # noqa: N802 (QGIS API)
        from qgis.core import Qgis

        from qgis.PyQt.QtCore import QTimer

        self.initProcessing()
        self.iface.messageBar().pushMessage("Scan Urba", self.message(),
                                            Qgis.MessageLevel.Critical, 0)
        # installed from the Plugin Manager: it says "installed successfully" right after
        # this; the message replaces that line once the manager has written it
        QTimer.singleShot(0, self.tell_plugin_manager)

    def tell_plugin_manager(self) -> bool:
        """Our message instead of the Plugin Manager's "installed successfully", when the
        plugin was started from its open dialog."""
        from qgis.core import Qgis
        from qgis.gui import QgsMessageBar
        from qgis.PyQt.QtWidgets import QApplication

        managers = [w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "QgsPluginManagerBase" and w.isVisible()]
        for bar in (b for m in managers for b in m.findChildren(QgsMessageBar)):
            bar.clearWidgets()
            bar.pushMessage("Scan Urba", self.message(), Qgis.MessageLevel.Critical, 0)
        return bool(managers)

    def unload(self):
        from . import translation

        translation.remove()

    def message(self):
        return message(self.problems)
