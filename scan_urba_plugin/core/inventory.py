"""Duct inventory kit: the GraceTHD template (tables, fields, value lists) and the checks a
GraceTHD consumer would run before accepting a delivery (rule ids ``inventory.*``)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from . import french
from .i18n import tr
from .model import FindingList
from .standards.gracethd import AVANCEMENT, IMPLANTATION, STATUT
from .vocabulary import AERIAL, UNDERGROUND

# GraceTHD v2 (shapefile names ≤ 10 characters): (field, type, length) per table.
TEMPLATE_V2 = {
    "t_cheminement": ("LineString", [
        ("cm_code", "str", 254), ("cm_codeext", "str", 254), ("cm_ndcode1", "str", 254),
        ("cm_ndcode2", "str", 254), ("cm_voie", "str", 254), ("cm_gest_do", "str", 20),
        ("cm_prop_do", "str", 20), ("cm_statut", "str", 3), ("cm_etat", "str", 3),
        ("cm_avct", "str", 1), ("cm_typelog", "str", 2), ("cm_typ_imp", "str", 2),
        ("cm_nature", "str", 3), ("cm_compo", "str", 254), ("cm_cddispo", "int", 0),
        ("cm_mod_pos", "str", 20), ("cm_passage", "str", 10), ("cm_long", "float", 0),
        ("cm_lgreel", "float", 0), ("cm_dtclass", "str", 2), ("cm_creadat", "str", 29),
        ("cm_majdate", "str", 29), ("cm_comment", "str", 254)]),
    "t_noeud": ("Point", [
        ("nd_code", "str", 254), ("nd_codeext", "str", 254), ("nd_nom", "str", 254),
        ("nd_type", "str", 2), ("nd_voie", "str", 254), ("nd_dtclass", "str", 2),
        ("nd_creadat", "str", 29), ("nd_comment", "str", 254)]),
    "t_conduite": (None, [
        ("cd_code", "str", 254), ("cd_codeext", "str", 254), ("cd_prop", "str", 20),
        ("cd_gest", "str", 20), ("cd_statut", "str", 3), ("cd_avct", "str", 1),
        ("cd_type", "str", 10), ("cd_dia_int", "int", 0), ("cd_dia_ext", "int", 0),
        ("cd_long", "float", 0), ("cd_nbcable", "int", 0), ("cd_occup", "int", 0),
        ("cd_creadat", "str", 29), ("cd_comment", "str", 254)]),
    "t_cond_chem": (None, [("dm_cd_code", "str", 254), ("dm_cm_code", "str", 254),
                           ("dm_creadat", "str", 29)]),
    "t_ptech": (None, [
        ("pt_code", "str", 254), ("pt_codeext", "str", 254), ("pt_nd_code", "str", 254),
        ("pt_prop", "str", 20), ("pt_gest", "str", 20), ("pt_statut", "str", 3),
        ("pt_avct", "str", 1), ("pt_typephy", "str", 1), ("pt_typelog", "str", 1),
        ("pt_nature", "str", 20), ("pt_creadat", "str", 29), ("pt_comment", "str", 254)]),
    "t_sitetech": (None, [
        ("st_code", "str", 254), ("st_nd_code", "str", 254), ("st_nom", "str", 254),
        ("st_prop", "str", 20), ("st_gest", "str", 20), ("st_statut", "str", 3),
        ("st_avct", "str", 1), ("st_typephy", "str", 3), ("st_typelog", "str", 10),
        ("st_creadat", "str", 29)]),
}
MANDATORY = {"t_cheminement": ["cm_code", "cm_typ_imp", "cm_statut"],
             "t_noeud": ["nd_code"], "t_conduite": ["cd_code", "cd_statut", "cd_type"],
             "t_cond_chem": ["dm_cd_code", "dm_cm_code"],
             "t_ptech": ["pt_code", "pt_nd_code", "pt_statut", "pt_typephy"],
             "t_sitetech": ["st_code", "st_nd_code", "st_statut", "st_typelog"]}
CONDUITE_TYPE = {"PEHD": "PEHD", "PVC": "PVC", "TPC": "TPC", "CUC": "CONDUITE UNITAIRE CIMENT",
                 "CAN": "ALVEOLE DE CANIVEAU", "GOU": "ALVEOLE DE GOULOTTE",
                 "AER": "CONDUITE AERIENNE VIRTUELLE", "AUTRE": "AUTRE", "NC": "NC"}
PTECH_TYPE = {"A": "APPUI", "C": "CHAMBRE", "F": "ANCRAGE FACADE", "I": "IMMEUBLE", "Z": "AUTRE"}
PTECH_NATURE = {"L0T": "CHAMBRE L0T", "L1T": "CHAMBRE L1T", "L2T": "CHAMBRE L2T",
                "L3T": "CHAMBRE L3T", "L4T": "CHAMBRE L4T", "K1C": "CHAMBRE K1C",
                "D4": "CHAMBRE D4", "OHN": "OUVRAGE HORS NORMES", "PBOI": "POTEAU BOIS",
                "PBET": "POTEAU BETON", "PMET": "POTEAU METAL", "PIND": "POTEAU INDETERMINE",
                "REG": "REGARD 30X30", "IND": "INDETERMINE"}
NOEUD_TYPE = {"PT": "POINT TECHNIQUE", "ST": "SITE TECHNIQUE", "SF": "SITE UTILISATEUR FINAL",
              "SE": "SITE EMISSION"}
# field -> value list shown in the forms (code -> label)
VALUE_MAPS = {"cm_typ_imp": IMPLANTATION, "cm_avct": AVANCEMENT, "cm_statut": STATUT,
              "cd_avct": AVANCEMENT, "cd_statut": STATUT, "cd_type": CONDUITE_TYPE,
              "pt_avct": AVANCEMENT, "pt_statut": STATUT, "pt_typephy": PTECH_TYPE,
              "pt_nature": PTECH_NATURE, "nd_type": NOEUD_TYPE, "st_statut": STATUT,
              "st_avct": AVANCEMENT}


def empty_tables(version: str = "v2") -> dict:
    """{table: (empty frame with the template's columns, geometry type)}."""
    out = {}
    for table, (gtype, fields) in TEMPLATE_V2.items():
        frame = pd.DataFrame({name: pd.Series(dtype={"str": object, "int": "Int64",
                                                     "float": float}[kind])
                              for name, kind, _ in fields})
        if gtype:
            frame["geometry"] = pd.Series(dtype=object)
        out[table] = (frame, gtype)
    if version == "v3":  # v3: composition on the route, no conduit tables
        cm, gtype = out.pop("t_cheminement")
        out["t_cheminement"] = (cm.assign(cm_prop=pd.Series(dtype=object),
                                          cm_gest=pd.Series(dtype=object)), gtype)
        for table in ("t_conduite", "t_cond_chem"):
            out.pop(table)
        site, _ = out.pop("t_sitetech")
        out["t_site"] = (site, None)
    return out


def _col(frame, name):
    if frame is None or name not in frame:
        return pd.Series([None] * (0 if frame is None else len(frame)), dtype=object)
    s = frame[name].astype("string").str.strip()
    return s.mask(s == "", pd.NA)


def check_inventory(tables: dict, tolerance: float = 0.5, length_tolerance: float = 0.05) -> list:
    """Every check of the kit. ``tables``: {table: frame with fid (and geometry)}."""
    f = FindingList("GraceTHD-MCD")
    for table, names in MANDATORY.items():
        frame = tables.get(table)
        if frame is None:
            continue
        for name in names:
            if name not in frame:
                f.add("inventory.missing_field", "non_conformite",
                      tr("Table {table} has no field {field}.", table=table, field=name),
                      table, field=name)
                continue
            for fid in frame.loc[_col(frame, name).isna().to_numpy(), "fid"]:
                f.add("inventory.missing_value", "non_conformite",
                      tr("Mandatory field {field} is empty.", field=name), table, fid, name)
    for field, allowed in VALUE_MAPS.items():
        table = {"cm": "t_cheminement", "cd": "t_conduite", "pt": "t_ptech", "nd": "t_noeud",
                 "st": "t_sitetech"}[field[:2]]
        frame = tables.get(table)
        if frame is None or field not in frame:
            continue
        values = _col(frame, field)
        bad = values.notna() & ~values.isin(set(allowed))
        for fid, value in zip(frame.loc[bad.to_numpy(), "fid"], values[bad]):
            f.add("inventory.unknown_code", "non_conformite",
                  tr("Code {value} of {field} is not in the GraceTHD value list.", value=value,
                     field=field), table, fid, field)
    routes, nodes = tables.get("t_cheminement"), tables.get("t_noeud")
    if routes is not None and len(routes) and "geometry" in routes:
        _route_checks(f, routes, nodes, tables, tolerance, length_tolerance)
    _conduit_checks(f, tables)
    ptech = tables.get("t_ptech")
    if ptech is not None and len(ptech):
        known = set(_col(nodes, "nd_code").dropna()) if nodes is not None else set()
        for fid, code in zip(ptech["fid"], _col(ptech, "pt_nd_code")):
            if pd.isna(code) or code not in known:
                f.add("inventory.ptech_without_node", "non_conformite",
                      tr("Technical point has no node ({value} is not in t_noeud).",
                         value=code), "t_ptech", fid, "pt_nd_code")
    return list(f)


def _route_checks(f, routes, nodes, tables, tolerance, length_tolerance):
    geoms = np.asarray(routes["geometry"], dtype=object)
    ok = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    lengths = np.where(ok, shapely.length(geoms), 0.0)
    fids = routes["fid"].to_numpy()
    for i in np.flatnonzero(ok & (lengths < 0.01)):
        f.add("inventory.zero_length", "non_conformite", tr("The route has zero length."),
              "t_cheminement", fids[i], "geometry", geoms[i])
    declared = pd.to_numeric(routes.get("cm_long"), errors="coerce").to_numpy() \
        if "cm_long" in routes else np.full(len(routes), np.nan)
    gap = np.abs(declared - lengths)
    wrong = ok & ~np.isnan(declared) & (gap > np.maximum(1.0, length_tolerance * lengths))
    for i in np.flatnonzero(wrong):
        f.add("inventory.length_mismatch", "risque",
              tr("cm_long says {declared} m but the geometry measures {length} m.",
                 declared=f"{declared[i]:.1f}", length=f"{lengths[i]:.1f}"),
              "t_cheminement", fids[i], "cm_long", geoms[i], round(float(gap[i]), 2), "m")
    valid = np.flatnonzero(ok & (lengths >= 0.01))
    if len(valid) > 1:
        tree = shapely.STRtree(geoms[valid])
        a, b = tree.query(geoms[valid], predicate="intersects")
        keep = a < b
        for x, y in zip(valid[a[keep]], valid[b[keep]]):
            shared = shapely.length(shapely.intersection(geoms[x], geoms[y]))
            if shared > max(tolerance, 0.01):
                f.add("inventory.overlapping_routes", "non_conformite",
                      tr("Routes {a} and {b} overlap over {length} m (duplicate?).",
                         a=fids[x], b=fids[y], length=french.number(shared, 1)), "t_cheminement",
                      fids[y], "geometry", shapely.intersection(geoms[x], geoms[y]),
                      round(float(shared), 2), "m")
    if nodes is None or not len(nodes):
        return
    node_geoms = np.asarray(nodes["geometry"], dtype=object)
    ends = np.concatenate([shapely.get_point(geoms[valid], 0), shapely.get_point(geoms[valid], -1)])
    owner = np.concatenate([valid, valid])
    near = np.zeros(len(ends), dtype=bool)
    e_idx, n_idx = shapely.STRtree(node_geoms).query(ends, predicate="dwithin", distance=tolerance)
    near[np.unique(e_idx)] = True
    for k in np.flatnonzero(~near):
        f.add("inventory.end_without_node", "non_conformite",
              tr("A route end lies more than {tol} m from any node.", tol=f"{tolerance:g}"),
              "t_cheminement", fids[owner[k]], "geometry", ends[k])
    # nodes joining aerial and underground routes need a technical point (the transition)
    imp = _col(routes, "cm_typ_imp").to_numpy()
    node_of_end = np.full(len(ends), -1)
    first = np.unique(e_idx, return_index=True)
    node_of_end[first[0]] = n_idx[first[1]]
    hosted = set(_col(tables.get("t_ptech"), "pt_nd_code").dropna()) | set(
        _col(tables.get("t_sitetech"), "st_nd_code").dropna())
    codes = _col(nodes, "nd_code").to_numpy()
    kinds: dict = {}
    for k in np.flatnonzero(node_of_end >= 0):
        kinds.setdefault(node_of_end[k], set()).add(imp[owner[k]])
    for node, types in kinds.items():
        if types & set(AERIAL) and types & set(UNDERGROUND) and codes[node] not in hosted:
            f.add("inventory.incompatible_implantation", "risque",
                  tr("Node {code} joins aerial and underground routes without a technical "
                     "point (pole or chamber) for the transition.", code=codes[node]),
                  "t_noeud", nodes["fid"].iloc[node], "nd_code", node_geoms[node])


def _conduit_checks(f, tables):
    routes, ducts, links = (tables.get(t) for t in ("t_cheminement", "t_conduite", "t_cond_chem"))
    if ducts is None or links is None:
        return
    linked_ducts = set(_col(links, "dm_cd_code").dropna())
    linked_routes = set(_col(links, "dm_cm_code").dropna())
    for fid, code in zip(ducts["fid"], _col(ducts, "cd_code")):
        if code not in linked_ducts:
            f.add("inventory.conduit_without_route", "non_conformite",
                  tr("Conduit {code} lies on no route.", code=code), "t_conduite", fid, "cd_code")
    if routes is None:
        return
    duct_routes = routes[_col(routes, "cm_typ_imp").isin(["7"]).to_numpy()]
    for fid, code, geom in zip(duct_routes["fid"], _col(duct_routes, "cm_code"),
                               duct_routes.get("geometry", [None] * len(duct_routes))):
        if code not in linked_routes:
            f.add("inventory.duct_route_without_conduit", "non_conformite",
                  tr("Route {code} is declared as a duct (CONDUITE) but carries no conduit.",
                     code=code), "t_cheminement", fid, "cm_typ_imp", geom)


def v2_to_v3(tables: dict) -> dict:
    """GraceTHD v2 tables → v3: composition on the route (cm_compo), cables per route
    (t_cab_chem) instead of t_conduite/t_cond_chem, sites in t_site (+ t_local), radio sites as
    POH sites. Returns {table: frame}; other tables are carried over."""
    import json

    out = {k: v for k, v in tables.items()
           if k not in ("t_conduite", "t_cond_chem", "t_sitetech", "t_siteemission", "t_ptech")}
    cm = tables["t_cheminement"].copy()
    ducts, links = tables.get("t_conduite"), tables.get("t_cond_chem")
    compo = pd.Series([None] * len(cm), index=cm.index, dtype=object)
    busy_rows = []
    if ducts is not None and links is not None and len(links):
        top = ducts[_col(ducts, "cd_cd_code").isna().to_numpy()]
        joined = links.merge(top, left_on="dm_cd_code", right_on="cd_code")
        joined["kind"] = _col(joined, "cd_type").fillna("NC") + "_" + \
            _col(joined, "cd_dia_int").fillna("0")
        per = joined.groupby("dm_cm_code")["kind"].agg(
            lambda s: json.dumps({k: int(v) for k, v in sorted(s.value_counts().items())}))
        compo = cm["cm_code"].map(per)
        used = (pd.to_numeric(_col(joined, "cd_nbcable"), errors="coerce").fillna(0) > 0) | \
            (pd.to_numeric(_col(joined, "cd_occup"), errors="coerce").fillna(0) > 0)
        for n, route in enumerate(joined.loc[used.to_numpy(), "dm_cm_code"]):
            busy_rows.append({"cc_cb_code": f"CB{n:07d}", "cc_cm_code": route})
        for column in ("cd_prop", "cd_gest"):
            if column not in joined:
                joined[column] = None
        owners = joined.groupby("dm_cm_code")[["cd_prop", "cd_gest"]].first()
        for target, source, domain in (("cm_prop", "cd_prop", "cm_prop_do"),
                                       ("cm_gest", "cd_gest", "cm_gest_do")):
            values = cm["cm_code"].map(owners[source])
            cm[target] = values.fillna(cm[domain]) if domain in cm else values
    cm["cm_compo"] = compo
    if "cm_cddispo" in cm:  # v3 has no free-duct count: it follows from the cables
        cm = cm.drop(columns=["cm_cddispo"])
    out["t_cheminement"] = cm
    out["t_cab_chem"] = pd.DataFrame(busy_rows, columns=["cc_cb_code", "cc_cm_code"])
    sites = []
    st = tables.get("t_sitetech")
    if st is not None:
        sites.append(pd.DataFrame({"st_code": st["st_code"], "st_nd_code": st["st_nd_code"],
                                   "st_nom": st.get("st_nom"), "st_prop": st.get("st_prop"),
                                   "st_gest": st.get("st_gest"), "st_statut": st.get("st_statut"),
                                   "st_avct": st.get("st_avct"), "st_typephy": st.get("st_typephy"),
                                   "st_typelog": "RESEAU"}))
        out["t_local"] = pd.DataFrame({"lc_code": "LC" + st["st_code"].astype(str),
                                       "lc_st_code": st["st_code"], "lc_typelog": st.get("st_typelog")})
    se = tables.get("t_siteemission")
    if se is not None:
        sites.append(pd.DataFrame({"st_code": se["se_code"], "st_nd_code": se["se_nd_code"],
                                   "st_nom": None, "st_prop": se.get("se_prop"), "st_gest": None,
                                   "st_statut": se.get("se_statut"), "st_avct": se.get("se_avct"),
                                   "st_typephy": "POH", "st_typelog": "RESEAU"}))
    if sites:
        out["t_site"] = pd.concat(sites, ignore_index=True)
    if "t_ptech" in tables:
        out["t_ptech"] = tables["t_ptech"].drop(columns=["pt_typelog"], errors="ignore")
    return out
