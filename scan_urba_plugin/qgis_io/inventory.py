"""The duct-inventory kit on the QGIS side: template GeoPackage and project (forms with value
maps, default values, relations, snapping), reading any inventory, GraceTHD export."""
from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsSnappingConfig,
    QgsTolerance,
    QgsVectorLayer,
)

from ..core.atomic import atomic_path
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from ..core.inventory import TEMPLATE_V2, VALUE_MAPS, empty_tables, v2_to_v3
from . import compat
from .networks import gracethd_tables
from .write import write_geopackage, write_layer

CREATION_FIELDS = ("cm_creadat", "nd_creadat", "cd_creadat", "dm_creadat", "pt_creadat",
                   "st_creadat")
PRODUCER_FIELDS = ("cm_prop_do", "cd_prop", "pt_prop", "st_prop", "cm_prop")


def create_template(gpkg, version: str = "v2", overwrite: bool = False):
    return write_geopackage(gpkg, empty_tables(version), overwrite)


def configure_layers(layers: dict, producer: str = ""):
    """Value maps, default values on the layers of an inventory (keyed by table name)."""
    for layer in layers.values():
        fields = layer.fields()
        for name, values in VALUE_MAPS.items():
            index = fields.indexOf(name)
            if index >= 0:
                mapping = [{f"{code} – {label}": code} for code, label in values.items()]
                layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap",
                                                                       {"map": mapping}))
        for name in CREATION_FIELDS:
            index = fields.indexOf(name)
            if index >= 0:
                layer.setDefaultValueDefinition(index, QgsDefaultValue(
                    "format_date(now(), 'yyyy-MM-dd HH:mm:ss')"))
        for name in PRODUCER_FIELDS:
            index = fields.indexOf(name)
            if index >= 0 and producer:
                quoted = producer.replace("'", "''")
                layer.setDefaultValueDefinition(index, QgsDefaultValue(f"'{quoted}'"))


def add_relations(project: QgsProject, layers: dict):
    specs = [("route_conduits", "t_cond_chem", "dm_cm_code", "t_cheminement", "cm_code"),
             ("conduit_routes", "t_cond_chem", "dm_cd_code", "t_conduite", "cd_code"),
             ("node_ptech", "t_ptech", "pt_nd_code", "t_noeud", "nd_code"),
             ("node_site", "t_sitetech", "st_nd_code", "t_noeud", "nd_code")]
    made = []
    for rel_id, child, child_field, parent, parent_field in specs:
        if child not in layers or parent not in layers:
            continue
        relation = QgsRelation(QgsRelationContext(project))
        relation.setId(rel_id)
        relation.setName(rel_id)
        relation.setReferencingLayer(layers[child].id())
        relation.setReferencedLayer(layers[parent].id())
        relation.addFieldPair(child_field, parent_field)
        if relation.isValid():
            project.relationManager().addRelation(relation)
            made.append(rel_id)
    return made


def set_snapping(project: QgsProject, layers: dict, tolerance_m: float = 0.5):
    config = project.snappingConfig()
    config.setEnabled(True)
    config.setMode(QgsSnappingConfig.SnappingMode.AdvancedConfiguration)
    settings = config.individualLayerSettings()
    for name in ("t_noeud", "t_cheminement"):
        if name in layers:
            settings[layers[name]] = compat.vertex_snapping(tolerance_m,
                                                            QgsTolerance.UnitType.ProjectUnits)
    for layer, layer_settings in settings.items():
        config.setIndividualLayerSettings(layer, layer_settings)
    project.setSnappingConfig(config)
    project.setTopologicalEditing(True)


def inventory_layers(gpkg) -> dict:
    out = {}
    for table in TEMPLATE_V2:
        layer = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
        if layer.isValid():
            out[table] = layer
    return out


def build_project(gpkg, project_path=None, producer: str = "", project: QgsProject | None = None):
    """Add the inventory to ``project`` (a new one saved at ``project_path`` by default)."""
    own = project is None
    project = project or QgsProject()
    layers = inventory_layers(gpkg)
    if not layers:
        raise ScanUrbaError(tr("{path} holds no inventory table.", path=gpkg))
    from ..resources_paths import style_path

    for table, style in (("t_cheminement", "inventaire_cheminement"),
                         ("t_noeud", "inventaire_noeud")):
        if table in layers and Path(style_path(style)).exists():
            layers[table].loadNamedStyle(style_path(style))
    configure_layers(layers, producer)  # after the styles: a QML also carries field settings
    project.addMapLayers(list(layers.values()))
    relations = add_relations(project, layers)
    set_snapping(project, layers)
    if own and project_path:
        with atomic_path(project_path, overwrite=True) as tmp:
            if not project.write(str(tmp.with_suffix(".qgz"))):
                raise ScanUrbaError(tr("The project {path} could not be written.",
                                       path=project_path))
            tmp.with_suffix(".qgz").replace(tmp)
    return project, layers, relations


def read_inventory(path) -> dict:
    """{table: frame} of an inventory (template GeoPackage, GraceTHD v2 folder/zip, v3)."""
    from . import postgis
    from .layers import layer_to_raw

    if postgis.is_postgis(path):
        raw = {layer.name().lower(): layer_to_raw(layer) for layer in postgis.layers(path)}
    else:
        raw = gracethd_tables(path)
    frames = {}
    for name, layer in raw.items():
        frame = layer.frame.copy()
        frame.columns = [c if c in ("geometry", "fid") else c.lower() for c in frame.columns]
        frames[name] = frame
    return frames


def _geometry_type(frame) -> str | None:
    """The geometry type to write a table with, from its data (None: a CSV table)."""
    if "geometry" not in frame:
        return None
    import shapely
    from shapely import GeometryType

    types = shapely.get_type_id(frame["geometry"].to_numpy())
    types = types[types >= 0]
    if not len(types):
        return "Point"
    # the widest type present (a Multi* type outranks its single type)
    names = {GeometryType.POINT: "Point", GeometryType.LINESTRING: "LineString",
             GeometryType.POLYGON: "Polygon", GeometryType.MULTIPOINT: "MultiPoint",
             GeometryType.MULTILINESTRING: "MultiLineString",
             GeometryType.MULTIPOLYGON: "MultiPolygon"}
    return names.get(int(types.max()), "MultiPolygon")


def export_gracethd(path, out, version: str = "v2", overwrite: bool = False) -> Path:
    """Write an inventory in the GraceTHD exchange format: v2 = shapefiles (Win1252, as
    co_1_f00006 requires) + `;` CSV in UTF-8; v3 = one GeoPackage."""
    frames = read_inventory(path)
    out = Path(out)
    if version == "v3" and "t_conduite" in frames:
        frames = {k: (v if "fid" in v else v.assign(fid=range(len(v))))
                  for k, v in v2_to_v3(frames).items()}
    tables = {}
    for table, frame in frames.items():
        tables[table] = (frame.drop(columns=["fid"]), _geometry_type(frame))
    if version == "v3":
        return write_geopackage(out, tables, overwrite)
    if out.exists() and not overwrite:
        raise ScanUrbaError(tr("{path} already exists; choose another name or allow "
                               "overwriting (--overwrite).", path=out))
    tmp = out.with_name(f".{out.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for table, (frame, gtype) in tables.items():
        if gtype:
            write_layer(tmp / f"{table}.shp", table, frame, gtype, driver="ESRI Shapefile",
                        encoding="windows-1252")
        else:
            frame.to_csv(tmp / f"{table}.csv", sep=";", index=False, encoding="utf-8")
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return out

