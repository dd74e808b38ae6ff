"""Developers' commands: ``python -m sampledata sample|demo|generate`` from a clone.

``demo`` writes the demo commune and its networks, then runs the plugin's own algorithms on
them (inspect, full scan, report, draft opinion and atlas), as a user would through
``python -m scan_urba_plugin``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from scan_urba_plugin.__main__ import (
    Parser,
    common_options,
    format_scan,
    format_summary,
    main,
    run_algorithm,
    run_report,
)
from scan_urba_plugin.core.i18n import tr
from scan_urba_plugin.parameters import FOLDER, OUTPUT, OVERWRITE, REPORT, SUMMARY, input_parameters

PROG = "python -m sampledata"
DEMO_RECEIPT = "2025-03-03"   # the date the département received the draft: sets the deadline


def build_parser() -> Parser:
    common = common_options()
    parser = Parser(prog=PROG, description="Scan Urba's demo and benchmark data.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    p = sub.add_parser("generate", parents=[common],
                       help="write deterministic département-scale data (benchmarks)")
    p.add_argument("--profile", choices=("small", "epci", "departement", "region"), default="departement")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", required=True, help="destination folder (replaced)")
    p = sub.add_parser("sample", parents=[common], help="write the generated demo datasets")
    p.add_argument("--out", default="out/sample", help="destination folder")
    p = sub.add_parser("demo", parents=[common], help="run the main job on the demo commune")
    p.add_argument("--out", default="out/demo", help="destination folder")
    return parser


def demo_inputs(plan_folder, network: dict) -> dict:
    """The scan inputs of the demo commune, {input name: path} (parameters.SCAN_INPUTS)."""
    return {"plan": plan_folder, "gracethd": network["gracethd_v2"], "anfr": network["anfr"],
            "works": network["works"], "aerial": network["aerial"],
            "rip_zoning": network["rip_zoning"], "scot_sectors": network["scot_sectors"]}


def cmd_generate(args) -> int:
    from .generator_writer import write_generated

    paths = write_generated(args.profile, args.seed, args.out)
    print(json.dumps(paths, ensure_ascii=False, indent=2))
    return 0


def cmd_sample(args) -> int:
    from .sample_writer import write_network_sample, write_plan_sample

    folder = write_plan_sample(args.out)
    print(tr("Sample written: {path}", path=folder))
    for path in write_network_sample(Path(args.out) / "reseaux").values():
        print(f"  {path}")
    return 0


def cmd_demo(args) -> int:
    """Generate the demo commune and its networks, inspect the plan, run the full scan."""
    from .sample_writer import write_network_sample, write_plan_sample

    out = Path(args.out)
    folder = write_plan_sample(out / "sample")
    net = write_network_sample(out / "sample" / "reseaux")
    result = run_algorithm("scanurba:importplan", {
        FOLDER: str(folder), REPORT: str(out / "inspect.json"), OVERWRITE: True})
    print(format_summary(json.loads(result[SUMMARY])))
    print()
    gpkg = out / "scan_urba.gpkg"
    result = run_algorithm("scanurba:fullscan", {
        **input_parameters(demo_inputs(folder, net)),
        OUTPUT: str(gpkg), REPORT: str(out / "scan_urba.json"), OVERWRITE: True})
    print(format_scan(json.loads(result[SUMMARY])))
    written = run_report(gpkg, out / "report.html", out / "report.pdf", True)
    avis = run_algorithm("scanurba:avis", {
        **input_parameters(demo_inputs(folder, net)), "OUTPUT_FOLDER": str(out / "avis"),
        "DATE_RECEIPT": DEMO_RECEIPT, "PROCEDURE": "révision générale",
        "LANGUAGE": args.lang, OVERWRITE: True})
    print()
    print(tr("Outputs:"))
    for path in (folder, out / "sample" / "reseaux", out / "inspect.json", gpkg,
                 out / "scan_urba.json", written["HTML"], written["PDF"]):
        print(f"  {path}")
    for doc in json.loads(avis["DOCUMENTS"])["documents"]:
        for path in (doc["odt"], doc["docx"], doc["atlas"]):
            print(f"  {path}")
    return 0


COMMANDS = {"generate": cmd_generate, "sample": cmd_sample, "demo": cmd_demo}

if __name__ == "__main__":
    sys.exit(main(parser=build_parser(), commands=COMMANDS))
