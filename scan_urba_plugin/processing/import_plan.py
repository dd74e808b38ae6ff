import json

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)

from ..core.atomic import write_text
from ..core.i18n import tr
from ..core.model import split_findings
from ..core.summary import plan_summary
from ..qgis_io.plans import read_plan
from ..qgis_io.write import write_geopackage
from .base import ScanUrbaAlgorithm

PLAN_GEOMETRY = {"ZONE_URBA": "MultiPolygon", "SECTEUR_CC": "MultiPolygon",
                 "PERIMETRE_SCOT": "MultiPolygon", "PRESCRIPTION_SURF": "MultiPolygon",
                 "PRESCRIPTION_LIN": "MultiLineString", "PRESCRIPTION_PCT": "MultiPoint",
                 "INFO_SURF": "MultiPolygon", "INFO_LIN": "MultiLineString",
                 "INFO_PCT": "MultiPoint"}


class ImportPlanAlgorithm(ScanUrbaAlgorithm):
    alg_name = "importplan"
    group_key = "inputs"

    def displayName(self):
        return tr("Import and check a CNIG plan (PLU, PLUi, CC, SCOT)")

    def shortHelpString(self):
        return tr(
            "Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to "
            "2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, "
            "or layers of the project (PostGIS included). It detects the model version, "
            "normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and "
            "reports what the GPU validator reports (unknown codes, missing fields, invalid "
            "geometries, features outside the CRS domain) plus zone overlaps, gaps and "
            "labels that contradict TYPEZONE. Every finding names the layer, the feature and "
            "the field. Inputs are never modified.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "DATASET", tr("CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)"),
            QgsProcessingParameterFile.File, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "FOLDER", tr("…or GPU folder (<INSEE>_PLU_<DATAPPRO>)"),
            QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "LAYERS", tr("…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)"),
            QgsProcessing.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_AREA", tr("Smallest overlap or gap reported (m²)"),
            QgsProcessingParameterNumber.Double, 1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            "OVERWRITE", tr("Overwrite existing output files"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Normalised plan and findings (GeoPackage)"),
            tr("GeoPackage (*.gpkg)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", tr("Summary (JSON)"), tr("JSON (*.json)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputString("MODEL", tr("Detected CNIG model")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Summary as JSON text")))
        self.addOutput(QgsProcessingOutputNumber("N_FINDINGS", tr("Number of findings")))

    def dataset(self, parameters, context) -> str:
        return self.parameterAsFile(parameters, "DATASET", context) \
            or self.parameterAsFile(parameters, "FOLDER", context)

    def checkParameterValues(self, parameters, context):
        dataset = self.dataset(parameters, context)
        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        if not dataset and not layers:
            return False, tr("Give a CNIG dataset (folder, zip or file) or CNIG layers.")
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        dataset = self.dataset(parameters, context)
        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        overwrite = self.parameterAsBool(parameters, "OVERWRITE", context)
        feedback.setProgress(5)
        plan = read_plan(dataset, layers, self.parameterAsDouble(parameters, "MIN_AREA", context),
                         feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(60)
        summary = plan_summary(plan)
        text = json.dumps(summary, ensure_ascii=False, indent=2)
        results = {"MODEL": plan.model, "SUMMARY": text, "N_FINDINGS": len(plan.findings)}
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if output:
            tables = {name.lower(): (df, PLAN_GEOMETRY.get(name))
                      for name, df in plan.tables.items()}
            write_geopackage(output, {**tables, **split_findings(plan.findings)}, overwrite,
                             feedback)
            results["OUTPUT"] = output
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report:
            write_text(report, text, overwrite)
            results["REPORT"] = report
        feedback.setProgress(100)
        feedback.pushInfo(tr("Model {model}: {n} findings.", model=plan.model,
                             n=len(plan.findings)))
        return results
