"""R151-49 3° CU (R123-9 16° under the former regime): the règlement's e-communications
obligations read against the map and the network (issue 27).

Three readings of one zone's written rule, each quoting it with its page:
- the map and the text disagree: a 47-05 prescription asks more (ducts) or of more (every new
  construction) than the zone's article → an observation naming both;
- an unconditional connection duty (no « lorsqu'il existe ») where the RIP's network does
  not reach most of the zone → a recommendation: it cannot be complied with;
- burial of the telecom networks required zone-wide → a recommendation to limit it (new
  private connections, protected sectors) and admit deployment on existing supports: a
  RIP deploying aerially is blocked by it.
A rule not read is never reported: where the written règlement was not read, R151-49 already
says "à vérifier".
"""
import re

import numpy as np
import shapely

from ..french import percent
from ..i18n import QT_TR_NOOP, tr
from ..legal import TEXTS
from ..pieces.grade import ENFOUI, FOURREAUX, RACCORD, RANK
from ..pieces.text import fold
from ..vocabulary import AU_ZONES, AUS, BUILDABLE_ZONES
from .rule import (Param, Rule, ZONE_FIELDS, bare, prescriptions, quoted, regime, rows,
                   WHOLE_ZONE, written_provisions, zone_finding, zones, where_written)

COMMON = dict(article=TEXTS["R151-49 3°"].article, quote=TEXTS["R151-49 3°"].quote,
              force="faculte", piece="reglement_ecrit")
MISMATCH = Rule(
    rule_id="r151_49.carte_texte", title=QT_TR_NOOP("Map and written règlement disagree on "
                                                    "e-communications"),
    params=(Param("min_prescription_share", 0.05, "ratio", QT_TR_NOOP("Scan Urba default "
                  "(digitising slivers)"), QT_TR_NOOP("share of a zone a map prescription or "
                                                      "sector must cover to be read with the "
                                                      "zone's article")),), **COMMON)
DUTY = Rule(
    rule_id="r151_49.raccordement_inconditionnel",
    title=QT_TR_NOOP("Unconditional connection duty where the network does not reach"),
    requires=("network",), **COMMON)
BURIAL = Rule(
    rule_id="r151_49.enfouissement_general",
    title=QT_TR_NOOP("Burial of the telecom networks required zone-wide"), **COMMON)
RULES = (MISMATCH, DUTY, BURIAL)

# « lorsqu'il existe », « s'il existe », « le cas échéant », « à défaut », « si le réseau… »
CONDITIONAL = re.compile(r"lorsqu'(?:il|ils|elle)\s+exist|s'(?:il|ils)\s+exist|\bsi\s+(?:le|un)\s+"
                         r"reseau|lorsque\s+(?:le|un)\s+reseau|le\s+cas\s+echeant|a\s+defaut|"
                         r"des\s+(?:que|lors\s+que)|en\s+cas\s+d'existence|quand\s+(?:il|le)")
OPERATIONS = re.compile(r"operations?\s+d'(?:amenagement|ensemble)|lotissements?|"
                        r"amenagements?\s+d'ensemble|permis\s+d'amenager")
EVERY = re.compile(r"toute\s+construction|toutes\s+(?:les\s+)?constructions|tout\s+batiment|"
                   r"constructions?\s+nouvelles?")
LIMITED_BURIAL = re.compile(r"appuis\s+existants|aerien|\bsauf\b|a\s+l'exception|hormis|"
                            r"secteurs?\s+proteg|perimetre|abords|terrain\s+priv|"
                            r"partie\s+privative|domaine\s+priv")
NETWORKS = re.compile(r"\breseaux?\b|\blignes?\b|\bcables?\b")


def check(inputs, params, measures):
    plan = inputs.plan
    z = zones(plan)
    provisions = written_provisions(inputs, z["LIBELLE"].to_numpy())
    if all(p is None for p in provisions):
        return {"findings": []}
    article = regime(inputs, measures).e_communications_article()
    findings = mismatches(inputs, params, z, provisions, article)
    findings += unconditional(inputs, params, measures, z, provisions, article)
    findings += burials(inputs, z, provisions, article)
    return {"findings": findings}


def _chapter_text(inputs, label) -> str:
    lines = inputs.pieces.chapter_lines(str(label or "")) if inputs.pieces is not None else None
    return fold(" ".join(text for _, text in lines or ()))


def _largest_cover(zone_geoms, covers):
    """(share of each zone covered by the covers, index of the cover overlapping it most;
    -1: none), in one bulk query."""
    n = len(zone_geoms)
    share, best = np.zeros(n), np.full(n, -1)
    if not n or not len(covers):
        return share, best
    covers = shapely.make_valid(np.asarray(covers, dtype=object))
    z_idx, c_idx = shapely.STRtree(covers).query(zone_geoms, predicate="intersects")
    if not len(z_idx):
        return share, best
    inter = shapely.area(shapely.intersection(zone_geoms[z_idx], covers[c_idx]))
    area = shapely.area(zone_geoms)
    order = np.lexsort((-inter, z_idx))          # per zone, the largest overlap first
    first = order[np.unique(z_idx[order], return_index=True)[1]]
    best[z_idx[first]] = c_idx[first]
    np.add.at(share, z_idx, inter)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.clip(np.where(area > 0, share / area, 0.0), 0.0, 1.0)
    return share, best


def _disagreement(prescription_text, provision) -> str | None:
    """Why the map's prescription and the zone's article disagree, or None."""
    folded = fold(prescription_text)
    asked = next((RANK[level] for level, pattern in (("fourreaux", FOURREAUX), (
        "raccordement", RACCORD), ("enfouissement", ENFOUI)) if pattern.search(folded)), 0)
    written = RANK.get(provision.niveau, 0)
    if asked > written:
        return tr("the article asks less than the map")
    text = fold(provision.citation or "")
    if asked and asked == written and EVERY.search(folded) and OPERATIONS.search(text) \
            and not EVERY.search(text):
        return tr("the article applies only to development operations, the map to every new "
                  "construction")
    return None


def mismatches(inputs, params, z, provisions, article) -> list:
    """A 47-05 prescription over a zone whose article says less, or of fewer buildings."""
    p = prescriptions(inputs.plan, ("47",), ("05",))
    if not len(p):
        return []
    share, best = _largest_cover(z["geometry"].to_numpy(), p["geometry"].to_numpy())
    texts = [" ".join(str(v) for v in (lib, txt) if isinstance(v, str) and v.strip())
             for lib, txt in zip(p["LIBELLE"], p.get("TXT", [None] * len(p)))]
    candidates = np.flatnonzero((share >= params["min_prescription_share"]) & (best >= 0) &
                                (z["TYPEZONE"] != AUS).to_numpy())
    out = []
    for i, row in rows(z, candidates, ZONE_FIELDS):
        provision = provisions[i]
        if provision is None or provision.niveau == "non_trouve":
            continue
        label = str(p["LIBELLE"].iloc[best[i]] or "")
        why = _disagreement(texts[best[i]], provision)
        if why is None:
            continue
        said = tr("« {quote} »", quote=bare(provision.citation)) if provision.citation else \
            tr("nothing on electronic communications")
        out.append(zone_finding(
            rule=MISMATCH, avis="observation", article=article, plan=inputs.plan, row=row,
            metric=share[i], unit="ratio", **quoted(provision),
            message=tr("Zone {label}: the règlement graphique lays {extent} the prescription "
                       "« {prescription} », while the written règlement ({where}) says: "
                       "{said}. The two rules disagree: {why}.", label=row.get("LIBELLE"),
                       extent=_extent(share[i]), prescription=label,
                       where=where_written(provision), said=said, why=why),
            suggestion=tr("Align the zone's article with the map's prescription, or delete the "
                          "prescription, so that one rule applies.")))
    return out


def unconditional(inputs, params, measures, z, provisions, article) -> list:
    """A connection duty with no « lorsqu'il existe » where the RIP reaches little."""
    if not inputs.has("network"):
        return []
    from .l151_39_desserte import private_areas, shares

    existing, _, _ = shares(inputs, params, measures)
    private = private_areas(inputs, params)
    buildable = z["TYPEZONE"].isin(BUILDABLE_ZONES).to_numpy()
    connect = np.array([p is not None and p.niveau == "raccordement" for p in provisions],
                       dtype=bool)
    out = []
    for i, row in rows(z, np.flatnonzero(buildable & ~private & connect &
                                         (existing < params["good_share"])), ZONE_FIELDS):
        provision = provisions[i]
        sentence = fold(provision.citation or "")
        if CONDITIONAL.search(sentence) or re.search(r"a\s+defaut", _chapter_text(
                inputs, row.get("LIBELLE"))):
            continue
        out.append(zone_finding(
            rule=DUTY, avis="recommandation", article=article, plan=inputs.plan, row=row,
            metric=existing[i], unit="ratio", **quoted(provision),
            message=tr("Zone {label}: the written règlement ({where}) requires the connection "
                       "of buildings to the electronic communications network without "
                       "condition: « {quote} ». Only {share} of the zone is within reach of the "
                       "RIP network recorded: the duty cannot be complied with everywhere.",
                       label=row.get("LIBELLE"), where=where_written(provision),
                       quote=bare(provision.citation), share=percent(existing[i])),
            suggestion=tr("Add « lorsqu'il existe » and require, failing that, ducts left "
                          "ready for the connection.")))
    return out


def _extent(share) -> str:
    """« sur toute la zone », never « sur 100 % de la zone »."""
    return tr("on the whole zone") if share >= WHOLE_ZONE else \
        tr("on {share} of the zone", share=percent(share))


def burials(inputs, z, provisions, article) -> list:
    """Burial of the telecom networks themselves (not only private connections) zone-wide.

    Not in AU zones (AUc, AUs): land still to be opened has hardly any aerial support, and
    there the Département asks for ducts (l151_40, regle_47_05), never to limit burial."""
    out = []
    buried = np.array([p is not None and p.niveau == "enfouissement" for p in provisions],
                      dtype=bool)
    candidates = np.flatnonzero(~z["TYPEZONE"].isin(AU_ZONES).to_numpy() & buried)
    for i, row in rows(z, candidates, ZONE_FIELDS):
        provision = provisions[i]
        sentence = fold(provision.citation or "")
        if not NETWORKS.search(sentence) or LIMITED_BURIAL.search(sentence):
            continue
        out.append(zone_finding(
            rule=BURIAL, avis="recommandation", article=article, plan=inputs.plan, row=row,
            **quoted(provision),
            message=tr("Zone {label}: the written règlement ({where}) requires the burial of "
                       "the telecom networks on the whole zone: « {quote} ». A general burial "
                       "duty can block the deployment of fibre on existing aerial supports.",
                       label=row.get("LIBELLE"), where=where_written(provision),
                       quote=bare(provision.citation)),
            suggestion=tr("Limit the burial duty to the private connections of new buildings "
                          "and to protected sectors, and admit deployment on existing "
                          "supports.")))
    return out
