"""Maps of the opinion (PNG, drawn with QGIS print layouts) and the PDF atlas that explains
itself: cover with the summary table, overview map, then per zone (grouped by commune) the
map, the findings in sentences, the règlement quote and page, and the opportunities.

Layers carry names a person reads; zones are coloured "with findings" / "without remark"
(never "conforme": no rule says a zone complies); findings by avis when the column exists.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import shapely
from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsCategorizedSymbolRenderer,
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
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.atomic import atomic_path
from ..core.avis import templates
from ..core.avis.document import doc_type, opportunity_sentence
from ..core.avis.findings import AVIS, PIECES, split
from ..core.errors import ScanUrbaError
from ..core.french import file_names
from ..core.i18n import tr

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
AVIS_COLOURS = {"reserve": "#c00000", "recommandation": "#ed7d31", "observation": "#bf9000",
                "information": "#2e75b6"}
DRAWN = ("opportunites", "findings_pct", "findings_lin", "points_hauts_bilan", "travaux",
         "cheminements", "emplacements_reserves", "findings_surf", "zones_bilan")
MAX_ZONE_LINES = 5


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
            symbol.setOpacity(0.35)
        layer.setRenderer(QgsCategorizedSymbolRenderer("'finding'", [
            QgsRendererCategory("finding", symbol, tr("Finding"))]))
        return
    cats = []
    for avis in AVIS:
        symbol = QgsSymbol.defaultSymbol(geometry)
        symbol.setColor(QColor(AVIS_COLOURS[avis]))
        if geometry == QgsWkbTypes.GeometryType.PolygonGeometry:
            symbol.setOpacity(0.35)
        cats.append(QgsRendererCategory(avis, symbol, t["avis"][avis]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("avis", cats))


class MapProject:
    """Readable copies of the scan's layers in a private project (never the user's)."""

    def __init__(self, layers: dict, lang="fr"):
        self.project = QgsProject()
        self.project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
        titles, t = layer_titles(), templates.load(lang)
        self.layers = []
        for name in DRAWN:
            if name not in layers:
                continue
            copy = layers[name].clone()
            copy.setName(titles[name])
            copy.setLabelsEnabled(False)  # labels of the styles show identifiers
            copy.setCustomProperty("scan_urba", name)
            if name == "zones_bilan":
                _zones_renderer(copy)
            elif name.startswith("findings_"):
                _findings_renderer(copy, t)
            self.layers.append(copy)
        self.project.addMapLayers(self.layers)
        self.zones = None

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
            shape.fromWkb(shapely.to_wkb(geometry))
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

    def add_map(self, layout, extent: QgsRectangle, x, y, w, h, page=0, legend_at=None,
                columns=1, highlight=None):
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
        scale = QgsLayoutItemScaleBar(layout)
        scale.setStyle("Single Box")
        scale.setLinkedMap(item)
        numbers = QgsBasicNumericFormat()  # « 1 000 m », not "1,000 m"
        numbers.setShowThousandsSeparator(True)
        numbers.setThousandsSeparator("\u202f")
        numbers.setDecimalSeparator(",")
        scale.setNumericFormat(numbers)
        scale.applyDefaultSize()
        layout.addLayoutItem(scale)
        scale.attemptMove(QgsLayoutPoint(x + 2, y + h - 12, MM), page=page)
        if legend_at is not None:
            legend = QgsLayoutItemLegend(layout)
            legend.setLinkedMap(item)
            legend.setLegendFilterByMapEnabled(True)  # only what this map shows
            legend.setTitle(tr("Legend"))
            legend.setSymbolHeight(3)
            legend.setSymbolWidth(5)
            legend.setColumnCount(columns)
            legend.setSplitLayer(True)
            for style, size in ((QgsLegendStyle.Style.Title, 9), (QgsLegendStyle.Style.Group, 7),
                                (QgsLegendStyle.Style.Subgroup, 7),
                                (QgsLegendStyle.Style.SymbolLabel, 6.5)):
                if hasattr(legend.rstyle(style), "setTextFormat"):  # QGIS ≥ 3.30
                    legend.rstyle(style).setTextFormat(text_format(size))
                else:
                    font = legend.style(style).font()
                    font.setPointSizeF(size)
                    legend.rstyle(style).setFont(font)
            layout.addLayoutItem(legend)
            legend.attemptMove(QgsLayoutPoint(*legend_at, MM), page=page)
        return item

    def image(self, extent: QgsRectangle, path, dpi=110, highlight=None):
        """A landscape map with its legend and scale bar, as a PNG for the opinion."""
        layout = QgsPrintLayout(self.project)
        layout.initializeDefaults()
        layout.pageCollection().page(0).setPageSize(QgsLayoutSize(270, 150, MM))
        self.add_map(layout, extent, 1, 1, 160, 148, legend_at=(163, 2), columns=2,
                     highlight=highlight)
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
        if result != QgsLayoutExporter.ExportResult.Success or not Path(path).exists():
            raise ScanUrbaError(tr("The map {path} could not be drawn.", path=path))
        return str(path)


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
                 opportunities: pd.DataFrame | None, t: dict, feedback=None,
                 overwrite=False) -> int:
    """The PDF atlas of one document. ``zones``: zones_bilan rows of the document with an
    ``insee`` column; ``zone_geoms``: fid → shapely geometry. Returns the page count."""
    layout = maps.layout()
    pages = layout.pageCollection()
    legal = split(dossier.findings)[0]
    title = f"{t['title']} – {tr('atlas')}"
    departement = dossier.departement or t["departement_default"]
    _label(layout, title, 12, 12, 270, 12, 20, True, colour="#1f4e79")
    kind = t["doc_types"].get(doc_type(dossier.idurba), doc_type(dossier.idurba))
    deadline = templates.opinion_deadline(dossier.date_receipt)
    i = t["identity"]
    ident = [departement, t["doc_label"].format(type=kind, idurba=dossier.idurba),
             f"{i['communes']} : " + (", ".join(sorted(set(dossier.communes)))[:300]
                                      or i["not_given"]),
             f"{i['date_receipt']} : {templates.date_words(dossier.date_receipt, t) or i['not_given']}"
             f" — {i['deadline']} : {templates.date_words(deadline, t) or i['not_given']}"]
    _label(layout, "\n".join(ident), 12, 26, 270, 24, 10.5)
    _label(layout, t["draft_banner"], 12, 52, 270, 6, 9, True, colour="#c00000")
    header = [t["summary_piece"]] + [t["avis_plural"][a] for a in AVIS] + [t["summary_total"]]
    rows = []
    for piece in PIECES:
        sub = legal[legal["piece"] == piece]
        rows.append([t["piece_short"][piece]] + [int((sub["avis"] == a).sum()) for a in AVIS]
                    + [len(sub)])
    _label(layout, t["summary_heading"], 12, 60, 200, 8, 13, True)
    _table(layout, header, rows, 12, 70, 200, 70)
    n_opp = 0 if opportunities is None else len(opportunities)
    _label(layout, t["atlas_opp"].format(n=n_opp) if n_opp else t["opp_none"], 12, 150, 270,
           10, 10)
    # overview
    pages.addPage(_page(layout))
    overview = extent_of(list(zone_geoms.values()))
    _label(layout, t["overview_caption"], 12, 8, 270, 8, 13, True, page=1)
    maps.add_map(layout, overview, 10, 18, 200, 185, page=1, legend_at=(214, 18))
    # one page per zone with findings, grouped by commune
    todo = zones[zones["n_findings"] > 0].sort_values(["insee", "libelle"])
    for _, zone in todo.iterrows():
        if feedback is not None:
            if feedback.isCanceled():
                raise ScanUrbaError(tr("Cancelled."))
        page = pages.pageCount()
        pages.addPage(_page(layout))
        label = str(zone["libelle"])
        commune = tr("Commune {insee}", insee=zone["insee"]) if zone["insee"] else ""
        _label(layout, f"{commune} – {t['zone_caption'].format(zone=label)}".strip(" –"),
               12, 8, 270, 8, 13, True, page=page)
        geom = zone_geoms.get(zone["fid"])
        if geom is None:
            continue
        maps.add_map(layout, extent_of([geom], 0.3), 10, 18, 160, 185, page=page,
                     legend_at=(174, 104), columns=2, highlight=zone["fid"])
        rows = zone_findings(legal, zone)
        lines = [f"{t['avis'][r['avis']]} – {_sentence(r['message'])}"
                 + (f"\n{t['basis'].format(article=r['article'], force=t['force'].get(r['force'], ''))}"
                    if r["article"] else "") for _, r in rows.iterrows()]
        quote = _zone_quote(zone, t)
        if quote:
            lines.insert(0, quote)
        if opportunities is not None and len(opportunities):
            near = opportunities[(opportunities["need_id"].astype(str) == label)
                                 | (opportunities["works_id"].astype(str) == label)]
            lines += [opportunity_sentence(o, t) for _, o in near.iterrows()]
        _label(layout, _wrap_lines(lines, more=tr("… and {n} more: see the opinion.")),
               174, 18, 110, 84, 8, page=page)
    with atomic_path(path, overwrite) as tmp:
        result = QgsLayoutExporter(layout).exportToPdf(str(tmp), text_settings())
        if result != QgsLayoutExporter.ExportResult.Success:
            raise ScanUrbaError(tr("The PDF atlas {path} could not be written.", path=path))
    return pages.pageCount()


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
