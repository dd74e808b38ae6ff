"""Deterministic département-scale data, for benchmarks and scaling tests.

Communes are squares of 39 × 39 street blocks (100 m) laid side by side. In each, zones are
tiles of 3 × 3 blocks typed by distance to the commune centre (U, AUc/AUs, A, N); every zone
carries about two prescriptions. Routes follow the streets of the built-up area (existing
ducts, aerial routes, planned and under-construction routes); antenna supports are clustered;
works and aerial spans follow streets. Everything derives from one numpy seed.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

X0, Y0 = 960000.0, 6240000.0
BLOCK = 100.0
SIDE = 39  # blocks per commune side
TILE = 3  # blocks per zone side


@dataclass(frozen=True)
class Profile:
    communes: int
    routes_per_commune: int
    supports: int
    works: int
    aerial_spans: int


PROFILES = {
    "small": Profile(4, 1230, 25, 74, 491),
    "departement": Profile(163, 1230, 1023, 3000, 20000),
    "region": Profile(978, 1230, 6138, 18000, 120000),
}
OPERATORS = ["ORANGE", "SFR", "FREE MOBILE", "BOUYGUES TELECOM"]
NATURES = ["voirie", "eau", "assainissement", "electricite", "gaz", "eclairage", "telecom",
           "effacement"]


def commune_origins(n: int) -> np.ndarray:
    cols = int(np.ceil(np.sqrt(n)))
    idx = np.arange(n)
    return np.column_stack([X0 + (idx % cols) * SIDE * BLOCK, Y0 + (idx // cols) * SIDE * BLOCK])


def insee(i: int) -> str:
    return f"06{i + 1:03d}"


def zones(profile: Profile, rng) -> pd.DataFrame:
    origins = commune_origins(profile.communes)
    per_side = SIDE // TILE
    ti, tj = np.meshgrid(np.arange(per_side), np.arange(per_side), indexing="ij")
    ti, tj = ti.ravel(), tj.ravel()
    centre = (per_side - 1) / 2
    dist = np.maximum(np.abs(ti - centre), np.abs(tj - centre))
    rows = []
    for c, (ox, oy) in enumerate(origins):
        noise = rng.random(len(ti))
        tz = np.where(dist <= 2, "U", np.where(dist <= 3, np.where(noise < 0.7, "U", "AUc"),
                      np.where(dist <= 4, np.where(noise < 0.5, "AUc", "AUs"),
                               np.where(noise < 0.55, "A", "N"))))
        label = np.select([tz == "U", tz == "AUc", tz == "AUs", tz == "A"],
                          [np.where(dist <= 1, "UA", "UB"), "1AU", "2AU", "A"], "N")
        x0 = ox + ti * TILE * BLOCK
        y0 = oy + tj * TILE * BLOCK
        geoms = shapely.box(x0, y0, x0 + TILE * BLOCK, y0 + TILE * BLOCK)
        idurba = f"{insee(c)}_PLU_20250101"
        rows.append(pd.DataFrame({
            "LIB_IDZONE": [f"{idurba}_ZO{k}" for k in range(len(ti))], "LIBELLE": label,
            "LIBELONG": label, "TYPEZONE": tz, "NOMFIC": "reglement.pdf", "URLFIC": "",
            "IDURBA": idurba, "DATVALID": "20250101", "INSEE_COM": insee(c),
            "geometry": shapely.multipolygons(geoms, indices=np.arange(len(geoms)))}))
    return pd.concat(rows, ignore_index=True)


PRESCRIPTIONS = {  # typezone -> choices of (TYPEPSC, STYPEPSC, label)
    "U": [("47", "05", "Desserte par les réseaux de communications électroniques"),
          ("07", "01", "Patrimoine bâti à protéger"), ("15", "01", "Implantation"),
          ("05", "02", "Emplacement réservé aux ouvrages publics")],
    "AUc": [("27", "00", "Secteur d'aménagement numérique"),
            ("05", "01", "Emplacement réservé aux voies publiques"), ("49", "01", "Opération d'ensemble")],
    "AUs": [("05", "01", "Emplacement réservé aux voies publiques"), ("49", "01", "Opération d'ensemble")],
    "A": [("25", "00", "Continuité écologique"), ("07", "04", "Élément de paysage")],
    "N": [("01", "01", "Espace boisé classé"), ("25", "00", "Continuité écologique")],
}


def prescriptions(zone_frame: pd.DataFrame, rng) -> pd.DataFrame:
    """Two prescriptions per zone, three in U zones."""
    frames = []
    urban = zone_frame[zone_frame["TYPEZONE"] == "U"]
    for k, part in enumerate((zone_frame, zone_frame, urban)):
        frames.append(_prescriptions(part, rng, k))
    return pd.concat(frames, ignore_index=True)


def _prescriptions(zone_frame: pd.DataFrame, rng, k: int) -> pd.DataFrame:
    frames = []
    bounds = shapely.bounds(zone_frame["geometry"].to_numpy())
    for _ in range(1):
        fx = rng.uniform(0.05, 0.45, len(zone_frame))
        fy = rng.uniform(0.05, 0.45, len(zone_frame))
        size = rng.uniform(0.3, 0.5, len(zone_frame)) * TILE * BLOCK
        x0 = bounds[:, 0] + fx * TILE * BLOCK
        y0 = bounds[:, 1] + fy * TILE * BLOCK
        choice = [PRESCRIPTIONS[t][rng.integers(len(PRESCRIPTIONS[t]))]
                  for t in zone_frame["TYPEZONE"]]
        geoms = shapely.box(x0, y0, x0 + size, y0 + size)
        frames.append(pd.DataFrame({
            "LIB_IDPSC": [f"{i}_PS{k}_{n}" for n, i in enumerate(zone_frame["IDURBA"])],
            "LIBELLE": [c[2] for c in choice], "TXT": "", "TYPEPSC": [c[0] for c in choice],
            "STYPEPSC": [c[1] for c in choice], "NOMFIC": "", "URLFIC": "",
            "IDURBA": zone_frame["IDURBA"].to_numpy(), "DATVALID": "20250101",
            "geometry": shapely.multipolygons(geoms, indices=np.arange(len(geoms)))}))
    return pd.concat(frames, ignore_index=True)


def street_segments(profile: Profile, zone_frame: pd.DataFrame, rng) -> np.ndarray:
    """(n, 2, 2) coordinates of street segments: the built-up streets of each commune first."""
    origins = commune_origins(profile.communes)
    i, j = np.meshgrid(np.arange(SIDE), np.arange(SIDE + 1), indexing="ij")
    horiz = np.stack([np.stack([i, j], -1), np.stack([i + 1, j], -1)], 1).reshape(-1, 2, 2)
    vert = horiz[:, :, ::-1]
    grid = np.concatenate([horiz, vert]).astype(float)
    mid = grid.mean(axis=1)
    centre = SIDE / 2
    dist = np.max(np.abs(mid - centre), axis=1)
    order = np.argsort(dist + rng.random(len(dist)) * 2, kind="stable")
    chosen = grid[order[:profile.routes_per_commune]] * BLOCK
    per = [chosen + np.array([ox, oy]) for ox, oy in origins]
    return np.concatenate(per)


def routes(profile: Profile, segs: np.ndarray, rng) -> pd.DataFrame:
    n = len(segs)
    draw = rng.random(n)
    avct = np.select([draw < 0.60, draw < 0.85, draw < 0.95], ["E", "E", "C"], "T")
    imp = np.where((draw >= 0.60) & (draw < 0.85), "0", "7")
    statut = np.select([avct == "E", avct == "C"], ["REC", "AVP"], "TVX")
    return pd.DataFrame({"cm_code": [f"CM{k:07d}" for k in range(n)], "cm_avct": avct,
                         "cm_statut": statut, "cm_typ_imp": imp, "cm_nature": "TEL",
                         "geometry": shapely.linestrings(segs)})


def nodes(segs: np.ndarray) -> tuple[pd.DataFrame, np.ndarray]:
    ends = segs.reshape(-1, 2)
    unique, inverse = np.unique(np.round(ends, 2), axis=0, return_inverse=True)
    codes = np.array([f"ND{k:07d}" for k in range(len(unique))])
    frame = pd.DataFrame({"nd_code": codes, "nd_type": "PT",
                          "geometry": shapely.points(unique)})
    return frame, codes[inverse.reshape(-1, 2)]


def supports(profile: Profile, zone_frame: pd.DataFrame, rng) -> pd.DataFrame:
    urban = zone_frame[zone_frame["TYPEZONE"].isin(["U", "AUc"])]
    centres = shapely.centroid(urban["geometry"].to_numpy())
    n_clusters = max(1, profile.supports // 3)
    pick = rng.choice(len(centres), n_clusters, replace=False)
    cx, cy = shapely.get_x(centres[pick]), shapely.get_y(centres[pick])
    cluster = rng.integers(0, n_clusters, profile.supports)
    x = cx[cluster] + rng.normal(0, 40, profile.supports)
    y = cy[cluster] + rng.normal(0, 40, profile.supports)
    return pd.DataFrame({"sup_id": [str(9_000_000 + k) for k in range(profile.supports)],
                         "operator": rng.choice(OPERATORS, profile.supports),
                         "x": x, "y": y})


def works(profile: Profile, segs: np.ndarray, rng) -> pd.DataFrame:
    """Works of 3 to 8 consecutive street segments (a walk on the grid)."""
    start = rng.choice(len(segs), profile.works, replace=False)
    lengths = rng.integers(3, 9, profile.works)
    steps = np.array([[1, 0], [0, 1], [1, 0], [0, 1]]) * BLOCK
    lines = []
    for s, n in zip(start, lengths):
        p = segs[s, 0]
        pts = [p]
        for _ in range(n):
            p = p + steps[rng.integers(4)]
            pts.append(p)
        lines.append(shapely.LineString(np.array(pts) + [0, 4.0]))
    nature = rng.choice(NATURES, profile.works)
    start_day = rng.integers(30, 400, profile.works)
    decl = pd.Timestamp("2026-10-01") + pd.to_timedelta(rng.integers(0, 50, profile.works), "D")
    begin = pd.Timestamp("2026-11-22") + pd.to_timedelta(start_day, "D")
    return pd.DataFrame({"id_travaux": [f"TRV{k:05d}" for k in range(profile.works)],
                         "maitre_ouvrage": rng.choice(["Département", "Commune", "Syndicat des "
                                                       "eaux", "SDE", "GRDF"], profile.works),
                         "nature": nature, "date_debut": begin.strftime("%Y-%m-%d"),
                         "date_fin": (begin + pd.Timedelta(days=60)).strftime("%Y-%m-%d"),
                         "date_declaration": decl.strftime("%Y-%m-%d"), "etat": "déclaré",
                         "geometry": shapely.multilinestrings(lines, indices=np.arange(len(lines)))})


def aerial(profile: Profile, segs: np.ndarray, rng) -> pd.DataFrame:
    pick = rng.choice(len(segs), profile.aerial_spans, replace=False)
    lines = shapely.linestrings(segs[pick] + [0, -3.0])
    nature = rng.choice(["électricité BT", "éclairage public"], len(pick))
    owner = rng.choice(["ENEDIS", "Commune"], len(pick))
    # whether telecom cables ride the supports (appuis communs), drawn last: the draws above
    # keep their values
    telecom = rng.choice(["oui", "non"], len(pick))
    return pd.DataFrame({"code": [f"LA{k:06d}" for k in range(len(pick))], "reseau": nature,
                         "proprietaire": owner, "appuis_communs": telecom,
                         "operateur_telecom": np.where(telecom == "oui", "ORANGE", ""),
                         "geometry": shapely.multilinestrings(lines, indices=np.arange(len(lines)))})


def generate(profile_name: str, seed: int) -> dict:
    """All tables of a profile: {name: frame}, plus the route ends for GraceTHD."""
    profile = PROFILES[profile_name]
    rng = np.random.default_rng(seed)
    z = zones(profile, rng)
    p = prescriptions(z, rng)
    segs = street_segments(profile, z, rng)
    r = routes(profile, segs, rng)
    nd, ends = nodes(segs)
    r["cm_ndcode1"], r["cm_ndcode2"] = ends[:, 0], ends[:, 1]
    under = (r["cm_typ_imp"] == "7").to_numpy()
    duct_route = np.repeat(r["cm_code"].to_numpy()[under], 2)
    busy = np.tile([1, 0], under.sum())
    conduits = pd.DataFrame({"cd_code": [f"CD{k:08d}" for k in range(len(duct_route))],
                             "cd_cd_code": None, "cd_prop": "OR0001", "cd_gest": "OR0002",
                             "cd_statut": "REC", "cd_type": "PVC", "cd_nbcable": busy})
    links = pd.DataFrame({"dm_cd_code": conduits["cd_code"], "dm_cm_code": duct_route})
    sup = supports(profile, z, rng)
    w = works(profile, segs, rng)
    a = aerial(profile, segs, rng)
    communes = pd.DataFrame({"IDURBA": sorted(set(z["IDURBA"])),
                             "INSEE": [insee(c) for c in range(profile.communes)]})
    return {"zones": z, "prescriptions": p, "routes": r, "nodes": nd, "conduits": conduits,
            "links": links, "supports": sup, "works": w, "aerial": a, "communes": communes,
            "counts": json.dumps({"communes": profile.communes, "zones": len(z),
                                  "prescriptions": len(p), "routes": len(r),
                                  "supports": len(sup), "works": len(w), "aerial": len(a)})}
