"""L151-40 and R151-50 2° CU: reinforced digital criteria in the sectors a PLU opens to
urbanisation (a faculty), and L151-5 CU: the PADD's orientation on digital communications
(an obligation, read in the PADD's own text).

Only zones open to building (AUc) are looked at: the règlement of a closed AU zone (AUs) is
written when it opens. A 27-00 sector means something only if the written règlement defines
the criteria (L151-40 « qu'il définit »): a sector over any real part of the zone (49 % or
51 % read the same) whose article sets no ducts is a recommendation to write them, and to
extend the sector or justify its limit.
"""
from pathlib import Path

import numpy as np

from ..i18n import QT_TR_NOOP, tr
from ..legal import TEXTS
from ..french import percent
from ..pieces.unread import ask_for, why_not_read
from .rule import (OPENED_AU, Param, Rule, ZONE_FIELDS, bare, coverage, document_finding, quoted,
                   reglement_not_read, prescriptions, rows, written_provisions,
                   WHOLE_ZONE, zone_finding, zones, where_written)

RULE = Rule(
    rule_id="l151_40.secteur_numerique",
    article=f"{TEXTS['L151-40'].article}, {TEXTS['R151-50 2°'].article}",
    title=QT_TR_NOOP("Reinforced digital criteria in zones open to building"),
    quote=TEXTS["L151-40"].quote,
    params=(Param("coverage_threshold", 0.5, "ratio", QT_TR_NOOP("Scan Urba default"),
                  QT_TR_NOOP("share of a zone a prescription must cover to count as "
                             "covering it")),
            Param("sector_min_share", 0.02, "ratio", QT_TR_NOOP("Scan Urba default "
                  "(digitising slivers)"), QT_TR_NOOP("share of a zone an L151-40 sector "
                                                      "must cover to be read as drawn on it"))),
    force="faculte",
    piece="reglement_graphique",
)
CRITERIA = Rule(
    rule_id="l151_40.criteres_non_definis",
    article=f"{TEXTS['L151-40'].article}, {TEXTS['R151-50 2°'].article}",
    title=QT_TR_NOOP("L151-40 sector whose criteria the written règlement does not define"),
    quote=TEXTS["L151-40"].quote,
    force="faculte",
    piece="reglement_ecrit",
)
PADD = Rule(
    rule_id="l151_5.padd_numerique",
    article=TEXTS["L151-5"].article,
    title=QT_TR_NOOP("PADD orientation on digital communications"),
    quote=TEXTS["L151-5"].quote,
    force="obligation",
    piece="padd",
)
RULES = (RULE, CRITERIA, PADD)


def coverage_27_00(plan, measures) -> np.ndarray:
    """Share of each zone covered by 27-00 sectors (kept on ``measures`` for L141-21)."""
    if measures.coverage_27_00 is None:
        measures.coverage_27_00 = coverage(zones(plan)["geometry"].to_numpy(),
                                           prescriptions(plan, ("27",))["geometry"].to_numpy())
    return measures.coverage_27_00


def check(inputs, params, measures):
    plan = inputs.plan
    z = zones(plan)
    cov = coverage_27_00(plan, measures)
    has = cov >= params["sector_min_share"]
    opened = (z["TYPEZONE"] == OPENED_AU).to_numpy()
    provisions = written_provisions(inputs, z["LIBELLE"].to_numpy())
    findings = sector_criteria(inputs, z, cov, np.flatnonzero(opened & has), provisions)
    for i, row in rows(z, np.flatnonzero(opened & ~has), ZONE_FIELDS):
        ducts = provisions[i] is not None and provisions[i].niveau == "fourreaux"
        findings.append(zone_finding(
            rule=RULE, avis="observation" if ducts else "recommandation", plan=plan, row=row,
            metric=cov[i], unit="ratio",
            message=tr("No sector under article L151-40 (R151-50 2°, CNIG code 27-00) is "
                       "delimited on zone {label}, open to building.", label=row.get("LIBELLE")),
            suggestion=tr("The règlement may set reinforced criteria there: number and diameter "
                          "of ducts, chambers at lot boundaries, a site reserved for the "
                          "mutualisation point, capacity for business-grade offers in activity "
                          "zones (beyond the building code's minimum of fibre in new "
                          "buildings).")))
    findings += padd_findings(inputs, plan)
    return {"findings": findings, "zone_columns": {"has_27_00": has, "coverage_27_00": cov}}


def sector_criteria(inputs, z, cov, positions, provisions) -> list:
    """A 27-00 sector on an opened zone: does the zone's article define the criteria?"""
    plan = inputs.plan
    sectors = prescriptions(plan, ("27",))
    names = " ; ".join(dict.fromkeys(str(v) for v in sectors["LIBELLE"] if str(v or "").strip()))
    out = []
    for i, row in rows(z, positions, ZONE_FIELDS):
        provision = provisions[i]
        if provision is not None and provision.niveau == "fourreaux":
            continue
        values = dict(label=row.get("LIBELLE"), share=percent(cov[i]), sector=names)
        if provision is None or provision.niveau == "non_trouve":
            why = reglement_not_read(inputs) if provision is None else \
                tr("the chapter of this zone was not found in the written règlement")
            out.append(zone_finding(
                rule=CRITERIA, avis="information", plan=plan, row=row, metric=cov[i],
                unit="ratio", message=tr("The règlement graphique delimits on {share} of zone "
                                         "{label} a sector under article L151-40 (« {sector} »); "
                                         "{why}: whether the written règlement defines its "
                                         "criteria is to be checked.", why=why, **values),
                suggestion=tr("Check that the zone's article defines the reinforced "
                              "criteria the sector announces.")))
            continue
        where = where_written(provision)
        said = tr("it only says « {quote} »", quote=bare(provision.citation)) if provision.citation \
            else tr("it says nothing of electronic communications")
        whole = cov[i] >= WHOLE_ZONE
        out.append(zone_finding(
            rule=CRITERIA, avis="recommandation", plan=plan, row=row, metric=cov[i],
            unit="ratio", **quoted(provision),
            message=tr("The règlement graphique delimits on {share} of zone {label} a sector "
                       "under article L151-40 (« {sector} »), but the written règlement "
                       "({where}) does not define the reinforced criteria; {said}.",
                       where=where, said=said, **values),
            suggestion=(tr("Write the reinforced criteria in the zone's article (number and "
                           "diameter of ducts, draw chambers at each lot boundary that can be "
                           "connected to the RIP, a site for the mutualisation point).")
                        + ("" if whole else " " + tr("Extend the sector to the whole zone or "
                                                     "justify its limit.")))))
    return out


def padd_findings(inputs, plan) -> list:
    """L151-5: the PADD's orientation on digital communications, from the PADD's text."""
    pieces = getattr(inputs, "pieces", None)
    padd = pieces.padd if pieces is not None else None
    if plan.doc_type.upper() not in ("PLU", "PLUI", ""):
        return []
    if padd is None or not padd.lisible or padd.communications_numeriques is None:
        return [document_finding(
            rule=PADD, avis="information", plan=plan,
            message=tr("PADD orientation on digital communications (L151-5): not evaluated, "
                       "as {why}.", why=why_not_read("padd", padd)),
            suggestion=ask_for("padd", padd))]
    if padd.communications_numeriques:
        return [document_finding(
            rule=PADD, avis="information", plan=plan, citation=padd.citation or "",
            page=padd.page, libelle=Path(padd.source).name,
            message=tr("The PADD sets an orientation on digital communications (page {page}).",
                       page=padd.page if padd.page is not None else "?"))]
    return [document_finding(
        rule=PADD, avis="reserve", plan=plan, libelle=Path(padd.source).name,
        message=tr("The PADD ({source}) sets no general orientation on the development of "
                   "digital communications: no passage on them was found in its text.",
                   source=Path(padd.source).name),
        suggestion=tr("Complete the PADD with general orientations on digital "
                      "communications (L151-5), consistent with the SDTAN and the RIP."))]
