"""The Scan Urba dock: pick inputs (project layers or files), run the full scan in the
background, get styled layers in a group, browse findings, write the report."""
from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMapLayerType,
    QgsMessageLog,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.detect import layer_kind
from ..core.i18n import tr
from ..core.scan import param_definitions
from ..parameters import (
    ARCHIVE,
    COMMUNE,
    EXTENT,
    FOLDER_KIND,
    LOAD,
    OUTPUT,
    OVERWRITE,
    SCAN_INPUTS,
    SOURCE,
    SOURCE_LAYERS,
    SUMMARY,
    path_parameters,
)
from ..qgis_io.result_layers import add_to_project, group_name, result_layers

SETTINGS = "scan_urba/"
# the scan inputs the dock offers, keyed by their project-layer kind (parameters.SCAN_INPUTS)
INPUTS = {spec.dock: spec for spec in SCAN_INPUTS if spec.dock}
PARAMS = {"serving_distance": lambda: tr("Serving distance"),
          "fibred_distance": lambda: tr("Antenna fibred within"),
          "pooling_radius": lambda: tr("Pooling radius"),
          "corridor_width": lambda: tr("Trench corridor width")}


class InputRow(QWidget):
    """A project layer (proposed by field set) or a file/folder."""

    def __init__(self, kind, mode, parent=None):
        super().__init__(parent)
        self.kind = kind
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.file = QgsFileWidget(self)
        self.file.setStorageMode(mode)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.file, 2)
        self.refresh()

    def refresh(self):
        current = self.combo.currentData()
        self.combo.clear()
        self.combo.addItem(tr("— file —"), None)
        for layer in QgsProject.instance().mapLayers().values():
            if layer.type() != QgsMapLayerType.VectorLayer:
                continue
            if layer_kind([f.name() for f in layer.fields()], layer.name()) == self.kind:
                self.combo.addItem(layer.name(), layer.id())
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))

    def layer_ids(self) -> list:
        if self.file.filePath():
            return []
        if self.kind == "plan" and self.combo.currentData():
            # every CNIG table of the project goes with the chosen zoning layer
            return [self.combo.itemData(i) for i in range(1, self.combo.count())]
        return [self.combo.currentData()] if self.combo.currentData() else []


class ScanUrbaDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Scan Urba"), parent)
        self.setObjectName("ScanUrbaDock")
        self.iface = iface
        self.task = self.feedback = self.context = None
        self.last_output = None
        self.browser = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        inputs = QGroupBox(tr("Inputs"), body)
        form = QFormLayout(inputs)
        self.rows = {}
        settings = QgsSettings()
        for key, spec in INPUTS.items():
            mode = QgsFileWidget.StorageMode.GetDirectory if spec.kind == FOLDER_KIND \
                else QgsFileWidget.StorageMode.GetFile
            row = InputRow(key, mode, inputs)
            row.file.setFilePath(settings.value(SETTINGS + key, ""))
            self.rows[key] = row
            form.addRow(tr(spec.dock_label), row)
        layout.addWidget(inputs)
        params = QGroupBox(tr("Parameters"), body)
        pform = QFormLayout(params)
        self.spins = {}
        definitions = param_definitions()
        for name in PARAMS:
            p = definitions[name]
            spin = QDoubleSpinBox(params)
            spin.setRange(0, 10000)
            spin.setSuffix(f" {p.unit}")
            spin.setValue(float(settings.value(SETTINGS + name, p.default)))
            spin.setToolTip(tr(p.description))
            self.spins[name] = spin
            pform.addRow(PARAMS[name](), spin)
        self.output = QgsFileWidget(params)
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output.setFilePath(settings.value(SETTINGS + "output", ""))
        pform.addRow(tr("Result (GeoPackage)"), self.output)
        layout.addWidget(params)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Run the scan"), body)
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
        after = QHBoxLayout()
        self.browser_button = QPushButton(tr("Findings browser"), body)
        self.report_button = QPushButton(tr("Write the report"), body)
        self.pieces_button = QPushButton(tr("Written pieces"), body)
        for button in (self.browser_button, self.report_button, self.pieces_button):
            button.setEnabled(False)
            after.addWidget(button)
        layout.addLayout(after)
        self.avis_button = QPushButton(tr("Write the opinion"), body)
        self.avis_button.setToolTip(tr("Runs the scan, then writes the département's draft "
                                       "opinion (ODT, DOCX) and its PDF atlas, and opens it."))
        layout.addWidget(self.avis_button)
        self.inventory_button = QPushButton(tr("Create a duct inventory…"), body)
        self.inventory_button.setToolTip(tr("An empty GraceTHD inventory with forms, value lists, "
                                            "relations and snapping, added to this project."))
        layout.addWidget(self.inventory_button)
        self.gpu_button = QPushButton(tr("Plan from the Géoportail de l'Urbanisme…"), body)
        self.gpu_button.setToolTip(tr("Download the plan of a commune (or of the map extent), "
                                      "cached, and use it as the urban plan."))
        layout.addWidget(self.gpu_button)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.browser_button.clicked.connect(self.show_browser)
        self.report_button.clicked.connect(self.write_report)
        self.pieces_button.clicked.connect(self.show_pieces)
        self.avis_button.clicked.connect(self.write_avis)
        self.inventory_button.clicked.connect(self.create_inventory)
        self.gpu_button.clicked.connect(lambda: self.fetch_plan())
        QgsProject.instance().layersAdded.connect(self.refresh_inputs)

    def refresh_inputs(self, *args):
        for row in self.rows.values():
            row.refresh()

    def parameters(self) -> dict:
        params = {name.upper(): spin.value() for name, spin in self.spins.items()}
        for key, spec in INPUTS.items():
            row = self.rows[key]
            path = row.file.filePath()
            if key == "plan" and "Donnees_geographiques" in path:
                path = path.split("Donnees_geographiques")[0].rstrip("/\\")  # the GPU folder
            if path:
                params.update(path_parameters(spec, path))
            elif row.layer_ids():
                ids = row.layer_ids()
                if spec.kind == SOURCE:
                    params[spec.param + SOURCE_LAYERS] = ids
                else:
                    params[spec.param] = ids[0]
        output = self.output.filePath() or str(Path(tempfile.gettempdir()) /
                                               f"scan_urba_{dt.datetime.now():%Y%m%d_%H%M%S}.gpkg")
        params[OUTPUT] = output
        params[OVERWRITE] = True
        return params

    def remember(self):
        settings = QgsSettings()
        for key, row in self.rows.items():
            settings.setValue(SETTINGS + key, row.file.filePath())
        for name, spin in self.spins.items():
            settings.setValue(SETTINGS + name, spin.value())
        settings.setValue(SETTINGS + "output", self.output.filePath())

    def run(self):
        self.remember()
        alg = QgsApplication.processingRegistry().createAlgorithmById("scanurba:fullscan")
        params = self.parameters()
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        ok, message = alg.checkParameterValues(params, self.context)
        if not ok:
            self.status.setText(message)
            return
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        self.task.executed.connect(self.finished)
        self.pending_output = params[OUTPUT]
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(tr("Running…"))
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def finished(self, successful, results):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.task = self.context = self.feedback = None  # a run owns them, no longer needed
        if not successful:
            self.status.setText(tr("Cancelled or failed: see the log panel."))
            QgsMessageLog.logMessage(tr("The run did not finish."), "Scan Urba", Qgis.MessageLevel.Warning)
            return
        summary = json.loads(results[SUMMARY])
        self.last_output = results[OUTPUT]
        self.load_results(self.last_output, summary.get("idurba") or summary.get("insee") or "?")
        self.status.setText(tr("{n} findings, {m} trench-sharing opportunities.",
                               n=len(summary["findings"]), m=summary.get("opportunities", 0)))
        self.progress.setValue(100)
        self.browser_button.setEnabled(True)
        self.report_button.setEnabled(True)
        self.pieces_button.setEnabled(True)

    def load_results(self, gpkg, label):
        layers = [layer for layer in result_layers(gpkg) if layer.isValid()]
        add_to_project(layers, group_name(label))
        canvas = self.iface.mapCanvas()
        zones = next((layer for layer in layers if layer.name() == "zones_bilan"), None)
        if zones is not None and canvas is not None:
            canvas.setExtent(zones.extent())
            canvas.refresh()
        return layers

    def show_browser(self):
        from .browser import FindingsBrowser

        self.browser = FindingsBrowser(self.last_output, self.iface, self)
        self.browser.show()

    def show_pieces(self):
        """Each zone's written provision, quoted with its page; opens the piece there."""
        from .pieces_view import PiecesDialog

        self.pieces_dialog = PiecesDialog(self.last_output, self)
        self.pieces_dialog.show()

    def write_avis(self):
        """scanurba:avis in the background on the dock's inputs; the opinion opens when done."""
        self.remember()
        alg = QgsApplication.processingRegistry().createAlgorithmById("scanurba:avis")
        params = self.parameters()
        params["OUTPUT_FOLDER"] = str(Path(params[OUTPUT]).with_suffix("")) + "_avis"
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        ok, message = alg.checkParameterValues(params, self.context)
        if not ok:
            self.status.setText(message)
            return
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        self.task.executed.connect(self.avis_finished)
        for button in (self.run_button, self.avis_button):
            button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Writing the opinion…"))
        QgsApplication.taskManager().addTask(self.task)

    def avis_finished(self, successful, results):
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        self.avis_button.setEnabled(True)
        self.finished(successful, results)
        if not successful:
            return
        documents = json.loads(results["DOCUMENTS"])["documents"]
        self.status.setText(tr("{n} opinion(s) written in {folder}.", n=len(documents),
                               folder=results["FOLDER_OUT"]))
        if documents:
            QDesktopServices.openUrl(QUrl.fromLocalFile(documents[0]["odt"]))

    def write_report(self):
        import processing

        folder = Path(self.last_output).parent
        result = processing.run("scanurba:report", {
            "INPUT": self.last_output, "HTML": str(folder / "report.html"),
            "PDF": str(folder / "report.pdf"), OVERWRITE: True})
        self.status.setText(tr("Report: {html} and {pdf} ({pages} pages)", html=result["HTML"],
                               pdf=result["PDF"], pages=result["PDF_PAGES"]))

    def create_inventory(self, path=None):
        """The dock action of the inventory kit: template GeoPackage + layers in this project."""
        import processing
        from qgis.PyQt.QtWidgets import QFileDialog

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Create a duct inventory"), "",
                                                  tr("GeoPackage (*.gpkg)"))
        if not path:
            return None
        result = processing.run("scanurba:createductinventory", {
            OUTPUT: path, OVERWRITE: True, "ADD_TO_PROJECT": True,
            "PRODUCER": QgsSettings().value(SETTINGS + "producer", "")},
            context=self._project_context())
        self.status.setText(tr("Duct inventory created: {path}", path=result[OUTPUT]))
        return result[OUTPUT]

    @staticmethod
    def _project_context():
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return context

    def fetch_plan(self, commune=None):
        """The GPU action: scanurba:downloadplan in a background task, the archive then loaded
        in the project and chosen as the plan. The map extent is read here, never in the task."""
        from qgis.PyQt.QtWidgets import QInputDialog

        if commune is None:
            commune, ok = QInputDialog.getText(
                self, tr("Plan from the Géoportail de l'Urbanisme"),
                tr("Commune (name or INSEE code); leave empty for the map extent:"))
            if not ok:
                return None
        params = {COMMUNE: commune.strip(), LOAD: False}
        if not params[COMMUNE]:
            canvas = self.iface.mapCanvas()
            rect, crs = canvas.extent(), canvas.mapSettings().destinationCrs()
            params[EXTENT] = (f"{rect.xMinimum()},{rect.xMaximum()},{rect.yMinimum()},"
                                f"{rect.yMaximum()} [{crs.authid()}]")
        alg = QgsApplication.processingRegistry().createAlgorithmById("scanurba:downloadplan")
        self.plan_context = QgsProcessingContext()
        self.plan_feedback = ErrorFeedback()
        self.plan_task = QgsProcessingAlgRunnerTask(alg, params, self.plan_context,
                                                    self.plan_feedback)
        self.plan_task.executed.connect(self.plan_fetched)
        self.gpu_button.setEnabled(False)
        self.status.setText(tr("Asking the Géoportail de l'Urbanisme…"))
        QgsApplication.taskManager().addTask(self.plan_task)
        return self.plan_task

    def plan_fetched(self, successful, results):
        errors = self.plan_feedback.errors if self.plan_feedback else []
        self.plan_task = self.plan_context = self.plan_feedback = None
        self.gpu_button.setEnabled(True)
        if not successful:
            self.status.setText(errors[-1] if errors else tr("Cancelled or failed: see the log "
                                                             "panel."))
            return
        from ..processing.download_plan import archive_layers

        summary = json.loads(results[SUMMARY])
        lines = []
        for doc in summary["documents"]:
            add_to_project(archive_layers(doc["path"]), doc["name"])
            lines.append(tr("{name} ({type}): {origin}", name=doc["name"], type=doc["type"],
                            origin=tr("served from the cache") if doc["from_cache"]
                            else tr("downloaded")))
        self.rows["plan"].file.setFilePath(results[ARCHIVE])
        self.status.setText("\n".join(lines + summary["notices"]))


class ErrorFeedback(QgsProcessingFeedback):
    """Keeps the errors a background algorithm reports, to show the real cause."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802 (Qt API)
        self.errors.append(error)
        super().reportError(error, fatalError)
