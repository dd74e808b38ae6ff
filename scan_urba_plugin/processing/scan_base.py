"""Inputs and parameters shared by the scan algorithms (compliance, trench sharing, full scan)."""
import datetime as dt

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..about import version
from ..core.detect import folder_of
from ..core.engine import all_params
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from ..core.output import run_info_frame
from ..qgis_io.scan_inputs import ScanSources, read_scan_inputs
from .algorithm import ScanUrbaAlgorithm

FILE, FOLDER = QgsProcessingParameterFile.File, QgsProcessingParameterFile.Folder
COMMON_PARAMS = ("serving_distance", "fibred_distance", "pooling_radius", "corridor_width",
                 "gap_max")


class ScanAlgorithmBase(ScanUrbaAlgorithm):
    group_key = "checks"
    extra_params: dict = {}  # {name: Param} of the algorithm beyond the compliance rules

    def param_definitions(self) -> dict:
        return {**all_params(), **self.extra_params}

    def add_scan_inputs(self):
        add = self.addParameter
        add(QgsProcessingParameterFile("PLAN", tr("Urban plan: file (GPU zip, GeoPackage…)"),
                                       FILE, optional=True))
        add(QgsProcessingParameterFile("PLAN_FOLDER", tr("…or urban plan: GPU folder"), FOLDER,
                                       optional=True))
        add(QgsProcessingParameterMultipleLayers("PLAN_LAYERS", tr("…or urban plan: CNIG layers "
                                                 "of the project"), QgsProcessing.TypeVector,
                                                 optional=True))
        add(QgsProcessingParameterString("PLAN_POSTGIS", tr("…or urban plan: PostGIS schema "
                                         "(PG:<connection> schema=<name>)"), optional=True))
        add(QgsProcessingParameterFile("GRACETHD", tr("GraceTHD: file (v3 GeoPackage, v2 zip)"),
                                       FILE, optional=True))
        add(QgsProcessingParameterFile("GRACETHD_FOLDER", tr("…or GraceTHD v2 folder"), FOLDER,
                                       optional=True))
        add(QgsProcessingParameterMultipleLayers("GRACETHD_LAYERS", tr("…or GraceTHD layers of "
                                                 "the project (PostGIS, SpatiaLite)"),
                                                 QgsProcessing.TypeVector, optional=True))
        add(QgsProcessingParameterString("GRACETHD_POSTGIS", tr("…or GraceTHD: PostGIS schema "
                                         "(PG:<connection> schema=<name>)"), optional=True))
        add(QgsProcessingParameterFile("ANFR", tr("ANFR export folder (SUP_SUPPORT…)"), FOLDER,
                                       optional=True))
        add(QgsProcessingParameterFile("ANFR_REFERENCE", tr("ANFR reference tables folder (if "
                                       "elsewhere)"), FOLDER, optional=True))
        add(QgsProcessingParameterFile("ARCEP", tr("ARCEP sites file (CSV)"), FILE, optional=True))
        for name, label, types in (
                ("WORKS", tr("Planned works"), [QgsProcessing.TypeVectorLine,
                                                 QgsProcessing.TypeVectorPolygon]),
                ("AERIAL", tr("Aerial lines to bury"), [QgsProcessing.TypeVectorLine]),
                ("RIP_ZONING", tr("RIP zoning (RIP/AMII/AMEL)"), [QgsProcessing.TypeVectorPolygon]),
                ("SCOT_SECTORS", tr("SCOT sectors with reinforced digital criteria (L141-21)"),
                 [QgsProcessing.TypeVectorPolygon]),
                ("AGGLOMERATION", tr("Built-up areas (agglomération; default: U zones)"),
                 [QgsProcessing.TypeVectorPolygon])):
            add(QgsProcessingParameterVectorLayer(name, label, types, optional=True))
        for name, label in (("WORKS_MAPPING", tr("Works field mapping file")),
                            ("AERIAL_MAPPING", tr("Aerial lines field mapping file")),
                            ("RIP_MAPPING", tr("RIP zoning field mapping file"))):
            param = QgsProcessingParameterFile(name, label, FILE, optional=True)
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            add(param)
        add(QgsProcessingParameterFile("SCOT", tr("SCOT (GPU folder or file)"), FOLDER,
                                       optional=True))

    def add_numeric_parameters(self, names=None):
        for name, p in self.param_definitions().items():
            if names is not None and name not in names:
                continue
            param = QgsProcessingParameterNumber(
                name.upper(), f"{tr(p.description)} ({p.unit})",
                QgsProcessingParameterNumber.Double, p.default, minValue=0.0)
            param.setHelp(tr("Default {value} {unit}. Source: {source}", value=p.default,
                             unit=p.unit, source=p.source))
            if name not in COMMON_PARAMS:
                param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)

    def add_scan_output(self):
        self.add_output_parameters(tr("Scan result (GeoPackage)"))
        out = self.parameterDefinition("OUTPUT")
        out.setFlags(out.flags() & ~QgsProcessingParameterDefinition.FlagOptional)
        if isinstance(out, QgsProcessingParameterFileDestination):
            out.setCreateByDefault(True)
        pg = QgsProcessingParameterString(
            "OUTPUT_POSTGIS", tr("Also write the results to PostGIS (PG:<connection> "
                                 "schema=<name>)"), optional=True)
        pg.setFlags(pg.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(pg)

    def checkParameterValues(self, parameters, context):
        if not (self.parameterAsFile(parameters, "PLAN", context)
                or self.parameterAsFile(parameters, "PLAN_FOLDER", context)
                or self.parameterAsString(parameters, "PLAN_POSTGIS", context)
                or self.parameterAsLayerList(parameters, "PLAN_LAYERS", context)):
            return False, tr("Give the urban plan (file, GPU folder or layers).")
        return super().checkParameterValues(parameters, context)

    def sources(self, parameters, context) -> ScanSources:
        def f(name, kind=None):  # a file inside a known folder layout means the folder
            value = self.parameterAsFile(parameters, name, context)
            return folder_of(value, kind) if kind else value

        layer = lambda name: self.parameterAsVectorLayer(parameters, name, context)  # noqa: E731
        return ScanSources(
            plan=f("PLAN", "plan") or f("PLAN_FOLDER")
            or self.parameterAsString(parameters, "PLAN_POSTGIS", context),
            plan_layers=self.parameterAsLayerList(parameters, "PLAN_LAYERS", context),
            scot=f("SCOT", "plan"), scot_sectors=layer("SCOT_SECTORS"),
            gracethd=f("GRACETHD", "gracethd") or f("GRACETHD_FOLDER")
            or self.parameterAsString(parameters, "GRACETHD_POSTGIS", context),
            gracethd_layers=self.parameterAsLayerList(parameters, "GRACETHD_LAYERS", context),
            anfr=f("ANFR", "anfr"),
            anfr_reference=f("ANFR_REFERENCE", "anfr_reference"), arcep=f("ARCEP"),
            rip_zoning=layer("RIP_ZONING"), rip_mapping=f("RIP_MAPPING"),
            works=layer("WORKS"), works_mapping=f("WORKS_MAPPING"),
            aerial=layer("AERIAL"), aerial_mapping=f("AERIAL_MAPPING"),
            agglomeration=layer("AGGLOMERATION"))

    def numeric_values(self, parameters, context) -> dict:
        names = {p.name() for p in self.parameterDefinitions()}
        return {name: self.parameterAsDouble(parameters, name.upper(), context)
                for name in self.param_definitions() if name.upper() in names}

    def read(self, parameters, context, feedback):
        started = dt.datetime.now()
        inputs, findings, records = read_scan_inputs(self.sources(parameters, context), feedback)
        return inputs, findings, records, started

    @staticmethod
    def progress(feedback, start, span):
        def report(fraction, text):  # the step's name is an internal id: kept out of the log
            if feedback.isCanceled():
                raise ScanUrbaError(tr("Cancelled."))
            feedback.setProgress(start + span * fraction)
        return report

    @staticmethod
    def run_info(records, params, started):
        return run_info_frame(records, params, started, dt.datetime.now(), version(),
                              Qgis.QGIS_VERSION)
