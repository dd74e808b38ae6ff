"""R151-49 3° CU (R123-9 16° for a plan under the former regime): the règlement may set
e-communications obligations. A faculty: its absence is never a breach.

Only zones open to building (AUc) are looked at, and only when neither the written
règlement (a clause stronger than burial: ducts or connection) nor the map (a 47-05
prescription; 47-00, generic serving, does not count) has one. A written règlement that was
not read leaves the question open ("à vérifier"), never answered. A zone with an L151-40 sector
is left to l151_40 (the sector's criteria are the question there, not "add ducts").
"""
import numpy as np

from ..i18n import QT_TR_NOOP, tr
from ..legal import TEXTS
from .rule import (OPENED_AU, Param, Rule, ZONE_FIELDS, coverage, prescriptions, quoted, regime,
                   reglement_not_read, rows, written_provisions, zone_finding, zones, where_written)

RULE = Rule(
    rule_id="r151_49.regle_communications",
    article=TEXTS["R151-49 3°"].article,
    title=QT_TR_NOOP("E-communications rule of the règlement in zones open to building"),
    quote=TEXTS["R151-49 3°"].quote,
    params=(Param("coverage_threshold", 0.5, "ratio", QT_TR_NOOP("Scan Urba default"),
                  QT_TR_NOOP("share of a zone a prescription must cover to count as "
                             "covering it")),),
    force="faculte",
    piece="reglement_ecrit",
)
RULES = (RULE,)


def coverage_27_00(plan, measures):
    from .l151_40_criteres_renforces import coverage_27_00 as measure

    return measure(plan, measures)
STRONG = ("fourreaux", "raccordement")  # stronger than burial of the networks


def check(inputs, params, measures):
    plan = inputs.plan
    z = zones(plan)
    article = regime(inputs, measures).e_communications_article()
    cov = coverage(z["geometry"].to_numpy(), prescriptions(plan, ("47",), ("05",))["geometry"]
                   .to_numpy())
    mapped = cov >= params["coverage_threshold"]
    provisions = written_provisions(inputs, z["LIBELLE"].to_numpy())
    written = np.array([p is not None and p.niveau in STRONG for p in provisions], dtype=bool)
    opened = (z["TYPEZONE"] == OPENED_AU).to_numpy()
    # a zone with an L151-40 sector: the sector's criteria are the question (l151_40)
    sector = coverage_27_00(plan, measures) >= params["sector_min_share"]
    findings = []
    for i, row in rows(z, np.flatnonzero(opened & ~mapped & ~written & ~sector), ZONE_FIELDS):
        findings.append(_finding(row, provisions[i], article, plan, inputs))
    return {"findings": findings, "zone_columns": {"has_47_05": mapped, "coverage_47_05": cov,
                                                   "reglement_niveau": [
                                                       p.niveau if p else None
                                                       for p in provisions]}}


def _finding(row, provision, article, plan, inputs):
    label = row.get("LIBELLE")
    if provision is None or provision.niveau == "non_trouve":
        why = reglement_not_read(inputs) if provision is None \
            else tr("the chapter of this zone was not found in the written règlement")
        return zone_finding(
            rule=RULE, avis="information", article=article, plan=plan, row=row,
            message=tr("No e-communications prescription (CNIG code 47-05) is digitised on "
                       "zone {label}, open to building; {why}: to be checked.", label=label,
                       why=why),
            suggestion=tr("Check the “desserte par les réseaux” article of the zone in the "
                          "written règlement."))
    level = tr("requires only the burial of networks") if provision.niveau == "enfouissement" \
        else tr("says nothing of electronic communications")
    where = where_written(provision)
    return zone_finding(
        rule=RULE, avis="recommandation", article=article, plan=plan, row=row, **quoted(provision),
        message=tr("Zone {label}, open to building: the written règlement ({where}) {level}, "
                   "and no 47-05 prescription is digitised.", label=label, where=where,
                   level=level),
        suggestion=tr("The règlement may require ducts and chambers for electronic "
                      "communications in new constructions and developments of this zone."))
