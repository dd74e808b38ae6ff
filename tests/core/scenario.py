"""Hand-built scan inputs in local metres (origin in Lambert-93)."""
import pandas as pd
import shapely

from scan_urba_plugin.core.model import RawLayer
from scan_urba_plugin.core.scan import ScanInputs
from scan_urba_plugin.core.standards import cnig, gracethd, mapped_layers

X0, Y0 = 900000.0, 6500000.0


def box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def line(*points):
    return shapely.LineString([(X0 + x, Y0 + y) for x, y in points])


def point(x, y):
    return shapely.Point(X0 + x, Y0 + y)


def plan(zone_rows, psc_rows=(), doc=None, insee="12345"):
    """zone_rows: (LIBELLE, TYPEZONE, geometry); psc_rows: (TYPEPSC, STYPEPSC, LIBELLE, geom);
    doc: DOC_URBA fields (ETAT, NOMPROC, DATAPPRO, TYPEDOC…) when the metadata matter;
    insee: the commune (12345 is in no INSEE table: its agglomération is undetermined)."""
    idurba = f"{insee}_PLU_20200101"
    z = pd.DataFrame([{"LIB_IDZONE": f"Z{i}", "LIBELLE": lib, "LIBELONG": lib, "TYPEZONE": tz,
                       "NOMFIC": "r.pdf", "IDURBA": idurba, "geometry": g}
                      for i, (lib, tz, g) in enumerate(zone_rows)])
    layers = [RawLayer(f"{insee}_ZONE_URBA_20200101", z.assign(fid=range(len(z))), crs="EPSG:2154")]
    if psc_rows:
        p = pd.DataFrame([{"LIB_IDPSC": f"P{i}", "LIBELLE": lib, "TYPEPSC": t, "STYPEPSC": s,
                           "IDURBA": idurba, "geometry": g}
                          for i, (t, s, lib, g) in enumerate(psc_rows)])
        layers.append(RawLayer(f"{insee}_PRESCRIPTION_SURF_20200101", p.assign(fid=range(len(p))),
                               crs="EPSG:2154"))
    if doc is not None:
        row = {"IDURBA": idurba, "TYPEDOC": "PLU", "ETAT": "03", "NOMPROC": "E",
               "DATAPPRO": "20200101", "NOMREG": "r.pdf", "DATEREF": "20200101", **doc}
        layers.append(RawLayer(f"{insee}_DOC_URBA_20200101", pd.DataFrame([row]).assign(fid=[0]),
                               spatial=False))
    return cnig.normalise_plan(layers)


def network(route_rows, sites=(), radio=(), cables=None):
    """route_rows: (code, avct, typ_imp, geometry[, owner]); sites: (code, typelog, avct,
    point); cables: codes of the routes carrying a cable (GraceTHD v2 link tables), None: no
    tables."""
    rows = [{"cm_code": r[0], "cm_avct": r[1], "cm_typ_imp": r[2], "geometry": r[3],
             "cm_prop": r[4] if len(r) > 4 else None} for r in route_rows]
    tables = {"t_cheminement": RawLayer("t_cheminement", pd.DataFrame(rows).assign(
        fid=range(len(rows))), crs="EPSG:2154")}
    nodes = [{"nd_code": f"N{c}", "geometry": g} for c, _, _, g in list(sites) + list(radio)]
    if nodes:
        tables["t_noeud"] = RawLayer("t_noeud", pd.DataFrame(nodes).assign(fid=range(len(nodes))),
                                     crs="EPSG:2154")
        st = [{"st_code": c, "st_nd_code": f"N{c}", "st_typelog": k, "st_avct": a,
               "st_typephy": "ADR"} for c, k, a, _ in sites]
        se = [{"se_code": c, "se_nd_code": f"N{c}", "se_avct": a} for c, _, a, _ in radio]
        for name, data in (("t_sitetech", st), ("t_siteemission", se)):
            if data:
                tables[name] = RawLayer(name, pd.DataFrame(data).assign(fid=range(len(data))),
                                        spatial=False)
    if cables is not None:
        codes = [r[0] for r in route_rows]
        link = {"t_conduite": [{"cd_code": f"D{c}"} for c in codes],
                "t_cond_chem": [{"dm_cd_code": f"D{c}", "dm_cm_code": c} for c in codes],
                "t_cable": [{"cb_code": f"K{c}"} for c in cables],
                "t_cab_cond": [{"cc_cb_code": f"K{c}", "cc_cd_code": f"D{c}"} for c in cables]}
        for name, data in link.items():
            tables[name] = RawLayer(name, pd.DataFrame(data, columns=list(data[0]) if data
                                                       else ["cc_cb_code", "cc_cd_code"])
                                    .assign(fid=range(len(data))), spatial=False)
    return gracethd.normalise_gracethd(tables)


def works_frame(rows):
    """rows: (id, moa, nature, start, declared, geometry)."""
    data = pd.DataFrame([{"works_id": i, "maitre_ouvrage": m, "nature": n, "date_debut": s,
                          "date_fin": None, "date_declaration": d, "geometry": g}
                         for i, m, n, s, d, g in rows])
    frame, findings = mapped_layers.normalise_works(RawLayer("travaux", data.assign(fid=range(len(data))),
                                                     crs="EPSG:2154"))
    assert findings == []
    return frame


def antennas(rows):
    """rows: (sup_id, operators, owner, point, planned)."""
    return pd.DataFrame([{"sup_id": s, "operators": o, "owner": w, "nature": "Pylône",
                          "planned": p, "geometry": g} for s, o, w, g, p in rows])


def inputs(plan_, **kw):
    return ScanInputs(plan=plan_, **kw)
