"""The trench-sharing engine on the cases of the issue, with exact values."""
import datetime as dt

import pandas as pd
import numpy as np
import pytest
import shapely

from scan_urba_plugin.core import trench_sharing as ts
from scan_urba_plugin.core.engine import run_compliance

from .scenario import box, inputs, line, network, plan, works_frame

TODAY = dt.date(2026, 3, 10)


NICE, RURAL = "06088", "18003"  # in the unité urbaine 06701; hors unité urbaine (18000)


def run(zone_rows, routes, works_rows, insee=NICE, psc_rows=(), **kw):
    p = plan(zone_rows, psc_rows, insee=insee)
    ins = inputs(p, network=network(routes), works=works_frame(works_rows) if works_rows else None,
                 **kw)
    res = run_compliance(ins)
    params = {**res.params, **ts.RULE.defaults()}
    return ts.opportunities(ins, res, params, TODAY)


# An existing route in the middle of the zone keeps the zone served: the only need is the route.
SERVED = ("E1", "E", "7", line((0, 60), (400, 60)))
TOWN = ("UB", "U", box(-50, -50, 450, 150))  # fully within 100 m of SERVED: not itself a need
PLANNED = ("P1", "C", "7", line((0, 0), (300, 0)))


def works(y, x1=400, pieces=None, nature="Gaz", moa="GRDF"):
    """Network works (gas) by default: L49 concerns works on networks, not roads."""
    if pieces:
        return [(f"W{i}", moa, nature, "2026-06-01", "2026-03-02", g)
                for i, g in enumerate(pieces)]
    return [("W1", moa, nature, "2026-06-01", "2026-03-02", line((0, y), (x1, y)))]


def flat(text) -> str:
    """French figures use narrow no-break spaces: compare with plain ones."""
    return str(text).replace("\u202f", " ").replace("\xa0", " ")


def test_works_along_a_planned_route_in_an_unite_urbaine():
    opp = run([TOWN], [SERVED, PLANNED], works(6))
    assert len(opp) == 1
    o = opp.iloc[0]
    assert (o["kind"], o["need"], o["works_id"]) == ("travaux_programmes", "rip_a_construire", "W1")
    assert o["length_m"] == pytest.approx(300.0)
    assert o["works_length_m"] == 400 and o["en_agglomeration"] is True
    assert o["agglomeration_notion"] == "commune in an INSEE unité urbaine"
    assert o["l49_seuil_m"] == 150 and bool(o["l49_eligible"]) and not o["l49_sous_reserve"]
    assert pd.Timestamp(o["date_limite_l49"]).date() == dt.date(2026, 4, 13)
    # the cost is a range with its source, no "au plus", no sharing factor
    assert (o["cout_min_eur"], o["cout_max_eur"]) == (300 * 50, 300 * 90)
    assert (o["cout_unitaire_min_eur_m"], o["cout_unitaire_max_eur_m"]) == (50, 90)
    assert o["base_legale"] == "L49 CPCE ; seuils de l'article D407-4 CPCE" and o["rang"] == 1
    assert "GRDF" in o["partenaires"] and "13 avril 2026" in o["message"]
    assert "15 000 € to 27 000 €" in flat(o["message"]) and "CETE de l'Ouest" in o["message"]
    assert "at most" not in o["message"] and "in an INSEE unité urbaine" in o["message"]
    assert "reasoned request (L49 CPCE)" in o["message"]


def test_works_40_m_away_give_nothing():
    assert len(run([TOWN], [SERVED, PLANNED], works(40))) == 0


def test_commune_outside_any_unite_urbaine_needs_1000_m_even_in_its_u_zone():
    # 400 m of water works in the village's U zone of a commune hors unité urbaine: the U
    # zone is no agglomération; threshold 1 000 m, not L49-eligible (review, case 17)
    w = [("W1", "Régie", "Eau potable", "2026-06-01", "2026-03-02", line((0, 6), (400, 6)))]
    o = run([TOWN], [SERVED, PLANNED], w, insee=RURAL).iloc[0]
    assert o["en_agglomeration"] is False and o["l49_seuil_m"] == 1000
    assert o["agglomeration_notion"] == "commune outside any INSEE unité urbaine"
    assert not bool(o["l49_eligible"]) and not o["l49_sous_reserve"]
    assert o["base_legale"].startswith("convention") and pd.isna(o["date_limite_l49"])
    assert "L49 threshold (1 000 m; agglomération: commune outside any INSEE unité urbaine)" \
        in flat(o["message"])
    assert "L47" not in o["message"] and o["cout_min_eur"] == 300 * 50


def test_commune_inside_an_unite_urbaine_200_m_in_n_zone_is_eligible():
    n_zone = ("N", "N", box(-50, -50, 450, 150))
    w = [("W1", "Régie", "Eau potable", "2026-06-01", "2026-03-02", line((0, 6), (200, 6)))]
    o = run([n_zone], [SERVED, PLANNED], w).iloc[0]
    assert o["en_agglomeration"] is True and o["l49_seuil_m"] == 150 and bool(o["l49_eligible"])
    assert (o["cout_min_eur"], o["cout_max_eur"]) == (200 * 15, 200 * 50)  # open ground


def test_commune_absent_from_the_insee_table_leaves_l49_open_and_says_so():
    o = run([TOWN], [SERVED, PLANNED], works(6), insee="12345").iloc[0]
    assert o["en_agglomeration"] is None and o["l49_seuil_m"] == 150
    assert not bool(o["l49_eligible"]) and bool(o["l49_sous_reserve"])
    assert pd.Timestamp(o["date_limite_l49"]).date() == dt.date(2026, 4, 13)
    assert o["base_legale"].startswith("L49 CPCE si les travaux sont en agglomération")
    assert "absent from the INSEE table" in o["message"]
    assert "if the commune belongs to an INSEE unité urbaine" in o["message"]
    # 1 000 m of works are L49 works whatever the agglomération
    long = run([TOWN], [SERVED, PLANNED], works(6, x1=1000), insee="12345").iloc[0]
    assert bool(long["l49_eligible"]) and not long["l49_sous_reserve"]


def test_an_agglomeration_layer_given_decides_and_is_named():
    agglo = pd.DataFrame({"geometry": [box(1000, 1000, 1100, 1100)]})  # away from the works
    o = run([TOWN], [SERVED, PLANNED], works(6), agglomeration=agglo).iloc[0]
    assert o["en_agglomeration"] is False and o["l49_seuil_m"] == 1000
    assert o["agglomeration_notion"] == "agglomération layer given by the user"


def test_road_works_are_coordination_not_l49():
    opp = run([TOWN], [SERVED, PLANNED], works(6, nature="Voirie"))
    o = opp.iloc[0]
    assert not bool(o["l49_eligible"]) and pd.isna(o["l49_seuil_m"])
    assert pd.isna(o["date_limite_l49"]) and o["agglomeration_notion"] == ""
    assert o["base_legale"].startswith("coordination des travaux de voirie")
    assert "L49" not in o["base_legale"] and "L47" not in o["base_legale"]


ZONES = [TOWN, ("A", "A", box(-100, 1900, 1100, 2100))]  # lines in A: no unserved-zone need
DATES = ("2026-06-01", "2026-03-02")
BURIAL = [("W1", "SDE", "Effacement des réseaux", *DATES, line((0, 2005), (400, 2005)))]


def aerial(nature, owner, telecom=None, operator=None):
    said = {True: 1.0, False: 0.0, None: np.nan}[telecom]  # as normalise_aerial writes it
    return pd.DataFrame({"line_id": ["L1"], "nature": [nature], "owner": [owner],
                         "carries_telecom": [said], "telecom_operator": [operator],
                         "geometry": [line((0, 2000), (400, 2000))]})


def test_a_line_with_no_telecom_cable_is_no_telecom_need():
    # an electricity line buried by the energy syndicate, a lighting line: no telecom on
    # their supports, no opportunity (review, cases 15 and 16)
    for nature, owner in (("electricite", "ENEDIS"), ("eclairage", "Commune")):
        for telecom in (None, False):
            assert len(run(ZONES, [SERVED], BURIAL, aerial=aerial(nature, owner, telecom))) == 0


def test_telecom_on_common_electricity_supports_is_l2224_35_with_the_telecom_operator():
    o = run(ZONES, [SERVED], BURIAL,
            aerial=aerial("electricite", "ENEDIS", True, "ORANGE")).iloc[0]
    assert (o["kind"], o["need"]) == ("effacement", "effacement_aerien")
    assert o["base_legale"].startswith("L2224-35 CGCT ; arrêté du 2 décembre 2008")
    assert "20 % des coûts de terrassement" in o["base_legale"]
    assert "ENEDIS" not in o["partenaires"] and "ORANGE" in o["partenaires"]
    assert "ORANGE" in o["message"] and "20 %" in o["message"] and "terrassement" in o["message"]
    assert "agreement with the collectivité" in o["message"]


def test_telecom_on_lighting_poles_is_a_need_but_not_l2224_35():
    o = run(ZONES, [SERVED], BURIAL,
            aerial=aerial("eclairage", "Commune", True, "ORANGE")).iloc[0]
    assert o["need"] == "ligne_aerienne" and "L2224-35" not in o["base_legale"]
    assert "line's owner makes the request" in o["message"]


def test_telecom_spans_on_telecom_poles_are_l49_or_an_agreement_requested_by_their_owner():
    # GraceTHD cm_typ_imp 0 along an electricity burial (review, case 18); 1 is on power poles
    spans = ("A1", "E", "0", line((0, 2000), (400, 2000)), "Commune de Val")
    o = run(ZONES, [SERVED, spans], BURIAL).iloc[0]
    assert o["need"] == "ligne_aerienne" and "L2224-35" not in o["base_legale"]
    assert o["base_legale"].startswith("L49 CPCE") and "Commune de Val" in o["partenaires"]
    assert "line's owner makes the request" in o["message"] and "20 %" not in o["message"]
    on_power = ("A1", "E", "1", line((0, 2000), (400, 2000)), "ORANGE")
    p = run(ZONES, [SERVED, on_power], BURIAL).iloc[0]
    assert p["need"] == "effacement_aerien" and p["base_legale"].startswith("L2224-35")
    assert "ORANGE" in p["partenaires"]


def test_one_corridor_shared_by_several_needs_is_one_row():
    # a planned route and an opened AU zone along the same works: one trench, two needs
    au = ("1AU", "AUc", box(-50, -20, 450, 30))
    w = [("W1", "Régie", "Eau potable", "2026-06-01", "2026-03-02", line((0, 6), (300, 6)))]
    opp = run([TOWN, au], [SERVED, PLANNED], w)
    rows = opp[opp["works_id"] == "W1"]
    assert len(rows) == 1
    o = rows.iloc[0]
    assert o["besoins"].count(" ; ") == 1 and "(P1)" in o["besoins"] and "(1AU)" in o["besoins"]
    assert o["length_m"] == pytest.approx(300)  # the works' own line, counted once
    assert "équipements propres" in o["message"] and "L332-15" in o["message"]
    total = ts.totals(opp)
    assert total["length_m"] == pytest.approx(opp["length_m"].sum())
    assert total["trenches"] == len(opp)


def test_totals_add_each_trench_once_and_count_each_need_once():
    # one planned route along two works: two trenches (alternatives), one need
    w = works(6) + [("W2", "Régie", "Eau potable", "2026-06-01", "2026-03-02",
                     line((0, -6), (400, -6)))]
    opp = run([TOWN], [SERVED, PLANNED], w)
    assert len(opp) == 2 and opp["length_m"].sum() == pytest.approx(600)
    total = ts.totals(opp)
    assert total["length_m"] == pytest.approx(600) and total["needs"] == 1
    assert (total["cost_min_eur"], total["cost_max_eur"]) == (600 * 50, 600 * 90)


def test_the_rip_authority_s_own_works_for_its_own_rip_need_are_internal():
    # the Département's road works carry the Département's planned RIP route (case 19)
    route = ("P1", "C", "7", line((0, 0), (300, 0)), "Département des Alpes-Maritimes (RIP)")
    w = works(6, nature="Voirie", moa="Département des Alpes-Maritimes")
    o = run([TOWN], [SERVED, route], w).iloc[0]
    assert o["kind"] == "coordination_interne" and o["score"] == 0
    assert o["base_legale"].startswith("coordination interne")
    assert "not a sharing opportunity" in o["message"] and "€" not in o["message"]
    assert ts.totals(pd.DataFrame([o]))["trenches"] == 0
    # counter-case: another maître d'ouvrage's works for the same need are an opportunity
    other = run([TOWN], [SERVED, route], works(6, nature="Voirie", moa="Commune")).iloc[0]
    assert other["kind"] == "travaux_programmes"


def test_a_closed_aus_zone_is_never_an_offer_nor_a_need():
    closed = ("2AU", "AUs", box(-50, -20, 450, 30))
    opp = run([TOWN, closed], [SERVED, PLANNED], None)
    assert len(opp) == 0
    opened = ("1AU", "AUc", box(-50, -20, 450, 30))
    o = run([TOWN, opened], [SERVED, PLANNED], None).iloc[0]
    # the developer may carry a RIP route only by an agreement paid by the network
    assert (o["kind"], o["need"]) == ("zone_au", "rip_a_construire")
    assert "L332-15" in o["base_legale"] and "n'est pas un équipement propre" in o["base_legale"]
    assert "L151-40" not in o["base_legale"] and "agreement with the developer" in o["message"]


def test_an_er_road_realised_by_works_is_the_works_trench():
    er = ("05", "01", "ER 1 : voie nouvelle", box(-10, -10, 410, 20))
    p_works = run([TOWN], [SERVED, PLANNED], works(6), psc_rows=[er])
    assert p_works["works_id"].tolist() == ["W1"]
    alone = run([TOWN], [SERVED, PLANNED], None, psc_rows=[er]).iloc[0]
    assert alone["kind"] == "er_voirie" and alone["base_legale"].startswith("L151-41 1° CU")


def test_works_crossing_an_l151_23_element_carry_the_formalities_note():
    hedge = ("07", "04", "Ripisylve du vallon", box(100, -20, 120, 30))
    o = run([TOWN], [SERVED, PLANNED], works(6), psc_rows=[hedge]).iloc[0]
    assert o["formalites"] == "Ripisylve du vallon"
    assert "L151-23" in o["message"] and "prior formalities" in o["message"]
    plain = run([TOWN], [SERVED, PLANNED], works(6)).iloc[0]
    assert plain["formalites"] == "" and "L151-23" not in plain["message"]


def test_aerial_line_along_works_in_n_zone_ranks_higher():
    lines = pd.DataFrame({"line_id": ["LN", "LA"], "nature": "electricite", "owner": "ENEDIS",
                          "carries_telecom": 1.0, "telecom_operator": "ORANGE",
                          "geometry": [line((0, 2000), (400, 2000)),
                                       line((3000, 2000), (3400, 2000))]})
    zones = [("N", "N", box(-100, 1900, 1000, 2100)), ("A", "A", box(2900, 1900, 4000, 2100)),
             ("UB", "U", box(-100, -100, 1100, 1100))]
    w = [("WN", "SDE", "Effacement des réseaux", *DATES, line((0, 2005), (400, 2005))),
         ("WA", "SDE", "Effacement des réseaux", *DATES, line((3000, 2005), (3400, 2005)))]
    opp = run(zones, [SERVED], w, aerial=lines)
    burial = opp[opp["kind"] == "effacement"].set_index("need_id")
    assert set(burial.index) == {"LN", "LA"}
    assert burial.loc["LN", "length_m"] == pytest.approx(400)
    assert burial.loc["LN", "score"] > burial.loc["LA", "score"]
    assert "20 %" in burial.loc["LN", "message"]
    assert burial.loc["LN", "base_legale"].startswith("L2224-35")


def test_two_works_pieces_end_to_end_are_one_opportunity():
    pieces = [line((0, 6), (150, 6)), line((150, 6), (400, 6))]
    opp = run([TOWN], [SERVED, PLANNED], works(6, pieces=pieces))
    assert len(opp) == 1
    assert opp.iloc[0]["works_id"] == "W0 + W1" and opp.iloc[0]["length_m"] == pytest.approx(300)
    assert opp.iloc[0]["works_length_m"] == pytest.approx(400)


def test_missing_link_between_duct_routes():
    routes = [("E1", "E", "7", line((0, 0), (500, 0))), ("E2", "E", "7", line((650, 0), (1000, 0)))]
    w = [("W1", "Régie", "Eau potable", "2026-06-01", "2026-03-02", line((400, 5), (800, 5)))]
    opp = run([("UB", "U", box(-100, -60, 1100, 60))], routes, w)  # a served street
    assert len(opp) == 1 and opp.iloc[0]["need"] == "liaison_manquante"
    assert opp.iloc[0]["besoins"] == "a missing link between duct routes (LM-1)"
    assert opp.iloc[0]["length_m"] == pytest.approx(150)


def test_score_formula_is_documented_and_bounded():
    assert "0.5" in ts.SCORE_FORMULA and "urgency" in ts.SCORE_FORMULA
    opp = run([TOWN], [SERVED, PLANNED], works(6))
    assert 0 <= opp["score"].min() <= opp["score"].max() <= 100


def test_polygons_that_only_touch_share_nothing():
    shared = ts._shared_polygons(np.array([box(0, 0, 100, 100), box(0, 0, 100, 100)]),
                                 np.array([box(100, 0, 200, 100), box(50, 0, 200, 10)]))
    assert shared[0] is None
    assert shared[1].length == pytest.approx(50)
    assert shared[1].centroid.y == pytest.approx(box(0, 0, 1, 10).centroid.y)
    assert list(ts._extent_length([box(0, 0, 100, 0), box(0, 0, 30, 80)])) == [100, 80]


def test_in_a_mosaic_of_communal_plans_each_result_names_its_own_commune():
    # two communal PLU side by side in one dataset, as the département mosaic is read
    p = plan([("UA", "U", box(0, -100, 400, 100)), ("UB", "U", box(400, -100, 800, 100))])
    p.tables["ZONE_URBA"].loc[1, "IDURBA"] = "67890_PLU_20210101"
    routes = [("P1", "C", "7", line((0, 0), (350, 0))), ("P2", "C", "7", line((450, 0), (800, 0)))]
    w = [("W1", "Commune A", "Voirie", "2026-06-01", "2026-03-02", line((0, 5), (390, 5))),
         ("W2", "Commune B", "Voirie", "2026-06-01", "2026-03-02", line((410, 5), (800, 5)))]
    ins = inputs(p, network=network(routes), works=works_frame(w))
    res = run_compliance(ins)
    opp = ts.opportunities(ins, res, {**res.params, **ts.RULE.defaults()}, TODAY)
    # one row per trench, listing its needs, named after its own commune
    assert sorted(zip(opp["works_id"], opp["besoins"], opp["insee"], opp["idurba"])) == [
        ("W1", "a zone with no RIP network recorded nearby (UA) ; a RIP route to build (P1)",
         "12345", "12345_PLU_20200101"),
        ("W2", "a zone with no RIP network recorded nearby (UB) ; a RIP route to build (P2)",
         "67890", "67890_PLU_20210101")]
    served = {f.libelle: f.insee for f in res.findings if f.rule_id.startswith("desserte.")}
    assert served == {"UA": "12345", "UB": "67890"}


def test_a_line_drawn_there_and_back_keeps_its_shared_stretch():
    # Aerial spans of the département bench, one digitised there and back: cutting them to
    # where they meet the works made GEOS collapse them, and the 22 m shared were lost.
    need = shapely.from_wkt("MULTILINESTRING ((1007800 6250100, 1007800 6250000, 1007900 6250000), "
                            "(1007900 6249997, 1007900 6250097), "
                            "(1007900 6250000, 1007900 6250100, 1007900 6250000))")
    works = shapely.from_wkt("LINESTRING (1007600 6249704, 1007600 6250104, 1008000 6250104)")
    shared = ts._shared_lines(np.array([need]), np.array([works]), np.array([0]), np.array([0]),
                              15.0)[0]
    assert shared.length == pytest.approx(22.0)


def test_a_commune_owning_a_few_aerial_spans_is_not_the_rip_authority():
    # the RIP's planned route belongs to the Département; the commune owns telecom spans in the
    # same GraceTHD export: the commune's road works are an opportunity, not internal work
    route = ("P1", "C", "7", line((0, 0), (300, 0)), "Département des Alpes-Maritimes (RIP)")
    spans = ("A1", "E", "0", line((2000, 2000), (2400, 2000)), "Commune")
    o = run([TOWN], [SERVED, route, spans], works(6, nature="Voirie", moa="Commune")).iloc[0]
    assert o["kind"] == "travaux_programmes" and o["base_legale"].startswith("coordination")


def test_an_undetermined_agglomeration_after_the_l49_window_says_it_closed():
    before = run([TOWN], [SERVED, PLANNED], works(6), insee="12345").iloc[0]
    ins = inputs(plan([TOWN], insee="12345"), network=network([SERVED, PLANNED]),
                 works=works_frame(works(6)))
    res = run_compliance(ins)  # the same inputs analysed after the six weeks
    after = ts.opportunities(ins, res, {**res.params, **ts.RULE.defaults()},
                             dt.date(2026, 5, 1)).iloc[0]
    assert "before 13 avril 2026" in before["message"]
    assert "window closed on 13 avril 2026" in after["message"]
    assert "send a reasoned request" not in after["message"]


def test_the_aerial_layer_says_whether_telecom_rides_the_supports():
    from scan_urba_plugin.core.model import RawLayer
    from scan_urba_plugin.core.standards import mapped_layers

    frame = pd.DataFrame({"code": ["BT1", "BT2", "EP1", "T1"],
                          "reseau": ["électricité BT", "électricité BT", "éclairage public",
                                     "télécom"],
                          "appuis_communs": ["oui", "non", None, None],
                          "operateur_telecom": ["ORANGE", None, None, None],
                          "geometry": [line((0, 0), (10, 0))] * 4}).assign(fid=range(4))
    out, findings = mapped_layers.normalise_aerial(RawLayer("lignes", frame, crs="EPSG:2154"))
    assert out["carries_telecom"].fillna(-1).tolist() == [1, 0, -1, 1]  # -1: not said
    assert out["telecom_operator"].tolist()[0] == "ORANGE"
    assert [f.rule_id for f in findings] == ["works.appuis_communs_inconnus"]
    assert findings[0].message.startswith("1 electricity or lighting line(s)")


def test_the_rip_note_prints_ranges_pending_deadlines_and_internal_work_as_such():
    from scan_urba_plugin.core.avis import note, templates

    t = templates.load("fr")
    o = run([TOWN], [SERVED, PLANNED], works(6), insee="12345")
    row = o.iloc[0].to_dict()
    row["date_limite_l49"] = str(pd.Timestamp(row["date_limite_l49"]).date())
    text = flat(note.opportunity_sentence(row, t))
    assert "de l'ordre de 15 000 à 27 000 €" in text and "au plus" not in text
    assert "unité urbaine au sens de l'INSEE" in text and "13 avril 2026" in text
    # the RIP team's note lists internal coordination in the scan's words, with no cost
    internal = dict(row, kind="coordination_interne", message="Coordination interne.")
    assert note.opportunity_sentence(internal, t) == "Coordination interne."
    table = [b for b in note._opportunities(pd.DataFrame([row]), t) if b.kind == "table"][0]
    assert len(table.rows) == 1 and flat(table.rows[0][6]) == "15 000 – 27 000"


def test_the_scan_says_which_agglomeration_the_l49_thresholds_read():
    for insee, answer in ((NICE, "commune in an INSEE unité urbaine"),
                          (RURAL, "commune outside any INSEE unité urbaine"),
                          ("12345", "agglomération undetermined")):
        ins = inputs(plan([TOWN], insee=insee), network=network([SERVED, PLANNED]),
                     works=works_frame(works(6)))
        found = [f for f in run_compliance(ins).findings
                 if f.rule_id == "engine.agglomeration_par_defaut"]
        assert len(found) == 1 and "D407-4" in found[0].article
        assert "INSEE unité urbaine (unités urbaines 2020" in found[0].message
        assert "not from the plan's zones: " + answer in found[0].message
        assert ("until then" in found[0].suggestion) == (insee == "12345")


def test_the_demo_commune_one_row_per_trench_in_law_and_money():
    """The acceptance scenario of the legal review's Annexe 1 (§2 rows 22–34) on the demo
    commune: each row of the former thirteen, read again."""
    import dataclasses

    from sampledata import sample_network
    from scan_urba_plugin.core.model import RawLayer
    from scan_urba_plugin.core.standards import mapped_layers

    from .test_whole_plan import demo_inputs

    def raw(name, frame):
        return RawLayer(name, frame.assign(fid=range(len(frame))), crs="EPSG:2154")

    works_, _ = mapped_layers.normalise_works(raw("travaux", sample_network.works()))
    aerial_, quality = mapped_layers.normalise_aerial(raw("lignes", sample_network.aerial_lines()))
    assert quality == []  # the inventory says: no telecom on LA-BT-01 nor LA-EP-01
    ins = dataclasses.replace(demo_inputs(), works=works_, aerial=aerial_)
    res = run_compliance(ins)
    opp = ts.opportunities(ins, res, {**res.params, **ts.RULE.defaults()}, dt.date(2026, 12, 6))
    rows = opp.set_index("works_id")
    # no telecom need from the lighting line (row 3) nor the ENEDIS line (row 12); 2AU is
    # closed (row 13); ER n° 1 and 1AU are the trench of TRV-2027-01 (rows 4, 5, 7, 8)
    assert sorted(rows.index) == ["TRV-2027-01", "TRV-2027-02", "TRV-2027-03", "TRV-2027-04",
                                  "TRV-2027-05", "TRV-2027-07"]
    assert not opp["besoins"].str.contains("LA-EP-01|LA-BT-01|9000006").any()
    # the Département's own road works for its own RIP route and zone 1AU: internal (row 2)
    own = rows.loc["TRV-2027-01"]
    assert own["kind"] == "coordination_interne" and "(1AU)" in own["besoins"]
    # telecom spans on telecom poles, owned by the commune: L49 if in an unité urbaine (the
    # demo commune 06999 is in no INSEE table), never L2224-35 (rows 6 and 29)
    spans = rows.loc["TRV-2027-04"]
    assert spans["need"] == "ligne_aerienne" and bool(spans["l49_sous_reserve"])
    assert spans["base_legale"].startswith("L49 CPCE si les travaux sont en agglomération")
    assert "Commune de Val-de-Démo" in spans["partenaires"] and "ENEDIS" not in spans["partenaires"]
    # costs as ranges, no "au plus" (row 26); the headline adds each trench once (row 27)
    assert (opp["cout_max_eur"] > opp["cout_min_eur"]).all()
    total = ts.totals(opp)
    assert total["trenches"] == 5 and total["length_m"] == pytest.approx(
        opp.loc[opp["kind"] != "coordination_interne", "length_m"].sum())


def test_missing_links_join_each_pair_of_network_parts_by_their_nearest_ends():
    """Three parts of a duct network: the shortest gap between each pair of parts within
    gap_max, one need each, ends shared by segments counted once (line_ends, then the
    nodes sorted and deduplicated)."""
    import pandas as pd

    from scan_urba_plugin.core.geometry import line_ends

    lines = [shapely.LineString([(0, 0), (100, 0)]), shapely.LineString([(100, 0), (200, 0)]),
             shapely.LineString([(230, 0), (300, 0), (300, 50)]),  # 30 m from the first part
             shapely.LineString([(200, 80), (200, 150)])]  # 80 m from part 1, 85.4 from part 2
    starts, ends = line_ends(np.array(lines, dtype=object))
    assert starts.tolist() == [[0, 0], [100, 0], [230, 0], [200, 80]]
    assert ends.tolist() == [[100, 0], [200, 0], [300, 50], [200, 150]]
    assert [len(a) for a in line_ends(np.array([], dtype=object))] == [0, 0]
    routes = pd.DataFrame({"progress": "existant", "aerial": False, "geometry": lines})
    links = ts._missing_links(routes, 150.0)
    assert links["need_id"].tolist() == ["LM-1", "LM-2", "LM-3"]
    assert sorted(round(g.length, 6) for g in links["geometry"]) == [30.0, 80.0, 85.440037]
    assert sorted(shapely.get_coordinates(links["geometry"].to_numpy()).tolist()) == \
        sorted([[200, 0], [230, 0], [200, 0], [200, 80], [230, 0], [200, 80]])


def test_touching_segments_read_from_coordinates_agree_with_geos():
    """The coordinates' shortcut (an end in common, not in line) gives GEOS's touches on
    every kind of pair: chained, crossing, T-junction, in line, overlapping, repeated,
    reversed, degenerate, multi-vertex, and random segments on a grid (many shared ends)."""
    rng = np.random.default_rng(7)
    pts = rng.integers(0, 6, size=(400, 2, 2)).astype(float)
    geoms = list(shapely.linestrings(pts))
    geoms += [shapely.LineString([(0, 0), (10, 0)]), shapely.LineString([(10, 0), (20, 5)]),
              shapely.LineString([(10, 0), (20, 0)]), shapely.LineString([(5, 0), (15, 0)]),
              shapely.LineString([(5, -5), (5, 0)]), shapely.LineString([(0, 0), (10, 0)]),
              shapely.LineString([(10, 0), (0, 0)]), shapely.LineString([(3, 3), (3, 3)]),
              shapely.LineString([(10, 0), (10, 5), (0, 5), (0, 0)]),
              shapely.MultiLineString([[(20, 5), (30, 5)], [(40, 0), (50, 0)]]),
              shapely.LineString([(0, 0), (1e7, 1e-3)]), shapely.LineString([(0, 0), (1e7, 0)])]
    geoms = np.array(geoms, dtype=object)
    a, b = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    a, b = a[a != b], b[a != b]
    got = ts._touching(geoms, a, b)
    assert np.array_equal(got, shapely.touches(geoms[a], geoms[b]))
    assert got.sum() > 100 and (~got).sum() > 100  # both answers well represented


def test_pairs_surely_shorter_than_the_minimum_are_so_for_geos():
    """The offer clipped to the straight need's corridor, in the need's frame: a pair is set
    aside only when GEOS too finds less than the minimum of the offer in that corridor;
    most short pairs are caught; bent needs and empty offers are left to GEOS."""
    rng = np.random.default_rng(3)
    start = rng.uniform(0, 200, size=(3000, 2))
    needs = shapely.linestrings(np.stack([start, start + rng.uniform(-60, 60, (3000, 2))], 1))
    pts = rng.uniform(0, 200, size=(3000, 4, 2))
    offers = shapely.linestrings(pts)  # zigzags, some folding back over themselves
    offers[::7] = [shapely.MultiLineString([pts[k, :2], pts[k, 2:]]) for k in range(0, 3000, 7)]
    needs[5] = shapely.LineString([(0, 0), (10, 0), (10, 10)])  # bent: GEOS's
    offers[6] = shapely.LineString()
    surely = ts._surely_shorter(needs, offers, 15.0, 10.0)
    geos = shapely.length(shapely.intersection(offers, shapely.buffer(needs, 15.0,
                                                                      cap_style="flat")))
    assert (geos[surely] < 10.0).all()
    assert surely.sum() > 0.8 * ((geos < 9.9) & (shapely.get_num_coordinates(needs) == 2)).sum()
    assert not surely[5] and surely[6]
    assert not ts._surely_shorter(needs, offers, 15.0, 0.0).any()
