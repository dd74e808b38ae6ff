"""PostGIS as a source (CNIG and GraceTHD tables, as loaded by ogr2ogr) and a destination.

A dataset is named ``PG:<libpq conninfo> schema=<name>``; the schema may be quoted
(schema='plu "2024"'). No user-supplied name is ever pasted into SQL: listings use query
parameters, layers QgsDataSourceUri, and DDL psycopg2.sql.Identifier.
"""
from __future__ import annotations

import re
import uuid

from qgis.core import QgsDataSourceUri, QgsVectorLayer

from ..core.detect import is_postgis  # noqa: F401 (callers use postgis.is_postgis)
from ..core.errors import ScanUrbaError
from ..core.i18n import tr
from . import compat

SCHEMA = re.compile(r"""(?:^|\s)schema\s*=\s*('(?:[^'\\]|\\.)*'|\S+)""")


def parse(dataset: str) -> tuple[str, str]:
    """(libpq conninfo, schema) of a ``PG:`` dataset string."""
    text = str(dataset)[3:].strip()
    match = SCHEMA.search(text)
    if not match:
        raise ScanUrbaError(tr("{dataset}: name the schema (schema=…).", dataset=dataset))
    value = match.group(1)
    if value.startswith("'"):
        value = re.sub(r"\\(.)", r"\1", value[1:-1])
    conninfo = (text[:match.start()] + text[match.end():]).strip()
    return conninfo, value


def _psycopg2():
    """psycopg2 (with its sql module), or the plugin's message saying how to install it."""
    try:
        import psycopg2
        import psycopg2.sql
    except ImportError as exc:
        from ..dependencies import LIBRARIES, optional_message

        raise ScanUrbaError(optional_message([lib for lib in LIBRARIES
                                              if lib.module == "psycopg2"])) from exc
    return psycopg2


def connect(conninfo: str):
    psycopg2 = _psycopg2()
    try:
        return psycopg2.connect(conninfo)
    except psycopg2.Error as exc:
        raise ScanUrbaError(tr("Cannot connect to PostgreSQL ({conninfo}): {error}",
                               conninfo=conninfo, error=str(exc).strip())) from exc


def tables(conninfo: str, schema: str) -> list[tuple[str, str | None, str | None]]:
    """(table, geometry column, primary key) of every table of the schema."""
    with connect(conninfo) as conn, conn.cursor() as cur:
        cur.execute("SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = %s ORDER BY table_name", (schema,))
        names = [r[0] for r in cur.fetchall()]
        if not names:
            raise ScanUrbaError(tr("Schema {schema} holds no table (or does not exist).",
                                   schema=schema))
        cur.execute("SELECT f_table_name, f_geometry_column FROM geometry_columns "
                    "WHERE f_table_schema = %s", (schema,))
        geoms = dict(cur.fetchall())
        cur.execute("SELECT tc.table_name, kcu.column_name FROM "
                    "information_schema.table_constraints tc JOIN "
                    "information_schema.key_column_usage kcu ON tc.constraint_name = "
                    "kcu.constraint_name AND tc.table_schema = kcu.table_schema "
                    "WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = %s",
                    (schema,))
        keys = dict(cur.fetchall())
    return [(n, geoms.get(n), keys.get(n)) for n in names if not n.startswith("spatial_ref")]


def layers(dataset: str) -> list[QgsVectorLayer]:
    conninfo, schema = parse(dataset)
    out = []
    for table, geom, key in tables(conninfo, schema):
        uri = QgsDataSourceUri(conninfo)
        uri.setDataSource(schema, table, geom, "", key or "")
        layer = QgsVectorLayer(uri.uri(False), table, "postgres")
        if not layer.isValid():
            raise ScanUrbaError(tr("Table {schema}.{table} cannot be read through QGIS.",
                                   schema=schema, table=table))
        out.append(layer)
    return out


def write(gpkg, dataset: str, overwrite: bool = False) -> str:
    """Copy every layer of a result GeoPackage into a PostGIS schema, atomically: the
    layers go into a temporary schema renamed at the end, in one transaction."""
    from osgeo import gdal

    sql = _psycopg2().sql

    conninfo, schema = parse(dataset)
    tmp = f"scan_urba_tmp_{uuid.uuid4().hex[:10]}"
    with connect(conninfo) as conn, conn.cursor() as cur:
        cur.execute("SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (schema,))
        if cur.fetchone() and not overwrite:
            raise ScanUrbaError(tr("Schema {schema} already exists; allow overwriting "
                                   "(--overwrite).", schema=schema))
        cur.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(tmp)))
    try:
        options = gdal.VectorTranslateOptions(
            format="PostgreSQL", layerCreationOptions=[f"SCHEMA={tmp}", "LAUNDER=NO"])
        result = compat.vector_translate(f"PG:{conninfo}", str(gpkg), options)
        if result is None:
            raise ScanUrbaError(tr("The results could not be copied to PostgreSQL."))
        result = None
        with connect(conninfo) as conn, conn.cursor() as cur:
            if overwrite:
                cur.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(
                    sql.Identifier(schema)))
            cur.execute(sql.SQL("ALTER SCHEMA {} RENAME TO {}").format(
                sql.Identifier(tmp), sql.Identifier(schema)))
    except Exception:
        with connect(conninfo) as conn, conn.cursor() as cur:
            cur.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(tmp)))
        raise
    return schema
