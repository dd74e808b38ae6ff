"""Write core tables (pandas + shapely) to vector files through QGIS, atomically."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ..core.atomic import atomic_path
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from . import compat
from .gpkg_bulk import feature_ids, fill_layer

WKB_TYPES = {"MultiPolygon": QgsWkbTypes.Type.MultiPolygon,
             "MultiLineString": QgsWkbTypes.Type.MultiLineString,
             "Point": QgsWkbTypes.Type.Point, "MultiPoint": QgsWkbTypes.Type.MultiPoint,
             "LineString": QgsWkbTypes.Type.LineString, "Polygon": QgsWkbTypes.Type.Polygon,
             None: QgsWkbTypes.Type.NoGeometry}


KINDS = {compat.DATE: "date", compat.DATETIME: "datetime", compat.BOOL: "bool",
         compat.STRING: "string"}


def _qvariant_type(series: pd.Series):
    if pd.api.types.is_datetime64_any_dtype(series):
        # a time of day other than midnight makes a datetime field, else a date
        stamps = series.dt.tz_convert("UTC").dt.tz_localize(None) if series.dt.tz else series
        return compat.DATETIME if (stamps.dropna() != stamps.dropna().dt.normalize()).any() \
            else compat.DATE
    if pd.api.types.is_bool_dtype(series):
        return compat.BOOL
    if pd.api.types.is_integer_dtype(series):
        return compat.LONG
    if pd.api.types.is_float_dtype(series):
        return compat.DOUBLE
    values = series.dropna()
    if len(values) and isinstance(values.iloc[0], (bool, np.bool_)) \
            and values.map(lambda v: isinstance(v, (bool, np.bool_))).all():
        return compat.BOOL
    return compat.STRING


def _cell(value, qtype=None):
    if value is None or value is pd.NA or value is pd.NaT \
            or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (pd.Timestamp, np.datetime64)):
        value = pd.Timestamp(value)
        if pd.isna(value):
            return None
        if qtype == compat.DATETIME:
            value = value.tz_convert("UTC") if value.tz else value  # to the second, as
            return QDateTime(QDate(value.year, value.month, value.day),  # gpkg_bulk writes
                             QTime(value.hour, value.minute, value.second), Qt.TimeSpec.UTC)
        return QDate(value.year, value.month, value.day)
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, dict, tuple)):
        return str(value)
    return value


def frame_fields(frame: pd.DataFrame, widths: dict | None = None,
                 dbf: bool = False) -> QgsFields:
    fields = QgsFields()
    for col in frame.columns:
        if col == "geometry":
            continue
        qtype = _qvariant_type(frame[col])
        field = QgsField(col, qtype)
        if qtype == compat.STRING and (dbf or (widths and col in widths)):
            longest = frame[col].dropna().astype(str).str.len().max() if len(frame) else 1
            default = int(min(254, max(1, 0 if pd.isna(longest) else longest)))
            field.setLength((widths or {}).get(col, default))  # DBF: at most 254
        fields.append(field)
    return fields


def write_layer(path, layer_name: str, frame: pd.DataFrame, geometry_type: str | None,
                crs: str = "EPSG:2154", driver: str = "GPKG", append_layer: bool = False,
                encoding: str = "UTF-8", feedback=None, widths: dict | None = None) -> int:
    """Write one table as a layer of ``path``; returns the number of features written.

    ``append_layer`` adds a layer to an existing file (GeoPackage) instead of creating it.
    """
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = layer_name
    options.fileEncoding = encoding
    if append_layer:
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    if driver == "GPKG":
        feature_ids(frame, layer_name)  # a frame's fid column must be able to be the key
    bulk = driver == "GPKG" and geometry_type is not None and len(frame) > 0
    fields = frame_fields(frame, widths, dbf=driver == "ESRI Shapefile")
    writer = QgsVectorFileWriter.create(
        str(path), fields, WKB_TYPES[geometry_type], QgsCoordinateReferenceSystem(crs),
        QgsCoordinateTransformContext(), options)  # no transform; no project in a task
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise ScanUrbaError(tr("Cannot write layer {layer} to {path}: {error}", layer=layer_name,
                               path=path, error=writer.errorMessage()))
    names = [f.name() for f in fields]
    if bulk:
        del writer  # the empty layer: fields, geometry column, CRS and spatial index
        kinds = {f.name(): KINDS.get(f.type(), "value") for f in fields}
        fill_layer(path, layer_name, frame, kinds, geometry_type, feedback)
        return len(frame)
    values = frame[names].to_numpy(dtype=object) if names else np.empty((len(frame), 0))
    # dimension given: shapely 2.1 asks for 4 by default, which the GEOS QGIS loads (3.11) refuses
    wkbs = shapely.to_wkb(np.asarray(frame["geometry"], dtype=object), output_dimension=3) \
        if geometry_type and len(frame) else [None] * len(frame)
    total = max(len(frame), 1)
    types = [f.type() for f in fields]
    for i, (row, wkb) in enumerate(zip(values, wkbs)):
        feature = QgsFeature(fields)
        feature.setAttributes([_cell(v, t) for v, t in zip(row, types)])
        if wkb is not None:
            geom = QgsGeometry()
            geom.fromWkb(wkb)
            feature.setGeometry(geom)
        if not writer.addFeature(feature):
            raise ScanUrbaError(tr("Cannot write feature {n} of layer {layer} to {path}: {error}",
                                   n=i, layer=layer_name, path=path,
                                   error=writer.errorMessage()))
        if feedback is not None and i % 2000 == 0:
            if feedback.isCanceled():
                del writer
                raise ScanUrbaError(tr("Cancelled."))
            feedback.setProgress(100.0 * i / total)
    del writer  # flushes and closes the file
    return len(frame)


class CancelOnly:
    """A feedback that tells a cancel and passes messages on, but leaves the progress bar
    to the algorithm that owns it."""

    def __init__(self, feedback):
        self._feedback = feedback

    def setProgress(self, value):  # noqa: N802 (QgsFeedback API)
        pass

    def __getattr__(self, name):
        return getattr(self._feedback, name)


class GeoPackageOutput:
    """A GeoPackage written layer by layer into a temporary file, moved into place only
    when the block ends without error (a cancel or a failure leaves nothing behind)."""

    def __init__(self, path, overwrite: bool = False, feedback=None):
        # the layers are written while the scan runs, inside its own share of the bar: a
        # writer counting 0 to 100 % of each layer would send the bar back to 0 %
        self.path = Path(path)
        self.feedback = None if feedback is None else CancelOnly(feedback)
        self._atomic = atomic_path(path, overwrite)
        self._tmp, self._layers = None, 0

    def __enter__(self):
        self._tmp = self._atomic.__enter__()
        return self

    def add(self, layers: dict) -> None:
        """Write {layer name: (frame, geometry type)}."""
        for name, (frame, gtype) in layers.items():
            write_layer(self._tmp, name, frame, gtype, append_layer=self._layers > 0,
                        feedback=self.feedback)
            self._layers += 1

    def __exit__(self, *exc):
        return self._atomic.__exit__(*exc)


def write_geopackage(path, layers: dict, overwrite: bool = False, feedback=None) -> Path:
    """Write {layer name: (frame, geometry type)} into one GeoPackage, atomically."""
    with GeoPackageOutput(path, overwrite, feedback) as package:
        package.add(layers)
    return Path(path)
