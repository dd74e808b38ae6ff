"""The layers the atlas draws besides the scan's own: the plan's prescriptions the findings
rest on (EBC, L151-19/L151-23 elements, L151-40 sector, R151-49 servicing obligation), the
zones' labels, and the basemap the user already has in QGIS (named in the settings).

Prescriptions are read where the scan read them (its input records), styled by type with
one categorized renderer: QGIS draws them, no feature is touched in Python."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLabelingEngineSettings,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

# CNIG TYPEPSC drawn (the findings cite them), with colour and a symbol per geometry.
TYPES = {"01": "#2e7d32", "07": "#6a8f00", "27": "#7030a0", "47": "#1f4e79"}
_FILLS = {"01": "b_diagonal", "07": "f_diagonal", "27": "no", "47": "no"}
_MARKERS = {"01": "circle", "07": "triangle", "27": "square", "47": "diamond"}
_DASH = {"01": "solid", "07": "dash", "27": "dash", "47": "dot"}
TYPE_EXPRESSION = "lpad(to_string(\"TYPEPSC\"), 2, '0')"  # TYPEPSC is text or integer
LABEL_MAX_SCALE = 60000  # zone labels from 1/60 000 on: readable, not a crowd


def _symbol(kind: str, code: str):
    colour = TYPES[code]
    if kind == "surf":
        return QgsFillSymbol.createSimple({"color": colour, "style": _FILLS[code],
                                           "outline_color": colour, "outline_width": "0.6",
                                           "outline_style": _DASH[code]})
    if kind == "lin":
        return QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.9",
                                           "line_style": _DASH[code]})
    return QgsMarkerSymbol.createSimple({"name": _MARKERS[code], "color": colour,
                                         "outline_color": "#ffffff", "outline_width": "0.3",
                                         "size": "3"})


def prescription_layers(inputs: list, t: dict) -> list:
    """One styled layer per PRESCRIPTION_SURF/LIN/PCT file of the scan's plan inputs that
    QGIS can still open; points on top."""
    words = t["atlas"]["prescriptions"]
    found = {}
    for item in inputs:
        name = str(item.get("layer", "")).upper()
        for kind in ("pct", "lin", "surf"):
            if item.get("input") == "plan" and f"PRESCRIPTION_{kind.upper()}" in name:
                found.setdefault(kind, []).append(str(item.get("path", "")))
    layers = []
    for kind in ("pct", "lin", "surf"):
        for path in found.get(kind, []):
            layer = QgsVectorLayer(path, words[kind], "ogr")
            if not layer.isValid() or layer.fields().indexOf("TYPEPSC") < 0:
                continue
            layer.setRenderer(QgsCategorizedSymbolRenderer(TYPE_EXPRESSION, [
                QgsRendererCategory(code, _symbol(kind, code), words[code]) for code in TYPES]))
            layer.setCustomProperty("scan_urba", f"prescriptions_{kind}")
            layers.append(layer)
    return layers


def label_zones(layer, field="libelle"):
    """The zone's name (UA, 1AU…) inside it, on a white halo, only where it fits and from
    1/60 000 on. QGIS keeps labels apart by their text's box, halo left out: the labels
    drawn beside the zones' names (reserved sites, opportunities: resources/styles) are framed
    by blanks in their box, two halos wide, so that « ER n° 1 » is never printed against
    « 1AU »; the names themselves are not, to fit small zones."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.placement = QgsPalLayerSettings.Placement.Horizontal
    settings.fitInPolygonOnly = True
    settings.scaleVisibility = True
    settings.minimumScale = LABEL_MAX_SCALE
    settings.maximumScale = 0
    fmt = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(True)
    fmt.setFont(font)
    fmt.setSize(7.5)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor("#202020"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def labeling_engine() -> QgsLabelingEngineSettings:
    """The labeling of every map Scan Urba draws: each label whole inside the map (no label
    cut at its frame), none drawn over another (QGIS's own rule, kept: no layer shows all its
    labels), the unplaced ones left out."""
    engine = QgsLabelingEngineSettings()
    engine.setFlag(QgsLabelingEngineSettings.Flag.UsePartialCandidates, False)
    engine.setFlag(QgsLabelingEngineSettings.Flag.DrawUnplacedLabels, False)
    engine.setFlag(QgsLabelingEngineSettings.Flag.UseAllLabels, False)
    return engine


def basemap_layer(name: str):
    """(clone of the basemap, its name) from the user's QGIS project by layer name, else
    from a file path; (None, name) when neither exists."""
    name = (name or "").strip()
    if not name:
        return None, ""
    found = QgsProject.instance().mapLayersByName(name)
    if found:
        return found[0].clone(), name
    path = Path(name)
    if path.is_file():
        layer = QgsRasterLayer(str(path), path.stem)
        if not layer.isValid():
            layer = QgsVectorLayer(str(path), path.stem, "ogr")
        if layer.isValid():
            return layer, path.stem
    return None, name
