"""One measured step of `make bench`, run in its own process (see tools/bench.py)."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def read_only(data: Path):
    """(a) Read and normalise every input, as the scan does, and nothing else."""
    from scan_urba_plugin.qgis_io.scan_inputs import ScanSources, read_scan_inputs
    from qgis.core import QgsVectorLayer

    from scan_urba_plugin.core.runtime import cyclic_gc_paused

    layer = lambda p: QgsVectorLayer(str(p), Path(p).stem, "ogr")  # noqa: E731
    with cyclic_gc_paused():  # as every Processing algorithm of the plugin reads
        inputs, findings, records = read_scan_inputs(ScanSources(
            plan=str(data / "plu_departement.gpkg"), gracethd=str(data / "gracethd_v2"),
            anfr=str(data / "anfr"), works=layer(data / "travaux.gpkg"),
            aerial=layer(data / "lignes_aeriennes.gpkg")))
    return {"records": {r["input"]: r["features"] for r in records}}


def native(data: Path, out: Path):
    """(c) The two central computations as a chain of QGIS native algorithms."""
    import processing
    from qgis.core import QgsVectorLayer

    from scan_urba_plugin.core.reach import QUAD_SEGS  # same arc precision as the core

    routes = str(data / "gracethd_v2" / "t_cheminement.shp")
    zones = f"{data / 'plu_departement.gpkg'}|layername=ZONE_URBA"
    existing = processing.run("native:extractbyexpression", {
        "INPUT": routes, "EXPRESSION": "\"cm_avct\" = 'E'", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    reach = processing.run("native:buffer", {"INPUT": existing, "DISTANCE": 100, "SEGMENTS": QUAD_SEGS,
                                             "DISSOLVE": True, "END_CAP_STYLE": 0,
                                             "JOIN_STYLE": 0, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    inside = processing.run("native:intersection", {"INPUT": zones, "OVERLAY": reach,
                                                    "INPUT_FIELDS": ["LIB_IDZONE"],
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    areas = {}
    for f in inside.getFeatures():
        areas[f["LIB_IDZONE"]] = areas.get(f["LIB_IDZONE"], 0.0) + f.geometry().area()
    total = {f["LIB_IDZONE"]: f.geometry().area()
             for f in QgsVectorLayer(zones, "z", "ogr").getFeatures()}
    shares = {k: areas.get(k, 0.0) / a for k, a in total.items() if a > 0}
    planned = processing.run("native:extractbyexpression", {
        "INPUT": routes, "EXPRESSION": "\"cm_avct\" IN ('C', 'T')",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    corridors = processing.run("native:buffer", {
        "INPUT": str(data / "travaux.gpkg"), "DISTANCE": 15, "SEGMENTS": QUAD_SEGS, "DISSOLVE": True,
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    clipped = processing.run("native:clip", {"INPUT": planned, "OVERLAY": corridors,
                                             "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    length = sum(f.geometry().length() for f in clipped.getFeatures())
    out.write_text(json.dumps({"shares": shares, "shared_length_m": length}), encoding="utf-8")
    return {"zones": len(shares), "shared_length_m": round(length, 1)}


def reglement(pdf: Path):
    """(d) A 300-page règlement read page by page and graded zone by zone (no QGIS)."""
    import time

    from scan_urba_plugin.core.pieces.grade import grade
    from scan_urba_plugin.core.pieces.reading import read_document

    start = time.perf_counter()
    doc = read_document(pdf)
    read = time.perf_counter()
    result = grade(doc)
    done = time.perf_counter()
    return {"pages": result.pages, "zones": len(result.zones), "read_s": round(read - start, 3),
            "grade_s": round(done - read, 3), "read_grade_s": round(done - start, 3)}


def browser(gpkg: Path):
    """(e) The findings browser on the scan's result, as the dock opens it (rows read in a
    thread): seconds until the dialog shows, until its rows are there, the longest stall of
    the main thread meanwhile (what a user feels as a freeze), a filter, the dialog's width."""
    import time

    from qgis.core import QgsApplication

    from scan_urba_plugin.gui.browser import FindingsBrowser

    start, cpu = time.perf_counter(), time.process_time()
    dialog = FindingsBrowser(str(gpkg), background=True)
    dialog.show()
    QgsApplication.processEvents()
    shown = time.perf_counter()
    stall, last = 0.0, shown
    while dialog.model.total() == 0:
        QgsApplication.processEvents()
        now = time.perf_counter()
        stall, last = max(stall, now - last), now
        time.sleep(0.01)
        last = time.perf_counter()
    QgsApplication.processEvents()
    ready, cpu = time.perf_counter(), time.process_time() - cpu
    combo = dialog.combos["avis"]
    combo.setCurrentIndex(1)
    QgsApplication.processEvents()
    filtered = time.perf_counter()
    dialog.table.scrollToBottom()  # the view asks for the next batches
    QgsApplication.processEvents()
    scrolled = time.perf_counter()
    return {"rows": dialog.model.total(), "shown_s": round(shown - start, 2),
            "open_s": round(ready - start, 2), "open_cpu_s": round(cpu, 2),
            "longest_stall_s": round(stall, 2), "filter_s": round(filtered - ready, 3),
            "scroll_s": round(scrolled - filtered, 3),
            "width_px": dialog.frameGeometry().width(),
            "screen_px": QgsApplication.primaryScreen().availableGeometry().width(),
            "count_after_filter": dialog.count.text()}


if __name__ == "__main__":
    if sys.argv[1] == "reglement":
        print(json.dumps(reglement(Path(sys.argv[2]))))
        sys.exit(0)
    from scan_urba_plugin.standalone import start_qgis

    start_qgis("en")
    step, data = sys.argv[1], Path(sys.argv[2])
    result = read_only(data) if step == "read" else browser(data) if step == "browser" \
        else native(data, Path(sys.argv[3]))
    print(json.dumps(result))
