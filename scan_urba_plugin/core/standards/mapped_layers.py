"""Layers with no national format, read through a field mapping: planned works (L49 CPCE
declarations), aerial lines to bury, RIP/AMII/AMEL zoning.

Planned-works schema (documented in the README):
  works_id, maitre_ouvrage*, nature*, date_debut*, date_fin, date_declaration, etat, geometry
  (* mandatory). Nature is one of NATURES; any line or polygon layer can be mapped onto it.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from ..errors import ScanUrbaError
from ..geometry import force_2d
from ..i18n import tr
from ..model import FindingList, RawLayer
from ..vocabulary import GeometryType, is_type
from .text_tables import fold, parse_date

NATURES = ("voirie", "eau", "assainissement", "electricite", "gaz", "eclairage", "telecom",
           "effacement")
# Keywords people write for each nature (folded: lower case, no accents).
NATURE_WORDS = [
    ("effacement", ("effacement", "enfouissement", "dissimulation", "mise en souterrain")),
    ("eclairage", ("eclairage", "luminaire", "candelabre")),
    ("assainissement", ("assainissement", "eaux usees", "eaux pluviales", "egout", "pluvial")),
    ("eau", ("eau potable", "aep", "adduction", "eau")),
    ("gaz", ("gaz", "grdf")),
    ("electricite", ("electri", "enedis", "hta", "basse tension", "rte", "erdf")),
    ("telecom", ("telecom", "fibre", "ftth", "orange", "numerique", "thd", "fourreau")),
    ("voirie", ("voirie", "chaussee", "route", "trottoir", "rue", "amenagement", "requalif")),
]
WORKS_FIELDS = {
    "works_id": ("works_id", "id", "identifiant", "id_travaux", "numero", "code"),
    "maitre_ouvrage": ("maitre_ouvrage", "maitre_ouv", "moa", "maitreouvrage", "mo",
                       "gestionnaire", "porteur"),
    "nature": ("nature", "nature_trav", "type", "type_trav", "reseau", "objet"),
    "date_debut": ("date_debut", "date_deb", "debut", "datedebut", "date_start", "start"),
    "date_fin": ("date_fin", "fin", "datefin", "date_end", "end"),
    "date_declaration": ("date_declaration", "date_decl", "declaration", "date_l49",
                         "date_publi", "date_publication"),
    "etat": ("etat", "statut", "state", "avancement"),
}
WORKS_MANDATORY = ("maitre_ouvrage", "nature", "date_debut")
AERIAL_FIELDS = {"line_id": ("line_id", "id", "identifiant", "code"),
                 "nature": ("nature", "reseau", "type", "nature_res"),
                 "owner": ("owner", "proprietaire", "gestionnaire", "exploitant", "prop"),
                 # an electricity or lighting line carries telecom cables on its supports
                 # (appuis communs, L2224-35 CGCT) only when the layer says so
                 "telecom": ("telecom", "porte_telecom", "appuis_communs", "appui_commun",
                             "cables_telecom"),
                 "telecom_operator": ("telecom_operator", "operateur_telecom", "op_telecom",
                                      "operateur")}
YES = {"oui", "o", "yes", "y", "true", "vrai", "1", "x"}
NO = {"non", "n", "no", "false", "faux", "0"}
ZONING_FIELDS = {"zone_type": ("zone_type", "type", "zonage", "type_zone", "categorie"),
                 "operator": ("operator", "operateur", "oi", "exploitant", "delegataire"),
                 "insee": ("insee", "code_insee", "insee_com", "code_commune", "codgeo")}


def load_mapping(path) -> dict:
    """A field mapping file: JSON {"target": "source field"} or lines ``target=source``."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = {}
        for n, line in enumerate(text.splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if "=" not in line:
                raise ScanUrbaError(tr("{path}, line {line}: expected “target=source field”.",
                                       path=path, line=n)) from None
            key, value = (p.strip() for p in line.split("=", 1))
            data[key] = value
    if not isinstance(data, dict):
        raise ScanUrbaError(tr("{path}: the mapping must be an object of target: source field.",
                               path=path))
    return {str(k): str(v) for k, v in data.items() if v}


def resolve_mapping(layer: RawLayer, fields: dict, mapping: dict | None,
                    mandatory=()) -> dict:
    """Target → source column, from the explicit mapping, else by usual names."""
    mapping = dict(mapping or {})
    columns = {fold(c): c for c in layer.frame.columns if c not in ("geometry", "fid")}
    unknown = [t for t in mapping if t not in fields]
    if unknown:
        raise ScanUrbaError(tr("Unknown target field(s) in the mapping: {fields}. Expected: "
                               "{expected}.", fields=", ".join(unknown),
                               expected=", ".join(fields)))
    out = {}
    for target, aliases in fields.items():
        if target in mapping:
            source = mapping[target]
            if source not in layer.frame.columns:
                raise ScanUrbaError(tr("Layer {layer}: field {source} (mapped to {target}) does "
                                       "not exist. Fields: {columns}.", layer=layer.name,
                                       source=source, target=target,
                                       columns=", ".join(columns.values())))
            out[target] = source
            continue
        for alias in aliases:
            if fold(alias) in columns:
                out[target] = columns[fold(alias)]
                break
    missing = [t for t in mandatory if t not in out]
    if missing:
        raise ScanUrbaError(tr("Layer {layer}: mandatory field(s) {missing} are not mapped. Map "
                               "them (e.g. {example}) among: {columns}.", layer=layer.name,
                               missing=", ".join(missing), example=f"{missing[0]}=<field>",
                               columns=", ".join(columns.values()) or "-"))
    return out


def classify_nature(value) -> str | None:
    """A works nature from what people write; keywords match whole words or word starts
    ("eau" matches "eaux" but not "réseau")."""
    text = fold(value)
    if not text:
        return None
    if text in NATURES:
        return text
    padded = f" {text} "
    for nature, words in NATURE_WORDS:
        if any(f" {w}" in padded for w in words):
            return nature
    return None


def _fids(layer):
    return layer.frame["fid"] if "fid" in layer.frame else pd.Series(np.arange(len(layer.frame)))


def _geometries(layer, findings, kinds=(GeometryType.LINESTRING, GeometryType.MULTILINESTRING,
                                         GeometryType.POLYGON, GeometryType.MULTIPOLYGON)):
    geoms = force_2d(layer.frame["geometry"].to_numpy()) if "geometry" in layer.frame \
        else np.full(len(layer.frame), None, dtype=object)
    bad = ~is_type(geoms, *kinds) | shapely.is_empty(geoms)
    for fid in _fids(layer)[bad]:
        findings.add("works.bad_geometry", "risque",
                     tr("The feature has no usable line or polygon geometry: it is ignored."),
                     layer.name, fid, "geometry")
    return geoms, ~bad


def normalise_works(layer: RawLayer, mapping: dict | None = None) -> tuple[pd.DataFrame, list]:
    """Planned works in the Scan Urba schema, with findings (bad dates, end before start…)."""
    findings = FindingList("L49 CPCE")
    cols = resolve_mapping(layer, WORKS_FIELDS, mapping, WORKS_MANDATORY)
    frame, fids = layer.frame, _fids(layer)
    get = lambda t: frame[cols[t]] if t in cols else pd.Series([None] * len(frame),  # noqa: E731
                                                                index=frame.index, dtype=object)
    geoms, usable = _geometries(layer, findings)
    dates = {}
    for target in ("date_debut", "date_fin", "date_declaration"):
        values, bad = parse_date(get(target))
        dates[target] = values
        for fid, raw in zip(fids[bad.to_numpy()], get(target)[bad]):
            findings.add("works.bad_date", "non_conformite",
                         tr("{field} = “{value}” is not a valid date.", field=cols[target],
                            value=raw), layer.name, fid, cols[target])
    backwards = (dates["date_fin"] < dates["date_debut"]).fillna(False).to_numpy()
    for fid in fids[backwards]:
        findings.add("works.end_before_start", "non_conformite",
                     tr("The works end before they start."), layer.name, fid, cols["date_fin"])
    nature = get("nature").map(classify_nature)
    for fid, raw in zip(fids[nature.isna().to_numpy()], get("nature")[nature.isna()]):
        findings.add("works.unknown_nature", "information",
                     tr("Nature “{value}” is not recognised: the works are kept as “autre”.",
                        value=raw), layer.name, fid, cols["nature"])
    ids = get("works_id").astype("string").fillna(pd.Series(fids.astype(str).values,
                                                            index=frame.index, dtype="string"))
    out = pd.DataFrame({
        "works_id": ids.values, "maitre_ouvrage": get("maitre_ouvrage").values,
        "nature": nature.fillna("autre").values, "nature_source": get("nature").values,
        "date_debut": dates["date_debut"].values, "date_fin": dates["date_fin"].values,
        "date_declaration": dates["date_declaration"].values, "etat": get("etat").values,
        "source_layer": layer.name, "source_id": fids.astype(str).values, "geometry": geoms})
    return out[usable].reset_index(drop=True), list(findings)


def normalise_aerial(layer: RawLayer, mapping: dict | None = None,
                     default_nature: str | None = None) -> tuple[pd.DataFrame, list]:
    """Aerial lines (telecom, electricity, lighting) with their owner, to bury in trenches;
    ``carries_telecom`` says whether telecom cables ride an electricity or lighting line's
    supports (1, 0, NaN: the layer does not say)."""
    findings = FindingList("L49 CPCE")
    cols = resolve_mapping(layer, AERIAL_FIELDS, mapping, () if default_nature else ("nature",))
    frame, fids = layer.frame, _fids(layer)
    geoms, usable = _geometries(layer, findings, (GeometryType.LINESTRING,
                                                   GeometryType.MULTILINESTRING))
    nature = frame[cols["nature"]].map(classify_nature) if "nature" in cols else \
        pd.Series(default_nature, index=frame.index)
    nature = nature.where(nature.isin(["telecom", "electricite", "eclairage"]), None)
    for fid in fids[nature.isna().to_numpy()]:
        findings.add("works.unknown_nature", "information",
                     tr("This line is neither telecom, electricity nor lighting: it is kept as "
                        "“autre”."), layer.name, fid, cols.get("nature"))
    telecom = _carries_telecom(frame, cols, nature)
    unstated = (nature.isin(["electricite", "eclairage"]).to_numpy() & np.isnan(telecom))[usable]
    if unstated.any():
        findings.add("works.appuis_communs_inconnus", "information", tr(
            "{n} electricity or lighting line(s) do not say whether telecom cables ride their "
            "supports: no telecom burial need is drawn from them.", n=int(unstated.sum())),
            layer.name, field=cols.get("telecom"), suggestion=tr(
                "Map a field telling whether telecom cables ride the supports (telecom=<field>, "
                "oui/non) and the telecom operator (telecom_operator=<field>)."))
    out = pd.DataFrame({
        "line_id": (frame[cols["line_id"]].astype(str) if "line_id" in cols
                    else fids.astype(str)).values,
        "nature": nature.fillna("autre").values,
        "owner": frame[cols["owner"]].values if "owner" in cols else None,
        "carries_telecom": telecom,
        "telecom_operator": frame[cols["telecom_operator"]].values
        if "telecom_operator" in cols else None,
        "source_layer": layer.name, "geometry": geoms})
    return out[usable].reset_index(drop=True), list(findings)


def _carries_telecom(frame, cols, nature) -> np.ndarray:
    """1 for telecom lines; for the others what the layer's field says (1 or 0), else NaN."""
    out = np.where((nature == "telecom").to_numpy(), 1.0, np.nan)
    if "telecom" in cols:
        said = frame[cols["telecom"]].map(fold)
        out = np.where(said.isin(YES).to_numpy(), 1.0, np.where(said.isin(NO).to_numpy(), 0.0,
                                                                   out))
        out[(nature == "telecom").to_numpy()] = 1.0
    return out


def aerial_from_routes(routes: pd.DataFrame) -> pd.DataFrame:
    """GraceTHD aerial routes as aerial lines; ``nature`` says what carries them: the
    electricity-distribution poles (implantation 1) or the telecom operator's own (0)."""
    aerial = routes[routes["aerial"]]
    on_power = (aerial["implantation"].astype(str) == "1").to_numpy()
    return pd.DataFrame({"line_id": aerial["route_id"].values,
                         "nature": np.where(on_power, "electricite", "telecom"),
                         "owner": aerial["owner"].values, "carries_telecom": 1.0,
                         "telecom_operator": aerial["owner"].values,
                         "source_layer": "t_cheminement",
                         "geometry": aerial["geometry"].values})


ZONE_TYPES = {"rip": "RIP", "reseau d initiative publique": "RIP", "zip": "RIP", "amii": "AMII",
              "amel": "AMEL", "ztd": "ZTD", "zone tres dense": "ZTD", "prive": "AMII"}


def normalise_rip_zoning(layer: RawLayer, mapping: dict | None = None) -> tuple[pd.DataFrame, list]:
    """Public-initiative versus private areas (RIP / AMII / AMEL / ZTD) from any polygons."""
    findings = FindingList("L49 CPCE")
    cols = resolve_mapping(layer, ZONING_FIELDS, mapping, ("zone_type",))
    frame, fids = layer.frame, _fids(layer)
    geoms, usable = _geometries(layer, findings, (GeometryType.POLYGON, GeometryType.MULTIPOLYGON))
    folded = frame[cols["zone_type"]].map(fold)
    kind = folded.map(lambda t: next((v for k, v in ZONE_TYPES.items() if k == t or k in t.split()),
                                     None))
    for fid, raw in zip(fids[kind.isna().to_numpy()], frame.loc[kind.isna(), cols["zone_type"]]):
        findings.add("works.unknown_zone_type", "information",
                     tr("Zone type “{value}” is not RIP, AMII, AMEL or ZTD.", value=raw),
                     layer.name, fid, cols["zone_type"])
    out = pd.DataFrame({"zone_type": kind.fillna("autre").values,
                        "operator": frame[cols["operator"]].values if "operator" in cols else None,
                        # the commune of each area, when given: serving is said per commune
                        "insee": frame[cols["insee"]].astype(str).values if "insee" in cols
                        else None, "geometry": geoms})
    return out[usable].reset_index(drop=True), list(findings)
