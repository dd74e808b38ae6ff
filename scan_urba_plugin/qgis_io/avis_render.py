"""Maps of the opinion (PNG, drawn with QGIS print layouts) and the PDF atlas that explains
itself: cover with the summary table, overview map, then per zone (grouped by commune) the
map, the findings in sentences and the règlement quote and page (the trench-sharing
opportunities are the RIP team's internal note, not an annex of the opinion).

Layers carry names a person reads; zones are coloured "with findings" / "without remark"
(never "conforme": no rule says a zone complies); findings by avis when the column exists.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsBasicNumericFormat,
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsTextFormat,
    QgsUnitTypes,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core import french
from ..core.atomic import atomic_path
from ..core.avis import templates
from ..core.avis.document import (commune_words, doc_type, extract_suffix, issuer, prepared,
                                  summary_rows, without_quote)
from ..core.avis.findings import AVIS, split
from ..core.avis.sources import set_aside_sentences, source_line, used_inputs
from ..core.errors import ScanUrbaError
from ..core.french import file_names
from ..core.i18n import tr
from .atlas_layers import basemap_layer, label_zones, labeling_engine, prescription_layers

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
AVIS_COLOURS = {"reserve": "#c00000", "recommandation": "#ed7d31", "observation": "#bf9000",
                "information": "#2e75b6"}
# What the public maps draw (the opinion's figures and its atlas, annexed to the inquiry file):
# the plan's matters only. Trench-sharing opportunities and other bodies' works programmes are
# the RIP team's internal note (R153-4: « dans les limites de leurs compétences propres »).
DRAWN = ("findings_pct", "findings_lin", "points_hauts_bilan", "cheminements",
         "emplacements_reserves", "findings_surf", "zones_bilan")
MAX_ZONE_LINES = 8
ZONE_TEXT_SIZES = (8.0, 7.5, 7.0, 6.5, 6.0)  # pt: the largest at which the zone's text fits


def layer_titles() -> dict:
    return {"opportunites": tr("Trench-sharing opportunities"),
            "findings_pct": tr("Findings (sites)"), "findings_lin": tr("Findings (lines)"),
            "findings_surf": tr("Findings (areas)"), "points_hauts_bilan": tr("Antenna sites"),
            "travaux": tr("Planned works"), "cheminements": tr("Duct routes (GraceTHD)"),
            "emplacements_reserves": tr("Reserved sites (ER)"),
            "zones_bilan": tr("Zones of the plan")}


def text_settings():
    """PDF settings that keep text as text (searchable, extractable), not outlines."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # QGIS 3.22 to 4
    return settings


def _zones_renderer(layer):
    """Zones with findings in orange, the others without remark; never "conforme"."""
    cats = []
    for value, colour, label in (("avec", "253,191,111,140", tr("Zone with findings")),
                                 ("sans", "230,230,230,90", tr("Zone without remark"))):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#606060",
                                             "outline_width": "0.3"})
        cats.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(
        "if(coalesce(\"n_findings\", 0) > 0, 'avec', 'sans')", cats))


def _findings_renderer(layer, t: dict):
    """By avis when the finding model carries it; else one symbol "Finding"."""
    geometry = layer.geometryType()
    if layer.fields().indexOf("avis") < 0:
        symbol = QgsSymbol.defaultSymbol(geometry)
        symbol.setColor(QColor(AVIS_COLOURS["recommandation"]))
        if geometry == QgsWkbTypes.GeometryType.PolygonGeometry:
            symbol = _hatch(AVIS_COLOURS["recommandation"])
        layer.setRenderer(QgsCategorizedSymbolRenderer("'finding'", [
            QgsRendererCategory("finding", symbol, tr("Finding"))]))
        return
    cats = []
    for avis in AVIS:
        if geometry == QgsWkbTypes.GeometryType.PointGeometry:
            symbol = _ring(AVIS_COLOURS[avis])
        elif geometry == QgsWkbTypes.GeometryType.PolygonGeometry:
            symbol = _hatch(AVIS_COLOURS[avis])
        else:
            symbol = QgsSymbol.defaultSymbol(geometry)
            symbol.setColor(QColor(AVIS_COLOURS[avis]))
        cats.append(QgsRendererCategory(avis, symbol, t["avis"][avis]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("avis", cats))


def _ring(colour) -> QgsMarkerSymbol:
    """A point finding: a ring around the site (the antenna's own symbol stays visible)."""
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": "0,0,0,0",
                                         "outline_color": colour, "outline_width": "0.7",
                                         "size": "5"})


def _hatch(colour) -> QgsFillSymbol:
    """A finding on an area: a thick outline in its colour, no fill (a
    translucent fill mixes with the zone's into a colour the legend does not show, and a
    hatch over a whole zone hides the networks)."""
    return QgsFillSymbol.createSimple({"color": "0,0,0,0", "style": "no",
                                       "outline_color": colour, "outline_width": "1.1"})


def _marked(layer):
    """Reserved sites: each also marked at its centre, so the small ones (a NRO's plot, a
    mast's) are seen at the scale of the commune."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    for i, category in enumerate(renderer.categories()):
        symbol = category.symbol().clone() if category.symbol() is not None else None
        if not isinstance(symbol, QgsFillSymbol):
            continue
        marker = QgsMarkerSymbol.createSimple({"name": "square", "color": "255,255,255,255",
                                               "outline_color": symbol.color().name(),
                                               "outline_width": "0.6", "size": "2.2"})
        centre = QgsCentroidFillSymbolLayer()
        centre.setSubSymbol(marker)
        centre.setPointOnSurface(True)
        symbol.appendSymbolLayer(centre)
        renderer.updateCategorySymbol(i, symbol)


def _plain_labels(layer):
    """Legend labels without their CNIG code (« 05-01 voies publiques » → « Voies
    publiques »)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    for i, category in enumerate(renderer.categories()):
        text = re.sub(r"^\s*\d{2}-\d{2}\s*[:–-]?\s*", "", category.label())
        if text != category.label():
            renderer.updateCategoryLabel(i, text[:1].upper() + text[1:])


class MapProject:
    """Readable copies of the scan's layers in a private project (never the user's), the
    plan's prescriptions the findings cite (from the scan's input records) and the user's
    basemap beneath (a layer of the QGIS project or a file, by name)."""

    def __init__(self, layers: dict, lang="fr", inputs=(), basemap=""):
        self.project = QgsProject()
        self.project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
        titles, t = layer_titles(), templates.load(lang)
        self.layers = []
        for name in DRAWN:
            if name == "findings_surf":  # the prescriptions lie under the findings' areas
                self.layers += prescription_layers(list(inputs), t)
            if name not in layers:
                continue
            copy = layers[name].clone()
            copy.setName(titles[name])
            # labels of the styles show identifiers, but a reserved site's number, which the
            # opinion names (« l'emplacement réservé n° 3 »)
            copy.setLabelsEnabled(name == "emplacements_reserves" and copy.labelsEnabled())
            copy.setCustomProperty("scan_urba", name)
            _plain_labels(copy)
            if name == "emplacements_reserves":
                _marked(copy)
            if name == "zones_bilan":
                _zones_renderer(copy)
                label_zones(copy)
            elif name.startswith("findings_"):
                _findings_renderer(copy, t)
            self.layers.append(copy)
        base, self.basemap_name = basemap_layer(basemap)
        self.warning = "" if base is not None or not self.basemap_name else \
            t["atlas"]["basemap_missing"].format(name=self.basemap_name)
        if base is None:
            self.basemap_name = ""
        else:
            base.setCustomProperty("scan_urba", "basemap")
            self.layers.append(base)
        self.project.addMapLayers(self.layers)
        self.project.setLabelingEngineSettings(labeling_engine())
        self.zones = None
        self.t = t
        self.legends = []  # the legend items of the layout being built
        self.legend_boxes = []  # and their boxes once exported: (x, y, w, h), page (w, h)
        self.drawn = {}  # layer id → each feature's bounds and legend entry, for the legends

    def layout(self, landscape=True) -> QgsPrintLayout:
        layout = QgsPrintLayout(self.project)
        layout.initializeDefaults()
        page = layout.pageCollection().page(0)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape if landscape
                         else QgsLayoutItemPage.Orientation.Portrait)
        return layout

    def set_zones(self, zones: pd.DataFrame):
        """The zones one map at a time outlines in black ("fid", shapely "geometry"): one
        memory layer drawn by every map, its symbol filtered by the map's variable."""
        if self.zones is not None:
            self.project.removeMapLayer(self.zones.id())
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=zone:integer",
                               tr("Zone of this page"), "memory")
        features = []
        for fid, geometry in zip(zones["fid"], zones["geometry"]):
            feature = QgsFeature(layer.fields())
            shape = QgsGeometry()
            shape.fromWkb(shapely.to_wkb(geometry, output_dimension=3))
            feature.setGeometry(shape)
            feature.setAttributes([int(fid)])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#000000",
                                             "outline_width": "0.9"})
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp="'zone_' || \"zone\" = @map_id",
                                                   label=" "))  # the layer names it
        layer.setRenderer(QgsRuleBasedRenderer(root))
        self.project.addMapLayer(layer)
        self.zones = layer

    def add_map(self, layout, extent: QgsRectangle, x, y, w, h, page=0, legend_box=None,
                columns=1, highlight=None, source=""):
        """A map at a rounded scale with its north arrow, numeric and graphic scales, the
        source line under it and, in ``legend_box`` (x, y, w, h mm), a legend fitted to
        the box (more columns, then smaller text, until it fits)."""
        item = QgsLayoutItemMap(layout)
        layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(w, h, MM))
        item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
        if highlight is not None:
            item.setId(f"zone_{int(highlight)}")  # the outline's symbol compares @map_id
        item.setLayers(([self.zones] if highlight is not None and self.zones is not None
                        else []) + self.layers)
        item.setKeepLayerSet(True)
        item.setCrs(self.project.crs())
        item.setFrameEnabled(True)
        item.zoomToExtent(extent)
        item.setScale(round_scale(item.scale()))
        self._north_arrow(layout, item, x + w - 12, y + 2, page)
        self._scales(layout, item, x + 2, y + h - 2, page)
        if source:
            _label(layout, source, x, y + h + 0.8, 277 - x, 6, 6.5, page=page,
                   colour="#404040")
        if legend_box is not None:
            self.legends.append(_legend(layout, item, legend_box, columns, page,
                                        self.entries_drawn(item)))
        return item

    def entries_drawn(self, item) -> dict:
        """Layer id → the legend entries (their indexes) of the features in the map's
        extent, for the layers drawn by ``item``; None for a layer whose entries are not
        computed here (kept whole). What QGIS's legend filter by map finds, without its hit
        test (which serialises the symbol of every feature of every map)."""
        rect = item.extent()
        out = {}
        for layer in item.layers():
            if layer.id() not in self.drawn:  # read once, for every map of the run
                self.drawn[layer.id()] = _feature_entries(layer)
            bounds, keys = self.drawn[layer.id()]
            if keys is None:
                out[layer.id()] = None
                continue
            inside = (bounds[:, 2] >= rect.xMinimum()) & (bounds[:, 0] <= rect.xMaximum()) \
                & (bounds[:, 3] >= rect.yMinimum()) & (bounds[:, 1] <= rect.yMaximum())
            out[layer.id()] = set(np.unique(keys[inside & (keys >= 0)]).tolist())
        return out

    def _north_arrow(self, layout, item, x, y, page):
        """The north arrow and its letter, on white, in the map's top right corner."""
        letter = _label(layout, self.t["atlas"]["north"], x, y, 10, 4.5, 9, True, page=page)
        letter.setHAlign(Qt.AlignmentFlag.AlignHCenter)
        letter.setBackgroundEnabled(True)
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(north_arrow_svg())
        arrow.setLinkedMap(item)
        arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
        arrow.setBackgroundEnabled(True)
        layout.addLayoutItem(arrow)
        arrow.attemptResize(QgsLayoutSize(10, 9, MM))
        arrow.attemptMove(QgsLayoutPoint(x, y + 4.5, MM), page=page)

    def _scales(self, layout, item, x, bottom, page):
        """« Échelle 1/5 000 » above a two-segment graphic scale, both on white so their
        labels never sit on the map's features."""
        bar = QgsLayoutItemScaleBar(layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(item)
        numbers = QgsBasicNumericFormat()  # « 1 000 m », not "1,000 m"
        numbers.setShowThousandsSeparator(True)
        numbers.setThousandsSeparator("\u202f")
        numbers.setDecimalSeparator(",")
        bar.setNumericFormat(numbers)
        if hasattr(bar, "setTextFormat"):
            bar.setTextFormat(text_format(7))
        bar.applyDefaultSize()
        bar.setNumberOfSegmentsLeft(0)
        bar.setNumberOfSegments(2)
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 235))
        layout.addLayoutItem(bar)
        bar.refreshItemSize()
        height = bar.sizeWithUnits().height()
        bar.attemptMove(QgsLayoutPoint(x, bottom - height, MM), page=page)
        text = self.t["atlas"]["scale"].format(n=french.number(item.scale()))
        numeric = _label(layout, text, x, bottom - height - 4.5,
                         max(bar.sizeWithUnits().width(), 30), 4.5, 7.5, True, page=page)
        numeric.setBackgroundEnabled(True)

    def image(self, extent: QgsRectangle, path, dpi=110, highlight=None):
        """A landscape map with its legend and scale bar, as a PNG for the opinion."""
        layout = QgsPrintLayout(self.project)
        layout.initializeDefaults()
        layout.pageCollection().page(0).setPageSize(QgsLayoutSize(270, 150, MM))
        self.add_map(layout, extent, 1, 1, 160, 148, legend_box=(163, 2, 105, 146), columns=2,
                     highlight=highlight)
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
        if result != QgsLayoutExporter.ExportResult.Success or not Path(path).exists():
            raise ScanUrbaError(tr("The map {path} could not be drawn.", path=path))
        return str(path)


def round_scale(scale: float) -> float:
    """The next round scale at or above ``scale`` (1, 2, 2,5 or 5 × 10ⁿ): « 1/7 500 »
    reads as a scale, « 1/7 342 » does not."""
    if scale <= 0:
        return scale
    power = 10 ** math.floor(math.log10(scale))
    return next(m * power for m in (1, 2, 2.5, 5, 7.5, 10) if m * power >= scale - 1e-6)


def north_arrow_svg() -> str:
    """QGIS's own north arrow (shipped with every install)."""
    for folder in QgsApplication.svgPaths():
        path = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if path.exists():
            return str(path)
    return ""


LEGEND_SIZES = ((QgsLegendStyle.Style.Title, 9), (QgsLegendStyle.Style.Group, 7),
                (QgsLegendStyle.Style.Subgroup, 7), (QgsLegendStyle.Style.SymbolLabel, 6.5))


def _legend_text(legend, scale: float):
    for style, size in LEGEND_SIZES:
        if hasattr(legend.rstyle(style), "setTextFormat"):  # QGIS ≥ 3.30
            legend.rstyle(style).setTextFormat(text_format(size * scale))
        else:
            font = legend.style(style).font()
            font.setPointSizeF(size * scale)
            legend.rstyle(style).setFont(font)


def _feature_entries(layer) -> tuple:
    """Each feature's bounds (n × 4, NaN without geometry) and legend entry (index of its
    category, -1 for none) of a vector layer with a categorized or single-symbol renderer,
    read in bulk by QGIS's expression engine; (None, None) for any other layer."""
    renderer = layer.renderer() if isinstance(layer, QgsVectorLayer) else None
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        categories = renderer.categories()
        values, ok = QgsVectorLayerUtils.getValues(layer, renderer.classAttribute())
        if not ok:
            return None, None
        index = {_category_text(c.value()): i for i, c in enumerate(categories)}
        other = index.get("", -1)  # the category of all other values, if any
        keys = pd.Series([_category_text(v) for v in values], dtype=object) \
            .map(index).fillna(other).to_numpy(dtype=int)
    elif isinstance(renderer, QgsSingleSymbolRenderer):
        keys = np.zeros(layer.featureCount(), dtype=int)
    else:
        return None, None
    bounds = np.column_stack([
        pd.to_numeric(pd.Series(QgsVectorLayerUtils.getValues(layer, f"{f}($geometry)")[0],
                                dtype=object), errors="coerce").to_numpy(dtype=float)
        for f in ("x_min", "y_min", "x_max", "y_max")]) if len(keys) else np.zeros((0, 4))
    return bounds, keys


def _category_text(value) -> str:
    """A category's value as QGIS matches it (its text; NULL and empty are « other »)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _keep_drawn(legend, drawn: dict):
    """The legend's own layer tree cut to the map's layers and, in each, to the entries
    ``drawn`` names (a layer without any is left out, as QGIS's filter by map does)."""
    legend.setAutoUpdateModel(False)  # the legend's own copy of the tree, cut below
    root = legend.model().rootGroup()
    for node in root.findLayers():
        if node.layerId() in drawn and drawn[node.layerId()] is None:
            continue  # a layer whose entries are not computed: whole
        entries = drawn.get(node.layerId()) or set()
        if not entries:
            node.parent().removeChildNode(node)
            continue
        count = len(legend.model().layerOriginalLegendNodes(node))
        if len(entries) < count:
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, sorted(entries))
            legend.model().refreshLayerLegend(node)


def _legend(layout, item, box, columns, page, drawn: dict):
    """The map's legend (only what it draws: ``drawn``, see MapProject.entries_drawn) in
    ``box``: more columns, then smaller text, until its measured size fits the box."""
    x, y, w, h = box
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setTitle(tr("Legend"))
    legend.setSymbolHeight(3)
    legend.setSymbolWidth(5)
    legend.setSplitLayer(True)
    legend.setWrapString("|")  # long labels carry their own break
    legend.setColumnCount(columns)
    _legend_text(legend, 1)
    layout.addLayoutItem(legend)
    _keep_drawn(legend, drawn)
    legend.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    tried = []
    for scale in (1, 0.85, 0.75, 0.65, 0.55):
        for n in (columns, columns + 1):
            size = _legend_size(legend, n, scale, context)
            if size.width() <= w and size.height() <= h:
                return legend
            tried.append((max(size.width() / w, size.height() / h), n, scale))
    _, n, scale = min(tried)  # nothing fits: the least overflow
    _legend_size(legend, n, scale, context)
    return legend


def _legend_size(legend, columns, scale, context):
    """The legend at ``columns`` and text ``scale``, sized to its contents (measured by
    QGIS's legend renderer, as the legend sizes itself when it paints)."""
    legend.setColumnCount(columns)
    _legend_text(legend, scale)
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    legend.attemptResize(QgsLayoutSize(size.width(), size.height(), MM))
    return legend.sizeWithUnits()


def extent_of(geoms, margin=0.08, minimum=200.0) -> QgsRectangle:
    x0, y0, x1, y1 = shapely.total_bounds(geoms)
    rect = QgsRectangle(x0, y0, x1, y1)
    rect.grow(max(rect.width(), rect.height(), minimum) * margin)
    return rect


def text_format(size, bold=False, colour="#000000") -> QgsTextFormat:
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(colour))
    return fmt


def new_label(layout) -> QgsLayoutItemLabel:
    """A layout label. Made in a background task (the dock's opinion and report), QGIS 3.22
    logs « Cannot load HTML based item label in background threads » for each one, though our
    labels are plain text: the message log hears nothing while the label is made there."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QThread

    if QThread.currentThread() == QCoreApplication.instance().thread():
        return QgsLayoutItemLabel(layout)
    log = QgsApplication.messageLog()
    was = log.blockSignals(True)
    try:
        return QgsLayoutItemLabel(layout)
    finally:
        log.blockSignals(was)


def _label(layout, text, x, y, w, h, size=10, bold=False, page=0, colour="#000000"):
    item = new_label(layout)
    item.setText(file_names(text))  # the atlas goes to the commune: no folder of this PC
    if hasattr(item, "setTextFormat"):  # QGIS ≥ 3.24
        item.setTextFormat(text_format(size, bold, colour))
    else:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setFontColor(QColor(colour))
    layout.addLayoutItem(item)
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    return item


def _table(layout, header, rows, x, y, w, h, page=0):
    table = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(table)
    columns = []
    for title in header:
        column = QgsLayoutTableColumn()
        column.setHeading(title)
        columns.append(column)
    table.setColumns(columns)
    table.setContents([[str(c) for c in r] for r in rows])
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptResize(QgsLayoutSize(w, h, MM))
    frame.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    table.addFrame(frame)
    return table


def _wrap_lines(lines, limit=MAX_ZONE_LINES, more="") -> str:
    shown = lines[:limit]
    if len(lines) > limit:
        shown.append(more.format(n=len(lines) - limit))
    return "\n\n".join(shown)


def export_atlas(maps: MapProject, path, dossier, zones: pd.DataFrame, zone_geoms: dict,
                 t: dict, feedback=None, overwrite=False) -> int:
    """The PDF atlas of one document. ``zones``: zones_bilan rows of the document with an
    ``insee`` column; ``zone_geoms``: fid → shapely geometry. Returns the page count."""
    layout = maps.layout()
    pages = layout.pageCollection()
    legal = split(prepared(dossier, t))[0]   # as the opinion words them, in its own voice
    legal = legal[legal["piece"] != "hors_document"]   # what the opinion leaves to the note
    maps.legends = []
    if maps.warning and feedback is not None:
        feedback.reportError(maps.warning, fatalError=False)
    _cover(layout, dossier, legal, t)
    # the maps' sources: only the data used, then the inputs set aside and why
    source = " ".join([source_line(used_inputs(dossier.inputs, dossier.findings), t,
                                   dossier.date_document, maps.basemap_name)]
                      + set_aside_sentences(dossier.inputs, dossier.findings, t)).strip()
    # overview
    pages.addPage(_page(layout))
    overview = extent_of(list(zone_geoms.values()))
    _label(layout, t["overview_caption"], 12, 8, 270, 8, 13, True, page=1)
    maps.add_map(layout, overview, 10, 18, 175, 180, page=1, legend_box=(189, 18, 103, 180),
                 source=source)
    # one page per zone with findings, grouped by commune
    todo = zones[zones["n_findings"] > 0].sort_values(["insee", "libelle"])
    single = getattr(dossier, "commune", "") if len(set(zones["insee"])) <= 1 else ""
    plui = getattr(dossier, "plui", None)
    names = plui.communes.names if plui is not None and plui.communes is not None else {}
    for _, zone in todo.iterrows():
        if feedback is not None:
            if feedback.isCanceled():
                raise ScanUrbaError(tr("Cancelled."))
        page = pages.pageCount()
        pages.addPage(_page(layout))
        label = str(zone["libelle"])
        # « Commune de Pezou (41175) », « Commune de code INSEE 41175 » without a name
        commune = single or (commune_words(zone["insee"], names, t) if zone["insee"] else "")
        _label(layout, f"{commune} – {t['zone_caption'].format(zone=label)}".strip(" –"),
               12, 8, 270, 8, 13, True, page=page)
        geom = zone_geoms.get(zone["fid"])
        if geom is None:
            continue
        maps.add_map(layout, extent_of([geom], 0.3), 10, 18, 160, 180, page=page,
                     legend_box=(174, 104, 113, 94), columns=2, highlight=zone["fid"],
                     source=source)
        text = _zone_text(legal, zone, t)
        _label(layout, text, 174, 18, 110, 84, fitted_size(text, 110, 84), page=page)
    with atomic_path(path, overwrite) as tmp:
        result = QgsLayoutExporter(layout).exportToPdf(str(tmp), text_settings())
        if result != QgsLayoutExporter.ExportResult.Success:
            raise ScanUrbaError(tr("The PDF atlas {path} could not be written.", path=path))
    maps.legend_boxes = [legend_box(legend) for legend in maps.legends]  # as exported
    return pages.pageCount()


def legend_box(legend) -> tuple:
    """(x, y, width, height) of a legend on its page, in mm, and the page's (width,
    height)."""
    at, size = legend.pagePositionWithUnits(), legend.sizeWithUnits()
    page = legend.layout().pageCollection().page(legend.page()).pageSize()
    return (at.x(), at.y(), size.width(), size.height()), (page.width(), page.height())


def zone_findings(findings: pd.DataFrame, zone) -> pd.DataFrame:
    """The findings on one zone: by its feature id when the finding names the zone layer's
    feature (labels repeat: a PLU has many 1AU), else by label."""
    by_id = findings["source_id"].astype(str) == str(zone["fid"]) \
        if "source_id" in findings else None
    zone_layer = findings.get("source_layer", pd.Series("", index=findings.index)) \
        .astype(str).str.contains("ZONE_URBA")
    if by_id is not None:
        return findings[by_id & zone_layer]
    return findings[findings["libelle"].astype(str) == str(zone["libelle"])]


def _page(layout):
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    return page


def _sentence(text) -> str:
    text = " ".join(str(text or "").split())
    return text if not text or text[-1] in ".!?…»" else text + "."


def _zone_quote(zone, t) -> str:
    citation = zone.get("reglement_citation")
    if isinstance(citation, str) and citation.strip():
        page = zone.get("reglement_page")
        piece = t["piece_short"]["reglement_ecrit"]
        source = t["quote_source"].format(piece=piece, page=int(page)) if pd.notna(page) \
            else t["quote_source_nopage"].format(piece=piece)
        return f"{t['zone_quote_intro'].format(zone=zone['libelle'])} « {citation.strip()} » {source}"
    return ""


def _zone_text(legal, zone, t) -> str:
    """The findings on the zone in sentences, the règlement's words first (quoted once)."""
    rows = zone_findings(legal, zone)
    quoted = str(zone.get("reglement_citation") or "").strip()
    lines = [f"{t['avis'][r['avis']]} – "
             + _sentence(without_quote(r["message"], r["citation"])
                         if quoted and str(r["citation"] or "").strip() == quoted else r["message"])
             + (f"\n{t['basis'].format(article=r['article'], force=t['force'].get(r['force'], ''))}"
                if r["article"] else "") for _, r in rows.iterrows()]
    quote = _zone_quote(zone, t)
    if quote:
        lines.insert(0, quote)
    return _wrap_lines(lines, more=tr("… and {n} more: see the opinion."))


def fitted_size(text: str, width_mm: float, height_mm: float) -> float:
    """The largest of ZONE_TEXT_SIZES at which ``text`` fits its box, by an estimate of the
    wrapped lines (an average glyph is half an em wide, a line 1.2 em high); the smallest
    when none does (the text then stops at MAX_ZONE_LINES findings, « … see the opinion »)."""
    for size in ZONE_TEXT_SIZES:
        em = size * 25.4 / 72
        per_line = max(1, int(width_mm / (0.5 * em)))
        lines = sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))
        if lines * 1.2 * em <= height_mm:
            return size
    return ZONE_TEXT_SIZES[-1]


def cover_lines(dossier, t: dict) -> list[str]:
    """What the cover names: the Département, the document and its commune, the
    procedure, and its dates (from the act when the opinion decided it, else from the
    dossier's own dates)."""
    a = t["atlas"]
    voice, act = getattr(dossier, "voice", None), getattr(dossier, "act", None)
    departement = getattr(voice, "departement", "") or dossier.departement or \
        t["departement_default"]
    kind = doc_type(dossier.idurba)
    doc = t["doc_types"].get(kind, kind) or t["doc_types"]["PLU"]
    who = issuer(dossier, t)   # the commune, or a PLUi's EPCI and the communes it covers
    # one commune's part of a PLUi: said on the cover, after the PLUi it is an extract of
    document = a["cover_document"].format(doc=doc, of_body=who.of_short, covering="") + \
        extract_suffix(dossier, t) if getattr(dossier, "extract", "") else \
        a["cover_document"].format(doc=doc, of_body=who.of_short, covering=who.covering_short)
    code = getattr(act, "procedure", "") or dossier.procedure
    procedure = t["procedures"].get(code, code) + (f" n° {act.number}" if getattr(
        act, "number", "") else "")
    # the act's dates once decided (an approved plan sets the typed arrêt and receipt aside)
    dated = act if act is not None else dossier
    dates = {"begun": getattr(act, "date_begun", None),
             "arret": dated.date_arret, "receipt": dated.date_receipt,
             "approval": getattr(act, "date_approval", None)}
    opinion = act is None or getattr(act, "opinion", True)
    dates["deadline"] = (getattr(act, "deadline", None) if act is not None else
                         templates.opinion_deadline(dossier.date_receipt)) if opinion else None
    if not dates["approval"]:
        dates["document"] = dossier.date_document
    words = [a["cover_dates"][k].format(date=templates.date_words(v, t))
             for k, v in dates.items() if v]
    lines = [departement, document]
    if procedure:
        lines.append(a["cover_procedure"].format(procedure=procedure))
    return lines + [" — ".join(words[:3])] + ([" — ".join(words[3:])] if words[3:] else [])


def _cover(layout, dossier, legal, t):
    _label(layout, t["atlas"]["cover_title"], 12, 12, 270, 12, 20, True, colour="#1f4e79")
    _label(layout, "\n".join(cover_lines(dossier, t)), 12, 26, 270, 26, 10.5)
    if not getattr(dossier, "final", False):
        _label(layout, t["draft_banner"], 12, 53, 270, 6, 9, True, colour="#c00000")
    header = [t["summary_piece"]] + [t["avis_plural"][a] for a in AVIS] + [t["summary_total"]]
    rows = summary_rows(legal, bool(getattr(getattr(dossier, "act", None), "opinion", False)), t)
    _label(layout, t["summary_heading"], 12, 61, 200, 8, 13, True)
    _table(layout, header, rows, 12, 71, 200, 70)

