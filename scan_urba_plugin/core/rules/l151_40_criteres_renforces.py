"""L151-40 and R151-50 2° CU: reinforced digital criteria in the sectors a PLU opens to
urbanisation (a faculty), and L151-5 CU: the PADD's orientation on digital communications
(an obligation, read in the PADD's own text).

Only zones open to building (AUc) are looked at: the règlement of a closed AU zone (AUs) is
written when it opens. A 27-00 sector means something only if the written règlement defines
the criteria; the tool says so rather than assume it.
"""
from pathlib import Path

import numpy as np

from ..i18n import QT_TR_NOOP, tr
from ..legal import TEXTS
from .rule import (OPENED_AU, Param, Rule, ZONE_FIELDS, coverage, document_finding, short_reason,
                   prescriptions, rows, written_provisions, zone_finding, zones)

RULE = Rule(
    rule_id="l151_40.secteur_numerique",
    article=f"{TEXTS['L151-40'].article}, {TEXTS['R151-50 2°'].article}",
    title=QT_TR_NOOP("Reinforced digital criteria in zones open to building"),
    quote=TEXTS["L151-40"].quote,
    params=(Param("coverage_threshold", 0.5, "ratio", QT_TR_NOOP("Scan Urba default"),
                  QT_TR_NOOP("share of a zone a prescription must cover to count as "
                             "covering it")),),
    force="faculte",
    piece="reglement_graphique",
)
PADD = Rule(
    rule_id="l151_5.padd_numerique",
    article=TEXTS["L151-5"].article,
    title=QT_TR_NOOP("PADD orientation on digital communications"),
    quote=TEXTS["L151-5"].quote,
    force="obligation",
    piece="padd",
)
RULES = (RULE, PADD)


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
    has = cov >= params["coverage_threshold"]
    opened = (z["TYPEZONE"] == OPENED_AU).to_numpy()
    provisions = written_provisions(inputs, z["LIBELLE"].to_numpy())
    findings = []
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


def padd_findings(inputs, plan) -> list:
    """L151-5: the PADD's orientation on digital communications, from the PADD's text."""
    pieces = getattr(inputs, "pieces", None)
    padd = pieces.padd if pieces is not None else None
    if plan.doc_type.upper() not in ("PLU", "PLUI", ""):
        return []
    if padd is None or not padd.lisible or padd.communications_numeriques is None:
        why = tr("the PADD was not provided") if padd is None else \
            tr("the PADD could not be read ({reason})",
               reason=short_reason(padd.raison, padd.source)) \
            if not padd.lisible else tr("the PADD was read but not evaluated ({reason})",
                                        reason=short_reason(padd.raison, padd.source))
        return [document_finding(
            rule=PADD, avis="information", plan=plan,
            message=tr("PADD orientation on digital communications (L151-5): not evaluated, "
                       "{why}.", why=why),
            suggestion=tr("Give the PADD (Pieces_ecrites/2_PADD) to evaluate this point."))]
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
