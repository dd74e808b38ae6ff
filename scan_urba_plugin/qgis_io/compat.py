"""The QGIS API that differs between the versions the plugin supports (3.22 to 4), in one place.

- Field types: QGIS 3.38 and later take QMetaType.Type (QVariant.Type is deprecated there and
  gone with Qt6); older QGIS takes QVariant.Type only. Both enums number these types alike, so
  a field's type() compares equal to either.
- Snapping settings: built with setters (the constructor with arguments is deprecated in 3.40).
- GDAL/OGR errors: exceptions or return codes, whichever mode the process is in (QGIS 3.40's
  ``import processing`` turns GDAL exceptions on for the whole process).
"""
from osgeo import gdal, ogr
from qgis.core import Qgis, QgsSnappingConfig

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    STRING, INT, LONG, DOUBLE = (QMetaType.Type.QString, QMetaType.Type.Int,
                                 QMetaType.Type.LongLong, QMetaType.Type.Double)
    BOOL, DATE, DATETIME = QMetaType.Type.Bool, QMetaType.Type.QDate, QMetaType.Type.QDateTime
    UINT, ULONG = QMetaType.Type.UInt, QMetaType.Type.ULongLong
else:  # QGIS < 3.38 (Qt5 only)
    from qgis.PyQt.QtCore import QVariant

    STRING, INT = QVariant.String, QVariant.Int  # qt6-check: ok (QGIS < 3.38)
    LONG, DOUBLE = QVariant.LongLong, QVariant.Double  # qt6-check: ok (QGIS < 3.38)
    BOOL, DATE = QVariant.Bool, QVariant.Date  # qt6-check: ok (QGIS < 3.38)
    DATETIME = QVariant.DateTime  # qt6-check: ok (QGIS < 3.38)
    UINT, ULONG = QVariant.UInt, QVariant.ULongLong  # qt6-check: ok (QGIS < 3.38)


def vertex_snapping(tolerance: float, units) -> "QgsSnappingConfig.IndividualLayerSettings":
    """A layer's snapping settings: on, to vertices, within ``tolerance`` ``units``."""
    settings = QgsSnappingConfig.IndividualLayerSettings()
    settings.setEnabled(True)
    settings.setTypeFlag(QgsSnappingConfig.SnappingTypes.VertexFlag)
    settings.setTolerance(tolerance)
    settings.setUnits(units)
    return settings


def ogr_open(path):
    """The OGR data source at ``path``, read-only; None when it cannot be opened."""
    try:
        return ogr.Open(str(path), 0)
    except RuntimeError:  # GDAL exceptions on
        return None


def vector_translate(destination: str, source: str, options):
    """gdal.VectorTranslate; None when it fails."""
    try:
        return gdal.VectorTranslate(destination, source, options=options)
    except RuntimeError:  # GDAL exceptions on
        return None
