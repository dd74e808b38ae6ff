"""Python libraries the plugin needs beyond QGIS, and a clear message when one is missing.

The packaged zip carries shapely 2 in ext-libs/ (Debian 12 and older QGIS builds only have
shapely 1.8) and pypdf (pure Python, reads the plan's PDF pieces); pandas and numpy come
from the QGIS Python (Debian: python3-pandas).
"""
import importlib
import sys
from pathlib import Path

EXT_LIBS = Path(__file__).resolve().parent / "ext-libs"
REQUIRED = (("numpy", "1.20"), ("pandas", "1.3"), ("shapely", "2.0"), ("pypdf", "3.0"))


def add_ext_libs():
    if EXT_LIBS.is_dir() and str(EXT_LIBS) not in sys.path:
        sys.path.insert(0, str(EXT_LIBS))


def _version_tuple(text):
    return tuple(int(p) for p in text.split(".")[:2] if p.isdigit())


def missing() -> list[str]:
    """Human-readable list of missing or too old libraries (empty when all is fine)."""
    add_ext_libs()
    problems = []
    for name, minimum in REQUIRED:
        try:
            module = importlib.import_module(name)
        except ImportError:
            problems.append(f"{name} >= {minimum} (absent)")
            continue
        if _version_tuple(module.__version__) < _version_tuple(minimum):
            problems.append(f"{name} >= {minimum} (found {module.__version__})")
    return problems


class MissingDependenciesPlugin:
    """Stands in for the plugin when a library is missing: says so, registers nothing."""

    def __init__(self, iface, problems):
        self.iface, self.problems = iface, problems

    def initProcessing(self):  # noqa: N802 (QGIS API)
        from qgis.core import Qgis, QgsMessageLog

        QgsMessageLog.logMessage(self.message(), "Scan Urba", Qgis.Critical)

    def initGui(self):  # noqa: N802 (QGIS API)
        from qgis.core import Qgis

        self.initProcessing()
        self.iface.messageBar().pushMessage("Scan Urba", self.message(), Qgis.Critical, 0)

    def unload(self):
        pass

    def message(self):
        from qgis.PyQt.QtCore import QCoreApplication

        text = QCoreApplication.translate(
            "@default", "Scan Urba cannot start: missing Python libraries: {libs}. Install them "
            "for the Python of QGIS (Debian: apt install python3-pandas; pip install "
            "'shapely>=2' 'pypdf>=3').")
        return text.format(libs=", ".join(self.problems))
