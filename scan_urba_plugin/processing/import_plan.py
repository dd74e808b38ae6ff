from qgis.core import QgsProcessingOutputString, QgsProcessingParameterNumber

from ..core.i18n import tr
from ..core.pieces import pieces_dict, pieces_for_plan
from ..core.pieces.outputs import dispositions_frame, piece_findings
from ..core.summary import plan_summary
from ..qgis_io.plans import read_plan
from .algorithm import ScanUrbaAlgorithm
from .read_pieces import given_pieces, piece_parameters

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
        self.add_dataset_parameters(
            tr("CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)"),
            tr("…or GPU folder (<INSEE>_PLU_<DATAPPRO>)"),
            tr("…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)"))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_AREA", tr("Smallest overlap or gap reported (m²)"),
            QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0.0))
        for param in piece_parameters():
            self.addParameter(param)
        self.add_output_parameters(tr("Normalised plan and findings (GeoPackage)"))
        self.addOutput(QgsProcessingOutputString("MODEL", tr("Detected CNIG model")))

    def checkParameterValues(self, parameters, context):
        return self.check_dataset(parameters, context,
                                  tr("Give a CNIG dataset (folder, zip or file) or CNIG layers."))

    def execute(self, parameters, context, feedback):
        dataset = self.dataset(parameters, context)
        layers = self.dataset_layers(parameters, context)
        feedback.setProgress(5)
        plan = read_plan(dataset, layers, self.parameterAsDouble(parameters, "MIN_AREA", context),
                         feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(60)
        tables = {name.lower(): (df, PLAN_GEOMETRY.get(name)) for name, df in plan.tables.items()}
        given = given_pieces(self, parameters, context)
        pieces = pieces_for_plan(plan, dataset, given["reglement"], given["padd"], given["oap"])
        plan.findings.extend(piece_findings(pieces, plan.insee, plan.idurba))
        summary = {**plan_summary(plan), "pieces_ecrites": pieces_dict(pieces)}
        if pieces.reglement or pieces.padd or pieces.oap is not None:
            tables["reglement_dispositions"] = (dispositions_frame(pieces), None)
        results = self.write_outputs(parameters, context, feedback, summary, tables,
                                     plan.findings)
        return {**results, "MODEL": plan.model}
