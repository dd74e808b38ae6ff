"""Where a scan's time goes: the bench's step (b) run once, its phases timed (wall and CPU
seconds, per process: the scan forks workers) and printed as a table.

    .venv/bin/python tools/scan_phases.py [DATA] [--out table.txt]

DATA defaults to out/bench/departement (make bench generates it). SCAN_URBA_WORKERS=1 gives
the sequential profile. Each phase is a function of the plugin wrapped here (nothing in the
plugin knows about it); a phase inside another is indented under it; a phase that ran in a
forked worker shows under that worker's pid.
"""
import functools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EVENTS = Path(tempfile.gettempdir()) / f"scan_phases_{os.getpid()}.jsonl"
_depth = [0]
_pid = [os.getpid()]


def _timed(name, func, label=None):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if os.getpid() != _pid[0]:  # a forked worker: its own nesting
            _pid[0], _depth[0] = os.getpid(), 0
        depth = _depth[0]
        _depth[0] += 1
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            _depth[0] = depth
            text = name + (f" {label(*args, **kwargs)}" if label else "")
            with open(EVENTS, "a", encoding="utf-8") as out:  # a worker leaves by os._exit
                out.write(json.dumps({"pid": os.getpid(), "name": text, "depth": depth,
                                      "start": wall, "wall": time.perf_counter() - wall,
                                      "cpu": time.process_time() - cpu}) + "\n")
    return wrapper


def wrap(module, attr, name=None, label=None):
    setattr(module, attr, _timed(name or attr, getattr(module, attr), label))


def instrument():
    from scan_urba_plugin import standalone
    from scan_urba_plugin.core import engine, parallel, perimeter, scan, trench_sharing
    from scan_urba_plugin.core.standards import anfr, gracethd
    from scan_urba_plugin.processing import scan as alg
    from scan_urba_plugin.qgis_io import gpkg_bulk, networks, scan_inputs, write

    wrap(standalone, "start_qgis", "start QGIS")
    wrap(alg.ScanAlgorithm, "read", "read (all inputs, cut to the plan)")
    wrap(scan_inputs, "plan_tables", "read plan tables (QGIS)")
    wrap(scan, "normalise_plan", "normalise + check plan (CNIG)")
    for attr in ("_read_scot", "_read_gracethd", "_read_mapped", "_read_pieces"):
        wrap(scan_inputs, attr)
    wrap(scan_inputs._Digests, "add_to", "digests (waiting for their thread)")
    wrap(anfr, "antenna_tables")
    wrap(gracethd, "read_csv_tables")
    wrap(gracethd, "link_facts", "link facts (before the routes are known)")
    wrap(gracethd, "route_links", "route links (once the routes' codes are sent)")
    wrap(gracethd, "shapefile_keys", "routes' codes (sent to the CSV worker)")
    wrap(networks, "gracethd_tables", "gracethd tables (CSV + shapefiles)")
    wrap(networks, "normalise_gracethd")
    wrap(alg, "cut_to_plan", "cut inputs to the plan")
    wrap(alg, "run_scan")
    wrap(scan.perimeter_mod, "cut_to_plan", "cut inputs to the plan")
    wrap(scan, "run_compliance", "rules")
    for module in engine.MODULES:
        wrap(module, "check", "rule " + module.__name__.rsplit(".", 1)[-1])
    wrap(engine, "_own_documents")
    wrap(engine, "_zones_bilan")
    wrap(trench_sharing, "prepare", "trench: prepare (needs, offers, match; forked)")
    wrap(trench_sharing, "plan_needs")
    wrap(trench_sharing, "offers")
    wrap(trench_sharing, "match")
    wrap(trench_sharing, "planned_length_in_works_corridors")
    wrap(trench_sharing, "opportunities", "trench: opportunities")
    wrap(trench_sharing, "compliance_needs")
    wrap(parallel.Background, "result", "wait for the forked worker")
    wrap(parallel, "_pack", "pack a result (geometries as WKB)")
    wrap(parallel, "_unpack", "unpack a result")
    wrap(scan, "compliance_layers")
    wrap(scan, "context_layers")
    wrap(write.GeoPackageOutput, "add", "write layers")
    wrap(write, "write_layer", "write", label=lambda path, name, frame, *a, **k:
         f"{name} ({len(frame)} rows)")
    wrap(write, "fill_layer", "bulk insert + R-tree")
    wrap(gpkg_bulk, "load_rtree", "R-tree")
    wrap(alg, "trench_layers")
    wrap(alg, "scan_summary")
    wrap(alg.ScanAlgorithm, "finish_outputs")
    wrap(alg, "load_on_completion")
    del perimeter


def table(events, started) -> str:
    lines = [f"{'pid':>8} {'start':>7} {'wall s':>7} {'CPU s':>7}  phase"]
    for e in sorted(events, key=lambda e: (e["pid"] != os.getpid(), e["pid"], e["start"])):
        lines.append(f"{e['pid']:>8} {e['start'] - started:>7.2f} {e['wall']:>7.2f} "
                     f"{e['cpu']:>7.2f}  {'  ' * e['depth']}{e['name']}")
    return "\n".join(lines)


def main():
    args = [a for i, a in enumerate(sys.argv[1:], 1)
            if not a.startswith("--") and sys.argv[i - 1] != "--out"]
    data = Path(args[0]) if args else ROOT / "out" / "bench" / "departement"
    out = Path(tempfile.gettempdir()) / "scan_phases.gpkg"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started, cpu = time.perf_counter(), time.process_time()
    instrument()
    from scan_urba_plugin.__main__ import main as cli

    sys.argv[0] = "scan_urba_plugin"
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        code = cli(["scan", str(data / "plu_departement.gpkg"), "--gracethd",
                    str(data / "gracethd_v2"), "--anfr", str(data / "anfr"), "--works",
                    str(data / "travaux.gpkg"), "--aerial", str(data / "lignes_aeriennes.gpkg"),
                    "--out", str(out), "--overwrite", "--json", "--lang", "en"])
    total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
    events = [json.loads(line) for line in EVENTS.read_text(encoding="utf-8").splitlines()]
    EVENTS.unlink()
    children = os.times()
    text = (table(events, started) + f"\n\nwhole run: {total:.2f} s wall, {total_cpu:.2f} s CPU "
            f"in this process, {children.children_user + children.children_system:.2f} s in "
            f"its workers; load {os.getloadavg()[0]:.2f}; exit {code}")
    print(text)
    if "--out" in sys.argv:
        Path(sys.argv[sys.argv.index("--out") + 1]).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
