"""Maps and PDF of the report, rendered by QGIS from a scan GeoPackage."""
from __future__ import annotations

import pandas as pd
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLegendStyle,
    QgsProperty,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ..core.atomic import atomic_path
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from . import compat
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


def _label(layout, text, x, y, w, h, size=10, bold=False):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    compat.set_label_font(item, font)
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(item)
    return item


def export_pdf(layers: dict, path, idurba: str, overwrite=False) -> int:
    """An atlas over the zones with findings (A4 landscape: map, legend, scale bar, zone
    summary). Returns the number of pages."""
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    drawn = [layers[n] for n in MAP_LAYERS if n in layers]
    copies = [layer.clone() for layer in drawn]
    project.addMapLayers(copies)
    zones = next(c for c in copies if c.name() == "zones_bilan")
    highlight = zones.clone()  # the atlas zone, outlined in black on every page
    highlight.setName(tr("Zone of this page"))
    highlight.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#000000", "outline_width": "1.2"})))
    highlight.renderer().symbol().symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertyStrokeWidth,
        QgsProperty.fromExpression("if($id = @atlas_featureid, 1.2, 0)"))
    project.addMapLayer(highlight)
    copies.insert(0, highlight)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    atlas = layout.atlas()
    atlas.setCoverageLayer(zones)
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression("\"status\" IN ('reserve', 'recommandation', 'observation')")
    atlas.setEnabled(True)
    atlas.setPageNameExpression('"libelle"')
    pages = sum(1 for f in zones.getFeatures()
                if f["status"] in ("reserve", "recommandation", "observation"))
    if pages == 0:  # a clean plan still gets its one page: the whole document
        atlas.setFilterExpression("true")
        pages = zones.featureCount()
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(8, 22, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(200, 180, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.setLayers(copies)
    map_item.setCrs(project.crs())
    map_item.setExtent(zones.extent())
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(0.25)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)
    _label(layout, f"Scan Urba – {idurba} – [% \"libelle\" %] ([% \"typezone\" %])", 8, 6, 280,
           12, 16, True)
    _label(layout, tr("Status: [% replace(\"status\", '_', ' ') %] — findings: "
                      "[% \"n_findings\" %]\n"
                      "Reached by the RIP (existing): [% round(100 * \"served_share_existing\") %] %\n"
                      "Reached by the RIP (planned): [% round(100 * \"served_share_planned\") %] %\n"
                      "L151-40 sector (27-00): [% if(\"has_27_00\", 'oui', 'non') %]\n"
                      "E-communications prescription (47-05): [% if(\"has_47_05\", 'oui', 'non') "
                      "%]"), 213, 22, 78, 40, 9)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)  # only what this page shows
    legend.setTitle(tr("Legend"))
    legend.setSymbolHeight(3)
    legend.setSymbolWidth(5)
    for style in (QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                  QgsLegendStyle.Style.SymbolLabel):
        compat.set_legend_font_size(legend, style, 7)
    legend.attemptMove(QgsLayoutPoint(213, 65, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(legend)
    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize()
    scale.attemptMove(QgsLayoutPoint(10, 190, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(scale)
    _label(layout, tr("Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %] — "
                      "generated by Scan Urba"), 8, 203, 200, 5, 7)
    settings = QgsLayoutExporter.PdfExportSettings()
    # text as text: searchable and light (QGIS 3.40 draws outlines by default: 601 → 41 KB)
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    with atomic_path(path, overwrite) as tmp:
        result, error = QgsLayoutExporter.exportToPdf(atlas, str(tmp), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise ScanUrbaError(tr("The PDF could not be written: {error}", error=error))
    return pages


