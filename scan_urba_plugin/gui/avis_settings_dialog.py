"""The Département's settings for its opinions (QgsSettings, qgis_io.avis_settings): its
name, direction and service, « affaire suivie par », signatory, delegation act, place, the
SDTAN it holds and whether it is the RIP authority. The dock opens this dialog; the avis
algorithm and the CLI read the same keys."""
from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from ..core.i18n import tr
from ..qgis_io import avis_settings
from .date_field import DateField

RIP_CHOICES = ("", "oui", "non")
FILES = {"logo": "PNG (*.png)", "rip_calendrier": "CSV (*.csv)"}


class AvisSettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Scan Urba – the Département's opinions"))
        values = avis_settings.load()
        form = QFormLayout(self)
        form.addRow(QLabel(tr("These settings fill every opinion: the Département's voice, "
                              "its roles and the signature block."), self))
        self.fields = {}
        labels = avis_settings.labels()
        labels["sdtan_date"] = tr("Date the SDTAN / SDUN was adopted")  # a picker: no format
        # a drop-down of choices in words: no « oui/non » to type (the Processing field's hint)
        labels["rip_autorite"] = tr("Is the Département the organising authority of the RIP?")
        for key, label in labels.items():
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
            # in RIP_CHOICES order: empty lets the scan propose it from the ducts' owner
            box.addItems([tr("According to the owner of the GraceTHD works"), tr("Yes"),
                          tr("No")])
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
        if key == "sdtan_date":  # the same typed date as the dock's Avis box
            return DateField(self, value)
        return QLineEdit(value, self)

    def values(self) -> dict:
        out = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[key] = RIP_CHOICES[widget.currentIndex()]
            elif isinstance(widget, QgsFileWidget):
                out[key] = widget.filePath()
            elif isinstance(widget, DateField):
                out[key] = widget.iso()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText().strip()
            else:
                out[key] = widget.text().strip()
        return out

    def accept(self):
        if any(isinstance(w, DateField) and not w.is_valid() for w in self.fields.values()):
            return  # not saved while a date is wrong: said in red under it
        avis_settings.save(**self.values())
        super().accept()
