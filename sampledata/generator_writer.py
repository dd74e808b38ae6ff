"""Write generated département data in the real formats (GPU folders, GraceTHD v2 and v3,
ANFR, works and aerial lines)."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pandas as pd

from scan_urba_plugin.core.crs import transformer
from scan_urba_plugin.qgis_io.write import write_geopackage, write_layer

from . import generator
from .sample_network import dms, value_list


def write_generated(profile: str, seed: int, out_dir) -> dict:
    # GeoPackages record a timestamp: pin it so that the same seed gives the same files,
    # for these files only (the rest of the session keeps real timestamps).
    previous = os.environ.get("OGR_CURRENT_DATE")
    os.environ["OGR_CURRENT_DATE"] = "2026-01-01T00:00:00.000Z"
    try:
        return _write_generated(profile, seed, out_dir)
    finally:
        if previous is None:
            os.environ.pop("OGR_CURRENT_DATE", None)
        else:
            os.environ["OGR_CURRENT_DATE"] = previous


def _write_generated(profile: str, seed: int, out_dir) -> dict:
    data = generator.generate(profile, seed)
    out = Path(out_dir)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    paths = {"plan": _plans(data, out), "gracethd_v2": _gracethd_v2(data, out / "gracethd_v2"),
             "gracethd_v3": _gracethd_v3(data, out / "gracethd_v3.gpkg"),
             "anfr": _anfr(data, out / "anfr")}
    paths["works"] = write_geopackage(out / "travaux.gpkg", {"travaux": (data["works"],
                                                                       "MultiLineString")})
    paths["aerial"] = write_geopackage(out / "lignes_aeriennes.gpkg", {
        "lignes_aeriennes": (data["aerial"], "MultiLineString")})
    (out / "counts.json").write_text(data["counts"], encoding="utf-8")
    return {k: str(v) for k, v in paths.items()} | {"counts": json.loads(data["counts"])}


def _plans(data, out: Path) -> Path:
    """One GPU folder per commune, and the département mosaic the scan reads."""
    zones, psc = data["zones"], data["prescriptions"]
    for idurba, group in zones.groupby("IDURBA", sort=True):
        insee, _, date = idurba.split("_")
        folder = out / "plu" / idurba / "Donnees_geographiques"
        folder.mkdir(parents=True)
        write_layer(folder / f"{insee}_ZONE_URBA_{date}.shp", "ZONE_URBA",
                    group.drop(columns="INSEE_COM"), "MultiPolygon", driver="ESRI Shapefile")
        write_layer(folder / f"{insee}_PRESCRIPTION_SURF_{date}.shp", "PRESCRIPTION_SURF",
                    psc[psc["IDURBA"] == idurba], "MultiPolygon", driver="ESRI Shapefile")
    mosaic = out / "plu_departement.gpkg"
    doc = pd.DataFrame({"IDURBA": data["communes"]["IDURBA"], "TYPEDOC": "PLU", "ETAT": "03",
                        "NOMPROC": "E", "DATAPPRO": "20250101"})
    write_geopackage(mosaic, {"ZONE_URBA": (zones.drop(columns="INSEE_COM"), "MultiPolygon"),
                              "PRESCRIPTION_SURF": (psc, "MultiPolygon"),
                              "DOC_URBA": (doc, None), "DOC_URBA_COM": (data["communes"], None)})
    return mosaic


def _gracethd_v2(data, folder: Path) -> Path:
    folder.mkdir(parents=True)
    write_layer(folder / "t_cheminement.shp", "t_cheminement", data["routes"], "LineString",
                driver="ESRI Shapefile")
    write_layer(folder / "t_noeud.shp", "t_noeud", data["nodes"], "Point", driver="ESRI Shapefile")
    for name, frame in (("t_conduite", data["conduits"]), ("t_cond_chem", data["links"]),
                        ("t_organisme", pd.DataFrame({"or_code": ["OR0001", "OR0002"],
                                                      "or_nom": ["Département", "Délégataire"]})),
                        ("l_implantation_type", value_list("implantation")),
                        ("l_avancement", value_list("avancement")),
                        ("l_statut", value_list("statut"))):
        frame.to_csv(folder / f"{name}.csv", sep=";", index=False, encoding="utf-8")
    return folder


def _gracethd_v3(data, path: Path) -> Path:
    routes = data["routes"]
    under = (routes["cm_typ_imp"] == "7").to_numpy()
    compo = np.where(under, '{"PVC_42":2}', None)
    v3 = routes.drop(columns=["cm_nature"]).assign(cm_compo=compo, cm_prop="OR0001",
                                                    cm_gest="OR0002")
    cab = pd.DataFrame({"cc_cb_code": [f"CB{k:07d}" for k in range(int(under.sum()))],
                        "cc_cm_code": routes["cm_code"].to_numpy()[under]})
    return write_geopackage(path, {"t_cheminement": (v3, "LineString"),
                                   "t_noeud": (data["nodes"], "Point"),
                                   "t_cab_chem": (cab, None),
                                   "l_implantation": (value_list("implantation"), None)})


def _anfr(data, folder: Path) -> Path:
    folder.mkdir(parents=True)
    sup = data["supports"]
    lon, lat = transformer("EPSG:2154", "EPSG:4326").transform(sup["x"].to_numpy(),
                                                                sup["y"].to_numpy())
    ops = {"ORANGE": "21", "SFR": "27", "FREE MOBILE": "42", "BOUYGUES TELECOM": "4"}
    support = ["SUP_ID;STA_NM_ANFR;NAT_ID;COR_NB_DG_LAT;COR_NB_MN_LAT;COR_NB_SC_LAT;"
               "COR_CD_NS_LAT;COR_NB_DG_LON;COR_NB_MN_LON;COR_NB_SC_LON;COR_CD_EW_LON;"
               "SUP_NM_HAUT;TPO_ID;ADR_LB_LIEU;ADR_LB_ADD1;ADR_LB_ADD2;ADR_LB_ADD3;ADR_NM_CP;"
               "COM_CD_INSEE"]
    station = ["STA_NM_ANFR;ADM_ID;DEM_NM_COMSIS;DTE_IMPLANTATION;DTE_MODIF;DTE_EN_SERVICE"]
    for k, row in enumerate(sup.itertuples()):
        la, lo = dms(lat[k]), dms(lon[k])
        sta = f"{60000000 + k:010d}"
        support.append(f"{row.sup_id};{sta};21;{la[0]};{la[1]};{la[2]};N;{lo[0]};{lo[1]};"
                       f"{lo[2]};E;30,5;{ops[row.operator]};;;;;06000;06088")
        station.append(f"{sta};{ops[row.operator]};{k};01/01/2020;01/01/2024;01/06/2020")
    for name, lines in (("SUP_SUPPORT.txt", support), ("SUP_STATION.txt", station),
                        ("SUP_EXPLOITANT.txt", ["ADM_ID;ADM_LB_NOM"] +
                         [f"{v};{k}" for k, v in ops.items()])):
        (folder / name).write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return folder
