from collections import Counter

import pandas as pd
import pytest
import shapely

from scan_urba_plugin.core.model import RawLayer
from scan_urba_plugin.core.standards import cnig

from .helpers import X0, Y0, psc_layer, square, zone_layer


def rules(plan):
    return Counter(f.rule_id for f in plan.findings)


@pytest.mark.parametrize("raw, expected", [
    ([5, "5", "05", 5.0, " 7 ", None, "", "12"], ["05", "05", "05", "05", "07", None, None, "12"]),
])
def test_codes_become_two_character_strings(raw, expected):
    out = cnig.code2(pd.Series(raw, dtype=object))
    assert [None if pd.isna(v) else v for v in out] == expected


@pytest.mark.parametrize("zone_fields, doc_fields, expected", [
    ({"LIBELLE", "TYPEZONE", "DESTDOMI", "INSEE", "DATAPPRO"}, set(), "PLU_2013"),
    ({"LIBELLE", "TYPEZONE", "DESTDOMI", "INSEE", "IDZONE"}, set(), "PLU_2014"),
    ({"LIBELLE", "TYPEZONE", "IDURBA", "LIB_IDZONE"}, set(), "PLU_2017"),
    ({"LIBELLE", "TYPEZONE", "IDURBA", "FORMDOMI", "DESTOUI"}, {"IDURBA"}, "PLU_2024"),
    ({"LIBELLE", "TYPEZONE", "IDURBA", "FORMDOMI"}, {"IDURBA", "NOMRAPP"}, "PLU_2025"),
])
def test_model_version_is_detected_from_field_sets(zone_fields, doc_fields, expected):
    doc_type, key = cnig.detect_model({"ZONE_URBA": zone_fields, "DOC_URBA": doc_fields}, {})
    assert (doc_type, key) == ("PLU", expected)


def test_scot_and_plui_are_recognised():
    assert cnig.detect_model({"PERIMETRE_SCOT": {"IDURBA"}, "DOC_URBA": {"PAS"}}, {}) \
        == ("SCOT", "SCOT_2024")
    assert cnig.detect_model({"ZONE_URBA": {"IDURBA", "TYPEZONE"}}, {"TYPEDOC": "PLUi"})[0] == "PLUi"


def test_clean_partition_gives_no_finding():
    plan = cnig.normalise_plan([zone_layer([
        ("UA", "U", square(0, 0)), ("1AU", "AUc", square(100, 0)), ("N", "N", square(0, 100)),
        ("A", "A", square(100, 100))])])
    assert plan.model == "CNIG_PLU_2017"
    assert rules(plan) == {}


def test_overlap_reports_pair_and_exact_area():
    plan = cnig.normalise_plan([zone_layer([
        ("UA", "U", square(0, 0)), ("UB", "U", square(90, 0))])])
    overlaps = [f for f in plan.findings if f.rule_id == "cnig.zone_overlap"]
    assert len(overlaps) == 1
    assert overlaps[0].metric == pytest.approx(1000.0)
    assert overlaps[0].source_id == "0/1" and overlaps[0].field == "geometry"
    assert overlaps[0].geometry.area == pytest.approx(1000.0)


def test_overlap_below_threshold_is_ignored():
    plan = cnig.normalise_plan([zone_layer([
        ("UA", "U", square(0, 0)), ("UB", "U", square(99.995, 0))])], min_area_m2=1.0)
    assert "cnig.zone_overlap" not in rules(plan)


def test_overlaps_are_those_of_the_pairs_whatever_their_sum():
    """The pairs are intersected only when the zones' areas exceed their union's: slivers
    each below the threshold but adding up above it give no finding; a zone repeated on a
    grid of touching zones gives its one pair; a clean grid, none."""
    grid = [(f"U{x}{y}", "U", square(x, y)) for x in (0, 100, 200) for y in (0, 100)]
    assert "cnig.zone_overlap" not in rules(cnig.normalise_plan([zone_layer(grid)]))
    slivers = grid + [("N1", "N", square(299.994, 0)), ("N2", "N", square(299.994, 100))]
    assert "cnig.zone_overlap" not in rules(cnig.normalise_plan([zone_layer(slivers)]))
    repeated = grid + [("UZ", "U", square(200, 100))]
    overlaps = [f for f in cnig.normalise_plan([zone_layer(repeated)]).findings
                if f.rule_id == "cnig.zone_overlap"]
    assert [(f.source_id, f.metric) for f in overlaps] == [("5/6", pytest.approx(10000.0))]


def test_gap_inside_perimeter_is_reported_with_area():
    ring = [square(x, y) for x in (0, 100, 200) for y in (0, 100, 200) if (x, y) != (100, 100)]
    plan = cnig.normalise_plan([zone_layer([("N", "N", g) for g in ring])])
    gaps = [f for f in plan.findings if f.rule_id == "cnig.zone_gap"]
    assert [g.metric for g in gaps] == [pytest.approx(10000.0)]


def test_label_contradicting_typezone():
    plan = cnig.normalise_plan([zone_layer([("UA", "N", square(0, 0)), ("2AUb", "AUs", square(100, 0)),
                                            ("Nh", "N", square(0, 100))])])
    mismatches = [f for f in plan.findings if f.rule_id == "cnig.label_typezone_mismatch"]
    assert [(f.source_id, f.field, f.libelle) for f in mismatches] == [("0", "TYPEZONE", "UA")]


def test_unknown_codes_and_missing_fields_name_layer_feature_and_field():
    zones = zone_layer([("UA", "U", square(0, 0)), ("XX", "Q", square(100, 0))])
    zones.frame = zones.frame.drop(columns=["NOMFIC"])
    psc = psc_layer([("05", "01", "ER 1", square(10, 10, 5)), ("05", "42", "ER 2", square(50, 50, 5))])
    plan = cnig.normalise_plan([zones, psc])
    found = {(f.rule_id, f.source_layer, f.source_id, f.field) for f in plan.findings}
    assert ("cnig.unknown_code", "12345_ZONE_URBA_20200101", "1", "TYPEZONE") in found
    assert ("cnig.unknown_code", "12345_PRESCRIPTION_SURF_20200101", "1", "TYPEPSC/STYPEPSC") in found
    assert ("cnig.missing_field", "12345_ZONE_URBA_20200101", None, "NOMFIC") in found


def test_integer_codes_and_lowercase_fields_are_normalised():
    psc = psc_layer([(5, 1, "Emplacement réservé n°4", square(10, 10, 5))], name="prescription_surf")
    psc.frame.columns = [c.lower() if c not in ("geometry", "fid") else c for c in psc.frame.columns]
    plan = cnig.normalise_plan([zone_layer([("UA", "U", square(0, 0))]), psc])
    er = cnig.emplacements_reserves(plan)
    assert er[["typepsc", "stypepsc", "libelle"]].values.tolist() == [["05", "01", "Emplacement réservé n°4"]]


def test_legacy_prescription_codes_are_mapped():
    frame = pd.DataFrame([{"LIBELLE": "ER logement", "TYPEPSC": "09", "INSEE": "12345",
                           "geometry": square(0, 0, 10)},
                          {"LIBELLE": "Secteur numérique", "TYPEPSC": 27, "INSEE": "12345",
                           "geometry": square(20, 0, 10)}])
    zones = RawLayer("ZONE_URBA", pd.DataFrame([{"LIBELLE": "Nh", "TYPEZONE": "Nh",
                                                  "DESTDOMI": "01", "INSEE": "12345",
                                                  "geometry": square(0, 0)}]), crs="EPSG:2154")
    plan = cnig.normalise_plan([zones, RawLayer("PRESCRIPTION_SURF", frame, crs="EPSG:2154")])
    psc = plan.tables["PRESCRIPTION_SURF"]
    assert plan.model == "CNIG_PLU_2013"
    assert psc[["TYPEPSC", "STYPEPSC", "TYPEPSC_2014"]].values.tolist() == [
        ["05", "05", "09"], ["27", "00", "27"]]
    assert "cnig.unknown_code" not in rules(plan)  # Nh is valid in the legacy model


def test_geometry_checks_and_normalisation():
    bowtie = shapely.Polygon([(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10)])
    with_z = shapely.Polygon([(X0 + 200, Y0, 5), (X0 + 300, Y0, 5), (X0 + 300, Y0 + 100, 5)])
    far = shapely.box(0, 0, 10, 10)
    layer = zone_layer([("UA", "U", bowtie), ("UB", "U", None), ("N", "N", with_z),
                        ("A", "A", far)])
    plan = cnig.normalise_plan([layer])
    found = {(f.rule_id, f.source_id) for f in plan.findings}
    assert ("cnig.invalid_geometry", "0") in found
    assert ("cnig.empty_geometry", "1") in found
    assert ("cnig.outside_crs_domain", "3") in found
    geoms = plan.tables["ZONE_URBA"]["geometry"]
    assert geoms[2].geom_type == "MultiPolygon" and not geoms[2].has_z


def test_missing_crs_is_reported():
    plan = cnig.normalise_plan([zone_layer([("UA", "U", square(0, 0))], crs=None)])
    crs = [f for f in plan.findings if f.rule_id == "cnig.crs"]
    assert len(crs) == 1 and crs[0].field == "geometry"


def test_scot_perimeter_must_be_one_row():
    frame = pd.DataFrame({"IDURBA": ["1_SCOT", "1_SCOT"], "geometry": [square(0, 0), square(200, 0)]})
    plan = cnig.normalise_plan([RawLayer("200000000_PERIMETRE_SCOT_20200101", frame, crs="EPSG:2154")])
    assert plan.doc_type == "SCOT"
    assert [f.metric for f in plan.findings if f.rule_id == "cnig.perimetre_scot_count"] == [2.0]


def test_er_label_on_other_code():
    psc = psc_layer([("01", "00", "Emplacement réservé", square(0, 0, 10))])
    plan = cnig.normalise_plan([zone_layer([("UA", "U", square(0, 0))]), psc])
    assert rules(plan)["cnig.label_typepsc_mismatch"] == 1


def test_finding_ids_are_stable():
    layers = lambda: [zone_layer([("UA", "U", square(0, 0)), ("UB", "U", square(90, 0))])]  # noqa: E731
    first = [f.finding_id for f in cnig.normalise_plan(layers()).findings]
    assert first == [f.finding_id for f in cnig.normalise_plan(layers()).findings]
    assert len(set(first)) == len(first)


def test_unknown_layer_is_reported_not_skipped():
    other = RawLayer("cadastre", pd.DataFrame({"x": [1]}), spatial=False)
    plan = cnig.normalise_plan([zone_layer([("UA", "U", square(0, 0))]), other])
    assert rules(plan)["cnig.unknown_table"] == 1


def test_normalisation_is_idempotent():
    layer = zone_layer([("UA", "U", square(0, 0)), ("1AU", "AUC", square(100, 0))])
    once = cnig.normalise_plan([layer]).tables["ZONE_URBA"]
    again = cnig.normalise_plan([RawLayer(layer.name, once, crs="EPSG:2154")]).tables["ZONE_URBA"]
    assert once.drop(columns="geometry").equals(again.drop(columns="geometry"))
    assert list(once["TYPEZONE"]) == ["U", "AUc"]
    assert all(a.equals(b) for a, b in zip(once["geometry"], again["geometry"]))
