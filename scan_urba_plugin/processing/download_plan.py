"""scanurba:downloadplan — a commune's plan(s) from the Géoportail de l'Urbanisme, cached."""
import json
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingContext,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsSettings,
    QgsVectorLayer,
)

from ..core.errors import ScanUrbaError
from ..core.gpu_client import Endpoints, GpuClient
from ..core.i18n import tr
from ..parameters import ARCHIVE, COMMUNE, EXTENT, FOLDER, FORCE, LOAD, SUMMARY
from ..qgis_io.layers import dataset_sources
from .algorithm import ScanUrbaAlgorithm

SETTINGS = "scan_urba/gpu/"  # gpu, apicarto, geo (base URLs), cache_dir, timeout
CACHE_ENV = "SCAN_URBA_GPU_CACHE"


def gpu_settings() -> tuple[Endpoints, Path, float]:
    """Endpoints, cache folder and timeout: environment, then QgsSettings, then defaults."""
    import os

    settings = QgsSettings()
    endpoints = Endpoints.configured(lambda key: settings.value(SETTINGS + key, ""))
    cache = os.environ.get(CACHE_ENV) or settings.value(SETTINGS + "cache_dir", "") or \
        str(Path(QgsApplication.qgisSettingsDirPath()) / "scan_urba" / "gpu_cache")
    try:
        timeout = float(settings.value(SETTINGS + "timeout", 60))
    except (TypeError, ValueError):
        timeout = 60.0
    return endpoints, Path(cache), timeout


def archive_layers(path) -> list:
    """The plan's tables in the archive, as layers to add to a project (read-only)."""
    layers = []
    for name, uri in dataset_sources(path):
        layer = QgsVectorLayer(uri, name, "ogr")
        if layer.isValid():
            layers.append(layer)
    return layers


class DownloadPlanAlgorithm(ScanUrbaAlgorithm):
    alg_name = "downloadplan"
    group_key = "inputs"

    def displayName(self):
        return tr("Download a plan from the Géoportail de l'Urbanisme")

    def shortHelpString(self):
        return tr(
            "Finds the urban plan(s) in force or in progress for a commune (its name or INSEE "
            "code) or for an extent on the Géoportail de l'Urbanisme, downloads the CNIG archive "
            "with its written pieces and keeps it in a cache folder with its date: the next run "
            "is served from the cache unless the document changed on the portal (or a new "
            "download is forced). A commune under the RNU has no plan to download; a carte "
            "communale or a PLUi is said so. The archive opens with “Import and check a CNIG "
            "plan”. The services' addresses are settings (scan_urba/gpu/… or the "
            "SCAN_URBA_GPU_URL, SCAN_URBA_APICARTO_URL and SCAN_URBA_GEO_URL variables).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            COMMUNE, tr("Commune (name or INSEE code)"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            EXTENT, tr("…or the documents within this extent"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            FOLDER, tr("Cache folder (default: the profile's scan_urba/gpu_cache)"),
            QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            FORCE, tr("Download again even if the cached copy is up to date"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            LOAD, tr("Add the plan's layers to the project"), True))
        self.addOutput(QgsProcessingOutputString(ARCHIVE, tr("Archive of the first document")))
        self.addOutput(QgsProcessingOutputString(SUMMARY, tr("Documents found, as JSON")))

    def checkParameterValues(self, parameters, context):
        if not (self.parameterAsString(parameters, COMMUNE, context).strip()
                or parameters.get(EXTENT)):
            return False, tr("Give a commune (name or INSEE code) or an extent.")
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        endpoints, cache, timeout = gpu_settings()
        cache = Path(self.parameterAsFile(parameters, FOLDER, context) or cache)
        commune = self.parameterAsString(parameters, COMMUNE, context).strip()
        bbox = self.lonlat_extent(parameters, context) if not commune else None
        share = {"start": 10.0, "size": 90.0}
        client = GpuClient(
            cache, endpoints, timeout,
            progress=lambda f: feedback.setProgress(share["start"] + share["size"] * f),
            canceled=feedback.isCanceled, info=feedback.pushInfo)
        feedback.pushInfo(tr("Asking the Géoportail de l'Urbanisme…"))
        search = client.find(commune, bbox)
        feedback.setProgress(10)
        for notice in search.notices:
            feedback.pushInfo(notice)
        fetched = []
        share["size"] = 90.0 / len(search.documents)
        for i, doc in enumerate(search.documents):
            share["start"] = 10 + i * share["size"]
            item = client.fetch(doc, self.parameterAsBool(parameters, FORCE, context))
            fetched.append(item)
            feedback.pushInfo(tr("{name} ({type}, {status}): {path}", name=doc.original_name,
                                 type=doc.type, status=status_label(doc), path=item.path))
        if self.parameterAsBool(parameters, LOAD, context):
            for item in fetched:
                self.load_on_completion(item, context)
        summary = {
            "commune": None if search.commune is None else {
                "insee": search.commune.insee, "name": search.commune.name},
            "notices": search.notices,
            "documents": [{
                "name": f.document.original_name, "type": f.document.type,
                "partition": f.document.partition, "legal_status": f.document.legal_status,
                "in_force": f.document.in_force, "update_date": f.document.update_date,
                "path": str(f.path), "from_cache": f.from_cache,
                "downloaded_at": f.downloaded_at, "written_pieces": f.written_pieces}
                for f in fetched]}
        feedback.setProgress(100)
        return {ARCHIVE: str(fetched[0].path),
                SUMMARY: json.dumps(summary, ensure_ascii=False, indent=2)}

    def lonlat_extent(self, parameters, context):
        """The EXTENT parameter in WGS 84 longitude/latitude, as the services expect."""
        rect = self.parameterAsExtent(parameters, EXTENT, context)
        if rect.isNull() or rect.isEmpty():
            raise ScanUrbaError(tr("Give a commune (name or INSEE code) or an extent."))
        crs = self.parameterAsExtentCrs(parameters, EXTENT, context)
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        if crs.isValid() and crs != wgs84:
            rect = QgsCoordinateTransform(crs, wgs84, context.transformContext()) \
                .transformBoundingBox(rect)
        return rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()

    @staticmethod
    def load_on_completion(item, context):
        group = item.document.original_name
        for layer in archive_layers(item.path):
            context.temporaryLayerStore().addMapLayer(layer)
            context.addLayerToLoadOnCompletion(layer.id(), QgsProcessingContext.LayerDetails(
                f"{group} – {layer.name()}", context.project()))


def status_label(doc) -> str:
    return tr("in force") if doc.in_force else tr("in progress ({status})",
                                                    status=doc.legal_status or "?")
