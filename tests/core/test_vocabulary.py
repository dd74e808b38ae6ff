"""The domain's codes spelled once: geometry families, zone groups, progress states."""
import pandas as pd
import shapely

from scan_urba_plugin.core import vocabulary as v
from scan_urba_plugin.core.standards import cnig

GEOMS = [shapely.box(0, 0, 1, 1), shapely.MultiPolygon([shapely.box(0, 0, 1, 1)]),
         shapely.LineString([(0, 0), (1, 1)]), shapely.LinearRing([(0, 0), (1, 0), (1, 1)]),
         shapely.MultiLineString([[(0, 0), (1, 1)]]), shapely.Point(0, 0),
         shapely.MultiPoint([(0, 0)]), shapely.GeometryCollection([shapely.Point(0, 0)]), None]


def test_geometry_families_by_geometry_type():
    assert list(v.family_of(GEOMS)) == ["polygon", "polygon", "line", "line", "line", "point",
                                        "point", None, None]
    parts = v.split_by_family(pd.DataFrame({"k": range(len(GEOMS)), "geometry": GEOMS}))
    assert {f: list(p["k"]) for f, p in parts.items()} == \
        {"polygon": [0, 1], "line": [2, 3, 4], "point": [5, 6]}
    assert list(v.is_type(GEOMS, v.GeometryType.LINESTRING)) == [False, False, True] + [False] * 6
    assert v.family_of_type(int(v.GeometryType.MULTIPOLYGON)) == "polygon"
    assert v.family_of_type(int(v.GeometryType.GEOMETRYCOLLECTION)) is None


def test_zone_groups_and_states():
    assert set(v.AU_ZONES) <= set(v.TYPEZONES) and set(v.SENSITIVE_ZONES) <= set(v.TYPEZONES)
    assert set(v.NATURAL_ZONES) < set(v.SENSITIVE_ZONES)
    assert cnig.TYPEZONE_CANON["AUC"] == "AUc" and cnig.ZONE_CLASSES["NH"] == "N"
    assert v.PLANNED == ("a_creer", "en_travaux") and v.LIVE[0] == v.EXISTING == "existant"
    assert not set(v.AERIAL) & set(v.UNDERGROUND)
