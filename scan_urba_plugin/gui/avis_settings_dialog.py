"""The Département's identity for its opinions (qgis_io/avis_settings: name, logo, signatory
block…), edited in a small dialog opened from the dock. One field per settings key: a key the
settings gain shows here as a line of text until it is given its own label and widget."""
from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ..core.i18n import QT_TR_NOOP, tr
from ..qgis_io import avis_settings

LABELS = {"departement": QT_TR_NOOP("Département (as the opinion names it)"),
          "logo": QT_TR_NOOP("Logo (PNG)"),
          "signature": QT_TR_NOOP("Signatory block (one line each)")}


class AvisSettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ScanUrbaAvisSettings")
        self.setWindowTitle(tr("Scan Urba – the Département's settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = {}
        for key, value in avis_settings.load().items():
            self.fields[key] = field = self._field(key, value)
            form.addRow(tr(LABELS[key]) if key in LABELS else key, field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _field(self, key, value):
        if key == "logo":
            field = QgsFileWidget(self)
            field.setFilter(tr("PNG image (*.png)"))
            field.setFilePath(value)
        elif key == "signature":
            field = QPlainTextEdit(value, self)
            field.setFixedHeight(field.fontMetrics().lineSpacing() * 5)
        else:
            field = QLineEdit(value, self)
        return field

    def values(self) -> dict:
        out = {}
        for key, field in self.fields.items():
            out[key] = field.filePath() if isinstance(field, QgsFileWidget) else \
                field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
        return out

    def accept(self):
        avis_settings.save(**self.values())
        super().accept()


def edit_avis_settings(parent=None) -> AvisSettingsDialog:
    """The dock's one entry to the settings: the dialog, shown without blocking QGIS."""
    dialog = AvisSettingsDialog(parent)
    dialog.show()
    return dialog
