"""The département's identity for its opinions, kept in QgsSettings: name, logo (PNG),
signatory block, and the basemap of the atlas (fond_de_plan: the name of a layer of the
user's QGIS project, WMS/XYZ or local, or a file path). The avis algorithm uses them when
its parameters leave them empty."""
from __future__ import annotations

from qgis.core import QgsSettings

PREFIX = "scan_urba/avis/"
KEYS = ("departement", "logo", "signature", "fond_de_plan")


def load() -> dict:
    settings = QgsSettings()
    return {key: str(settings.value(PREFIX + key, "") or "") for key in KEYS}


def save(**values):
    settings = QgsSettings()
    for key, value in values.items():
        if key not in KEYS:
            raise KeyError(key)
        settings.setValue(PREFIX + key, value or "")
