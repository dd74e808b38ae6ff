"""Shared behaviour of the Scan Urba algorithms: ids, groups, help, error translation."""
import contextlib
import json

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..core import french
from ..core.atomic import check_destination, write_text
from ..core.errors import ScanUrbaError
from ..core.i18n import QT_TR_NOOP, plural, tr
from ..core.runtime import cyclic_gc_paused
from ..core.model import split_findings
from ..qgis_io.layers import read_now
from ..qgis_io.write import GeoPackageOutput
from ..parameters import DATASET, FOLDER, LAYERS, N_FINDINGS, OUTPUT, OVERWRITE, POSTGIS, REPORT, SUMMARY

def is_temporary(value, path) -> bool:
    """The dialog's "[Create temporary layer]" choice, or a path in Processing's temp folder."""
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProcessingUtils

    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if value == QgsProcessing.TEMPORARY_OUTPUT:
        return True
    return bool(path) and str(path).startswith(QgsProcessingUtils.tempFolder())


def with_gpkg_suffix(path: str) -> str:
    """A result file named without ".gpkg" gets it: the writers choose GDAL's driver by the
    extension, and a name without one failed at the end of the scan (« no such table:
    gpkg_geometry_columns ») instead of writing the GeoPackage the field asks for."""
    if not path or str(path).lower().endswith(".gpkg"):
        return path
    return f"{path}.gpkg"


def from_the_dialog(feedback) -> bool:
    """Run from the toolbox's own dialog (its feedback's C++ class): a person reads its log,
    where QGIS prints each result whole; they get a few lines and the layers instead."""
    try:
        return feedback.metaObject().className() == "QgsProcessingAlgorithmDialogFeedback"
    except (AttributeError, RuntimeError):
        return False


GROUPS = {
    "inputs": lambda: tr("1 – Read the inputs"),
    "checks": lambda: tr("2 – Check and propose"),
    "outputs": lambda: tr("3 – Report"),
    "inventory": lambda: tr("4 – Duct inventory"),
}


class ScanUrbaAlgorithm(QgsProcessingAlgorithm):
    alg_name = ""
    group_key = "inputs"

    def name(self):
        return self.alg_name

    def group(self):
        return GROUPS[self.group_key]()

    def groupId(self):
        return self.group_key

    def createInstance(self):
        return self.__class__()

    def processAlgorithm(self, parameters, context, feedback):
        self._output_path = None  # resolved anew at each run (output_path)
        try:
            with cyclic_gc_paused():
                return self.execute(parameters, context, feedback)
        except ScanUrbaError as exc:
            raise QgsProcessingException(str(exc)) from exc
        except Exception as exc:  # a bug: the user gets one sentence, the log the traceback
            import traceback

            from qgis.core import Qgis, QgsMessageLog

            QgsMessageLog.logMessage(traceback.format_exc(), "Scan Urba", Qgis.MessageLevel.Critical)
            raise QgsProcessingException(tr("Unexpected error in {alg}: {error} (details in the "
                                            "Scan Urba log).", alg=self.name(),
                                            error=exc)) from exc

    def execute(self, parameters, context, feedback):
        """The algorithm's work; ScanUrbaError becomes a clean Processing error."""
        raise NotImplementedError

    # --- layers of the project: read on the main thread, before a background task ----------

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        """Runs on the main thread before the task: every layer parameter is looked up in
        the project and read here (qgis_io.layers.ReadLayer). execute(), which may run in a
        task, gets these tables through vector_layer() and layer_list(), never the project."""
        self.read_layers = {}
        try:
            self.check_output(parameters, context)
            for p in self.parameterDefinitions():
                if p.type() == "vector":
                    self.read_layers[p.name()] = read_now(
                        self.parameterAsVectorLayer(parameters, p.name(), context))
                elif p.type() == "multilayer" \
                        and p.layerType() != QgsProcessing.SourceType.TypeFile:
                    self.read_layers[p.name()] = read_now(
                        self.parameterAsLayerList(parameters, p.name(), context))
        except ScanUrbaError as exc:
            raise QgsProcessingException(str(exc)) from exc
        return True

    def vector_layer(self, parameters, name, context):
        """A vector layer parameter: as read by prepareAlgorithm, else looked up now (on
        the main thread: checkParameterValues)."""
        if name in getattr(self, "read_layers", {}):
            return self.read_layers[name]
        return self.parameterAsVectorLayer(parameters, name, context)

    def layer_list(self, parameters, name, context) -> list:
        if name in getattr(self, "read_layers", {}):
            return self.read_layers[name]
        return self.parameterAsLayerList(parameters, name, context)

    # --- shared inputs: a dataset file, or a folder, or layers of the project ---------------

    def add_dataset_parameters(self, file_label, folder_label, layers_label=None):
        self.addParameter(QgsProcessingParameterFile(
            DATASET, file_label, QgsProcessingParameterFile.Behavior.File, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            FOLDER, folder_label, QgsProcessingParameterFile.Behavior.Folder, optional=True))
        if layers_label:
            self.addParameter(QgsProcessingParameterMultipleLayers(
                LAYERS, layers_label, QgsProcessing.SourceType.TypeVector, optional=True))
            self.addParameter(QgsProcessingParameterString(
                POSTGIS, tr("…or a PostGIS schema (PG:<connection> schema=<name>)"),
                optional=True))

    def dataset(self, parameters, context) -> str:
        postgis = self.parameterAsString(parameters, POSTGIS, context) \
            if POSTGIS in [p.name() for p in self.parameterDefinitions()] else ""
        return self.parameterAsFile(parameters, DATASET, context) \
            or self.parameterAsFile(parameters, FOLDER, context) or postgis

    def dataset_layers(self, parameters, context):
        if LAYERS not in [p.name() for p in self.parameterDefinitions()]:
            return []
        return self.layer_list(parameters, LAYERS, context)

    def check_dataset(self, parameters, context, message):
        if not self.dataset(parameters, context) and not self.dataset_layers(parameters, context):
            return False, message
        return super().checkParameterValues(parameters, context)

    # --- shared outputs: a GeoPackage of layers + findings, a JSON summary --------------------

    def add_overwrite_parameter(self):
        self.addParameter(QgsProcessingParameterBoolean(
            OVERWRITE, tr("Replace result files that already exist"), False))

    def add_output_parameters(self, output_label):
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT, output_label, tr("GeoPackage (*.gpkg)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            REPORT, tr("Summary (JSON)"), tr("JSON (*.json)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputString(SUMMARY, tr("Summary as JSON text")))
        self.addOutput(QgsProcessingOutputNumber(N_FINDINGS, tr("Number of findings")))

    def write_outputs(self, parameters, context, feedback, summary, layers, findings):
        """Write the optional GeoPackage and JSON report; return the Processing results."""
        with self.output_package(parameters, context, feedback) as package:
            if package is not None:
                package.add({**layers, **split_findings(findings)})
        return self.finish_outputs(parameters, context, feedback, summary, len(findings))

    def output_path(self, parameters, context) -> str:
        """The OUTPUT file, resolved once per run: a temporary output gets a new name at
        each parameterAsFileOutput call."""
        if getattr(self, "_output_path", None) is None:
            self._output_path = with_gpkg_suffix(
                self.parameterAsFileOutput(parameters, OUTPUT, context))
        return self._output_path

    def check_output(self, parameters, context):
        """A result file that exists, without « Replace… »: said at once, before any input is
        read (not after a long scan)."""
        definition = self.parameterDefinition(OUTPUT)
        if definition is None or definition.type() != "fileDestination":
            return
        output = with_gpkg_suffix(self.parameterAsFileOutput(parameters, OUTPUT, context))
        if output and not self.overwrite(parameters, context, output):
            check_destination(output, False)

    def output_package(self, parameters, context, feedback):
        """The GeoPackage output to fill layer by layer, or a null context when not asked
        (checked on entry: an existing file without OVERWRITE fails before any work)."""
        output = self.output_path(parameters, context)
        if not output:
            return contextlib.nullcontext()
        return GeoPackageOutput(output, self.overwrite(parameters, context, output), feedback)

    def overwrite(self, parameters, context, output) -> bool:
        """Asked for, or a temporary output (the dialog's default: always a fresh file)."""
        return self.parameterAsBool(parameters, OVERWRITE, context) \
            or is_temporary(parameters.get(OUTPUT), output)

    def summary_text(self, summary: dict) -> str:
        """The SUMMARY output."""
        return json.dumps(summary, ensure_ascii=False, indent=2, default=str)

    def finish_outputs(self, parameters, context, feedback, summary, n_findings) -> dict:
        """Write the optional JSON report; return the Processing results."""
        output = self.output_path(parameters, context)
        overwrite = self.overwrite(parameters, context, output)
        text = json.dumps(summary, ensure_ascii=False, indent=2, default=str)
        results = {N_FINDINGS: n_findings}
        if not from_the_dialog(feedback):  # the dialog prints every result in its log
            results[SUMMARY] = self.summary_text(summary)
        if output:
            results[OUTPUT] = output
        report = self.parameterAsFileOutput(parameters, REPORT, context)
        if report:
            write_text(report, text, overwrite)
            results[REPORT] = report
        feedback.setProgress(100)
        feedback.pushInfo(tr("{n} {findings}.", n=french.number(n_findings),
                             findings=plural(n_findings, QT_TR_NOOP("finding"),
                                             QT_TR_NOOP("findings"))))
        return results
