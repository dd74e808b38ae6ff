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


def read_commune(data: Path, idurba: str, margin: float):
    """(e) One commune's inputs read from the département-wide files: near the plan only
    (the scan's read), then whole, each timed."""
    import time

    from qgis.core import QgsVectorLayer

    from scan_urba_plugin.core.runtime import cyclic_gc_paused
    from scan_urba_plugin.qgis_io.scan_inputs import ScanSources, read_scan_inputs

    layer = lambda p: QgsVectorLayer(str(p), Path(p).stem, "ogr")  # noqa: E731
    out = {}
    for name, within in (("near_plan", margin), ("whole", None)):
        start = time.perf_counter()
        with cyclic_gc_paused():
            inputs, _, _ = read_scan_inputs(ScanSources(
                plan=str(data / "plu" / idurba), gracethd=str(data / "gracethd_v2"),
                anfr=str(data / "anfr"), works=layer(data / "travaux.gpkg"),
                aerial=layer(data / "lignes_aeriennes.gpkg")), margin=within)
        out[name] = {"read_s": round(time.perf_counter() - start, 2),
                     "routes": len(inputs.network.routes), "works": len(inputs.works),
                     "aerial": len(inputs.aerial)}
    return out


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


POSTGIS_SQL = Path(__file__).resolve().parent / "bench_postgis"
POSTGIS_LAYERS = (("plu_departement.gpkg", "ZONE_URBA", "zone_urba"),
                  ("gracethd_v2/t_cheminement.shp", "t_cheminement", "t_cheminement"),
                  ("travaux.gpkg", "travaux", "travaux"))


def postgis_answers(conninfo: str, data: Path, schema: str = "public") -> dict:
    """Load the three layers into ``schema`` (ogr2ogr, then prepare.sql) and run the two
    queries with psql, as the README tells a PostGIS user to: the answers and the times."""
    import csv
    import io
    import subprocess
    import time

    from tests.pg_cluster import pg_bin

    psql = [pg_bin("psql") or "psql", "-X", "-q", "--csv", "-v", "ON_ERROR_STOP=1", "-d", conninfo]
    env = {**os.environ, "PGOPTIONS": f"-c search_path={schema},public"}
    started = time.perf_counter()
    subprocess.run(psql + ["-c", f'CREATE SCHEMA IF NOT EXISTS "{schema}"'], check=True,
                   capture_output=True)
    for source, layer, table in POSTGIS_LAYERS:
        subprocess.run(["ogr2ogr", "-f", "PostgreSQL", f"PG:{conninfo}", str(data / source), layer,
                        "-nln", table, "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid",
                        "-lco", f"SCHEMA={schema}", "-a_srs", "EPSG:2154", "-overwrite"],
                       check=True, capture_output=True)
    subprocess.run(psql + ["-f", str(POSTGIS_SQL / "prepare.sql")], check=True,
                   capture_output=True, env=env)
    loaded = time.perf_counter()
    times, answers = {}, {}
    for name in ("served_share", "planned_in_corridors"):
        start = time.perf_counter()
        done = subprocess.run(psql + ["-f", str(POSTGIS_SQL / f"{name}.sql")], check=True,
                              capture_output=True, text=True, env=env)
        times[name] = time.perf_counter() - start
        answers[name] = list(csv.reader(io.StringIO(done.stdout)))[1:]
    return {"shares": {zone: float(share) for zone, share in answers["served_share"]},
            "shared_length_m": float(answers["planned_in_corridors"][0][0]),
            "load_s": round(loaded - started, 2),
            "served_share_s": round(times["served_share"], 2),
            "planned_in_corridors_s": round(times["planned_in_corridors"], 2),
            "sql_s": round(sum(times.values()), 2)}


def postgis(data: Path, out: Path):
    """(e) The same two results in SQL, in a throwaway PostGIS cluster: loading (ogr2ogr,
    then prepare.sql's indexes and statistics) is timed apart from the two queries."""
    from tests.pg_cluster import throwaway_cluster

    # the scan uses both cores: the server may too (two workers per parallel query)
    with throwaway_cluster({"max_parallel_workers_per_gather": 2}) as conninfo:
        answers = postgis_answers(conninfo, data)
    shares = answers.pop("shares")
    out.write_text(json.dumps({"shares": shares, "shared_length_m": answers["shared_length_m"]}),
                   encoding="utf-8")
    return {**answers, "zones": len(shares), "shared_length_m": round(answers["shared_length_m"], 1)}


def opinions(data: Path, out: Path):
    """(g) The opinions of a mosaic, one per commune, in one run of scanurba:avis (the scan
    first, then each commune's opinion and atlas): seconds per commune, average and worst."""
    import time

    import processing

    from scan_urba_plugin.parameters import OUTPUT, input_parameters

    start = time.perf_counter()
    result = processing.run("scanurba:avis", {
        **input_parameters({"plan": str(data / "plu_departement.gpkg"),
                            "gracethd": str(data / "gracethd_v2"), "anfr": str(data / "anfr"),
                            "works": str(data / "travaux.gpkg"),
                            "aerial": str(data / "lignes_aeriennes.gpkg")}),
        OUTPUT: str(out / "scan_urba.gpkg"), "OUTPUT_FOLDER": str(out), "OVERWRITE": True,
        "LANGUAGE": "fr"})
    total = time.perf_counter() - start
    written = json.loads(result["DOCUMENTS"])
    seconds = written["seconds"]
    pages = [d["atlas_pages"] for d in written["documents"]]
    return {"communes": len(seconds), "per_commune_avg_s": round(sum(seconds) / len(seconds), 2),
            "per_commune_worst_s": max(seconds), "scan_s": round(total - sum(seconds), 2),
            "total_s": round(total, 2), "atlas_pages_avg": round(sum(pages) / len(pages), 1),
            "atlas_pages_max": max(pages)}


def cut_to_commune(data: Path, idurba: str, margin: float, out: Path):
    """The département's inputs cut to one commune, as a Département would extract them for
    it (not timed): the features whose bounding box meets the commune's rectangle grown by
    the margin; GraceTHD's link tables and ANFR's stations follow the routes and supports
    kept. Written under ``out`` in the same formats."""
    import shutil

    import pandas as pd
    import shapely
    from osgeo import gdal, ogr

    from scan_urba_plugin.core.standards import anfr

    gdal.UseExceptions()
    zones = ogr.Open(str(data / "plu" / idurba / "Donnees_geographiques" /
                         f"{idurba.split('_')[0]}_ZONE_URBA_{idurba.split('_')[-1]}.shp"))
    x0, x1, y0, y1 = zones.GetLayer(0).GetExtent()
    rect = (x0 - margin, y0 - margin, x1 + margin, y1 + margin)
    shutil.rmtree(out, ignore_errors=True)
    (out / "gracethd_v2").mkdir(parents=True)
    for name in ("t_cheminement", "t_noeud"):
        gdal.VectorTranslate(str(out / "gracethd_v2" / f"{name}.shp"),
                             str(data / "gracethd_v2" / f"{name}.shp"), spatFilter=rect)
    kept = ogr.Open(str(out / "gracethd_v2" / "t_cheminement.shp"))  # held: its layer needs it
    routes = {f.GetField("cm_code") for f in kept.GetLayer(0)}
    kept = None
    csv = lambda name: pd.read_csv(data / "gracethd_v2" / f"{name}.csv", sep=";",  # noqa: E731
                                   dtype=str, keep_default_na=False)
    links = csv("t_cond_chem")
    links = links[links["dm_cm_code"].isin(routes)]
    conduits = csv("t_conduite")
    conduits = conduits[conduits["cd_code"].isin(set(links["dm_cd_code"]))]
    links.to_csv(out / "gracethd_v2" / "t_cond_chem.csv", sep=";", index=False)
    conduits.to_csv(out / "gracethd_v2" / "t_conduite.csv", sep=";", index=False)
    for other in (data / "gracethd_v2").glob("*.csv"):
        if not (out / "gracethd_v2" / other.name).exists():
            shutil.copy(other, out / "gracethd_v2" / other.name)
    for name in ("travaux.gpkg", "lignes_aeriennes.gpkg"):
        gdal.VectorTranslate(str(out / name), str(data / name), spatFilter=rect)
    sites, _ = anfr.read_anfr(data / "anfr")
    xy = shapely.get_coordinates(sites["geometry"].to_numpy())
    near = sites[(xy[:, 0] >= rect[0]) & (xy[:, 0] <= rect[2]) & (xy[:, 1] >= rect[1])
                 & (xy[:, 1] <= rect[3])]
    (out / "anfr").mkdir()
    read = lambda name: pd.read_csv(data / "anfr" / name, sep=";", dtype=str,  # noqa: E731
                                    keep_default_na=False, encoding="latin-1")
    supports = read("SUP_SUPPORT.txt")
    supports = supports[supports["SUP_ID"].isin(set(near["sup_id"].astype(str)))]
    stations = read("SUP_STATION.txt")
    stations = stations[stations["STA_NM_ANFR"].isin(set(supports["STA_NM_ANFR"]))]
    for name, frame in (("SUP_SUPPORT.txt", supports), ("SUP_STATION.txt", stations),
                        ("SUP_EXPLOITANT.txt", read("SUP_EXPLOITANT.txt"))):
        frame.to_csv(out / "anfr" / name, sep=";", index=False, encoding="latin-1",
                     lineterminator="\r\n")
    return {"routes": len(routes), "supports": len(supports), "rect": rect}


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
    if sys.argv[1] == "postgis":  # no QGIS: ogr2ogr, psql and the server
        print(json.dumps(postgis(Path(sys.argv[2]), Path(sys.argv[3]))))
        sys.exit(0)
    if sys.argv[1] == "cut":  # GDAL and pandas only
        print(json.dumps(cut_to_commune(Path(sys.argv[2]), sys.argv[3], float(sys.argv[4]),
                                        Path(sys.argv[5]))))
        sys.exit(0)
    from scan_urba_plugin.standalone import start_qgis

    start_qgis("en")
    step, data = sys.argv[1], Path(sys.argv[2])
    if step == "readcommune":
        result = read_commune(data, sys.argv[3], float(sys.argv[4]))
    elif step == "opinions":
        result = opinions(data, Path(sys.argv[3]))
    elif step == "browser":
        result = browser(data)
    else:
        result = read_only(data) if step == "read" else native(data, Path(sys.argv[3]))
    print(json.dumps(result))
