"""The results issue 2 requires on the real CNIG datasets of ../shared/data/plu."""
from collections import Counter

import processing

from scan_urba_plugin.core.standards.cnig import emplacements_reserves
from scan_urba_plugin.qgis_io.plans import read_plan

from .conftest import shared


def count(plan, rule):
    return sum(1 for f in plan.findings if f.rule_id == rule)


def test_30014_plu_2017(scanurba):
    plan = read_plan(str(shared("plu", "30014_PLU_20171013")))
    assert plan.model == "CNIG_PLU_2017"
    assert plan.idurba == "30014_PLU_20171013" and plan.insee == "30014"
    layers = plan.layer_counts()
    assert layers["ZONE_URBA"] == 90 and layers["PRESCRIPTION_SURF"] == 77
    assert layers["PRESCRIPTION_LIN"] == 15 and layers["PRESCRIPTION_PCT"] == 93
    er = emplacements_reserves(plan)
    assert Counter(zip(er.typepsc, er.stypepsc)) == {("05", "01"): 3, ("05", "04"): 1}
    assert "Emplacement réservé n°11" in set(er.libelle)  # cp1252 accents survive
    assert count(plan, "cnig.zone_overlap") == 5
    # TYPEPSC stored as Integer64 in PRESCRIPTION_LIN comes back as 2-character codes
    assert set(plan.tables["PRESCRIPTION_LIN"]["TYPEPSC"]) <= {"15", "07", "02", "24", "05", "01"}
    assert plan.tables["ZONE_URBA"]["geometry"].map(lambda g: g.has_z).sum() == 0


def test_41175_legacy_plu(scanurba):
    plan = read_plan(str(shared("plu", "41175_PLU_20140603")))
    assert plan.model in ("CNIG_PLU_2013", "CNIG_PLU_2014")
    assert count(plan, "cnig.zone_overlap") == 131
    assert "Nh" in set(plan.tables["ZONE_URBA"]["TYPEZONE"])
    assert count(plan, "cnig.unknown_code") == 0  # Nh is valid in that model
    assert count(plan, "cnig.label_typepsc_mismatch") == 3  # EBC labelled "Emplacement réservé"
    assert "Zone à urbaniser du bourg ancien à court terme à vocation d'habitat" in \
        set(plan.tables["ZONE_URBA"]["LIBELONG"]) or \
        any("Zone à urbaniser" in v for v in plan.tables["ZONE_URBA"]["LIBELONG"].dropna())


def test_scot_perimeter(scanurba):
    plan = read_plan(str(shared("plu", "200078244_SCOT_20180218")))
    assert plan.model == "CNIG_SCOT_2018" and plan.doc_type == "SCOT"
    assert len(plan.tables["PERIMETRE_SCOT"]) == 2
    assert plan.tables["PERIMETRE_SCOT"]["geometry"].map(lambda g: g.area).sum() > 1e8
    assert [f.rule_id for f in plan.findings] == ["cnig.perimetre_scot_count"]


def test_importplan_algorithm_writes_layers_and_report(scanurba, tmp_path):
    out, report = tmp_path / "plan.gpkg", tmp_path / "plan.json"
    result = processing.run("scanurba:importplan", {
        "FOLDER": str(shared("plu", "30014_PLU_20171013")), "OUTPUT": str(out),
        "REPORT": str(report)})
    # 14 on the data, 3 on the written pieces: the GPU folder's placeholders (règlement
    # without any zone chapter, PADD and OAP of three words) are not evaluated
    assert result["MODEL"] == "CNIG_PLU_2017" and result["N_FINDINGS"] == 17
    from qgis.core import QgsVectorLayer

    zones = QgsVectorLayer(f"{out}|layername=zone_urba", "z", "ogr")
    overlaps = QgsVectorLayer(f"{out}|layername=findings_surf", "f", "ogr")
    assert zones.featureCount() == 90
    assert sum(1 for f in overlaps.getFeatures() if f["rule_id"] == "cnig.zone_overlap") == 5
    text = report.read_text(encoding="utf-8")
    assert text.count('"rule_id"') == 17 and text.count('"rule_id": "pieces.non_lue"') == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.gpkg", "plan.json"]
