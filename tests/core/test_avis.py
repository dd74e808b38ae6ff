"""The draft opinion (issue 17): wording, deadline, ODT and DOCX packages, and what
LibreOffice makes of them (skipped only when LibreOffice is not installed)."""
import datetime as dt
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

import pandas as pd
import pytest

from scan_urba_plugin.core.avis import templates
from scan_urba_plugin.core.avis.document import Dossier, build
from scan_urba_plugin.core.avis.findings import as_avis
from scan_urba_plugin.core.avis.opinion import write_opinion
from scan_urba_plugin.core.pieces.model import Provision, Reglement, WrittenPieces

OUT = Path(__file__).resolve().parents[2] / "out" / "avis_core"
ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def png(path, width=64, height=40, rgb=(200, 220, 240)):
    """A plain PNG written without any imaging library."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height,
                                                                        8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return str(path)


def findings():
    """Today's columns (severity, portee) for two rows, the issue-16 columns for two."""
    return pd.DataFrame([
        {"rule_id": "l141_21.compatibilite_scot", "severity": "non_conformite",
         "portee": "opposable", "article": "L141-21, L131-4", "libelle": "2AU",
         "message": "La zone 2AU est dans un secteur du SCoT à critères renforcés",
         "suggestion": "Délimiter un secteur L151-40", "insee": "06999", "idurba": "06999_PLU_20250115"},
        {"rule_id": "r151_49.regle_47_05", "severity": "recommandation", "portee": "opposable",
         "article": "R151-49 3°", "libelle": "UB", "message": "Zone UB sans prescription",
         "suggestion": "", "insee": "06999", "idurba": "06999_PLU_20250115"},
        {"rule_id": "padd.l151_5", "avis": "reserve", "force": "obligation", "piece": "padd",
         "article": "L151-5", "libelle": "PADD", "famille": "juridique",
         "message": "Le PADD ne fixe pas d'orientation sur les communications numériques",
         "citation": "Le projet vise un développement équilibré du territoire.", "page": 7.0,
         "suggestion": "Ajouter une orientation sur le très haut débit"},
        {"rule_id": "cnig.geometry", "severity": "non_conformite", "portee": "recommandation",
         "article": "CNIG", "libelle": "", "message": "Polygone invalide dans ZONE_URBA"},
    ])


def dossier(tmp_path, **kw):
    zone_maps = {"2AU": png(tmp_path / "z.png", 90, 60)}
    pieces = WrittenPieces(reglement=Reglement(
        "reglement.pdf", "pdf", True, zones={"UB": Provision(
            "raccordement", 34, "Article UB 4", "Les constructions nouvelles doivent être "
            "raccordées aux réseaux de communications électroniques.")}))
    return Dossier(
        idurba="06999_PLU_20250115", communes=["06999"], findings=findings(),
        run_info={"plugin_version": "0.1.0", "qgis_version": "3.22", "finished":
                  "2026-11-30T10:00:00"},
        inputs=[{"input": "plan", "layer": "ZONE_URBA", "features": 8, "sha256": "ab" * 32}],
        date_receipt=dt.date(2026, 11, 30), date_arret=dt.date(2026, 11, 2),
        procedure="Révision générale", departement="Département des Alpes-Maritimes",
        overview=png(tmp_path / "o.png", 120, 80), zone_maps=zone_maps, pieces=pieces, **kw)


def test_deadline_three_months_after_receipt_end_of_month():
    assert templates.opinion_deadline(dt.date(2026, 11, 30)) == dt.date(2027, 2, 28)
    assert templates.opinion_deadline(dt.date(2026, 10, 31)) == dt.date(2027, 1, 31)
    assert templates.opinion_deadline(None) is None
    fr = templates.load("fr")
    assert templates.date_words(dt.date(2027, 3, 1), fr) == "1er mars 2027"
    assert templates.number(12345.5, fr, 1) == "12\u202f345,5"
    assert templates.number(12345.5, templates.load("en"), 1) == "12,345.5"


def test_templates_have_the_same_keys_in_every_language():
    fr, en = templates.load("fr"), templates.load("en")
    assert set(fr) == set(en)
    for key, value in fr.items():
        if isinstance(value, dict):
            assert set(value) == set(en[key]), key


def test_legacy_findings_read_as_avis():
    f = as_avis(findings()).set_index("rule_id")
    assert f.loc["l141_21.compatibilite_scot", ["avis", "force", "piece"]].tolist() == \
        ["reserve", "compatibilite", "reglement_graphique"]
    assert f.loc["r151_49.regle_47_05", "piece"] == "reglement_ecrit"
    assert f.loc["padd.l151_5", ["avis", "piece"]].tolist() == ["reserve", "padd"]
    assert f.loc["cnig.geometry", ["avis", "famille"]].tolist() == \
        ["observation", "qualite_donnees"]


def test_blocks_sections_quotes_and_reserves(tmp_path):
    blocks = build(dossier(tmp_path))
    headings = [b.text for b in blocks if b.kind == "heading"]
    t = templates.load("fr")
    for piece in ("padd", "rapport", "reglement_ecrit", "reglement_graphique", "oap", "annexes"):
        assert t["pieces"][piece] in headings
    assert t["pieces"]["hors_document"] not in headings   # the internal note's
    quotes = [(b.text, b.source) for b in blocks if b.kind == "quote"]
    assert ("Le projet vise un développement équilibré du territoire.", "(PADD, page 7)") in quotes
    assert any("raccordées aux réseaux" in q and "page 34" in s for q, s in quotes)
    reserves = [b for b in blocks if b.kind == "reserve"]
    assert [b.group for b in reserves] == ["recap", "recap", "detail", "detail"]
    proposal = next(b for b in blocks if b.kind == "proposal")
    assert proposal.text == ("Au titre de l'aménagement numérique, le Département formule deux "
                             "réserves et deux recommandations, énoncées ci-dessous.")
    assert "Proposition" in proposal.lead
    text = " ".join(b.text for b in blocks)
    assert "date limite de l'avis : 28 février 2027" in text
    assert "Polygone invalide" not in text and "ab" * 8 not in text   # the note's
    oap = headings.index(t["pieces"]["oap"])
    after = blocks[[i for i, b in enumerate(blocks) if b.kind == "heading"][oap] + 1]
    assert after.text == t["piece_not_read"]


def test_odt_and_docx_packages_parse(tmp_path):
    written = write_opinion(dossier(tmp_path), tmp_path / "out")
    with zipfile.ZipFile(written["ODT"]) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        manifest = ElementTree.fromstring(z.read("META-INF/manifest.xml"))
        paths = {e.get("{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}full-path")
                 for e in manifest}
        assert {"content.xml", "styles.xml", "Pictures/image1.png"} <= paths
        for name in paths - {"/"}:
            assert name in z.namelist()
        content = ElementTree.fromstring(z.read("content.xml"))
        ElementTree.fromstring(z.read("styles.xml"))
        lists = content.findall(f".//{{{ODF_TEXT}}}list")
        assert {item.get(f"{{{ODF_TEXT}}}style-name") for item in lists} == {"Scan_20_Reserves"}
        assert lists[-1].get(f"{{{ODF_TEXT}}}continue-list") == "list_detail"
    with zipfile.ZipFile(written["DOCX"]) as z:
        for name in ("word/document.xml", "word/styles.xml", "word/numbering.xml",
                     "[Content_Types].xml", "word/_rels/document.xml.rels"):
            ElementTree.fromstring(z.read(name))
        assert "word/media/image1.png" in z.namelist()


def libreoffice_pdf(path, out_dir) -> str:
    """LibreOffice's PDF of an ODT/DOCX as text; page images saved under out/ for people."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / "lo-profile"
    subprocess.run(["soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(path)], check=True, capture_output=True,
                   timeout=180)
    pdf = out_dir / (Path(path).stem + ".pdf")
    assert pdf.exists(), f"LibreOffice did not convert {path}"
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out_dir / "page")],
                       check=True)
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None,
                                       reason="LibreOffice (libreoffice-writer-nogui) is not "
                                              "installed: make libreoffice-deps")


@needs_libreoffice
@pytest.mark.parametrize("suffix", ["ODT", "DOCX"])
def test_libreoffice_reads_the_opinion(tmp_path, suffix):
    written = write_opinion(dossier(tmp_path), tmp_path / "out")
    text = " ".join(libreoffice_pdf(written[suffix], OUT / suffix.lower()).split())
    for heading in ("Proposition de conclusion", "Règlement écrit", "Coordination des travaux",
                    "Projet d'aménagement et de développement durables (PADD)"):
        assert heading in text
    assert "« Le projet vise un développement équilibré du territoire. » (PADD, page 7)" in text
    assert "(règlement écrit, page 34)" in text
    assert "Réserve n° 1 – Le PADD" in text and "Réserve n° 2 – La zone 2AU" in text
    assert text.count("Réserve n° 1 –") == 2  # the recap and the sections each count from 1
    assert "28 février 2027" in text


def test_letter_signs_before_its_maps(tmp_path):
    kinds = [b.kind for b in build(dossier(tmp_path, form="lettre"))]
    assert kinds[:2] == ["banner", "letterhead"]
    assert kinds.index("closing") + 1 == kinds.index("signature") < kinds.index("figure")
