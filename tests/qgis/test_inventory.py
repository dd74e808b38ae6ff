"""The duct-inventory kit on real QGIS: template, forms, editing, check, export, round trip."""
import json

import processing
from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayerUtils
from qgis.gui import QgsAttributeForm

from scan_urba_plugin.qgis_io.inventory import build_project, inventory_layers
from scan_urba_plugin.qgis_io.networks import read_gracethd

from .conftest import save_screenshot, shared


def value_codes(layer, field):
    setup = layer.editorWidgetSetup(layer.fields().indexOf(field))
    assert setup.type() == "ValueMap"
    return [list(item.values())[0] for item in setup.config()["map"]]


def add(layer, values, geometry=None):
    """As the attribute form does: defaults first, then the values typed or picked."""
    attributes = {layer.fields().indexOf(k): v for k, v in values.items()}
    feature = QgsVectorLayerUtils.createFeature(layer, geometry or QgsGeometry(), attributes)
    assert layer.addFeature(feature)


def test_template_edit_check_export_and_read_back(scanurba, tmp_path):
    gpkg, qgz = tmp_path / "inventaire.gpkg", tmp_path / "inventaire.qgz"
    processing.run("scanurba:createductinventory", {"VERSION": 0, "PRODUCER": "OR0001",
                                                    "OUTPUT": str(gpkg), "PROJECT": str(qgz)})
    project = QgsProject()
    assert project.read(str(qgz))
    assert {r.id() for r in project.relationManager().relations().values()} >= {
        "route_conduits", "node_ptech"}
    assert project.snappingConfig().enabled()
    project, layers, _ = build_project(gpkg, producer="OR0001", project=QgsProject())
    routes, nodes = layers["t_cheminement"], layers["t_noeud"]
    imp, statut = value_codes(routes, "cm_typ_imp"), value_codes(routes, "cm_statut")
    assert "7" in imp and "REC" in statut and "L2T" in value_codes(layers["t_ptech"], "pt_nature")
    default = routes.defaultValueDefinition(routes.fields().indexOf("cm_creadat")).expression()
    assert "now()" in default
    for layer in layers.values():
        layer.startEditing()
    add(nodes, {"nd_code": "N1", "nd_type": "PT"}, QgsGeometry.fromPointXY(QgsPointXY(1e6, 6.3e6)))
    add(nodes, {"nd_code": "N2", "nd_type": "PT"},
        QgsGeometry.fromPointXY(QgsPointXY(1e6 + 80, 6.3e6)))
    add(routes, {"cm_code": "C1", "cm_ndcode1": "N1", "cm_ndcode2": "N2", "cm_typ_imp": imp[imp.index("7")],
                 "cm_statut": "REC", "cm_avct": "E", "cm_long": 80.0},
        QgsGeometry.fromPolylineXY([QgsPointXY(1e6, 6.3e6), QgsPointXY(1e6 + 80, 6.3e6)]))
    add(layers["t_conduite"], {"cd_code": "D1", "cd_statut": "REC", "cd_type": "PVC",
                               "cd_dia_int": 42, "cd_nbcable": 0})
    add(layers["t_cond_chem"], {"dm_cd_code": "D1", "dm_cm_code": "C1"})
    add(layers["t_ptech"], {"pt_code": "P1", "pt_nd_code": "N1", "pt_statut": "REC",
                            "pt_typephy": "C", "pt_nature": "L2T"})
    for layer in layers.values():
        assert layer.commitChanges(), layer.commitErrors()
    first = next(routes.getFeatures())
    assert first["cm_prop_do"] == "OR0001" and first["cm_creadat"]  # defaults applied
    check = processing.run("scanurba:checkductinventory", {"DATASET": str(gpkg)})
    assert json.loads(check["SUMMARY"])["findings"] == []
    for version, dest in ((0, tmp_path / "export_v2"), (1, tmp_path / "export_v3.gpkg")):
        processing.run("scanurba:exportgracethd", {"DATASET": str(gpkg), "VERSION": version,
                                                   "DESTINATION": str(dest)})
        back = read_gracethd(str(dest))
        r = back.routes.iloc[0]
        assert (len(back.routes), r["route_id"], r["implantation"], r["n_ducts"], r["n_free"]) == \
            (1, "C1", "7", 1, 1)
        assert len(back.ptech) == 1 and back.ptech.iloc[0]["nature"] == "L2T"
    v2 = inventory_layers(tmp_path / "export_v2" / "t_cheminement.shp") or None
    assert (tmp_path / "export_v2" / "t_cheminement.cpg").read_text().strip() in ("1252", "CP1252")
    del v2
    screenshot_form(routes)


def screenshot_form(layer):
    save_screenshot(QgsAttributeForm(layer, next(layer.getFeatures())), "attribute_form",
                    (520, 760))


def test_real_demo_check_and_export_v2_v3(scanurba, tmp_path):
    demo = shared("gracethd", "gracethd-v2.0.1-demo")
    check = processing.run("scanurba:checkductinventory", {"FOLDER": str(demo)})
    by_rule = json.loads(check["SUMMARY"])["findings_by_rule"]
    assert by_rule == {"inventory.duct_route_without_conduit": 5, "inventory.end_without_node": 3}
    processing.run("scanurba:exportgracethd", {"FOLDER": str(demo), "VERSION": 0,
                                               "DESTINATION": str(tmp_path / "v2")})
    processing.run("scanurba:exportgracethd", {"FOLDER": str(tmp_path / "v2"), "VERSION": 1,
                                               "DESTINATION": str(tmp_path / "v3.gpkg")})
    a, b = read_gracethd(str(demo)), read_gracethd(str(tmp_path / "v3.gpkg"))
    assert b.version == "GraceTHD v3"
    cols = ["route_id", "implantation", "progress", "n_ducts", "owner"]
    assert a.routes[cols].values.tolist() == b.routes[cols].values.tolist()
    assert sorted(a.sites["label"]) == sorted(b.sites["label"]) == ["NRO", "PM7"]
