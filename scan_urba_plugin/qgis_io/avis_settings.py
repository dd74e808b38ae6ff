"""The Département's identity and roles for its opinions, kept in QgsSettings: name,
direction and service, « affaire suivie par », signatory (name, quality, delegation act),
place, SDTAN (name, date), RIP authority (yes/no, delegate, deployment calendar), logo, a
free signatory block, and the basemap of the atlas (fond_de_plan: the name of a layer of the
user's QGIS project, WMS/XYZ or local, or a file path). The avis algorithm uses them when
its parameters leave them empty; the settings dialog (gui) edits the same keys."""
from __future__ import annotations

from qgis.core import QgsSettings

from ..core.avis.voice import VOICE_OPTIONS
from ..core.i18n import tr

PREFIX = "scan_urba/avis/"
KEYS = tuple(VOICE_OPTIONS) + ("logo", "signature", "fond_de_plan")


def load() -> dict:
    settings = QgsSettings()
    return {key: str(settings.value(PREFIX + key, "") or "") for key in KEYS}


def save(**values):
    settings = QgsSettings()
    for key, value in values.items():
        if key not in KEYS:
            raise KeyError(key)
        settings.setValue(PREFIX + key, value or "")


def labels() -> dict:
    """key → label, in the settings dialog's order (every key of KEYS)."""
    return {
        "departement": tr("Département (e.g. Département des Alpes-Maritimes)"),
        "direction": tr("Direction"),
        "service": tr("Service"),
        "affaire_suivie": tr("Case officer (name, telephone, e-mail)"),
        "signataire": tr("Signatory's name"),
        "qualite": tr("Signatory's quality"),
        "delegation": tr("Delegation act (e.g. l'arrêté de délégation n° … du …)"),
        "lieu": tr("Place of signature"),
        "sdtan": tr("SDTAN / SDUN held by the Département (name)"),
        "sdtan_date": tr("Date the SDTAN / SDUN was adopted (YYYY-MM-DD)"),
        "rip_autorite": tr("The Département is the authority of the RIP (oui/non; empty: "
                           "proposed from the GraceTHD owner)"),
        "rip_delegataire": tr("RIP delegate's legal name"),
        "rip_calendrier": tr("RIP deployment calendar (CSV: zone;echeance;pm)"),
        "logo": tr("Logo (PNG)"),
        "signature": tr("Free signatory block (used when no signatory's name is set)"),
        "fond_de_plan": tr("Basemap of the atlas (a layer of the QGIS project, WMS/XYZ or "
                           "local, or a file)"),
    }
