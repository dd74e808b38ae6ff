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
    with_own_temp,
)
from scan_urba_plugin.core.i18n import tr
from scan_urba_plugin.parameters import FOLDER, OUTPUT, OVERWRITE, REPORT, SUMMARY, input_parameters

PROG = "python -m sampledata"
# The demo Département's settings (fictional people and acts), as a service fills them once.
DEMO_VOICE = {
    "DEPARTEMENT": "Département des Alpes-Maritimes",
    "DIRECTION": "Direction de l'aménagement et du numérique",
    "SERVICE": "Service des infrastructures numériques",
    "AFFAIRE_SUIVIE": "Claire Exemple – 04 00 00 00 00 – numerique@departement.example",
    "SIGNATAIRE": "Jean Exemple", "QUALITE": "Directeur de l'aménagement et du numérique",
    "DELEGATION": "l'arrêté de délégation de signature n° 2026-001 du 5 janvier 2026",
    "LIEU": "Nice", "SDTAN": "SDTAN des Alpes-Maritimes",
    "RIP_DELEGATE": "Val-de-Démo Fibre SAS",
}


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
    p.add_argument("--approved", action="store_true", help="the plan as approved rather than "
                   "the projet arrêté")
    p = sub.add_parser("demo", parents=[common], help="run the main job on the demo commune")
    p.add_argument("--out", default="out/demo", help="destination folder")
    p.add_argument("--approved", action="store_true", help="the demo plan as approved (an "
                   "analysis note, not an opinion) rather than the projet arrêté")
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

    folder = write_plan_sample(args.out, approved=args.approved)
    print(tr("Sample written: {path}", path=folder))
    for path in write_network_sample(Path(args.out) / "reseaux").values():
        print(f"  {path}")
    return 0


def cmd_demo(args) -> int:
    """Generate the demo commune and its networks, inspect the plan, run the full scan."""
    from . import sample
    from .sample_writer import write_network_sample, write_plan_sample

    out = Path(args.out)
    folder = write_plan_sample(out / "sample", approved=args.approved)
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
    opinion = {**input_parameters(demo_inputs(folder, net)), **DEMO_VOICE,
               "RIP_CALENDAR": str(net["rip_calendar"]), "LANGUAGE": args.lang,
               OVERWRITE: True}
    if not args.approved:   # the projet arrêté's dates; an approved plan has none to give
        opinion.update({"DATE_RECEIPT": sample.RECEIPT, "DATE_ARRET": sample.ARRET,
                        "DATE_BEGUN": sample.PRESCRIPTION})
    avis = [run_algorithm("scanurba:avis", {**opinion, "OUTPUT_FOLDER": str(out / "avis")})]
    if not args.approved:   # the same opinion as a full letter
        avis.append(run_algorithm("scanurba:avis", {**opinion, "FORM": 1,
                                                    "OUTPUT_FOLDER": str(out / "lettre")}))
    print()
    print(tr("Outputs:"))
    for path in (folder, out / "sample" / "reseaux", out / "inspect.json", gpkg,
                 out / "scan_urba.json", written["HTML"], written["PDF"]):
        print(f"  {path}")
    for result in avis:
        for doc in json.loads(result["DOCUMENTS"])["documents"]:
            for path in (doc["odt"], doc["docx"], doc["note_odt"], doc["atlas"]):
                print(f"  {path}")
    return 0


COMMANDS = {"generate": cmd_generate, "sample": cmd_sample, "demo": cmd_demo}

if __name__ == "__main__":
    sys.exit(with_own_temp(lambda: main(parser=build_parser(), commands=COMMANDS)))
