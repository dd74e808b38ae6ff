"""Read the network-side datasets (GraceTHD, ANFR/ARCEP, works, aerial lines, RIP zoning)."""
from __future__ import annotations

import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path

from ..core.archives import safe_zip_members
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from ..core.parallel import job_ahead
from ..core.standards.gracethd import csv_tables_job, normalise_gracethd, shapefile_keys
from . import postgis
from .layers import dataset_sources, layer_to_raw, open_layer


@contextmanager
def unzipped(path: Path):
    """A zip's content in a temporary folder (entries escaping it are refused)."""
    safe_zip_members(path)
    with tempfile.TemporaryDirectory(prefix="scan_urba_") as tmp:
        with zipfile.ZipFile(path) as zf:
            zf.extractall(tmp)
        yield Path(tmp)


def gracethd_tables(path, within=None) -> dict:
    """All GraceTHD tables of a v2 exchange folder/zip or of a v3 GeoPackage, as RawLayers;
    the tables with geometry only near ``within`` (layers.layer_to_raw) when given."""
    return _tables(path, within, links=False)[0]


def _tables(path, within, links: bool, meanwhile=None) -> tuple[dict, tuple | None]:
    """(gracethd_tables, the routes' links computed where the CSV tables were read, or None:
    gracethd.linked_tables) with ``links``; meanwhile() runs while the worker computes."""
    path = Path(path)
    if not path.exists():
        raise ScanUrbaError(tr("{path} does not exist.", path=path))
    if path.suffix.lower() == ".zip":
        with unzipped(path) as folder:
            return _tables(_exchange_root(folder), within, links, meanwhile)
    if not path.is_dir():
        return _layer_tables(path, {".gpkg", ".sqlite", ".geojson"}, within), None
    # the CSV tables are pandas work: read in a forked worker (started ahead by the command
    # line) while QGIS reads the shapefiles here (the two took turns on one core)
    with (job_ahead("gracethd csv", [path], lambda: csv_tables_job(path)) if links
          else csv_tables_job(path, links=False)) as csv_job:
        layers = _layer_tables(path, {".shp"}, within)
        csv_job.send(shapefile_keys(layers))
        if meanwhile is not None:
            meanwhile()
        tables, found = csv_job.result()
    return {**tables, **layers}, found


def _layer_tables(path: Path, suffixes: set, within) -> dict:
    return {name.split("/")[-1].lower(): layer_to_raw(open_layer(uri, name), name, uri,
                                                      within=within)
            for name, uri in dataset_sources(path, suffixes)}


def _exchange_root(folder: Path) -> Path:
    """The folder of a zip that holds t_cheminement (exports are often nested)."""
    for candidate in [folder, *sorted(p for p in folder.rglob("*") if p.is_dir())]:
        if any(candidate.glob("t_cheminement.*")) or any(candidate.glob("*.gpkg")):
            gpkg = sorted(candidate.glob("*.gpkg"))
            return gpkg[0] if gpkg and not any(candidate.glob("t_cheminement.*")) else candidate
    return folder


def read_gracethd(path: str = "", layers=(), within=None, meanwhile=None):
    """The duct-network model from a dataset path, or from layers of the project (PostGIS);
    only near ``within`` = (rectangle, CRS) when given (a département's network read for
    one plan). ``meanwhile()``: other reading for QGIS, done once, while the worker reading a
    folder's CSV tables computes the routes' links."""
    pending = [meanwhile] if meanwhile is not None else []

    def now():
        while pending:
            pending.pop()()

    if path and postgis.is_postgis(path):
        layers, path = postgis.layers(path), ""
    links = None
    if path:
        tables, links = _tables(path, within, links=True, meanwhile=now)
    if layers:
        tables = {layer.name().lower().split(".")[-1].strip('"'):
                  layer_to_raw(layer, within=within) for layer in layers}
    if not path and not layers:
        raise ScanUrbaError(tr("Give a GraceTHD dataset (folder, zip or GeoPackage) or layers."))
    if not any(name.startswith("t_") for name in tables):
        raise ScanUrbaError(tr("{path} holds no GraceTHD table (t_cheminement, t_noeud…).",
                               path=path or ", ".join(layer.name() for layer in layers)))
    now()
    return normalise_gracethd(tables, links)
