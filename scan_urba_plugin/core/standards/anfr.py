"""The ANFR and ARCEP files. Antenna sites ("points hauts"): ANFR "installations
radioélectriques de plus de 5 W" and ARCEP "Mon réseau mobile" sites, as one table of
supports in Lambert-93; and ARCEP's building-level FTTH states (read_arcep_buildings).

ANFR: SUP_SUPPORT has one row per (support, station); coordinates are WGS84 degrees,
minutes, seconds with N/S and E/W; heights use a decimal comma; identifiers, postcodes and
INSEE codes keep their leading zeros. Files come with or without a header, in UTF-8 or
latin-1, with CRLF.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from .. import french
from ..errors import ScanUrbaError
from ..crs import wgs84_to_lambert93
from ..i18n import listed, tr
from ..model import FindingList
from ..parallel import Background
from .text_tables import parse_bool, parse_decimal, read_delimited, read_xy_table

SUPPORT_COLUMNS = ["SUP_ID", "STA_NM_ANFR", "NAT_ID", "COR_NB_DG_LAT", "COR_NB_MN_LAT",
                   "COR_NB_SC_LAT", "COR_CD_NS_LAT", "COR_NB_DG_LON", "COR_NB_MN_LON",
                   "COR_NB_SC_LON", "COR_CD_EW_LON", "SUP_NM_HAUT", "TPO_ID", "ADR_LB_LIEU",
                   "ADR_LB_ADD1", "ADR_LB_ADD2", "ADR_LB_ADD3", "ADR_NM_CP", "COM_CD_INSEE"]
STATION_COLUMNS = ["STA_NM_ANFR", "ADM_ID", "DEM_NM_COMSIS", "DTE_IMPLANTATION", "DTE_MODIF",
                   "DTE_EN_SERVICE"]
EMETTEUR_COLUMNS = ["EMR_ID", "EMR_LB_SYSTEME", "STA_NM_ANFR", "AER_ID", "EMR_DT_SERVICE"]
REFERENCES = {"SUP_NATURE": ["NAT_ID", "NAT_LB_NOM"], "SUP_PROPRIETAIRE": ["TPO_ID", "TPO_LB"],
              "SUP_EXPLOITANT": ["ADM_ID", "ADM_LB_NOM"]}
INTEGER_FIELDS = ["SUP_ID", "NAT_ID", "COR_NB_DG_LAT", "COR_NB_MN_LAT", "COR_NB_DG_LON",
                  "COR_NB_MN_LON", "TPO_ID"]
# Metropolitan France and Corsica, generously: beyond this a support cannot be in Lambert-93.
METROPOLE = (-5.8, 41.0, 10.0, 51.5)
SITE_COLUMNS = ["sup_id", "stations", "operators", "technologies", "owner", "nature",
                "nature_id", "height_m", "lieu", "address", "postcode", "insee", "lon", "lat",
                "zone_blanche", "new_deal", "planned", "source", "geometry"]


def find_file(folder: Path, table: str) -> Path | None:
    for path in sorted(folder.glob("*")):
        if path.is_file() and path.stem.upper().startswith(table) \
                and path.suffix.lower() in (".txt", ".csv"):
            return path
    return None


def dms_to_degrees(deg, minutes, seconds, hemisphere, negative) -> pd.Series:
    value = deg + minutes / 60.0 + seconds / 3600.0
    return value.where(hemisphere.str.upper() != negative, -value)


def read_anfr(path, reference_folder=None) -> tuple[pd.DataFrame, list]:
    """Supports (one row per SUP_ID) and data-quality findings.

    ``path`` is SUP_SUPPORT itself or the folder of the data export; the reference tables
    (SUP_NATURE, SUP_PROPRIETAIRE, SUP_EXPLOITANT) are looked up there and in
    ``reference_folder``.
    """
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    support_file = find_file(path, "SUP_SUPPORT") if path.is_dir() else path
    if support_file is None or not support_file.exists():
        raise ScanUrbaError(tr("No SUP_SUPPORT file in {path}.", path=path))
    findings = FindingList("ANFR")
    layer = support_file.name
    raw, info = read_delimited(support_file, ";", SUPPORT_COLUMNS)
    if raw.shape[1] < len(SUPPORT_COLUMNS):
        missing = [c for c in SUPPORT_COLUMNS if c not in raw.columns]
        raise ScanUrbaError(tr("{path}: columns {columns} are missing.", path=support_file,
                               columns=", ".join(missing)))
    raw = raw.rename(columns=str.upper)
    line_offset = 2 if info["header"] else 1
    raw["line"] = np.arange(len(raw)) + line_offset
    for line in info["short_lines"]:
        findings.add("anfr.truncated_line", "risque",
                     tr("Line {line} has fewer fields than the ANFR format: the missing ones "
                        "are read as empty.", line=line), layer, line)
    for col in INTEGER_FIELDS + ["COR_NB_SC_LAT", "COR_NB_SC_LON"]:
        values, bad = parse_decimal(raw[col])
        raw[col + "_NUM"] = values
        for line, value in zip(raw.loc[bad, "line"], raw.loc[bad, col]):
            findings.add("anfr.bad_number", "non_conformite",
                         tr("Field {field} holds “{value}”, not a number.", field=col,
                            value=value), layer, line, col)
    raw["SUP_NM_HAUT_NUM"], bad_height = parse_decimal(raw["SUP_NM_HAUT"])
    for line, value in zip(raw.loc[bad_height, "line"], raw.loc[bad_height, "SUP_NM_HAUT"]):
        findings.add("anfr.bad_number", "non_conformite",
                     tr("Field {field} holds “{value}”, not a number.", field="SUP_NM_HAUT",
                        value=value), layer, line, "SUP_NM_HAUT")
    lat = dms_to_degrees(raw["COR_NB_DG_LAT_NUM"], raw["COR_NB_MN_LAT_NUM"],
                         raw["COR_NB_SC_LAT_NUM"], raw["COR_CD_NS_LAT"].fillna(""), "S")
    lon = dms_to_degrees(raw["COR_NB_DG_LON_NUM"], raw["COR_NB_MN_LON_NUM"],
                         raw["COR_NB_SC_LON_NUM"], raw["COR_CD_EW_LON"].fillna(""), "W")
    impossible = lat.isna() | lon.isna() | (raw["COR_NB_MN_LAT_NUM"] >= 60) | \
        (raw["COR_NB_SC_LAT_NUM"] >= 60) | (raw["COR_NB_MN_LON_NUM"] >= 60) | \
        (raw["COR_NB_SC_LON_NUM"] >= 60) | ~raw["COR_CD_NS_LAT"].fillna("").str.upper() \
        .isin(["N", "S"]) | ~raw["COR_CD_EW_LON"].fillna("").str.upper().isin(["E", "W"])
    outside = ~impossible & ~((lon >= METROPOLE[0]) & (lat >= METROPOLE[1])
                              & (lon <= METROPOLE[2]) & (lat <= METROPOLE[3]))
    for line, sup in zip(raw.loc[impossible, "line"], raw.loc[impossible, "SUP_ID"]):
        findings.add("anfr.bad_coordinates", "non_conformite",
                     tr("Support {sup}: its coordinates are impossible; it cannot be placed.",
                        sup=sup), layer, line, "COR_NB_DG_LAT")
    for line, sup in zip(raw.loc[outside, "line"], raw.loc[outside, "SUP_ID"]):
        findings.add("anfr.outside_france", "risque",
                     tr("Support {sup} lies outside metropolitan France: it is not placed in "
                        "Lambert-93.", sup=sup), layer, line, "COR_NB_DG_LON")
    no_id = raw["SUP_ID_NUM"].isna()
    for line in raw.loc[no_id & raw["SUP_ID"].isna(), "line"]:
        findings.add("anfr.missing_id", "non_conformite",
                     tr("Line {line} has no SUP_ID: it is ignored.", line=line), layer, line,
                     "SUP_ID")
    raw = raw[raw["SUP_ID"].notna()].copy()
    raw["lat"], raw["lon"] = lat[raw.index], lon[raw.index]
    raw["placed"] = ~(impossible | outside)[raw.index]
    refs = {name: _reference(name, [folder, Path(reference_folder)] if reference_folder
                             else [folder]) for name in REFERENCES}
    stations = _stations(folder, refs["SUP_EXPLOITANT"])
    sites = _supports(raw, refs, stations)
    return sites, list(findings)


def _reference(name, folders) -> dict:
    for folder in folders:
        path = find_file(Path(folder), name)
        if path is not None:
            frame, _ = read_delimited(path, ";", REFERENCES[name])
            key, label = frame.columns[:2]
            return dict(zip(frame[key].astype(str), frame[label]))
    return {}


def _stations(folder, operators) -> pd.DataFrame:
    """Per station: operator name and technologies (from SUP_STATION / SUP_EMETTEUR)."""
    out = pd.DataFrame(columns=["STA_NM_ANFR", "operator", "technologies", "in_service"])
    station_file = find_file(folder, "SUP_STATION")
    if station_file is not None:
        st, _ = read_delimited(station_file, ";", STATION_COLUMNS)
        st = st.rename(columns=str.upper)
        out = pd.DataFrame({"STA_NM_ANFR": st["STA_NM_ANFR"],
                            "operator": st["ADM_ID"].astype(str).map(operators)
                            .fillna(st["ADM_ID"]), "technologies": None,
                            "in_service": st["DTE_EN_SERVICE"].notna()})
    emr_file = find_file(folder, "SUP_EMETTEUR")
    if emr_file is not None:
        em, _ = read_delimited(emr_file, ";", EMETTEUR_COLUMNS)
        em = em.rename(columns=str.upper)
        tech = em.groupby("STA_NM_ANFR")["EMR_LB_SYSTEME"].agg(
            lambda s: " ; ".join(sorted(set(s.dropna()))))
        # a station whose emitters are dated in service is in service, whatever
        # DTE_EN_SERVICE says (the export often leaves it empty)
        dated = em["EMR_DT_SERVICE"].notna().groupby(em["STA_NM_ANFR"]).any()
        if len(out):
            out["technologies"] = out["STA_NM_ANFR"].map(tech)
            out["in_service"] = out["in_service"].astype(bool) | \
                out["STA_NM_ANFR"].map(dated).fillna(False).astype(bool)
        else:
            out = pd.DataFrame({"STA_NM_ANFR": tech.index, "operator": None,
                                "technologies": tech.values, "in_service": pd.NA})
    return out.drop_duplicates("STA_NM_ANFR")


def _join(values) -> str:
    return " ; ".join(sorted({str(v) for v in values if v is not None and v == v and str(v)}))


def _supports(raw, refs, stations) -> pd.DataFrame:
    raw = raw.merge(stations, on="STA_NM_ANFR", how="left") if len(stations) else \
        raw.assign(operator=None, technologies=None, in_service=pd.NA)
    grouped = raw.groupby("SUP_ID", sort=False)
    first = grouped.first()
    agg = grouped.agg(stations=("STA_NM_ANFR", _join), operators=("operator", _join),
                      technologies=("technologies", _join),
                      # planned: known stations, none of them in service yet
                      planned=("in_service", lambda s: bool(len(s.dropna()))
                               and not s.dropna().astype(bool).any()))
    x, y = wgs84_to_lambert93(first["lon"].to_numpy(), first["lat"].to_numpy())
    geoms = shapely.points(x, y)
    geoms[~first["placed"].to_numpy(dtype=bool)] = None
    address = first[["ADR_LB_ADD1", "ADR_LB_ADD2", "ADR_LB_ADD3"]] \
        .apply(lambda r: ", ".join(v for v in r if v), axis=1)
    nat = first["NAT_ID"].astype("string")
    tpo = first["TPO_ID"].astype("string")
    sites = pd.DataFrame({
        "sup_id": first.index.astype(str), "stations": agg["stations"].values,
        "operators": agg["operators"].values, "technologies": agg["technologies"].values,
        "owner": tpo.map(refs["SUP_PROPRIETAIRE"]).fillna(tpo).values,
        "nature": nat.map(refs["SUP_NATURE"]).fillna(nat).values, "nature_id": nat.values,
        "height_m": first["SUP_NM_HAUT_NUM"].values, "lieu": first["ADR_LB_LIEU"].values,
        "address": address.values,
        "postcode": first["ADR_NM_CP"].values, "insee": first["COM_CD_INSEE"].values,
        "lon": first["lon"].values, "lat": first["lat"].values,
        "zone_blanche": pd.array([pd.NA] * len(first), dtype="boolean"),
        "new_deal": pd.array([pd.NA] * len(first), dtype="boolean"),
        "planned": agg["planned"].values, "source": "anfr", "geometry": geoms})
    return sites.reset_index(drop=True)[SITE_COLUMNS]


# --- a support as a French urbanist names it -----------------------------------------------
# natures that tell nothing (SUP_NATURE « Sans nature », « Support non décrit », placeholders)
UNDESCRIBED = re.compile(r"^(?:sans nature|support non d[ée]crit|x+|\d*)$", re.I)
# natures that are the support itself (masculine in French: « le pylône … », « le mât … »)
MASTS = re.compile(r"^(?:pyl[oô]ne|m[aâ]t|f[uû]t)\b", re.I)
# the first word of a street, as ANFR addresses write it (abbreviated or not) → in full
STREETS = {"rue": "rue", "r": "rue", "chemin": "chemin", "chem": "chemin", "ch": "chemin",
           "avenue": "avenue", "av": "avenue", "ave": "avenue", "boulevard": "boulevard",
           "bd": "boulevard", "bld": "boulevard", "route": "route", "rte": "route",
           "impasse": "impasse", "imp": "impasse", "allée": "allée", "allee": "allée",
           "all": "allée", "place": "place", "pl": "place", "quai": "quai", "cours": "cours",
           "voie": "voie", "sentier": "sentier", "montée": "montée", "traverse": "traverse",
           "lotissement": "lotissement", "square": "square", "passage": "passage",
           "rond-point": "rond-point", "esplanade": "esplanade", "promenade": "promenade",
           "piste": "piste", "zone": "zone", "za": "ZA", "zi": "ZI", "zac": "ZAC"}
QUALIFIERS = {"rural", "communal", "vicinal", "forestier", "départemental", "departemental"}
HOUSE_NUMBER = re.compile(r"^(\d+\s*(?:bis|ter)?)\s*,?\s*(.*)$", re.I)
ROAD = re.compile(r"^(?:(r?d)|(r?n))\s*(\d+[a-z]?)$", re.I)
SMALL_WORDS = {"de", "des", "du", "la", "le", "les", "et", "à", "aux", "au", "sur", "en", "sous"}
SHORT_WORDS = {"rue", "val", "bas", "mas", "col", "pic", "lac", "mat", "pin", "gua", "bel"}
LIEU_DIT = re.compile(r"^lieu[- ]?dit\s*:?\s*", re.I)


def _cased(text: str) -> str:
    """« BOULEVARD JAVREZAC » → « Boulevard Javrezac », « ATC FRANCE » → « ATC France »
    (text in capitals only: a short word without two vowels is an acronym); mixed case is
    kept."""
    if text != text.upper():
        return text
    words = []
    for i, word in enumerate(text.split()):
        low = word.lower()
        if low in SMALL_WORDS:
            words.append(low if i else low.capitalize())
        elif len(word) <= 3 and word.isalpha() and low not in SHORT_WORDS and \
                sum(c in "aeiouyéèê" for c in low) < 2:
            words.append(word)   # SFR, TDF, ATC
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return re.sub(r"\b([DdLl])'(\w)", lambda m: m.group(1).lower() + "'" + m.group(2).upper(),
                  " ".join(words))


def _street(part: str) -> str:
    """« 9 rue de la Merlie », « chemin rural n° 13 », « RD 2 » from an ANFR address line
    (« 9 RUE DE LA MERLIE », « chem rural n° 13 », « D2 »); empty when it is no street."""
    part = _cased(part)
    road = ROAD.match(part)
    if road:
        return f"{'RD' if road.group(1) else 'RN'} {road.group(3).upper()}"
    number, rest = HOUSE_NUMBER.match(part).groups() if HOUSE_NUMBER.match(part) else ("", part)
    first, _, tail = rest.partition(" ")
    kind = STREETS.get(first.lower().rstrip("."))
    if kind is None or not tail:
        return ""
    word, _, rest = tail.partition(" ")
    if word.lower() in QUALIFIERS:   # « chemin rural n° 13 », never « chemin Rural »
        tail = " ".join(v for v in (word.lower(), rest) if v)
    return " ".join(v for v in (number.strip(), kind, tail) if v)


def place_words(lieu, address="") -> str:
    """Where a support stands, from ANFR's ADR_LB_LIEU (``lieu``) and its address lines
    (ADR_LB_ADD1-3, ``address``, joined by « , »): the street as a sentence writes it
    (« chemin de la Côte Vieille », « 9 rue de la Merlie »), then the lieu-dit (« lieu-dit La
    Range »); the first address line stands for the lieu-dit when neither is given. Empty when
    the export gives nothing."""
    lines = [v.strip() for v in ("" if french.missing(address) else str(address)).split(",")
             if v.strip()]
    # « 46, av des Ternes »: a house number alone belongs to the line after it
    merged = []
    for line in lines:
        if merged and re.fullmatch(r"\d+\s*(?:bis|ter)?", merged[-1], re.I):
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    lieu = "" if french.missing(lieu) else LIEU_DIT.sub("", str(lieu).strip())
    streets = [_street(v) for v in [lieu] + merged if v]
    street = next((v for v in streets if v), "")
    if not lieu or _street(lieu):
        lieu = "" if street else next((v for v in merged if not _street(v)), "")
    place = [street] if street else []
    if lieu:
        place.append(tr("lieu-dit {name}", name=_cased(LIEU_DIT.sub("", lieu))))
    return ", ".join(place)


def nature_words(nature) -> str:
    """« pylône autostable », « château d'eau »; empty when SUP_NATURE says nothing."""
    text = "" if french.missing(nature) else str(nature).strip()
    text = re.sub(r"\s*\(.*\)$", "", text).split(" - ")[0].strip()
    if UNDESCRIBED.match(text):
        return ""
    text = _cased(text)
    return text[:1].lower() + text[1:] if not text[:2].isupper() else text


def planned_supports(antennas) -> np.ndarray:
    """Whether each support is planned (known stations, none in service): the one status
    every rule and note gives a support (« projeté », never among the existing sites)."""
    if antennas is None or not len(antennas) or "planned" not in antennas:
        return np.zeros(0 if antennas is None else len(antennas), dtype=bool)
    return antennas["planned"].fillna(False).astype(bool).to_numpy()


def operator_words(names) -> str:
    """« ORANGE ; SFR » → « Orange, SFR »."""
    text = "" if french.missing(names) else str(names)
    parts = [_cased(p.strip()) for p in text.split(";") if p.strip()]
    return ", ".join(dict.fromkeys(parts))


def designation(row, operators=False, owner=False, status=False) -> str:
    """A support named as a French urbanist writes it: its nature, height and place, the
    ANFR number last, in parentheses, for Cartoradio: « le pylône autostable de 32,7 m situé
    chemin des Crêtes, lieu-dit Les Adrets (n° de support ANFR 9000002) ». ``operators`` /
    ``owner`` add who runs it / who owns it (« … situé lieu-dit La Baume et exploité par
    Orange (…) »). ``status``: a planned support says so (« le pylône de 28 m projeté chemin
    des Crêtes »), where the sentence does not. ``row``: a row of read_anfr's sites (a
    Series or a dict)."""
    nature = nature_words(row.get("nature"))
    height = row.get("height_m")
    height = "" if french.missing(height) or not float(height) else \
        french.metres(height, 0 if float(height).is_integer() else 1)
    if nature and MASTS.match(nature):
        text = tr("the {nature} of {height}", nature=nature, height=height) if height \
            else tr("the {nature}", nature=nature)
    elif nature or height:
        text = tr("the antenna support ({details})",
                  details=", ".join(v for v in (nature, height) if v))
    else:
        text = tr("the antenna support")
    place = place_words(row.get("lieu"), row.get("address"))
    who = operator_words(row.get("operators")) if operators else ""
    holder = operator_words(row.get("owner")) if owner else ""
    flag = row.get("planned")
    planned = status and not french.missing(flag) and bool(flag)
    located = tr("planned {place}", place=place) if planned else \
        tr("located {place}", place=place)
    phrases = [located if place else tr("planned") if planned else "",
               tr("operated by {operators}", operators=who) if who else "",
               tr("belonging to {owner}", owner=holder) if holder and holder != who else ""]
    phrases = [v for v in phrases if v]
    if phrases:
        text += " " + listed(phrases)
    sup = row.get("sup_id")
    if not french.missing(sup) and str(sup):
        text = tr("{support} (ANFR support no. {sup})", support=text, sup=sup)
    return text


def capital(text: str) -> str:
    """A sentence's first letter in capitals: « Le pylône … »."""
    return text[:1].upper() + text[1:]


ARCEP_COLUMNS = ["code_op", "nom_op", "num_site", "id_site_partage", "id_station_anfr", "x", "y"]


def antenna_tables_job(anfr_path, reference_folder=None, arcep_path=None) -> Background:
    """antenna_tables in a forked worker, at a lower priority: its result is needed only
    once QGIS has read the network (computed in place when nothing is given)."""
    return Background(lambda: antenna_tables(anfr_path, reference_folder, arcep_path),
                      parallel=bool(anfr_path or arcep_path), yielding=True)


def antenna_tables(anfr_path, reference_folder=None, arcep_path=None) -> list:
    """ANFR supports and ARCEP sites: [(input, path, table, sites, findings)] (what is given)."""
    out = []
    if anfr_path:
        out.append(("anfr", anfr_path, "SUP_SUPPORT",
                    *read_anfr(anfr_path, reference_folder or None)))
    if arcep_path:
        out.append(("arcep", arcep_path, "sites", *read_arcep_sites(arcep_path)))
    return out


def read_arcep_sites(path) -> tuple[pd.DataFrame, list]:
    """ARCEP "Mon réseau mobile" sites: Lambert-93 x/y, ANFR link, zone blanche / New Deal."""
    frame, x, y, bad = read_xy_table(path, ";", ARCEP_COLUMNS)
    findings = FindingList("ANFR")
    for line, site in zip(np.flatnonzero(bad) + 2, frame.loc[bad, "num_site"]):
        findings.add("anfr.bad_coordinates", "non_conformite",
                     tr("Support {sup}: its coordinates are impossible; it cannot be placed.",
                        sup=site), Path(path).name, line, "x")
    geoms = shapely.points(x.fillna(0).to_numpy(), y.fillna(0).to_numpy())
    geoms[bad] = None
    key = frame["id_site_partage"].fillna(frame["num_site"])
    sites = pd.DataFrame({
        "sup_id": key, "stations": frame["id_station_anfr"], "operators": frame["nom_op"],
        "technologies": frame.apply(lambda r: _join(g for g in ("2G", "3G", "4G", "5G")
                                                    if r.get(f"site_{g.lower()}") == "1"), axis=1),
        "owner": None, "nature": None, "nature_id": None, "height_m": np.nan, "lieu": None,
        "address": None,
        "postcode": None, "insee": frame.get("insee_com"), "lon": np.nan, "lat": np.nan,
        "zone_blanche": parse_bool(frame.get("site_zb", pd.Series(index=frame.index, dtype=object))).values,
        "new_deal": parse_bool(frame.get("site_dcc", pd.Series(index=frame.index, dtype=object))).values,
        "planned": False, "source": "arcep", "geometry": geoms})
    merged = sites.groupby("sup_id", sort=False).agg({
        **{c: "first" for c in SITE_COLUMNS if c not in ("sup_id",)},
        "operators": _join, "stations": _join})
    return merged.reset_index()[SITE_COLUMNS], list(findings)


def read_arcep_buildings(path) -> tuple[pd.DataFrame, list]:
    """ARCEP building-level FTTH state (imb_id, imb_etat, pm_ref…) as Lambert-93 points.

    x/y are WGS84 degrees in the published files; values above 1000 are taken as Lambert-93.
    """
    text_sep = ";" if ";" in Path(path).read_text(encoding="latin-1")[:2000] else ","
    frame, x, y, bad = read_xy_table(path, text_sep, ("x", "y", "imb_id", "imb_etat"))
    findings = FindingList("L49 CPCE")
    for line in np.flatnonzero(bad) + 2:
        findings.add("works.bad_coordinates", "non_conformite",
                     tr("Line {line}: the coordinates cannot be read.", line=line),
                     Path(path).name, line, "x")
    degrees = (x.abs() < 1000).fillna(False).to_numpy(dtype=bool)
    px, py = x.to_numpy().copy(), y.to_numpy().copy()
    if degrees.any():
        px[degrees], py[degrees] = wgs84_to_lambert93(px[degrees], py[degrees])
    geoms = shapely.points(np.nan_to_num(px), np.nan_to_num(py))
    geoms[bad] = None
    out = pd.DataFrame({"imb_id": frame["imb_id"], "imb_etat": frame["imb_etat"],
                        "pm_ref": frame.get("pm_ref"), "insee": frame.get("code_insee"),
                        "geometry": geoms})
    return out[~bad].reset_index(drop=True), list(findings)
