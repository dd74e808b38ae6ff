"""Open datasets through QGIS/OGR and convert layers to the core's RawLayer tables.

Everything is opened read-only: inputs are never modified.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path, PurePosixPath

import numpy as np
import pandas as pd
import shapely

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QThread, QVariant

from ..core import crs as crsmod
from ..core.archives import safe_zip_members
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from ..core.model import RawLayer
from . import compat

VECTOR_SUFFIXES = {".shp", ".gpkg", ".gml", ".geojson", ".json", ".sqlite", ".tab", ".mif"}
TABLE_SUFFIXES = {".dbf"}


def dataset_sources(path: str | Path, suffixes=None) -> list[tuple[str, str]]:
    """(layer name, OGR/QGIS uri) of every vector table of a folder, zip or file."""
    suffixes = suffixes or VECTOR_SUFFIXES
    path = Path(path)
    if not path.exists():
        raise ScanUrbaError(tr("{path} does not exist.", path=path))
    if path.is_dir():
        files = [p for p in sorted(path.rglob("*")) if p.is_file()]
        candidates = [(p.relative_to(path).as_posix(), str(p)) for p in files]
    elif path.suffix.lower() == ".zip":
        root = f"/vsizip/{path.resolve()}"
        candidates = [(n, f"{root}/{n}") for n in safe_zip_members(path)
                      if not n.endswith("/")]
    else:
        candidates = [(path.name, str(path))]
    stems_with_geometry = {_stem(rel) for rel, _ in candidates if rel.lower().endswith(".shp")}
    out = []
    for rel, uri in candidates:
        suffix = Path(rel).suffix.lower()
        if suffix in TABLE_SUFFIXES and _stem(rel) not in stems_with_geometry:
            out.append((Path(rel).stem, uri))
        elif suffix in suffixes:
            out.extend(_sublayers(uri, Path(rel).stem))
    return out


def _stem(rel: str) -> str:
    return str(PurePosixPath(rel).with_suffix("")).lower()


def layer_names(path) -> list[str]:
    """The names of the layers of a multi-layer file (GeoPackage, SQLite, GML)."""
    ds = compat.ogr_open(str(path))
    if ds is None:
        raise ScanUrbaError(tr("{path} cannot be opened: the file is damaged or not a "
                               "supported format.", path=path))
    names = [ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())]
    ds = None
    return names


def _sublayers(uri: str, stem: str) -> list[tuple[str, str]]:
    if not uri.lower().endswith((".gpkg", ".sqlite", ".gml")):
        return [(stem, uri)]
    return [(n, f"{uri}|layername={n}") for n in layer_names(uri)
            if not n.startswith(("gpkg_", "rtree_"))]


def _sibling(path: Path, suffix: str) -> bool:
    return any(path.with_suffix(s).exists() for s in (suffix, suffix.upper()))


def shapefile_warnings(uri: str, name: str) -> list[str]:
    """Problems of a shapefile on disk: missing parts raise, truncation is reported."""
    path = Path(uri.split("|")[0])
    if path.suffix.lower() != ".shp" or not path.exists():
        return []
    for suffix in (".shx", ".dbf"):
        if not _sibling(path, suffix):
            raise ScanUrbaError(tr("Layer {name}: {file} has no {part} file beside it, so it "
                                   "cannot be read.", name=name, file=path.name, part=suffix))
    data = path.read_bytes()[:28]
    declared = int.from_bytes(data[24:28], "big") * 2 if len(data) == 28 else 0
    actual = path.stat().st_size
    if declared and actual < declared:
        return [tr("{file} is truncated ({actual} of {declared} bytes): the features past the "
                   "cut have no geometry.", file=path.name, actual=actual, declared=declared)]
    return []


def open_layer(uri: str, name: str) -> QgsVectorLayer:
    shapefile_warnings(uri, name)
    layer = QgsVectorLayer(uri, name, "ogr", QgsVectorLayer.LayerOptions(False))
    if not layer.isValid():
        raise ScanUrbaError(tr("Layer {name} ({uri}) cannot be read: the file is missing a "
                               "part (.shp/.shx/.dbf), damaged, or not a vector format.",
                               name=name, uri=uri))
    return layer


def python_value(value):
    """QGIS attribute value -> plain Python (NULL -> None, dates -> ISO text)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, (QDate, QDateTime)):
        if value.isNull():
            return None
        return value.toString("yyyy-MM-dd") if isinstance(value, QDate) \
            else value.toString("yyyy-MM-ddTHH:mm:ss.zzz")
    return value


BOOL = (compat.BOOL,)
INTEGER = (compat.INT, compat.UINT, compat.LONG, compat.ULONG)
DATES = (compat.DATE, compat.DATETIME)


def typed_column(values, field_type):
    """One column as every read path returns it, whatever the source handed over:
    booleans True/False, whole numbers int64, reals float64 (NULL -> NaN), dates and
    datetimes datetime64 (NULL -> NaT), text str; a NULL boolean, whole number or text is
    None (in an object column)."""
    values = np.asarray(values, dtype=object) if not isinstance(values, np.ndarray) else values
    if field_type in DATES:
        if values.dtype.kind == "M":
            return values.astype("datetime64[ns]")
        return pd.to_datetime(pd.Series(values, dtype=object),
                              errors="coerce").to_numpy(dtype="datetime64[ns]")
    if field_type == compat.DOUBLE:
        return pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
    if field_type not in BOOL + INTEGER or values.dtype.kind in "biu":
        return values
    missing = pd.isna(values)
    kind = bool if field_type in BOOL else int
    if not missing.any():
        return values.astype(kind if kind is bool else np.int64)
    out = np.full(len(values), None, dtype=object)
    present = ~missing
    out[present] = [kind(v) for v in values[present]] if kind is bool else \
        values[present].astype(np.int64).astype(object)
    return out


class ReadLayer:
    """A layer of the project read on the main thread, before a background task starts:
    the task gets its table (a RawLayer it owns) and asks it what it would ask the layer
    (name, source), never the layer nor the project (QGIS crashes otherwise)."""

    def __init__(self, layer: QgsVectorLayer):
        self._name, self._source = layer.name(), layer.source()
        self.raw = layer_to_raw(layer)

    def name(self) -> str:
        return self._name

    def source(self) -> str:
        return self._source


def read_now(value):
    """A layer, or a list of layers, as ReadLayers; anything else unchanged."""
    if isinstance(value, QgsVectorLayer):
        return ReadLayer(value)
    if isinstance(value, list) and any(isinstance(v, QgsVectorLayer) for v in value):
        return [read_now(v) for v in value]
    return value


def _transform_context():
    """The project's datum transformations on the main thread; QGIS's defaults in a
    background task, which must not read the project."""
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() == app.thread():
        return QgsProject.instance().transformContext()
    return QgsCoordinateTransformContext()


def _rect_in(rect, source_crs: str, target) -> QgsRectangle:
    """A rectangle (xmin, ymin, xmax, ymax) in ``source_crs`` as the bounding box of its
    image in ``target`` (a QgsCoordinateReferenceSystem)."""
    box = QgsRectangle(*rect)
    source = QgsCoordinateReferenceSystem(source_crs)
    if not (source.isValid() and target.isValid()) or source == target:
        return box
    return QgsCoordinateTransform(source, target, _transform_context()).transformBoundingBox(box)


def _as_tuple(rect: QgsRectangle) -> tuple:
    return (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())


def _near_plan(layer, within, frame_crs: str | None):
    """(the rectangle to read in the layer's CRS or None, the rectangle read and the whole
    layer's, in the frame's CRS) for a read limited to ``within`` = (rectangle, CRS)."""
    if within is None:
        return None, {}
    rect = _rect_in(within[0], within[1], layer.crs())
    target = QgsCoordinateReferenceSystem(frame_crs or within[1])
    whole = layer.extent()
    return rect, {"read_within": _as_tuple(_rect_in(within[0], within[1], target)),
                  "extent": None if whole.isNull()
                  else _as_tuple(_rect_in(_as_tuple(whole), layer.crs().authid(), target))}


def _all_read(layer, frame, read: dict) -> dict:
    """``read`` without its rectangle when the rectangle took every feature (a département's
    network read for the whole département): nothing hangs on features left unread, and the
    GraceTHD reader skips its filtering of the tables that hang on them. A count the
    provider does not know (-1), or rows it skips (a shapefile's deleted records), keep the
    rectangle: the slower path is the safe one."""
    if read.get("read_within") is not None and len(frame) == layer.featureCount():
        return {**read, "read_within": None}
    return read


def layer_to_raw(layer: QgsVectorLayer, name: str | None = None, source: str = "",
                 target_crs: str = crsmod.LAMBERT_93, within=None) -> RawLayer:
    """Read every feature of a QGIS layer into a RawLayer (attributes + shapely geometry).

    A layer whose CRS is valid but not one of the CNIG CRSs is reprojected to target_crs;
    the core records that as a finding. A ReadLayer gives the table it was read into.
    ``within`` = ((xmin, ymin, xmax, ymax), CRS): only the features whose bounding box meets
    that rectangle are read (the provider's spatial filter, its index when it has one); the
    exact cut to the plan follows in the core.
    """
    if isinstance(layer, ReadLayer):
        return dataclasses.replace(layer.raw, name=name or layer.raw.name,
                                   source=source or layer.raw.source)
    fields = [f.name() for f in layer.fields()]
    spatial = layer.isSpatial() and layer.wkbType() != QgsWkbTypes.Type.NoGeometry
    if not spatial:
        within = None
    crs = layer.crs()
    epsg = crsmod.identify(crs.authid(), crs.toProj()) if crs.isValid() else None
    transform, reprojected_from = None, None
    if spatial and crs.isValid() and epsg is not None and not crsmod.is_cnig_crs(epsg):
        transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(target_crs),
                                           _transform_context())
        reprojected_from, epsg = epsg, target_crs
    elif spatial and crs.isValid() and epsg is None:
        reprojected_from = crs.authid() or crs.description()
        transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(target_crs),
                                           _transform_context())
        epsg = target_crs
    rect, read = _near_plan(layer, within, epsg)
    frame = None
    if transform is None and layer.providerType() == "ogr" and not layer.subsetString():
        frame = _arrow_frame(layer, fields, spatial, rect)
    if frame is not None:
        read = _all_read(layer, frame, read)
        return RawLayer(name=name or layer.name(), frame=frame, source=source or layer.source(),
                        crs=epsg if spatial else None,
                        crs_description=crs.toProj() if crs.isValid() else "",
                        spatial=spatial, reprojected_from=reprojected_from,
                        field_types={f.name(): f.typeName() for f in layer.fields()}, **read)
    request = QgsFeatureRequest()
    if not spatial:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    elif rect is not None:
        request.setFilterRect(rect)
    rows, wkbs, fids = [], [], []
    for feature in layer.getFeatures(request):
        rows.append([python_value(v) for v in feature.attributes()])
        fids.append(feature.id())
        if spatial:
            geom = feature.geometry()
            if transform is not None and not geom.isNull():
                geom.transform(transform)
            wkbs.append(None if geom.isNull() else bytes(geom.asWkb()))
    frame = pd.DataFrame(rows, columns=fields, dtype=object)
    for column, field in zip(fields, layer.fields()):
        frame[column] = typed_column(frame[column].to_numpy(), field.type())
    frame["fid"] = np.asarray(fids, dtype=np.int64)
    if spatial:
        frame["geometry"] = shapely.from_wkb(np.asarray(wkbs, dtype=object), on_invalid="ignore")
    read = _all_read(layer, frame, read)
    return RawLayer(name=name or layer.name(), frame=frame, source=source or layer.source(),
                    crs=epsg if spatial else None,
                    crs_description=crs.toProj() if crs.isValid() else "",
                    spatial=spatial, reprojected_from=reprojected_from,
                    field_types={f.name(): f.typeName() for f in layer.fields()}, **read)


def _arrow_frame(layer: QgsVectorLayer, fields: list, spatial: bool,
                 rect: QgsRectangle | None = None) -> pd.DataFrame | None:
    """Bulk read through GDAL's Arrow stream (GDAL >= 3.6): one pass, no per-feature Python.
    Returns None when the source cannot be read that way (the QGIS loop then serves).
    ``rect``: OGR's spatial filter (in the layer's CRS)."""
    parts = layer.source().split("|")
    options = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    ds = compat.ogr_open(parts[0])
    if ds is None:
        return None
    lyr = ds.GetLayerByName(options["layername"]) if "layername" in options else \
        ds.GetLayerByIndex(int(options.get("layerid", 0)))
    if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
        return None
    if rect is not None:
        lyr.SetSpatialFilterRect(*_as_tuple(rect))
    columns: dict = {}
    # The Arrow stream hands DBF text as stored when OGR knows no encoding for it (no .cpg,
    # no code page byte): UTF-8 where it decodes, else Windows-1252, as French DBFs are.
    # (Asked of OGR, not of layer.dataProvider(): in a task thread, sip may hand back the
    # wrapper of a provider deleted meanwhile at the same address.)
    encoding = lyr.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE") or "cp1252"
    try:
        for batch in lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
            for key, values in batch.items():
                columns.setdefault(key, []).append(values)
    except Exception:  # noqa: BLE001 (any driver limitation: fall back to the QGIS loop)
        return None
    fid_name = lyr.GetFIDColumn() or "OGC_FID"
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    n = lyr.GetFeatureCount()
    data = {}
    for field in layer.fields():
        chunks = columns.get(field.name())
        if chunks is None:
            return None
        values = np.ma.concatenate(chunks) if chunks else np.array([])  # keeps the NULLs
        if field.type() in BOOL and not _arrow_booleans_right(ds.GetDriver().GetName()):
            if _arrow_booleans_right(ds.GetDriver().GetName()) is None:
                return None
            values = _unpacked_booleans(chunks)
        data[field.name()] = typed_column(_plain(values, encoding), field.type())
    frame = pd.DataFrame(data, columns=fields)
    if not len(frame) and n:
        return None
    _reread_booleans(lyr, frame)
    fids = columns.get(fid_name)
    frame["fid"] = np.concatenate(fids).astype(np.int64) if fids else np.arange(len(frame))
    if spatial:
        chunks = columns.get(geom_name)
        if chunks is None:
            return None
        wkb = np.ma.concatenate(chunks) if chunks else np.array([], dtype=object)
        missing = np.ma.getmaskarray(wkb)
        wkb = np.ma.getdata(wkb).astype(object)
        wkb[missing] = None
        frame["geometry"] = shapely.from_wkb(wkb, on_invalid="ignore")
    ds = None
    return frame


_ARROW_BOOLEANS: dict = {}


def _arrow_booleans_right(driver: str):
    """Whether GDAL's NumPy view of an Arrow stream gives a driver's booleans right: True;
    False when it hands the packed bits as bytes (GDAL 3.6's GeoPackage reader: one row's
    value is then a whole byte of eight rows), read with _unpacked_booleans; None otherwise.
    Found once per driver on a small probe file in memory."""
    if driver not in _ARROW_BOOLEANS:
        _ARROW_BOOLEANS[driver] = _probe_booleans("GPKG" if driver == "GPKG" else "Memory")
    return _ARROW_BOOLEANS[driver]


def _probe_booleans(driver: str):
    from osgeo import gdal, ogr

    truth = np.array([1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1], dtype=bool)
    path = f"/vsimem/scan_urba_probe_{driver}.gpkg"
    ds = None
    try:
        ds = ogr.GetDriverByName(driver).CreateDataSource(path)
        lyr = ds.CreateLayer("probe", geom_type=ogr.wkbNone)
        definition = ogr.FieldDefn("b", ogr.OFTInteger)
        definition.SetSubType(ogr.OFSTBoolean)
        lyr.CreateField(definition)
        for value in truth:
            feature = ogr.Feature(lyr.GetLayerDefn())
            feature.SetField("b", int(value))
            lyr.CreateFeature(feature)
        ds.FlushCache()
        chunks = [batch["b"] for batch in lyr.GetArrowStreamAsNumPy()]
        if np.array_equal(np.concatenate(chunks), truth):
            return True
        return False if np.array_equal(_unpacked_booleans(chunks), truth) else None
    except Exception:  # noqa: BLE001 (no Arrow stream: the QGIS loop serves)
        return None
    finally:
        ds = None
        if gdal.VSIStatL(path) is not None:
            gdal.Unlink(path)


def _unpacked_booleans(chunks) -> np.ndarray:
    """Booleans from arrays that hold the Arrow bitmap bytes in their first bytes."""
    parts = []
    for chunk in chunks:
        raw = np.ma.getdata(chunk).view(np.uint8)[:(len(chunk) + 7) // 8]
        bits = np.unpackbits(raw, bitorder="little")[:len(chunk)].astype(bool)
        parts.append(np.ma.masked_array(bits, mask=np.ma.getmaskarray(chunk)))
    return np.ma.concatenate(parts) if parts else np.array([], dtype=bool)


def _text(value: bytes, encoding: str) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode(encoding, "replace")


def _decoded(arr: np.ndarray, encoding: str) -> np.ndarray:
    """Byte strings as text: the whole column as UTF-8 in one pass (a département's routes
    have millions of values), value by value only when some byte is not UTF-8."""
    try:
        return np.array([v.decode("utf-8") for v in arr], dtype=object)
    except UnicodeDecodeError:
        return np.array([_text(v, encoding) for v in arr], dtype=object)


def _reread_booleans(lyr, frame: pd.DataFrame) -> None:
    """Boolean fields read again feature by feature: GDAL's Arrow-to-NumPy conversion
    misplaces the bits of boolean columns (the report's "L49" column contradicted the
    GeoPackage). Only those columns, in feature order."""
    definition = lyr.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())
             if definition.GetFieldDefn(i).GetSubType() == compat.ogr.OFSTBoolean]
    names = [n for n in names if n in frame]
    if not names:
        return
    lyr.ResetReading()
    values = {n: [] for n in names}
    for feature in lyr:
        for n in names:
            values[n].append(None if not feature.IsFieldSetAndNotNull(n)
                             else bool(feature.GetFieldAsInteger(n)))
    lyr.ResetReading()
    for n in names:
        frame[n] = np.array(values[n], dtype=object)


def _plain(values, encoding: str = "utf-8") -> np.ndarray:
    """Arrow/NumPy values as plain Python-friendly arrays (bytes -> str, masked -> None)."""
    mask = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else None
    arr = np.ma.getdata(values)
    if arr.dtype.kind == "S":
        arr = _decoded(arr, encoding)
    elif arr.dtype.kind == "O":
        arr = np.array([_text(v, encoding) if isinstance(v, bytes) else v for v in arr],
                       dtype=object)
    if mask is not None and mask.any():
        arr = arr.astype(object)
        arr[mask] = None
    return arr


def read_dataset(path: str | Path) -> list[RawLayer]:
    """Every table of a dataset (GPU folder, zip, GeoPackage, GML, GeoJSON...) as RawLayers."""
    layers = []
    for name, uri in dataset_sources(path):
        raw = layer_to_raw(open_layer(uri, name), name, uri)
        raw.read_warnings = shapefile_warnings(uri, name)
        layers.append(raw)
    return layers
