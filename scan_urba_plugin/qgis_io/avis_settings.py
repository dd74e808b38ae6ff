"""The Département's identity and roles for its opinions, kept in QgsSettings: name,
direction and service, « affaire suivie par », signatory (name, quality, delegation act),
place, SDTAN (name, date), RIP authority (yes/no, delegate, deployment calendar), logo and a
free signatory block. The avis algorithm uses them when its parameters leave them empty;
the settings dialog (gui) edits the same keys."""
from __future__ import annotations

from qgis.core import QgsSettings

from ..core.avis.voice import VOICE_OPTIONS

PREFIX = "scan_urba/avis/"
KEYS = tuple(VOICE_OPTIONS) + ("logo", "signature")


def load() -> dict:
    settings = QgsSettings()
    return {key: str(settings.value(PREFIX + key, "") or "") for key in KEYS}


def save(**values):
    settings = QgsSettings()
    for key, value in values.items():
        if key not in KEYS:
            raise KeyError(key)
        settings.setValue(PREFIX + key, value or "")
