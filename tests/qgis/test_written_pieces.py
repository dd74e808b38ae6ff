"""The written pieces through Processing and the CLI: the scan GeoPackage's
reglement_dispositions table and zones_bilan columns, inspect --json's pieces_ecrites."""
import json

import processing
import pytest
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


@pytest.fixture(scope="module")
def scanned(scanurba, tmp_path_factory):
    """checkcompliance on the real 30014 PLU with a realistic règlement PDF given."""
    folder = tmp_path_factory.mktemp("pieces")
    pdf = folder / "30014_reglement_projet.pdf"
    pdf.write_bytes(classic_plu()[0])
    out = folder / "scan.gpkg"
    result = processing.run("scanurba:checkcompliance", {
        "PLAN_FOLDER": str(shared("plu", "30014_PLU_20171013")), "REGLEMENT": [str(pdf)],
        "OUTPUT": str(out)})
    return out, pdf, result


def test_scan_geopackage_carries_the_reglement(scanned):
    out, pdf, result = scanned
    plu = shared("plu", "30014_PLU_20171013")
    rows = _features(out, "reglement_dispositions")
    by_label = {r["libelle"]: r for r in rows if r["piece"] == "reglement"}
    assert set(by_label) == _labels(plu)
    assert (by_label["Ua"]["niveau"], by_label["Ua"]["page"]) == ("enfouissement", 5)
    assert by_label["Ua"]["citation"] == ("Les réseaux et branchements d’électricité, de "
                                          "téléphone et de télécommunications doivent être "
                                          "réalisés en souterrain.")
    assert (by_label["IAU"]["niveau"], by_label["IAU"]["page"]) == ("fourreaux", 8)   # 1AU
    # the file that decided (its name) and how the chapter was found
    assert (by_label["Ua"]["fichier"], by_label["Ua"]["reperage"], by_label["Ua"]["source"]) \
        == (pdf.name, "titre", str(pdf))
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
    assert [(o["lisible"], "too few to be read as an OAP" in o["raison"])
            for o in pieces["oap"]] == [(False, True)]


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
    assert set(r["zones"]["Ua"]) == {"niveau", "page", "article", "citation", "fichier",
                                     "reperage"}
    assert (r["zones"]["Ua"]["fichier"], r["zones"]["Ua"]["reperage"]) == (str(pdf), "titre")
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
    proc = run_cli("inspect", str(laughs), "--padd", str(empty), "--json", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    pieces = json.loads(proc.stdout)["pieces_ecrites"]
    assert pieces["reglement"]["lisible"] is False and str(laughs) in pieces["reglement"]["raison"]
    assert "entity" in pieces["reglement"]["raison"] and pieces["reglement"]["zones"] == {}
    assert pieces["padd"]["lisible"] is False and "empty file" in pieces["padd"]["raison"]
    assert sorted(tmp_path.iterdir()) == before


def test_report_quotes_each_zone_with_a_link_to_its_page(scanned, tmp_path):
    out, pdf, _ = scanned
    html_path = tmp_path / "report.html"
    processing.run("scanurba:report", {"INPUT": str(out), "HTML": str(html_path)})
    text = html_path.read_text(encoding="utf-8")
    assert "id='pieces_ecrites'" in text
    # a link a reader follows beside the piece, with no local folder in it
    assert f"href='{pdf.name}#page=5'" in text and str(pdf.parent) not in text
    assert "« Les réseaux et branchements d’électricité, de téléphone et de télécommunications " \
           "doivent être réalisés en souterrain. »" in text
    assert f"<td class='small'>{pdf.name}, chapter heading</td>" in text


def test_dock_dialog_lists_levels_and_opens_the_page(scanned, qgis_iface):
    from scan_urba_plugin.core.pieces.report_section import page_link
    from scan_urba_plugin.gui.pieces_view import PiecesDialog

    out, pdf, _ = scanned
    dialog = PiecesDialog(out)
    model = dialog.model
    rows = {model.item(r, 1).text(): [model.item(r, c).text() for c in range(7)]
            for r in range(model.rowCount()) if model.item(r, 0).text() == "Règlement"
            and model.item(r, 1).text()}
    assert rows["Ua"][2:4] == ["burial only", "5"]
    assert rows["IAU"][2:4] == ["ducts required", "8"]
    assert rows["Ua"][6] == f"{pdf.name}, chapter heading"
    assert rows["N"][2] == "no chapter found for this zone"
    # no column cut: each as wide as its content and header up to its cap, the rest elided
    # with the whole text in the cell's tooltip
    from scan_urba_plugin.gui.pieces_view import COLUMNS, MAX_WIDTH

    table, header = dialog.table, dialog.table.horizontalHeader()
    for c, name in enumerate(COLUMNS):
        if name != "citation":
            wanted = max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            assert table.columnWidth(c) >= min(wanted, MAX_WIDTH[name]), name
    assert all(model.item(r, c).toolTip() == model.item(r, c).text()
               for r in range(model.rowCount()) for c in range(len(COLUMNS))
               if "/" not in model.item(r, c).text())
    assert page_link(str(pdf), 5) == f"{pdf.resolve().as_uri()}#page=5"
    assert not dialog.open_row(-1)
