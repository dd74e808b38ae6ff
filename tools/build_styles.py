"""Generate the QML styles of the result layers into resources/styles (top level).

Run with the venv's python (QGIS needed): .venv/bin/python tools/build_styles.py
The QML files are committed; this script documents how they were made.
"""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "styles"
AVIS = [("reserve", "#c0392b", "Réserve"), ("recommandation", "#e67e22", "Recommandation"),
        ("observation", "#f1c40f", "Observation"), ("information", "#3498db", "Information")]
STATUS = [("reserve", "#c0392b", "Réserve"), ("recommandation", "#e67e22", "Recommandation"),
          ("observation", "#f1c40f", "Observation"),
          ("sans_observation", "#27ae60", "Sans observation"),
          ("non_concernee", "#bdc3c7", "Non concernée"), ("non_evalue", "#95a5a6", "Non évalué")]
KINDS = [("travaux_programmes", "#8e44ad", "Travaux programmés"), ("er_voirie", "#16a085", "ER voirie"),
         ("zone_au", "#d35400", "Zone AU"), ("effacement", "#2c3e50", "Effacement"),
         ("liaison_manquante", "#e84393", "Liaison manquante")]
# Findings are styled by the opinion's word (avis); data-quality findings share the colours.

# The plan's own ER number ("ER n°2"), never the GPU identifier.
ER_LABEL = ("CASE WHEN coalesce(\"numero\", '') <> '' THEN 'ER n°' || \"numero\" "
            "ELSE 'ER' END")
WORKING_SCALE = 50000  # rank labels from a commune's scale inwards (1:50 000)


def categorized(field, values, make):
    cats = [QgsRendererCategory(value, make(color), label) for value, color, label in values]
    return QgsCategorizedSymbolRenderer(field, cats)


def fill(color, alpha=110, outline=None):
    c = QColor(color)
    return QgsFillSymbol.createSimple({"color": f"{c.red()},{c.green()},{c.blue()},{alpha}",
                                       "outline_color": outline or color, "outline_width": "0.5"})


def label(layer, expression, size=8, max_scale_denominator=None):
    """Labels from an expression; with a scale limit, shown only from that scale inwards
    (working scales: a commune or closer), always with a white halo so they read on symbols."""
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.centroidInside = True  # ring-shaped zones keep their label on themselves
    fmt = QgsTextFormat()
    fmt.setSize(size)
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(0.8)
    halo.setColor(QColor("white"))
    fmt.setBuffer(halo)
    settings.setFormat(fmt)
    if layer.geometryType() == QgsWkbTypes.GeometryType.LineGeometry:
        settings.placement = QgsPalLayerSettings.Placement.Horizontal  # short lines too
    settings.displayAll = False  # crowded labels give way (no « n°n°2 » where ranks meet)
    if max_scale_denominator:
        settings.scaleVisibility = True
        settings.minimumScale = max_scale_denominator  # QGIS: the most zoomed-out scale
        settings.maximumScale = 0
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def save(name, geometry, renderer, labelling=None, label_scale=None):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2154", name, "memory")
    layer.setRenderer(renderer)
    if labelling:
        label(layer, labelling, max_scale_denominator=label_scale)
    OUT.mkdir(parents=True, exist_ok=True)
    message, ok = layer.saveNamedStyle(str(OUT / f"{name}.qml"))
    assert ok, message
    print(OUT / f"{name}.qml")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    save("findings_surf", "MultiPolygon",
         categorized("avis", AVIS, lambda c: fill(c, 60)))
    save("findings_lin", "MultiLineString", categorized(
        "avis", AVIS, lambda c: QgsLineSymbol.createSimple({"color": c, "width": "1.2"})))
    save("findings_pct", "Point", categorized(
        "avis", AVIS, lambda c: QgsMarkerSymbol.createSimple(
            {"name": "triangle", "color": c, "size": "4", "outline_color": "#222222"})))
    save("zones_bilan", "MultiPolygon", categorized("status", STATUS, lambda c: fill(c, 70)),
         '"libelle"', label_scale=WORKING_SCALE)
    save("opportunites", "MultiLineString", categorized(
        "kind", KINDS, lambda c: QgsLineSymbol.createSimple(
            {"color": c, "width": "1.8", "capstyle": "round"})),
         "concat('n°', \"rang\")", label_scale=WORKING_SCALE)
    save("points_hauts_bilan", "Point", categorized(
        "CASE WHEN \"fibred\" IS NULL THEN 'inconnu' WHEN \"fibred\" THEN 'fibre' "
        "ELSE 'a_fibrer' END",
        [("fibre", "#27ae60", "Fibré"), ("a_fibrer", "#c0392b", "À fibrer"),
         ("inconnu", "#7f8c8d", "Inconnu")],
        lambda c: QgsMarkerSymbol.createSimple({"name": "star", "color": c, "size": "5",
                                                "outline_color": "#222222"})))
    save("emplacements_reserves", "MultiPolygon", QgsCategorizedSymbolRenderer("stypepsc", [
        QgsRendererCategory("01", fill("#16a085", 90), "05-01 voies publiques"),
        QgsRendererCategory("02", fill("#2980b9", 90), "05-02 ouvrages publics"),
        QgsRendererCategory("03", fill("#8e44ad", 90), "05-03 intérêt général"),
        QgsRendererCategory("", fill("#95a5a6", 90), "autres")]), ER_LABEL,
         label_scale=WORKING_SCALE)
    save("cheminements", "MultiLineString", categorized(
        "progress", [("existant", "#1f6fb2", "Existant"), ("a_creer", "#9b59b6", "À créer"),
                     ("en_travaux", "#e67e22", "En travaux")],
        lambda c: QgsLineSymbol.createSimple({"color": c, "width": "0.6"})))
    save("travaux", "MultiLineString", categorized(
        "nature", [("voirie", "#7f8c8d", "Voirie"), ("eau", "#3498db", "Eau"),
                   ("assainissement", "#795548", "Assainissement"), ("gaz", "#f1c40f", "Gaz"),
                   ("electricite", "#e74c3c", "Électricité"), ("effacement", "#34495e", "Effacement"),
                   ("eclairage", "#f39c12", "Éclairage"), ("telecom", "#9b59b6", "Télécom")],
        lambda c: QgsLineSymbol.createSimple({"color": c, "width": "3.2", "line_style": "dot"})))
    save("inventaire_cheminement", "LineString", categorized(
        "cm_typ_imp", [("7", "#1f6fb2", "7 – Conduite"), ("0", "#e67e22", "0 – Aérien télécom"),
                       ("1", "#d35400", "1 – Aérien énergie"), ("2", "#8e44ad", "2 – Façade"),
                       ("4", "#795548", "4 – Pleine terre")],
        lambda c: QgsLineSymbol.createSimple({"color": c, "width": "0.8"})), '"cm_code"')
    save("inventaire_noeud", "Point", categorized(
        "nd_type", [("PT", "#2c3e50", "Point technique"), ("ST", "#c0392b", "Site technique"),
                    ("SE", "#8e44ad", "Site émission"), ("SF", "#27ae60", "Site utilisateur")],
        lambda c: QgsMarkerSymbol.createSimple({"name": "square", "color": c, "size": "2.5"})))
    app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
