"""SCOT sectors with reinforced digital criteria (L141-21 before ordonnance n° 2020-744, the
DOO of a modernised SCOT after) and the PLU's compatibility with its SCOT (L131-4).

Compatibility is judged overall, across the territory, and can be reached through the
written règlement or the OAP: a zone-by-zone overlay gives a point of vigilance, never a
non-conformity. The CNIG SCOT standard has no DOO layer: the sectors come as a layer the
user gives. Only zones open to building (AUc) are looked at.
"""
import numpy as np

from ..french import percent
from ..i18n import QT_TR_NOOP, tr
from ..legal import TEXTS, scot_article
from .rule import (OPENED_AU, Param, Rule, ZONE_FIELDS, coverage, rows, written_provisions,
                   zone_finding, zones)
from .l151_40_criteres_renforces import coverage_27_00

RULE = Rule(
    rule_id="l141_21.vigilance_scot",
    article=f"{TEXTS['L141-21'].article} ; {TEXTS['L131-4'].article}",
    title=QT_TR_NOOP("Compatibility with the SCOT's digital sectors (point of vigilance)"),
    quote=TEXTS["L141-21"].quote + " " + TEXTS["L131-4"].quote,
    params=(Param("min_scot_overlap", 0.1, "ratio", QT_TR_NOOP("Scan Urba default"),
                  QT_TR_NOOP("share of an AU zone inside a SCOT sector from which the sector "
                             "applies to it")),),
    requires=("scot_sectors",),
    force="compatibilite",
    piece="reglement_graphique",
)
RULES = (RULE,)


def check(inputs, params, measures):
    plan = inputs.plan
    z = zones(plan)
    inside = coverage(z["geometry"].to_numpy(), inputs.scot_sectors["geometry"].to_numpy())
    cov = coverage_27_00(plan, measures)
    article = f"{scot_article(inputs.scot)} ; {TEXTS['L131-4'].article}"
    opened = (z["TYPEZONE"] == OPENED_AU).to_numpy()
    watch = opened & (inside >= params["min_scot_overlap"]) & \
        (cov < params["coverage_threshold"])
    provisions = written_provisions(inputs, z["LIBELLE"].to_numpy())
    findings = []
    for i, row in rows(z, np.flatnonzero(watch), ZONE_FIELDS):
        silent = provisions[i] is not None and provisions[i].niveau in ("absent",
                                                                        "enfouissement")
        findings.append(zone_finding(
            rule=RULE, avis="recommandation" if silent else "observation", article=article,
            plan=plan, row=row, metric=inside[i], unit="ratio",
            message=tr("Point of vigilance (compatibility with the SCOT): zone {label}, open to "
                       "building, lies {inside} inside a SCOT sector whose opening is "
                       "subject to reinforced digital criteria; no L151-40 sector (27-00) is "
                       "digitised on it.", label=row.get("LIBELLE"),
                       inside=percent(inside[i])),
            suggestion=tr("Show how the règlement or the OAP of this zone carry the SCOT's "
                          "reinforced criteria (compatibility is judged overall).")))
    return {"findings": findings, "zone_columns": {"in_scot_sector": inside}}
