"""R151-49 3° and L151-39 CU: a 47-05 (or 47-00) rule of the règlement where it is needed.

Absent on an AU zone: recommend adding one. Absent on a poorly served U zone: recommend too.
"""
import numpy as np

from ..i18n import QT_TR_NOOP, tr
from .rule import Param, Rule, ZONE_FIELDS, coverage, finding, prescriptions, rows, zones
from .l151_39_desserte import shares

RULE = Rule(
    rule_id="r151_49.regle_47_05",
    article="R151-49 3°, L151-39",
    title=QT_TR_NOOP("Network-serving rule (prescription 47-05) of the règlement"),
    quote="Le règlement « peut fixer les obligations imposées aux constructions, travaux, "
          "installations et aménagements, en matière d'infrastructures et réseaux de "
          "communications électroniques » (R151-49 3°) — prescription CNIG 47-05 "
          "« Infrastructures et réseaux de communications électroniques ».",
    params=(Param("coverage_threshold", 0.5, "ratio", "Scan Urba default", QT_TR_NOOP("share of a zone a "
                  "prescription must cover to count as covering it")),),
)
RULES = (RULE,)


def check(inputs, params, measures):
    plan = inputs.plan
    z = zones(plan)
    rules_47 = prescriptions(plan, ("47",), ("05", "00"))
    cov = coverage(z["geometry"].to_numpy(), rules_47["geometry"].to_numpy())
    has = cov >= params["coverage_threshold"]
    poorly_served = np.zeros(len(z), dtype=bool)
    if inputs.has("network"):
        existing, _, _ = shares(inputs, params, measures)
        poorly_served = existing < params["good_share"]
    findings, layer = [], plan.layer_name("ZONE_URBA")
    for i, row in rows(z, np.flatnonzero(~has), ZONE_FIELDS):
        is_au = row["TYPEZONE"] in ("AUc", "AUs")
        if not (is_au or (row["TYPEZONE"] == "U" and poorly_served[i])):
            continue
        message = tr("Zone {label} ({typezone}) opens land to building but no 47-05 rule covers "
                     "it ({pct} % covered).", label=row.get("LIBELLE"), typezone=row["TYPEZONE"],
                     pct=f"{100 * cov[i]:.0f}") if is_au else \
            tr("Zone {label} (U) is poorly served and no 47-05 rule covers it ({pct} % covered).",
               label=row.get("LIBELLE"), pct=f"{100 * cov[i]:.0f}")
        findings.append(finding(
            RULE, "recommandation", "opposable", message, plan, layer, row["fid"], "geometry",
            row["geometry"], cov[i], "ratio", str(row.get("LIBELLE") or ""),
            tr("Add a 47-05 prescription requiring ducts and chambers for electronic "
               "communications (R151-49 3°) to the règlement of this zone.")))
    return {"findings": findings, "zone_columns": {"has_47_05": has, "coverage_47_05": cov}}
