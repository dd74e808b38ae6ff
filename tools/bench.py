"""`make bench`: the département benchmark (and the région once, for scaling).

Each step runs in its own process; wall time, CPU time and peak RSS come from os.wait4.
(a) read and normalise all inputs; (b) full scan with GeoPackage output; (c) the two central
computations as a chain of QGIS native algorithms; (d) a 300-page règlement read and graded
(target ≤ 2 s, measured inside its process); (e) the two central computations in SQL, as a
PostGIS user would write them (tools/bench_postgis/*.sql), in a throwaway PostGIS cluster,
the loading timed apart; (f) one commune scanned with the département's inputs against the
same scan on inputs cut to it (target ≤ 2×; alone: `tools/bench.py --perimeter`); (g) the
opinion and atlas of each commune of a 50-commune mosaic, in one run (seconds per commune,
average and worst; targets 3 s and 10 s); (h) the findings browser opened on (b)'s result
(target 2 s). Checks that (b), (c) and (e) agree, prints a
table and writes out/bench/results.json. No timing is asserted here or in the tests.

``--steps a,b,e`` runs only the named steps (and the checks they allow); ``--region`` adds
the région profile's scan.
"""
from contextlib import closing
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "out" / "bench"
PY = sys.executable
TARGETS = {"reglement_s": 2.0, "scan_s": 20.0, "peak_gb": 2.0, "b_over_a": 3.0,
           "c_over_b": 10.0, "e_over_b": 2.0, "region_ratio": 7.0, "perimeter_ratio": 2.0,
           "opinion_avg_s": 3.0, "opinion_worst_s": 10.0, "browser_s": 2.0}
STEPS = "abcdefgh"


def run_step(args) -> dict:
    """Run one step and measure it with wait4 (CPU time and peak RSS of that process).

    Output goes to files, not pipes: a scan's JSON is larger than a pipe buffer, and a
    child blocked on a full pipe would never exit.
    """
    import tempfile

    load = os.getloadavg()[0]  # the machine may be shared: say how busy it was
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
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "load_1min": round(load, 2),
            "stdout": stdout}


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

    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db, db:
        return dict(db.execute("SELECT zone_id, served_share_existing FROM zones_bilan"))


def agreement(ours: dict, ours_len: float, other_file: Path) -> dict:
    """How far another computation's served shares and shared length are from the scan's
    (targets: 0.5 percentage point per zone, 0.5 % of the length)."""
    other = json.loads(other_file.read_text())
    diffs = [abs(ours[k] - v) for k, v in other["shares"].items() if k in ours]
    worst_pp = 100 * max(diffs) if diffs else float("nan")
    len_gap = abs(ours_len - other["shared_length_m"]) / max(other["shared_length_m"], 1e-9)
    return {"zones_compared": len(diffs), "worst_share_gap_pp": round(worst_pp, 3),
            "shared_length_ours_m": ours_len,
            "shared_length_theirs_m": round(other["shared_length_m"], 1),
            "shared_length_gap_pct": round(100 * len_gap, 3),
            "ok": bool(worst_pp <= 0.5 and len_gap <= 0.005)}


def reglement_pdf() -> Path:
    pdf = OUT / "reglement_300.pdf"
    if not pdf.exists():
        sys.path.insert(0, str(ROOT))
        from tests.core.reglement_fixtures import big_reglement

        pdf.write_bytes(big_reglement()[0])
    return pdf


def run_steps(data: Path, wanted: str) -> dict:
    commands = {
        "a_read": ("(a) read and normalise", [PY, "tools/bench_step.py", "read", str(data)]),
        "b_scan": ("(b) full scan", scan_args(data, OUT / "scan_departement.gpkg")),
        "c_native": ("(c) native QGIS chain", [PY, "tools/bench_step.py", "native", str(data),
                                               str(OUT / "native.json")]),
        "d_reglement": ("(d) 300-page règlement", lambda: [PY, "tools/bench_step.py",
                                                           "reglement", str(reglement_pdf())]),
        "e_postgis": ("(e) PostGIS reference", [PY, "tools/bench_step.py", "postgis", str(data),
                                                str(OUT / "postgis.json")]),
        "g_opinions": ("(g) opinions of a 50-commune mosaic", lambda: [
            PY, "tools/bench_step.py", "opinions", str(generate("epci")), str(OUT / "opinions")]),
        "h_browser": ("(h) findings browser on the département result (after b)", [
            PY, "tools/bench_step.py", "browser", str(OUT / "scan_departement.gpkg")])}
    steps = {}
    for name, (title, args) in commands.items():
        if name[0] in wanted:
            print(f"{title}…", flush=True)
            steps[name] = run_step(args() if callable(args) else args)
    return steps


def ratio(steps, top, bottom):
    return round(steps[top]["wall_s"] / steps[bottom]["wall_s"], 2) \
        if top in steps and bottom in steps else None


def compiled_sources() -> None:
    """The plugin's bytecode written once, as Python does at a first import. A machine whose
    environment sets PYTHONDONTWRITEBYTECODE (this one's) would otherwise compile the
    plugin's sources again at every command of the benchmark (0.15 s of each), which no
    installed plugin does."""
    import compileall

    compileall.compile_dir(str(ROOT / "scan_urba_plugin"), quiet=1)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    compiled_sources()
    wanted = sys.argv[sys.argv.index("--steps") + 1].replace(",", "") \
        if "--steps" in sys.argv else STEPS
    data = generate("departement")
    if "--perimeter" in sys.argv:  # this step alone
        result = perimeter_step(data)
        (OUT / "perimeter.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
        print(json.dumps(result, indent=2))
        return
    counts = json.loads((data / "counts.json").read_text())
    steps = run_steps(data, wanted)
    results = {"counts": counts, "load": os.getloadavg()}
    if "e_postgis" in steps:  # the SQL's own time: loading is reported apart
        pg = json.loads(steps["e_postgis"]["stdout"])
        steps["e_postgis"].update(wall_s=pg["sql_s"], load_s=pg["load_s"])
        results["postgis"] = pg
    results["steps"] = {k: {m: v for m, v in s.items() if m != "stdout"}
                        for k, s in steps.items()}
    results["ratios"] = {k: v for k, v in (("b_over_a", ratio(steps, "b_scan", "a_read")),
                                           ("c_over_b", ratio(steps, "c_native", "b_scan")),
                                           ("e_over_b", ratio(steps, "e_postgis", "b_scan")))
                         if v is not None}
    if "b_scan" in steps:
        summary = json.loads(steps["b_scan"]["stdout"])
        ours = zone_shares(OUT / "scan_departement.gpkg")
        ours_len = summary.get("planned_routes_in_works_corridors_m", 0.0)
        results["scan"] = {"findings": summary["n_findings"],
                           "opportunities": summary.get("opportunities")}
        results["agreement"] = {
            name: agreement(ours, ours_len, OUT / f"{name}.json")
            for name, step in (("native", "c_native"), ("postgis", "e_postgis")) if step in steps}
    if "d_reglement" in steps:
        results["reglement_300_pages"] = json.loads(steps["d_reglement"]["stdout"])
    if "f" in wanted:
        results["perimeter"] = perimeter_step(data)
        results["ratios"]["commune_departement_over_cut"] = results["perimeter"]["ratio"]
    if "g_opinions" in steps:
        results["opinions"] = json.loads(steps["g_opinions"]["stdout"])
    if "h_browser" in steps:
        results["browser"] = json.loads(steps["h_browser"]["stdout"])
    if "--region" in sys.argv:
        region = generate("region")
        print("(b) full scan, région profile…", flush=True)
        steps["b_scan_region"] = run_step(scan_args(region, OUT / "scan_region.gpkg"))
        results["steps"]["b_scan_region"] = {m: v for m, v in steps["b_scan_region"].items()
                                             if m != "stdout"}
        results["ratios"]["region_over_departement"] = round(
            steps["b_scan_region"]["wall_s"] / steps["b_scan"]["wall_s"], 2)
    results["targets"] = targets(results)
    (OUT / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    report(results)


def targets(results) -> dict:
    steps, ratios = results["steps"], results["ratios"]
    checks = {
        "reglement_300p_le_2s": lambda: results["reglement_300_pages"]["read_grade_s"]
        <= TARGETS["reglement_s"],
        "scan_le_20s": lambda: steps["b_scan"]["wall_s"] <= TARGETS["scan_s"],
        "peak_le_2gb": lambda: steps["b_scan"]["peak_rss_mb"] / 1024 <= TARGETS["peak_gb"],
        "b_over_a_le_3": lambda: ratios["b_over_a"] <= TARGETS["b_over_a"],
        "c_over_b_ge_10": lambda: ratios["c_over_b"] >= TARGETS["c_over_b"],
        "e_over_b_ge_2": lambda: ratios["e_over_b"] >= TARGETS["e_over_b"],
        "region_le_7x": lambda: ratios["region_over_departement"] <= TARGETS["region_ratio"],
        "commune_departement_le_2x": lambda: results["perimeter"]["ratio_le_2"],
        "opinion_avg_le_3s": lambda: results["opinions"]["per_commune_avg_s"]
        <= TARGETS["opinion_avg_s"],
        "opinion_worst_le_10s": lambda: results["opinions"]["per_commune_worst_s"]
        <= TARGETS["opinion_worst_s"],
        "browser_le_2s": lambda: results["browser"]["open_s"] <= TARGETS["browser_s"]}
    out = {}
    for name, check in checks.items():
        try:
            out[name] = bool(check())
        except KeyError:  # a step not run
            continue
    return out


def report(results):
    print(f"\n{'step':<16}{'wall (s)':>10}{'CPU (s)':>10}{'peak RSS (MB)':>15}{'load':>8}")
    for name, s in results["steps"].items():
        print(f"{name:<16}{s['wall_s']:>10}{s['cpu_s']:>10}{s['peak_rss_mb']:>15}"
              f"{s['load_1min']:>8}")
    if "postgis" in results:
        pg = results["postgis"]
        print(f"(e) PostGIS: loading {pg['load_s']} s (apart), served shares "
              f"{pg['served_share_s']} s, planned length in corridors "
              f"{pg['planned_in_corridors_s']} s; its CPU is the server's, not in the table")
    print(f"\nload average (1, 5, 15 min) at the end: {results['load']}")
    print(f"ratios: {results['ratios']}")
    for name, agreed in results.get("agreement", {}).items():
        print(f"agreement with {name}: {agreed}")
    if "reglement_300_pages" in results:
        print(f"300-page règlement: {results['reglement_300_pages']}")
    if "perimeter" in results:
        print(f"one commune, département inputs against cut ones: {results['perimeter']}")
    if "opinions" in results:
        print(f"opinions (50 communes, one run): {results['opinions']}")
    print(f"targets: {results['targets']}")
    print(f"written: {OUT / 'results.json'}")


if __name__ == "__main__":
    main()
