"""L151-11 1° CU: in A and N zones the règlement may admit the constructions and installations
needed by collective equipment (an antenna site, a RIP point haut), under the article's
conditions (verified in a secondary source).

Read before any finding: the zone's chapter in the written règlement. Where it admits
équipements d'intérêt collectif or services publics, nothing is said; where it does not and
antenna sites stand (or are planned) in the zone, a recommendation to admit them, with the
blanket antenna ban when the règlement has one (together, no site can evolve). A règlement
not read leaves the question to antennes.site_protege ("information").
"""
import re

import numpy as np

from ..i18n import QT_TR_NOOP, listed, tr
from ..legal import TEXTS
from ..pieces.text import fold
from ..spatial_index import containing_index
from ..standards.anfr import designation, planned_supports
from ..vocabulary import SENSITIVE_ZONES
from .rule import Rule, bare, written_provisions, zone_finding, zones

RULE = Rule(
    rule_id="l151_11.equipements_collectifs",
    article=TEXTS["L151-11"].article,
    title=QT_TR_NOOP("A and N zones: installations needed by collective equipment"),
    quote=TEXTS["L151-11"].quote,
    requires=("antennas",),
    force="faculte",
    piece="reglement_ecrit",
)
RULES = (RULE,)
ADMITS = re.compile(r"equipements?\s+(?:d'interet\s+)?collectifs?|services?\s+publics?|"
                    r"installations?\s+d'interet\s+(?:general|collectif)|equipements?\s+publics?|"
                    r"interet\s+collectif")
REFUSED = re.compile(r"\binterdit|\bproscrit|ne\s+sont\s+pas\s+(?:admis|autoris)")


def admission(lines) -> tuple[int | None, str] | None:
    """(page, sentence) of the chapter that admits équipements collectifs, or None."""
    for page, text in lines:
        folded = fold(text)
        if ADMITS.search(folded) and not REFUSED.search(folded):
            return page, text
    return None


def _sites_by_zone(inputs, z) -> dict:
    """{zone position: [(planned, support named in words)]} of the antenna supports."""
    geoms, ids = [], []
    if inputs.antennas is not None and len(inputs.antennas):
        geoms += list(inputs.antennas["geometry"])
        planned = planned_supports(inputs.antennas)
        ids += [(bool(planned[k]), designation(row))  # a commune's few
                for k, (_, row) in enumerate(inputs.antennas.iterrows())]
    out = {}
    where = containing_index(np.array(geoms, dtype=object), z["geometry"].to_numpy()) \
        if geoms else np.array([], dtype=int)
    for k in np.flatnonzero(where >= 0):
        out.setdefault(int(where[k]), []).append(ids[k])
    return out


def _standing(sites) -> str:
    """« X s'y trouve et Y y est projeté »: an existing support and a planned one apart."""
    existing = [name for planned, name in sites if not planned]
    planned = [name for is_planned, name in sites if is_planned]
    parts = []
    if existing:
        parts.append(tr("{support} stands there", support=existing[0]) if len(existing) == 1
                     else tr("{supports} stand there", supports=listed(existing, tr("; "))))
    if planned:
        parts.append(tr("{support} is planned there", support=planned[0]) if len(planned) == 1
                     else tr("{supports} are planned there", supports=listed(planned, tr("; "))))
    return tr(" and ").join(parts)


def check(inputs, params, measures):
    pieces = getattr(inputs, "pieces", None)
    reglement = pieces.reglement if pieces is not None else None
    if reglement is None or not reglement.lisible or not inputs.has("antennas"):
        return {"findings": []}
    plan = inputs.plan
    z = zones(plan)
    natural = z["TYPEZONE"].isin(SENSITIVE_ZONES).to_numpy()
    provisions = written_provisions(inputs, z["LIBELLE"].to_numpy())
    sites = _sites_by_zone(inputs, z)
    ban = reglement.antennes_interdites[0] if reglement.antennes_interdites else None
    findings, seen = [], set()
    for i in sorted(k for k in sites if natural[k]):
        label = str(z["LIBELLE"].iloc[i])
        lines = pieces.chapter_lines(label)
        if lines is None or label in seen or admission(lines) is not None:
            continue
        seen.add(label)
        provision = provisions[i]
        page = next((p for p, _ in lines if p is not None), provision.page if provision else None)
        row = {"fid": z["fid"].iloc[i], "LIBELLE": label, "TYPEZONE": z["TYPEZONE"].iloc[i],
               "geometry": z["geometry"].iloc[i]}
        ids = sorted(set(sum((sites[k] for k in sites if natural[k] and
                              str(z["LIBELLE"].iloc[k]) == label), [])))
        any_existing = any(not planned for planned, _ in ids)
        combined = (tr(" Combined with the ban on antennas (page {page}: « {quote} »), no "
                       "existing site can evolve and no new one can be built.",
                       page=ban.page if ban.page is not None else "?",
                       quote=bare(ban.citation)) if any_existing else
                    tr(" Combined with the ban on antennas (page {page}: « {quote} »), no "
                       "site can be built.", page=ban.page if ban.page is not None else "?",
                       quote=bare(ban.citation))) if ban is not None else ""
        findings.append(zone_finding(
            rule=RULE, avis="recommandation", plan=plan, row=row, page=page,
            # the chapter is silent (admission() found nothing), it does not refuse
            message=tr("Zone {label}: the written règlement (zone chapter, page {page}) does not "
                       "provide for the constructions and installations needed by collective "
                       "equipment or public services; {stand}.", label=label,
                       page=page if page is not None else "?", stand=_standing(ids)) + combined,
            suggestion=tr("Admit in zone {label} the constructions and installations needed by "
                          "collective equipment, where they are compatible with the "
                          "agricultural, pastoral or forestry use of the land and do not harm "
                          "natural areas and landscapes (L151-11, 1°).", label=label)))
    return {"findings": findings}
