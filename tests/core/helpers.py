"""Small builders for hand-made CNIG tables."""
import pandas as pd
import shapely

from scan_urba_plugin.core.model import RawLayer

X0, Y0 = 900000.0, 6500000.0


def square(x, y, size=100.0):
    return shapely.box(X0 + x, Y0 + y, X0 + x + size, Y0 + y + size)


def zone_layer(rows, name="12345_ZONE_URBA_20200101", **kw):
    """rows: (LIBELLE, TYPEZONE, geometry) tuples, 2017 field set."""
    frame = pd.DataFrame([{
        "LIB_IDZONE": f"Z{i}", "LIBELLE": lib, "LIBELONG": lib, "TYPEZONE": tz,
        "NOMFIC": "r.pdf", "URLFIC": None, "IDURBA": "12345_PLU_20200101", "DATVALID": "20200101",
        "geometry": g} for i, (lib, tz, g) in enumerate(rows)])
    frame["fid"] = range(len(frame))
    return RawLayer(name=name, frame=frame, crs=kw.pop("crs", "EPSG:2154"), **kw)


def psc_layer(rows, name="12345_PRESCRIPTION_SURF_20200101"):
    """rows: (TYPEPSC, STYPEPSC, LIBELLE, geometry) tuples."""
    frame = pd.DataFrame([{
        "LIB_IDPSC": f"P{i}", "LIBELLE": lib, "TXT": None, "TYPEPSC": t, "STYPEPSC": s,
        "NOMFIC": None, "URLFIC": None, "IDURBA": "12345_PLU_20200101", "DATVALID": None,
        "geometry": g} for i, (t, s, lib, g) in enumerate(rows)])
    frame["fid"] = range(len(frame))
    return RawLayer(name=name, frame=frame, crs="EPSG:2154")
