"""CNIG urban-planning standard (PLU, PLUi, CC, SCOT; models 2013 to 2025): normaliser and
data-quality checks.

Input: the raw tables an adapter read (any format). Output: a ``Plan`` with upper-case CNIG
fields, 2-character codes, 2D geometries, and findings naming layer, feature and field.
The field lists and code lists come from the GPU validator's models (cnig_models.json).
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from .. import crs as crsmod
from .. import french
from ..geometry import force_2d, polygonal, repaired, to_multi
from ..i18n import tr
from ..model import Finding, FindingList, Plan, RawLayer
from ..vocabulary import (
    LINE,
    POINT,
    POLYGON,
    SINGLE_TYPE,
    TYPEZONES,
    ZONE_GROUP,
    family_of_type,
    is_family,
)

TABLES = ("DOC_URBA_COM", "DOC_URBA", "ZONE_URBA", "SECTEUR_CC", "PERIMETRE_SCOT",
          "PRESCRIPTION_SURF", "PRESCRIPTION_LIN", "PRESCRIPTION_PCT",
          "INFO_SURF", "INFO_LIN", "INFO_PCT",
          "HABILLAGE_SURF", "HABILLAGE_LIN", "HABILLAGE_PCT", "HABILLAGE_TXT")
CODE_FIELDS = ("TYPEPSC", "STYPEPSC", "TYPEINF", "STYPEINF", "ETAT", "TYPEREF", "TYPESECT")
STANDARD = "Standard CNIG"
ZONE_CLASSES = {code.upper(): group for code, group in ZONE_GROUP.items()}
TYPEZONE_CANON = {code.upper(): code for code in TYPEZONES}
# 2013/2014 TYPEPSC had no sub-type; the current list documents where each code moved.
LEGACY_TYPEPSC = {"05": ("05", "00"), "09": ("05", "05"), "10": ("05", "06"),
                  "21": ("05", "06"), "12": ("05", "07"), "11": ("15", "00"),
                  "27": ("27", "00"), "28": ("28", "00")}
ER_LABEL = re.compile(r"emplacement\s+r[ée]serv", re.I)


@lru_cache(maxsize=1)
def models() -> dict:
    path = Path(__file__).with_name("cnig_models.json")
    return json.loads(path.read_text(encoding="utf-8"))


def table_of(layer: RawLayer) -> str | None:
    """CNIG table of a layer, from its name (GPU files, WFS names) or else its fields."""
    name = layer.name.upper().split(":")[-1]
    for table in TABLES:
        if re.search(rf"(^|_){table}(_|$|\.)", name):
            return table
    cols = {c.upper() for c in layer.frame.columns}
    gtype = _geometry_family(layer)
    suffix = {"Polygon": "SURF", "LineString": "LIN", "Point": "PCT"}.get(gtype)
    if "TYPEZONE" in cols:
        return "ZONE_URBA"
    if "TYPESECT" in cols:
        return "SECTEUR_CC"
    if "TYPEPSC" in cols and suffix:
        return f"PRESCRIPTION_{suffix}"
    if "TYPEINF" in cols and suffix:
        return f"INFO_{suffix}"
    return None


def _geometry_family(layer: RawLayer) -> str | None:
    if not layer.spatial or "geometry" not in layer.frame:
        return None
    types = shapely.get_type_id(np.asarray(layer.frame["geometry"], dtype=object))
    types = types[types >= 0]
    if not len(types):
        return None
    family = family_of_type(int(np.bincount(types).argmax()))  # the most frequent type's
    return SINGLE_TYPE[family] if family else None


def code2(series: pd.Series) -> pd.Series:
    """Codes as 2-character strings: integer 5, float 5.0 and text '5' all become '05'."""
    s = series.astype("string").str.strip()
    s = s.str.replace(r"\.0+$", "", regex=True)
    s = s.mask(s.str.fullmatch(r"\d").fillna(False), "0" + s)
    return s.mask(s == "", pd.NA)


def detect_model(columns: dict[str, set], doc_row: dict, hint: str = "") -> tuple[str, str]:
    """(doc_type, model key such as 'PLU_2017') from the field sets of the tables."""
    doc = columns.get("DOC_URBA", set())
    typedoc = str(doc_row.get("TYPEDOC") or "").upper()
    if "PERIMETRE_SCOT" in columns or typedoc == "SCOT" or "_SCOT" in hint.upper():
        return "SCOT", "SCOT_2024" if "PAS" in doc else "SCOT_2018"
    if "SECTEUR_CC" in columns or typedoc == "CC":
        return "CC", "CC_2024"
    idurba = str(doc_row.get("IDURBA") or hint).upper()
    doc_type = "PLUi" if typedoc == "PLUI" or "_PLUI" in idurba else "PLU"
    zone = columns.get("ZONE_URBA", set())
    if zone and "IDURBA" not in zone:
        return doc_type, "PLU_2014" if "IDZONE" in zone else "PLU_2013"
    if zone & {"FORMDOMI", "DESTOUI", "SYMBOLE"} or "NOMRAPP" in doc:
        # 2022 and 2024 share one field set; 2024's code list is a superset of 2022's.
        return doc_type, "PLU_2025" if "NOMRAPP" in doc else "PLU_2024"
    return doc_type, "PLU_2017"


def model_name(doc_type: str, key: str) -> str:
    return f"CNIG_{doc_type}_{key.split('_')[1]}"


def _table_model(doc_type: str, key: str, table: str) -> dict | None:
    """Field model of a table; PLUi reuses PLU models where the validator has none."""
    m = models()["models"]
    year = key.split("_")[1]
    for k in (f"{doc_type}_{year}", key, "PLU_2014" if year == "2013" else None,
              "PLU_2024" if year == "2022" and doc_type == "PLUi" else None):
        if k and k in m and table in m[k]:
            return m[k][table]
    return None


def _code_pairs(kind: str, year: str, table: str) -> set | None:
    lists = models()["codes"][kind]
    if year == "2025":
        rows = lists.get(f"2025_{table.split('_')[-1][0]}")
    else:
        rows = lists.get(year) or lists.get({"2024": "2022"}.get(year, ""))
    return {(r[0], r[1]) for r in rows} if rows else None


def normalise_plan(layers: list[RawLayer], hint: str = "", min_area_m2: float = 1.0) -> Plan:
    """Normalise the tables of one CNIG document and check them.

    ``hint`` is the dataset name (GPU folder or zip), used when DOC_URBA is absent.
    ``min_area_m2`` is the smallest overlap or gap reported (slivers below are noise).
    """
    by_table: dict[str, RawLayer] = {}
    ctx = FindingList(STANDARD)
    for layer in layers:
        table = table_of(layer)
        if table is None:
            ctx.add("cnig.unknown_table", "information",
                    tr("Layer {layer} is not a CNIG table: it was not read.", layer=layer.name),
                    layer.name)
        elif table in by_table:
            ctx.add("cnig.duplicate_table", "risque",
                    tr("Layer {layer} repeats table {table}: only {first} was read.",
                       layer=layer.name, table=table, first=by_table[table].name),
                    layer.name)
        else:
            by_table[table] = layer

    frames = {t: _upper_columns(lyr.frame) for t, lyr in by_table.items()}
    doc_row = _doc_row(frames.get("DOC_URBA"))
    columns = {t: set(f.columns) - {"geometry", "fid"} for t, f in frames.items()}
    doc_type, key = detect_model(columns, doc_row, hint)
    idurba = str(doc_row.get("IDURBA") or _idurba_from_hint(hint) or "")
    ctx.idurba, ctx.insee = idurba, _insee(frames, idurba)

    plan = Plan(model=model_name(doc_type, key), doc_type=doc_type, idurba=idurba,
                insee=ctx.insee, findings=ctx)
    legacy = key in ("PLU_2013", "PLU_2014")
    for table, frame in frames.items():
        layer = by_table[table]
        plan.sources[table] = layer.source or layer.name
        plan.layer_names[table] = layer.name
        frame = _normalise_codes(frame, table, legacy)
        tmodel = _table_model(doc_type, key, table)
        if tmodel:
            _check_fields(ctx, layer.name, frame, tmodel, key)
        for warning in layer.read_warnings:
            ctx.add("cnig.damaged_file", "non_conformite", warning, layer.name, field="geometry")
        if not len(frame):
            ctx.add("cnig.empty_layer", "risque",
                    tr("Layer {layer} ({table}) holds no feature.", layer=layer.name, table=table),
                    layer.name)
        _check_duplicates(ctx, layer.name, frame)
        if layer.spatial and "geometry" in frame:
            frame = _check_geometry(ctx, layer, frame, table)
        _check_codes(ctx, layer.name, frame, table, key, tmodel)
        plan.tables[table] = frame

    zones = plan.tables.get("ZONE_URBA", plan.tables.get("SECTEUR_CC"))
    if zones is not None and len(zones):
        zname = by_table["ZONE_URBA" if "ZONE_URBA" in by_table else "SECTEUR_CC"].name
        geoms = _zone_geoms(zones)
        union = plan.outline = shapely.union_all(geoms)
        _check_overlaps(ctx, zname, zones, geoms, union, min_area_m2)
        _check_gaps(ctx, zname, union, min_area_m2)
        if "ZONE_URBA" in plan.tables:
            _check_labels(ctx, zname, zones)
    for table in ("PRESCRIPTION_SURF", "PRESCRIPTION_LIN", "PRESCRIPTION_PCT"):
        if table in plan.tables:
            _check_er_labels(ctx, by_table[table].name, plan.tables[table])
    if "PERIMETRE_SCOT" in plan.tables and len(plan.tables["PERIMETRE_SCOT"]) != 1:
        n = len(plan.tables["PERIMETRE_SCOT"])
        ctx.add("cnig.perimetre_scot_count", "non_conformite",
                tr("PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.",
                   n=n), by_table["PERIMETRE_SCOT"].name, metric=float(n), unit="rows",
                suggestion=tr("Merge the perimeter into a single (multi)polygon row."))
    if not frames.keys() & {"ZONE_URBA", "SECTEUR_CC", "PERIMETRE_SCOT"}:
        ctx.add("cnig.no_zoning", "non_conformite",
                tr("No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found."),
                hint or "dataset")
    geometry_by_fid = {by_table[t].name: dict(zip(df["fid"], df["geometry"]))
                       for t, df in plan.tables.items() if "geometry" in df}
    ctx[:] = [_with_feature_geometry(f, geometry_by_fid) for f in ctx]
    return plan


def _with_feature_geometry(finding: Finding, geometry_by_fid: dict) -> Finding:
    """Give a feature-level finding the geometry of its feature, so it shows on the map."""
    if finding.geometry is not None or finding.source_id is None \
            or not finding.source_id.lstrip("-").isdigit():
        return finding
    geom = geometry_by_fid.get(finding.source_layer, {}).get(int(finding.source_id))
    return replace(finding, geometry=geom) if geom is not None else finding


ER_NUMBER = re.compile(r"^\s*(?:ER|E\.R\.|emplacement r[ée]serv[ée])\s*(?:n\s*[°o]\.?)?\s*"
                       r"([0-9]+[A-Za-z]?(?:[-.][0-9A-Za-z]+)?)\b", re.IGNORECASE)


def er_numbers(txt, libelle) -> list[str]:
    """The plan's own number of each emplacement réservé (« ER 2 », « Emplacement réservé
    n°2 : … » → "2"), from TXT then LIBELLE; "" when the plan gives none."""
    out = []
    for t, lib in zip(txt, libelle):
        found = next((m.group(1) for m in (ER_NUMBER.match(str(v)) for v in (t, lib)
                                           if _present(v)) if m), "")
        out.append(found)
    return out


def emplacements_reserves(plan: Plan) -> pd.DataFrame:
    """Every emplacement réservé (TYPEPSC 05) of the plan, with its type and label."""
    columns = ["id", "numero", "layer", "typepsc", "stypepsc", "libelle", "fid", "geometry"]
    parts = []
    for table in ("PRESCRIPTION_SURF", "PRESCRIPTION_LIN", "PRESCRIPTION_PCT"):
        df = plan.tables.get(table)
        if df is None or "TYPEPSC" not in df:
            continue
        er = df[df["TYPEPSC"] == "05"]
        ident = _first_column(er, ("LIB_IDPSC", "IDPSC", "TXT"))
        parts.append(pd.DataFrame({
            "id": [str(i) if _present(i) else str(f) for i, f in zip(ident, er["fid"])],
            "numero": er_numbers(_column(er, "TXT"), _column(er, "LIBELLE")),
            "layer": table, "typepsc": er["TYPEPSC"].to_numpy(),
            "stypepsc": [v or "00" for v in _column(er, "STYPEPSC")],
            "libelle": [v or "" for v in _column(er, "LIBELLE")], "fid": er["fid"].to_numpy(),
            "geometry": _column(er, "geometry")}, columns=columns))
    parts = [p for p in parts if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)


# --- normalisation -------------------------------------------------------------------------

def _upper_columns(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out.columns = [c if c in ("geometry", "fid") else c.upper() for c in out.columns]
    if "fid" not in out:
        out["fid"] = np.arange(len(out))
    return out


def _doc_row(doc: pd.DataFrame | None) -> dict:
    if doc is None or not len(doc):
        return {}
    if "ETAT" in doc:
        current = doc[code2(doc["ETAT"]) == "03"]
        if len(current):
            return current.iloc[0].to_dict()
    return doc.iloc[0].to_dict()


def _idurba_from_hint(hint: str) -> str:
    m = re.search(r"(2[AB]\d{3}|\d{5}|\d{9})_(PLUi?|POS|CC|PSMV|SCOT)_(\d{8})(_[A-Z])?", hint, re.I)
    return m.group(0) if m else ""


def _insee(frames: dict, idurba: str) -> str:
    com = frames.get("DOC_URBA_COM")
    if com is not None and "INSEE" in com and len(com):
        values = com["INSEE"].dropna().astype(str).str.zfill(5).unique()
        return ",".join(sorted(values))
    for table in ("ZONE_URBA", "PRESCRIPTION_SURF"):
        f = frames.get(table)
        if f is not None and "INSEE" in f and f["INSEE"].notna().any():
            return str(f["INSEE"].dropna().iloc[0]).zfill(5)
    return insee_of(idurba)


def insee_of(idurba) -> str:
    """The INSEE code (or SIREN of an EPCI) an IDURBA starts with, "" if none."""
    m = re.match(r"(2[AB]\d{3}|\d{5}|\d{9})_", str(idurba or ""))
    return m.group(1) if m else ""


def _normalise_codes(frame: pd.DataFrame, table: str, legacy: bool) -> pd.DataFrame:
    out = frame.copy()
    for col in CODE_FIELDS:
        if col in out:
            out[col] = code2(out[col])
    if "TYPEZONE" in out:
        raw = out["TYPEZONE"].astype("string").str.strip()
        out["TYPEZONE"] = raw.str.upper().map(TYPEZONE_CANON).fillna(raw)
    for col in ("LIBELLE", "LIBELONG", "TXT"):
        if col in out:
            out[col] = out[col].astype("string").str.strip()
    if legacy and table.startswith("PRESCRIPTION") and "TYPEPSC" in out \
            and "STYPEPSC" not in out:
        src = out["TYPEPSC"]
        mapped = src.map(lambda c: LEGACY_TYPEPSC.get(c, (c, "00")) if pd.notna(c) else (c, c))
        out["TYPEPSC_2014"] = src
        out["TYPEPSC"] = [m[0] for m in mapped]
        out["STYPEPSC"] = [m[1] for m in mapped]
    if legacy and table.startswith("INFO") and "TYPEINF" in out and "STYPEINF" not in out:
        out["STYPEINF"] = out["TYPEINF"].where(out["TYPEINF"].isna(), "00")
    return out


def _column(df: pd.DataFrame, name) -> np.ndarray:
    return df[name].to_numpy() if name in df else np.full(len(df), None, dtype=object)


def _first_column(df: pd.DataFrame, names) -> list:
    for name in names:
        if name in df and df[name].notna().any():
            return list(df[name])
    return [None] * len(df)


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value)) \
        and value is not pd.NA and str(value).strip() != ""


# --- checks --------------------------------------------------------------------------------

LEGACY_2014_ONLY = {"IDZONE", "IDPSC", "IDINFO", "IDHAB"}


def _check_fields(ctx, layer, frame, tmodel, key):
    cols = set(frame.columns)
    expected = set(tmodel["columns"]) - (LEGACY_2014_ONLY if key == "PLU_2013" else set())
    for name in tmodel["required"]:
        if name not in cols:
            ctx.add("cnig.missing_field", "non_conformite",
                    tr("Mandatory field {field} is missing from {layer} (model {model}).",
                       field=name, layer=layer, model=key), layer, field=name)
            continue
        empty = frame[name].isna() | (frame[name].astype("string").str.strip() == "")
        for fid in frame.loc[empty.fillna(True), "fid"]:
            ctx.add("cnig.empty_mandatory", "non_conformite",
                    tr("Mandatory field {field} is empty.", field=name), layer, fid, name)
    for name in sorted(expected - cols - set(tmodel["required"])):
        ctx.add("cnig.missing_optional_field", "information",
                tr("Field {field} is absent; the standard wants it present, even empty.",
                   field=name), layer, field=name)


def _check_codes(ctx, layer, frame, table, key, tmodel):
    year = key.split("_")[1]
    legacy = year in ("2013", "2014")
    enums = (tmodel or {}).get("enums", {})
    if "TYPEZONE" in frame:
        allowed = set(enums.get("TYPEZONE") or models()["typezone"])
        _flag_unknown(ctx, layer, frame, "TYPEZONE", frame["TYPEZONE"], allowed, key)
    for kind, type_col, sub_col in (("PRESCRIPTION", "TYPEPSC", "STYPEPSC"),
                                    ("INFO", "TYPEINF", "STYPEINF")):
        if not table.startswith(kind) or type_col not in frame:
            continue
        if legacy:
            src = frame.get(f"{type_col}_2014", frame[type_col])
            allowed = set(enums.get(type_col) or [])
            if allowed:
                _flag_unknown(ctx, layer, frame, type_col, src, allowed, key)
            continue
        pairs = _code_pairs(kind, year, table)
        if pairs:
            values = frame[type_col].fillna("") + "-" + frame.get(sub_col, "").fillna("")
            allowed = {f"{a}-{b}" for a, b in pairs}
            _flag_unknown(ctx, layer, frame, f"{type_col}/{sub_col}", values, allowed, key)


def _flag_unknown(ctx, layer, frame, field, values, allowed, key):
    bad = ~values.isin(allowed) & values.notna() & (values.astype("string") != "-")
    for fid, value in zip(frame.loc[bad, "fid"], values[bad]):
        ctx.add("cnig.unknown_code", "non_conformite",
                tr("Code {value} of {field} is not in the list of model {model}.",
                   value=value, field=field, model=key), layer, fid, field)


ID_FIELDS = ("LIB_IDZONE", "LIB_IDPSC", "LIB_IDINFO", "IDZONE", "IDPSC", "IDINFO")
TABLE_FAMILY = {"SURF": POLYGON, "LIN": LINE, "PCT": POINT}


def _check_duplicates(ctx, layer, frame):
    for name in ID_FIELDS:
        if name not in frame:
            continue
        values = frame[name].astype("string").str.strip()
        dup = values.notna() & (values != "") & values.duplicated(keep="first")
        for fid, value in zip(frame.loc[dup, "fid"], values[dup]):
            ctx.add("cnig.duplicate_id", "non_conformite",
                    tr("Identifier {value} of {field} is used by several features.",
                       value=value, field=name), layer, fid, name)


def _check_geometry(ctx, layer: RawLayer, frame: pd.DataFrame, table: str = "") -> pd.DataFrame:
    geoms = force_2d(frame["geometry"].to_numpy())
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    suffix = "SURF" if table in ("ZONE_URBA", "SECTEUR_CC", "PERIMETRE_SCOT") \
        else table.rsplit("_", 1)[-1]
    if suffix in TABLE_FAMILY:
        wrong = ~missing & ~is_family(geoms, TABLE_FAMILY[suffix])
        for fid, g in zip(frame.loc[wrong, "fid"], geoms[wrong]):
            ctx.add("cnig.geometry_type", "non_conformite",
                    tr("A {found} in table {table}: the feature is ignored by the checks.",
                       found=g.geom_type, table=table), layer.name, fid, "geometry")
        geoms = geoms.copy()
        geoms[wrong] = None
    for fid in frame.loc[missing, "fid"]:
        ctx.add("cnig.empty_geometry", "non_conformite", tr("The geometry is empty or null."),
                layer.name, fid, "geometry")
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)  # wrong types set aside too
    valid = shapely.is_valid(geoms) | missing
    if (~valid).any():
        reasons = shapely.is_valid_reason(geoms[~valid])
        for fid, reason, g in zip(frame.loc[~valid, "fid"], reasons, geoms[~valid]):
            ctx.add("cnig.invalid_geometry", "non_conformite",
                    tr("Invalid geometry: {reason}.", reason=reason), layer.name, fid,
                    "geometry", geometry=g)
    _check_crs(ctx, layer, frame, geoms, missing)
    out = frame.copy()
    out["geometry"] = to_multi(geoms)
    return out


def _check_crs(ctx, layer, frame, geoms, missing):
    epsg = crsmod.identify(layer.crs, layer.crs_description)
    if epsg is None:
        ctx.add("cnig.crs", "non_conformite",
                tr("No usable CRS is declared ({declared}); coordinates are read as Lambert-93 "
                   "(EPSG:2154).", declared=layer.crs_description or tr("none")),
                layer.name, field="geometry",
                suggestion=tr("Declare EPSG:2154 (or the overseas CRS of the standard)."))
    elif layer.crs and layer.crs.upper() != epsg:
        pass  # an ESRI .prj recognised as Lambert-93: accepted as the GPU does
    elif not crsmod.is_cnig_crs(epsg):
        ctx.add("cnig.crs", "non_conformite",
                tr("CRS {crs} is not one the CNIG standard allows.", crs=epsg), layer.name,
                field="geometry")
    if getattr(layer, "reprojected_from", None):
        ctx.add("cnig.crs", "non_conformite",
                tr("Declared CRS {crs} is not the CNIG one: the layer was reprojected to "
                   "EPSG:2154.", crs=layer.reprojected_from), layer.name, field="geometry")
    if epsg in (None, crsmod.LAMBERT_93):
        b = shapely.bounds(geoms)
        d = crsmod.LAMBERT_93_DOMAIN.bounds
        outside = ~missing & ((b[:, 0] < d[0]) | (b[:, 1] < d[1]) | (b[:, 2] > d[2])
                              | (b[:, 3] > d[3]))
        for fid in frame.loc[outside, "fid"]:
            ctx.add("cnig.outside_crs_domain", "non_conformite",
                    tr("The feature lies outside the validity domain of Lambert-93."),
                    layer.name, fid, "geometry")


def _zone_geoms(zones):
    return polygonal(repaired(zones["geometry"].to_numpy()))


def _check_overlaps(ctx, layer, zones, geoms, union, min_area):
    # The zones' areas add up to more than their union's by at least each pair's overlap:
    # when they do not exceed it by min_area, no pair overlaps by more, and the pairs of
    # neighbours (a plan's zones all touch some) need not be intersected one by one.
    if np.nansum(shapely.area(geoms)) - shapely.area(union) <= min_area / 2:
        return
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    if not len(left):
        return
    inter = shapely.intersection(geoms[left], geoms[right])
    area = shapely.area(inter)
    fids = zones["fid"].to_numpy()
    labels = zones["LIBELLE"].to_numpy() if "LIBELLE" in zones else [""] * len(zones)
    for i, j, a, g in zip(left, right, area, inter):
        if a <= min_area:
            continue
        ctx.add("cnig.zone_overlap", "non_conformite",
                tr("Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².", a=labels[i],
                   fa=fids[i], b=labels[j], fb=fids[j], area=french.number(a, 1)),
                layer, f"{fids[i]}/{fids[j]}", "geometry", geometry=polygonal([g])[0],
                metric=round(float(a), 2), unit="m2", libelle=f"{labels[i]}/{labels[j]}")


def _check_gaps(ctx, layer, union, min_area):
    holes = [shapely.Polygon(ring) for poly in shapely.get_parts(union)
             if poly.geom_type == "Polygon" for ring in poly.interiors]
    for n, hole in enumerate(sorted(holes, key=lambda h: -h.area), 1):
        if hole.area <= min_area:
            continue
        ctx.add("cnig.zone_gap", "non_conformite",
                tr("Gap of {area} m² between zones inside the document's perimeter.",
                   area=french.number(hole.area, 1)), layer, f"gap-{n}", "geometry", geometry=hole,
                metric=round(hole.area, 2), unit="m2")


def _label_class(label) -> str | None:
    if not _present(label):
        return None
    text = re.sub(r"^\d+", "", str(label).strip().upper())
    if text.startswith("ZURNU"):
        return "U"
    for prefix, cls in (("AU", "AU"), ("U", "U"), ("A", "A"), ("N", "N")):
        if text.startswith(prefix):
            return cls
    return None


def _check_labels(ctx, layer, zones):
    if "LIBELLE" not in zones or "TYPEZONE" not in zones:
        return
    for fid, label, typezone in zip(zones["fid"], zones["LIBELLE"], zones["TYPEZONE"]):
        expected = ZONE_CLASSES.get(str(typezone).upper()) if _present(typezone) else None
        found = _label_class(label)
        if expected and found and found != expected:
            ctx.add("cnig.label_typezone_mismatch", "risque",
                    tr("Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.",
                       label=label, found=found, typezone=typezone), layer, fid, "TYPEZONE",
                    libelle=str(label))


def _check_er_labels(ctx, layer, frame):
    if "LIBELLE" not in frame or "TYPEPSC" not in frame:
        return
    named_er = frame["LIBELLE"].fillna("").str.contains(ER_LABEL) & (frame["TYPEPSC"] != "05")
    for fid, label, code in zip(frame.loc[named_er, "fid"], frame.loc[named_er, "LIBELLE"],
                                frame.loc[named_er, "TYPEPSC"]):
        ctx.add("cnig.label_typepsc_mismatch", "risque",
                tr("Prescription labelled “{label}” has TYPEPSC {code}, not 05 (emplacement "
                   "réservé).", label=label, code=code), layer, fid, "TYPEPSC",
                libelle=str(label))
