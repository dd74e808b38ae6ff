"""Inputs are never modified: every file of ../shared/data and of the sample is hashed before
and after full scans and reports; no file may change, appear or disappear beside them."""
import hashlib

import processing

from .conftest import SHARED_DATA, full_scan_params, shared


def snapshot(*folders) -> dict:
    out = {}
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def test_scans_and_reports_leave_inputs_untouched(sample_dir, network_dir, tmp_path):
    shared("plu")  # skips with a reason when ../shared is absent
    folders = [SHARED_DATA, sample_dir, network_dir["gracethd_v2"].parent]
    before = snapshot(*folders)
    out = tmp_path / "demo.gpkg"
    processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, out))
    processing.run("scanurba:report", {"INPUT": str(out), "HTML": str(tmp_path / "r.html"),
                                       "PDF": str(tmp_path / "r.pdf")})
    real = tmp_path / "real.gpkg"
    processing.run("scanurba:fullscan", {
        "PLAN_FOLDER": str(shared("plu", "30014_PLU_20171013")),
        "GRACETHD_FOLDER": str(shared("gracethd", "gracethd-v2.0.1-demo")),
        "ANFR": str(shared("anfr", "anfr-sup-support-sample")),
        "ANFR_REFERENCE": str(shared("anfr", "anfr-reference-tables-2023-01")),
        "OUTPUT": str(real)})
    processing.run("scanurba:report", {"INPUT": str(real), "HTML": str(tmp_path / "real.html"),
                                       "PDF": str(tmp_path / "real.pdf")})
    for plan in ("41175_PLU_20140603", "200078244_SCOT_20180218"):
        processing.run("scanurba:importplan", {"FOLDER": str(shared("plu", plan)),
                                               "OUTPUT": str(tmp_path / f"{plan}.gpkg")})
    after = snapshot(*folders)
    assert len(before) > 300
    assert after == before
