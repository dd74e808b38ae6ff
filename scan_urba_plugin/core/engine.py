"""The compliance engine: runs every rule module on the scan inputs and assembles the output
contract (findings, zones_bilan, points_hauts_bilan, emplacements réservés)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
import shapely

from .errors import ScanUrbaError
from .legal import regime_of
from .i18n import QT_TR_NOOP, listed, tr
from .model import Finding
from .perimeter import INPUTS
from .rules import (
    antennes_points_hauts,
    costs,
    l113_2_points_hauts,
    l141_21_scot,
    l151_11_zones_a_n,
    l151_39_desserte,
    l151_40_criteres_renforces,
    l151_41_emplacements_reserves,
    l151_7_oap,
    r151_49_coherence,
    r151_49_regle_47_05,
)
from .rules.rule import documents_of, several_documents, zones
from .spatial_index import owning_index
from .standards.cnig import emplacements_reserves
from .vocabulary import AU_ZONES, U

# Order matters where a module reuses what an earlier one measured (PlanMeasures).
MODULES = (l151_39_desserte, r151_49_regle_47_05, l151_40_criteres_renforces, r151_49_coherence,
           l151_7_oap, l141_21_scot, l151_41_emplacements_reserves, l113_2_points_hauts,
           l151_11_zones_a_n, antennes_points_hauts)


def all_rules():
    return [rule for module in MODULES for rule in module.RULES]


def all_params() -> dict:
    """Every parameter of the compliance rules and costs: {name: Param}."""
    params = {}
    for p in [p for rule in all_rules() for p in rule.params] + list(costs.PARAMS):
        params.setdefault(p.name, p)
    return params


def resolve_params(user: dict | None) -> dict:
    known = all_params()
    values = {name: p.default for name, p in known.items()}
    for name, value in (user or {}).items():
        if name not in known:
            raise ScanUrbaError(tr("Unknown parameter {name}. Known: {known}.", name=name,
                                   known=", ".join(sorted(known))))
        if value is not None:
            values[name] = float(value)
    return values


@dataclass
class PlanMeasures:
    """What one rule measures and another reuses, by name (filled as the rules run, in
    MODULES order; None until measured)."""

    served_existing: np.ndarray | None = None    # serving: share of each zone reached today
    served_planned: np.ndarray | None = None     # … by planned routes
    served_any: np.ndarray | None = None         # … by either (where the existing share is low)
    coverage_27_00: np.ndarray | None = None     # L151-40: share of each zone in 27-00 sectors
    planned_sites: pd.DataFrame | None = None    # L151-41: planned network sites (read by antennas)
    antennas_to_fibre: pd.DataFrame | None = None  # antennas: supports to fibre (trench sharing)
    served_basis: str | None = None              # "pbo" zones, "cables" routes, "cheminements"
    regime: object = None                        # legal.Regime of the plan (DOC_URBA)


@dataclass
class ComplianceResult:
    findings: list
    zones_bilan: pd.DataFrame
    points_hauts_bilan: pd.DataFrame
    emplacements: pd.DataFrame
    params: dict
    not_evaluated: list = field(default_factory=list)
    measures: PlanMeasures = field(default_factory=PlanMeasures)


# what to give when the inputs given lie outside the plan (one file, several)
COVERING = (QT_TR_NOOP("Give the {inputs} data covering the commune: the file given lies "
                       "outside the plan."),
            QT_TR_NOOP("Give the {inputs} data covering the commune: the files given lie "
                       "outside the plan."))


def _not_evaluated(rule, missing, plan, uncovered=None) -> Finding:
    """A rule not evaluated for lack of inputs: each input is said missing, or given but
    set aside because it lies outside the plan (with its distance), never both at once."""

    uncovered = uncovered or {}
    absent = [INPUTS.get(m, m) for m in missing if m not in uncovered]
    outside = [(INPUTS.get(m, m), uncovered[m]) for m in missing if m in uncovered]
    parts = ([tr("no {inputs} given", inputs=", ".join(absent))] if absent else []) + \
        _outside_reason(outside)
    asks = ([tr("Give the {inputs} layer to evaluate this point." if len(absent) == 1 else
                "Give the {inputs} layers to evaluate this point.",
                inputs=", ".join(absent))] if absent else []) + (
        [tr(COVERING[len(outside) > 1], inputs=", ".join(n for n, _ in outside))]
        if outside else [])
    return Finding(rule_id="engine.non_evalue", avis="information", force=rule.force,
                   piece=rule.piece, message=tr("{title}: not evaluated, {why}.",
                                                title=tr(rule.title), why=_chained(parts)),
                   source_layer="", article=rule.article, reference=rule.reference,
                   libelle=tr(rule.title), insee=plan.insee, idurba=plan.idurba,
                   suggestion=" ".join(asks))


def _outside_reason(outside: list) -> list:
    """« le fichier GraceTHD fourni est hors du plan (à 400 km) », or for several one clause,
    « hors du plan » said once: « les fichiers ANFR/ARCEP et GraceTHD fournis sont hors du
    plan (à 400 km) » (each distance when they differ)."""
    from .perimeter import distance_text

    if len(outside) < 2:
        return [tr("the {input} given lies outside the plan ({distance} away)", input=name,
                   distance=distance_text(metres)) for name, metres in outside]
    names = [name for name, _ in outside]
    distances = list(dict.fromkeys(distance_text(metres) for _, metres in outside))
    return [tr("the {inputs} files given lie outside the plan ({distances} away)",
               inputs=listed(names), distances=listed(distances))]


def _chained(reasons: list) -> str:
    """Reasons one after the other (« … ; … » in French)."""
    text = reasons[0] if reasons else ""
    for more in reasons[1:]:
        text = tr("{reason}; {more}", reason=text, more=more)
    return text


def _agglomeration_default(plan) -> Finding:
    """Say in which sense the L49 thresholds read the agglomération (D407-4 CPCE): the
    commune's INSEE unité urbaine, never the plan's U zones."""
    from .rules.rule import zone_communes
    from .standards import unites_urbaines as uu

    communes = plan.insee or ",".join(sorted({c for c in zone_communes(plan) if c}))
    answer = uu.in_unite_urbaine([communes])[0]
    return Finding(rule_id="engine.agglomeration_par_defaut", avis="information",
                   force="bonne_pratique", piece="hors_document", famille="qualite_donnees",
                   article="L49 CPCE ; D407-4 CPCE",
                   message=tr("L49 thresholds (150 m in an agglomération, 1 000 m outside, "
                              "article D407-4 CPCE): the agglomération is read as the "
                              "commune's INSEE unité urbaine ({vintage}), not from the plan's "
                              "zones: {answer}.", vintage=tr(uu.VINTAGE), answer=tr(uu.notion(answer))),
                   suggestion=tr("Give an agglomération layer to decide otherwise; each "
                                 "trench-sharing row names the notion it used.")
                   if answer is not None else tr(
                       "Give an agglomération layer: until then works between 150 m and "
                       "1 000 m are L49 works only if the commune lies in an unité urbaine."),
                   insee=plan.insee, idurba=plan.idurba)


def _not_applicable(plan, scot=False) -> Finding:
    """A carte communale has no règlement, PADD or OAP: the PLU articles do not apply; a
    SCOT's PAS and DOO are not read (not evaluated, never "nothing to say")."""
    message = tr("SCOT: the PLU provisions on digital networks do not apply; the SCOT's PAS "
                 "and DOO are not analysed (not evaluated).") if scot else \
        tr("Carte communale: the PLU provisions on digital networks (PADD, règlement, OAP) "
           "do not apply; only the trench-sharing opportunities and the antenna sites are "
           "reported.")
    return Finding(rule_id="engine.non_applicable", avis="information", force="faculte",
                   piece="hors_document", article="L151-5, L151-39 à L151-41 CU",
                   message=message, insee=plan.insee, idurba=plan.idurba)


def run_compliance(inputs, params: dict | None = None, progress=None,
                   quality_findings=(), report=True) -> ComplianceResult:
    """Run all rules. ``progress(fraction, text)`` may raise to cancel.

    With ``report=False`` the rules only measure (what trench sharing needs): the result
    holds the readers' findings, not the rules', and its zones are not evaluated."""
    values = resolve_params(params)
    plan = inputs.plan
    findings = list(plan.findings) + list(quality_findings)
    z = zones(plan)
    zone_cols, measures, not_evaluated, points_hauts = {}, PlanMeasures(), [], None
    regime = regime_of(plan)
    carte = regime.carte_communale or regime.scot
    if carte and report:
        findings.append(_not_applicable(plan, regime.scot))
    for n, module in enumerate(MODULES):
        if carte and module is not antennes_points_hauts:
            continue
        if progress:
            progress(n / len(MODULES), module.__name__.rsplit(".", 1)[-1])
        unmet = {rule.rule_id: [r for r in rule.requires if not inputs.has(r)]
                 for rule in module.RULES}
        for rule in module.RULES:
            if unmet[rule.rule_id] and report:
                not_evaluated.append(rule.rule_id)
                findings.append(_not_evaluated(rule, unmet[rule.rule_id], plan,
                                               getattr(inputs, "uncovered", None)))
        if all(unmet.values()):
            continue
        result = module.check(inputs, values, measures)
        if report:
            findings += result.get("findings", [])
        zone_cols.update(result.get("zone_columns", {}))
        if "points_hauts" in result:
            points_hauts = result["points_hauts"]
    if inputs.has("works") and not inputs.has("agglomeration"):
        findings.append(_agglomeration_default(plan))
    findings = _own_documents(plan, findings)
    return ComplianceResult(findings, _zones_bilan(plan, z, zone_cols, findings, report),
                            points_hauts if points_hauts is not None else _empty_points_hauts(),
                            _emplacements(plan), values, not_evaluated, measures)


def _own_documents(plan, findings: list) -> list:
    """In a mosaic of several documents, each located finding names its own commune and
    document (the zone under it, else the nearest: a finding in the margin between two
    communes goes to the nearer), so that a département can sort its opinions per commune."""
    if not several_documents(plan):
        return findings
    located = [k for k, f in enumerate(findings) if f.geometry is not None]
    points = shapely.point_on_surface(np.array([findings[k].geometry for k in located],
                                               dtype=object))
    zone_geoms = zones(plan)["geometry"].to_numpy()
    insee, idurba = documents_of(plan, owning_index(points, zone_geoms))
    out = list(findings)
    for k, code, doc in zip(located, insee, idurba):
        out[k] = replace(out[k], insee=code, idurba=doc)
    return out


# "non_evalue" only when the rules measured without reporting (trench sharing alone).
ZONE_STATUSES = ("reserve", "recommandation", "observation", "sans_observation",
                 "non_concernee", "non_evalue")
# Zones no rule looks at: A and N zones (only antenna supports may fall there).
CONCERNED = (U,) + AU_ZONES


def _zones_bilan(plan, z, cols, findings, evaluated=True) -> pd.DataFrame:
    """One row per zone; ``status`` is the strongest avis of its legal findings, else
    "sans_observation" where a rule looked at it, "non_concernee" where none applies.
    Data-quality findings never set a status."""
    layer = plan.layer_name("ZONE_URBA")
    per_zone = {}
    for f in findings:
        if f.source_layer == layer and f.source_id is not None and f.famille == "juridique":
            per_zone.setdefault(f.source_id, []).append(f.avis)
    n = len(z)
    nan = np.full(n, np.nan)
    ident = next((z[c] for c in ("LIB_IDZONE", "IDZONE") if c in z and z[c].notna().all()),
                 z["fid"].astype(str))
    out = pd.DataFrame({
        "fid": z["fid"].to_numpy(), "zone_id": ident.to_numpy(), "libelle": z.get("LIBELLE"),
        "typezone": z["TYPEZONE"],
        "area_m2": np.round(shapely.area(z["geometry"].to_numpy()), 1),
        "served_share_existing": np.round(cols.get("served_share_existing", nan), 4),
        "served_share_planned": np.round(cols.get("served_share_planned", nan), 4),
        "zone_amii": cols.get("zone_amii", np.zeros(n, dtype=bool)),
        "has_27_00": cols.get("has_27_00", np.zeros(n, dtype=bool)),
        "has_47_05": cols.get("has_47_05", np.zeros(n, dtype=bool)),
        "reglement_niveau": cols.get("reglement_niveau", [None] * n),
    })
    avis = [per_zone.get(str(fid), []) for fid in out["fid"]]
    concerned = z["TYPEZONE"].isin(CONCERNED).to_numpy()
    out["n_findings"] = [len(a) for a in avis]
    out["status"] = ["non_evalue" if not evaluated else
                     next((s for s in ZONE_STATUSES[:3] if s in a), None) or
                     ("sans_observation" if a or c else "non_concernee")
                     for a, c in zip(avis, concerned)]
    out["geometry"] = z["geometry"].to_numpy()
    return out


def _empty_points_hauts() -> pd.DataFrame:
    return pd.DataFrame(columns=["sup_id", "operators", "owner", "nature", "cluster_id",
                                 "zone_typezone", "fibred", "distance_to_fibre_m", "sensitive",
                                 "planned", "geometry"])


def _emplacements(plan) -> pd.DataFrame:
    er = emplacements_reserves(plan)
    labels = {"01": "voies publiques", "02": "ouvrages publics",
              "03": "installations d'intérêt général", "04": "espaces verts",
              "05": "logement social", "06": "servitude de localisation",
              "07": "secteur de projet", "08": "relocalisation (trait de côte)", "00": "—"}
    er["type"] = er["stypepsc"].map(labels).fillna("")
    return er
