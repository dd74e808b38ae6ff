"""The report: files exist, the HTML has its sections and counts, the PDF its pages."""
import json
import re
import subprocess

import processing
import pytest

from .conftest import ROOT, full_scan_params


@pytest.fixture(scope="module")
def scan_gpkg(sample_dir, network_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "scan.gpkg"
    result = processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, out))
    return out, json.loads(result["SUMMARY"])


def pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def test_report_html_and_pdf(scan_gpkg, tmp_path):
    gpkg, summary = scan_gpkg
    html, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    result = processing.run("scanurba:report", {"INPUT": str(gpkg), "HTML": str(html),
                                                "PDF": str(pdf)})
    text = html.read_text(encoding="utf-8")
    for section in ("identite", "synthese", "cartes", "constats", "opportunites", "textes",
                    "parametres"):
        assert f"id='{section}'" in text, section
    n_findings = summary["n_findings"]
    assert f"Findings ({n_findings})" in text
    assert "Trench-sharing opportunities (13)" in text
    assert text.count("<img") == result["N_MAPS"] >= 2  # overview + the non-conformité
    assert text.count("data:image/png;base64,") == result["N_MAPS"]
    assert "L141-21, L131-4" in text and "06999_PLU_20250115" in text
    assert "« Le règlement peut fixer les conditions de desserte" in text  # L151-39 quoted
    assert "src='http" not in text  # self-contained
    zones_to_show = sum(n for status, n in summary["zones_by_status"].items()
                        if status != "conforme")
    assert result["PDF_PAGES"] == zones_to_show == pdf_pages(pdf) == 5
    shots = ROOT / "out" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(shots / "report_pdf_page1")], check=True)
    assert (shots / "report_pdf_page1.png").stat().st_size > 10000


def test_report_refuses_a_file_that_is_not_a_scan(scanurba, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    from scan_urba_plugin.qgis_io.write import write_geopackage
    from scan_urba_plugin.core import sample

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
