"""The layers of a scan GeoPackage as a person reads them: styled with the QML of resources/,
named and with field aliases in the user's language, in one group per plan that a re-run
replaces. The dock and the Processing toolbox load results through the same post-processor."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from qgis.core import (
    QgsEditorWidgetSetup,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayerType,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from ..core import french
from ..core.errors import ScanUrbaError
from ..core.i18n import QT_TR_NOOP, tr
from ..resources_paths import style_path
from .gpkg_index import repair_result
from .layers import layer_names

TABLE = "scan_urba/table"  # custom property: the GeoPackage table a layer shows
GROUP_PREFIX = "Scan Urba – "

# Drawing order, top first, with the name a person reads; findings_document,
# reglement_dispositions and run_info are tables (no geometry).
TITLES = {
    "opportunites": QT_TR_NOOP("Sharing opportunities"),
    "findings_pct": QT_TR_NOOP("Findings – points"),
    "findings_lin": QT_TR_NOOP("Findings – lines"),
    "points_hauts_bilan": QT_TR_NOOP("Antenna sites"),
    "travaux": QT_TR_NOOP("Planned works"),
    "cheminements": QT_TR_NOOP("Duct routes"),
    "emplacements_reserves_pct": QT_TR_NOOP("Reserved sites – points"),
    "emplacements_reserves_lin": QT_TR_NOOP("Reserved sites – lines"),
    "emplacements_reserves": QT_TR_NOOP("Reserved sites"),
    "findings_surf": QT_TR_NOOP("Findings – zones"),
    "zones_bilan": QT_TR_NOOP("Zone summary"),
    "findings_document": QT_TR_NOOP("Findings without a place on the map"),
    "reglement_dispositions": QT_TR_NOOP("Règlement provisions by zone"),
    "run_info": QT_TR_NOOP("Scan parameters and inputs"),
}
RESULT_LAYERS = tuple(TITLES)
EXPANDED = ("opportunites", "zones_bilan")  # legends shown open in the layers panel
STYLE_OF = {"emplacements_reserves_pct": "emplacements_reserves",
            "emplacements_reserves_lin": "emplacements_reserves"}

# Fields holding codes the attribute table shows in words (core.report.LABELS).
CODED = ("avis", "force", "piece", "status", "kind", "need")

# One alias per output field, the same wherever the field appears.
ALIASES = {
    "finding_id": QT_TR_NOOP("Finding no."), "rule_id": QT_TR_NOOP("Rule"),
    "article": QT_TR_NOOP("Article"), "severity": QT_TR_NOOP("Severity"),
    "portee": QT_TR_NOOP("Scope"), "insee": QT_TR_NOOP("INSEE code"),
    "idurba": QT_TR_NOOP("Plan (IDURBA)"), "source_layer": QT_TR_NOOP("Source layer"),
    "source_id": QT_TR_NOOP("Source feature"), "field": QT_TR_NOOP("Field"),
    "libelle": QT_TR_NOOP("Label"), "message": QT_TR_NOOP("Message"),
    "metric": QT_TR_NOOP("Measure"), "metric_unit": QT_TR_NOOP("Unit"),
    "suggestion": QT_TR_NOOP("What the opinion may say"),
    "zone_id": QT_TR_NOOP("Zone"), "typezone": QT_TR_NOOP("Zone type"),
    "area_m2": QT_TR_NOOP("Area (m²)"),
    "served_share_existing": QT_TR_NOOP("Share served by existing ducts"),
    "served_share_planned": QT_TR_NOOP("Share served by planned ducts"),
    "has_27_00": QT_TR_NOOP("Digital sector 27-00"), "has_47_05": QT_TR_NOOP("Rule 47-05"),
    "n_findings": QT_TR_NOOP("Number of findings"), "status": QT_TR_NOOP("Status"),
    "sup_id": QT_TR_NOOP("ANFR support no."), "operators": QT_TR_NOOP("Operators"),
    "owner": QT_TR_NOOP("Owner"), "nature": QT_TR_NOOP("Nature"),
    "cluster_id": QT_TR_NOOP("Pooling cluster"), "zone_typezone": QT_TR_NOOP("Zone type"),
    "fibred": QT_TR_NOOP("Fibred"), "distance_to_fibre_m": QT_TR_NOOP("Distance to fibre (m)"),
    "sensitive": QT_TR_NOOP("Sensitive site"), "planned": QT_TR_NOOP("Planned site"),
    "id": QT_TR_NOOP("Identifier"), "numero": QT_TR_NOOP("Reserved site no."),
    "layer": QT_TR_NOOP("Plan table"), "typepsc": QT_TR_NOOP("Prescription type"),
    "stypepsc": QT_TR_NOOP("Prescription subtype"), "type": QT_TR_NOOP("Purpose"),
    "route_id": QT_TR_NOOP("Route"), "implantation_label": QT_TR_NOOP("Implantation"),
    "progress": QT_TR_NOOP("Progress"), "n_ducts": QT_TR_NOOP("Ducts"),
    "n_free": QT_TR_NOOP("Free ducts"), "length_m": QT_TR_NOOP("Length (m)"),
    "works_id": QT_TR_NOOP("Works"), "maitre_ouvrage": QT_TR_NOOP("Project owner"),
    "nature_source": QT_TR_NOOP("Nature as delivered"), "date_debut": QT_TR_NOOP("Start date"),
    "date_fin": QT_TR_NOOP("End date"), "date_declaration": QT_TR_NOOP("Declaration date"),
    "etat": QT_TR_NOOP("State"), "opp_id": QT_TR_NOOP("Opportunity"),
    "kind": QT_TR_NOOP("Kind"), "need": QT_TR_NOOP("Need"), "need_id": QT_TR_NOOP("Need id"),
    "works_length_m": QT_TR_NOOP("Works length (m)"),
    "en_agglomeration": QT_TR_NOOP("In built-up area"),
    "l49_seuil_m": QT_TR_NOOP("L49 threshold (m)"), "l49_eligible": QT_TR_NOOP("L49 applies"),
    "date_limite_l49": QT_TR_NOOP("L49 deadline"),
    "cout_unitaire_eur_m": QT_TR_NOOP("Unit cost (€/m)"),
    "cout_min_eur": QT_TR_NOOP("Trench cost, low (€)"),
    "cout_max_eur": QT_TR_NOOP("Trench cost, high (€)"), "partenaires": QT_TR_NOOP("Partners"),
    "besoins": QT_TR_NOOP("Needs"), "agglomeration_notion": QT_TR_NOOP("Agglomération (D407-4)"),
    "l49_sous_reserve": QT_TR_NOOP("L49 if in an agglomération"),
    "formalites": QT_TR_NOOP("L151-23 element crossed"),
    "base_legale": QT_TR_NOOP("Legal basis"), "score": QT_TR_NOOP("Score"),
    "rang": QT_TR_NOOP("Rank"), "key": QT_TR_NOOP("Item"), "value": QT_TR_NOOP("Value"),
    "famille": QT_TR_NOOP("Family"), "avis": QT_TR_NOOP("Opinion"),
    "force": QT_TR_NOOP("Legal force"), "piece": QT_TR_NOOP("Part of the plan"),
    "reference": QT_TR_NOOP("Reference"), "citation": QT_TR_NOOP("Quoted text"),
    "page": QT_TR_NOOP("Page"), "zone_amii": QT_TR_NOOP("AMII zone"),
    "reglement_niveau": QT_TR_NOOP("Règlement: provision"),
    "reglement_page": QT_TR_NOOP("Règlement: page"),
    "reglement_citation": QT_TR_NOOP("Règlement: quoted text"),
    "cout_unitaire_min_eur_m": QT_TR_NOOP("Unit cost, low (€/m)"),
    "cout_unitaire_max_eur_m": QT_TR_NOOP("Unit cost, high (€/m)"),
    "niveau": QT_TR_NOOP("Provision"),
    "source": QT_TR_NOOP("Source file"), "lisible": QT_TR_NOOP("Read"),
    "raison": QT_TR_NOOP("Why not read"),
    "fichier": QT_TR_NOOP("File of the piece"), "reperage": QT_TR_NOOP("How the chapter was found"),
}
PERCENT_ALIASES = {  # shares shown as percentages (show_percents)
    "served_share_existing": QT_TR_NOOP("Served by existing ducts (%)"),
    "served_share_planned": QT_TR_NOOP("Served by planned ducts (%)")}


def result_tables(gpkg) -> list[str]:
    """The scan's tables present in the file, in drawing order. A spatial index misaligned
    by an earlier version is rebuilt first, in place (the file is the plugin's own output;
    see gpkg_index.repair_result)."""
    present = set(layer_names(gpkg))
    if "zones_bilan" not in present:
        raise ScanUrbaError(tr("{path} is not a Scan Urba result (no zones_bilan layer).",
                               path=gpkg))
    if str(gpkg).lower().endswith(".gpkg"):
        repair_result(gpkg)
    return [name for name in RESULT_LAYERS if name in present]


def result_layers(gpkg) -> list[QgsVectorLayer]:
    """The scan's layers present in the file, in drawing order, each with its style
    (named by their table, for code that reads them)."""
    layers = []
    for name in result_tables(gpkg):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        apply_style(layer, name)
        layers.append(layer)
    return layers


def apply_style(layer: QgsVectorLayer, table: str) -> None:
    """The QML of the table (symbols, labels, scales) and the field aliases."""
    style = Path(style_path(STYLE_OF.get(table, table)))
    if style.exists():
        layer.loadNamedStyle(str(style))
    for index, field in enumerate(layer.fields()):
        if field.name() in ALIASES:
            layer.setFieldAlias(index, tr(ALIASES[field.name()]))
        if field.name() in CODED:
            show_words(layer, index)
    show_percents(layer)
    layer.setCustomProperty(TABLE, table)


def show_percents(layer: QgsVectorLayer) -> None:
    """A share (0 to 1, as computed) shown as a percentage in the attribute table: a virtual
    « … (%) » field beside it, the ratio itself hidden from the table (kept in the file)."""
    from qgis.core import QgsField

    from .compat import DOUBLE

    shares = [name for name in PERCENT_ALIASES if layer.fields().indexOf(name) >= 0
              and layer.fields().indexOf(name + "_pct") < 0]
    for name in shares:
        layer.addExpressionField(f'round("{name}" * 100, 1)', QgsField(name + "_pct", DOUBLE))
        layer.setFieldAlias(layer.fields().indexOf(name + "_pct"), tr(PERCENT_ALIASES[name]))
    if shares:
        config = layer.attributeTableConfig()
        config.update(layer.fields())
        columns = config.columns()
        for column in columns:
            column.hidden = column.name in shares
        config.setColumns(columns)
        layer.setAttributeTableConfig(config)


def show_words(layer: QgsVectorLayer, index: int) -> None:
    """The attribute table shows a coded field's values in words (« Réserve », « travaux
    programmés »), through a value map; the stored codes stay as they are."""
    from ..core.report import label

    words = [{label(code): code} for code in sorted(layer.uniqueValues(index), key=str)
             if isinstance(code, str) and code and label(code) != code]
    if words:
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": words}))


def layer_title(table: str) -> str:
    return tr(TITLES.get(table, table))


def group_name(plan_label: str, when: dt.date | None = None) -> str:
    return f"{GROUP_PREFIX}{plan_label} – {french.date(when or dt.date.today())}"


def replace_group(name: str, project: QgsProject | None = None, keep=()) -> QgsLayerTreeGroup:
    """A new group on top of the layer tree; the results of an earlier run of the same plan (a
    group with the same name up to the date) leave the project, but for the ``keep`` layers,
    moved into the new group (QGIS reuses a loaded layer when a run rewrites its file)."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    stem = name.rsplit(" – ", 1)[0] + " – "
    old_groups = [g for g in root.children() if isinstance(g, QgsLayerTreeGroup)
                  and g.name().startswith(stem)]
    group = root.insertGroup(0, name)
    for layer in keep:
        place_in_group(layer, group, project)
    kept = {layer.id() for layer in keep}
    for old in old_groups:
        project.removeMapLayers([node.layerId() for node in old.findLayers()
                                 if node.layerId() not in kept])
        root.removeChildNode(old)
    return group


def place_in_group(layer, group: QgsLayerTreeGroup, project: QgsProject) -> None:
    """Put the layer in the group at its drawing-order place (wherever it was loaded)."""
    order = {t: i for i, t in enumerate(RESULT_LAYERS)}
    rank = order.get(layer.customProperty(TABLE), len(order))
    index = sum(1 for child in group.children() if isinstance(child, QgsLayerTreeLayer)
                and child.layer() is not None
                and order.get(child.layer().customProperty(TABLE), len(order)) < rank)
    if project.mapLayer(layer.id()) is None:
        project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    old = root.findLayer(layer.id())
    node = group.insertLayer(index, layer)
    node.setExpanded(layer.customProperty(TABLE) in EXPANDED)  # a short legend to read
    if old is not None and old.parent() is not None:
        old.parent().removeChildNode(old)


def add_to_project(layers, name: str, project: QgsProject | None = None):
    """Add layers under one new layer-tree group, in the given order (all or nothing)."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().insertGroup(0, name)
    project.addMapLayers(layers, False)
    for layer in layers:
        group.addLayer(layer)
    return group


# --- loading after a Processing run (toolbox dialog and dock alike) -------------------------

class _RunGroup:
    """The group of one run, made when its first layer arrives. Every layer of the run's
    file is kept: QGIS 3.40 adds all of them to the project before it calls the first
    post-processor, and inserts them beside the selected layer, often inside the group of
    the previous run, which is about to go."""

    def __init__(self, name, gpkg):
        self.name, self.group = name, None
        self.gpkg = os.path.normcase(os.path.abspath(str(gpkg)))

    def of_this_run(self, layer) -> bool:
        path = layer.source().split("|", 1)[0]
        return bool(path) and os.path.normcase(os.path.abspath(path)) == self.gpkg

    def get(self, project, layer) -> QgsLayerTreeGroup:
        if self.group is None:
            keep = [layer] + [other for other in project.mapLayers().values()
                              if other.id() != layer.id() and self.of_this_run(other)]
            self.group = replace_group(self.name, project, keep=keep)
        return self.group


class ResultPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles a result layer once QGIS has loaded it and moves it into the run's group."""

    alive: list = []  # Python side of the processors QGIS holds (or SIP drops their methods)

    def __init__(self, table: str, run_group: _RunGroup):
        super().__init__()
        self.table, self.run_group = table, run_group

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if layer is None or layer.type() != QgsMapLayerType.VectorLayer:
            return
        project = context.project() or QgsProject.instance()
        if project.mapLayer(layer.id()) is not None and layer.customProperty(TABLE):
            layer.dataProvider().reloadData()  # an earlier run's layer: the file was replaced
            layer.reload()
        apply_style(layer, self.table)
        layer.setName(layer_title(self.table))
        place_in_group(layer, self.run_group.get(project, layer), project)
        layer.triggerRepaint()


def empty_tables(gpkg) -> set:
    """The result's tables without a feature (« Constats – lignes » on most plans): kept in
    the file, not loaded on the map, where an empty layer reads as a missing result."""
    import sqlite3
    from contextlib import closing

    try:
        uri = Path(gpkg).resolve().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as db:
            tables = [name for (name,) in db.execute(
                "SELECT table_name FROM gpkg_contents") if name != "zones_bilan"]
            # only names of our own result layers (RESULT_LAYERS), double-quoted
            return {name for name in tables if name in RESULT_LAYERS and db.execute(
                f'SELECT NOT EXISTS (SELECT 1 FROM "{name}")').fetchone()[0]}  # nosec B608
    except sqlite3.Error:
        return set()


def load_on_completion(context: QgsProcessingContext, gpkg, plan_label: str) -> None:
    """Ask Processing to load the result layers when the run ends, styled, in one group."""
    if context.project() is None:
        return
    run_group = _RunGroup(group_name(plan_label), gpkg)
    ResultPostProcessor.alive = []
    empty = empty_tables(gpkg)
    for table in [t for t in result_tables(gpkg) if t not in empty]:
        details = QgsProcessingContext.LayerDetails(layer_title(table), context.project(), table)
        processor = ResultPostProcessor(table, run_group)
        ResultPostProcessor.alive.append(processor)
        details.setPostProcessor(processor)
        context.addLayerToLoadOnCompletion(f"{gpkg}|layername={table}", details)


def load_completed_layers(context: QgsProcessingContext, feedback=None) -> list:
    """What the toolbox dialog does after a run (QGIS's own handleAlgorithmResults), for the
    dock: each layer to load is added to the project, then its post-processor runs."""
    layers = []
    for source, details in context.layersToLoadOnCompletion().items():
        layer = QgsProcessingUtils.mapLayerFromString(source, context)
        if layer is None or not layer.isValid():
            continue
        layer.setCustomProperty(TABLE, details.outputName)  # a result, before anyone sees it
        store = context.temporaryLayerStore()
        if store.mapLayer(layer.id()) is not None:  # else a layer of the project, reused
            layer = store.takeMapLayer(layer)
            details.project.addMapLayer(layer, False)
        details.setOutputLayerName(layer)
        if details.postProcessor() is not None:
            details.postProcessor().postProcessLayer(layer, context, feedback)
        layers.append(layer)
    context.setLayersToLoadOnCompletion({})
    return layers
