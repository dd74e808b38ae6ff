"""The plan's perimeter rules the scan, on real reads (issue 26, deliverables 1 and 2):
inputs read near the plan only (OGR's spatial filter), a network that misses the plan said
so before the scan and serving nothing, one commune of the département data scanned with
the département-wide inputs giving only what lies within its perimeter and margin."""
import processing
import pytest
import shapely
from qgis.core import QgsVectorLayer

from sampledata.generator_writer import write_generated
from scan_urba_plugin.gui.dock import ErrorFeedback

from .conftest import shared

SERVING = {"desserte.rip_non_recense", "desserte.rip_partiel"}


def features(gpkg, layer):
    lyr = QgsVectorLayer(f"{gpkg}|layername={layer}", layer, "ogr")
    if not lyr.isValid():
        return []
    return [(f.attributes(), f.fields().names(), f.geometry()) for f in lyr.getFeatures()]


def rows(gpkg, *layers):
    """Every row of the layers as {field: value, "geometry": shapely or None}."""
    out = []
    for layer in layers:
        for values, names, geom in features(gpkg, layer):
            row = dict(zip(names, values))
            row["geometry"] = None if geom.isNull() else shapely.from_wkb(bytes(geom.asWkb()))
            out.append(row)
    return out


FINDINGS = ("findings_surf", "findings_lin", "findings_pct", "findings_document")


def test_30014_with_the_cher_gracethd_says_it_does_not_cover_the_plan(scanurba, tmp_path):
    out = tmp_path / "scan.gpkg"
    said = ErrorFeedback()  # the dock's: it keeps the errors reported, to show them
    processing.run("scanurba:fullscan", {
        "PLAN": str(shared("plu", "30014_PLU_20171013")),
        "GRACETHD_FOLDER": str(shared("gracethd", "gracethd-v2.0.1-demo")),
        "OUTPUT": str(out)}, feedback=said)
    warned = [e for e in said.errors if "GraceTHD network given does not cover" in e]
    assert len(warned) == 1
    distance = float(warned[0].split("it lies ")[1].split("\u202fkm")[0].replace("\u202f", ""))
    assert 300 < distance < 600  # the Gard and the Cher
    findings = rows(out, *FINDINGS)
    cover = [f for f in findings if f["rule_id"] == "perimetre.hors_plan"]
    assert len(cover) == 1 and cover[0]["famille"] == "qualite_donnees"
    assert cover[0]["message"] == warned[0].split(" Check that")[0]
    rules = {f["rule_id"] for f in findings}
    assert not rules & SERVING
    # the Cher's planned NRO gets no "emplacement réservé ?" question in the Gard
    assert not [f for f in findings if f["rule_id"] == "l151_41.reserve_site"]
    assert not [f for f in findings if str(f["rule_id"]).startswith("gracethd.")]
    assert not features(out, "cheminements")
    opp = rows(out, "opportunites")
    assert not [o for o in opp if o["need"] in ("rip_a_construire", "zone_non_desservie",
                                                 "liaison_manquante")]


@pytest.fixture(scope="module")
def departement(tmp_path_factory, scanurba):
    """The département generator's data (small profile: four communes side by side)."""
    out = tmp_path_factory.mktemp("dep") / "small"
    return out, write_generated("small", 3, out)


def commune_plan(out, k=1):
    folders = sorted((out / "plu").iterdir())
    return folders[k]


def zones_area(folder):
    shp = next((folder / "Donnees_geographiques").glob("*_ZONE_URBA_*.shp"))
    lyr = QgsVectorLayer(str(shp), "z", "ogr")
    return shapely.union_all([shapely.from_wkb(bytes(f.geometry().asWkb()))
                              for f in lyr.getFeatures()])


def test_inputs_are_read_near_the_plan_only(departement):
    from scan_urba_plugin.core.scan import cut_to_plan
    from scan_urba_plugin.qgis_io.scan_inputs import ScanSources, read_scan_inputs

    out, paths = departement
    plan = str(commune_plan(out))
    layer = lambda p: QgsVectorLayer(str(p), "l", "ogr")  # noqa: E731
    sources = lambda net: ScanSources(plan=plan, gracethd=str(net),  # noqa: E731
                                      anfr=str(out / "anfr"), works=layer(out / "travaux.gpkg"),
                                      aerial=layer(out / "lignes_aeriennes.gpkg"))
    near, _, records = read_scan_inputs(sources(out / "gracethd_v2"), margin=200.0)
    whole, _, _ = read_scan_inputs(sources(out / "gracethd_v2"))
    v3, _, _ = read_scan_inputs(sources(out / "gracethd_v3.gpkg"), margin=200.0)
    total = paths["counts"]["routes"]
    read = len(near.network.routes)
    assert len(whole.network.routes) == total == 4 * 1230
    assert 0 < read < total / 2  # one commune of four, and its margin
    assert len(v3.network.routes) == read  # the GeoPackage's spatial filter reads the same
    assert {r["input"]: r["features"] for r in records}["gracethd"] == read
    assert near.extents["network"][2] - near.extents["network"][0] > 6000  # the whole source
    assert 0 < len(near.works) < len(whole.works)
    # the exact cut of the part read is the cut of the whole
    cut_near, cut_whole = cut_to_plan(near).inputs, cut_to_plan(whole).inputs
    for frame in ("routes", "sites"):
        assert sorted(getattr(cut_near.network, frame).iloc[:, 0]) == \
            sorted(getattr(cut_whole.network, frame).iloc[:, 0])
    assert sorted(cut_near.works["works_id"]) == sorted(cut_whole.works["works_id"])
    assert sorted(cut_near.aerial["line_id"]) == sorted(cut_whole.aerial["line_id"])
    # no orphan reported for the links of the routes read elsewhere
    assert not [f for f in near.network.findings if f.rule_id == "gracethd.orphan_fk"]


def test_one_commune_with_the_departement_inputs_keeps_to_its_perimeter(departement, tmp_path):
    out, paths = departement
    plan = commune_plan(out)
    scan = tmp_path / "commune.gpkg"
    said = ErrorFeedback()  # the dock's: it keeps the errors reported, to show them
    result = processing.run("scanurba:fullscan", {
        "PLAN": str(plan), "GRACETHD_FOLDER": str(out / "gracethd_v2"),
        "ANFR": str(out / "anfr"), "WORKS": str(out / "travaux.gpkg"),
        "AERIAL": str(out / "lignes_aeriennes.gpkg"), "OUTPUT": str(scan)}, feedback=said)
    assert not [e for e in said.errors if "does not cover" in e]
    reach = shapely.buffer(zones_area(plan), 200.0 + 0.01)
    findings = rows(scan, *FINDINGS)
    located = [f for f in findings if f["geometry"] is not None]
    opp = rows(scan, "opportunites")
    outside = [f["rule_id"] for f in located if not reach.covers(f["geometry"])]
    assert len(located) > 50 and outside == []
    assert len(opp) > 50 and all(reach.covers(o["geometry"]) for o in opp)
    assert result["N_OPPORTUNITIES"] == len(opp)
    # every finding names the commune scanned
    insee = plan.name.split("_")[0]
    assert {f["insee"] for f in findings} == {insee}
    # the context layers hold the commune's part of the routes and works
    routes = rows(scan, "cheminements")
    assert 0 < len(routes) < paths["counts"]["routes"] / 2
    assert all(reach.intersects(r["geometry"]) for r in routes)
    assert len(rows(scan, "travaux")) < paths["counts"]["works"] / 2


@pytest.mark.parametrize("plan", ["one commune", "mosaic"])
def test_each_commune_s_opinion_holds_its_own_sites_only(departement, tmp_path, plan):
    """One commune, then the mosaic of the four, with the département's inputs: each
    commune's opinion names only antenna sites within its zones and margin."""
    import json
    import re
    import zipfile

    from scan_urba_plugin.core.standards import anfr

    out, _ = departement
    folder = tmp_path / "avis"
    given = {"PLAN_FOLDER": str(commune_plan(out, 0))} if plan == "one commune" else \
        {"PLAN": str(out / "plu_departement.gpkg")}
    result = processing.run("scanurba:avis", {
        **given, "GRACETHD_FOLDER": str(out / "gracethd_v2"), "ANFR": str(out / "anfr"),
        "WORKS": str(out / "travaux.gpkg"), "OUTPUT_FOLDER": str(folder), "OVERWRITE": True,
        "LANGUAGE": "en"})
    sites, _ = anfr.read_anfr(out / "anfr")
    where = dict(zip(sites["sup_id"].astype(str), sites["geometry"]))
    docs = {d["idurba"]: d for d in json.loads(result["DOCUMENTS"])["documents"]}
    assert len(docs) == (1 if plan == "one commune" else 4)
    named = 0
    for idurba, doc in docs.items():
        with zipfile.ZipFile(doc["odt"]) as z:
            text = z.read("content.xml").decode("utf-8")
        reach = shapely.buffer(zones_area(out / "plu" / idurba), 200.0 + 0.01)
        mentioned = {s for s in re.findall(r"\b9\d{6}\b", text) if s in where}
        named += len(mentioned)
        assert all(reach.covers(where[s]) for s in mentioned), (idurba, mentioned)
    assert 0 < named < len(where) / 2
