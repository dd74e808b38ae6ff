"""Every rule on small hand-built cases, positive and negative, with exact values."""
from collections import Counter

import pytest

from scan_urba_plugin.core.engine import all_rules, run_compliance

from .scenario import antennas, box, inputs, line, network, plan, point


def by_rule(result, rule_id):
    return [f for f in result.findings if f.rule_id == rule_id]


def test_every_rule_carries_article_quote_and_documented_parameters():
    for rule in all_rules():
        assert rule.article and len(rule.quote) > 40
        for p in rule.params:
            assert p.unit and p.source and p.description


def test_served_shares_existing_and_planned_are_exact():
    p = plan([("UB", "U", box(0, 0, 100, 100)), ("UC", "U", box(1000, 0, 1100, 100))])
    net = network([("E1", "E", "7", line((0, 0), (100, 0))),
                   ("P1", "C", "7", line((1000, 100), (1100, 100)))])
    res = run_compliance(inputs(p, network=net), {"serving_distance": 50})
    bilan = res.zones_bilan.set_index("libelle")
    assert bilan.loc["UB", "served_share_existing"] == pytest.approx(0.5)
    assert bilan.loc["UB", "served_share_planned"] == 0
    assert bilan.loc["UC", "served_share_existing"] == 0
    assert bilan.loc["UC", "served_share_planned"] == pytest.approx(0.5)
    res = run_compliance(inputs(p, network=net), {"serving_distance": 100})
    assert res.zones_bilan.set_index("libelle").loc["UB", "served_share_existing"] == pytest.approx(1.0)


def test_unserved_zone_graded_by_area():
    p = plan([("UB", "U", box(0, 0, 100, 100)), ("UH", "U", box(2000, 0, 2100, 100)),
              ("UX", "U", box(4000, 0, 4050, 50)), ("N", "N", box(6000, 0, 7000, 1000))])
    net = network([("E1", "E", "7", line((0, 50), (100, 50)))])
    res = run_compliance(inputs(p, network=net))
    unserved = {f.libelle: (f.severity, f.metric) for f in by_rule(res, "l151_39.zone_non_desservie")}
    assert unserved == {"UH": ("risque", 0.0), "UX": ("recommandation", 0.0)}  # 1 ha vs 0.25 ha
    assert all(f.portee == "recommandation" and f.article == "L151-39, R151-49 3°"
               for f in by_rule(res, "l151_39.zone_non_desservie"))


def test_47_05_rule_recommended_on_au_and_poorly_served_u_only():
    zones = [("1AU", "AUc", box(0, 0, 100, 100)), ("2AU", "AUs", box(200, 0, 300, 100)),
             ("UB", "U", box(400, 0, 500, 100)), ("UA", "U", box(600, 0, 700, 100))]
    p = plan(zones, [("47", "05", "Fourreaux", box(190, 0, 310, 100))])
    net = network([("E1", "E", "7", line((600, 50), (700, 50)))])
    res = run_compliance(inputs(p, network=net))
    found = {f.libelle: f.portee for f in by_rule(res, "r151_49.regle_47_05")}
    assert found == {"1AU": "opposable", "UB": "opposable"}
    bilan = res.zones_bilan.set_index("libelle")
    assert bool(bilan.loc["2AU", "has_47_05"]) and not bool(bilan.loc["1AU", "has_47_05"])


def test_l151_40_coverage_and_silent_document():
    p = plan([("1AU", "AUc", box(0, 0, 100, 100)), ("2AU", "AUc", box(200, 0, 300, 100))],
             [("27", "00", "Secteur numérique", box(0, 0, 60, 100)),
              ("27", "00", "Secteur numérique", box(200, 0, 230, 100))])
    res = run_compliance(inputs(p))
    found = [(f.libelle, f.metric, f.severity, f.portee) for f in by_rule(res, "l151_40.secteur_numerique")]
    assert found == [("2AU", 0.3, "recommandation", "opposable")]
    assert "L111-5-1-1 CCH" in by_rule(res, "l151_40.secteur_numerique")[0].suggestion
    assert by_rule(res, "l151_40.document_muet") == []
    silent = run_compliance(inputs(plan([("1AU", "AUc", box(0, 0, 100, 100))])))
    doc = by_rule(silent, "l151_40.document_muet")
    assert len(doc) == 1 and doc[0].severity == "risque" and doc[0].metric == 1


def test_scot_l141_21_compatibility():
    import pandas as pd

    sectors = pd.DataFrame({"geometry": [box(-10, -10, 150, 150)]})
    p = plan([("1AU", "AUc", box(0, 0, 100, 100)), ("2AU", "AUs", box(500, 0, 600, 100))],
             [("27", "00", "Secteur numérique", box(500, 0, 600, 100))])
    res = run_compliance(inputs(p, scot_sectors=sectors))
    found = by_rule(res, "l141_21.compatibilite_scot")
    assert [(f.libelle, f.severity, f.portee, f.metric) for f in found] == \
        [("1AU", "non_conformite", "opposable", 1.0)]
    assert res.zones_bilan.set_index("libelle").loc["1AU", "status"] == "non_conforme"
    none = run_compliance(inputs(p))
    assert "l141_21.compatibilite_scot" in none.not_evaluated
    assert any(f.rule_id == "engine.non_evalue" and f.libelle == "l141_21.compatibilite_scot"
               for f in none.findings)


def test_l151_41_reserved_sites_and_future_roads():
    p = plan([("UB", "U", box(0, 0, 1000, 1000))],
             [("05", "02", "ER NRO", box(100, 100, 120, 120)),
              ("05", "01", "ER voie 1", box(0, 500, 400, 512)),
              ("05", "01", "ER voie 2", box(0, 700, 400, 712)),
              ("47", "05", "Fourreaux", box(0, 690, 400, 720))])
    net = network([("E1", "E", "7", line((0, 0), (1000, 0)))],
                  sites=[("S1", "SRO", "C", point(110, 110)), ("S2", "SRO", "C", point(800, 800)),
                         ("S3", "NRO", "E", point(900, 900))])
    res = run_compliance(inputs(p, network=net))
    assert [f.source_id for f in by_rule(res, "l151_41.site_non_reserve")] == ["S2"]
    assert [f.libelle for f in by_rule(res, "l151_41.er_voirie_sans_fourreaux")] == ["ER voie 1"]
    assert sorted(res.emplacements["type"]) == ["ouvrages publics", "voies publiques",
                                                "voies publiques"]
    assert len(by_rule(res, "antennes.projet_l34_9_1")) == 2  # the two planned SRO


def test_antenna_pooling_sensitivity_fibre_and_planned():
    p = plan([("UB", "U", box(0, 0, 1000, 1000)), ("N", "N", box(1000, 0, 2000, 1000))])
    net = network([("E1", "E", "7", line((0, 0), (1000, 0)))])
    sup = antennas([("A", "ORANGE", "TDF", point(100, 30), False),
                    ("B", "SFR", "TOTEM", point(160, 30), False),
                    ("C", "ORANGE", "TDF", point(500, 80), False),
                    ("D", "FREE", "FREE", point(620, 80), False),
                    ("E", "SFR", "SFR", point(1500, 500), True)])
    res = run_compliance(inputs(p, network=net, antennas=sup))
    pooling = by_rule(res, "antennes.mutualisation")
    assert [(f.metric, f.message.count("ORANGE")) for f in pooling] == [(2, 1)]  # A+B only
    assert [f.source_id for f in by_rule(res, "antennes.site_sensible")] == ["E"]
    fibre = {f.source_id: f.metric for f in by_rule(res, "antennes.a_fibrer")}
    assert fibre == {"C": pytest.approx(80), "D": pytest.approx(80), "E": pytest.approx(
        (500 ** 2 + 500 ** 2) ** 0.5)}
    assert "7 200 €" in next(f for f in by_rule(res, "antennes.a_fibrer") if f.source_id == "C").message
    bilan = res.points_hauts_bilan.set_index("sup_id")
    assert bilan.loc["A", "cluster_id"] == bilan.loc["B", "cluster_id"] is not None
    assert bool(bilan.loc["A", "fibred"]) and not bool(bilan.loc["C", "fibred"])
    assert [f.source_id for f in by_rule(res, "antennes.projet_l34_9_1")] == ["E"]


def test_missing_inputs_are_named_not_skipped():
    res = run_compliance(inputs(plan([("UB", "U", box(0, 0, 100, 100))])))
    assert Counter(f.rule_id for f in res.findings)["engine.non_evalue"] == 5
    assert set(res.not_evaluated) == {"l151_39.desserte", "l141_21.compatibilite_scot",
                                      "antennes.mutualisation", "antennes.site_sensible",
                                      "antennes.a_fibrer"}
