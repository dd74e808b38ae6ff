"""Algorithms reading the network side: GraceTHD, antenna sites, works, aerial lines, RIP."""
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import ScanUrbaError
from ..core.geometry import to_multi
from ..core.i18n import tr
from ..core.standards import anfr, mapped_layers
from ..core.summary import antenna_summary, mapped_summary, network_summary
from ..core.vocabulary import LINE, is_family
from ..qgis_io.networks import read_gracethd
from ..qgis_io.layers import layer_to_raw
from .algorithm import ScanUrbaAlgorithm


class ImportGraceTHDAlgorithm(ScanUrbaAlgorithm):
    alg_name = "importgracethd"

    def displayName(self):
        return tr("Import a GraceTHD network (ducts and public FTTH network)")

    def shortHelpString(self):
        return tr(
            "Reads GraceTHD-MCD: the v2 exchange format (shapefiles and `;` CSV with the l_* "
            "value lists, folder or zip), v2 tables loaded in PostGIS or SpatiaLite (as layers "
            "of the project), or a v3 GeoPackage. It builds one duct-network model: routes "
            "(t_cheminement) with implantation type, progress (existing, to build, under "
            "construction), phase, owner, manager and how many ducts they carry and how many "
            "are free; technical sites (NRO, SRO/PM) and chambers placed through t_noeud; radio "
            "sites; NRO/SRO zones. Orphan foreign keys, unknown codes and missing fields are "
            "reported as gracethd.* findings.")

    def initAlgorithm(self, config=None):
        self.add_dataset_parameters(
            tr("GraceTHD file (v3 GeoPackage, or v2 zip)"),
            tr("…or GraceTHD v2 exchange folder (shapefiles + CSV)"),
            tr("…or GraceTHD layers of the project (t_cheminement, t_noeud…)"))
        self.add_output_parameters(tr("Duct network (GeoPackage)"))

    def checkParameterValues(self, parameters, context):
        return self.check_dataset(parameters, context,
                                  tr("Give a GraceTHD dataset (folder, zip or GeoPackage) or layers."))

    def execute(self, parameters, context, feedback):
        network = read_gracethd(self.dataset(parameters, context),
                                self.dataset_layers(parameters, context))
        layers = {"cheminements": (network.routes, "LineString"),
                  "sites_techniques": (network.sites, "Point"),
                  "points_techniques": (network.ptech, "Point"),
                  "sites_radio": (network.radio_sites, "Point"),
                  "zones_nro_sro": (network.zones, "MultiPolygon")}
        return self.write_outputs(parameters, context, feedback, network_summary(network), layers,
                                  network.findings)


class ImportAntennasAlgorithm(ScanUrbaAlgorithm):
    alg_name = "importantennas"

    def displayName(self):
        return tr("Import antenna sites (ANFR, ARCEP)")

    def shortHelpString(self):
        return tr(
            "Reads the ANFR open data “installations radioélectriques de plus de 5 watts” "
            "(SUP_SUPPORT joined to SUP_STATION and SUP_EMETTEUR, with the reference tables of "
            "natures, owners and operators), converts the WGS84 degrees/minutes/seconds to "
            "Lambert-93 and keeps one row per support (SUP_ID) with its operators, technologies, "
            "owner, nature and height. Files may have a header or not, be UTF-8 or latin-1. The "
            "ARCEP “Mon réseau mobile” sites file can be given instead, or as well (zone blanche "
            "and New Deal flags).")

    def initAlgorithm(self, config=None):
        self.add_dataset_parameters(tr("ANFR SUP_SUPPORT file"),
                                    tr("…or folder of the ANFR export"))
        self.addParameter(QgsProcessingParameterFile(
            "REFERENCE", tr("Folder of the ANFR reference tables (if elsewhere)"),
            QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "ARCEP", tr("ARCEP “Mon réseau mobile” sites (CSV)"), QgsProcessingParameterFile.Behavior.File,
            optional=True, fileFilter=tr("CSV (*.csv *.txt)")))
        self.add_output_parameters(tr("Antenna sites (GeoPackage)"))

    def checkParameterValues(self, parameters, context):
        if not self.dataset(parameters, context) and \
                not self.parameterAsFile(parameters, "ARCEP", context):
            return False, tr("Give an ANFR export or an ARCEP sites file.")
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        import pandas as pd

        frames, findings, kinds = [], [], []
        path = self.dataset(parameters, context)
        if path:
            sites, found = anfr.read_anfr(path, self.parameterAsFile(parameters, "REFERENCE",
                                                                      context) or None)
            frames.append(sites)
            findings += found
            kinds.append("anfr")
        arcep = self.parameterAsFile(parameters, "ARCEP", context)
        if arcep:
            sites, found = anfr.read_arcep_sites(arcep)
            frames.append(sites)
            findings += found
            kinds.append("arcep")
        sites = pd.concat(frames, ignore_index=True)
        return self.write_outputs(parameters, context, feedback,
                                  antenna_summary(sites, findings, "+".join(kinds)),
                                  {"points_hauts": (sites, "Point")}, findings)


class _MappedLayerAlgorithm(ScanUrbaAlgorithm):
    """A layer with no national format, read through one field parameter per target field."""

    fields: dict = {}
    kind = ""
    layer_name = ""
    geometry = "MultiLineString"
    layer_types = (QgsProcessing.SourceType.TypeVectorLine, QgsProcessing.SourceType.TypeVectorPolygon)

    def field_label(self, target):
        raise NotImplementedError

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", tr("Layer"), list(self.layer_types)))
        for target in self.fields:
            self.addParameter(QgsProcessingParameterField(
                f"FIELD_{target.upper()}", self.field_label(target),
                parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "MAPPING_FILE", tr("…or a mapping file (JSON or lines target=field)"),
            QgsProcessingParameterFile.Behavior.File, optional=True))
        self.add_output_parameters(tr("Normalised layer (GeoPackage)"))

    def mapping(self, parameters, context) -> dict:
        path = self.parameterAsFile(parameters, "MAPPING_FILE", context)
        mapping = mapped_layers.load_mapping(path) if path else {}
        for target in self.fields:
            chosen = self.parameterAsString(parameters, f"FIELD_{target.upper()}", context)
            if chosen:
                mapping[target] = chosen
        return mapping

    def execute(self, parameters, context, feedback):
        layer = self.vector_layer(parameters, "INPUT", context)
        if layer is None:
            raise ScanUrbaError(tr("The input layer cannot be read."))
        raw = layer_to_raw(layer, Path(layer.source().split("|")[0]).stem or layer.name())
        frame, findings = self.normalise(raw, self.mapping(parameters, context))
        return self.write_outputs(parameters, context, feedback,
                                  mapped_summary(frame, findings, self.kind),
                                  self.output_layers(frame), findings)

    def output_layers(self, frame) -> dict:
        return {self.layer_name: (with_multi(frame), self.geometry)}


def with_multi(frame):
    return frame.assign(geometry=to_multi(frame["geometry"].to_numpy()))


class ImportWorksAlgorithm(_MappedLayerAlgorithm):
    alg_name = "importworks"
    fields = mapped_layers.WORKS_FIELDS
    kind = "works"
    layer_name = "travaux"

    def displayName(self):
        return tr("Import planned works (L49 declarations)")

    def shortHelpString(self):
        return tr(
            "No national format exists for works declared under L49 CPCE. Any line or polygon "
            "layer is read through a field mapping onto the Scan Urba schema: works_id, "
            "maitre_ouvrage (mandatory), nature (mandatory: voirie, eau, assainissement, "
            "électricité, gaz, éclairage, télécom, effacement de réseaux), date_debut "
            "(mandatory), date_fin, date_declaration, etat. Usual field names are recognised "
            "without a mapping. Impossible dates and works ending before they start are "
            "reported.")

    def field_label(self, target):
        labels = {"works_id": tr("Identifier field"), "maitre_ouvrage": tr("Maître d'ouvrage field"),
                  "nature": tr("Nature field"), "date_debut": tr("Planned start field"),
                  "date_fin": tr("Planned end field"),
                  "date_declaration": tr("Declaration date field"), "etat": tr("State field")}
        return labels[target]

    def normalise(self, raw, mapping):
        return mapped_layers.normalise_works(raw, mapping)

    def output_layers(self, frame) -> dict:
        """Works are lines (a street) or polygons (a site): one layer for each."""
        is_line = is_family(frame["geometry"].to_numpy(), LINE)
        return {"travaux_lin": (with_multi(frame[is_line]), "MultiLineString"),
                "travaux_surf": (with_multi(frame[~is_line]), "MultiPolygon")}


class ImportAerialAlgorithm(_MappedLayerAlgorithm):
    alg_name = "importaerial"
    fields = mapped_layers.AERIAL_FIELDS
    kind = "aerial"
    layer_name = "lignes_aeriennes"
    layer_types = (QgsProcessing.SourceType.TypeVectorLine,)

    def displayName(self):
        return tr("Import aerial lines to bury")

    def shortHelpString(self):
        return tr("Any line layer of aerial networks (telecom, electricity, lighting) with a "
                  "nature field and, if known, the owner, whether telecom cables ride the "
                  "supports (oui/non) and their operator: an electricity or lighting line is a "
                  "telecom need only when it carries telecom cables. GraceTHD aerial routes are "
                  "read by the GraceTHD import.")

    def field_label(self, target):
        return {"line_id": tr("Identifier field"), "nature": tr("Nature field"),
                "owner": tr("Owner field"),
                "telecom": tr("Field telling whether telecom cables ride the supports"),
                "telecom_operator": tr("Telecom operator field")}[target]

    def normalise(self, raw, mapping):
        return mapped_layers.normalise_aerial(raw, mapping)


class ImportRipZoningAlgorithm(_MappedLayerAlgorithm):
    alg_name = "importripzoning"
    fields = mapped_layers.ZONING_FIELDS
    kind = "rip_zoning"
    layer_name = "zonage_rip"
    geometry = "MultiPolygon"
    layer_types = (QgsProcessing.SourceType.TypeVectorPolygon,)

    def displayName(self):
        return tr("Import the RIP zoning (RIP / AMII / AMEL)")

    def shortHelpString(self):
        return tr("Public-initiative versus private deployment areas, read from any polygon "
                  "layer with a field giving the zone type (RIP, AMII, AMEL, ZTD) and optionally "
                  "the operator and the commune (INSEE code): with the commune, a PLUi's "
                  "serving is said per commune, and never in a commune with a private area.")

    def field_label(self, target):
        return {"zone_type": tr("Zone type field"), "operator": tr("Operator field"),
                "insee": tr("Commune field (INSEE code)")}[target]

    def normalise(self, raw, mapping):
        return mapped_layers.normalise_rip_zoning(raw, mapping)
