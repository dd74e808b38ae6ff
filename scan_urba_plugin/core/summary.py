"""The `inspect` summary of a normalised plan: one JSON-ready dict."""
from collections import Counter

from .standards.cnig import emplacements_reserves


def plan_summary(plan) -> dict:
    er = emplacements_reserves(plan)
    return {
        "model": plan.model,
        "doc_type": plan.doc_type,
        "idurba": plan.idurba,
        "insee": plan.insee,
        "layers": plan.layer_counts(),
        "emplacements_reserves": [
            {"id": r.id, "typepsc": r.typepsc, "stypepsc": r.stypepsc, "libelle": r.libelle,
             "layer": r.layer} for r in er.itertuples()],
        "findings_by_rule": dict(sorted(Counter(f.rule_id for f in plan.findings).items())),
        "findings": [f.as_inspect_dict() for f in plan.findings],
    }
