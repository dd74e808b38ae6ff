"""The domain's codes, spelled once: zone types and their groups (CNIG TYPEZONE), route
progress states and implantation (GraceTHD), geometry families (shapely.GeometryType).

Import these names; never re-spell a code in a rule or a reader.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from shapely import GeometryType

# --- zone types (CNIG TYPEZONE, canonical spelling) ---------------------------------------
U, AUC, AUS, A, AH, N, NH, ND = "U", "AUc", "AUs", "A", "Ah", "N", "Nh", "Nd"
TYPEZONES = (U, AUC, AUS, A, N, NH, ND, AH)
AU_ZONES = (AUC, AUS)              # to be urbanised (AUc: now, AUs: after a plan change)
BUILDABLE_ZONES = (U, AUC)         # where building is allowed today
AGRICULTURAL_ZONES = (A, AH)
NATURAL_ZONES = (N, NH, ND)
# Where an antenna site weighs on the landscape: agricultural and natural zones (with the
# protection prescriptions, rules.rule.PROTECTION_TYPEPSC). Trench sharing's priority boost
# for burying aerial lines uses NATURAL_ZONES only (its score formula says "N zones").
SENSITIVE_ZONES = AGRICULTURAL_ZONES + NATURAL_ZONES
ZONE_GROUP = {U: "U", AUC: "AU", AUS: "AU", A: "A", AH: "A", N: "N", NH: "N", ND: "N"}

# --- route and site progress (GraceTHD avancement, as normalised) -------------------------
EXISTING, TO_BUILD, UNDER_WORKS = "existant", "a_creer", "en_travaux"
PLANNED = (TO_BUILD, UNDER_WORKS)  # planned: to build or being built
LIVE = (EXISTING,) + PLANNED       # existing or planned (not abandoned, not unknown)

# --- implantation (GraceTHD cm_typ_imp) ---------------------------------------------------
AERIAL = ("0", "1")                      # on poles (telecom or energy)
UNDERGROUND = ("4", "5", "6", "7", "8")  # in ducts, in the ground

# --- geometry families ---------------------------------------------------------------------
POLYGON, LINE, POINT = "polygon", "line", "point"
FAMILY_TYPES = {
    POLYGON: (GeometryType.POLYGON, GeometryType.MULTIPOLYGON),
    LINE: (GeometryType.LINESTRING, GeometryType.LINEARRING, GeometryType.MULTILINESTRING),
    POINT: (GeometryType.POINT, GeometryType.MULTIPOINT),
}
MULTI_TYPE = {POLYGON: "MultiPolygon", LINE: "MultiLineString", POINT: "MultiPoint"}
SINGLE_TYPE = {POLYGON: "Polygon", LINE: "LineString", POINT: "Point"}


def type_ids(*types) -> np.ndarray:
    """shapely type ids of GeometryType members, for np.isin."""
    return np.array([int(t) for t in types], dtype=int)


def is_type(geoms, *types) -> np.ndarray:
    """Whether each geometry is one of the GeometryType members given (None: False)."""
    return np.isin(shapely.get_type_id(np.asarray(geoms, dtype=object)), type_ids(*types))


def is_family(geoms, family: str) -> np.ndarray:
    """Whether each geometry belongs to the family (POLYGON, LINE or POINT)."""
    return is_type(geoms, *FAMILY_TYPES[family])


def family_of_type(type_id: int) -> str | None:
    """The family of a shapely type id (None for a collection or a missing geometry)."""
    return next((family for family, types in FAMILY_TYPES.items()
                 if type_id in type_ids(*types)), None)


def family_of(geoms) -> np.ndarray:
    """POLYGON, LINE, POINT or None (missing, empty collection…) for each geometry."""
    ids = shapely.get_type_id(np.asarray(geoms, dtype=object))
    out = np.full(len(ids), None, dtype=object)
    for family, types in FAMILY_TYPES.items():
        out[np.isin(ids, type_ids(*types))] = family
    return out


def split_by_family(frame: pd.DataFrame) -> dict:
    """{POLYGON, LINE, POINT: rows of that geometry family}; rows of none (no geometry,
    collections) are left out."""
    family = family_of(frame["geometry"].to_numpy()) if len(frame) \
        else np.empty(0, dtype=object)
    return {name: frame[family == name] for name in FAMILY_TYPES}
