"""Field types for QgsField on every QGIS the plugin supports (3.22 to 4).

QGIS 3.38 and later take QMetaType.Type (QVariant.Type is deprecated there and gone with Qt6);
older QGIS takes QVariant.Type only. Both enums number these types alike, so a field's type()
compares equal to either.
"""
from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    STRING, INT, LONG, DOUBLE = (QMetaType.Type.QString, QMetaType.Type.Int,
                                 QMetaType.Type.LongLong, QMetaType.Type.Double)
    BOOL, DATE, DATETIME = QMetaType.Type.Bool, QMetaType.Type.QDate, QMetaType.Type.QDateTime
else:  # QGIS < 3.38 (Qt5 only)
    from qgis.PyQt.QtCore import QVariant

    STRING, INT = QVariant.String, QVariant.Int  # qt6-check: ok (QGIS < 3.38)
    LONG, DOUBLE = QVariant.LongLong, QVariant.Double  # qt6-check: ok (QGIS < 3.38)
    BOOL, DATE = QVariant.Bool, QVariant.Date  # qt6-check: ok (QGIS < 3.38)
    DATETIME = QVariant.DateTime  # qt6-check: ok (QGIS < 3.38)
