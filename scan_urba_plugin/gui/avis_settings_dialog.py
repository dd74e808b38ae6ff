"""The Département's settings for its opinions (QgsSettings, qgis_io.avis_settings): its
name, direction and service, « affaire suivie par », signatory, delegation act, place, the
SDTAN it holds and whether it is the RIP authority. The dock opens this dialog; the avis
algorithm and the CLI read the same keys."""
from __future__ import annotations

import datetime as dt

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from ..core.i18n import tr
from ..qgis_io import avis_settings

RIP_CHOICES = ("", "oui", "non")
FILES = {"logo": "PNG (*.png)", "rip_calendrier": "CSV (*.csv)"}


def labels() -> dict:
    """key → label, in the dialog's order (every key of avis_settings.KEYS)."""
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
        "rip_autorite": tr("The Département is the authority of the RIP"),
        "rip_delegataire": tr("RIP delegate's legal name"),
        "rip_calendrier": tr("RIP deployment calendar (CSV: zone;echeance;pm)"),
        "logo": tr("Logo (PNG)"),
        "signature": tr("Free signatory block (used when no signatory's name is set)"),
    }


class AvisSettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Scan Urba – the Département's opinions"))
        values = avis_settings.load()
        form = QFormLayout(self)
        form.addRow(QLabel(tr("These settings fill every opinion: the Département's voice, "
                              "its roles and the signature block."), self))
        self.fields = {}
        for key, label in labels().items():
            self.fields[key] = self._field(key, values.get(key, ""))
            form.addRow(label, self.fields[key])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(640, 560)

    def _field(self, key: str, value: str):
        if key == "rip_autorite":
            box = QComboBox(self)
            box.addItems([tr("not stated (proposed from the GraceTHD owner)"), tr("yes"),
                          tr("no")])
            box.setCurrentIndex(RIP_CHOICES.index(value) if value in RIP_CHOICES else 0)
            return box
        if key in FILES:
            widget = QgsFileWidget(self)
            widget.setFilter(FILES[key])
            widget.setFilePath(value)
            return widget
        if key == "signature":
            edit = QPlainTextEdit(value, self)
            edit.setFixedHeight(70)
            return edit
        edit = QLineEdit(value, self)
        if key == "sdtan_date":
            edit.setPlaceholderText("2012-06-29")
        return edit

    def values(self) -> dict:
        out = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[key] = RIP_CHOICES[widget.currentIndex()]
            elif isinstance(widget, QgsFileWidget):
                out[key] = widget.filePath()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText().strip()
            else:
                out[key] = widget.text().strip()
        return out

    def accept(self):
        values = self.values()
        try:
            if values["sdtan_date"]:
                dt.date.fromisoformat(values["sdtan_date"])
        except ValueError:
            QMessageBox.warning(self, self.windowTitle(), tr(
                "“{value}” is not a date (expected YYYY-MM-DD).", value=values["sdtan_date"]))
            return
        avis_settings.save(**values)
        super().accept()
