"""QGIS 4 (Qt6) readiness: the static check of tools/qt6_check.py finds nothing in the plugin,
sampledata, tests and tools, against the bindings of the QGIS this tier runs on (3.22 and 3.40 both)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import qt6_check  # noqa: E402


def test_the_code_has_no_qt5_only_construct():
    findings = qt6_check.check()
    assert findings == [], "\n".join(findings)


def test_the_check_finds_each_kind_of_qt5_only_construct(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PyQt5.QtCore import QTimer\n"
        "from qgis.core import Qgis, QgsWkbTypes\n"
        "from qgis.PyQt.QtCore import Qt, QVariant\n"
        "from qgis.PyQt.QtWidgets import QAction\n"
        "a = Qt.AlignLeft | Qt.AlignmentFlag.AlignTop\n"
        "b = QgsWkbTypes.MultiPolygon, QgsWkbTypes.Type.Polygon, Qgis.MessageLevel.Info\n"
        "c = QVariant.String\n"
        "d = Qgis.NoSuchThing\n"
        "dialog.exec_()\n"
        "e = Qt.MidButton\n"
        "f = QVariant.Int  # qt6-check: ok (QGIS < 3.38)\n", encoding="utf-8")
    found = [line.split(": ", 1)[1] for line in qt6_check.check([sample])]
    assert found[0].startswith("from PyQt5.QtCore import: import it through qgis.PyQt")
    assert any(f.startswith("QAction is in QtGui with Qt6") for f in found)
    assert "unscoped enum Qt.AlignLeft: write Qt.AlignmentFlag.AlignLeft" in found
    assert any(f.startswith("unscoped enum QgsWkbTypes.MultiPolygon: write QgsWkbTypes.")
               for f in found)
    assert any(f.startswith("QVariant.String: QVariant types are gone") for f in found)
    assert any(f.startswith("Qgis.NoSuchThing does not exist in QGIS") for f in found)
    assert "exec_() is gone with Qt6: call exec()" in found
    assert "Qt.MidButton is removed in Qt6: use Qt.MouseButton.MiddleButton" in found
    assert len(found) == 8, found  # the scoped forms and the exempt line pass


def test_fix_writes_enum_values_through_their_enum(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from qgis.PyQt.QtCore import Qt\n"
                      "label = 'é'; a = (Qt.AlignLeft, Qt.AlignmentFlag.AlignTop)\n",
                      encoding="utf-8")
    qt6_check.check([sample], fix=True)
    assert sample.read_text(encoding="utf-8").splitlines()[1] == \
        "label = 'é'; a = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignTop)"
    assert qt6_check.check([sample]) == []
