"""Issue 3's required results on the real samples, and the generated formats."""
import json
import zipfile
from collections import Counter

import processing
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.core.standards.anfr import read_anfr
from scan_urba_plugin.qgis_io.networks import read_gracethd

from .conftest import shared
from .test_cli import run_cli


def test_gracethd_demo(scanurba):
    net = read_gracethd(str(shared("gracethd", "gracethd-v2.0.1-demo")))
    assert net.version == "GraceTHD v2" and len(net.routes) == 25
    assert Counter(net.routes["implantation_label"]) == {"CONDUITE": 15, "AERIEN TELECOM": 8,
                                                         "FACADE": 2}
    assert set(net.routes["implantation"]) == {"0", "2", "7"}
    assert net.counts["t_conduite"] == 25
    assert not [f for f in net.findings if f.rule_id == "gracethd.conduit_without_route"]
    assert int(net.routes["n_ducts"].sum()) == 27  # 25 conduits, two of them on two routes
    # 12 t_cab_cond rows put the cables in conduits of 9 of the 25 routes (issue 16, serving)
    assert int(net.routes["porte_cable"].sum()) == 9
    sites = net.sites.set_index("label")
    assert sorted(sites.index) == ["NRO", "PM7"]
    assert sites.loc["NRO", "kind"] == "NRO" and sites.loc["PM7", "kind"] == "SRO"
    assert sites.loc["NRO", "typephy"] == "SHE" and sites.loc["PM7", "typephy"] == "ADR"
    # placed through t_noeud: the SRO is the node ND200180030502
    assert sites.loc["PM7", "geometry"].distance(
        net.routes.query("node2 == 'ND200180030502'")["geometry"].iloc[0]) < 0.01
    assert len(net.radio_sites) == 1 and len(net.ptech) == 9
    # the demo's routes have no cm_avct: their progress comes from cm_statut, and the reader
    # now says so, with the count (issue 16, item 6)
    assert [(f.rule_id, f.metric, f.famille) for f in net.findings] == \
        [("gracethd.progress_from_statut", 25, "qualite_donnees")]


def test_gracethd_demo_as_zip(scanurba, tmp_path):
    folder = shared("gracethd", "gracethd-v2.0.1-demo")
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in folder.iterdir():
            zf.write(f, f"livraison/{f.name}")
    assert len(read_gracethd(str(archive)).routes) == 25


def test_anfr_sample_parsed_deduplicated_and_projected(scanurba):
    sites, findings = read_anfr(shared("anfr", "anfr-sup-support-sample", "SUP_SUPPORT_sample.txt"),
                                shared("anfr", "anfr-reference-tables-2023-01"))
    raw_rows = shared("anfr", "anfr-sup-support-sample", "SUP_SUPPORT_sample.txt") \
        .read_text(encoding="utf-8").strip().splitlines()
    assert len(raw_rows) == 43 and findings == []
    assert len(sites) == len({r.split(";")[0] for r in raw_rows}) == 32
    by_id = sites.set_index("sup_id")
    assert by_id.loc["26407", "stations"].count(";") == 2  # three stations on one support
    assert by_id.loc["74167", "stations"] == "0162290002"  # leading zero kept
    assert by_id.loc["74167", "owner"] == "TOTEM" and by_id.loc["74167", "nature"] == "Pylône autostable"
    assert by_id.loc["4826", "nature"] == "Support non décrit"
    assert {h for h in by_id["height_m"].dropna()} >= {32.7, 44.8}
    to_l93 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance())
    for sup in ("74167", "1121219", "26407", "2360063"):
        row = by_id.loc[sup]
        expected = to_l93.transform(QgsPointXY(row["lon"], row["lat"]))
        assert row["geometry"].x == pytest.approx(expected.x(), abs=0.01)
        assert row["geometry"].y == pytest.approx(expected.y(), abs=0.01)
    # 74167: 46°0'13"N 0°21'19"E
    assert by_id.loc["74167", "lat"] == pytest.approx(46 + 13 / 3600)
    assert by_id.loc["1121219", "lon"] == pytest.approx(-(20 / 60 + 57 / 3600))  # W


@pytest.fixture(scope="module")
def network_sample(tmp_path_factory, scanurba):
    from sampledata.sample_writer import write_network_sample

    return write_network_sample(tmp_path_factory.mktemp("reseaux"))


def test_generated_v2_files_and_v3_geopackage_agree(network_sample):
    v2 = read_gracethd(str(network_sample["gracethd_v2"]))
    v3 = read_gracethd(str(network_sample["gracethd_v3"]))
    cols = ["route_id", "implantation", "progress", "n_ducts", "n_free", "owner"]
    assert v2.routes[cols].values.tolist() == v3.routes[cols].values.tolist()
    assert v2.routes["length_m"].sum() == pytest.approx(v3.routes["length_m"].sum())
    assert len(v2.routes) == 154 and v2.findings == [] and v3.findings == []
    assert sorted(v2.sites["label"]) == sorted(v3.sites["label"])


def test_generated_anfr_export(network_sample):
    sites, findings = read_anfr(network_sample["anfr"])
    assert findings == [] and len(sites) == 6
    assert "ORANGE" in sites.set_index("sup_id").loc["9000001", "operators"]
    assert "5G NR 3500" in sites.set_index("sup_id").loc["9000001", "technologies"]


def test_importworks_with_field_parameters(network_sample, tmp_path):
    out = tmp_path / "works.gpkg"
    result = processing.run("scanurba:importworks", {
        "INPUT": str(network_sample["works"]), "FIELD_WORKS_ID": "id_travaux",
        "OUTPUT": str(out)})
    summary = json.loads(result["SUMMARY"])
    assert summary["features"] == 7 and summary["by_nature"]["effacement"] == 2
    from qgis.core import QgsVectorLayer

    lines = QgsVectorLayer(f"{out}|layername=travaux_lin", "t", "ogr")
    assert sorted(f["works_id"] for f in lines.getFeatures())[0] == "TRV-2027-01"


def test_unmapped_works_fields_are_a_clear_error(scanurba, network_sample, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="maitre_ouvrage"):
        processing.run("scanurba:importworks", {"INPUT": str(network_sample["rip_zoning"])})
    with pytest.raises(ScanUrbaError, match="does not exist"):
        read_gracethd(str(tmp_path / "missing"))


def test_inspect_cli_on_network_datasets():
    proc = run_cli("inspect", str(shared("gracethd", "gracethd-v2.0.1-demo")), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["kind"] == "gracethd" and data["routes"] == 25
    assert [s["label"] for s in data["technical_sites"]] == ["NRO", "PM7"]
    proc = run_cli("inspect", str(shared("anfr", "anfr-sup-support-sample", "SUP_SUPPORT_sample.txt")),
                   "--reference", str(shared("anfr", "anfr-reference-tables-2023-01")), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["supports"] == 32 and data["by_owner"]["TOTEM"] == 4
