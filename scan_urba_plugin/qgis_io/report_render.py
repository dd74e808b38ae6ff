"""Maps of the data report, rendered by QGIS from a scan GeoPackage, and the report's PDF
(the same HTML laid out by Qt's text engine on A4 landscape pages). The atlas is not
here: it is qgis_io/avis_render.py, written once, beside the opinion."""
from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize, QSizeF
from qgis.PyQt.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ..core.atomic import atomic_path
from ..core.errors import ScanUrbaError

from ..core.i18n import tr
from ..core.report import label
from .atlas_layers import labeling_engine
from .layers import layer_to_raw
from .result_layers import result_layers

MAP_LAYERS = ("opportunites", "findings_pct", "findings_lin", "points_hauts_bilan", "travaux",
              "cheminements", "emplacements_reserves", "findings_surf", "zones_bilan")


def read_tables(gpkg) -> dict:
    """The scan's tables as frames: findings (all layers together), zones_bilan, …"""
    layers = {layer.name(): layer for layer in result_layers(gpkg)}
    data = {name: layer_to_raw(layer).frame for name, layer in layers.items()}
    parts = [data[n] for n in ("findings_surf", "findings_lin", "findings_pct",
                               "findings_document") if n in data]
    data["findings"] = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        columns=["rule_id", "famille", "avis", "article", "idurba", "insee"])
    return data, layers


def map_settings(layers, extent: QgsRectangle, size=(1100, 750)) -> QgsMapSettings:
    """What a report map draws: the layers over the extent, in Lambert-93, labelled as every
    Scan Urba map is (atlas_layers.labeling_engine)."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(extent)
    settings.setLabelingEngineSettings(labeling_engine())
    return settings


def render_png(layers, extent: QgsRectangle, size=(1100, 750)) -> bytes:
    settings = map_settings(layers, extent, size)
    image = QImage(QSize(*size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def report_maps(layers: dict, findings: pd.DataFrame, limit: int = 12) -> list:
    """(caption, PNG) for the overview and each place with a réserve or recommendation of
    the legal family (at most ``limit``): findings on one shape share its map, their
    captions joined."""
    drawn = [layers[n] for n in MAP_LAYERS if n in layers]
    return [(caption, render_png(drawn, extent, size))
            for caption, extent, size in map_extents(layers, findings, limit)]


def map_extents(layers: dict, findings: pd.DataFrame, limit: int = 12) -> list:
    """(caption, extent, size in pixels) of each map of the report (report_maps)."""
    extent = layers["zones_bilan"].extent()
    extent.grow(max(extent.width(), extent.height()) * 0.03)
    maps = [(tr("Overview: zones by status, findings and opportunities"), extent, (1100, 750))]
    legal = findings["famille"] != "qualite_donnees" if "famille" in findings else True
    bad = findings[findings["avis"].isin(["reserve", "recommandation"]) & legal
                   & findings["geometry"].notna()] \
        if "geometry" in findings and "avis" in findings else findings.iloc[0:0]
    places = {}  # the shape's bounds → the captions of its findings, in the findings' order
    for _, row in bad.iterrows():
        # a caption that names the finding (its words are in the findings' table): four
        # maps and their captions share a page of the PDF
        places.setdefault(tuple(round(v, 1) for v in row["geometry"].bounds), []).append(
            tr("{avis} – {object} ({basis})", avis=label(row["avis"]),
               object=row["libelle"] or row["source_id"], basis=row["article"]))
    for (x0, y0, x1, y1), captions in list(places.items())[:limit]:
        rect = QgsRectangle(x0, y0, x1, y1)
        rect.grow(max(rect.width(), rect.height(), 100) * 0.4)
        maps.append((" ; ".join(dict.fromkeys(captions)), rect, (900, 600)))
    return maps


PDF_DPI = 96  # the text engine's pixels: a 1 000-pixel map spans an A4 landscape page
PDF_IMAGE_WIDTH = 900  # 600 px high: the map and its caption on one page (703 px)
PDF_FONT_POINTS = 10


def html_to_pdf(html: str, path, overwrite=False) -> int:
    """The report's HTML as an A4 landscape PDF (text kept as text); returns its pages."""
    document = QTextDocument()
    # a report's body size (Qt's default, 12 pt, set every table half again as tall)
    document.setDefaultFont(QFont("DejaVu Sans", PDF_FONT_POINTS))
    document.setHtml(html)
    with atomic_path(path, overwrite) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12)))
        writer.setResolution(PDF_DPI)
        document.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(PDF_DPI).size()))
        document.print_(writer)
        del writer  # closes the file
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise ScanUrbaError(tr("The PDF report {path} could not be written.", path=path))
    return document.pageCount()
