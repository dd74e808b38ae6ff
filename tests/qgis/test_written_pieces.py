"""The written pieces through Processing and the CLI: the scan GeoPackage's
reglement_dispositions table and zones_bilan columns, inspect --json's pieces_ecrites."""
import json

import processing
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from tests.core.reglement_fixtures import classic_plu

from .conftest import shared
from .test_cli import run_cli


def _features(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return [{k: _value(f[k]) for k in layer.fields().names()} for f in layer.getFeatures()]


def _value(v):
    return None if isinstance(v, QVariant) and v.isNull() else v


def _labels(folder):
    from scan_urba_plugin.qgis_io.plans import read_plan

    z = read_plan(str(folder)).tables["ZONE_URBA"]
    return set(z["LIBELLE"].dropna().astype(str))


def test_scan_geopackage_carries_the_reglement(scanurba, tmp_path):
    plu = shared("plu", "30014_PLU_20171013")
    pdf = tmp_path / "30014_reglement_projet.pdf"
    pdf.write_bytes(classic_plu()[0])
    out = tmp_path / "scan.gpkg"
    result = processing.run("scanurba:checkcompliance", {
        "PLAN_FOLDER": str(plu), "REGLEMENT": [str(pdf)], "OUTPUT": str(out)})
    rows = _features(out, "reglement_dispositions")
    by_label = {r["libelle"]: r for r in rows if r["piece"] == "reglement"}
    assert set(by_label) == _labels(plu)
    assert (by_label["Ua"]["niveau"], by_label["Ua"]["page"]) == ("enfouissement", 5)
    assert by_label["Ua"]["citation"] == ("Les réseaux et branchements d’électricité, de "
                                          "téléphone et de télécommunications doivent être "
                                          "réalisés en souterrain.")
    assert (by_label["IAU"]["niveau"], by_label["IAU"]["page"]) == ("fourreaux", 8)   # 1AU
    bans = [r for r in rows if r["piece"] == "reglement_antennes"]
    assert [(b["page"], b["niveau"]) for b in bans] == [(3, "interdiction_generale")]
    zones = _features(out, "zones_bilan")
    ua = [z for z in zones if z["libelle"] == "Ua"]
    assert ua and all((z["reglement_niveau"], z["reglement_page"]) == ("enfouissement", 5)
                      for z in ua)
    assert all((z["reglement_niveau"], z["reglement_page"], z["reglement_citation"]) ==
               (by_label[z["libelle"]]["niveau"], by_label[z["libelle"]]["page"],
                by_label[z["libelle"]]["citation"]) for z in zones)
    summary = json.loads(result["SUMMARY"])
    pieces = summary["pieces_ecrites"]
    assert pieces["reglement"]["source"] == str(pdf) and pieces["reglement"]["pages"] == 11
    # the PADD placeholder of the GPU folder is found, read, and not evaluated
    assert pieces["padd"]["lisible"] and pieces["padd"]["communications_numeriques"] is None
    assert pieces["oap"] == []


def test_scan_without_written_pieces_says_nothing_of_them(scanurba, tmp_path):
    plu = shared("plu", "41175_PLU_20140603")
    out = tmp_path / "scan.gpkg"
    result = processing.run("scanurba:checkcompliance", {"PLAN_FOLDER": str(plu),
                                                          "OUTPUT": str(out)})
    pieces = json.loads(result["SUMMARY"])["pieces_ecrites"]
    # the placeholder règlement has no zone chapter: not read, so no zone is "absent"
    assert pieces["reglement"]["lisible"] is False
    assert "no zone chapter" in pieces["reglement"]["raison"]
    zones = _features(out, "zones_bilan")
    assert {z["reglement_niveau"] for z in zones} == {None}


def test_inspect_json_pieces_ecrites_on_real_plu(scanurba, tmp_path):
    plu = shared("plu", "30014_PLU_20171013")
    pdf = tmp_path / "reglement.pdf"
    pdf.write_bytes(classic_plu()[0])
    proc = run_cli("inspect", str(plu), "--reglement", str(pdf), "--json")
    assert proc.returncode == 0, proc.stderr
    pieces = json.loads(proc.stdout)["pieces_ecrites"]
    assert set(pieces) == {"reglement", "padd", "oap"}
    r = pieces["reglement"]
    assert {k: r[k] for k in ("source", "format", "lisible", "pages")} == {
        "source": str(pdf), "format": "pdf", "lisible": True, "pages": 11}
    assert set(r["zones"]) == _labels(plu)   # every distinct ZONE_URBA LIBELLE
    assert set(r["zones"]["Ua"]) == {"niveau", "page", "article", "citation"}
    assert r["antennes_interdites"][0]["page"] == 3


def test_inspect_reglement_alone(tmp_path):
    xml = shared("reglement", "cnig-sru", "jaleyrac_15079", "15079_reglement_20190128.xml")
    proc = run_cli("inspect", str(xml), "--json")
    assert proc.returncode == 0, proc.stderr
    pieces = json.loads(proc.stdout)["pieces_ecrites"]
    assert pieces["padd"] is None and pieces["oap"] is None
    assert {k: z["niveau"] for k, z in pieces["reglement"]["zones"].items()} == {
        "UG": "enfouissement", "UGa": "enfouissement", "UGb": "enfouissement",
        "1AU": "enfouissement", "UX": "enfouissement", "UE": "absent", "2AU": "absent",
        "A": "absent", "N": "absent", "Na": "absent", "Np": "absent"}


def test_inspect_bad_pieces_name_the_file_and_write_nothing(tmp_path):
    laughs = tmp_path / "reglement.xml"
    laughs.write_bytes(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                       b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><plu:ReglementDU '
                       b'xmlns:plu="https://cnig.gouv.fr/reglementDU">&b;</plu:ReglementDU>')
    empty = tmp_path / "padd.pdf"
    empty.write_bytes(b"")
    before = sorted(tmp_path.iterdir())
    proc = run_cli("inspect", str(laughs), "--padd", str(empty), "--json")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    pieces = json.loads(proc.stdout)["pieces_ecrites"]
    assert pieces["reglement"]["lisible"] is False and str(laughs) in pieces["reglement"]["raison"]
    assert "entity" in pieces["reglement"]["raison"] and pieces["reglement"]["zones"] == {}
    assert pieces["padd"]["lisible"] is False and "empty file" in pieces["padd"]["raison"]
    assert sorted(tmp_path.iterdir()) == before
