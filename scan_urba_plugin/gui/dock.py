"""The Scan Urba dock: choose inputs, run the algorithms in the background, read the result."""
import json
import os

from qgis.core import (
    QgsApplication,
    QgsMessageLog,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsSettings,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr

SETTINGS_PREFIX = "scan_urba/"


class ScanUrbaDock(QDockWidget):
    """Runs ``scanurba:importplan`` on a dataset without blocking QGIS."""

    def __init__(self, iface, parent=None):
        super().__init__(tr("Scan Urba"), parent)
        self.setObjectName("ScanUrbaDock")
        self.iface = iface
        self.task = None
        self.feedback = None
        self.context = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.dataset = QgsFileWidget(body)
        self.dataset.setStorageMode(QgsFileWidget.GetFile)
        self.dataset.setFilter(tr("CNIG datasets (*.zip *.gpkg *.gml *.geojson *.shp);;All files (*)"))
        self.dataset.setFilePath(QgsSettings().value(SETTINGS_PREFIX + "dataset", ""))
        self.dataset.setToolTip(tr("A Géoportail de l'Urbanisme zip, a GeoPackage, or any file "
                                   "of the GPU folder."))
        form.addRow(tr("Urban plan"), self.dataset)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Inspect the plan"), body)
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        self.status = QLabel("", body)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.result = QPlainTextEdit(body)
        self.result.setReadOnly(True)
        layout.addWidget(self.result)
        self.setWidget(body)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)

    def dataset_path(self) -> str:
        path = self.dataset.filePath()
        # A file inside a GPU folder stands for the whole folder.
        if "Donnees_geographiques" in path:
            path = path.split("Donnees_geographiques")[0].rstrip("/\\")
        return path

    def run(self):
        path = self.dataset_path()
        QgsSettings().setValue(SETTINGS_PREFIX + "dataset", self.dataset.filePath())
        alg = QgsApplication.processingRegistry().createAlgorithmById("scanurba:importplan")
        self.context = QgsProcessingContext()
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        params = {"FOLDER" if os.path.isdir(path) else "DATASET": path}
        ok, message = alg.checkParameterValues(params, self.context)
        if not ok:
            self.status.setText(message)
            return
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        self.task.executed.connect(self.finished)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Running…"))
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def finished(self, successful, results):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.task = None
        if not successful:
            self.status.setText(tr("Cancelled or failed: see the log panel."))
            QgsMessageLog.logMessage(tr("The run did not finish."), "Scan Urba")
            return
        summary = json.loads(results["SUMMARY"])
        self.status.setText(tr("Model {model}: {n} findings.", model=summary["model"],
                               n=len(summary["findings"])))
        lines = [f"{k}: {v}" for k, v in summary["layers"].items()]
        lines += [""] + [f"{k}: {v}" for k, v in summary["findings_by_rule"].items()]
        self.result.setPlainText("\n".join(lines))
        self.progress.setValue(100)
