"""Maps of the HTML report, rendered by QGIS from a scan GeoPackage (the PDF atlas is
qgis_io/avis_render.py, shared with the opinion)."""
from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ..core.i18n import tr
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


def render_png(layers, extent: QgsRectangle, size=(1100, 750)) -> bytes:
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(extent)
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
    """(caption, PNG) for the overview and each réserve or recommendation of the legal
    family (at most ``limit``)."""
    drawn = [layers[n] for n in MAP_LAYERS if n in layers]
    extent = layers["zones_bilan"].extent()
    extent.grow(max(extent.width(), extent.height()) * 0.03)
    maps = [(tr("Overview: zones by status, findings and opportunities"),
             render_png(drawn, extent))]
    legal = findings["famille"] != "qualite_donnees" if "famille" in findings else True
    bad = findings[findings["avis"].isin(["reserve", "recommandation"]) & legal
                   & findings["geometry"].notna()] \
        if "geometry" in findings and "avis" in findings else findings.iloc[0:0]
    for _, row in bad.head(limit).iterrows():
        x0, y0, x1, y1 = row["geometry"].bounds
        rect = QgsRectangle(x0, y0, x1, y1)
        rect.grow(max(rect.width(), rect.height(), 100) * 0.4)
        maps.append((f"{row['article']} – {row['libelle'] or row['source_id']}: {row['message']}",
                     render_png(drawn, rect, (900, 600))))
    return maps
