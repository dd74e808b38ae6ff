"""What every legal rule carries, and the inputs it reads."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from .. import french
from ..geometry import grouped_union
from ..i18n import tr
from ..legal import force_of
from ..model import Finding, Plan
from ..runtime import constant
from ..standards.cnig import insee_of
from ..standards.text_tables import map_distinct
from ..vocabulary import AUC

# Protection prescriptions that make an antenna site sensitive (CNIG TYPEPSC):
# 01 espaces boisés classés, 07 patrimoine bâti et paysager / éléments de paysage,
# 25 continuités écologiques et trame verte et bleue, 31 espaces remarquables du littoral,
# 34 patrimoine naturel et culturel montagnard.
PROTECTION_TYPEPSC = ("01", "07", "25", "31", "34")


@dataclass(frozen=True)
class Param:
    name: str
    default: float
    unit: str
    source: str
    description: str
    reach: bool = False  # a distance the rule looks that far from the plan (perimeter margin)


@dataclass(frozen=True)
class Rule:
    """A rule as data: its legal basis (``article``), what the text does (``force``), the
    part of the plan it looks at (``piece``) and non-binding sources (``reference``)."""

    rule_id: str
    article: str
    title: str
    quote: str
    params: tuple = ()
    requires: tuple = ()  # scan.ScanInputs attributes the rule cannot run without
    force: str = "faculte"
    piece: str = "reglement_graphique"
    reference: str = ""

    def defaults(self) -> dict:
        return {p.name: p.default for p in self.params}


def finding(*, rule: Rule, avis: str, message: str, plan: Plan, layer="", fid=None,
            field_name=None, geometry=None, metric=None, unit="", libelle="", suggestion="",
            article=None, rule_id=None, force=None, piece=None, reference=None, citation="",
            page=None, insee=None) -> Finding:
    """A legal finding of ``rule`` (its article, force, piece and reference unless given);
    the force of a text the legal table holds is the table's."""
    article = article or rule.article
    return Finding(rule_id=rule_id or rule.rule_id, avis=avis,
                   force=force_of(article, force or rule.force),
                   piece=piece or rule.piece, message=message, article=article,
                   reference=rule.reference if reference is None else reference,
                   citation=citation or "", page=page, source_layer=layer,
                   source_id=None if fid is None else str(fid), field=field_name,
                   libelle=libelle, metric=None if metric is None else round(float(metric), 4),
                   metric_unit=unit, suggestion=suggestion, insee=insee or plan.insee,
                   idurba=plan.idurba, geometry=geometry)


def zone_finding(*, rule: Rule, avis: str, message: str, plan: Plan, row: dict, **kw) -> Finding:
    """A finding on one zone of ZONE_URBA (``row`` as given by ``rows(z, …, ZONE_FIELDS)``)."""
    return finding(rule=rule, avis=avis, message=message, plan=plan,
                   layer=plan.layer_name("ZONE_URBA"), fid=row["fid"], field_name="geometry",
                   geometry=row["geometry"], libelle=str(row.get("LIBELLE") or ""), **kw)


def document_finding(*, rule: Rule, avis: str, message: str, plan: Plan, **kw) -> Finding:
    """A finding on the document as a whole (no geometry: findings_document)."""
    return finding(rule=rule, avis=avis, message=message, plan=plan, **kw)


ZONE_FIELDS = ("fid", "LIBELLE", "TYPEZONE", "geometry")  # what findings on zones quote


def rows(frame: pd.DataFrame, positions, fields=None) -> list:
    """(position, row dict) for the given positions: one bulk conversion, not one .iloc each
    (only ``fields``, those present, when given)."""
    positions = np.asarray(positions, dtype=int)
    names = [f for f in fields if f in frame] if fields is not None else list(frame.columns)
    columns = [frame[name].to_numpy(dtype=object)[positions] for name in names]
    return [(p, dict(zip(names, values))) for p, values in zip(positions, zip(*columns))] \
        if names else [(p, {}) for p in positions]


def several_documents(plan: Plan) -> bool:
    """Whether the zones belong to several documents (a département mosaic of communal PLU)."""
    z = zones(plan)
    return "IDURBA" in z and z["IDURBA"].nunique() > 1


def documents_of(plan: Plan, zone_index) -> tuple[np.ndarray, np.ndarray]:
    """(insee, idurba) for each zone index: the zone's own document when the dataset holds
    several, else the plan's; -1 keeps the plan's."""
    zone_index = np.asarray(zone_index, dtype=int)
    insee = constant(len(zone_index), plan.insee)
    idurba = constant(len(zone_index), plan.idurba)
    if not several_documents(plan):
        return insee, idurba
    z = zones(plan)
    found = zone_index >= 0
    own = z["IDURBA"].to_numpy(dtype=object)[zone_index[found]]
    idurba[found] = own
    insee[found] = [code or plan.insee for code in map_distinct(own, insee_of)]
    return insee, idurba


def zone_communes(plan: Plan) -> np.ndarray:
    """The INSEE field of each zone's document, else the commune its IDURBA starts with."""
    from ..standards.cnig import insee_of

    z = zones(plan)
    insee = np.asarray(documents_of(plan, np.arange(len(z)))[0], dtype=object)
    if "IDURBA" in z and (insee == "").any():
        ids = z["IDURBA"].astype(str)
        own = ids.map({i: insee_of(i) for i in ids.unique()}).to_numpy(dtype=object)
        insee = np.where(insee == "", own, insee)
    return insee


def zones(plan: Plan) -> pd.DataFrame:
    z = plan.tables.get("ZONE_URBA")
    if z is None:
        return pd.DataFrame(columns=["fid", "LIBELLE", "TYPEZONE", "geometry"])
    return z[z["geometry"].notna()].reset_index(drop=True)


def prescriptions(plan: Plan, typepsc, stypepsc=None) -> pd.DataFrame:
    """Surface prescriptions of the given codes (TYPEPSC tuple, optional STYPEPSC tuple)."""
    p = plan.tables.get("PRESCRIPTION_SURF")
    if p is None or "TYPEPSC" not in p:
        return pd.DataFrame(columns=["fid", "TYPEPSC", "STYPEPSC", "LIBELLE", "geometry"])
    mask = p["TYPEPSC"].isin(typepsc)
    if stypepsc is not None:
        mask &= p["STYPEPSC"].isin(stypepsc)
    return p[mask & p["geometry"].notna()].reset_index(drop=True)


def coverage(targets: np.ndarray, covers: np.ndarray) -> np.ndarray:
    """Share of each target polygon's area covered by the union of the cover polygons."""
    targets = np.asarray(targets, dtype=object)
    out = np.zeros(len(targets))
    if not len(targets) or not len(covers):
        return out
    covers = shapely.make_valid(np.asarray(covers, dtype=object))
    tree = shapely.STRtree(covers)
    t_idx, c_idx = tree.query(targets, predicate="intersects")
    if not len(t_idx):
        return out
    grouped = grouped_union(covers[c_idx], t_idx, len(targets))
    area = shapely.area(targets)
    inter = shapely.area(shapely.intersection(shapely.make_valid(targets), grouped))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(area > 0, inter / area, 0.0)
    return np.clip(out, 0.0, 1.0)


WHOLE_ZONE = 0.995  # a share that rounds to 100 %: « toute la zone »
OPENED_AU = AUC  # an AU zone open to building; AUs opens only by a later modification


def regime(inputs, measures):
    """The plan's regime (from DOC_URBA), read once per scan."""
    from ..legal import regime_of

    if measures.regime is None:
        measures.regime = regime_of(inputs.plan)
    return measures.regime


def written_provisions(inputs, labels) -> list:
    """The written règlement's provision for each zone label; None where no readable
    règlement was given (then nothing is said of what the règlement contains)."""
    pieces = getattr(inputs, "pieces", None)
    if pieces is None:
        return [None] * len(labels)
    return [pieces.level(str(label or "")) for label in labels]


def reglement_not_read(inputs) -> str:
    """Why no provision of the written règlement is known (for a finding's message)."""
    from ..pieces.unread import why_not_read

    pieces = getattr(inputs, "pieces", None)
    return why_not_read("reglement", pieces.reglement if pieces is not None else None)


def quoted(provision) -> dict:
    """The citation fields of a finding resting on a written provision."""
    if provision is None or not provision.citation:
        return {}
    return {"citation": provision.citation, "page": provision.page}


def protection_areas(plan, codes=PROTECTION_TYPEPSC, buffer: float = 0.0) -> pd.DataFrame:
    """The plan's protection prescriptions of the given codes as areas: surfaces as drawn,
    lines and points (a protected building, a hedgerow) buffered by ``buffer`` metres, so
    that a site a few metres from a protected chapel is found ("contains" never fires on a
    point)."""
    columns = ["fid", "TYPEPSC", "LIBELLE", "layer", "geometry"]
    parts = []
    for table in ("PRESCRIPTION_SURF", "PRESCRIPTION_LIN", "PRESCRIPTION_PCT"):
        p = plan.tables.get(table)
        if p is None or "TYPEPSC" not in p:
            continue
        p = p[p["TYPEPSC"].isin(codes) & p["geometry"].notna()]
        geoms = p["geometry"].to_numpy()
        if table != "PRESCRIPTION_SURF":
            geoms = shapely.buffer(geoms, max(buffer, 0.01))
        parts.append(pd.DataFrame({"fid": p["fid"].to_numpy(), "TYPEPSC": p["TYPEPSC"].to_numpy(),
                                   "LIBELLE": p["LIBELLE"].to_numpy(dtype=object) if "LIBELLE" in p
                                   else np.full(len(p), None, dtype=object), "layer": plan.layer_name(table),
                                   "geometry": geoms}, columns=columns))
    parts = [p for p in parts if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)


def bare(quote) -> str:
    """A quoted sentence without its final full stop, for « … ». in a message."""
    return str(quote or "").rstrip(" .")


def where_written(provision) -> str:
    """Where the written règlement says it: « article 1AU 4 (desserte par les réseaux), page 8 »."""
    article = french.article_title(provision.article) if provision.article else tr("zone chapter")
    return tr("{article}, page {page}", article=article,
              page=provision.page if provision.page is not None else "?")
