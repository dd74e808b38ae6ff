"""Run a scan: what a scan reads (ScanInputs), what it gives (ScanResult) and the one call
between them (run_scan). The Processing algorithms, hence the dock and the CLI, come here.

A scan has two parts: the compliance check (the rules, one module per article) and trench
sharing. Trench sharing reads what the rules measure (served shares, antenna sites to
fibre: engine.PlanMeasures); half of it needs nothing from them and runs in a forked
worker beside the rules (parallel.Background).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from . import perimeter as perimeter_mod
from . import trench_sharing
from .engine import PlanMeasures, all_params, resolve_params, run_compliance
from .model import Plan
from .output import compliance_layers, context_layers
from .pieces.outputs import with_written_levels
from .parallel import Background, Known
from .standards.cnig import normalise_plan

COMPLIANCE, TRENCH = "compliance", "trench"
ALL_PARTS = (COMPLIANCE, TRENCH)
TRENCH_PARAMS = {p.name: p for p in trench_sharing.RULE.params}
MARGIN = perimeter_mod.margin_param({**all_params(), **TRENCH_PARAMS})


@dataclass
class ScanInputs:
    """Everything a scan may read; only the plan is mandatory."""

    plan: Plan
    network: object = None          # gracethd.Network
    antennas: pd.DataFrame | None = None
    works: pd.DataFrame | None = None
    aerial: pd.DataFrame | None = None
    rip_zoning: pd.DataFrame | None = None
    scot_sectors: pd.DataFrame | None = None
    scot: Plan | None = None
    agglomeration: pd.DataFrame | None = None
    communes: pd.DataFrame | None = None   # communes.normalise_communes: a PLUi's communes
    pieces: object = None           # pieces.model.WrittenPieces: the règlement, PADD and OAP as read
    sources: dict = field(default_factory=dict)
    # {input name: (xmin, ymin, xmax, ymax)} of a source the reader read only near the plan
    extents: dict = field(default_factory=dict)
    # {input name: distance (m)} of the inputs given that do not reach the plan (set aside)
    uncovered: dict = field(default_factory=dict)
    margin: float | None = None     # m: cut to the plan and this margin (perimeter.cut_to_plan)

    def has(self, name) -> bool:
        value = getattr(self, name)
        if value is None:
            return False
        if name == "network":
            return len(value.routes) > 0
        return not isinstance(value, pd.DataFrame) or len(value) > 0


@dataclass
class RunInfo:
    """What was read (path, layer, count, sha256 per input), with which parameters, when."""

    records: list
    params: dict
    started: dt.datetime
    finished: dt.datetime | None = None


@dataclass
class ScanResult:
    """The output contract of a scan; the parts not asked for are None."""

    parts: tuple
    findings: list                           # readers' data-quality findings + rules' findings
    zones: pd.DataFrame                      # zones_bilan: served shares, status per zone
    antennas: pd.DataFrame                   # points_hauts_bilan: antenna sites
    emplacements: pd.DataFrame               # the plan's emplacements réservés
    params: dict                             # every parameter value used
    not_evaluated: list = field(default_factory=list)  # rule ids lacking an input
    measures: PlanMeasures = field(default_factory=PlanMeasures)
    opportunities: pd.DataFrame | None = None  # trench sharing (when asked)
    planned_in_corridors: float | None = None  # planned RIP length in works corridors (m)
    run: RunInfo | None = None


def param_definitions(parts=ALL_PARTS) -> dict:
    """{name: Param} of the parameters the asked parts read (the perimeter's margin first)."""
    return {MARGIN.name: MARGIN, **all_params(),
            **(TRENCH_PARAMS if TRENCH in parts else {})}


def scan_params(user: dict | None, parts=ALL_PARTS) -> tuple[dict, dict]:
    """(rule parameters as given, every value used): defaults filled in, unknown names
    refused (a trench parameter is unknown to a compliance-only scan). The margin used is
    never less than the largest reach of the rules used."""
    user = dict(user or {})
    trench = {k: user.pop(k) for k in list(user) if k in TRENCH_PARAMS and TRENCH in parts}
    margin = user.pop(MARGIN.name, None)
    values = resolve_params(user)
    if TRENCH in parts:
        values.update({k: trench.get(k, p.default) for k, p in TRENCH_PARAMS.items()})
    reach = perimeter_mod.largest_reach(values, param_definitions(parts))
    values[MARGIN.name] = max(reach, float(MARGIN.default if margin is None else margin))
    return user, values


def cut_to_plan(inputs: ScanInputs, params: dict | None = None, parts=ALL_PARTS):
    """The inputs cut to the plan's perimeter and margin (perimeter.Cut): what an algorithm
    checks before scanning, and what run_scan does first."""
    return perimeter_mod.cut_to_plan(inputs, scan_params(params, parts)[1][MARGIN.name])


def read_inputs(raw_plan, hint, read_others) -> tuple[ScanInputs, Plan]:
    """(inputs read by ``read_others()``, the plan normalised and checked meanwhile).

    ``read_others`` is the adapter's I/O (QGIS, main process); the plan's normalisation and
    CNIG checks need no QGIS and run in a worker while it reads. The zones and prescriptions
    come back as the very geometries read here (Known), not copies sent back."""
    read = Known(*(layer.frame["geometry"] for layer in raw_plan if "geometry" in layer.frame))
    with Background(lambda: normalise_plan(raw_plan, hint=hint), yielding=True,
                    known=read) as plan_job:
        others = read_others()
        plan = plan_job.result()
    return others, plan


def run_scan(inputs: ScanInputs, params: dict | None = None, progress=None, *,
             parts=ALL_PARTS, quality_findings=(), write_layers=None, run: RunInfo | None = None,
             reference_date: dt.date | None = None) -> ScanResult:
    """Run the asked parts of a scan.

    ``progress(fraction, text)`` (0…1, may raise to cancel); ``quality_findings``: what the
    readers found in the inputs; ``write_layers(layers)`` receives the compliance and
    context layers as soon as they are ready, while the trench worker finishes. Without
    COMPLIANCE the rules only measure what trench sharing needs: their findings are not
    made part of the result and the zones are not evaluated. The inputs are first cut to
    the plan's perimeter and margin (perimeter.cut_to_plan): an input that misses the plan
    gives a data-quality finding and nothing else."""
    parts = tuple(p for p in ALL_PARTS if p in parts)
    rule_params, values = scan_params(params, parts)
    cut = perimeter_mod.cut_to_plan(inputs, values[MARGIN.name])
    inputs = cut.inputs
    quality_findings = perimeter_mod.near_findings(quality_findings, cut.perimeter) + cut.findings
    step = _steps(progress, parts)
    with (Background(_trench_work(inputs, values, reference_date), later=True)
          if TRENCH in parts else _Nothing()) as trench_job:
        compliance = run_compliance(inputs, rule_params, step(COMPLIANCE), quality_findings,
                                    report=COMPLIANCE in parts)
        if TRENCH in parts:  # the worker, past its own matches, waits for these
            trench_job.send(trench_sharing.compliance_needs(inputs, compliance, values))
        result = ScanResult(parts, compliance.findings,
                            with_written_levels(compliance.zones_bilan, inputs.pieces),
                            compliance.points_hauts_bilan, compliance.emplacements,
                            {**compliance.params, MARGIN.name: values[MARGIN.name]},
                            compliance.not_evaluated, compliance.measures,
                            run=run)
        layers = {**compliance_layers(result), **context_layers(inputs)} \
            if write_layers is not None else {}
        if layers:  # written here while the worker finishes the trench sharing
            write_layers(layers)
        if TRENCH in parts:
            trench = step(TRENCH)
            if trench is not None:
                trench(0.3, "opportunities")  # a cancel asked meanwhile stops here
            planned_in_corridors, result.opportunities = trench_job.result()
            result.params = values
            result.planned_in_corridors = planned_in_corridors
            if trench is not None:
                trench(1.0, "opportunities")
    if run is not None:
        run.finished = dt.datetime.now()
    return result


def _trench_work(inputs, values, reference_date):
    """The trench sharing, for a worker beside the rules: the plan's own needs matched with
    the offers first, then, once the rules have sent the needs they found (unserved zones,
    antenna sites to fibre), the opportunities. (planned length in works corridors,
    opportunities)."""
    def work(receive):
        matches = trench_sharing.prepare(inputs, values)
        opportunities = trench_sharing.opportunities(inputs, None, values, reference_date,
                                                     prepared=matches, found=receive())
        return matches.planned_in_corridors, opportunities
    return work


class _Nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _steps(progress, parts):
    """progress(fraction, text) of each part, scaled to the whole scan (the rules take
    two thirds of a full scan)."""
    spans = {COMPLIANCE: (0.0, 2 / 3), TRENCH: (2 / 3, 1 / 3)} if TRENCH in parts \
        else {COMPLIANCE: (0.0, 1.0)}

    def step(part):
        if progress is None:
            return None
        start, span = spans[part]
        return lambda fraction, text: progress(start + span * fraction, text)
    return step
