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
    Library("shapely", "2.0", "shapely>=2", None, since="from_ragged_array"),  # Debian 12 has 1.8
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


def _problem(lib: Library) -> str | None:
    try:
        module = importlib.import_module(lib.module)
    except ImportError:  # also a library hidden or broken (its own dependency missing)
        return f"{lib.module} >= {lib.minimum} (absent)" if lib.minimum else f"{lib.module} (absent)"
    version = getattr(module, "__version__", None)
    if not lib.minimum or not version:
        return None
    if lib.since and not any(_version_tuple(version)):  # no number to compare: ask the module
        too_old = not hasattr(module, lib.since)
    else:
        too_old = _version_tuple(version) < _version_tuple(lib.minimum)
    return f"{lib.module} >= {lib.minimum} (found {version})" if too_old else None


def missing(optional: bool = False) -> list[Library]:
    """The required libraries (or, with ``optional``, the optional ones) absent or too old."""
    add_ext_libs()
    return [lib for lib in LIBRARIES if bool(lib.needed_for) == optional and _problem(lib)]


def install_command(libs: list[Library], platform: str | None = None) -> str:
    """The exact command that installs ``libs`` for the Python of QGIS on ``platform``."""
    platform = platform or sys.platform
    pips = " ".join(f'"{lib.pip}"' if ">" in lib.pip else lib.pip for lib in libs)
    if platform.startswith("win"):
        return f"OSGeo4W Shell (Start menu, QGIS folder): python -m pip install {pips}"
    if platform == "darwin":
        return f"Terminal: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {pips}"
    apt = " ".join(lib.apt for lib in libs if lib.apt)
    pip_only = " ".join(f"'{lib.pip}'" for lib in libs if not lib.apt)
    commands = [f"sudo apt install {apt}"] if apt else []
    if pip_only:
        commands.append(f"python3 -m pip install --user --break-system-packages {pip_only}")
    return "Debian/Ubuntu: " + " && ".join(commands)


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
        self.iface, self.problems = iface, problems

    def initProcessing(self):  # noqa: N802 (QGIS API)
        from qgis.core import Qgis, QgsMessageLog

        QgsMessageLog.logMessage(self.message(), "Scan Urba", Qgis.MessageLevel.Critical)

    def initGui(self):  # noqa: N802 (QGIS API)
        from qgis.core import Qgis

        self.initProcessing()
        self.iface.messageBar().pushMessage("Scan Urba", self.message(),
                                            Qgis.MessageLevel.Critical, 0)

    def unload(self):
        pass

    def message(self):
        return message(self.problems)
