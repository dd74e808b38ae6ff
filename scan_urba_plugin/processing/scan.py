"""The scan algorithms: compliance check, trench sharing, and both at once (full scan).

Each is parameters → sources → core.scan.run_scan(parts) → outputs; its input parameters
come from the one table of scan inputs (parameters.SCAN_INPUTS)."""
import datetime as dt
import json

import pandas as pd

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..about import version
from ..core import french
from ..core.detect import folder_of, not_a_plan
from ..core.errors import ScanUrbaError
from ..core.i18n import QT_TR_NOOP, plural, tr
from ..core.legal import document_rows
from ..core.output import run_info_frame, trench_layers
from ..core.report import kind_label
from ..core.scan import (
    ALL_PARTS,
    COMPLIANCE,
    MARGIN,
    TRENCH,
    RunInfo,
    cut_to_plan,
    param_definitions,
    run_scan,
    scan_params,
)
from ..core.summary import scan_summary
from ..core.pieces import pieces_dict
from ..parameters import (
    FILE,
    FILES,
    FOLDER_KIND,
    LINE,
    N_OPPORTUNITIES,
    OUTPUT,
    OUTPUT_POSTGIS,
    OVERWRITE,
    PLAN_INPUT,
    POLYGON,
    SCAN_INPUTS,
    SOURCE,
    VECTOR,
)
from ..qgis_io.result_layers import load_on_completion
from ..qgis_io.scan_inputs import ScanSources, read_scan_inputs
from .algorithm import ScanUrbaAlgorithm

ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
BEHAVIOR = {FILE: QgsProcessingParameterFile.Behavior.File,
            FOLDER_KIND: QgsProcessingParameterFile.Behavior.Folder}
GEOMETRY = {LINE: QgsProcessing.SourceType.TypeVectorLine,
            POLYGON: QgsProcessing.SourceType.TypeVectorPolygon}
# parameters shown first; the others are advanced
COMMON_PARAMS = ("margin", "serving_distance", "fibred_distance", "pooling_radius",
                 "corridor_width", "gap_max")


# A required source's one field in the toolbox dialog, which takes a file or a typed folder.
REQUIRED_LABELS = {"plan": QT_TR_NOOP("Urban plan (GPU folder or zip, GeoPackage…)")}


def plan_label(summary: dict) -> str:
    """The plan a run is about: its IDURBA, or for a mosaic of plans how many there are
    (never the first commune's name for all of them)."""
    n = int(summary.get("n_documents") or 1)
    if n > 1:
        return tr("mosaic of {n} documents", n=french.number(n))
    return summary.get("idurba") or summary.get("insee") or "?"


def document_count(plan) -> int:
    zones = plan.table("ZONE_URBA") if plan is not None else None
    if zones is None or "IDURBA" not in zones:
        return 1
    return max(int(zones["IDURBA"].nunique()), 1)


def recap_lines(summary: dict, output) -> list[str]:
    """What a run did, in a few lines of the Processing log."""
    lines = [tr("Plan {plan}.", plan=plan_label(summary))]
    if summary.get("not_evaluated"):
        lines.append(tr("Not evaluated (missing input): {rules}",
                        rules="; ".join(kind_label(r) for r in summary["not_evaluated"])))
    if "opportunities" in summary:
        low, high = summary["cost_range_eur"]
        n = int(summary["opportunities"])
        lines.append(tr("{n} {rows}, {length} m of trench (each once), civil-works cost of the "
                        "order of {low} to {high} €.", n=french.number(n),
                        rows=plural(n, QT_TR_NOOP("trench-sharing row"),
                                    QT_TR_NOOP("trench-sharing rows")),
                        length=french.number(summary["shared_length_m"]),
                        low=french.number(low), high=french.number(high)))
    if output:
        lines.append(tr("Result: {path}", path=output))
    return lines


UNITS = {"days": QT_TR_NOOP("days"), "ratio": QT_TR_NOOP("share, 0 to 1")}


def unit_words(unit: str) -> str:
    """A parameter's unit as a reader says it (m, €/m, jours, part de 0 à 1)."""
    return tr(UNITS[unit]) if unit in UNITS else unit


def unit_decimals(unit: str) -> int:
    return 2 if unit == "ratio" else 0


def sentence(text: str) -> str:
    """Sentence case: a label starts with a capital (« Distance de desserte (m) »)."""
    return text[:1].upper() + text[1:]


def warn_uncovered(findings, feedback) -> None:
    """Say, before the scan, each input that does not cover the plan (the dock shows the
    errors an algorithm reports; the scan goes on without that input)."""
    for finding in findings:
        feedback.reportError(finding.message + " " + finding.suggestion, False)


def input_parameters(spec) -> list:
    """The Processing parameters of one scan input (parameters.ScanInput)."""
    if spec.kind == SOURCE:
        file_, folder, layers, postgis = spec.params()
        file_label, folder_label, layers_label, postgis_label = (tr(t) for t in spec.label)
        out = [QgsProcessingParameterFile(file_, file_label, BEHAVIOR[FILE], optional=True),
               QgsProcessingParameterFile(folder, folder_label, BEHAVIOR[FOLDER_KIND],
                                          optional=True),
               QgsProcessingParameterMultipleLayers(layers, layers_label,
                                                    QgsProcessing.SourceType.TypeVector,
                                                    optional=True),
               QgsProcessingParameterString(postgis, postgis_label, optional=True)]
    elif spec.kind == VECTOR:
        out = [QgsProcessingParameterVectorLayer(spec.param, tr(spec.label),
                                                 [GEOMETRY[g] for g in spec.geometry],
                                                 optional=True)]
    elif spec.kind == FILES:
        out = [QgsProcessingParameterMultipleLayers(spec.param, tr(spec.label),
                                                    QgsProcessing.SourceType.TypeFile,
                                                    optional=True)]
    else:
        out = [QgsProcessingParameterFile(spec.param, tr(spec.label), BEHAVIOR[spec.kind],
                                          optional=True)]
    for param in out:
        if spec.advanced:
            param.setFlags(param.flags() | ADVANCED)
    if spec.required:  # the dialog marks it required; its alternatives are folded away
        out[0].setFlags(out[0].flags() & ~QgsProcessingParameterDefinition.Flag.FlagOptional)
        if spec.kind == SOURCE:  # a typed folder (no extension) or PG: string is taken too
            out[0].setDescription(tr(REQUIRED_LABELS.get(spec.name, spec.label[0])))
            out[0].setFileFilter(tr("All files (*)"))
            if spec.dock_help:
                out[0].setHelp(tr(spec.dock_help))
        for param in out[1:]:
            param.setFlags(param.flags() | ADVANCED)
    return out


class ScanAlgorithm(ScanUrbaAlgorithm):
    """What the three scan algorithms share; ``parts`` is what each asks run_scan for."""

    group_key = "checks"
    parts = ALL_PARTS

    def initAlgorithm(self, config=None):
        for spec in SCAN_INPUTS:
            for param in input_parameters(spec):
                self.addParameter(param)
        self.add_numeric_parameters()
        self.add_scan_output()
        self.addOutput(QgsProcessingOutputNumber(N_OPPORTUNITIES, tr("Number of opportunities")))

    def param_definitions(self) -> dict:
        return param_definitions(self.parts)

    def summary_text(self, summary: dict) -> str:
        """The headline only, on one line: each finding is in the GeoPackage (and in the
        REPORT file), not in the toolbox dialog's log."""
        headline = {k: v for k, v in summary.items()
                    if k not in ("findings", "findings_by_article")}
        headline["n_findings"] = len(summary.get("findings", []))
        return json.dumps(headline, ensure_ascii=False, separators=(",", ":"), default=str)

    def add_numeric_parameters(self):
        for name, p in self.param_definitions().items():
            param = QgsProcessingParameterNumber(
                name.upper(), sentence(f"{tr(p.description)} ({unit_words(p.unit)})"),
                QgsProcessingParameterNumber.Type.Double, p.default, minValue=0.0)
            decimals = unit_decimals(p.unit)
            param.setMetadata({"widget_wrapper": {"decimals": decimals}})  # not 100,000000
            param.setHelp(tr("Default {value} {unit}. Source: {source}",
                             value=french.number(p.default, decimals),
                             unit=unit_words(p.unit), source=tr(p.source)))
            if name not in COMMON_PARAMS:
                param.setFlags(param.flags() | ADVANCED)
            self.addParameter(param)

    def add_scan_output(self):
        self.add_output_parameters(tr("Scan result (GeoPackage)"))
        out = self.parameterDefinition(OUTPUT)
        out.setFlags(out.flags() & ~QgsProcessingParameterDefinition.Flag.FlagOptional)
        if isinstance(out, QgsProcessingParameterFileDestination):
            out.setCreateByDefault(True)
        pg = QgsProcessingParameterString(
            OUTPUT_POSTGIS, tr("Also write the results to PostGIS (PG:<connection> "
                               "schema=<name>)"), optional=True)
        pg.setFlags(pg.flags() | ADVANCED)
        self.addParameter(pg)

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        if not any(self.given(PLAN_INPUT, parameters, context).values()):
            return False, tr("Give the urban plan (file, GPU folder or layers).")
        wrong = not_a_plan(self.given(PLAN_INPUT, parameters, context)[PLAN_INPUT.name])
        if wrong:
            return False, wrong
        if not self.parameterAsFile(parameters, PLAN_INPUT.param, context):
            # the plan's folder, layers or schema stand for its required file parameter
            parameters = {**parameters, PLAN_INPUT.param: "given otherwise"}
        return super().checkParameterValues(parameters, context)

    def given(self, spec, parameters, context) -> dict:
        """{ScanSources field: value} of one input: a path (or PG: string) and the project
        layers of a SOURCE, a layer of a VECTOR, paths of FILES, else a path."""
        if spec.kind == SOURCE:
            file_, folder, layers, postgis = spec.params()
            return {spec.name: folder_of(self.parameterAsFile(parameters, file_, context),
                                         spec.name)
                    or self.parameterAsFile(parameters, folder, context)
                    or self.parameterAsString(parameters, postgis, context),
                    spec.name + "_layers": self.layer_list(parameters, layers, context)}
        if spec.kind == VECTOR:
            return {spec.name: self.vector_layer(parameters, spec.param, context)}
        if spec.kind == FILES:
            return {spec.name: self.parameterAsFileList(parameters, spec.param, context)}
        return {spec.name: folder_of(self.parameterAsFile(parameters, spec.param, context),
                                     spec.name)}  # a file inside a known folder: the folder

    def sources(self, parameters, context) -> ScanSources:
        values = {}
        for spec in SCAN_INPUTS:
            values.update(self.given(spec, parameters, context))
        return ScanSources(**values)

    def numeric_values(self, parameters, context) -> dict:
        names = {p.name() for p in self.parameterDefinitions()}
        return {name: self.parameterAsDouble(parameters, name.upper(), context)
                for name in self.param_definitions() if name.upper() in names}

    def read(self, parameters, context, feedback):
        """(ScanInputs, readers' findings, RunInfo of this run): the inputs read near the
        plan only (its rectangle grown by the margin), then cut to its perimeter, and what
        misses the plan said before the scan (warn_uncovered)."""
        started = dt.datetime.now()
        values = self.numeric_values(parameters, context)
        margin = scan_params(values, self.parts)[1][MARGIN.name]
        inputs, findings, records = read_scan_inputs(self.sources(parameters, context),
                                                     feedback, margin)
        cut = cut_to_plan(inputs, values, self.parts)
        warn_uncovered(cut.findings, feedback)
        return cut.inputs, findings, RunInfo(records, values, started)

    @staticmethod
    def progress(feedback, start, span):
        def report(fraction, text):  # the step's name is an internal id: kept out of the log
            if feedback.isCanceled():
                raise ScanUrbaError(tr("Cancelled."))
            feedback.setProgress(start + span * fraction)
        return report

    @staticmethod
    def run_info(run: RunInfo, plan=None):
        """run_info, with the document reviewed (procedure, state, regime) when known."""
        info = run_info_frame(run.records, run.params, run.started, dt.datetime.now(),
                              version(), Qgis.QGIS_VERSION)
        if plan is None:
            return info
        rows = pd.DataFrame(document_rows(plan), columns=["key", "value"])
        return pd.concat([info, rows], ignore_index=True)

    def execute(self, parameters, context, feedback):
        inputs, quality, run = self.read(parameters, context, feedback)
        with self.output_package(parameters, context, feedback) as package:
            write = package.add if package is not None else None
            result = run_scan(inputs, run.params, self.progress(feedback, 20, 60),
                              parts=self.parts, quality_findings=quality, write_layers=write,
                              run=run)
            if package is not None:
                package.add(trench_layers(result.opportunities,
                                          self.run_info(run, inputs.plan)))
        summary = scan_summary(inputs.plan, result)
        summary["n_documents"] = document_count(inputs.plan)
        summary["pieces_ecrites"] = pieces_dict(inputs.pieces)
        results = self.finish_outputs(parameters, context, feedback, summary, len(result.findings))
        results[N_OPPORTUNITIES] = summary.get("opportunities", 0)  # internal work apart
        for line in recap_lines(summary, results.get(OUTPUT)):
            feedback.pushInfo(line)
        if results.get(OUTPUT):  # the toolbox dialog loads them styled; the dock too
            load_on_completion(context, results[OUTPUT], plan_label(summary))
        target = self.parameterAsString(parameters, OUTPUT_POSTGIS, context)
        if target:
            from ..qgis_io import postgis

            results[OUTPUT_POSTGIS] = postgis.write(
                results[OUTPUT], target, self.parameterAsBool(parameters, OVERWRITE, context))
        return results


class CheckComplianceAlgorithm(ScanAlgorithm):
    alg_name = "checkcompliance"
    parts = (COMPLIANCE,)

    def displayName(self):
        return tr("Check the plan (L151-5, L151-40, L151-41, R151-49, SCOT, antenna sites)")

    def shortHelpString(self):
        return tr(
            "Overlays the urban plan (its written pieces when given) with the duct network, "
            "antenna sites and SCOT sectors and reports what a département's opinion would "
            "say: the PADD orientation on digital communications (L151-5), the e-communications "
            "rule and reinforced criteria in zones open to building (R151-49 3° or R123-9 16° "
            "by the plan's regime, L151-40), points of vigilance on compatibility with the "
            "SCOT, public network sites that may deserve a reservation (L151-41), zones far "
            "from the RIP (an observation for the rapport de présentation) and antenna sites. "
            "Each finding gives the opinion (réserve, recommandation, observation, "
            "information), what the text does (obligation, compatibility, faculty, good "
            "practice), the part of the plan and the plan's own words with their page. "
            "Data-quality findings are kept apart. Output: one GeoPackage (EPSG:2154) with the "
            "findings (on zones, lines, points and on the whole document), the summary by "
            "zone, the antenna sites, the reserved sites and the record of the run.")


class TrenchSharingAlgorithm(ScanAlgorithm):
    alg_name = "trenchsharing"
    parts = (TRENCH,)

    def displayName(self):
        return tr("Propose trench sharing (L49 CPCE, roadworks coordination, burial of aerial "
                  "lines)")

    def shortHelpString(self):
        return tr(
            "Matches works that will open the ground (planned works, ER 05-01 future roads, AU "
            "zones to develop) with the places that need ducts (RIP routes to build, unserved "
            "zones, antenna sites to fibre, AU zones, missing links between duct routes, aerial "
            "lines to bury). A need and an offer match where they run within the corridor width "
            "of each other, or where the need crosses the offer polygon. For each opportunity: "
            "shared length, agglomération, L49 threshold and eligibility, L49 deadline "
            "(declaration + 6 weeks), unit cost and cost avoided, partners, legal basis, score "
            "and rank. Output: the layer of trench-sharing opportunities.")


class FullScanAlgorithm(ScanAlgorithm):
    alg_name = "fullscan"
    parts = ALL_PARTS

    def displayName(self):
        return tr("Full scan: compliance check and trench sharing")

    def shortHelpString(self):
        return tr("Runs the compliance check and the trench-sharing proposals on the same inputs "
                  "and writes both into one GeoPackage, with the record of the run (inputs, "
                  "parameters, versions).")
