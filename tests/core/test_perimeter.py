"""The plan's perimeter rules the scan: inputs cut to the plan and its margin, inputs that
miss the plan said so and set aside (issue 26, deliverables 1 and 2)."""
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
import shapely

from scan_urba_plugin.core import perimeter
from scan_urba_plugin.core.i18n import set_translator
from scan_urba_plugin.core.model import RawLayer
from scan_urba_plugin.core.scan import MARGIN, cut_to_plan, param_definitions, run_scan, \
    scan_params
from scan_urba_plugin.core.standards import gracethd

from .scenario import X0, Y0, antennas, box, inputs, line, network, plan, point, works_frame

ROOT = Path(__file__).resolve().parents[2]
FAR = 400_000.0  # m: a network of another département


def commune():
    """Four zones in a 400 m square (U, U, AUc, N)."""
    return plan([("UA", "U", box(0, 0, 200, 200)), ("UB", "U", box(200, 0, 400, 200)),
                 ("1AU", "AUc", box(0, 200, 200, 400)), ("N", "N", box(200, 200, 400, 400))])


def routes_grid(dx=0.0, dy=0.0, n=10, step=3000.0, prefix="R"):
    """n × n short routes 3 km apart, the first at the commune, shifted by (dx, dy)."""
    rows = []
    for i in range(n):
        for j in range(n):
            x, y = dx + i * step + 50, dy + j * step + 50
            avct = "C" if (i + j) % 2 == 0 else "E"
            rows.append((f"{prefix}{i}_{j}", avct, "7", line((x, y), (x + 300, y))))
    return rows


def departement_inputs(dx=0.0, dy=0.0):
    """The commune with département-wide inputs: routes, supports and works every 3 km over
    30 km, the first ones at the commune."""
    net = network(routes_grid(dx, dy),
                  sites=[("NRO1", "NRO", "C", point(dx + 150, dy + 150)),
                         ("NRO2", "NRO", "C", point(dx + 9150, dy + 150))])
    sup = antennas([(f"S{i}_{j}", "ORANGE", "TDF", point(dx + i * 3000 + 120, dy + j * 3000 + 90),
                     False) for i in range(10) for j in range(10)])
    works = works_frame([(f"W{i}_{j}", "Commune", "eau", "2030-01-01", "2029-12-01",
                          line((dx + i * 3000 + 40, dy + j * 3000 + 60),
                               (dx + i * 3000 + 380, dy + j * 3000 + 60)))
                         for i in range(10) for j in range(10)])
    return inputs(commune(), network=net, antennas=sup, works=works)


def test_the_margin_is_a_scan_parameter_defaulting_to_the_largest_reach():
    definitions = param_definitions()
    reach = {name for name, p in definitions.items() if p.reach}
    assert reach == {"serving_distance", "pooling_radius", "fibred_distance", "site_tolerance",
                     "point_protection_buffer", "corridor_width", "gap_max"}
    assert "margin" in definitions and MARGIN.unit == "m"
    assert MARGIN.default == max(definitions[n].default for n in reach) == 200.0  # gap_max
    assert "missing link" in MARGIN.source
    assert scan_params({})[1]["margin"] == 200.0
    assert scan_params({"margin": 1500})[1]["margin"] == 1500.0
    # never less than the largest reach used: a zone on the edge keeps the route serving it
    assert scan_params({"margin": 10})[1]["margin"] == 200.0
    assert scan_params({"margin": 10, "serving_distance": 450})[1]["margin"] == 450.0
    assert scan_params({"margin": 10}, ("compliance",))[1]["margin"] == 100.0


def test_a_departement_network_is_cut_to_the_plan_and_its_margin():
    given = departement_inputs()
    cut = cut_to_plan(given)
    assert cut.outside == {} and cut.findings == []
    margin = cut.perimeter.margin
    assert margin == 200.0
    # of 100 routes, supports and works 3 km apart, only those at the commune are kept
    assert len(given.network.routes) == 100
    assert list(cut.inputs.network.routes["route_id"]) == ["R0_0"]
    assert list(cut.inputs.antennas["sup_id"]) == ["S0_0"]
    assert len(cut.inputs.works) == 1
    assert list(cut.inputs.network.sites["site_id"]) == ["NRO1"]
    # a route 150 m beyond the plan is within the margin, one 250 m beyond is not
    near = perimeter.plan_perimeter(given.plan, margin)
    assert list(near.near([line((550, 0), (600, 0)), line((650, 0), (700, 0)), None])) \
        == [True, False, False]


def test_the_zones_union_made_by_the_check_keeps_what_the_zones_themselves_keep():
    """The plan's check leaves the union of its zones (plan.outline); the perimeter tests
    features against it first: the same features are kept as against the zones one by one,
    inside, across a border, within the margin, beyond it, in a zone's hole."""
    holed = shapely.Polygon(box(600, 0, 900, 300).exterior.coords,
                            [box(700, 100, 800, 200).exterior.coords])
    p = plan([("UA", "U", box(0, 0, 300, 300)), ("N", "N", box(300, 0, 600, 300)),
              ("UB", "U", holed)])
    assert p.outline is not None and shapely.area(p.outline) == pytest.approx(9e4 * 3 - 1e4)
    geoms = [line((10, 10), (20, 20)), line((250, 150), (350, 150)), line((950, 0), (990, 0)),
             line((1200, 0), (1300, 0)), point(750, 150), point(-100, -100), point(-250, 0),
             None, shapely.LineString()]
    with_outline = perimeter.plan_perimeter(p, 200.0)
    p.outline = None
    without = perimeter.plan_perimeter(p, 200.0)
    assert with_outline.outline is not None and without.outline is None
    assert list(with_outline.near(geoms)) == list(without.near(geoms)) == \
        [True, True, True, False, True, True, False, False, False]


def test_findings_and_opportunities_lie_within_the_perimeter_and_margin():
    given = departement_inputs()
    layers = {}
    result = run_scan(given, write_layers=layers.update)
    area = shapely.union_all(commune().tables["ZONE_URBA"]["geometry"].to_numpy())
    reach = shapely.buffer(area, result.params["margin"] + 0.01)
    located = [f for f in result.findings if f.geometry is not None]
    assert len(located) >= 4
    assert all(reach.covers(f.geometry) for f in located), \
        [(f.rule_id, f.geometry.wkt) for f in located if not reach.covers(f.geometry)]
    opp = result.opportunities
    assert len(opp) >= 1
    assert shapely.covers(reach, opp["geometry"].to_numpy()).all()
    # the ER question is asked only of the NRO inside the plan, not of the one 9 km away
    er = [f for f in result.findings if f.rule_id.startswith("l151_41") and f.libelle == "NRO"]
    assert [f.source_id for f in er] == ["NRO1"]
    # the context layers of the result hold the routes and works near the plan only
    assert len(layers["cheminements"][0]) == 1 and len(layers["travaux"][0]) == 1
    assert len(result.antennas) == 1


def test_before_and_after_for_one_commune():
    """The same commune scanned with the département's inputs and with its own part of
    them gives the same findings and opportunities."""
    whole = run_scan(departement_inputs())
    own = departement_inputs()
    own.network = network(routes_grid(n=1), sites=[("NRO1", "NRO", "C", point(150, 150))])
    own.antennas = own.antennas.iloc[:1]
    own.works = own.works.iloc[:1]
    part = run_scan(own)
    key = lambda r: sorted((f.rule_id, f.message) for f in r.findings)  # noqa: E731
    assert key(whole) == key(part)
    assert len(whole.opportunities) == len(part.opportunities)


def test_a_network_400_km_away_is_said_not_to_cover_the_plan_and_serves_nothing():
    given = departement_inputs(dx=FAR)
    result = run_scan(given)
    cover = [f for f in result.findings if f.rule_id == "perimetre.hors_plan"]
    assert {f.source_layer for f in cover} == {"GraceTHD (t_cheminement)", "ANFR/ARCEP",
                                               "travaux programmés"}
    net = next(f for f in cover if f.source_layer.startswith("GraceTHD"))
    assert net.famille == "qualite_donnees" and net.piece == "hors_document"
    assert net.message == ("The GraceTHD network given does not cover the plan: it lies "
                           "400\u202fkm away.")
    assert 399_000 < net.metric < 400_000
    # no serving finding, no ER question, no opportunity from it
    rules = {f.rule_id for f in result.findings}
    assert not rules & {"desserte.rip_non_recense", "desserte.rip_partiel"}
    assert not [f for f in result.findings if f.rule_id.startswith("l151_41")
                and f.libelle == "NRO"]
    assert not (result.opportunities["need"] == "rip_a_construire").any()
    unread = [f.message for f in result.findings if f.rule_id == "engine.non_evalue"]
    assert any("the GraceTHD given lies outside the plan (400\u202fkm away)" in m for m in unread)
    assert not [m for m in unread if "no GraceTHD" in m or "no ANFR" in m]
    assert result.zones["served_share_existing"].isna().all()


def test_an_input_with_no_feature_within_the_margin_does_not_cover_the_plan():
    given = inputs(commune(), network=network([("R", "E", "7", line((900, -300), (900, 700))),
                                               ("Q", "E", "7", line((-700, 0), (-700, 90)))]))
    cut = cut_to_plan(given)
    assert set(cut.outside) == {"network"} and cut.inputs.network is None
    assert cut.findings[0].message == ("The GraceTHD network given does not cover the plan: "
                                       "it lies 500\u202fm away.")
    # read near the plan only, a source whose rectangle surrounds the plan
    read = inputs(commune(), network=network([]))
    read.extents = {"network": tuple(np.add((-1000, -1000, 1500, 1500), (X0, Y0, X0, Y0)))}
    assert cut_to_plan(read).findings[0].message == (
        "The GraceTHD network given does not cover the plan: it lies more than 200\u202fm "
        "away.")


def test_the_reader_s_extent_tells_how_far_a_source_read_near_the_plan_lies():
    given = inputs(commune(), network=network([]))
    given.extents = {"network": (X0 + FAR, Y0, X0 + FAR + 1000, Y0 + 1000)}
    cut = cut_to_plan(given)
    assert cut.outside["network"] == pytest.approx(FAR - 400)
    # a second cut (run_scan after the algorithm's) keeps saying it
    again = cut_to_plan(cut.inputs)
    assert [f.message for f in again.findings] == [f.message for f in cut.findings]


def french():
    tree = ET.parse(ROOT / "i18n" / "scan_urba_plugin_fr.ts")
    table = {m.findtext("source"): m.findtext("translation") for m in tree.iter("message")}
    return lambda text: table.get(text) or text


def test_the_coverage_finding_reads_as_a_french_urbanist_writes():
    set_translator(french())
    try:
        cut = cut_to_plan(departement_inputs(dx=FAR))
    finally:
        set_translator(None)
    text = {f.source_layer.split(" ")[0]: f.message for f in cut.findings}
    assert text["GraceTHD"] == ("Le réseau GraceTHD fourni ne recouvre pas le plan : il est à "
                               "400\u202fkm.")
    assert text["ANFR/ARCEP"].startswith("Les sites d’antennes fournis (ANFR, ARCEP) ne "
                                       "recouvrent pas le plan : ils sont à ")
    assert "km" in text["travaux"] and "True" not in text["travaux"]


def test_a_partial_gracethd_read_reports_no_orphan_for_what_lies_elsewhere():
    """Routes and nodes read near the plan: the links and sites of the others are not
    orphans (they hang on routes and nodes elsewhere)."""
    import pandas as pd

    def layer(name, rows, spatial=True, **kw):
        frame = pd.DataFrame(rows).assign(fid=range(len(rows)))
        return RawLayer(name, frame, crs="EPSG:2154" if spatial else None, spatial=spatial,
                        **kw)

    read = {"read_within": (0, 0, 100, 100), "extent": (0, 0, 5000, 100)}
    tables = {
        "t_cheminement": layer("t_cheminement", [
            {"cm_code": "A", "cm_avct": "E", "cm_typ_imp": "7", "cm_ndcode1": "N1",
             "cm_ndcode2": "N2", "geometry": shapely.LineString([(10, 10), (90, 10)])},
            {"cm_code": "B", "cm_avct": "E", "cm_typ_imp": "7", "cm_ndcode1": "N2",
             "cm_ndcode2": "N9", "geometry": shapely.LineString([(90, 10), (300, 10)])}],
            **read),
        "t_noeud": layer("t_noeud", [{"nd_code": "N1", "geometry": shapely.Point(10, 10)},
                                     {"nd_code": "N2", "geometry": shapely.Point(90, 10)}],
                         **read),
        "t_conduite": layer("t_conduite", [{"cd_code": c} for c in ("DA", "DB", "DZ")],
                            spatial=False),
        "t_cond_chem": layer("t_cond_chem", [{"dm_cd_code": "DA", "dm_cm_code": "A"},
                                             {"dm_cd_code": "DB", "dm_cm_code": "B"},
                                             {"dm_cd_code": "DZ", "dm_cm_code": "Z"}],
                             spatial=False),
        "t_sitetech": layer("t_sitetech", [
            {"st_code": "S1", "st_nd_code": "N1", "st_typelog": "NRO", "st_avct": "E"},
            {"st_code": "S9", "st_nd_code": "N77", "st_typelog": "NRO", "st_avct": "E"}],
            spatial=False),
    }
    net = gracethd.normalise_gracethd(tables)
    assert list(net.routes["route_id"]) == ["A", "B"]
    assert list(net.routes["n_ducts"]) == [1, 1]
    assert list(net.sites["site_id"]) == ["S1"]
    assert [f.rule_id for f in net.findings if "orphan" in f.rule_id or "conduit" in f.rule_id] \
        == []
    assert net.extent == (0, 0, 5000, 100)
    # read whole, the same tables do report the orphans
    whole = {k: RawLayer(v.name, v.frame, crs=v.crs, spatial=v.spatial)
             for k, v in tables.items()}
    orphans = [f for f in gracethd.normalise_gracethd(whole).findings
               if f.rule_id == "gracethd.orphan_fk"]
    assert len(orphans) == 3  # B's end N9, the link to route Z, site S9's node N77
    # the worker reading the CSV tables keeps only the rows hanging on what was read, from
    # the routes' and nodes' code columns alone; the network built from them is the same
    csv = {k: v for k, v in tables.items() if not v.spatial}
    keys = gracethd.read_part_keys({k: v for k, v in tables.items() if v.spatial})
    assert {k: list(v.frame.columns) for k, v in keys.items()} == \
        {"t_cheminement": ["cm_code"], "t_noeud": ["nd_code"]}
    sent = gracethd.hanging_rows_only(csv, keys)
    assert list(sent["t_cond_chem"].frame["dm_cm_code"]) == ["A", "B"]
    assert list(sent["t_conduite"].frame["cd_code"]) == ["DA", "DB"]
    assert list(sent["t_sitetech"].frame["st_code"]) == ["S1"]
    again = gracethd.normalise_gracethd({**tables, **sent})
    assert again.routes.drop(columns="geometry").equals(net.routes.drop(columns="geometry"))
    assert [f.rule_id for f in again.findings] == [f.rule_id for f in net.findings]
    # the same, with the links computed in that worker from the routes' code column alone
    spatial = {k: v for k, v in tables.items() if v.spatial}
    sent, links = gracethd.linked_tables(csv, lambda: gracethd.shapefile_keys(spatial))
    linked = gracethd.normalise_gracethd({**spatial, **sent}, links)
    assert linked.routes.drop(columns="geometry").equals(net.routes.drop(columns="geometry"))
    assert [f.rule_id for f in linked.findings] == [f.rule_id for f in net.findings]
    assert gracethd.read_part_keys(whole) == {}  # read whole: every row travels back
    assert gracethd.hanging_rows_only(csv, {}) is csv


def test_a_mosaic_opinion_per_commune_holds_that_commune_s_findings_only():
    """Two communes side by side: a finding in the margin goes to the nearer commune, and
    the opinion of each holds its own findings, not a site 5 km away."""
    import pandas as pd

    from scan_urba_plugin.core.avis.findings import of_document, scan_margin

    zone_a, zone_b = box(0, 0, 400, 400), box(400, 0, 800, 400)
    frame = pd.DataFrame({
        "rule_id": ["a", "b", "margin_b", "far", "document"],
        "idurba": ["A", "B", "B", "A", ""],
        "geometry": [point(100, 100), point(500, 100), point(850, 100), point(5000, 100), None]})
    a = of_document(frame, "A", False, [zone_a], 200.0)
    b = of_document(frame, "B", False, [zone_b], 200.0)
    assert list(a["rule_id"]) == ["a"] and list(b["rule_id"]) == ["b", "margin_b"]
    # one document: the findings naming none are its own; without a margin, by name only
    assert list(of_document(frame, "A", True, [zone_a], 200.0)["rule_id"]) == ["a", "document"]
    assert list(of_document(frame, "A", False)["rule_id"]) == ["a", "far"]
    assert scan_margin({"parameters": '{"margin": 200.0}'}) == 200.0
    assert scan_margin({}) is None


def test_a_finding_between_two_communes_names_the_nearer():
    from scan_urba_plugin.core.spatial_index import owning_index

    polys = [box(0, 0, 400, 400), box(1000, 0, 1400, 400)]
    points = [point(100, 100), point(450, 100), point(950, 100), None]
    assert list(owning_index(points, polys)) == [0, 0, 1, -1]


def test_a_distance_to_fibre_past_the_margin_is_said_as_a_range():
    """A support on the plan's east edge: the nearest fibre 310 m east lies beyond the
    margin and is cut; the one 540 m west, kept, may not be the nearest. The finding says
    what is known (between 200 m and 540 m), never 540 m alone."""
    given = inputs(commune(),
                   network=network([("W", "E", "7", line((-150, 0), (-150, 400))),
                                    ("E", "E", "7", line((700, 0), (700, 400)))]),
                   antennas=antennas([("S", "ORANGE", "TDF", point(390, 100), False)]))
    result = run_scan(given, parts=("compliance",))
    [fibre] = [f for f in result.findings if f.rule_id == "antennes.a_fibrer"]
    assert fibre.message.startswith("The pylône operated by Orange (ANFR support no. S) is "
                                    "between 200\u202fm and 540\u202fm from the "
                                    "nearest fibre route (the routes beyond the plan's margin "
                                    "were not read): fibring it would take a trench costing "
                                    "about 10\u202f000 to 49\u202f000\u202f€ (50 à "
                                    "90\u202f€/m)")
    assert fibre.metric == 540.0
    assert result.measures.antennas_to_fibre["sup_id"].tolist() == ["S"]
    # with a margin wide enough, the nearest fibre is measured
    wide = run_scan(given, {"margin": 1000}, parts=("compliance",))
    [fibre] = [f for f in wide.findings if f.rule_id == "antennes.a_fibrer"]
    assert fibre.message.startswith("The pylône operated by Orange (ANFR support no. S) is 310\u202fm "
                                    "from the nearest fibre route")


def test_an_input_set_aside_is_said_given_but_outside_never_missing():
    """Walkthrough: « aucune couche secteurs du DOO du SCOT fournie » although one was given
    (outside the plan), and « ne recouvre pas le plan » then « Fournir la couche »: the
    reason and the suggestion say the file was given, where it lies, and what to give."""
    import pandas as pd

    given = departement_inputs(dx=FAR)
    given.scot_sectors = pd.DataFrame({"fid": [1], "LIBELLE": ["Secteur 1"],
                                       "geometry": [box(FAR, 0, FAR + 500, 500)]})
    set_translator(french())
    try:
        result = run_scan(given)
    finally:
        set_translator(None)
    cover = {f.source_layer for f in result.findings if f.rule_id == "perimetre.hors_plan"}
    assert "secteurs du DOO du SCOT" in cover
    unread = {f.message.split(" : ")[0]: f for f in result.findings
              if f.rule_id == "engine.non_evalue"}
    scot = next(f for f in unread.values() if "SCOT" in f.message)
    assert scot.message.endswith("non évalué, le fichier secteurs du DOO du SCOT fourni est "
                                 "hors du plan (à 400\u202fkm)."), scot.message
    assert scot.suggestion == ("Fournir les données secteurs du DOO du SCOT couvrant la "
                               "commune : le fichier fourni est hors du plan.")
    for f in unread.values():
        assert "aucune couche" not in f.message and "Fournir la ou les" not in f.suggestion, \
            (f.message, f.suggestion)
        assert "hors du plan (à " in f.message
    both = next(f for f in unread.values() if "GraceTHD" in f.message and "ANFR" in f.message)
    # « hors du plan » once for both files, their one distance once
    assert both.message.endswith("non évalué, les fichiers ANFR/ARCEP et GraceTHD fournis sont "
                                 "hors du plan (à 400\u202fkm)."), both.message
    assert both.message.count("hors du plan") == 1
    assert both.suggestion == ("Fournir les données ANFR/ARCEP, GraceTHD couvrant la commune : "
                               "les fichiers fournis sont hors du plan.")


def test_the_coverage_finding_names_only_the_antenna_source_given():
    """Walkthrough: « (ANFR, ARCEP) » was said when only the ANFR export was given."""
    given = departement_inputs(dx=FAR)
    given.antennas = given.antennas.assign(source="anfr")
    set_translator(french())
    try:
        cut = cut_to_plan(given)
    finally:
        set_translator(None)
    said = [f.message for f in cut.findings if f.source_layer == "ANFR/ARCEP"]
    assert len(said) == 1 and said[0].startswith(
        "Les sites d’antennes ANFR fournis ne recouvrent pas le plan : ils sont à ")
    assert "ARCEP" not in said[0]
