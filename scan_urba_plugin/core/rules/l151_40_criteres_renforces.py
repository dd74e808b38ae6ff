"""L151-40 CU: reinforced digital criteria in the sectors a PLU opens to urbanisation.

Each AUc and AUs zone should lie in a 27-00 "secteur d'aménagement numérique". A document
that opens AU zones yet says nothing (no 27-00, no 47-05 anywhere) carries a legal risk
(Annexe C of the PACA SCANT).
"""
import numpy as np
import shapely

from ..i18n import QT_TR_NOOP, tr
from .rule import Param, Rule, ZONE_FIELDS, coverage, finding, prescriptions, rows, zones

RULE = Rule(
    rule_id="l151_40.secteur_numerique",
    article="L151-40",
    title=QT_TR_NOOP("Reinforced digital criteria in zones opened to urbanisation"),
    quote="Le règlement « peut imposer aux constructions, travaux, installations et "
          "aménagements dans les secteurs qu'il ouvre à l'urbanisation de respecter, en matière "
          "d'infrastructures et réseaux de communications électroniques, des critères de "
          "qualité renforcés, qu'il définit » (L151-40) ; CCH L111-5-1-1 : fibre optique "
          "obligatoire dans les bâtiments neufs.",
    params=(Param("coverage_threshold", 0.5, "ratio", "Scan Urba default", QT_TR_NOOP("share of a zone a "
                  "prescription must cover to count as covering it")),),
)
SILENT = Rule(
    rule_id="l151_40.document_muet",
    article="L151-40, L101-2",
    title=QT_TR_NOOP("Plan silent on digital networks while opening zones to urbanisation"),
    quote="« Un document qui omettrait de fixer des objectifs, n'arrêterait pas d'orientation "
          "générale ou n'évoquerait pas les enjeux des politiques publiques de développement des "
          "communications électroniques présenterait dès lors des lacunes singulières et "
          "pourrait encourir un risque d'illégalité. » (SCANT PACA, annexe C)",
)
RULES = (RULE, SILENT)
AU = ("AUc", "AUs")


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
    findings, layer = [], plan.layer_name("ZONE_URBA")
    au = z["TYPEZONE"].isin(AU).to_numpy()
    for i, row in rows(z, np.flatnonzero(au & ~has), ZONE_FIELDS):
        findings.append(finding(
            RULE, "recommandation", "opposable",
            tr("AU zone {label} ({typezone}) is {pct} % covered by a 27-00 “secteur "
               "d'aménagement numérique”.", label=row.get("LIBELLE"), typezone=row["TYPEZONE"],
               pct=f"{100 * cov[i]:.0f}"),
            plan, layer, row["fid"], "geometry", row["geometry"], cov[i], "ratio",
            str(row.get("LIBELLE") or ""),
            tr("Delimit a 27-00 sector over this zone and define reinforced criteria (ducts, "
               "chambers, fibre to each lot); new buildings must be fibred anyway "
               "(L111-5-1-1 CCH).")))
    sectors = prescriptions(plan, ("27",))
    rules_47 = prescriptions(plan, ("47",), ("05", "00"))
    if au.any() and not len(sectors) and not len(rules_47):
        findings.append(finding(
            SILENT, "risque", "recommandation",
            tr("The document opens {n} AU zone(s) to urbanisation but has no 27-00 sector and no "
               "47-05 rule anywhere: it says nothing of electronic communications.",
               n=int(au.sum())),
            plan, layer, None, None, shapely.union_all(z.loc[au, "geometry"].to_numpy()),
            float(au.sum()), "zones", "",
            tr("State digital objectives in the PADD and the rapport de présentation, and "
               "translate them into 27-00 sectors and 47-05 rules.")))
    return {"findings": findings, "zone_columns": {"has_27_00": has, "coverage_27_00": cov}}
