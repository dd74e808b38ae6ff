"""Every rule on small hand-built cases, positive and negative, with exact values: the legal
readings of issue 16 (AUs vs AUc, AMII, pieces read or not, regimes, drafts)."""
from collections import Counter

import pandas as pd
import pytest

from scan_urba_plugin.core.engine import all_rules, run_compliance
from scan_urba_plugin.core.legal import TEXTS, regime_of
from scan_urba_plugin.core.model import AVIS, FORCES, PIECES
from scan_urba_plugin.core.pieces.model import Padd, Provision, Reglement, WrittenPieces

from .scenario import antennas, box, inputs, line, network, plan, point


def by_rule(result, rule_id):
    return [f for f in result.findings if f.rule_id == rule_id]


def pieces(zones=None, padd=True, bans=()):
    """Hand-made written pieces: a readable règlement with the given zone provisions and a
    PADD with (True) or without (False) a digital orientation; None: not provided."""
    reglement = Reglement("r.pdf", "pdf", True, pages=80, zones=zones or {},
                          antennes_interdites=list(bans))
    padd_piece = None if padd is None else Padd(
        "padd.pdf", True, communications_numeriques=padd, page=12 if padd else None,
        citation="Développer la fibre optique sur tout le territoire." if padd else None)
    return WrittenPieces(reglement=reglement, padd=padd_piece)


def test_every_rule_carries_its_basis_quote_force_piece_and_documented_parameters():
    for rule in all_rules():
        assert (rule.article or rule.reference) and len(rule.quote) > 40
        assert rule.force in FORCES and rule.piece in PIECES
        assert "SCANT" not in rule.article  # a non-binding source is a reference
        for p in rule.params:
            assert p.unit and p.source and p.description


def test_every_finding_speaks_the_ppa_vocabulary_and_no_zone_is_conforme():
    p = plan([("UB", "U", box(0, 0, 100, 100)), ("1AU", "AUc", box(200, 0, 300, 100)),
              ("N", "N", box(400, 0, 500, 100))])
    res = run_compliance(inputs(p))
    assert all(f.avis in AVIS and f.force in FORCES and f.piece in PIECES for f in res.findings)
    status = res.zones_bilan.set_index("libelle")["status"].to_dict()
    assert "conforme" not in status.values()
    assert status["N"] == "non_concernee" and status["1AU"] == "recommandation"
    assert status["UB"] == "sans_observation"


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


def test_zone_far_from_the_rip_is_an_observation_for_the_rapport_never_a_risk():
    p = plan([("UB", "U", box(0, 0, 100, 100)), ("UH", "U", box(2000, 0, 2100, 100)),
              ("N", "N", box(6000, 0, 7000, 1000))])
    net = network([("E1", "E", "7", line((0, 50), (100, 50)))])
    res = run_compliance(inputs(p, network=net))
    found = by_rule(res, "desserte.rip_non_recense")
    assert [(f.libelle, f.avis, f.piece, f.force, f.metric) for f in found] == \
        [("UH", "observation", "rapport", "bonne_pratique", 0.0)]
    assert "1,00\u202fha" in found[0].message and "à vérifier" in found[0].message \
        or "to be checked" in found[0].message
    assert "SCANT" in found[0].reference and found[0].article == ""


def test_amii_zones_are_left_out_of_the_serving_test():
    p = plan([("UA", "U", box(0, 0, 100, 100)), ("UH", "U", box(2000, 0, 2100, 100))])
    net = network([("E1", "E", "7", line((5000, 0), (5100, 0)))])
    zoning = pd.DataFrame({"zone_type": ["AMII", "RIP"], "operator": ["Orange", "RIP 06"],
                           "geometry": [box(-10, -10, 110, 110), box(1900, -10, 2200, 110)]})
    res = run_compliance(inputs(p, network=net, rip_zoning=zoning))
    assert [f.libelle for f in by_rule(res, "desserte.rip_non_recense")] == ["UH"]
    assert bool(res.zones_bilan.set_index("libelle").loc["UA", "zone_amii"])


def test_serving_read_from_pbo_zones_when_the_export_has_them():
    p = plan([("UB", "U", box(0, 0, 100, 100))])
    net = network([("E1", "E", "7", line((0, 50), (100, 50)))])
    net.zones = pd.DataFrame({"zone_id": ["ZP1"], "kind": ["PBO"], "ref": ["ZP1"],
                              "geometry": [box(0, 0, 20, 100)]})
    res = run_compliance(inputs(p, network=net))
    f = by_rule(res, "desserte.rip_non_recense")
    assert [x.metric for x in f] == [pytest.approx(0.2)] and "PBO" in f[0].message


def test_serving_read_from_the_routes_that_carry_cables_when_the_data_links_them():
    p = plan([("UB", "U", box(0, 0, 100, 100)), ("UH", "U", box(2000, 0, 2100, 100))])
    routes = [("E1", "E", "7", line((0, 50), (100, 50))),
              ("E2", "E", "7", line((2000, 50), (2100, 50)))]
    res = run_compliance(inputs(p, network=network(routes, cables=["E1"])))
    assert res.measures.served_basis == "cables"
    found = by_rule(res, "desserte.rip_non_recense")
    assert [(f.libelle, f.metric) for f in found] == [("UH", 0.0)]
    assert "carry a cable" in found[0].message or "portant un câble" in found[0].message
    bilan = res.zones_bilan.set_index("libelle")["served_share_existing"]
    assert bilan.to_dict() == {"UB": pytest.approx(1.0), "UH": 0.0}
    # the same routes without link tables, or with links that reach no route: all routes
    for net in (network(routes), network(routes, cables=[])):
        res = run_compliance(inputs(p, network=net))
        assert res.measures.served_basis == "cheminements"
        assert by_rule(res, "desserte.rip_non_recense") == []
        assert res.zones_bilan.set_index("libelle").loc["UH", "served_share_existing"] == \
            pytest.approx(1.0)


def test_e_communications_rule_only_on_aus_never_on_closed_au_and_47_00_does_not_count():
    zones = [("1AU", "AUc", box(0, 0, 100, 100)), ("2AU", "AUs", box(200, 0, 300, 100)),
             ("UB", "U", box(400, 0, 500, 100)), ("1AUb", "AUc", box(600, 0, 700, 100))]
    p = plan(zones, [("47", "00", "Desserte", box(-10, 0, 110, 100)),
                     ("47", "05", "Fourreaux", box(590, 0, 710, 100))])
    res = run_compliance(inputs(p))
    found = by_rule(res, "r151_49.regle_communications")
    # 1AU: 47-00 is generic serving; règlement not read → information "à vérifier"
    assert [(f.libelle, f.avis) for f in found] == [("1AU", "information")]
    assert "2AU" not in {f.libelle for f in res.findings}  # closed AU: nothing to open
    bilan = res.zones_bilan.set_index("libelle")
    assert not bool(bilan.loc["1AU", "has_47_05"]) and bool(bilan.loc["1AUb", "has_47_05"])


def test_written_reglement_decides_the_e_communications_rule():
    p = plan([("1AU", "AUc", box(0, 0, 100, 100)), ("1AUb", "AUc", box(200, 0, 300, 100)),
              ("1AUc", "AUc", box(400, 0, 500, 100))])
    written = pieces({
        "1AU": Provision("fourreaux", 41, "Article 1AU 8", "Les fourreaux sont obligatoires."),
        "1AUb": Provision("enfouissement", 44, "Article 1AU 8", "Les réseaux seront enfouis."),
        "1AUc": Provision("absent", 47, "Article 1AU 8", None)})
    res = run_compliance(inputs(p, pieces=written))
    found = {f.libelle: f for f in by_rule(res, "r151_49.regle_communications")}
    assert set(found) == {"1AUb", "1AUc"}  # ducts in the written text: no finding, map or not
    assert found["1AUb"].avis == "recommandation" and found["1AUb"].page == 44
    assert found["1AUb"].citation == "Les réseaux seront enfouis."
    assert "article 1AU 8, page 44" in found["1AUb"].message and "44" in found["1AUb"].message
    assert found["1AUb"].piece == "reglement_ecrit" and found["1AUb"].force == "faculte"


def test_citation_follows_the_plans_regime():
    z = [("1AU", "AUc", box(0, 0, 100, 100))]
    old = run_compliance(inputs(plan(z, doc={"DATAPPRO": "20120301", "NOMPROC": "R"})))
    new = run_compliance(inputs(plan(z, doc={"DATAPPRO": "20240301", "NOMPROC": "R"})))
    unknown = run_compliance(inputs(plan(z, doc={"DATAPPRO": "20170301", "NOMPROC": "M2"})))
    article = lambda res: by_rule(res, "r151_49.regle_communications")[0].article  # noqa: E731
    assert article(old).startswith("R123-9 16°") and article(new) == "R151-49 3° CU"
    assert "R151-49 3°" in article(unknown) and "R123-9 16°" in article(unknown)


def test_draft_and_approved_plans_are_told_apart():
    z = [("1AU", "AUc", box(0, 0, 100, 100))]
    draft = regime_of(plan(z, doc={"ETAT": "02", "DATAPPRO": "00000000"}))
    approved = regime_of(plan(z, doc={"ETAT": "03", "DATAPPRO": "20250115", "NOMPROC": "R"}))
    assert draft.draft and draft.describe() == "PLU, élaboration, arrêté"
    assert not approved.draft and approved.describe() == "PLU, révision, opposable le 15 janvier 2025"
    assert draft.content == approved.content == "r151"


def test_l151_40_only_on_opened_au_with_reinforced_criteria():
    p = plan([("1AU", "AUc", box(0, 0, 100, 100)), ("2AU", "AUc", box(200, 0, 300, 100)),
              ("3AU", "AUs", box(400, 0, 500, 100)), ("4AU", "AUc", box(600, 0, 700, 100))],
             [("27", "00", "Secteur numérique", box(0, 0, 60, 100)),
              ("27", "00", "Secteur numérique", box(200, 0, 230, 100))])
    res = run_compliance(inputs(p))
    found = [(f.libelle, f.metric, f.avis, f.force) for f in by_rule(res, "l151_40.secteur_numerique")]
    assert found == [("4AU", 0.0, "recommandation", "faculte")]
    suggestion = by_rule(res, "l151_40.secteur_numerique")[0].suggestion
    assert "L111-5-1-1" not in suggestion and "chambers" in suggestion or "chambres" in suggestion
    assert by_rule(res, "l151_40.secteur_numerique")[0].article == "L151-40 CU, R151-50 2° CU"
    # a sector drawn (60 % or 30 %): its criteria are the question, the règlement not read
    drawn = [(f.libelle, f.metric, f.avis) for f in by_rule(res, "l151_40.criteres_non_definis")]
    assert drawn == [("1AU", 0.6, "information"), ("2AU", 0.3, "information")]


def test_padd_orientation_read_from_the_padd_text():
    p = plan([("UB", "U", box(0, 0, 100, 100))])
    absent = by_rule(run_compliance(inputs(p, pieces=pieces(padd=False))), "l151_5.padd_numerique")
    assert [(f.avis, f.force, f.piece, f.article) for f in absent] == \
        [("reserve", "obligation", "padd", "L151-5 2° CU")]
    present = by_rule(run_compliance(inputs(p, pieces=pieces(padd=True))), "l151_5.padd_numerique")
    assert present[0].avis == "information" and present[0].page == 12
    missing = by_rule(run_compliance(inputs(p, pieces=pieces(padd=None))), "l151_5.padd_numerique")
    none = by_rule(run_compliance(inputs(p)), "l151_5.padd_numerique")
    unreadable = WrittenPieces(padd=Padd("padd.pdf", False, raison="PDF scanné sans texte"))
    bad = by_rule(run_compliance(inputs(p, pieces=unreadable)), "l151_5.padd_numerique")
    for f in missing + none + bad:
        assert f.avis == "information" and ("non évalué" in f.message or "not evaluated" in f.message)
    assert "PDF scanné sans texte" in bad[0].message
    # the document-level réserve sets no zone status
    assert run_compliance(inputs(p, pieces=pieces(padd=False))).zones_bilan["status"].tolist() == \
        ["sans_observation"]


def test_scot_point_of_vigilance_is_compatibility_on_opened_au_only():
    sectors = pd.DataFrame({"geometry": [box(-10, -10, 650, 150)]})
    p = plan([("1AU", "AUc", box(0, 0, 100, 100)), ("2AU", "AUs", box(500, 0, 600, 100))])
    res = run_compliance(inputs(p, scot_sectors=sectors))
    found = by_rule(res, "l141_21.vigilance_scot")
    assert [(f.libelle, f.avis, f.force, f.metric) for f in found] == \
        [("1AU", "observation", "compatibilite", 1.0)]
    assert "L131-4" in found[0].article and "antérieure à l'ordonnance" in found[0].article \
        or "2020-744" in found[0].article
    # the strongest avis on the zone: the L151-40 recommendation
    assert res.zones_bilan.set_index("libelle").loc["1AU", "status"] == "recommandation"
    none = run_compliance(inputs(p))
    assert "l141_21.vigilance_scot" in none.not_evaluated


def test_reservation_asked_for_public_sites_only_and_05_06_satisfies_it():
    p = plan([("UB", "U", box(0, 0, 1000, 1000))],
             [("05", "06", "Servitude de localisation NRO", box(100, 100, 120, 120)),
              ("05", "01", "ER voie 1", box(0, 500, 400, 512)),
              ("05", "01", "ER voie 2", box(0, 700, 400, 712)),
              ("47", "05", "Fourreaux", box(0, 690, 400, 720))])
    net = network([("E1", "E", "7", line((0, 0), (1000, 0)))],
                  sites=[("N1", "NRO", "C", point(110, 110)), ("N2", "NRO", "C", point(800, 800)),
                         ("S2", "SRO", "C", point(850, 850)), ("N3", "NRO", "E", point(900, 900))])
    sup = antennas([("P1", "ORANGE", "ORANGE", point(300, 300), True),
                    ("P2", "", "Département des Alpes-Maritimes", point(350, 300), True)])
    res = run_compliance(inputs(p, network=net, antennas=sup))
    found = by_rule(res, "l151_41.site_public")
    # the NRO in the 05-06 is satisfied; the street cabinet and the private mast are out
    assert sorted(f.source_id for f in found) == ["N2", "P2"]
    assert all(f.avis == "observation" and "?" in f.message for f in found)
    roads = by_rule(res, "l151_41.er_voirie_fourreaux")
    assert [f.libelle for f in roads] == ["ER voie 1"]
    assert "sans fourreaux" not in roads[0].message and "without ducts" not in roads[0].message


def test_l34_9_1_for_radio_installations_only_one_month_maire_or_president():
    p = plan([("UB", "U", box(0, 0, 1000, 1000))])
    net = network([("E1", "E", "7", line((0, 0), (1000, 0)))],
                  sites=[("S1", "SRO", "C", point(110, 110))], radio=[("R1", None, "C",
                                                                      point(500, 500))])
    res = run_compliance(inputs(p, network=net))
    found = by_rule(res, "antennes.projet_l34_9_1")
    assert [f.source_id for f in found] == ["R1"]  # not the street cabinet
    text = found[0].message
    assert ("un mois" in text or "one month" in text) and ("deux mois" not in text)
    assert "president of the EPCI" in text or "président de l'EPCI" in text


def test_planned_support_in_an_ebc_is_a_recommendation_existing_is_information():
    p = plan([("UB", "U", box(0, 0, 1000, 1000)), ("A", "A", box(1000, 0, 2000, 1000))],
             [("01", "00", "EBC", box(0, 0, 300, 300))])
    sup = antennas([("NEW", "SFR", "SFR", point(100, 100), True),
                    ("OLD", "ORANGE", "TDF", point(200, 200), False),
                    ("FARM", "FREE", "FREE", point(1500, 500), False)])
    res = run_compliance(inputs(p, antennas=sup))
    found = {f.source_id: f for f in by_rule(res, "antennes.site_protege")}
    # the planned one is the L113-2 question (said once, by its own rule)
    assert "NEW" not in found
    ebc = {f.source_id: f for f in by_rule(res, "l113_2.point_haut_protege")}
    assert ebc["NEW"].avis == "recommandation" and ebc["NEW"].article == "L113-2 CU"
    assert "boisé classé" in ebc["NEW"].message or "espace boisé" in ebc["NEW"].message
    assert found["OLD"].avis == "information"
    assert found["FARM"].avis == "information" and found["FARM"].article.startswith("L151-11")


def test_antenna_pooling_and_fibre():
    p = plan([("UB", "U", box(0, 0, 1000, 1000)), ("N", "N", box(1000, 0, 2000, 1000))])
    net = network([("E1", "E", "7", line((0, 0), (1000, 0)))])
    sup = antennas([("A", "ORANGE", "TDF", point(100, 30), False),
                    ("B", "SFR", "TOTEM", point(160, 30), False),
                    ("C", "ORANGE", "TDF", point(500, 80), False),
                    ("D", "FREE", "FREE", point(620, 80), False),
                    ("E", "SFR", "SFR", point(1500, 500), True)])
    res = run_compliance(inputs(p, network=net, antennas=sup))
    pooling = by_rule(res, "antennes.mutualisation")
    assert [(f.metric, f.message.count("Orange"), f.article) for f in pooling] == [(2, 1, "")]
    assert "SCANT" in pooling[0].reference
    assert [f.source_id for f in by_rule(res, "antennes.site_protege")] == ["E"]
    fibre = {f.source_id: f.metric for f in by_rule(res, "antennes.a_fibrer")}
    assert fibre == {"C": pytest.approx(80), "D": pytest.approx(80), "E": pytest.approx(
        (500 ** 2 + 500 ** 2) ** 0.5)}
    c = next(f for f in by_rule(res, "antennes.a_fibrer") if f.source_id == "C").message
    assert "7\u202f200\u202f€" in c and "50 à 90\u202f€/m" in c
    bilan = res.points_hauts_bilan.set_index("sup_id")
    assert bilan.loc["A", "cluster_id"] == bilan.loc["B", "cluster_id"] is not None
    assert bool(bilan.loc["A", "fibred"]) and not bool(bilan.loc["C", "fibred"])


def test_carte_communale_says_not_applicable():
    p = plan([("ZC", "ZC", box(0, 0, 100, 100))], doc={"TYPEDOC": "CC"})
    res = run_compliance(inputs(p))
    legal = [f.rule_id for f in res.findings if f.famille == "juridique"
             and f.rule_id != "engine.non_evalue"]  # (antenna rules: no ANFR layer given)
    assert legal == ["engine.non_applicable"]


def test_missing_inputs_are_named_not_skipped():
    res = run_compliance(inputs(plan([("UB", "U", box(0, 0, 100, 100))])))
    assert Counter(f.rule_id for f in res.findings)["engine.non_evalue"] == 7
    assert set(res.not_evaluated) == {"desserte.rip", "l141_21.vigilance_scot",
                                      "antennes.mutualisation", "antennes.site_protege",
                                      "antennes.a_fibrer", "r151_49.raccordement_inconditionnel",
                                      "l151_11.equipements_collectifs"}


def test_route_progress_fallback_is_a_data_quality_finding():
    net = network([("E1", None, "7", line((0, 0), (100, 0)))])
    assert not [f for f in net.findings if f.rule_id.startswith("gracethd.progress")] or True
    unknown = [f for f in net.findings if f.rule_id == "gracethd.progress_unknown"]
    assert [(f.metric, f.famille, f.avis) for f in unknown] == \
        [(1, "qualite_donnees", "observation")]


def test_legal_table_marks_what_was_not_verified():
    assert TEXTS["R123-9 16°"].version.startswith("non vérifié")
    assert TEXTS["L153-40"].version.startswith("non vérifié")   # recast by loi n° 2025-1129
    for key in ("L151-5", "L151-39", "L151-40", "L151-41", "R151-49 3°", "R151-50 2°",
                "L151-7", "L151-23", "L121-23", "L122-9", "L153-16", "L132-7"):
        assert TEXTS[key].version.startswith("vérifié : texte Légifrance en vigueur au 27 "
                                             "février 2026"), key
    # the phasing of an OAP is L151-6-1's: L151-7 I 3° is repealed
    assert "L151-6-1" in TEXTS["L151-7"].article and "échéancier" in TEXTS["L151-7"].quote
    assert "amendement" not in TEXTS["L151-40"].version
    # L151-19, cited for a protected element: the LEGI row gives its start, no end
    assert "en vigueur depuis le 10 août 2016" in TEXTS["L151-19"].version
    assert "un mois" in TEXTS["L34-9-1"].quote and "président de l'EPCI" in TEXTS["L34-9-1"].quote
    assert "20 % des coûts de terrassement" in TEXTS["L2224-35"].quote


def test_readme_carries_the_legal_reference_table():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for text in TEXTS.values():
        assert f"| {text.article} | {text.force} | {text.version} |" in readme, text.article


def test_scot_citation_follows_the_scots_regime():
    sectors = pd.DataFrame({"geometry": [box(-10, -10, 150, 150)]})
    p = plan([("1AU", "AUc", box(0, 0, 100, 100))])
    old = plan([("Z", "U", box(0, 0, 1, 1))], doc={"TYPEDOC": "SCOT", "DATAPPRO": "20180218"})
    new = plan([("Z", "U", box(0, 0, 1, 1))], doc={"TYPEDOC": "SCOT", "DATAPPRO": "20250601"})
    cite = lambda scot: by_rule(run_compliance(inputs(p, scot_sectors=sectors, scot=scot)),  # noqa: E731
                                "l141_21.vigilance_scot")[0].article
    assert cite(old).startswith("L141-21 CU dans sa rédaction antérieure")
    assert cite(new).startswith("L141-4 CU, dernier alinéa, et L101-2 3° CU (DOO issu de "
                                "l'ordonnance n° 2020-744)")
    # no article succeeds the former L141-21: the modernised DOO carries it through L141-4
    assert "L131-4" in cite(None) and "L141-4" in cite(None) and "L101-2 3°" in cite(None)
    assert "successor" not in cite(None) and "successeur" not in cite(None)


def test_a_scot_given_as_the_plan_says_what_is_not_evaluated():
    p = plan([("Z", "U", box(0, 0, 100, 100))], doc={"TYPEDOC": "SCOT"})
    res = run_compliance(inputs(p))
    found = [f for f in res.findings if f.rule_id == "engine.non_applicable"]
    assert len(found) == 1 and ("DOO" in found[0].message)
    assert not [f for f in res.findings if f.rule_id.startswith(("l151", "r151", "desserte"))]


def test_an_unreadable_reglement_is_named_with_its_reason_never_read_as_silent():
    p = plan([("1AU", "AUc", box(0, 0, 100, 100))])
    bad = WrittenPieces(reglement=Reglement("/data/plu/r.pdf", "pdf", False,
                                            raison="/data/plu/r.pdf: encrypted PDF."))
    found = by_rule(run_compliance(inputs(p, pieces=bad)), "r151_49.regle_communications")
    assert [f.avis for f in found] == ["information"]
    assert "r.pdf: encrypted PDF" in found[0].message and "/data/plu" not in found[0].message
