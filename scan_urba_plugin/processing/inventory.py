"""Duct-inventory kit: create the editing template, check an inventory, export to GraceTHD."""
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
)

from ..core.i18n import tr
from ..core.inventory import check_inventory
from ..qgis_io import inventory
from .algorithm import ScanUrbaAlgorithm
from ..parameters import OUTPUT, OVERWRITE

VERSIONS = ("v2", "v3")


class CreateDuctInventoryAlgorithm(ScanUrbaAlgorithm):
    alg_name = "createductinventory"
    group_key = "inventory"

    def displayName(self):
        return tr("Create a duct inventory (GraceTHD template)")

    def shortHelpString(self):
        return tr("Creates an empty duct inventory in a GeoPackage, with GraceTHD field names "
                  "and types (v2, or v3): routes (t_cheminement), conduits and the route↔conduit "
                  "link, nodes and technical points, technical sites. It also writes a QGIS "
                  "project (or adds the layers to the current one) with styles, attribute forms "
                  "whose codes are picked from the GraceTHD value lists, default values "
                  "(creation date, producer), relations (route → conduits, node → technical "
                  "point) and snapping on nodes and route ends.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum("VERSION", tr("GraceTHD version"),
                                                     list(VERSIONS), defaultValue=0))
        self.addParameter(QgsProcessingParameterString("PRODUCER", tr("Producer (organisme "
                                                       "code, e.g. OR0001)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ADD_TO_PROJECT", tr("Add the layers to the current project"), False))
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT, tr("Inventory (GeoPackage)"), tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "PROJECT", tr("QGIS project"), tr("QGIS project (*.qgz)"), optional=True,
            createByDefault=False))

    def execute(self, parameters, context, feedback):
        version = VERSIONS[self.parameterAsEnum(parameters, "VERSION", context)]
        out = self.parameterAsFileOutput(parameters, OUTPUT, context)
        inventory.create_template(out, version, self.parameterAsBool(parameters, OVERWRITE,
                                                                     context))
        producer = self.parameterAsString(parameters, "PRODUCER", context)
        results = {OUTPUT: out}
        project_path = self.parameterAsFileOutput(parameters, "PROJECT", context)
        if project_path:
            inventory.build_project(out, project_path, producer)
            results["PROJECT"] = project_path
        self.to_add = (out, producer) if self.parameterAsBool(parameters, "ADD_TO_PROJECT",
                                                               context) else None
        return results

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API)
        """On the main thread, once the task is done: the layers go into the project here."""
        if getattr(self, "to_add", None):
            out, producer = self.to_add
            inventory.build_project(out, producer=producer,
                                    project=context.project() or QgsProject.instance())
        return {}


class CheckDuctInventoryAlgorithm(ScanUrbaAlgorithm):
    alg_name = "checkductinventory"
    group_key = "inventory"

    def displayName(self):
        return tr("Check a duct inventory before delivery")

    def shortHelpString(self):
        return tr("Checks an inventory (the template, any GraceTHD v2/v3 dataset, or a PostGIS "
                  "schema) for what a GraceTHD consumer would reject: route ends not on a node, "
                  "duplicate or overlapping routes, zero-length routes, cm_long disagreeing with "
                  "the geometry, conduits on no route, duct routes with no conduit, technical "
                  "points with no node, unknown codes, missing mandatory fields, nodes joining "
                  "aerial and underground routes without a technical point. Findings: "
                  "findings_lin, findings_pct (rule ids inventory.*).")

    def initAlgorithm(self, config=None):
        self.add_dataset_parameters(tr("Inventory file (GeoPackage, GraceTHD zip)"),
                                    tr("…or GraceTHD v2 folder"),
                                    tr("…or inventory layers of the project"))
        self.addParameter(QgsProcessingParameterNumber(
            "TOLERANCE", tr("Snapping tolerance (m)"), QgsProcessingParameterNumber.Type.Double, 0.5,
            minValue=0.0))
        self.add_output_parameters(tr("Findings (GeoPackage)"))

    def checkParameterValues(self, parameters, context):
        return self.check_dataset(parameters, context, tr("Give an inventory (file or folder)."))

    def execute(self, parameters, context, feedback):
        layers = self.dataset_layers(parameters, context)
        if layers and not self.dataset(parameters, context):
            from ..qgis_io.layers import layer_to_raw

            frames = {layer.name().lower(): layer_to_raw(layer).frame for layer in layers}
        else:
            frames = inventory.read_inventory(self.dataset(parameters, context))
        findings = check_inventory(frames, self.parameterAsDouble(parameters, "TOLERANCE",
                                                                  context))
        from ..core.summary import _findings

        summary = {"kind": "inventory", "tables": {k: len(v) for k, v in frames.items()},
                   **_findings(findings)}
        return self.write_outputs(parameters, context, feedback, summary, {}, findings)


class ExportGraceTHDAlgorithm(ScanUrbaAlgorithm):
    alg_name = "exportgracethd"
    group_key = "inventory"

    def displayName(self):
        return tr("Export an inventory to GraceTHD (v2 shapefile/CSV, v3 GeoPackage)")

    def shortHelpString(self):
        return tr("Writes the GraceTHD v2 exchange format (shapefiles in Windows-1252 and `;` "
                  "CSV in UTF-8, as the GraceTHD rules require) into a folder, or a v3 "
                  "GeoPackage. Reading the export back gives the same features and attributes.")

    def initAlgorithm(self, config=None):
        self.add_dataset_parameters(tr("Inventory file (GeoPackage, GraceTHD zip)"),
                                    tr("…or GraceTHD v2 folder"))
        self.addParameter(QgsProcessingParameterEnum("VERSION", tr("GraceTHD version"),
                                                     list(VERSIONS), defaultValue=0))
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterString(
            "DESTINATION", tr("Destination: folder (v2) or GeoPackage path (v3)")))

    def checkParameterValues(self, parameters, context):
        return self.check_dataset(parameters, context, tr("Give an inventory (file or folder)."))

    def execute(self, parameters, context, feedback):
        version = VERSIONS[self.parameterAsEnum(parameters, "VERSION", context)]
        out = inventory.export_gracethd(self.dataset(parameters, context),
                                        self.parameterAsString(parameters, "DESTINATION", context),
                                        version, self.parameterAsBool(parameters, OVERWRITE,
                                                                      context))
        return {OUTPUT: str(out)}
