"""A PLUi commune by commune (issue 26), on real zonings: the zones and prescriptions of
Arpaillargues-et-Aureillac (30014, CNIG 2017) and Pezou (41175, CNIG 2014) put under one
PLUi IDURBA of the 2017 field set (no INSEE on the zones), and a communes layer written from
their extents. The opinion counts its findings per commune, an extract for Pezou holds its
part of the plan only, and without the communes layer the breakdown is « non évalué »."""
import datetime as dt
import json
import re
import zipfile

import pandas as pd
import pytest
import shapely

from .conftest import shared

PLUI = "200030435_PLUi_20140603"
NAMES = {"30014": "Arpaillargues-et-Aureillac", "41175": "Pezou"}
FOLDERS = {"30014": "30014_PLU_20171013", "41175": "41175_PLU_20140603"}
OPTIONS = {"date_receipt": dt.date(2026, 11, 20), "date_arret": dt.date(2026, 11, 5),
           "lang": "fr", "today": dt.date(2026, 12, 6)}
EPCI_SIREN = "l'établissement public de coopération intercommunale (SIREN 200030435)"
COVERING = "couvrant les communes d'Arpaillargues-et-Aureillac et de Pezou"


def _plui_tables():
    """ZONE_URBA and PRESCRIPTION_SURF of both communes under the PLUi's IDURBA, with the
    polygon of each commune's zones' extent."""
    from scan_urba_plugin.qgis_io.plans import read_plan

    zones, prescriptions, communes = [], [], []
    for insee, folder in FOLDERS.items():
        plan = read_plan(str(shared("plu", folder)))
        z = plan.tables["ZONE_URBA"][["LIBELLE", "LIBELONG", "TYPEZONE", "geometry"]]
        zones.append(z)
        prescriptions.append(plan.tables["PRESCRIPTION_SURF"][
            ["LIBELLE", "TYPEPSC", "STYPEPSC", "geometry"]])
        communes.append({"INSEE_COM": insee, "NOM": NAMES[insee], "geometry": shapely.box(
            *shapely.total_bounds(z["geometry"].to_numpy()))})
    return (pd.concat(zones, ignore_index=True).assign(IDURBA=PLUI),
            pd.concat(prescriptions, ignore_index=True).assign(IDURBA=PLUI),
            pd.DataFrame(communes))


@pytest.fixture(scope="module")
def plui(scanurba, tmp_path_factory):
    """The PLUi and communes GeoPackages, and its full scan (run once for the module)."""
    import processing

    from scan_urba_plugin.qgis_io.write import write_geopackage

    folder = tmp_path_factory.mktemp("plui")
    zones, prescriptions, communes = _plui_tables()
    doc = pd.DataFrame({"IDURBA": [PLUI], "TYPEDOC": ["PLUi"], "ETAT": ["01"],
                        "NOMPROC": ["E"], "DATAPPRO": ["20140603"]})
    com = pd.DataFrame({"IDURBA": [PLUI, PLUI], "INSEE": ["30014", "41175"]})
    plan = write_geopackage(folder / "plui.gpkg", {
        "ZONE_URBA": (zones, "MultiPolygon"), "PRESCRIPTION_SURF": (prescriptions,
                                                                   "MultiPolygon"),
        "DOC_URBA": (doc, None), "DOC_URBA_COM": (com, None)})
    layer = write_geopackage(folder / "communes.gpkg", {"COMMUNE": (communes, "Polygon")})
    processing.run("scanurba:fullscan", {"PLAN": str(plan), "OUTPUT": str(folder / "scan.gpkg")})
    return {"plan": plan, "communes": layer, "scan": folder / "scan.gpkg", "boxes": communes,
            "folder": folder}


def _communes_frame(path):
    from qgis.core import QgsVectorLayer

    from scan_urba_plugin.core.communes import normalise_communes
    from scan_urba_plugin.qgis_io.layers import layer_to_raw

    layer = QgsVectorLayer(f"{path}|layername=COMMUNE", "COMMUNE", "ogr")
    return normalise_communes(layer_to_raw(layer).frame, "COMMUNE")


def odt_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
    xml = re.sub(r"</text:(p|h)>|<text:line-break/>|</table:table-cell>", "\n", xml)
    text = re.sub(r"<[^>]+>", "", xml).replace("&apos;", "'").replace("&amp;", "&")
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _expected_counts(plui) -> dict:
    """Legal findings per commune, counted apart from the code under test: the commune
    boxes each located finding of the scan meets (the margin's findings to the nearer)."""
    from scan_urba_plugin.core.avis.findings import split
    from scan_urba_plugin.qgis_io.report_render import read_tables

    findings = read_tables(plui["scan"])[0]["findings"]
    legal = split(findings)[0]
    legal = legal[legal["piece"] != "hors_document"]
    boxes = plui["boxes"]
    out = {code: 0 for code in boxes["INSEE_COM"]}
    for geom in legal["geometry"]:
        if not shapely.is_geometry(geom):   # a finding on no place (NaN as read)
            continue
        distances = shapely.distance(geom, boxes["geometry"].to_numpy())
        near = boxes["INSEE_COM"][distances == 0] if (distances == 0).any() else \
            boxes["INSEE_COM"][[distances.argmin()]]
        for code in near:
            out[code] += 1
    return out


def test_the_plui_opinion_counts_its_findings_per_commune(plui, tmp_path):
    from scan_urba_plugin.processing.avis import write_avis
    from scan_urba_plugin.qgis_io.plans import read_plan

    written = write_avis(plui["scan"], tmp_path, read_plan(str(plui["plan"])), OPTIONS,
                         communes=_communes_frame(plui["communes"]))
    [doc] = written["documents"]
    assert doc["idurba"] == PLUI and doc["commune"] == "" and doc["kind"] == "projet_arrete"
    text = odt_text(doc["odt"])
    assert "Répartition des constats par commune" in text
    # the PLUi is the EPCI's act (no name given: its SIREN), its communes named in words
    assert "Contribution à l'avis du Département sur le plan local d'urbanisme intercommunal " \
        f"(PLUi) de {EPCI_SIREN}, {COVERING}" in text
    assert f"Projet de plan local d'urbanisme intercommunal (PLUi), {COVERING}, arrêté par " \
        f"délibération du conseil communautaire de {EPCI_SIREN} du 5 novembre 2026" in text
    assert "conseil municipal" not in text and "30014, 41175" not in text
    expected = _expected_counts(plui)
    print("findings per commune:", expected)
    assert expected["30014"] > 0 and expected["41175"] > 0
    for code, words in (("30014", "Commune d'Arpaillargues-et-Aureillac (30014)"),
                        ("41175", "Commune de Pezou (41175)")):
        total = re.search(re.escape(words) + r"\n(\d+)\n(\d+)\n(\d+)\n(\d+)\n(\d+)", text)
        assert total, words
        assert int(total.group(5)) == expected[code], (words, total.groups())
    assert "Localisation : commune de Pezou (41175)." in text
    assert "non évalué" not in text.split("Répartition des constats par commune")[1][:400]
    note = odt_text(doc["note_odt"])
    assert "Commune de Pezou (41175)" in note and "Opportunités" in note


def test_an_extract_for_pezou_holds_its_part_of_the_plan_only(plui, tmp_path):
    """The algorithm with the Communes input, the EPCI's name and DOCUMENTS_WANTED 41175, as
    a letter: avis and atlas named after the commune, the extract said first, the PLUi of the
    EPCI still the act examined and its président the addressee, and only Pezou's zones in
    the atlas."""
    import processing

    folder = tmp_path / "avis"
    result = processing.run("scanurba:avis", {
        "PLAN": str(plui["plan"]), "COMMUNES": f"{plui['communes']}|layername=COMMUNE",
        "DOCUMENTS_WANTED": "41175", "OUTPUT_FOLDER": str(folder), "OVERWRITE": True,
        "LANGUAGE": "fr", "DATE_RECEIPT": "2026-11-20", "DATE_ARRET": "2026-11-05",
        "EPCI": "Communauté de communes Loir et Gardon", "FORM": 1})
    assert result["N_DOCUMENTS"] == 1
    assert sorted(p.name for p in folder.glob("*.odt")) == [
        f"avis_{PLUI}_41175.odt", f"note_interne_rip_{PLUI}_41175.odt"]
    assert (folder / f"atlas_{PLUI}_41175.pdf").exists()
    text = odt_text(folder / f"avis_{PLUI}_41175.odt")
    assert "Extrait de la contribution sur le plan local d'urbanisme intercommunal (PLUi), " \
           "pour la commune de Pezou (41175)" in text
    assert "La commune d'Arpaillargues-et-Aureillac relève de la contribution d'ensemble du " \
           "PLUi." in text
    assert text.index("Extrait de la contribution") < text.index("Proposition de conclusion")
    body = "la communauté de communes Loir et Gardon"
    assert f"Madame la Présidente ou Monsieur le Président de {body}" in text
    assert "Madame la Présidente, Monsieur le Président," in text
    assert f"Projet de plan local d'urbanisme intercommunal (PLUi), {COVERING}, arrêté par " \
        f"délibération du conseil communautaire de {body} du 5 novembre 2026" in text
    assert "Maire" not in text and "conseil municipal" not in text
    with zipfile.ZipFile(folder / f"avis_{PLUI}_41175.odt") as z:
        header = z.read("styles.xml").decode("utf-8").replace("&apos;", "'")
    assert "avis sur le plan local d'urbanisme intercommunal (PLUi) de " \
        f"{body} – extrait pour la commune de Pezou (41175)" in header
    from .test_avis import pdf_text

    atlas = " ".join(pdf_text(folder / f"atlas_{PLUI}_41175.pdf").split())
    assert f"plan local d'urbanisme intercommunal (PLUi) de {body} – extrait pour la " \
           "commune de Pezou (41175)" in atlas
    # the atlas pages: cover, overview, and one per zone of Pezou with findings
    pages = json.loads(result["DOCUMENTS"])["documents"][0]["atlas_pages"]
    pezou_zones = _busy_zones(folder / "scan_urba.gpkg", plui["boxes"].geometry[1])
    assert pezou_zones > 0 and pages == 2 + pezou_zones, (pages, pezou_zones)


def _busy_zones(gpkg, commune) -> int:
    """The zones with findings whose inside point lies in the commune."""
    from scan_urba_plugin.qgis_io.report_render import read_tables

    zones = read_tables(gpkg)[0]["zones_bilan"]
    busy = zones[zones["n_findings"] > 0]["geometry"].to_numpy()
    return int(shapely.intersects(shapely.point_on_surface(busy), commune).sum())


def test_without_communes_the_breakdown_is_not_evaluated_and_an_extract_refused(plui,
                                                                                tmp_path):
    from scan_urba_plugin.core.errors import ScanUrbaError
    from scan_urba_plugin.processing.avis import write_avis
    from scan_urba_plugin.qgis_io.plans import read_plan

    plan = read_plan(str(plui["plan"]))
    [doc] = write_avis(plui["scan"], tmp_path, plan, OPTIONS)["documents"]
    text = odt_text(doc["odt"])
    assert "Répartition par commune : non évalué. Le PLUi couvre les communes de code INSEE " \
           "30014 et 41175 mais ses zones ne disent pas dans quelle commune elles se trouvent" in text
    assert "à l'entrée « Communes » de l'analyse" in text
    assert "Localisation" not in text
    with pytest.raises(ScanUrbaError, match=r"41175 is a commune of the PLUi "
                                            + PLUI + r": its opinion is an extract"):
        write_avis(plui["scan"], tmp_path / "none", plan, {**OPTIONS, "documents": ["41175"]})
    with pytest.raises(ScanUrbaError, match=r"No document of the scan for 41999: not a "
                                            r"commune of the PLUi .* lists 30014, 41175"):
        write_avis(plui["scan"], tmp_path / "none", plan, {**OPTIONS, "documents": ["41999"]},
                   communes=_communes_frame(plui["communes"]))
    assert not (tmp_path / "none").exists()


def test_a_2014_plui_is_broken_down_by_its_zones_insee_field_without_a_layer(scanurba,
                                                                             tmp_path):
    """The 2013/2014 field set names each zone's commune (INSEE): no communes layer is
    needed, and the communes, whose names nothing gives, are named by their code."""
    import processing

    from scan_urba_plugin.processing.avis import write_avis
    from scan_urba_plugin.qgis_io.plans import read_plan
    from scan_urba_plugin.qgis_io.write import write_geopackage

    zones, _, communes = _plui_tables()
    counts = [int(n) for n in zones.groupby(zones.index >= 90).size()]  # 30014's 90 first
    legacy = zones.drop(columns="IDURBA").assign(
        INSEE=["30014"] * counts[0] + ["41175"] * counts[1], DATAPPRO="20140603")
    doc = pd.DataFrame({"IDURBA": [PLUI], "TYPEDOC": ["PLUi"], "ETAT": ["01"],
                        "NOMPROC": ["E"], "DATAPPRO": ["20140603"]})
    com = pd.DataFrame({"IDURBA": [PLUI, PLUI], "INSEE": ["30014", "41175"]})
    plan = write_geopackage(tmp_path / "plui_2014.gpkg", {
        "ZONE_URBA": (legacy, "MultiPolygon"), "DOC_URBA": (doc, None),
        "DOC_URBA_COM": (com, None)})
    processing.run("scanurba:fullscan", {"PLAN": str(plan), "OUTPUT": str(tmp_path / "s.gpkg")})
    written = write_avis(tmp_path / "s.gpkg", tmp_path / "avis", read_plan(str(plan)),
                         {**OPTIONS, "documents": ["41175"]})
    [doc] = written["documents"]
    assert doc["commune"] == "41175" and doc["odt"].endswith(f"avis_{PLUI}_41175.odt")
    text = odt_text(doc["odt"])
    assert "pour la commune de code INSEE 41175 : seuls y figurent" in text
    from .test_avis import pdf_text

    atlas = pdf_text(doc["atlas"])   # the zone pages name the commune in words
    assert "Commune de code INSEE 41175 – " in atlas and "Commune 41175" not in atlas
    [whole] = write_avis(tmp_path / "s.gpkg", tmp_path / "avis", read_plan(str(plan)),
                         OPTIONS)["documents"]
    text = odt_text(whole["odt"])
    assert re.search(r"Commune de code INSEE 30014\n\d+\n\d+\n\d+\n\d+\n[1-9]", text)
    assert re.search(r"Commune de code INSEE 41175\n\d+\n\d+\n\d+\n\d+\n[1-9]", text)
    assert "non évalué." not in text


def test_a_communes_layer_without_insee_code_is_one_clear_line(plui, tmp_path):
    """From the command line, in French: the layer and its fields named, no traceback, before
    any opinion is written."""
    from scan_urba_plugin.qgis_io.write import write_geopackage

    from .test_cli import run_cli

    bad = write_geopackage(tmp_path / "communes_sans_code.gpkg", {"COMMUNE": (
        plui["boxes"].rename(columns={"INSEE_COM": "CODE"}), "Polygon")})
    proc = run_cli("avis", str(plui["plan"]), "--communes", str(bad), "--documents", "41175",
                   "--out", str(tmp_path / "avis"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "aucun champ de code INSEE dans la couche des communes (attendu : INSEE_COM" in \
        lines[0] and "CODE, NOM" in lines[0]
    assert not list((tmp_path / "avis").glob("avis_*"))
