"""run_scan: one entry point, each algorithm asks for its parts; the table of scan inputs."""
import datetime as dt

import pytest

from scan_urba_plugin.__main__ import build_parser
from scan_urba_plugin.core import trench_sharing as ts
from scan_urba_plugin.core.engine import run_compliance
from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.core.scan import COMPLIANCE, TRENCH, ScanInputs, run_scan
from scan_urba_plugin.parameters import (
    FILES,
    INPUTS_BY_NAME,
    SCAN_INPUTS,
    SOURCE,
    input_parameters,
)

from .scenario import box, inputs, line, network, plan, works_frame

TODAY = dt.date(2026, 3, 10)
TOWN = ("UB", "U", box(-50, -50, 450, 150))
FAR = ("UC", "U", box(2000, 0, 2200, 200))  # nothing serves it: a finding
PLANNED = ("P1", "C", "7", line((0, 0), (300, 0)))
WORKS = [("W1", "Département", "Voirie", "2026-06-01", "2026-03-02", line((0, 6), (400, 6)))]


def scan_inputs() -> ScanInputs:
    return inputs(plan([TOWN, FAR]), network=network([PLANNED]), works=works_frame(WORKS))


def test_full_scan_is_compliance_and_trench_sharing_in_one_call():
    ins = scan_inputs()
    steps = []
    full = run_scan(ins, {"corridor_width": 20}, lambda f, text: steps.append(f),
                    reference_date=TODAY)
    compliance = run_compliance(ins)
    assert [f.rule_id for f in full.findings] == [f.rule_id for f in compliance.findings]
    assert "desserte.rip_non_recense" in {f.rule_id for f in full.findings}
    assert list(full.zones["status"]) == list(compliance.zones_bilan["status"])
    expected = ts.opportunities(ins, compliance, {**compliance.params, **ts.RULE.defaults(),
                                                  "corridor_width": 20}, TODAY)
    assert full.opportunities[["need", "need_id", "length_m"]].values.tolist() == \
        expected[["need", "need_id", "length_m"]].values.tolist()
    assert len(full.opportunities) >= 1 and full.params["corridor_width"] == 20
    assert full.planned_in_corridors == pytest.approx(300.0)
    assert steps == sorted(steps) and steps[-1] <= 1.0  # progress only goes forward


def test_the_trench_worker_gives_the_opportunities_one_process_gives(monkeypatch):
    """The trench worker computes the opportunities once the rules send it the needs they
    found, while this process writes the layers: the same rows as all in one process, and
    every layer handed to the writer before the opportunities come back."""
    from scan_urba_plugin.core import parallel

    written = []
    monkeypatch.setenv("SCAN_URBA_WORKERS", "1")
    alone = run_scan(scan_inputs(), {"corridor_width": 20}, reference_date=TODAY,
                     write_layers=lambda layers: written.extend(layers))
    monkeypatch.setenv("SCAN_URBA_WORKERS", "2")
    monkeypatch.setattr(parallel, "workers", lambda: 2)  # even on a one-core runner
    beside = run_scan(scan_inputs(), {"corridor_width": 20}, reference_date=TODAY,
                      write_layers=lambda layers: written.extend(layers))
    assert beside.opportunities.drop(columns="geometry").equals(
        alone.opportunities.drop(columns="geometry"))
    assert len(beside.opportunities) >= 1 and beside.planned_in_corridors == pytest.approx(300.0)
    assert written[:len(written) // 2] == written[len(written) // 2:]
    assert {"zones_bilan", "cheminements", "travaux"} <= set(written)


def test_trench_sharing_asks_only_for_its_part():
    ins = scan_inputs()
    trench = run_scan(ins, parts=(TRENCH,), reference_date=TODAY)
    full = run_scan(ins, reference_date=TODAY)
    # the plan reader's findings, and the agglomération proxy the L49 thresholds rest on
    # (issue 16): the rules measured, they did not report
    assert trench.findings and trench.findings[:len(ins.plan.findings)] == list(ins.plan.findings)
    assert [f.rule_id for f in trench.findings[len(ins.plan.findings):]] == \
        ["engine.agglomeration_par_defaut"]
    assert trench.not_evaluated == []
    assert set(trench.zones["status"]) == {"non_evalue"}  # no status without a finding
    assert trench.opportunities.drop(columns="geometry").equals(
        full.opportunities.drop(columns="geometry"))
    assert trench.measures.served_existing is not None


def test_compliance_only_makes_no_opportunities_and_refuses_trench_parameters():
    ins = scan_inputs()
    result = run_scan(ins, parts=(COMPLIANCE,))
    assert result.opportunities is None and result.planned_in_corridors is None
    with pytest.raises(ScanUrbaError, match="corridor_width"):
        run_scan(ins, {"corridor_width": 20}, parts=(COMPLIANCE,))


def test_every_scan_input_is_declared_once_with_unique_names():
    params = [p for spec in SCAN_INPUTS for p in spec.params()]
    assert len(params) == len(set(params))
    flags = [spec.cli for spec in SCAN_INPUTS if spec.cli]
    assert len(flags) == len(set(flags)) == len(SCAN_INPUTS) - 1  # the plan is positional
    assert [s.name for s in SCAN_INPUTS if s.required] == ["plan"]
    for spec in SCAN_INPUTS:
        assert spec.reader and spec.help
        assert len(spec.label) == 4 if spec.kind == SOURCE else isinstance(spec.label, str)
        assert bool(spec.dock) == bool(spec.dock_label)


def test_the_cli_options_come_from_the_table(tmp_path):
    gpu = tmp_path / "plu"
    gpu.mkdir()
    reglement = tmp_path / "reglement.pdf"
    reglement.write_bytes(b"%PDF-1.4")
    args = build_parser().parse_args(["scan", str(gpu), "--out", "x.gpkg", "--works", "w.gpkg",
                                      "--reglement", str(reglement), "--reglement", "b.pdf"])
    assert args.works == "w.gpkg" and args.reglement == [str(reglement), "b.pdf"]
    assert input_parameters({"plan": gpu, "works": "w.gpkg", "reglement": [reglement],
                             "padd": []}) == \
        {"PLAN": str(gpu), "WORKS": "w.gpkg", "REGLEMENT": [str(reglement)]}
    assert input_parameters({"plan": "PG:dbname=x schema=plu"}) == \
        {"PLAN": "PG:dbname=x schema=plu"}  # the required input takes them all
    assert INPUTS_BY_NAME["oap"].kind == FILES


def test_plugin_files_from_the_top_level_sources():
    """metadata.txt and resources/ are top-level sources, linked into the plugin by make;
    the plugin reads them either way."""
    from pathlib import Path

    from scan_urba_plugin import about, resources_paths

    root = Path(__file__).resolve().parents[2]
    assert (root / "metadata.txt").is_file() and (root / "resources" / "styles").is_dir()
    assert about.version() == about.metadata()["version"] and about.version().count(".") == 2
    assert Path(resources_paths.style_path("zones_bilan")).is_file()
