"""scanurba:avis on the demo commune and on the real PLU 30014 (with a written règlement
fixture): opinions that LibreOffice opens and converts, an atlas whose text extracts, a
mosaic with one opinion per document. Page images are saved under out/avis/ for people."""
from contextlib import closing
import datetime as dt
import json
import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from .conftest import ROOT, TEST_OUT, full_scan_params, shared

OUT = TEST_OUT / "avis"
RAW_NAMES = ("zones_bilan", "findings_pct", "findings_surf", "a_verifier", "non_conforme",
             "opportunites", "True", "False")


def pdf_text(pdf, images=None) -> str:
    if images is not None and shutil.which("pdftoppm"):
        images.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(images / "page")],
                       check=True)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return " ".join(text.split())


def libreoffice_text(path, out_dir) -> str:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (libreoffice-writer-nogui) is not installed: "
                    "make libreoffice-deps")
    out_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["soffice", "--headless", "--norestore",
                           f"-env:UserInstallation=file://{out_dir / 'lo-profile'}",
                           "--convert-to", "pdf", "--outdir", str(out_dir), str(path)],
                          capture_output=True, text=True, timeout=240)
    pdf = out_dir / (Path(path).stem + ".pdf")
    assert done.returncode == 0 and pdf.exists(), done.stderr
    return pdf_text(pdf, out_dir / "pages")


def run_avis(params, folder):
    import processing

    return processing.run("scanurba:avis", {**params, "OUTPUT_FOLDER": str(folder),
                                            "OVERWRITE": True, "LANGUAGE": "fr"})


def test_demo_opinion_and_atlas(scanurba, sample_dir, network_dir, tmp_path):
    """The demo is a projet arrêté of an élaboration: an opinion section on page 1 names the
    act, its dates and the Département's roles (the GraceTHD owner is the Département)."""
    folder = tmp_path / "avis"
    params = full_scan_params(sample_dir, network_dir, folder / "scan.gpkg")
    result = run_avis({**params, "DATE_RECEIPT": "2026-11-20", "DATE_ARRET": "2026-11-05",
                       "DATE_BEGUN": "2024-03-12",
                       "DEPARTEMENT": "Département des Alpes-Maritimes"}, folder)
    assert result["N_DOCUMENTS"] == 1 and result["DEADLINE_PASSED"] is False
    idurba = "06999_PLU_20250115"
    odt, docx, atlas = (folder / f"avis_{idurba}.odt", folder / f"avis_{idurba}.docx",
                        folder / f"atlas_{idurba}.pdf")
    with zipfile.ZipFile(odt) as z:
        ElementTree.fromstring(z.read("META-INF/manifest.xml"))
        content = z.read("content.xml").decode("utf-8")
        ElementTree.fromstring(content)
        pictures = [n for n in z.namelist() if n.startswith("Pictures/")]
    assert len(pictures) >= 2  # the overview and the zone maps
    for path, name in ((odt, "demo_odt"), (docx, "demo_docx")):
        text = libreoffice_text(path, OUT / name).replace("- ", "-")   # words cut at lines
        assert "Volet aménagement numérique Contribution à l'avis du Département des " \
            "Alpes-Maritimes sur le plan local d'urbanisme (PLU) de la commune de Val-de-Démo" \
            in text
        assert "Projet de plan local d'urbanisme (PLU) arrêté par délibération du conseil " \
            "municipal de Val-de-Démo du 5 novembre 2026 (élaboration prescrite le 12 mars " \
            "2024)." in text
        assert "date limite de l'avis : 20 février 2027" in text
        assert "autorité organisatrice du réseau d'initiative publique" in text
        assert "La zone UH n'est pas desservie à ce jour" in text
        for heading in ("Proposition de conclusion pour le volet numérique",
                        "Éléments à intégrer au diagnostic (rapport non examiné)",
                        "Règlement écrit",
                        "Règlement graphique (zonage et prescriptions)",
                        "Orientations d'aménagement et de programmation (OAP)",
                        "Coordination des travaux", "Figure 1 – Vue d'ensemble"):
            assert heading in text, heading
        for absent in ("Avis favorable", "Annexe 1", "SHA-256", "vérifier avec le RIP",
                       "est-il utile", ".pdf", "47-05", "TRV-2027", "L34-9-1", "1970", "_PS1"):
            assert absent not in text, absent
    note = libreoffice_text(folder / f"note_interne_rip_{idurba}.odt", OUT / "demo_note")
    assert "Note interne – équipe du réseau d'initiative publique" in note
    assert "L34-9-1" in note
    import sqlite3

    with closing(sqlite3.connect(folder / "scan.gpkg")) as db, db:   # nothing lost: every opportunity
        rows = db.execute("select rang, works_id from opportunites").fetchall()
    assert len(rows) == 6  # five trenches and the Département's internal coordination
    for rang, works in rows:
        assert f"{rang} – " in note and works.split(" : ")[0] in note.replace("- ", "-"), works
    text = pdf_text(atlas, OUT / "demo_atlas")
    assert "Synthèse des constats" in text and "Val-de-Démo – Zone 1AU" in text
    assert "Fondement : R151-49 3°" in text
    for internal in ("TRV-2027", "pportunit", "vérifier avec le RIP"):  # the RIP team's note
        assert internal not in text, internal
    for raw in RAW_NAMES:
        assert raw not in text, raw
    documents = json.loads(result["DOCUMENTS"])["documents"]
    import sqlite3

    with closing(sqlite3.connect(folder / "scan.gpkg")) as db, db:
        busy = db.execute("select count(*) from zones_bilan where n_findings > 0").fetchone()[0]
    assert busy >= 4
    assert documents[0]["atlas_pages"] == 2 + busy  # cover, overview, one page per zone


def reglement_fixture():
    """What the issue-15 reader returns for a règlement: two zones quoted with their pages."""
    from scan_urba_plugin.core.pieces.model import Provision, Reglement, WrittenPieces

    return WrittenPieces(reglement=Reglement(
        "30014_reglement_20171013.pdf", "pdf", True, pages=120, zones={
            "IAU": Provision("absent", 61, "Article IAU 4"),
            "IIAU": Provision("enfouissement", 62, "Article IIAU 4", "Les réseaux de "
                              "télécommunication doivent être réalisés en souterrain.")}))


def test_real_plan_30014_with_written_reglement(scanurba, tmp_path):
    from scan_urba_plugin.processing.avis import write_avis

    plan = shared("plu", "30014_PLU_20171013")
    import processing

    gpkg = tmp_path / "scan.gpkg"
    processing.run("scanurba:fullscan", {"PLAN_FOLDER": str(plan), "OUTPUT": str(gpkg)})
    written = write_avis(gpkg, tmp_path, None, {"date_receipt": dt.date(2026, 11, 30),
                                                "lang": "fr"}, pieces=reglement_fixture())
    doc = written["documents"][0]
    assert doc["idurba"] == "30014_PLU_20171013" and doc["kind"] == "approuve"
    assert doc["odt"].endswith("note_analyse_30014_PLU_20171013.odt")
    text = libreoffice_text(doc["odt"], OUT / "plu_30014_odt").replace("- ", "-")
    # an approved plan: an analysis note with the reason on page 1, no deadline
    assert "Note d'analyse – volet aménagement numérique" in text
    assert "et non d'un projet arrêté : aucun avis de personne publique associée ne peut " \
        "être établi sur cette base" in text
    assert "date limite" not in text
    # the written règlement is read: its section carries the zone's words and page
    assert "Règlement écrit de la zone IIAU : « Les réseaux de télécommunication doivent " \
           "être réalisés en souterrain. » (règlement écrit, page 62)" in text, \
        "the quote is kept with its introduction, on one page"
    assert "Le règlement de la zone IAU ne contient pas de disposition sur les " \
           "communications" in text and "électroniques (page 61)" in text  # a page between
    assert "Règlement écrit Cette pièce n'a pas été" not in text
    assert "CNIG code" not in text and "47-05" not in text
    atlas = pdf_text(doc["atlas"], OUT / "plu_30014_atlas")
    assert "commune de code INSEE 30014" in atlas and "Synthèse des constats" in atlas
    assert "30014_PLU_20171013" not in atlas  # no raw identifier: the version's date
    assert "Version du document : 13 octobre 2017" in atlas
    # the legend lists only what its map draws: the 88 zones without findings are drawn
    assert "Zone without remark" in atlas and "Échelle 1/50 000" in atlas.replace("\u202f", " ")


def test_mosaic_one_opinion_per_document(scanurba, tmp_path):
    """The generator's small profile (4 communes, one PLU each) → four opinions."""
    from sampledata.generator_writer import write_generated

    paths = write_generated("small", 1, tmp_path / "gen")
    plan = next(Path(p) for k, p in paths.items() if k == "plan")
    started = time.perf_counter()
    result = run_avis({"PLAN": str(plan)} if plan.is_file() else {"PLAN_FOLDER": str(plan)},
                      tmp_path / "avis")
    per_document = (time.perf_counter() - started) / max(result["N_DOCUMENTS"], 1)
    docs = json.loads(result["DOCUMENTS"])["documents"]
    assert [d["idurba"] for d in docs] == [f"060{i:02d}_PLU_20250101" for i in range(1, 5)]
    for d in docs:
        assert Path(d["odt"]).exists() and Path(d["docx"]).exists() and Path(d["atlas"]).exists()
    from scan_urba_plugin.processing.scan import plan_label
    from scan_urba_plugin.qgis_io.result_layers import group_name

    summary = json.loads(result["SUMMARY"])  # the group on the map names the mosaic
    assert group_name(plan_label(summary)).startswith("Scan Urba – mosaic of 4 documents – ")
    print(f"mosaic: {len(docs)} documents, {per_document:.1f} s per document")


def test_batch_writes_the_chosen_communes_only(scanurba, tmp_path):
    """A batch over some communes of a mosaic: by INSEE code or IDURBA, one opinion and one
    atlas each, in the scan's order, nothing for the others; a code matching no document is
    an error naming it, and no opinion is written."""
    from sampledata.generator_writer import write_generated

    plan = Path(write_generated("small", 1, tmp_path / "gen")["plan"])
    folder = tmp_path / "avis"
    result = run_avis({"PLAN": str(plan), "DOCUMENTS_WANTED": "06004, 06002_PLU_20250101"},
                      folder)
    docs = json.loads(result["DOCUMENTS"])
    assert result["N_DOCUMENTS"] == 2
    assert [d["idurba"] for d in docs["documents"]] == ["06002_PLU_20250101",
                                                        "06004_PLU_20250101"]
    assert len(docs["seconds"]) == 2
    assert sorted(p.name for p in folder.glob("atlas_*.pdf")) == [
        "atlas_06002_PLU_20250101.pdf", "atlas_06004_PLU_20250101.pdf"]
    for doc in docs["documents"]:  # an opinion, or the note an approved plan gets
        assert Path(doc["odt"]).exists() and doc["idurba"] in Path(doc["odt"]).name
    assert not [p for p in folder.iterdir() if "06001" in p.name or "06003" in p.name]
    assert "06004" in pdf_text(folder / "atlas_06004_PLU_20250101.pdf")
    from scan_urba_plugin.core.errors import ScanUrbaError
    from scan_urba_plugin.processing.avis import write_avis
    from scan_urba_plugin.qgis_io.plans import read_plan

    with pytest.raises(ScanUrbaError, match="06999, 06001_PLU_1999"):
        write_avis(folder / "scan_urba.gpkg", tmp_path / "none", read_plan(str(plan)),
                   {"lang": "fr", "documents": ["06001", "06999", "06001_PLU_1999"]})
    assert not (tmp_path / "none").exists()


def test_browser_groups_by_part_and_shows_the_detail(scanurba, sample_dir, network_dir, tmp_path,
                                                    qgis_iface):
    import processing

    from scan_urba_plugin.core.avis.findings import PIECES
    from scan_urba_plugin.core.report import label
    from scan_urba_plugin.gui.browser import AVIS_BACKGROUND, COLUMNS, FindingsBrowser

    out = tmp_path / "scan.gpkg"
    processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, out))
    browser = FindingsBrowser(str(out), qgis_iface)
    proxy = browser.proxy
    parts = [proxy.index(r, COLUMNS.index("piece")).data() for r in range(proxy.rowCount())]
    order = [label(p) for p in PIECES]
    assert parts == sorted(parts, key=order.index)  # the plan's order: PADD … outside the plan
    assert parts[0] == label("padd") and parts[-1] == label("hors_document")
    avis = COLUMNS.index("avis")
    article = COLUMNS.index("article")   # an information finding with a legal basis
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, avis).data() == label("information")
               and proxy.index(r, article).data())
    assert proxy.index(row, 0).data(Qt_background()).color().name() == \
        AVIS_BACKGROUND["information"]
    browser.table.setCurrentIndex(proxy.index(row, 0))
    text = browser.detail.toPlainText()
    # compared with spaces folded: the detail pane may render the narrow no-break spaces of
    # French figures (74,00 ha) as plain spaces
    message = proxy.index(row, COLUMNS.index("message")).data()
    assert " ".join(message.split()) in " ".join(text.split())
    assert "Legal basis" in text
    assert browser.zoom_button.isEnabled() or proxy.index(row, COLUMNS.index("layer")).data() \
        == "findings_document"
    assert not browser.page_button.isEnabled()  # no written règlement read in the demo


def Qt_background():  # noqa: N802
    from qgis.PyQt.QtCore import Qt

    return Qt.ItemDataRole.BackgroundRole


def test_dock_writes_the_opinion_in_the_background(qgis_iface, scanurba, qgis_new_project,
                                                  sample_dir, network_dir, tmp_path,
                                                  monkeypatch):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtGui import QDesktopServices

    from scan_urba_plugin.gui.dock import ScanUrbaDock

    from .test_gui import fill_dock, wait_for

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dock = ScanUrbaDock(qgis_iface)
    fill_dock(dock, sample_dir, network_dir, tmp_path / "scan.gpkg")
    dock.write_avis()
    assert not dock.avis_button.isEnabled() and dock.cancel_button.isEnabled()
    wait_for(lambda: dock.task is None, timeout=300)
    folder = tmp_path / "scan_avis"
    assert (folder / "avis_06999_PLU_20250115.odt").exists()
    assert (folder / "atlas_06999_PLU_20250115.pdf").exists()
    assert opened and opened[0].toLocalFile().endswith("avis_06999_PLU_20250115.odt")
    assert dock.avis_button.isEnabled() and dock.status.text().startswith(
        "Opinion written on the draft plan adopted (projet arrêté)")
    dock.close()
    dock.deleteLater()
    QgsApplication.processEvents()


def test_cancel_leaves_no_opinion(scanurba, sample_dir, network_dir, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    from scan_urba_plugin.core.errors import ScanUrbaError
    from scan_urba_plugin.processing.avis import write_avis

    gpkg = tmp_path / "scan.gpkg"
    processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, gpkg))
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(ScanUrbaError, match="Cancelled"):
        write_avis(gpkg, tmp_path / "avis", None, {"lang": "fr"}, feedback)
    assert not list((tmp_path / "avis").glob("avis_*")) if (tmp_path / "avis").exists() else True


def test_english_opinion(scanurba, sample_dir, network_dir, tmp_path):
    import processing

    from scan_urba_plugin.processing.avis import write_avis

    gpkg = tmp_path / "scan.gpkg"
    processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, gpkg))
    doc = write_avis(gpkg, tmp_path, None, {"lang": "en", "date_receipt":
                                            dt.date(2026, 10, 31)})["documents"][0]
    with zipfile.ZipFile(doc["odt"]) as z:
        content = z.read("content.xml").decode("utf-8")
    assert "Digital infrastructure section" in content
    assert "Contribution to the opinion of" in content
    assert "31 January 2027" in content and "Proposed conclusion" in content


def test_cli_avis_on_the_real_plan(tmp_path):
    from .test_cli import run_cli

    plan = shared("plu", "30014_PLU_20171013")
    done = run_cli("avis", str(plan), "--received", "2026-11-30", "--procedure", "R",
                   "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    # an approved plan: an analysis note (and the RIP team's note), not an opinion
    for name in ("note_analyse_30014_PLU_20171013.odt", "note_analyse_30014_PLU_20171013.docx",
                 "note_interne_rip_30014_PLU_20171013.odt", "atlas_30014_PLU_20171013.pdf"):
        assert (tmp_path / name).stat().st_size > 1000
    assert "30014_PLU_20171013 :" in done.stdout  # French by default
    refused = run_cli("avis", str(plan), "--avis-requis", "--out", str(tmp_path / "r"))
    assert refused.returncode != 0 and "ne peut porter que sur un projet arrêté" in \
        refused.stderr and "Traceback" not in refused.stderr
    bad = run_cli("avis", str(plan), "--received", "30/11/2026", "--out", str(tmp_path / "b"))
    assert bad.returncode == 2 and "n'est pas une date" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_settings_give_the_departement_logo_and_signature(scanurba, sample_dir, network_dir,
                                                         tmp_path):
    import processing

    from scan_urba_plugin.processing.avis import write_avis
    from scan_urba_plugin.qgis_io import avis_settings

    from ..core.test_avis import png

    saved = avis_settings.load()
    try:
        avis_settings.save(departement="Département du Gard", logo=png(tmp_path / "logo.png"),
                           signature="Pour le Président, la directrice de l'aménagement")
        gpkg = tmp_path / "scan.gpkg"
        processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, gpkg))
        doc = write_avis(gpkg, tmp_path, None, {"lang": "fr", "form": "lettre",
                                                "rip_autorite": "non"})["documents"][0]
    finally:
        avis_settings.save(**saved)
    with zipfile.ZipFile(doc["odt"]) as z:
        content = z.read("content.xml").decode("utf-8")
        styles = z.read("styles.xml").decode("utf-8")
        assert "Pictures/logo.png" in z.namelist()
    content = content.replace("&apos;", "'")
    assert "Département du Gard" in content and "Monsieur le Maire de Val-de-Démo" in content
    assert "la directrice de l'aménagement" in content
    assert "autorité organisatrice" not in content      # the setting says it is not
    assert "Département du Gard – avis sur le plan local d'urbanisme (PLU) de Val-de-Démo" in \
        styles.replace("&apos;", "'")


def _xml_text(data: bytes) -> str:
    """The text of an ODF or OOXML part, paragraphs apart."""
    text = re.sub(r"</(text:p|text:h|w:p)>", "\n", data.decode("utf-8"))
    return re.sub(r"<[^>]+>", "", text)


def _visible_html(path) -> str:
    import html

    text = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", Path(path).read_text(encoding="utf-8"),
                  flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)  # tags, with the images' data: URIs inside them
    return html.unescape(text)


@pytest.fixture
def in_french(scanurba):
    """The messages in French, as a French user's QGIS writes them."""
    from scan_urba_plugin import translation

    translation.install("fr")
    yield
    translation.install("en")


def test_30014_unreadable_oap_is_not_evaluated_and_no_document_names_a_folder(scanurba,
                                                                             in_french,
                                                                             tmp_path):
    """Issue 26 §6: the real 30014 plan's OAP PDF cannot be read (too short): the opinion's
    OAP section says « non évalué – les orientations … (fichier …) ne sont pas lisibles »,
    never « aucune observation »; the opinion (ODT, DOCX), the atlas and the report name files only, never a
    folder of this computer."""
    import processing

    plan = shared("plu", "30014_PLU_20171013")
    folder = tmp_path / "avis"
    result = run_avis({"PLAN_FOLDER": str(plan), "OUTPUT": str(tmp_path / "scan.gpkg")}, folder)
    doc = json.loads(result["DOCUMENTS"])["documents"][0]
    odt = _xml_text(zipfile.ZipFile(doc["odt"]).read("content.xml"))
    docx = _xml_text(zipfile.ZipFile(doc["docx"]).read("word/document.xml"))
    oap = odt.split("Orientations d'aménagement et de programmation (OAP)")[-1]
    oap = oap.split("\n", 2)[1]  # the section's first paragraph
    assert oap == ("Non évalué – les orientations d'aménagement et de programmation (fichier "
                   "30014_orientations_amenagement_20171013.pdf) ne sont pas lisibles : aucune "
                   "observation n'est formulée à ce sujet au titre du présent volet."), oap
    # the placeholder PADD and règlement: one clean sentence each, « 0 mot », and the PADD
    # given is asked again in a readable version, not « fournir le PADD »
    flat = odt.replace("\u00a0", " ")
    assert "Orientation du PADD sur les communications numériques (L151-5) : non évaluée, " \
        "car le PADD fourni" in flat, odt
    assert flat.count("ne contient pas de texte exploitable (document de quelques mots)") >= 2
    for toolspeak in ("mot de texte", "mots de texte", "trop peu pour"):
        assert toolspeak not in flat
    assert ("Le Département n'a pu examiner le PADD transmis, dont le fichier ne contient pas "
            "de texte lisible ; il demande à en recevoir une version lisible.") in flat
    for broken in ("Fournir le PADD", "0 mots", "non évalué)", "règlement)", "(fichier ne"):
        assert broken not in odt and broken not in docx, broken
    report = processing.run("scanurba:report", {"INPUT": str(tmp_path / "scan.gpkg"),
                                                "HTML": str(tmp_path / "rapport.html"),
                                                "PDF": str(tmp_path / "rapport.pdf"),
                                                "OVERWRITE": True})
    html = Path(report["HTML"]).read_text(encoding="utf-8")
    # the inputs table in words: « Règlement écrit », a written piece has no feature count
    assert "<td>Règlement écrit</td><td>pièce écrite</td><td></td>" in html
    assert "<td>PADD</td><td>pièce écrite</td><td></td>" in html
    assert "<td>reglement</td>" not in html and "<td>padd</td>" not in html
    texts = {"odt": odt, "docx": docx, "atlas": pdf_text(doc["atlas"]),
             "report": _visible_html(report["HTML"]), "report_pdf": pdf_text(report["PDF"])}
    local = (str(plan.parent), str(tmp_path), str(ROOT), "/tmp/", "/work/", "/home/")
    for name, text in texts.items():
        assert not [p for p in local if p in text], name
        assert not [w for w in text.split() if LOCAL_PATH.search(w) and "://" not in w], \
            (name, [w for w in text.split() if LOCAL_PATH.search(w) and "://" not in w])


# a word that is a local path: absolute (POSIX or Windows), or folders then a file name
# ("ANFR/ARCEP", "TYPEINF/STYPEINF", the GPU layout "Pieces_ecrites/2_PADD" are words)
LOCAL_PATH = re.compile(r"^[(«\"']?(?:/\w|[A-Za-z]:\\)|\w[/\\][^/\\\s]+\.\w{2,4}\b")


def test_settings_dialog_edits_every_key(qgis_iface):
    from qgis.PyQt.QtCore import QDate

    from scan_urba_plugin.gui.avis_settings_dialog import AvisSettingsDialog
    from scan_urba_plugin.qgis_io import avis_settings

    from qgis.core import QgsSettings

    from scan_urba_plugin import translation

    saved = avis_settings.load()
    locale = QgsSettings().value("locale/userLocale", "")
    QgsSettings().setValue("locale/userLocale", "fr_FR")   # the choices read in French
    translation.install()
    try:
        dialog = AvisSettingsDialog()
        assert set(dialog.fields) == set(avis_settings.KEYS)
        dialog.fields["departement"].setText("Département du Var")
        box = dialog.fields["rip_autorite"]
        assert [box.itemText(i) for i in range(box.count())] == [
            "Selon le propriétaire des ouvrages GraceTHD", "Oui", "Non"]
        label = dialog.layout().labelForField(box).text()
        assert label == "Le Département est-il l'autorité organisatrice du RIP ?"
        box.setCurrentIndex(1)
        assert dialog.fields["sdtan_date"].isNull() == (not saved["sdtan_date"])
        dialog.fields["sdtan_date"].setDate(QDate(2013, 5, 3))  # a date picker, as in the dock
        dialog.accept()
        values = avis_settings.load()
        assert values["departement"] == "Département du Var" and values["rip_autorite"] == "oui"
        assert values["sdtan_date"] == "2013-05-03"
    finally:
        avis_settings.save(**saved)
        QgsSettings().setValue("locale/userLocale", locale)
        translation.install("en")
