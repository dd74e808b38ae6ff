"""GraceTHD-MCD (v2.x exchange format, v2 in a database, v3 GeoPackage) → one duct-network model.

Routes (t_cheminement) carry implantation, progress, phase, owner, manager and duct counts
(v2: t_conduite through t_cond_chem; v3: cm_compo and t_cab_chem) and whether they carry a
cable (v2: t_cab_cond → t_cond_chem; v3: t_cab_chem). Technical sites, chambers
and radio sites have no geometry of their own: they are placed through t_noeud.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from ..geometry import force_2d
from ..i18n import tr
from ..model import FindingList, RawLayer
from ..parallel import MIN_ITEMS, Background
from ..vocabulary import AERIAL, EXISTING, PLANNED, TO_BUILD, UNDER_WORKS
from .text_tables import map_distinct, parse_bool, plain_ascii, read_delimited

STANDARD = "GraceTHD-MCD"
# l_implantation_type (v2) = l_implantation (v3)
IMPLANTATION = {"0": "AERIEN TELECOM", "1": "AERIEN ENERGIE", "2": "FACADE", "3": "IMMEUBLE",
                "4": "PLEINE TERRE", "5": "CANIVEAU", "6": "GALERIE", "7": "CONDUITE",
                "8": "EGOUT", "9": "SPECIFIQUE"}
AVANCEMENT = {"E": "EXISTANT", "C": "A CREER", "T": "TRAVAUX", "S": "EN SERVICE",
              "H": "HORS SERVICE", "A": "ABANDONNE"}
STATUT = {"PRE": "ETUDE PRELIMINAIRE", "DIA": "ETUDE DE DIAGNOSTIC", "AVP": "AVANT-PROJET",
          "PRO": "PROJET", "ACT": "PASSATION DES MARCHES DE TRAVAUX", "EXE": "ETUDE D EXECUTION",
          "TVX": "TRAVAUX", "REC": "RECOLEMENT", "MCO": "MAINTIENT EN CONDITIONS OPERATIONNELLES"}
# Progress of a route: from cm_avct when given, else from the MOP phase (cm_statut).
PROGRESS_FROM_AVCT = {"E": EXISTING, "S": EXISTING, "C": TO_BUILD, "T": UNDER_WORKS,
                      "H": "hors_service", "A": "abandonne"}
PROGRESS_FROM_STATUT = {"PRE": TO_BUILD, "DIA": TO_BUILD, "AVP": TO_BUILD, "PRO": TO_BUILD,
                        "ACT": TO_BUILD, "EXE": TO_BUILD, "TVX": UNDER_WORKS,
                        "REC": EXISTING, "MCO": EXISTING}
ROUTE_COLUMNS = ["route_id", "implantation", "implantation_label", "aerial", "progress",
                 "avancement", "statut", "owner", "manager", "n_ducts", "n_free", "length_m",
                 "porte_cable", "node1", "node2", "geometry"]


@dataclass
class Network:
    version: str
    routes: pd.DataFrame
    sites: pd.DataFrame
    ptech: pd.DataFrame
    radio_sites: pd.DataFrame
    zones: pd.DataFrame
    findings: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    extent: tuple | None = None  # the routes' whole rectangle, when read only near the plan

    def planned_routes(self) -> pd.DataFrame:
        return self.routes[self.routes["progress"].isin(PLANNED)]

    def existing_routes(self) -> pd.DataFrame:
        return self.routes[self.routes["progress"] == EXISTING]


def read_csv_tables(folder) -> dict[str, RawLayer]:
    """The `;` CSV tables of a GraceTHD v2 exchange folder (t_*.csv and l_*.csv)."""
    out = {}
    for path in sorted(Path(folder).glob("*.csv")):
        frame, info = read_delimited(path, sep=";")
        frame["fid"] = np.arange(1, len(frame) + 1)  # CSV line order, header excluded
        out[path.stem.lower()] = RawLayer(path.stem.lower(), frame, source=str(path),
                                          spatial=False, field_types={"_encoding": info["encoding"]})
    return out


def detect_version(tables: dict) -> str:
    if "t_cab_chem" in tables or "t_site" in tables or "t_tranchee" in tables:
        return "GraceTHD v3"
    return "GraceTHD v2"


def _frame(tables, name) -> pd.DataFrame | None:
    layer = tables.get(name)
    if layer is None:
        return None
    # columns renamed (or fid added) on a shallow copy: nothing here writes into the
    # tables' own columns, and a deep copy of a département's tables each time cost seconds
    frame = layer.frame.copy(deep=False)
    frame.columns = [c if c in ("geometry", "fid") else c.lower() for c in frame.columns]
    if "fid" not in frame:
        frame["fid"] = np.arange(len(frame))
    return frame


_TRAILING_ZEROS = re.compile(r"\.0+$")


def _code(value):
    """A code as text: stripped, empty → None, and without the ``.0`` a DBF number adds."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    if not text:
        return None
    return _TRAILING_ZEROS.sub("", text) if text[-1] == "0" and "." in text else text


_DBF_NUMBER = re.compile(r"\.0+(?:\n|$)")  # a value ending like a DBF number's "12.0"


def _clean_text(values: np.ndarray):
    """_code of each value when the column is clean text (the usual case), checked in
    C-level passes over the whole column; None when some value needs _code itself."""
    if pd.api.types.infer_dtype(values, skipna=True) != "string":
        return None
    missing = pd.isna(values)
    joined = "\n".join(values[~missing] if missing.any() else values)
    if plain_ascii(joined) and not _DBF_NUMBER.search(joined):  # the CSV reader's, say
        out = values.copy()
        out[missing] = None
        return out
    text = [v.strip() if type(v) is str else None for v in values]
    if "" in text or _DBF_NUMBER.search("\n".join(filter(None, text))):
        return None
    return np.array(text, dtype=object)


def _col(frame, name) -> pd.Series:
    if frame is None or name not in frame:
        return pd.Series([None] * (0 if frame is None else len(frame)), dtype=object,
                         index=None if frame is None else frame.index)
    values = frame[name].to_numpy(dtype=object)
    codes = _clean_text(values)
    if codes is None:  # numbers from a DBF, blanks: once per distinct value
        codes = map_distinct(values, _code)
    return pd.Series(codes, index=frame.index, dtype="string")


def _require(findings, frame, table, columns) -> bool:
    missing = [c for c in columns if frame is None or c not in frame]
    for c in missing:
        findings.add("gracethd.missing_field", "non_conformite",
                     tr("Table {table} has no field {field}.", table=table, field=c), table,
                     field=c)
    return not missing


def _value_list(tables, name, default) -> dict:
    frame = _frame(tables, name)
    if frame is None or "code" not in frame:
        return dict(default)
    return dict(zip(_col(frame, "code"), _col(frame, "libelle").fillna("")))


def _orphans(findings, frame, table, fk, target_ids, target_table, values=None):
    values = _col(frame, fk) if values is None else values
    # an array for isin: iterating a pandas string Series into a set costs seconds
    targets = target_ids.dropna().to_numpy(dtype=object) if isinstance(target_ids, pd.Series) \
        else np.asarray(list(target_ids), dtype=object)
    bad = values.notna() & ~values.isin(targets)
    for fid, value in zip(frame.loc[bad, "fid"], values[bad]):
        findings.add("gracethd.orphan_fk", "non_conformite",
                     tr("{field} = {value} points to no row of {target}.", field=fk, value=value,
                        target=target_table), table, fid, fk)
    return bad


def _unknown_codes(findings, frame, table, column, allowed: dict, values=None):
    values = _col(frame, column) if values is None else values
    bad = values.notna() & ~values.isin(set(allowed))
    for fid, value in zip(frame.loc[bad, "fid"], values[bad]):
        findings.add("gracethd.unknown_code", "non_conformite",
                     tr("Code {value} of {field} is not in the GraceTHD value list.",
                        value=value, field=column), table, fid, column)


def parse_compo(text) -> int | None:
    """Number of ducts in a v3 cm_compo such as {"PVC_45":3,"PEHD_40":6} (quotes lenient)."""
    if text is None or text is pd.NA or not str(text).strip():
        return None
    cleaned = re.sub(r"[“”„''‘’]", '"', str(text))
    try:
        return int(sum(int(v) for v in json.loads(cleaned).values()))
    except (ValueError, AttributeError, TypeError):
        numbers = re.findall(r":\s*(\d+)", cleaned)
        return sum(int(n) for n in numbers) if numbers else None


def normalise_gracethd(tables: dict[str, RawLayer], links=None) -> Network:
    """Build the duct-network model from GraceTHD tables (keys: table names, any case);
    ``links``: route_links already computed (linked_tables), else computed here."""
    tables = _hanging_on_read_part({k.lower().split(".")[-1]: v for k, v in tables.items()})
    version = detect_version(tables)
    findings = FindingList(STANDARD)
    organismes = _organismes(tables)
    nodes = _frame(tables, "t_noeud")
    node_geom = {}
    if nodes is not None and _require(findings, nodes, "t_noeud", ["nd_code", "geometry"]):
        node_geom = dict(zip(_col(nodes, "nd_code"), force_2d(nodes["geometry"].to_numpy())))
    routes = _routes(tables, version, findings, organismes, node_geom, links)
    sites, ptech, radio = _sites(tables, version, findings, organismes, node_geom)
    zones = _zones(tables)
    counts = {name: int(len(layer.frame)) for name, layer in tables.items()
              if name.startswith("t_")}
    cm = tables.get("t_cheminement")
    return Network(version, routes, sites, ptech, radio, zones, list(findings), counts,
                   cm.extent if cm is not None else None)


# Tables without geometry that hang on a route or a node, by the column naming it.
ON_ROUTES = (("t_cond_chem", "dm_cm_code"), ("t_cab_chem", "cc_cm_code"))
ON_NODES = (("t_sitetech", "st_nd_code"), ("t_site", "st_nd_code"),
            ("t_siteemission", "se_nd_code"), ("t_ptech", "pt_nd_code"))


def _partial(layer) -> bool:
    return layer is not None and layer.read_within is not None


def _rows_on(tables, table, column, codes) -> None:
    """Keep the rows of ``table`` whose ``column`` is one of ``codes`` (in place)."""
    frame = _frame(tables, table)
    if frame is None or column not in frame:
        return
    keep = _col(frame, column).isin(codes).to_numpy(dtype=bool)
    raw = tables[table]
    tables[table] = replace(raw, frame=raw.frame[keep].reset_index(drop=True))


def _hanging_on_read_part(tables: dict) -> dict:
    """When the routes or the nodes were read only near the plan (a département's network
    read for one commune), the rows of the other tables that hang on them: the links,
    conduits and sites of the routes and nodes read. The others belong to routes and nodes
    elsewhere; checked against the part read, they would all be reported as orphans."""
    tables = dict(tables)
    cm, nd = tables.get("t_cheminement"), tables.get("t_noeud")
    if _partial(cm) and "cm_code" in _frame(tables, "t_cheminement"):
        routes = _col(_frame(tables, "t_cheminement"), "cm_code").dropna().to_numpy(dtype=object)
        for table, column in ON_ROUTES:
            _rows_on(tables, table, column, routes)
        links = _frame(tables, "t_cond_chem")
        if links is not None and "dm_cd_code" in links and "t_conduite" in tables:
            ducts = _col(links, "dm_cd_code").dropna().to_numpy(dtype=object)
            cd = _frame(tables, "t_conduite")
            keep = _col(cd, "cd_code").isin(ducts) | _col(cd, "cd_cd_code").isin(ducts)
            raw = tables["t_conduite"]
            tables["t_conduite"] = replace(raw, frame=raw.frame[keep.to_numpy(dtype=bool)]
                                           .reset_index(drop=True))
            kept = _col(_frame(tables, "t_conduite"), "cd_code").dropna().to_numpy(dtype=object)
            _rows_on(tables, "t_cab_cond", "cc_cd_code", kept)
    if _partial(nd) and "nd_code" in _frame(tables, "t_noeud"):
        nodes = _col(_frame(tables, "t_noeud"), "nd_code").dropna().to_numpy(dtype=object)
        for table, column in ON_NODES:
            _rows_on(tables, table, column, nodes)
    return tables


def read_part_keys(tables: dict) -> dict:
    """Of the routes and nodes read only near the plan, their code column alone (a few
    columns travel to the worker reading the CSV tables, not a whole layer); {} when both
    were read whole."""
    out = {}
    for table, column in (("t_cheminement", "cm_code"), ("t_noeud", "nd_code")):
        layer = tables.get(table)
        if _partial(layer):
            names = [c for c in layer.frame.columns if str(c).lower() == column]
            out[table] = replace(layer, frame=layer.frame[names])
    return out


def csv_tables_job(folder, links: bool = True) -> Background:
    """The CSV tables of a v2 exchange ``folder`` read in a forked worker. The worker waits
    midway for what QGIS read meanwhile (shapefile_keys), keeps the rows hanging on it
    (hanging_rows_only) and, with ``links``, computes what the link tables say of each
    route (route_links): the link tables, a département's 600,000 rows, then never travel
    back. Result: linked_tables'."""
    return Background(lambda receive: linked_tables(read_csv_tables(folder), receive, links),
                      later=True)


def shapefile_keys(layers: dict) -> tuple:
    """What the CSV worker needs of the tables read with geometry: their names (the version
    depends on them), read_part_keys, and the routes' code columns with their index (the
    links come back aligned on it)."""
    cm = layers.get("t_cheminement")
    if cm is not None:
        names = [c for c in cm.frame.columns if str(c).lower() in ("cm_code", "cm_compo", "fid")]
        cm = replace(cm, frame=cm.frame[names])
    return sorted(layers), read_part_keys(layers), cm


def linked_tables(csv_tables: dict, receive, links: bool = True) -> tuple[dict, tuple | None]:
    """(csv_tables without the rows hanging on unread routes and nodes, route_links), from
    receive() = shapefile_keys; with ``links``, the link tables come back emptied of their
    columns (their rows still counted). Without, (the tables whole, None).

    What the link tables say before the routes are known (link_facts) is computed while
    QGIS still reads them; it is computed again when only part of them was read (fewer
    rows hang on them)."""
    if not links:
        return hanging_rows_only(csv_tables, receive()[1]), None
    csv_version = detect_version(csv_tables)
    facts = link_facts(csv_tables, csv_version)
    names, read_part, cm = receive()
    tables = hanging_rows_only(csv_tables, read_part)
    every = {**dict.fromkeys(names), **tables, "t_cheminement": cm}
    version = detect_version(every)
    if read_part or version != csv_version:
        facts = None
    found = route_links(every, version, facts) if cm is not None else None
    return {name: replace(layer, frame=layer.frame.iloc[:, :0]) if name in LINK_TABLES
            else layer for name, layer in tables.items()}, found


def hanging_rows_only(csv_tables: dict, read_part: dict) -> dict:
    """The CSV tables without the rows that hang on routes and nodes left unread
    (_hanging_on_read_part, done where the CSV tables were read: only the rows kept travel
    back). ``read_part``: read_part_keys of the tables read with geometry."""
    if not read_part:
        return csv_tables
    kept = _hanging_on_read_part({**csv_tables, **read_part})
    return {name: kept[name] for name in csv_tables}


def _ends_read(tables, cm, geoms) -> pd.Series:
    """The routes whose end nodes were read: all of them, or when the nodes were read only
    near the plan, the routes lying inside the rectangle read."""
    nd = tables.get("t_noeud")
    if not _partial(nd):
        return pd.Series(True, index=cm.index)
    x0, y0, x1, y1 = nd.read_within
    with np.errstate(invalid="ignore"):
        b = shapely.bounds(geoms)
        inside = (b[:, 0] >= x0) & (b[:, 1] >= y0) & (b[:, 2] <= x1) & (b[:, 3] <= y1)
    return pd.Series(inside, index=cm.index)


def _organismes(tables) -> dict:
    frame = _frame(tables, "t_organisme")
    if frame is None or "or_code" not in frame:
        return {}
    return dict(zip(_col(frame, "or_code"), _col(frame, "or_nom")))


# the tables that link routes to ducts and cables (read in _links)
LINK_TABLES = frozenset({"t_cond_chem", "t_conduite", "t_cab_chem", "t_cab_cond", "t_cable"})


def _routes(tables, version, findings, organismes, node_geom, links=None) -> pd.DataFrame:
    cm = _frame(tables, "t_cheminement")
    if cm is None or not _require(findings, cm, "t_cheminement", ["cm_code", "geometry"]):
        if cm is None:
            findings.add("gracethd.missing_table", "non_conformite",
                         tr("Table t_cheminement is absent: no route can be read."),
                         "t_cheminement")
        return pd.DataFrame(columns=ROUTE_COLUMNS)
    ids = _col(cm, "cm_code")
    dup = _repeated(ids)
    for fid, value in zip(cm.loc[dup, "fid"], ids[dup]):
        findings.add("gracethd.duplicate_id", "non_conformite",
                     tr("Identifier {value} of {field} is used by several features.",
                        value=value, field="cm_code"), "t_cheminement", fid, "cm_code")
    cm, ids = cm[~dup], ids[~dup]
    if links is not None:  # computed where the CSV tables were read (linked_tables)
        return _route_columns(tables, findings, organismes, node_geom, cm, ids, lambda: links)
    # what the link tables say of each route, in a forked worker while the routes' own
    # columns are checked: a département has 300,000 links, half of the routes' reading
    big = sum(len(tables[name].frame) for name in LINK_TABLES.intersection(tables)) >= MIN_ITEMS
    with Background(lambda: _links(tables, version, cm, ids), parallel=big) as links_job:
        return _route_columns(tables, findings, organismes, node_geom, cm, ids,
                              links_job.result)


def route_links(tables, version, facts: LinkFacts | None = None):
    """_links of the routes of t_cheminement, repeated identifiers left out as _routes does
    (None when the table has no cm_code column)."""
    cm = _frame(tables, "t_cheminement")
    if cm is None or "cm_code" not in cm:
        return None
    ids = _col(cm, "cm_code")
    keep = ~_repeated(ids)
    return _links(tables, version, cm[keep], ids[keep], facts)


def _repeated(ids: pd.Series) -> pd.Series:
    """The routes whose code an earlier route already bears (reported, then left out)."""
    return ids.notna() & ids.duplicated(keep="first")


def _links(tables, version, cm, ids, facts=None):
    """((ducts, busy ducts, duct owner, duct manager, carries a cable) aligned on cm, the
    findings of the link tables). ``facts``: link_facts of the same tables, computed before
    the routes were known."""
    facts = facts or link_facts(tables, version)
    found = FindingList(STANDARD)
    found.extend(facts.duct_findings)
    ducts = _ducts(tables, version, found, cm, ids, facts)
    found.extend(facts.cable_findings)
    carries = ids.isin(facts.cabled) if facts.cabled is not None \
        else pd.Series(False, index=ids.index)
    return (*ducts, carries), list(found)


def _route_columns(tables, findings, organismes, node_geom, cm, ids, links) -> pd.DataFrame:
    geoms = force_2d(cm["geometry"].to_numpy())
    _geometry_findings(findings, cm, geoms, "t_cheminement")
    implantation = _value_list(tables, "l_implantation_type",
                               _value_list(tables, "l_implantation", IMPLANTATION))
    avancement = _value_list(tables, "l_avancement", AVANCEMENT)
    statut_list = _value_list(tables, "l_statut", STATUT)
    # each column cleaned once (a région has a million routes)
    imp, avct, statut = _col(cm, "cm_typ_imp"), _col(cm, "cm_avct"), _col(cm, "cm_statut")
    for column, allowed, values in (("cm_typ_imp", implantation, imp),
                                    ("cm_avct", avancement, avct),
                                    ("cm_statut", statut_list, statut)):
        _unknown_codes(findings, cm, "t_cheminement", column, allowed, values)
    ends = {fk: _col(cm, fk) for fk in ("cm_ndcode1", "cm_ndcode2")}
    if node_geom:
        read = _ends_read(tables, cm, geoms)
        for fk, values in ends.items():
            _orphans(findings, cm[read], "t_cheminement", fk, node_geom.keys(), "t_noeud",
                     values[read])
    from_avct = avct.map(PROGRESS_FROM_AVCT)
    from_statut = statut.map(PROGRESS_FROM_STATUT)
    progress = from_avct.fillna(from_statut).fillna("inconnu")
    _progress_fallbacks(findings, from_avct.isna(), from_statut.notna())
    (n_ducts, n_busy, owner, manager, carries), link_findings = links()
    findings.extend(link_findings)  # after the routes' own, as when computed in line
    owner = owner.fillna(_col(cm, "cm_prop")).fillna(_col(cm, "cm_prop_do"))
    manager = manager.fillna(_col(cm, "cm_gest")).fillna(_col(cm, "cm_gest_do"))
    # Free ducts: counted from the conduits when the route has some (the detailed source);
    # the route's own cm_cddispo only when it has none (a DBF cannot even store it as NULL).
    dispo = pd.to_numeric(_col(cm, "cm_cddispo"), errors="coerce")
    n_free = (n_ducts - n_busy).clip(lower=0).where(n_ducts > 0, dispo).fillna(0)
    out = pd.DataFrame({
        "route_id": ids, "implantation": imp,
        "implantation_label": imp.map(implantation).fillna(""),
        "aerial": imp.isin(AERIAL).fillna(False).astype(bool),
        "progress": progress, "avancement": avct, "statut": statut,
        "owner": owner.map(organismes).fillna(owner),
        "manager": manager.map(organismes).fillna(manager),
        "n_ducts": n_ducts.astype("Int64"), "n_free": n_free.round().astype("Int64"),
        "length_m": shapely.length(geoms),
        "porte_cable": carries.to_numpy(dtype=bool),
        "node1": ends["cm_ndcode1"],
        "node2": ends["cm_ndcode2"], "geometry": geoms,
    })
    if "cm_fildtec" in cm:
        out["detection_wire"] = parse_bool(cm["cm_fildtec"]).values
    return out.reset_index(drop=True)


@dataclass
class LinkFacts:
    """What the link tables say before the routes are known (the CSV worker computes them
    while QGIS still reads the routes): their findings, in the order _links reports them,
    and what is then looked up per route."""

    duct_findings: list = field(default_factory=list)  # missing fields, links to no conduit
    links: tuple | None = None  # v2: t_cond_chem, its route and conduit codes, its orphans
    conduits: pd.DataFrame | None = None  # v2: t_conduite, its codes cleaned
    per_route: pd.DataFrame | None = None  # v2: _per_route of the links to a conduit
    cable_findings: list = field(default_factory=list)
    cabled: np.ndarray | None = None  # codes of the routes carrying a cable (None: unknown)


def link_facts(tables, version) -> LinkFacts:
    """What the link tables say before the routes are known (v2 conduits and their links;
    for either version, the routes carrying a cable)."""
    facts = LinkFacts()
    found = FindingList(STANDARD)
    cd, link = _frame(tables, "t_conduite"), _frame(tables, "t_cond_chem")
    if version != "GraceTHD v3" and cd is not None and link is not None \
            and _require(found, cd, "t_conduite", ["cd_code"]) \
            and _require(found, link, "t_cond_chem", ["dm_cd_code", "dm_cm_code"]):
        cd_ids, link_cd, link_cm = _col(cd, "cd_code"), _col(link, "dm_cd_code"), \
            _col(link, "dm_cm_code")
        bad_cd = _orphans(found, link, "t_cond_chem", "dm_cd_code", cd_ids, "t_conduite",
                          link_cd)
        facts.links, facts.conduits = (link, link_cm, link_cd, bad_cd), cd.assign(cd_code=cd_ids)
        # sub-tubes are inside a duct, not extra ducts
        top = facts.conduits[_col(facts.conduits, "cd_cd_code").isna()]
        occupied = (pd.to_numeric(_col(top, "cd_nbcable"), errors="coerce").fillna(0) > 0) | \
            (pd.to_numeric(_col(top, "cd_occup"), errors="coerce").fillna(0) > 0)
        top = top.assign(busy=occupied.astype(int))
        if not {"cd_prop", "cd_gest"} <= set(top.columns):
            top = top.assign(cd_prop=None, cd_gest=None)
        # per route code, whatever the routes: a link to no route only adds a code that
        # no route bears, which the lookup by route then passes over
        facts.per_route = _per_route(link_cm[~bad_cd], link_cd[~bad_cd], top)
    facts.duct_findings = list(found)
    found = FindingList(STANDARD)
    facts.cabled = _cabled(tables, version, found)
    facts.cable_findings = list(found)
    return facts


def _ducts(tables, version, findings, cm, ids, facts: LinkFacts):
    """(ducts per route, busy ducts per route, duct owner, duct manager) aligned on cm."""
    zeros = pd.Series(0, index=cm.index, dtype="int64")
    none = pd.Series([None] * len(cm), index=cm.index, dtype=object)
    if version == "GraceTHD v3":
        n = _col(cm, "cm_compo").map(parse_compo)
        cab = _frame(tables, "t_cab_chem")
        busy = zeros.copy()
        if cab is not None and "cc_cm_code" in cab:
            _orphans(findings, cab, "t_cab_chem", "cc_cm_code", ids, "t_cheminement")
            per_route = _col(cab, "cc_cm_code").value_counts()
            busy = ids.map(per_route).fillna(0).astype("int64")
        return pd.to_numeric(n, errors="coerce").fillna(0), busy, none, none
    if facts.links is None:
        return zeros.astype(float), zeros, none, none
    link, link_cm, link_cd, bad_cd = facts.links
    bad_cm = _orphans(findings, link, "t_cond_chem", "dm_cm_code", ids, "t_cheminement",
                      link_cm)
    ok = ~(bad_cd | bad_cm)
    cd = facts.conduits
    unattached = ~cd["cd_code"].isin(link_cd[ok].dropna().to_numpy(dtype=object))
    for fid, code in zip(cd.loc[unattached, "fid"], cd.loc[unattached, "cd_code"]):
        findings.add("gracethd.conduit_without_route", "information",
                     tr("Conduit {code} lies on no route (no t_cond_chem row).", code=code),
                     "t_conduite", fid, "cd_code")
    found = facts.per_route.reindex(ids.to_numpy(dtype=object)).set_axis(ids.index)
    return (found["n"].fillna(0).astype(float), found["busy"].fillna(0), found["owner"],
            found["manager"])


def _per_route(link_cm: pd.Series, link_cd: pd.Series, top: pd.DataFrame) -> pd.DataFrame:
    """Per route code (index): its top-level ducts (n), the busy ones, the first duct's owner
    and manager (ducts of a route share them in practice). Links are looked up in the ducts
    by position, not merged: a département has 300,000 of each, and a merge of pandas
    strings took most of the time; repeated duct codes keep the merge, which repeats rows."""
    codes = pd.Index(top["cd_code"].to_numpy(dtype=object))
    if not codes.is_unique:
        joined = pd.DataFrame({"cm": link_cm, "cd": link_cd}).merge(
            top[["cd_code", "busy", "cd_prop", "cd_gest"]], left_on="cd", right_on="cd_code")
        return joined.groupby("cm").agg(n=("cd", "count"), busy=("busy", "sum"),
                                        owner=("cd_prop", "first"),
                                        manager=("cd_gest", "first"))
    where = codes.get_indexer(link_cd.to_numpy(dtype=object))
    found = where >= 0
    cm = link_cm.to_numpy(dtype=object)[found]
    where = where[found]
    route, names = pd.factorize(cm)
    out = pd.DataFrame({"n": np.bincount(route, minlength=len(names)),
                        "busy": np.bincount(route, minlength=len(names),
                                            weights=top["busy"].to_numpy()[where])
                        .astype(np.int64)},
                       index=pd.Index(names, dtype=object, name="cm"))
    for column, name in (("cd_prop", "owner"), ("cd_gest", "manager")):
        values = top[column].to_numpy(dtype=object)[where]
        named = np.flatnonzero(pd.notna(values))  # groupby's first: the first not missing
        first_of, at = np.unique(route[named], return_index=True)
        column_out = np.full(len(names), None, dtype=object)
        column_out[first_of] = values[named[at]]
        out[name] = column_out
    return out


def _cabled(tables, version, findings) -> np.ndarray | None:
    """The codes of the routes carrying at least one cable, from the link tables (v3
    t_cab_chem; v2 t_cab_cond → t_cond_chem, a sub-tube standing for its duct); None where
    the data says nothing: an unknown status never counts as a cable. Links to no cable of
    t_cable or to no conduit are reported and left out."""
    if version == "GraceTHD v3":
        link, table, on = _frame(tables, "t_cab_chem"), "t_cab_chem", "cc_cm_code"
    else:
        link, table, on = _frame(tables, "t_cab_cond"), "t_cab_cond", "cc_cd_code"
    route_link = _frame(tables, "t_cond_chem")
    if link is None or on not in link or (version != "GraceTHD v3" and (
            route_link is None or not {"dm_cd_code", "dm_cm_code"} <= set(route_link))):
        return None
    keep = pd.Series(True, index=link.index)
    cables = _frame(tables, "t_cable")
    if cables is not None and "cb_code" in cables and "cc_cb_code" in link:
        keep &= ~_orphans(findings, link, table, "cc_cb_code", _col(cables, "cb_code"), "t_cable")
    targets = _col(link, on)[keep].dropna()
    if version != "GraceTHD v3":  # v3 orphans of cc_cm_code are reported with the ducts
        conduits = _frame(tables, "t_conduite")
        if conduits is not None and "cd_code" in conduits:
            cd_ids = _col(conduits, "cd_code")
            bad = _orphans(findings, link, table, on, cd_ids, "t_conduite")
            targets = _col(link, on)[keep & ~bad].dropna()
            parent = dict(zip(cd_ids, _col(conduits, "cd_cd_code")))
            parents = targets.map(parent).dropna()
            if len(parents):  # an empty one would change the dtype in a later pandas
                targets = pd.concat([targets, parents])
        on_route = _col(route_link, "dm_cd_code").isin(targets.to_numpy(dtype=object))
        targets = _col(route_link, "dm_cm_code")[on_route].dropna()
    return targets.to_numpy(dtype=object)


def _geometry_findings(findings, frame, geoms, table):
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    for fid in frame.loc[missing, "fid"]:
        findings.add("gracethd.empty_geometry", "non_conformite",
                     tr("The geometry is empty or null."), table, fid, "geometry")
    invalid = ~missing & ~shapely.is_valid(geoms)
    for fid, g in zip(frame.loc[invalid, "fid"], geoms[invalid]):
        findings.add("gracethd.invalid_geometry", "non_conformite",
                     tr("Invalid geometry: {reason}.", reason=shapely.is_valid_reason(g)),
                     table, fid, "geometry", g)


def _placed(findings, frame, table, node_fk, node_geom):
    """Geometry of rows placed through their node; orphans are reported."""
    if frame is None:
        return None
    if not _require(findings, frame, table, [node_fk]):
        return None
    _orphans(findings, frame, table, node_fk, node_geom.keys(), "t_noeud")
    return _col(frame, node_fk).map(node_geom)


def _sites(tables, version, findings, organismes, node_geom):
    owner_name = lambda s: s.map(lambda c: organismes.get(c, c) if pd.notna(c) else None)  # noqa: E731
    site_cols = ["site_id", "kind", "label", "typephy", "progress", "statut", "owner",
                 "geometry"]
    sites = pd.DataFrame(columns=site_cols)
    radio = pd.DataFrame(columns=["site_id", "anfr_code", "type", "owner", "height_m",
                                  "progress", "geometry"])
    table = "t_sitetech" if version == "GraceTHD v2" else "t_site"
    st = _frame(tables, table)
    geom = _placed(findings, st, table, "st_nd_code", node_geom)
    if geom is not None:
        kind = _col(st, "st_typelog")
        if version == "GraceTHD v3":
            lc = _frame(tables, "t_local")
            if lc is not None and {"lc_st_code", "lc_typelog"} <= set(lc.columns):
                kind = _col(st, "st_code").map(dict(zip(_col(lc, "lc_st_code"),
                                                        _col(lc, "lc_typelog")))).fillna(kind)
        progress = _col(st, "st_avct").map(PROGRESS_FROM_AVCT) \
            .fillna(_col(st, "st_statut").map(PROGRESS_FROM_STATUT)).fillna("inconnu")
        frame = pd.DataFrame({"site_id": _col(st, "st_code"), "kind": kind,
                              "label": _col(st, "st_nom"), "typephy": _col(st, "st_typephy"),
                              "progress": progress, "statut": _col(st, "st_statut"),
                              "owner": owner_name(_col(st, "st_prop")), "geometry": geom})
        is_radio = frame["typephy"] == "POH"
        sites = frame[~is_radio.fillna(False)].reset_index(drop=True)
        if version == "GraceTHD v3":
            poh = frame[is_radio.fillna(False)]
            radio = pd.DataFrame({"site_id": poh["site_id"], "anfr_code": None,
                                  "type": "POH", "owner": poh["owner"], "height_m": np.nan,
                                  "progress": poh["progress"], "geometry": poh["geometry"]})
    se = _frame(tables, "t_siteemission")
    geom = _placed(findings, se, "t_siteemission", "se_nd_code", node_geom)
    if geom is not None:
        progress = _col(se, "se_avct").map(PROGRESS_FROM_AVCT) \
            .fillna(_col(se, "se_statut").map(PROGRESS_FROM_STATUT)).fillna("inconnu")
        radio = pd.DataFrame({"site_id": _col(se, "se_code"), "anfr_code": _col(se, "se_anfr"),
                              "type": _col(se, "se_type"), "owner": owner_name(_col(se, "se_prop")),
                              "height_m": pd.to_numeric(_col(se, "se_haut"), errors="coerce"),
                              "progress": progress, "geometry": geom})
    pt = _frame(tables, "t_ptech")
    geom = _placed(findings, pt, "t_ptech", "pt_nd_code", node_geom)
    ptech = pd.DataFrame(columns=["ptech_id", "typephy", "nature", "owner", "geometry"])
    if geom is not None:
        ptech = pd.DataFrame({"ptech_id": _col(pt, "pt_code"), "typephy": _col(pt, "pt_typephy"),
                              "nature": _col(pt, "pt_nature"),
                              "owner": owner_name(_col(pt, "pt_prop")), "geometry": geom})
    return (sites.reset_index(drop=True), ptech.reset_index(drop=True),
            radio.reset_index(drop=True))


def _progress_fallbacks(findings, no_avct, has_statut) -> None:
    """Say where a route's progress was not read from cm_avct (with the count of routes)."""
    from_statut, unknown = int((no_avct & has_statut).sum()), int((no_avct & ~has_statut).sum())
    if from_statut:
        findings.add("gracethd.progress_from_statut", "information",
                     tr("{n} route(s) have no usable cm_avct: their progress (existing or "
                        "planned) is taken from the study phase cm_statut.", n=from_statut),
                     "t_cheminement", field="cm_avct", metric=from_statut, unit="routes")
    if unknown:
        findings.add("gracethd.progress_unknown", "risque",
                     tr("{n} route(s) have neither cm_avct nor cm_statut: their progress is "
                        "unknown and they count neither as existing nor as planned.", n=unknown),
                     "t_cheminement", field="cm_avct", metric=unknown, unit="routes")


def _zones(tables) -> pd.DataFrame:
    parts = []
    for table, kind, code, ref in (("t_znro", "NRO", "zn_code", "zn_nroref"),
                                   ("t_zsro", "SRO", "zs_code", "zs_refpm"),
                                   ("t_zpbo", "PBO", "zp_code", "zp_code")):
        frame = _frame(tables, table)
        if frame is not None and "geometry" in frame:
            parts.append(pd.DataFrame({"zone_id": _col(frame, code), "kind": kind,
                                       "ref": _col(frame, ref),
                                       "geometry": force_2d(frame["geometry"].to_numpy())}))
    return pd.concat(parts, ignore_index=True) if parts else \
        pd.DataFrame(columns=["zone_id", "kind", "ref", "geometry"])
