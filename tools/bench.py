"""`make bench`: the département benchmark (and the région once, for scaling).

Each step runs in its own process; wall time, CPU time and peak RSS come from os.wait4.
(a) read and normalise all inputs; (b) full scan with GeoPackage output; (c) the two central
computations as a chain of QGIS native algorithms; (d) a 300-page règlement read and graded
(target ≤ 2 s, measured inside its process); (f) one commune scanned with the
département's inputs against the same scan on inputs cut to it (target ≤ 2×; alone:
`tools/bench.py --perimeter`). Checks that (b) and (c) agree, prints a table and writes
out/bench/results.json. No timing is asserted here or in the tests.
"""
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "out" / "bench"
PY = sys.executable
TARGETS = {"reglement_s": 2.0, "browser_s": 2.0,
           "scan_s": 20.0, "peak_gb": 2.0, "b_over_a": 3.0, "c_over_b": 10.0, "region_ratio": 7.0,
           "perimeter_ratio": 2.0}


def run_step(args) -> dict:
    """Run one step and measure it with wait4 (CPU time and peak RSS of that process).

    Output goes to files, not pipes: a scan's JSON is larger than a pipe buffer, and a
    child blocked on a full pipe would never exit.
    """
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=err,
                                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode:
        raise SystemExit(f"step failed: {' '.join(map(str, args))}\n{stderr[-3000:]}")
    return {"wall_s": round(wall, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "stdout": stdout}


def generate(profile, seed=1) -> Path:
    data = OUT / profile
    stamp = data / "counts.json"
    if not stamp.exists():
        print(f"generating the {profile} profile (seed {seed})…", flush=True)
        run_step([PY, "-m", "sampledata", "generate", "--profile", profile, "--seed",
                  str(seed), "--out", str(data)])
    return data


def scan_args(data: Path, out: Path) -> list:
    return [PY, "-m", "scan_urba_plugin", "scan", str(data / "plu_departement.gpkg"),
            "--gracethd", str(data / "gracethd_v2"), "--anfr", str(data / "anfr"),
            "--works", str(data / "travaux.gpkg"), "--aerial", str(data / "lignes_aeriennes.gpkg"),
            "--out", str(out), "--overwrite", "--json", "--lang", "en"]


COMMUNE = "06002_PLU_20250101"  # one 3.9-km commune of the département profile


def commune_args(data: Path, inputs: Path, out: Path) -> list:
    """One commune's scan with the département's inputs (``inputs`` = ``data``) or with
    inputs cut to the commune."""
    return [PY, "-m", "scan_urba_plugin", "scan", str(data / "plu" / COMMUNE),
            "--gracethd", str(inputs / "gracethd_v2"), "--anfr", str(inputs / "anfr"),
            "--works", str(inputs / "travaux.gpkg"),
            "--aerial", str(inputs / "lignes_aeriennes.gpkg"),
            "--out", str(out), "--overwrite", "--json", "--lang", "en"]


def perimeter_step(data: Path) -> dict:
    """(f) One commune scanned with the département-wide inputs, against the same scan on
    inputs cut to the commune (target: at most twice as long; issue 26). Both the plan's
    perimeter and margin are the scan's own; the cut uses the default margin."""
    sys.path.insert(0, str(ROOT))
    from scan_urba_plugin.core.scan import MARGIN

    cut = OUT / "commune_inputs"
    print("(f) one commune, département inputs against inputs cut to it…", flush=True)
    run_step([PY, "tools/bench_step.py", "cut", str(data), COMMUNE, str(MARGIN.default),
              str(cut)])
    runs = {}
    for name, inputs in (("departement_inputs", data), ("commune_inputs", cut)):
        step = run_step(commune_args(data, inputs, OUT / f"scan_{COMMUNE}_{name}.gpkg"))
        summary = json.loads(step["stdout"])
        runs[name] = {**{m: v for m, v in step.items() if m != "stdout"},
                      "findings": summary["n_findings"],
                      "opportunities": summary.get("opportunities")}
    ratio = round(runs["departement_inputs"]["wall_s"] / runs["commune_inputs"]["wall_s"], 2)
    read = json.loads(run_step([PY, "tools/bench_step.py", "readcommune", str(data), COMMUNE,
                                str(MARGIN.default)])["stdout"])
    return {"commune": COMMUNE, "runs": runs, "read": read, "ratio": ratio,
            "ratio_le_2": ratio <= TARGETS["perimeter_ratio"]}


def zone_shares(gpkg: Path) -> dict:
    import sqlite3

    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as db:
        return dict(db.execute("SELECT zone_id, served_share_existing FROM zones_bilan"))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    data = generate("departement")
    if "--perimeter" in sys.argv:  # this step alone
        result = perimeter_step(data)
        (OUT / "perimeter.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
        print(json.dumps(result, indent=2))
        return
    counts = json.loads((data / "counts.json").read_text())
    steps = {}
    print("(a) read and normalise…", flush=True)
    steps["a_read"] = run_step([PY, "tools/bench_step.py", "read", str(data)])
    print("(b) full scan…", flush=True)
    steps["b_scan"] = run_step(scan_args(data, OUT / "scan_departement.gpkg"))
    print("(c) native QGIS chain…", flush=True)
    steps["c_native"] = run_step([PY, "tools/bench_step.py", "native", str(data),
                                  str(OUT / "native.json")])
    print("(e) findings browser on the result…", flush=True)
    steps["e_browser"] = run_step([PY, "tools/bench_step.py", "browser",
                                   str(OUT / "scan_departement.gpkg")])
    print("(d) 300-page règlement…", flush=True)
    pdf = OUT / "reglement_300.pdf"
    if not pdf.exists():
        sys.path.insert(0, str(ROOT))
        from tests.core.reglement_fixtures import big_reglement

        pdf.write_bytes(big_reglement()[0])
    steps["d_reglement"] = run_step([PY, "tools/bench_step.py", "reglement", str(pdf)])
    pieces = json.loads(steps["d_reglement"]["stdout"])
    summary = json.loads(steps["b_scan"]["stdout"])
    native = json.loads((OUT / "native.json").read_text())
    ours = zone_shares(OUT / "scan_departement.gpkg")
    diffs = [abs(ours[k] - v) for k, v in native["shares"].items() if k in ours]
    worst_pp = 100 * max(diffs) if diffs else float("nan")
    ours_len = summary.get("planned_routes_in_works_corridors_m", 0.0)
    len_gap = abs(ours_len - native["shared_length_m"]) / max(native["shared_length_m"], 1e-9)
    results = {
        "counts": counts,
        "steps": {k: {m: v for m, v in s.items() if m != "stdout"} for k, s in steps.items()},
        "ratios": {"b_over_a": round(steps["b_scan"]["wall_s"] / steps["a_read"]["wall_s"], 2),
                   "c_over_b": round(steps["c_native"]["wall_s"] / steps["b_scan"]["wall_s"], 2)},
        "agreement": {"zones_compared": len(diffs), "worst_share_gap_pp": round(worst_pp, 3),
                      "shared_length_ours_m": ours_len,
                      "shared_length_native_m": round(native["shared_length_m"], 1),
                      "shared_length_gap_pct": round(100 * len_gap, 3),
                      "ok": bool(worst_pp <= 0.5 and len_gap <= 0.005)},
        "scan": {"findings": summary["n_findings"], "opportunities": summary.get("opportunities")},
        "reglement_300_pages": pieces,
        "browser": json.loads(steps["e_browser"]["stdout"]),
    }
    results["perimeter"] = perimeter_step(data)
    results["ratios"]["commune_departement_over_cut"] = results["perimeter"]["ratio"]
    if "--region" in sys.argv:
        region = generate("region")
        print("(b) full scan, région profile…", flush=True)
        steps["b_scan_region"] = run_step(scan_args(region, OUT / "scan_region.gpkg"))
        results["steps"]["b_scan_region"] = {m: v for m, v in steps["b_scan_region"].items()
                                             if m != "stdout"}
        results["ratios"]["region_over_departement"] = round(
            steps["b_scan_region"]["wall_s"] / steps["b_scan"]["wall_s"], 2)
    peak_gb = steps["b_scan"]["peak_rss_mb"] / 1024
    results["targets"] = {
        "reglement_300p_le_2s": pieces["read_grade_s"] <= TARGETS["reglement_s"],
        "scan_le_20s": steps["b_scan"]["wall_s"] <= TARGETS["scan_s"],
        "peak_le_2gb": peak_gb <= TARGETS["peak_gb"],
        "b_over_a_le_3": results["ratios"]["b_over_a"] <= TARGETS["b_over_a"],
        "c_over_b_ge_10": results["ratios"]["c_over_b"] >= TARGETS["c_over_b"],
        "commune_departement_le_2x": results["perimeter"]["ratio_le_2"],
        "browser_le_2s": results["browser"]["open_s"] <= TARGETS["browser_s"]}
    if "region_over_departement" in results["ratios"]:
        results["targets"]["region_le_7x"] = \
            results["ratios"]["region_over_departement"] <= TARGETS["region_ratio"]
    (OUT / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\n{'step':<16}{'wall (s)':>10}{'CPU (s)':>10}{'peak RSS (MB)':>15}")
    for name, s in results["steps"].items():
        print(f"{name:<16}{s['wall_s']:>10}{s['cpu_s']:>10}{s['peak_rss_mb']:>15}")
    print(f"\nratios: {results['ratios']}")
    print(f"agreement: {results['agreement']}")
    print(f"300-page règlement: {pieces}")
    print(f"findings browser: {results['browser']}")
    print(f"targets: {results['targets']}")
    print(f"written: {OUT / 'results.json'}")


if __name__ == "__main__":
    main()
