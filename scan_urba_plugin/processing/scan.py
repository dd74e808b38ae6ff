"""The scan algorithms: compliance check, trench sharing, and both at once (full scan)."""
import contextlib
import json

from qgis.core import QgsProcessingOutputNumber

from ..core import trench_sharing
from ..core.engine import resolve_params, run_compliance
from ..core.i18n import tr
from ..core.output import compliance_layers, context_layers, trench_layers
from ..core.parallel import Background
from ..core.summary import scan_summary
from ..qgis_io.result_layers import load_on_completion
from .scan_base import ScanAlgorithmBase

TRENCH_PARAMS = {p.name: p for p in trench_sharing.RULE.params}


def plan_label(summary: dict) -> str:
    return summary.get("idurba") or summary.get("insee") or "?"


def recap_lines(summary: dict, output) -> list[str]:
    """What a run did, in a few lines of the Processing log."""
    lines = [tr("Plan {plan}.", plan=plan_label(summary))]
    if summary.get("not_evaluated"):
        lines.append(tr("Not evaluated (missing input): {rules}",
                        rules=", ".join(summary["not_evaluated"])))
    if "opportunities" in summary:
        lines.append(tr("{n} trench-sharing opportunities, {length} m shared, {cost} € avoided.",
                        n=summary["opportunities"], length=f"{summary['shared_length_m']:.0f}",
                        cost=f"{summary['cost_avoided_eur']:,.0f}".replace(",", "\u202f")))
    if output:
        lines.append(tr("Result: {path}", path=output))
    return lines


class CheckComplianceAlgorithm(ScanAlgorithmBase):
    alg_name = "checkcompliance"
    with_compliance, with_trench = True, False

    def displayName(self):
        return tr("Check the plan (L151-39, L151-40, L151-41, R151-49, L141-21, antenna sites)")

    def shortHelpString(self):
        return tr(
            "Overlays the urban plan with the duct network, antenna sites and SCOT sectors and "
            "reports, with the article behind each finding: buildable zones poorly served "
            "(L151-39, R151-49 3°), missing 47-05 rules, AU zones without a 27-00 digital "
            "sector (L151-40) or incompatible with a SCOT L141-21 sector, planned network sites "
            "without an emplacement réservé (L151-41), future roads without ducts, antenna "
            "sites to pool, sensitive or to fibre, and planned sites (L34-9-1 CPCE). Each "
            "finding says whether it concerns the binding règlement (opposable) or the report "
            "and objectives (recommandation). Rules that lack an input are listed as not "
            "evaluated. Output: findings_surf/_lin/_pct, zones_bilan, points_hauts_bilan, "
            "emplacements_reserves and run_info in one GeoPackage (EPSG:2154).")

    def initAlgorithm(self, config=None):
        self.add_scan_inputs()
        self.add_numeric_parameters()
        self.add_scan_output()
        self.addOutput(QgsProcessingOutputNumber("N_OPPORTUNITIES", tr("Number of opportunities")))

    def summary_text(self, summary: dict) -> str:
        """The headline only, on one line: each finding is in the GeoPackage (and in the
        REPORT file), not in the toolbox dialog's log."""
        headline = {k: v for k, v in summary.items()
                    if k not in ("findings", "findings_by_article")}
        headline["n_findings"] = len(summary.get("findings", []))
        return json.dumps(headline, ensure_ascii=False, separators=(",", ":"), default=str)

    def param_definitions(self):
        defs = super().param_definitions()
        return {**defs, **TRENCH_PARAMS} if self.with_trench else defs

    def execute(self, parameters, context, feedback):
        inputs, quality, records, started = self.read(parameters, context, feedback)
        params = self.numeric_values(parameters, context)
        rule_params = {k: v for k, v in params.items() if k not in TRENCH_PARAMS}
        values = {**resolve_params(rule_params), **{k: params.get(k, p.default)
                                                    for k, p in TRENCH_PARAMS.items()}}
        opportunities = None
        # The trench-sharing half that needs no compliance result runs in a worker beside
        # the rules; the layers that do not wait for it are written meanwhile.
        with self.output_package(parameters, context, feedback) as package, \
                (Background(lambda: trench_sharing.prepare(inputs, values)) if self.with_trench
                 else contextlib.nullcontext()) as trench_job:
            result = run_compliance(inputs, rule_params, self.progress(feedback, 20, 40), quality)
            if not self.with_compliance:
                result.findings = [f for f in result.findings if f.rule_id.startswith(
                    ("cnig.", "gracethd.", "works.", "anfr."))]
            if package is not None:
                package.add({**compliance_layers(result), **context_layers(inputs)})
            if self.with_trench:
                prepared = trench_job.result()
                opportunities = trench_sharing.opportunities(
                    inputs, result, values, progress=self.progress(feedback, 60, 20),
                    prepared=prepared)
            if package is not None:
                package.add(trench_layers(opportunities, self.run_info(records, params, started)))
        in_corridors = prepared["planned_in_corridors"] if self.with_trench else None
        summary = scan_summary(inputs.plan, result, opportunities, in_corridors)
        results = self.finish_outputs(parameters, context, feedback, summary, len(result.findings))
        results["N_OPPORTUNITIES"] = 0 if opportunities is None else len(opportunities)
        for line in recap_lines(summary, results.get("OUTPUT")):
            feedback.pushInfo(line)
        if results.get("OUTPUT"):  # the toolbox dialog loads them styled; the dock too
            load_on_completion(context, results["OUTPUT"], plan_label(summary))
        target = self.parameterAsString(parameters, "OUTPUT_POSTGIS", context)
        if target:
            from ..qgis_io import postgis

            results["OUTPUT_POSTGIS"] = postgis.write(
                results["OUTPUT"], target, self.parameterAsBool(parameters, "OVERWRITE", context))
        return results


class TrenchSharingAlgorithm(CheckComplianceAlgorithm):
    alg_name = "trenchsharing"
    with_compliance, with_trench = False, True

    def displayName(self):
        return tr("Propose trench sharing (L49, L47 CPCE, burial of aerial lines)")

    def shortHelpString(self):
        return tr(
            "Matches works that will open the ground (planned works, ER 05-01 future roads, AU "
            "zones to develop) with the places that need ducts (RIP routes to build, unserved "
            "zones, antenna sites to fibre, AU zones, missing links between duct routes, aerial "
            "lines to bury). A need and an offer match where they run within the corridor width "
            "of each other, or where the need crosses the offer polygon. For each opportunity: "
            "shared length, agglomération, L49 threshold and eligibility, L49 deadline "
            "(declaration + 6 weeks), unit cost and cost avoided, partners, legal basis, score "
            "and rank. Output: the layer opportunites.")


class FullScanAlgorithm(CheckComplianceAlgorithm):
    alg_name = "fullscan"
    with_compliance, with_trench = True, True

    def displayName(self):
        return tr("Full scan: compliance check and trench sharing")

    def shortHelpString(self):
        return tr("Runs the compliance check and the trench-sharing proposals on the same inputs "
                  "and writes both into one GeoPackage, with run_info.")
