"""Open the layers of a scan GeoPackage, styled with the QML of resources/, as QGIS layers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from ..resources_paths import style_path
from . import compat
from .gpkg_index import repair_result

# Drawing order, top first; findings_document, reglement_dispositions and run_info are tables.
RESULT_LAYERS = ("opportunites", "findings_pct", "findings_lin", "points_hauts_bilan",
                 "travaux", "cheminements", "emplacements_reserves", "findings_surf",
                 "zones_bilan", "findings_document", "reglement_dispositions", "run_info")


def layer_names(gpkg) -> list[str]:
    ds = compat.ogr_open(gpkg)
    if ds is None:
        raise ScanUrbaError(tr("{path} cannot be opened: the file is damaged or not a "
                               "supported format.", path=gpkg))
    names = [ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())]
    ds = None
    return names


def result_layers(gpkg) -> list[QgsVectorLayer]:
    """The scan's layers present in the file, in drawing order, each with its style. A
    spatial index misaligned by an earlier version is rebuilt first, in place (the file is
    the plugin's own output; see gpkg_index.repair_result)."""
    present = set(layer_names(gpkg))
    if "zones_bilan" not in present:
        raise ScanUrbaError(tr("{path} is not a Scan Urba result (no zones_bilan layer).",
                               path=gpkg))
    if str(gpkg).lower().endswith(".gpkg"):
        repair_result(gpkg)
    layers = []
    for name in RESULT_LAYERS:
        if name not in present:
            continue
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        style = Path(style_path(name))
        if style.exists():
            layer.loadNamedStyle(str(style))
        layers.append(layer)
    return layers


def group_name(plan_label: str, when: dt.date | None = None) -> str:
    return f"Scan Urba – {plan_label} – {(when or dt.date.today()).isoformat()}"


def add_to_project(layers, name: str, project: QgsProject | None = None):
    """Add the layers under one layer-tree group (all or nothing)."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.insertGroup(0, name)
    project.addMapLayers(layers, False)
    for layer in layers:
        group.addLayer(layer)
    return group
