"""The report: files exist, the HTML has its sections and counts, the PDF its pages."""
from contextlib import closing
import json
import re
import subprocess

import numpy as np
import processing
import pytest

from .conftest import TEST_OUT, full_scan_params


@pytest.fixture(scope="module")
def scan_gpkg(sample_dir, network_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "scan.gpkg"
    summary = out.with_suffix(".json")  # the whole summary, each finding included
    processing.run("scanurba:fullscan", {**full_scan_params(sample_dir, network_dir, out),
                                         "REPORT": str(summary)})
    return out, json.loads(summary.read_text(encoding="utf-8"))


def pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def test_report_html_and_pdf(scan_gpkg, sample_dir, network_dir, tmp_path):
    gpkg, summary = scan_gpkg
    html, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    result = processing.run("scanurba:report", {"INPUT": str(gpkg), "HTML": str(html),
                                                "PDF": str(pdf)})
    text = html.read_text(encoding="utf-8")
    for section in ("identite", "synthese", "cartes", "constats", "opportunites", "textes",
                    "parametres"):
        assert f"id='{section}'" in text, section
    n_legal = sum(f["famille"] == "juridique" for f in summary["findings"])
    n_quality = len(summary["findings"]) - n_legal  # kept apart from the legal synthesis
    assert f"Findings ({n_legal})" in text and f"Data quality ({n_quality})" in text
    assert "Trench-sharing opportunities (5)" in text
    assert text.count("<img") == result["N_MAPS"] >= 2  # overview + the non-conformité
    assert text.count("data:image/png;base64,") == result["N_MAPS"]
    assert "L2224-35 CGCT" in text and "06999_PLU_20250115" in text
    assert "3° Les obligations imposées aux constructions" in text  # R151-49 3° quoted
    assert "PLU, élaboration, arrêté" in text  # the document's procedure and state (the
    # demo is a projet arrêté; its approved form is `python -m sampledata demo --approved`)
    body = text[text.index("id='synthese'"):]  # (the inputs table names the files read)
    for raw in ("True", "False", "1970", "non_conformite", "travaux_programmes", "severity",
                "portee", ">nan<"):
        assert raw not in body, raw
    assert "src='http" not in text  # self-contained
    # report.html names the files read, never where they lie on this computer
    for folder in (sample_dir, network_dir["anfr"].parent, gpkg.parent):
        assert str(folder) not in text and folder.as_uri() not in text, folder
    assert "06999_reglement_20250115.pdf#page=" in text  # the links keep the file's name
    # the PDF is the data report (the same sections), not a second copy of the atlas
    assert result["PDF_PAGES"] == pdf_pages(pdf) >= 2
    pdf_text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
    pdf_flat = " ".join(pdf_text.split())
    for heading in ("Legal summary by article and opinion", f"Findings ({n_legal})",
                    "Trench-sharing opportunities (5)", "Parameters of this run"):
        assert heading in pdf_flat, heading
    # each map starts a page, its caption whole under it on the same page (never cut across)
    pages = [" ".join(p.split()) for p in pdf_text.split("\f")]
    caption = "Overview: zones by status"  # (pdftotext reads « fi » as a ligature)
    placed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(placed) == result["N_MAPS"]  # each map drawn once: none sliced over two pages
    assert all(r.split()[12] == r.split()[13] for r in placed)  # x-ppi = y-ppi: not stretched
    with_caption = [n for n, p in enumerate(pages, start=1) if caption in p]
    assert len(with_caption) == 1 and str(with_caption[0]) in {r.split()[0] for r in placed}
    for raw in ("Synthèse des constats", "zones_bilan", "findings_surf", "a_verifier"):
        assert raw not in pdf_text, raw
    shots = TEST_OUT / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(shots / "report_pdf_page1")], check=True)
    assert (shots / "report_pdf_page1.png").stat().st_size > 10000


REPORT_PAGES_MAX = 22  # the demo (8 zones, 24 findings, 6 trenches) prints 19 (63 before)


def test_demo_report_is_as_long_as_its_content(scan_gpkg, tmp_path):
    """Issue 26: the demo's report (8 zones) ran to 39 pages, then 63: the findings in nine
    narrow columns (a row a page), thirteen columns of opportunities, every text of the legal
    table, one map a page and a page with the word « Maps » alone. Now: at most
    REPORT_PAGES_MAX pages, none blank or holding a heading alone, four findings' maps a page,
    a table of the zones."""
    from PIL import Image

    gpkg, summary = scan_gpkg
    pdf = tmp_path / "report.pdf"
    result = processing.run("scanurba:report", {"INPUT": str(gpkg), "PDF": str(pdf)})
    n = result["PDF_PAGES"]
    assert n == pdf_pages(pdf) <= REPORT_PAGES_MAX
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")[:n]
    placed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    with_maps = sorted({int(r.split()[0]) for r in placed})
    # the overview alone on its page, then the findings' maps four a page
    assert len(placed) == result["N_MAPS"] >= 5
    assert len(with_maps) == 1 + -(-(result["N_MAPS"] - 1) // 4)
    for number, text in enumerate(pages, start=1):  # words, or maps with their captions
        assert len(text.split()) >= 60 or number in with_maps, (number, text[:300])
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    for image in sorted(tmp_path.glob("page-*.png")):  # something drawn on every page
        grey = Image.open(image).convert("L")
        inked = float((np.asarray(grey) < 200).mean())
        assert inked > 0.01, image.name
    flat = " ".join(" ".join(pages).split())
    assert "Zones of the plan" in flat  # the zones' table: one line per zone of the demo
    for zone in ("1AU", "2AU", "UA", "UB", "UE", "UH"):
        assert f" {zone} " in flat, zone


def test_report_refuses_a_file_that_is_not_a_scan(scanurba, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    from scan_urba_plugin.qgis_io.write import write_geopackage
    from sampledata import sample

    other = tmp_path / "other.gpkg"
    write_geopackage(other, {"zone_urba": sample.plan_tables()["ZONE_URBA"]})
    with pytest.raises(QgsProcessingException, match="not a Scan Urba result"):
        processing.run("scanurba:report", {"INPUT": str(other), "HTML": str(tmp_path / "r.html")})
    assert not (tmp_path / "r.html").exists()


def test_scan_report_from_the_command_line(sample_dir, network_dir, tmp_path):
    from .test_cli import run_cli

    out = tmp_path / "scan.gpkg"
    proc = run_cli("scan", str(sample_dir), "--gracethd", str(network_dir["gracethd_v3"]),
                   "--anfr", str(network_dir["anfr"]), "--works", str(network_dir["works"]),
                   "--out", str(out), "--report", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "report.html").exists() and pdf_pages(tmp_path / "report.pdf") >= 1
    assert "Report:" in proc.stdout


def test_report_tables_read_booleans_as_the_geopackage_holds_them(scan_gpkg):
    """GDAL's Arrow stream misplaced boolean bits: the HTML "L49" column contradicted the
    GeoPackage (legal review §3.5)."""
    import sqlite3

    from scan_urba_plugin.qgis_io.report_render import read_tables

    gpkg, _ = scan_gpkg
    data, _ = read_tables(gpkg)
    with closing(sqlite3.connect(gpkg)) as con, con:
        truth = {int(r): bool(e) for r, e in con.execute(
            "SELECT rang, l49_eligible FROM opportunites")}
    read = dict(zip(data["opportunites"]["rang"].astype(int),
                    data["opportunites"]["l49_eligible"].map(bool)))
    assert read == truth and sum(truth.values()) == 0  # 06999: agglomération undetermined


def test_report_writes_durations_in_french(scanurba):
    from scan_urba_plugin import translation
    from scan_urba_plugin.core.report import _value

    translation.install("fr")
    try:
        assert _value(42.0, "days") == "42\u202fjours"
    finally:
        translation.install("en")
