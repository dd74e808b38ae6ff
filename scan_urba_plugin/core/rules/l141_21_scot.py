"""L141-21 CU: a SCOT may make opening zones conditional on reinforced digital criteria.

The CNIG SCOT standard has no DOO layer: the sectors come as a layer the user gives. A PLU
must be compatible with its SCOT (L131-4): an AU zone inside such a sector without a 27-00
sector of the PLU is a non-conformity.
"""
import numpy as np

from ..i18n import QT_TR_NOOP, tr
from .rule import Param, Rule, ZONE_FIELDS, coverage, finding, rows, zones
from .l151_40_criteres_renforces import coverage_27_00

RULE = Rule(
    rule_id="l141_21.compatibilite_scot",
    article="L141-21, L131-4",
    title=QT_TR_NOOP("Compatibility with the SCOT's digital sectors"),
    quote="Le DOO peut définir des secteurs où « l'ouverture de nouvelles zones à "
          "l'urbanisation est subordonnée à l'obligation pour les constructions, travaux, "
          "installations et aménagements de respecter des critères de qualité renforcés en "
          "matière d'infrastructures et réseaux de communications électroniques » (L141-21) ; "
          "le PLU doit être compatible avec le SCOT (L131-4).",
    params=(Param("min_scot_overlap", 0.1, "ratio", "Scan Urba default", QT_TR_NOOP("share of an AU zone "
                  "inside a SCOT sector from which the sector applies to it")),),
    requires=("scot_sectors",),
)
RULES = (RULE,)


def check(inputs, params, measures):
    plan = inputs.plan
    z = zones(plan)
    inside = coverage(z["geometry"].to_numpy(), inputs.scot_sectors["geometry"].to_numpy())
    cov = coverage_27_00(plan, measures)
    findings, layer = [], plan.layer_name("ZONE_URBA")
    au = z["TYPEZONE"].isin(("AUc", "AUs")).to_numpy()
    bad = au & (inside >= params["min_scot_overlap"]) & (cov < params["coverage_threshold"])
    for i, row in rows(z, np.flatnonzero(bad), ZONE_FIELDS):
        findings.append(finding(
            RULE, "non_conformite", "opposable",
            tr("AU zone {label} lies {inside} % inside a SCOT sector where opening to "
               "urbanisation requires reinforced digital criteria (L141-21), but only {pct} % of "
               "it is in a 27-00 sector of the PLU.", label=row.get("LIBELLE"),
               inside=f"{100 * inside[i]:.0f}", pct=f"{100 * cov[i]:.0f}"),
            plan, layer, row["fid"], "geometry", row["geometry"], inside[i], "ratio",
            str(row.get("LIBELLE") or ""),
            tr("Make the PLU compatible with the SCOT: delimit a 27-00 sector with the SCOT's "
               "reinforced criteria over this zone.")))
    return {"findings": findings, "zone_columns": {"in_scot_sector": inside}}
