"""Write the generated demonstration datasets in their real formats (GPU folder layout)."""
import shutil
from pathlib import Path

from scan_urba_plugin.qgis_io.write import write_layer

from . import sample
from .sample_pieces import write_pieces


def write_plan_sample(out_dir, approved: bool = False) -> Path:
    """Write the demo PLU as a Géoportail de l'Urbanisme folder; returns that folder.
    ``approved``: the plan as approved (DOC_URBA ETAT 03, « dossier d'approbation ») rather
    than the projet arrêté.

    The folder is built beside its destination and moved into place when complete.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / f".{sample.IDURBA}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    names = sample.gpu_file_names()
    for table, (frame, gtype) in sample.plan_tables(approved).items():
        rel = names[table].split("/", 1)[1]
        path = tmp / f"{rel}{'.shp' if gtype else ''}"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_layer(path, table, frame, gtype, driver="ESRI Shapefile")
        if not gtype:  # a table without geometry is a lone .dbf (with its .cpg)
            path.with_suffix(".prj").unlink(missing_ok=True)
    write_pieces(tmp, approved)
    final = out_dir / sample.IDURBA
    shutil.rmtree(final, ignore_errors=True)
    tmp.rename(final)
    return final


def write_network_sample(out_dir) -> dict:
    """Write the demo networks: GraceTHD v2 (shp + csv) and v3 (gpkg), ANFR, works, aerial
    lines, RIP zoning and a SCOT L141-21 sector layer. Returns {kind: path}."""
    from scan_urba_plugin.qgis_io.write import write_geopackage

    from . import sample_network as net

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    v2 = out_dir / "gracethd_v2"
    tmp = out_dir / ".gracethd_v2.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    for table, (frame, gtype) in net.gracethd_v2().items():
        if gtype:
            write_layer(tmp / f"{table}.shp", table, frame, gtype, driver="ESRI Shapefile")
        else:  # GraceTHD v2: non-spatial tables as `;` CSV in UTF-8, no text delimiter
            frame.to_csv(tmp / f"{table}.csv", sep=";", index=False, encoding="utf-8")
    shutil.rmtree(v2, ignore_errors=True)
    tmp.rename(v2)
    paths["gracethd_v2"] = v2
    paths["gracethd_v3"] = write_geopackage(out_dir / "gracethd_v3.gpkg", net.gracethd_v3(),
                                            overwrite=True)
    anfr = out_dir / "anfr"
    anfr.mkdir(exist_ok=True)
    for name, text in net.anfr_files().items():
        (anfr / name).write_bytes(text.encode("utf-8"))
    paths["anfr"] = anfr
    calendar = out_dir / "calendrier_rip.csv"   # the RIP's deployment calendar, per zone
    calendar.write_text(net.RIP_CALENDAR, encoding="utf-8")
    paths["rip_calendar"] = calendar
    for kind, name, frame, gtype in (
            ("works", "travaux_programmes", net.works(), "MultiLineString"),
            ("aerial", "lignes_aeriennes", net.aerial_lines(), "MultiLineString"),
            ("rip_zoning", "zonage_rip", net.rip_zoning(), "MultiPolygon"),
            ("scot_sectors", "scot_secteurs_l141_21", net.scot_sectors(), "MultiPolygon")):
        paths[kind] = write_geopackage(out_dir / f"{name}.gpkg", {name: (frame, gtype)},
                                       overwrite=True)
    return paths
