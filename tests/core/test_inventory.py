"""Each inventory check fires on a hand-built faulty inventory and stays silent on the clean one."""
from collections import Counter

import pandas as pd
import shapely

from scan_urba_plugin.core.inventory import check_inventory, v2_to_v3


def clean():
    nodes = pd.DataFrame({"fid": [1, 2, 3], "nd_code": ["N1", "N2", "N3"], "nd_type": "PT",
                          "geometry": [shapely.Point(0, 0), shapely.Point(100, 0),
                                       shapely.Point(100, 50)]})
    routes = pd.DataFrame({
        "fid": [1, 2], "cm_code": ["C1", "C2"], "cm_typ_imp": ["7", "0"], "cm_statut": "REC",
        "cm_avct": "E", "cm_long": [100.0, 50.0],
        "geometry": [shapely.LineString([(0, 0), (100, 0)]),
                     shapely.LineString([(100, 0), (100, 50)])]})
    ducts = pd.DataFrame({"fid": [1], "cd_code": ["D1"], "cd_statut": "REC", "cd_type": "PVC",
                          "cd_cd_code": None, "cd_dia_int": 42, "cd_nbcable": 1})
    links = pd.DataFrame({"fid": [1], "dm_cd_code": ["D1"], "dm_cm_code": ["C1"]})
    ptech = pd.DataFrame({"fid": [1], "pt_code": ["P2"], "pt_nd_code": ["N2"], "pt_statut": "REC",
                          "pt_typephy": "A", "pt_nature": "PBOI"})
    return {"t_noeud": nodes, "t_cheminement": routes, "t_conduite": ducts, "t_cond_chem": links,
            "t_ptech": ptech}


def rules(tables):
    return Counter(f.rule_id for f in check_inventory(tables))


def test_clean_inventory_has_no_finding():
    assert rules(clean()) == {}


def test_each_check_fires():
    t = clean()
    t["t_cheminement"] = pd.concat([t["t_cheminement"], pd.DataFrame({
        "fid": [3, 4, 5], "cm_code": ["C3", "C4", "C5"], "cm_typ_imp": ["7", "42", "7"],
        "cm_statut": ["REC", "REC", None], "cm_avct": "E", "cm_long": [100.0, 0.0, 30.0],
        "geometry": [shapely.LineString([(0, 0), (100, 0)]),          # duplicate of C1
                     shapely.LineString([(100, 50), (100, 50.001)]),  # zero length
                     shapely.LineString([(0, 0), (0, 80)])]})],       # end off node, bad cm_long
        ignore_index=True)
    t["t_conduite"] = pd.concat([t["t_conduite"], pd.DataFrame({
        "fid": [2], "cd_code": ["D9"], "cd_statut": "REC", "cd_type": "PVC"})], ignore_index=True)
    t["t_ptech"] = pd.concat([t["t_ptech"], pd.DataFrame({
        "fid": [2], "pt_code": ["P9"], "pt_nd_code": ["NOWHERE"], "pt_statut": "REC",
        "pt_typephy": "C"})], ignore_index=True)
    t["t_ptech"] = t["t_ptech"][t["t_ptech"]["pt_nd_code"] != "N2"]  # the transition loses its pole
    found = rules(t)
    for rule in ("inventory.overlapping_routes", "inventory.zero_length",
                 "inventory.end_without_node", "inventory.length_mismatch",
                 "inventory.conduit_without_route", "inventory.duct_route_without_conduit",
                 "inventory.ptech_without_node", "inventory.unknown_code",
                 "inventory.missing_value", "inventory.incompatible_implantation"):
        assert found[rule] >= 1, rule
    t["t_noeud"] = t["t_noeud"].drop(columns=["nd_code"])
    assert rules(t)["inventory.missing_field"] == 1


def test_v2_to_v3_keeps_ducts_on_routes():
    v3 = v2_to_v3(clean())
    assert "t_conduite" not in v3 and list(v3["t_cab_chem"]["cc_cm_code"]) == ["C1"]
    assert v3["t_cheminement"].set_index("cm_code").loc["C1", "cm_compo"] == '{"PVC_42": 1}'
