"""The scan algorithms: compliance check, trench sharing, and both at once (full scan).
Each asks core.scan.run_scan for its parts and writes what it returns."""
from qgis.core import QgsProcessingOutputNumber

from ..core.i18n import tr
from ..core.output import trench_layers
from ..core.scan import ALL_PARTS, COMPLIANCE, TRENCH, run_scan
from ..core.summary import scan_summary
from .scan_base import ScanAlgorithmBase


class CheckComplianceAlgorithm(ScanAlgorithmBase):
    alg_name = "checkcompliance"
    parts = (COMPLIANCE,)

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

    def execute(self, parameters, context, feedback):
        inputs, quality, records, run = self.read(parameters, context, feedback)
        with self.output_package(parameters, context, feedback) as package:
            write = package.add if package is not None else None
            result = run_scan(inputs, run.params, self.progress(feedback, 20, 60),
                              parts=self.parts, quality_findings=quality, write_layers=write,
                              run=run)
            if package is not None:
                package.add(trench_layers(result.opportunities, self.run_info(run)))
        summary = scan_summary(inputs.plan, result)
        results = self.finish_outputs(parameters, context, feedback, summary, len(result.findings))
        results["N_OPPORTUNITIES"] = 0 if result.opportunities is None \
            else len(result.opportunities)
        target = self.parameterAsString(parameters, "OUTPUT_POSTGIS", context)
        if target:
            from ..qgis_io import postgis

            results["OUTPUT_POSTGIS"] = postgis.write(
                results["OUTPUT"], target, self.parameterAsBool(parameters, "OVERWRITE", context))
        return results


class TrenchSharingAlgorithm(CheckComplianceAlgorithm):
    alg_name = "trenchsharing"
    parts = (TRENCH,)

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
    parts = ALL_PARTS

    def displayName(self):
        return tr("Full scan: compliance check and trench sharing")

    def shortHelpString(self):
        return tr("Runs the compliance check and the trench-sharing proposals on the same inputs "
                  "and writes both into one GeoPackage, with run_info.")
