"""CRS facts of the CNIG standard (décret 2019-165), kept QGIS-free."""
import importlib.util
import os
import re
from functools import cache
from pathlib import Path

import shapely

LAMBERT_93 = "EPSG:2154"
# CRS the standard prescribes per territory.
CNIG_CRS = {
    "EPSG:2154": "France métropolitaine (RGF93 / Lambert-93)",
    "EPSG:5490": "Guadeloupe, Martinique (RGAF09 / UTM 20N)",
    "EPSG:2972": "Guyane (RGFG95 / UTM 22N)",
    "EPSG:2975": "La Réunion (RGR92 / UTM 40S)",
    "EPSG:4471": "Mayotte (RGM04 / UTM 38S)",
    "EPSG:4467": "Saint-Pierre-et-Miquelon (RGSPM06 / UTM 21N)",
}
# Validity domain of EPSG:2154 used by the GPU validator (projection.json).
LAMBERT_93_DOMAIN = shapely.box(60000, 6010000, 1270000, 7130000)

_L93_PARAMS = {"lat_1": {44.0, 49.0}, "lat_2": {44.0, 49.0}, "lat_0": {46.5},
               "lon_0": {3.0}, "x_0": {700000.0}, "y_0": {6600000.0}}
_ESRI_L93 = re.compile(r"lambert.?93", re.I)


def identify(authid: str | None, description: str = "") -> str | None:
    """Return an EPSG code for a layer CRS, recognising ESRI .prj files with no EPSG code.

    ``description`` may be a PROJ string or WKT. None means no CRS could be recognised.
    """
    if authid and authid.upper().startswith("EPSG:"):
        return authid.upper()
    text = description or ""
    if "+proj=lcc" in text:
        params = dict(re.findall(r"\+(\w+)=([-\d.]+)", text))
        try:
            values = {k: float(params[k]) for k in _L93_PARAMS}
        except (KeyError, ValueError):
            values = {}
        if values and all(values[k] in allowed for k, allowed in _L93_PARAMS.items()) \
                and ("GRS80" in text or "towgs84=0,0,0" in text or "ellps" not in text):
            return LAMBERT_93
    if _ESRI_L93.search(text) and "Lambert_Conformal_Conic" in text:
        return LAMBERT_93
    return None


def is_cnig_crs(epsg: str | None) -> bool:
    return epsg in CNIG_CRS


@cache
def transformer(source: str, target: str):
    spec = importlib.util.find_spec("pyproj")
    bundled = spec and Path(spec.origin).parent.joinpath("proj_dir", "share", "proj").is_dir()
    if not bundled and not (os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB")) \
            and Path("/usr/share/proj/proj.db").exists():
        # Debian's pyproj inside a venv does not find the system PROJ data by itself.
        os.environ["PROJ_DATA"] = "/usr/share/proj"
    import pyproj

    return pyproj.Transformer.from_crs(source, target, always_xy=True)


def wgs84_to_lambert93(lon, lat):
    """Vectorised WGS84 longitude/latitude (degrees) to Lambert-93 x/y (metres)."""
    return transformer("EPSG:4326", LAMBERT_93).transform(lon, lat)
