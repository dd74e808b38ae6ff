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


def run(zone_rows, routes, works_rows, **kw):
    p = plan(zone_rows)
    ins = inputs(p, network=network(routes), works=works_frame(works_rows) if works_rows else None,
                 **kw)
    res = run_compliance(ins)
    params = {**res.params, **ts.RULE.defaults()}
    return ts.opportunities(ins, res, params, TODAY)


# An existing route in the middle of the zone keeps the zone served: the only need is the route.
SERVED = ("E1", "E", "7", line((0, 60), (400, 60)))
TOWN = ("UB", "U", box(-50, -50, 450, 150))  # fully within 100 m of SERVED: not itself a need
PLANNED = ("P1", "C", "7", line((0, 0), (300, 0)))


def works(y, x1=400, pieces=None, nature="Gaz"):
    """Network works (gas) by default: L49 concerns works on networks, not roads."""
    if pieces:
        return [(f"W{i}", "GRDF", nature, "2026-06-01", "2026-03-02", g)
                for i, g in enumerate(pieces)]
    return [("W1", "GRDF", nature, "2026-06-01", "2026-03-02", line((0, y), (x1, y)))]


def test_works_along_a_planned_route_in_town():
    opp = run([TOWN], [SERVED, PLANNED], works(6))
    assert len(opp) == 1
    o = opp.iloc[0]
    assert (o["kind"], o["need"], o["works_id"]) == ("travaux_programmes", "rip_a_construire", "W1")
    assert o["length_m"] == pytest.approx(300.0)
    assert o["works_length_m"] == 400 and bool(o["en_agglomeration"])
    assert o["l49_seuil_m"] == 150 and bool(o["l49_eligible"])
    assert pd.Timestamp(o["date_limite_l49"]).date() == dt.date(2026, 4, 13)
    # the saving is an upper bound net of the requester's 20 % share, with its range
    assert o["cout_unitaire_eur_m"] == 90 and o["cout_evite_eur"] == 300 * 90 * 0.8
    assert (o["cout_unitaire_min_eur_m"], o["cout_unitaire_max_eur_m"]) == (50, 90)
    assert o["base_legale"].startswith("L49 CPCE") and o["rang"] == 1
    assert "GRDF" in o["partenaires"] and "13 avril 2026" in o["message"]
    assert "demande motivée" in o["message"] or "reasoned request" in o["message"]


def test_works_40_m_away_give_nothing():
    assert len(run([TOWN], [SERVED, PLANNED], works(40))) == 0


def test_outside_agglomeration_not_eligible_but_reported():
    opp = run([("A", "A", box(-50, -50, 450, 150))], [SERVED, PLANNED], works(6))
    assert len(opp) == 1
    o = opp.iloc[0]
    assert not bool(o["en_agglomeration"]) and o["l49_seuil_m"] == 1000
    assert not bool(o["l49_eligible"]) and o["cout_evite_eur"] == 300 * 15 * 0.8
    # below the threshold: a joint-laying agreement, never L47, no L49 deadline
    assert o["base_legale"].startswith("convention") and "L47" not in o["message"]
    assert pd.isna(o["date_limite_l49"])


def test_road_works_are_coordination_not_l49():
    opp = run([TOWN], [SERVED, PLANNED], works(6, nature="Voirie"))
    o = opp.iloc[0]
    assert not bool(o["l49_eligible"]) and pd.isna(o["l49_seuil_m"])
    assert pd.isna(o["date_limite_l49"])
    assert o["base_legale"].startswith("coordination des travaux de voirie")
    assert "L49" not in o["base_legale"] and "L47" not in o["base_legale"]


def test_lighting_line_is_not_under_l2224_35_but_an_electricity_line_is():
    aerial = pd.DataFrame({"line_id": ["EP", "BT"], "nature": ["eclairage", "electricite"],
                           "owner": ["Commune", "ENEDIS"],
                           "geometry": [line((0, 2000), (400, 2000)),
                                        line((0, 3000), (400, 3000))]})
    zones = [("UB", "U", box(-100, -100, 1100, 3100))]
    dates = ("2026-06-01", "2026-03-02")
    w = [("W1", "SDE", "Effacement des réseaux", *dates, line((0, 2005), (400, 2005))),
         ("W2", "SDE", "Effacement des réseaux", *dates, line((0, 3005), (400, 3005)))]
    opp = run(zones, [SERVED], w, aerial=aerial).set_index("need_id")
    assert opp.loc["BT", "base_legale"].startswith("L2224-35")
    assert "20 % des coûts de terrassement" in opp.loc["BT", "base_legale"]
    assert "L2224-35" not in opp.loc["EP", "base_legale"]
    assert opp.loc["EP", "need"] == "ligne_aerienne"


def test_totals_count_each_metre_of_a_need_once():
    # one planned route along two works: two opportunities, one need, 300 m counted once
    w = works(6) + [("W2", "Régie", "Eau potable", "2026-06-01", "2026-03-02",
                     line((0, -6), (400, -6)))]
    opp = run([TOWN], [SERVED, PLANNED], w)
    assert len(opp) == 2 and opp["length_m"].sum() == pytest.approx(600)
    total = ts.totals(opp)
    assert total["length_m"] == pytest.approx(300, abs=1) and total["needs"] == 1
    assert total["cost_eur"] == pytest.approx(300 * 90 * 0.8, rel=0.01)


def test_two_works_pieces_end_to_end_are_one_opportunity():
    pieces = [line((0, 6), (150, 6)), line((150, 6), (400, 6))]
    opp = run([TOWN], [SERVED, PLANNED], works(6, pieces=pieces))
    assert len(opp) == 1
    assert opp.iloc[0]["works_id"] == "W0 + W1" and opp.iloc[0]["length_m"] == pytest.approx(300)
    assert opp.iloc[0]["works_length_m"] == pytest.approx(400)


def test_aerial_line_along_works_in_n_zone_ranks_higher():
    aerial = pd.DataFrame({"line_id": ["LN", "LA"], "nature": "electricite", "owner": "ENEDIS",
                           "geometry": [line((0, 2000), (400, 2000)), line((3000, 2000), (3400, 2000))]})
    zones = [("N", "N", box(-100, 1900, 1000, 2100)), ("A", "A", box(2900, 1900, 4000, 2100)),
             ("UB", "U", box(-100, -100, 1100, 1100))]
    dates = ("2026-06-01", "2026-03-02")
    w = [("WN", "SDE", "Effacement des réseaux", *dates, line((0, 2005), (400, 2005))),
         ("WA", "SDE", "Effacement des réseaux", *dates, line((3000, 2005), (3400, 2005)))]
    opp = run(zones, [SERVED], w, aerial=aerial)
    burial = opp[opp["kind"] == "effacement"].set_index("need_id")
    assert set(burial.index) == {"LN", "LA"}
    assert burial.loc["LN", "length_m"] == pytest.approx(400)
    assert burial.loc["LN", "score"] > burial.loc["LA", "score"]
    assert "20 %" in burial.loc["LN", "message"] and burial.loc["LN", "base_legale"].startswith("L2224-35")


def test_missing_link_between_duct_routes():
    routes = [("E1", "E", "7", line((0, 0), (500, 0))), ("E2", "E", "7", line((650, 0), (1000, 0)))]
    w = [("W1", "Régie", "Eau potable", "2026-06-01", "2026-03-02", line((400, 5), (800, 5)))]
    opp = run([("UB", "U", box(-100, -100, 1100, 1100))], routes, w)
    link = opp[opp["kind"] == "liaison_manquante"]
    assert len(link) == 1 and link.iloc[0]["length_m"] == pytest.approx(150)


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
    w = [("W1", "Département", "Voirie", "2026-06-01", "2026-03-02", line((0, 5), (800, 5)))]
    ins = inputs(p, network=network(routes), works=works_frame(w))
    res = run_compliance(ins)
    opp = ts.opportunities(ins, res, {**res.params, **ts.RULE.defaults()}, TODAY)
    assert sorted(zip(opp["need_id"], opp["insee"], opp["idurba"])) == [
        ("P1", "12345", "12345_PLU_20200101"), ("P2", "67890", "67890_PLU_20210101"),
        ("UA", "12345", "12345_PLU_20200101"), ("UB", "67890", "67890_PLU_20210101")]
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
