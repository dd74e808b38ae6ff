"""The demo commune's networks, in their real formats, built from one description so that
GraceTHD v2 and v3 give the same answers.

What is there, and what each later rule should find:
- RIP ducts (GraceTHD): an existing duct grid in the village (UA/UB), an isolated existing
  piece in the activity zone (UE) 190 m from the grid along a street (a missing link, which
  a water main will open), aerial telecom lines
  to the west hamlet road and to the northern antenna, a planned route along the future road
  of ER n°1 into the 1AU zone and a route under construction between UE and 1AU. The hamlet
  (UH) and the 2AU zone have no network.
- Sites: the existing NRO; a planned PM inside ER n°2 (reserved); a planned PM in 1AU with no
  reservation; the existing antenna of ER n°3; a planned antenna in the EBC (no reservation).
- ANFR supports: three operators within 100 m in the centre (pooling), one in the ER n°3, one
  in farmland far from fibre, one in the classified woodland.
- Planned works following streets, declared under L49, an aerial-line burial programme, and
  an electricity line crossing the protected riverside.
"""
from __future__ import annotations


import pandas as pd
import shapely

from scan_urba_plugin.core.crs import transformer
from .sample import BLOCK, COLS, ROWS, X0, Y0, commune_extent, xy

ORGANISMES = [("OR0001", "Département des Alpes-Maritimes (RIP)"), ("OR0002", "ORANGE"),
              ("OR0003", "ENEDIS"), ("OR0004", "Commune de Val-de-Démo"),
              ("OR0005", "Délégataire THD 06")]
RIP_OWNER, RIP_MANAGER = "OR0001", "OR0005"
# The Département's deployment calendar for the zones its network does not serve yet.
RIP_CALENDAR = ("zone;echeance;pm\nUH;au second semestre 2027;PM03\n"
                "1AU;avec la voie des Oliviers, en 2027;PM02\n")


def _segments(points):
    return [(points[i], points[i + 1]) for i in range(len(points) - 1)]


def _street_grid(c0, c1, r0, r1):
    """Street segments (100 m) of the grid inside [c0, c1] × [r0, r1] (block units)."""
    segs = []
    for r in range(r0, r1 + 1):
        segs += _segments([(c, r) for c in range(c0, c1 + 1)])
    for c in range(c0, c1 + 1):
        segs += _segments([(c, r) for r in range(r0, r1 + 1)])
    return segs


def route_plan() -> list[dict]:
    """One dict per route: ends in grid units, implantation, progress code, MOP phase."""
    routes = []

    def add(segs, imp, avct, statut, ducts):
        for a, b in segs:
            routes.append({"a": a, "b": b, "imp": imp, "avct": avct, "statut": statut,
                           "ducts": ducts})
    add(_street_grid(8, 16, 5, 12), "7", "E", "REC", 3)
    add(_segments([(17.9, 5)] + [(c, 5) for c in range(18, 22)]), "7", "E", "REC", 2)
    add(_segments([(c, 9) for c in range(1, 9)]), "0", "E", "REC", 0)
    add(_segments([(12, r) for r in range(12, 17)] + [(12.05, 16.45)]), "0", "E", "REC", 0)
    add(_segments([(16, 10.5)] + [(c + 0.5, 10.5) for c in range(16, 23)]), "7", "C", "AVP", 4)
    add(_segments([(22, r) for r in range(4, 9)]), "7", "T", "TVX", 3)
    return routes


def _node_index(routes):
    nodes = {}
    for r in routes:
        for end in (r["a"], r["b"]):
            nodes.setdefault(end, f"ND{len(nodes) + 1:05d}")
    return nodes


SITES = [  # code, node position, v2 st_typelog, v2 st_typephy, name, avct, statut
    ("ST0001", (9, 6), "NRO", "SHE", "NRO Val-de-Démo", "E", "REC"),
    ("ST0002", (8.25, 8.22), "SRO", "ADR", "PM02 Centre", "C", "PRO"),
    ("ST0003", (20.0, 11.0), "SRO", "ADR", "PM03 Oliviers", "C", "AVP"),
]
RADIO = [  # code, position, anfr station, avct, statut, height
    ("SE0001", (12.05, 16.45), "0062990101", "E", "REC", 30.0),
    ("SE0002", (2.5, 16.5), "", "C", "AVP", 25.0),
]


def _rows():
    routes = route_plan()
    nodes = _node_index(routes)
    for _, pos, *_ in SITES + RADIO:
        nodes.setdefault(pos, f"ND{len(nodes) + 1:05d}")
    return routes, nodes


def _point(pos):
    return shapely.Point(xy(*pos))


def gracethd_v2() -> dict:
    """{table: (frame, geometry type or None)} in the GraceTHD v2 exchange format."""
    routes, nodes = _rows()
    cm_rows, cd_rows, link_rows = [], [], []
    for n, r in enumerate(routes, 1):
        code = f"CM{n:05d}"
        cm_rows.append({
            "cm_code": code, "cm_ndcode1": nodes[r["a"]], "cm_ndcode2": nodes[r["b"]],
            "cm_gest_do": "OR0004", "cm_prop_do": "OR0004", "cm_statut": r["statut"],
            "cm_etat": "OK", "cm_avct": r["avct"], "cm_typelog": "DI", "cm_typ_imp": r["imp"],
            "cm_nature": "TEL", "cm_compo": None, "cm_cddispo": None, "cm_mod_pos": "TRA",
            "cm_passage": "CHAU", "cm_fildtec": "f", "cm_mut_org": None,
            "cm_long": round(shapely.LineString([xy(*r["a"]), xy(*r["b"])]).length, 2),
            "geometry": shapely.LineString([xy(*r["a"]), xy(*r["b"])])})
        for d in range(r["ducts"]):
            cd = f"CD{n:05d}{d}"
            busy = d == 0 and r["avct"] == "E"  # the first duct of an existing route is used
            cd_rows.append({"cd_code": cd, "cd_cd_code": None, "cd_prop": RIP_OWNER,
                            "cd_gest": RIP_MANAGER, "cd_statut": r["statut"],
                            "cd_avct": r["avct"], "cd_type": "PVC", "cd_dia_int": 42,
                            "cd_dia_ext": 45, "cd_nbcable": 1 if busy else 0,
                            "cd_occup": 30 if busy else 0})
            link_rows.append({"dm_cd_code": cd, "dm_cm_code": code})
    nd_rows, pt_rows = [], []
    underground = {e for r in routes if r["imp"] == "7" for e in (r["a"], r["b"])}
    for pos, code in nodes.items():
        nd_rows.append({"nd_code": code, "nd_type": "PT", "nd_voie": None, "geometry": _point(pos)})
    for pos, code in nodes.items():
        if any(pos == s[1] for s in SITES + RADIO):
            continue
        chamber = pos in underground
        pt_rows.append({"pt_code": code.replace("ND", "PT"), "pt_nd_code": code,
                        "pt_prop": RIP_OWNER if chamber else "OR0002", "pt_gest": RIP_MANAGER,
                        "pt_statut": "REC", "pt_avct": "E", "pt_typephy": "C" if chamber else "A",
                        "pt_typelog": "T", "pt_nature": "L2T" if chamber else "PBOI",
                        "pt_secu": "f", "pt_a_passa": "t" if not chamber else "f"})
    st_rows = [{"st_code": c, "st_nd_code": nodes[p], "st_nom": name, "st_prop": RIP_OWNER,
                "st_gest": RIP_MANAGER, "st_statut": statut, "st_avct": avct, "st_typephy": phy,
                "st_typelog": log} for c, p, log, phy, name, avct, statut in SITES]
    se_rows = [{"se_code": c, "se_nd_code": nodes[p], "se_anfr": sta or None,
                "se_prop": RIP_OWNER, "se_statut": statut, "se_etat": "OK", "se_avct": avct,
                "se_type": "TEL", "se_haut": h} for c, p, sta, avct, statut, h in RADIO]
    for row in se_rows + st_rows:
        nd = next(n for n in nd_rows if n["nd_code"] == row.get("st_nd_code", row.get("se_nd_code")))
        nd["nd_type"] = "ST" if "st_code" in row else "SE"
    zones = _zones()
    return {
        "t_cheminement": (pd.DataFrame(cm_rows), "LineString"),
        "t_noeud": (pd.DataFrame(nd_rows), "Point"),
        "t_znro": (zones[0], "MultiPolygon"), "t_zsro": (zones[1], "MultiPolygon"),
        "t_conduite": (pd.DataFrame(cd_rows), None), "t_cond_chem": (pd.DataFrame(link_rows), None),
        "t_ptech": (pd.DataFrame(pt_rows), None), "t_sitetech": (pd.DataFrame(st_rows), None),
        "t_siteemission": (pd.DataFrame(se_rows), None),
        "t_organisme": (pd.DataFrame(ORGANISMES, columns=["or_code", "or_nom"]), None),
        "l_implantation_type": (value_list("implantation"), None),
        "l_avancement": (value_list("avancement"), None), "l_statut": (value_list("statut"), None),
    }


def value_list(name) -> pd.DataFrame:
    from scan_urba_plugin.core.standards import gracethd

    table = {"implantation": gracethd.IMPLANTATION, "avancement": gracethd.AVANCEMENT,
             "statut": gracethd.STATUT}[name]
    return pd.DataFrame({"code": list(table), "libelle": list(table.values()), "definition": ""})


def _zones():
    extent = commune_extent()
    west = shapely.box(X0, Y0, X0 + 12 * BLOCK, Y0 + ROWS * BLOCK)
    east = shapely.box(X0 + 12 * BLOCK, Y0, X0 + COLS * BLOCK, Y0 + ROWS * BLOCK)
    znro = pd.DataFrame([{"zn_code": "ZN0001", "zn_nd_code": None, "zn_nroref": "06999NRO01",
                          "geometry": shapely.MultiPolygon([extent])}])
    zsro = pd.DataFrame([{"zs_code": f"ZS000{i}", "zs_nd_code": None, "zs_zn_code": "ZN0001",
                          "zs_refpm": name, "geometry": shapely.MultiPolygon([g])}
                         for i, (name, g) in enumerate((("PM02", west), ("PM03", east)), 1)])
    return znro, zsro


def gracethd_v3() -> dict:
    """The same network in the GraceTHD v3 model (one GeoPackage)."""
    from scan_urba_plugin.core.inventory import v2_to_v3

    v2 = gracethd_v2()
    geometry = {name: gtype for name, (_, gtype) in v2.items()}
    v3 = v2_to_v3({name: frame for name, (frame, _) in v2.items()})
    v3["l_implantation"] = v3.pop("l_implantation_type")
    return {name: (frame, geometry.get(name)) for name, frame in v3.items()}


SUPPORTS = [  # sup_id, position, station, operator id, owner id, nature id, height
    ("9000001", (12.3, 9.3), "0062990001", "21", "21", "21", "35,5"),
    ("9000002", (12.8, 9.5), "0062990002", "27", "74", "23", "32,7"),
    ("9000003", (13.15, 9.05), "0062990003", "42", "42", "17", "18"),
    ("9000004", (12.05, 16.45), "0062990101", "4", "65", "24", "30"),
    ("9000005", (21.9, 1.2), "0062990201", "21", "72", "23", "40,2"),
    ("9000006", (2.5, 16.5), "0062990301", "27", "74", "21", "28"),
]
PLANNED_SUPPORT = "9000006"
# ADR_LB_LIEU (the lieu-dit) and ADR_LB_ADD1 (the street) of each support, as ANFR gives them
ADDRESSES = {"9000001": ("LES PLANS", "ROUTE DE LA COLLE"), "9000002": ("Les Plans", ""),
             "9000003": ("Les Plans", "Route de la Colle"), "9000004": ("Le Collet", "D2"),
             "9000005": ("La Baume", ""), "9000006": ("Bois des Adrets", "Chemin des Crêtes")}
OPERATORS = {"21": "ORANGE", "27": "SFR", "42": "FREE MOBILE", "4": "BOUYGUES TELECOM"}
TECHNOLOGIES = {"21": ["LTE 800", "GSM 900", "5G NR 3500"], "27": ["LTE 1800", "UMTS 2100"],
                "42": ["LTE 700", "5G NR 3500"], "4": ["LTE 800", "LTE 2600"]}


def dms(value):
    value = abs(value)
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = int(round((value - deg - minutes / 60) * 3600))
    if seconds == 60:
        minutes, seconds = minutes + 1, 0
    return deg, minutes, seconds


def anfr_files() -> dict:
    """{file name: text} of an ANFR export (data + reference tables), UTF-8 with CRLF."""
    to_wgs84 = transformer("EPSG:2154", "EPSG:4326")
    support = ["SUP_ID;STA_NM_ANFR;NAT_ID;COR_NB_DG_LAT;COR_NB_MN_LAT;COR_NB_SC_LAT;"
               "COR_CD_NS_LAT;COR_NB_DG_LON;COR_NB_MN_LON;COR_NB_SC_LON;COR_CD_EW_LON;"
               "SUP_NM_HAUT;TPO_ID;ADR_LB_LIEU;ADR_LB_ADD1;ADR_LB_ADD2;ADR_LB_ADD3;ADR_NM_CP;"
               "COM_CD_INSEE"]
    station = ["STA_NM_ANFR;ADM_ID;DEM_NM_COMSIS;DTE_IMPLANTATION;DTE_MODIF;DTE_EN_SERVICE"]
    emetteur = ["EMR_ID;EMR_LB_SYSTEME;STA_NM_ANFR;AER_ID;EMR_DT_SERVICE"]
    emr = 0
    for sup, pos, sta, op, owner, nature, height in SUPPORTS:
        lon, lat = to_wgs84.transform(*xy(*pos))
        la, lo = dms(lat), dms(lon)
        support.append(f"{sup};{sta};{nature};{la[0]};{la[1]};{la[2]};N;{lo[0]};{lo[1]};{lo[2]};"
                       f"E;{height};{owner};{';'.join(ADDRESSES[sup])};;;06999;06999")
        in_service = "" if sup == PLANNED_SUPPORT else "15/06/2019"  # accord ANFR, not built
        station.append(f"{sta};{op};{int(sup) % 100000};12/03/2019;01/02/2024;{in_service}")
        for tech in TECHNOLOGIES[op]:
            emr += 1
            emetteur.append(f"{emr};{tech};{sta};{emr};{in_service}")
    nature = ["NAT_ID;NAT_LB_NOM", "17;Bâtiment", "21;Pylône", "23;Pylône autostable",
              "24;Pylône haubané"]
    owner = ["TPO_ID;TPO_LB", "21;ORANGE", "42;FREE MOBILE", "65;ATC FRANCE", "72;HIVORY",
             "74;TOTEM"]
    exploitant = ["ADM_ID;ADM_LB_NOM"] + [f"{k};{v}" for k, v in OPERATORS.items()]
    crlf = lambda lines: "\r\n".join(lines) + "\r\n"  # noqa: E731
    return {"SUP_SUPPORT.txt": crlf(support), "SUP_STATION.txt": crlf(station),
            "SUP_EMETTEUR.txt": crlf(emetteur), "SUP_NATURE.txt": crlf(nature),
            "SUP_PROPRIETAIRE.txt": crlf(owner), "SUP_EXPLOITANT.txt": crlf(exploitant)}


WORKS = [  # id, owner, nature, path (grid units), start, end, declared, state
    ("TRV-2027-01", "Département des Alpes-Maritimes", "Voirie – création de la voie des Oliviers",
     [(16.5, 10.56), (21.0, 10.56)], "2027-03-01", "2027-09-30", "2026-11-02", "déclaré"),
    ("TRV-2027-02", "Syndicat intercommunal d'assainissement", "Assainissement eaux usées",
     [(22.05, 4.0), (22.05, 8.0)], "2027-02-01", "2027-06-30", "2026-10-15", "déclaré"),
    ("TRV-2027-03", "Commune de Val-de-Démo", "Requalification de voirie – route des Granges",
     [(0.0, 2.55), (5.5, 2.55)], "2027-04-01", "2027-07-31", "2026-11-16", "déclaré"),
    ("TRV-2027-04", "SDEG 06", "Effacement des réseaux aériens – chemin de l'Ouest",
     [(1.0, 9.04), (8.0, 9.04)], "2027-05-02", "2027-10-29", "2026-11-09", "programmé"),
    ("TRV-2027-05", "GRDF", "Gaz – extension de réseau",
     [(21.95, 0.5), (21.95, 4.0)], "2027-01-11", "2027-03-31", "2026-11-18", "déclaré"),
    ("TRV-2027-06", "SDEG 06", "Enfouissement ligne électrique du vallon",
     [(5.0, 15.34), (11.0, 15.34)], "2027-06-01", "2027-11-30", "2026-11-20", "programmé"),
    ("TRV-2027-07", "Régie des eaux", "Eau potable – renouvellement de conduite",
     [(15.5, 5.05), (19.5, 5.05)], "2027-02-15", "2027-05-31", "2026-11-10", "déclaré"),
]


def works() -> pd.DataFrame:
    """Planned works (the Scan Urba works schema, French field names as people write them)."""
    return pd.DataFrame([{
        "id_travaux": wid, "maitre_ouvrage": moa, "nature": nature, "date_debut": start,
        "date_fin": end, "date_declaration": declared, "etat": state,
        "geometry": shapely.MultiLineString([[xy(*p) for p in path]])}
        for wid, moa, nature, path, start, end, declared, state in WORKS])


def aerial_lines() -> pd.DataFrame:
    """Aerial lines from the energy syndicate's inventory (not in GraceTHD): neither carries
    telecom cables on its supports, which the inventory says (appuis communs: non)."""
    lines = [("LA-BT-01", "électricité BT", "ENEDIS", [(5.0, 15.3), (11.0, 15.3)]),
             ("LA-EP-01", "éclairage public", "Commune de Val-de-Démo", [(1.0, 2.5), (4.0, 2.5)])]
    return pd.DataFrame([{"code": code, "reseau": nature, "proprietaire": owner,
                          "appuis_communs": "non",
                          "geometry": shapely.MultiLineString([[xy(*p) for p in path]])}
                         for code, nature, owner, path in lines])


def rip_zoning() -> pd.DataFrame:
    return pd.DataFrame([{"zonage": "RIP", "operateur": "Délégataire THD 06",
                          "geometry": shapely.MultiPolygon([commune_extent()])}])


def scot_sectors() -> pd.DataFrame:
    """A SCOT DOO sector (L141-21) covering the closed 2AU zone and its surroundings."""
    return pd.DataFrame([{"secteur": "DOO-NUM-03", "libelle": "Secteur d'ouverture à "
                          "l'urbanisation conditionnée à des critères numériques renforcés",
                          "geometry": shapely.MultiPolygon([shapely.box(*xy(1.5, 10.5),
                                                                        *xy(6.5, 15.5))])}])

