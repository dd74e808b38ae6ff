"""Command line: ``python -m scan_urba_plugin <command>``.

It boots QGIS offscreen and runs the same Processing algorithms as the desktop plugin.
Bad arguments and unreadable data give one error line and exit code 2, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    __package__ = "scan_urba_plugin"

from scan_urba_plugin.core.avis.voice import VOICE_OPTIONS  # noqa: E402
from scan_urba_plugin.core.detect import KINDS, detect_kind, is_postgis  # noqa: E402
from scan_urba_plugin.core.errors import ScanUrbaError  # noqa: E402
from scan_urba_plugin.core.gpu_client import Endpoints, date_in_words  # noqa: E402
from scan_urba_plugin.core.i18n import tr  # noqa: E402
from scan_urba_plugin.core.pieces.report_section import cue_words  # noqa: E402
from scan_urba_plugin.parameters import (  # noqa: E402
    COMMUNE, DATASET, EXTENT, FILES, FOLDER, FORCE, LOAD, OUTPUT, OUTPUT_POSTGIS, OVERWRITE,
    POSTGIS, SCAN_INPUTS, SOURCE, SUMMARY, input_parameters)

PROG = "python -m scan_urba_plugin"
PIECE_INPUTS = ("reglement", "padd", "oap")
ENDPOINT_ENV = Endpoints.ENV  # --gpu-url, --apicarto-url, --geo-url


class Parser(argparse.ArgumentParser):
    def error(self, message):
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def common_options() -> Parser:
    """The options every command takes (--lang)."""
    common = Parser(add_help=False)
    common.add_argument("--lang", choices=("fr", "en"),
                        default=os.environ.get("SCAN_URBA_LANG", "fr"),
                        help="language of messages (default: fr)")
    return common


def build_parser() -> Parser:
    common = common_options()
    parser = Parser(prog=PROG, description="Scan Urba: urban plans × digital networks.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    p = sub.add_parser("inspect", parents=[common],
                       help="read a CNIG plan and summarise it with its data-quality findings")
    p.add_argument("dataset", help="a CNIG plan (GPU folder or zip, GeoPackage, GML, GeoJSON), "
                   "a GraceTHD folder/zip/GeoPackage, an ANFR export, an ARCEP CSV, or a layer "
                   "of works, aerial lines or RIP zoning")
    p.add_argument("--kind", choices=("auto",) + KINDS, default="auto",
                   help="what the dataset is (default: detected; works, aerial and rip_zoning "
                        "must be named)")
    p.add_argument("--reference", help="folder of the ANFR reference tables, if not beside the "
                   "data")
    p.add_argument("--mapping", help="field mapping file for works, aerial and rip_zoning "
                   "(JSON or lines target=field)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--out", help="also write the normalised plan and findings (GeoPackage)")
    p.add_argument("--min-area", type=float, default=1.0,
                   help="smallest overlap or gap reported, in m² (default 1)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing --out file")
    for spec in SCAN_INPUTS:   # the written pieces, declared once with the scan's inputs
        if spec.name in PIECE_INPUTS:
            p.add_argument(spec.cli, action="append", default=[], help=spec.help)
    p = sub.add_parser("scan", parents=[common], help="check a plan and propose trench sharing")
    p.add_argument("--out", required=True, help="result GeoPackage")
    add_scan_arguments(p)
    p.add_argument("--compliance-only", action="store_true", help="no trench sharing")
    p.add_argument("--out-postgis", metavar="PG:... schema=NAME",
                   help="also write the results into a PostGIS schema")
    p.add_argument("--overwrite", action="store_true", help="replace an existing --out file")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--report", action="store_true",
                   help="also write report.html and report.pdf beside --out")
    p = sub.add_parser("avis", parents=[common], help="draft opinion (ODT, DOCX) and PDF atlas "
                       "of the département on a plan: avis_<IDURBA>.odt/.docx, atlas_<IDURBA>.pdf")
    p.add_argument("--out", required=True, help="folder of the opinions and atlases")
    add_scan_arguments(p)
    p.add_argument("--received", help="date the file was received (YYYY-MM-DD): the deadline "
                   "of the opinion is three months later")
    p.add_argument("--arret", help="date the draft was adopted (YYYY-MM-DD)")
    p.add_argument("--prescription", help="date the procedure began (YYYY-MM-DD): picks the "
                   "plan's regime and the procedure context (law of 26 November 2025)")
    p.add_argument("--procedure", help="procedure: élaboration, révision, modification or a "
                   "CNIG code (default: DOC_URBA)")
    p.add_argument("--stade", choices=("arrete", "approuve"),
                   help="what the file is, as you know it: projet arrêté or approved plan")
    p.add_argument("--commune", help="the commune's name (default: read in the pieces)")
    p.add_argument("--epci", help="the name of the EPCI of a PLUi, or of the syndicat mixte "
                   "or EPCI of a SCOT, e.g. « Communauté de communes du Perche » (default: "
                   "named by its SIREN)")
    p.add_argument("--lettre", action="store_true", help="a full letter (letterhead, "
                   "addressee, visas, signature) rather than the section to insert")
    p.add_argument("--final", action="store_true", help="final version: no draft banner, "
                   "refused while a cited article is unverified")
    p.add_argument("--avis-requis", action="store_true", help="refuse an approved or "
                   "inconsistent plan instead of writing an analysis note")
    for key, (_name, flag, label) in VOICE_OPTIONS.items():
        p.add_argument(flag, dest=key, help=label + " (default: settings)")
    p.add_argument("--logo", help="logo of the département (PNG)")
    p.add_argument("--signature", help="signatory block")
    p.add_argument("--documents", help="only these communes or documents, a batch: INSEE codes "
                   "or IDURBA separated by commas (default: every document of the plan); the "
                   "INSEE code of a commune of a PLUi gives the PLUi's opinion cut to that "
                   "commune (needs --communes for a PLUi of the 2017+ standard)")
    p.add_argument("--overwrite", action="store_true", help="replace existing files")
    p = sub.add_parser("report", parents=[common], help="HTML and PDF report of a scan result")
    p.add_argument("result", help="the GeoPackage written by scan")
    p.add_argument("--html", help="HTML report path")
    p.add_argument("--pdf", help="PDF atlas path")
    p.add_argument("--overwrite", action="store_true", help="replace existing files")
    p = sub.add_parser("download", parents=[common],
                       help="fetch a commune's plan from the Géoportail de l'Urbanisme (cached)")
    add_download_arguments(p)
    return parser


def add_scan_arguments(p):
    """The scan's inputs (one table, parameters.SCAN_INPUTS) and its --param options."""
    for spec in SCAN_INPUTS:
        if not spec.cli:
            p.add_argument(spec.name, help=spec.help)
        elif spec.kind == FILES:
            p.add_argument(spec.cli, action="append", default=[], help=spec.help)
        else:
            p.add_argument(spec.cli, help=spec.help)
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="rule parameter, e.g. serving_distance=150 (repeatable)")


class CliFeedback:
    """Collects the errors an algorithm reports, so the CLI can print the real cause."""

    def __new__(cls, verbose=False):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.errors = []

            def reportError(self, error, fatalError=False):  # noqa: N802 (Qt API)
                self.errors.append(error)

            def pushInfo(self, info):  # noqa: N802 (Qt API)
                if verbose:
                    print(info, file=sys.stderr)

        return _Feedback()


def run_algorithm(alg_id: str, params: dict) -> dict:
    """Run one of our algorithms from the registry as processing.run does (the parameters
    checked first, then run), without Processing's Python framework, which the command line
    does not start (standalone.start_qgis), and with no project: nothing is loaded into one
    after the run."""
    from qgis.core import QgsApplication, QgsProcessingContext

    feedback = CliFeedback()
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    context = QgsProcessingContext()
    context.setFeedback(feedback)
    ok, message = alg.checkParameterValues(params, context)
    if not ok:
        raise ScanUrbaError(" ".join(message.split()))
    results, ok = alg.run(params, context, feedback, {}, True)  # errors come to the feedback
    if not ok:
        message = feedback.errors[-1] if feedback.errors else tr("The algorithm failed.")
        raise ScanUrbaError(" ".join(message.split()))
    for message in feedback.errors:  # what the run said and went on (an input missing the plan)
        print(message, file=sys.stderr)
    return results


def dataset_param(path) -> dict:
    """Processing takes a GPU folder and a dataset file through two parameters."""
    if is_postgis(path):
        return {POSTGIS: str(path)}
    path = Path(path)
    if not path.exists():
        raise ScanUrbaError(tr("{path} does not exist.", path=path))
    return {FOLDER if path.is_dir() else DATASET: str(path)}


MAPPED = {"works": "scanurba:importworks", "aerial": "scanurba:importaerial",
          "rip_zoning": "scanurba:importripzoning"}


def inspect_call(args) -> tuple[str, dict]:
    """The algorithm and parameters that read this kind of dataset."""
    postgis = is_postgis(args.dataset)
    if not postgis and not Path(args.dataset).exists():
        raise ScanUrbaError(tr("{path} does not exist.", path=args.dataset))
    kind = ("plan" if args.kind == "auto" else args.kind) if postgis else \
        detect_kind(args.dataset) if args.kind == "auto" else args.kind
    if kind in MAPPED:
        params = {"INPUT": str(args.dataset)}
        if args.mapping:
            params["MAPPING_FILE"] = args.mapping
        return MAPPED[kind], params
    if kind == "arcep":
        return "scanurba:importantennas", {"ARCEP": str(args.dataset)}
    if kind == "reglement":   # a written piece on its own: the zones it names
        given = {name: list(getattr(args, name)) for name in PIECE_INPUTS}
        given["reglement"] = [str(args.dataset)] + given["reglement"]
        return "scanurba:readpieces", input_parameters(given)
    if kind == "arcep_buildings":
        raise ScanUrbaError(tr("ARCEP building files (imb_etat) are not summarised by inspect yet."))
    alg = {"plan": "scanurba:importplan", "gracethd": "scanurba:importgracethd",
           "anfr": "scanurba:importantennas"}[kind]
    params = dataset_param(args.dataset)
    if kind == "anfr" and args.reference:
        params["REFERENCE"] = args.reference
    if kind == "plan":
        params["MIN_AREA"] = args.min_area
        params.update(input_parameters({name: getattr(args, name) for name in PIECE_INPUTS}))
    return alg, params


def cmd_inspect(args) -> int:
    alg, params = inspect_call(args)
    params[OVERWRITE] = args.overwrite
    if args.out:
        params[OUTPUT] = args.out
    result = run_algorithm(alg, params)
    summary = json.loads(result[SUMMARY])
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(format_summary(summary))
        if args.out:
            print(tr("Normalised plan and findings: {path}", path=args.out))
    return 0


def format_pieces(pieces: dict) -> list[str]:
    """What the written pieces say, one line per zone label, PADD and OAP provision."""
    lines = []
    r = pieces.get("reglement")
    if r is not None:
        lines.append(tr("Règlement: {source}", source=r["source"]))
        if not r["lisible"]:
            lines.append("  " + tr("unreadable: {reason}", reason=r.get("raison")))
        for label, z in r["zones"].items():
            where = tr("page {page}", page=z["page"]) if z["page"] else ""
            found = cue_words({"fichier": Path(z["fichier"]).name if z.get("fichier") else None,
                               "reperage": z.get("reperage")})
            lines.append(f"  {label:8} {z['niveau']:14} {where:9} {z['article'] or ''}"
                         + (f" [{found}]" if found else ""))
        for ban in r["antennes_interdites"]:
            lines.append("  " + tr("Blanket ban of relay antennas (page {page}): {quote}",
                                   page=ban["page"], quote=ban["citation"]))
    padd = pieces.get("padd")
    if padd is not None:
        state = padd.get("raison") if padd["communications_numeriques"] is None else \
            tr("orientation on digital communications, page {page}", page=padd["page"]) \
            if padd["communications_numeriques"] else \
            tr("no orientation on digital communications found")
        lines.append(tr("PADD: {source}: {state}", source=padd["source"], state=state))
    for o in pieces.get("oap") or []:
        lines.append(tr("OAP {zones} (page {page}): {quote}", zones=", ".join(o["zones"]),
                        page=o["page"], quote=o["citation"] or o.get("raison")))
    return lines


def format_summary(summary: dict) -> str:
    if summary.get("kind") == "pieces_ecrites":
        return "\n".join(format_pieces(summary["pieces_ecrites"]))
    if "emplacements_reserves" not in summary:
        return format_generic(summary)
    er = summary["emplacements_reserves"]
    lines = [
        tr("Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}", model=summary["model"],
           doc=summary["doc_type"], idurba=summary["idurba"] or "?",
           insee=summary["insee"] or "?"),
        tr("Layers: {layers}", layers=", ".join(f"{k} {v}" for k, v in summary["layers"].items())),
        tr("Emplacements réservés: {n}", n=len(er)),
    ]
    lines += [f"  {e['id']}  {e['typepsc']}-{e['stypepsc']}  {e['libelle']}" for e in er]
    lines += format_pieces(summary.get("pieces_ecrites") or {})
    lines += findings_lines(summary)
    return "\n".join(lines)


def findings_lines(summary: dict) -> list[str]:
    """The count of findings, then one line per rule: the tail of every summary."""
    n = summary["n_findings"] if "n_findings" in summary else len(summary["findings"])
    return [tr("Findings: {n}", n=n)] + [
        f"  {rule}: {n}" for rule, n in summary["findings_by_rule"].items()]


def format_generic(summary: dict) -> str:
    lines = []
    for key, value in summary.items():
        if key in ("findings", "findings_by_rule"):
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{key}:")
            lines += ["  " + ", ".join(f"{v}" for v in item.values()) for item in value]
        elif isinstance(value, dict):
            lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in value.items()))
        else:
            lines.append(f"{key}: {value}")
    lines += findings_lines(summary)
    return "\n".join(lines)


def scan_params(args) -> dict:
    """Processing parameters of scanurba:fullscan from the scan command line."""
    params = {OUTPUT: args.out, OVERWRITE: args.overwrite}
    if args.out_postgis:
        params[OUTPUT_POSTGIS] = args.out_postgis
    given = {spec.name: getattr(args, spec.option) for spec in SCAN_INPUTS}
    for spec in SCAN_INPUTS:
        for path in given[spec.name] if spec.kind == FILES else [given[spec.name]]:
            if path and not (spec.kind == SOURCE and is_postgis(path)) and not Path(path).exists():
                raise ScanUrbaError(tr("{path} does not exist.", path=path))
    params.update(input_parameters(given))
    for item in args.param:
        name, sep, value = item.partition("=")
        try:
            params[name.strip().upper()] = float(value)
        except ValueError:
            raise ScanUrbaError(tr("--param expects NAME=NUMBER, got “{item}”.", item=item)) \
                from None
        if not sep:
            raise ScanUrbaError(tr("--param expects NAME=NUMBER, got “{item}”.", item=item))
    return params


def check_param_names(alg_id: str, params: dict):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    known = {p.name() for p in alg.parameterDefinitions()}
    unknown = sorted(set(params) - known)
    if unknown:
        numeric = sorted(p.name().lower() for p in alg.parameterDefinitions()
                         if p.type() == "number")
        raise ScanUrbaError(tr("Unknown parameter(s) {names}. Known: {known}.",
                               names=", ".join(n.lower() for n in unknown),
                               known=", ".join(numeric)))


def cmd_scan(args) -> int:
    alg = "scanurba:checkcompliance" if args.compliance_only else "scanurba:fullscan"
    params = scan_params(args)
    check_param_names(alg, params)
    result = run_algorithm(alg, params)
    summary = json.loads(result[SUMMARY])
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(format_scan(summary))
        print(tr("Result: {path}", path=args.out))
    if args.report:
        folder = Path(args.out).parent
        written = run_report(args.out, folder / "report.html", folder / "report.pdf",
                             args.overwrite)
        if not args.json:
            print(tr("Report: {html} and {pdf} ({pages} pages)", html=written["HTML"],
                     pdf=written["PDF"], pages=written["PDF_PAGES"]))
    return 0


def cmd_avis(args) -> int:
    """The full scan into DIR/scan_urba.gpkg, then one opinion and atlas per document."""
    args.out_postgis = None
    folder = Path(args.out)
    params = scan_params(argparse.Namespace(**{**vars(args), "out": str(folder / "scan_urba.gpkg")}))
    params.update({"OUTPUT_FOLDER": str(folder), "LANGUAGE": args.lang})
    options = {"received": "DATE_RECEIPT", "arret": "DATE_ARRET", "prescription": "DATE_BEGUN",
               "procedure": "PROCEDURE", "commune": "COMMUNE", "epci": "EPCI", "logo": "LOGO",
               "signature": "SIGNATURE", "documents": "DOCUMENTS_WANTED"}
    options.update({key: name for key, (name, _flag, _label) in VOICE_OPTIONS.items()})
    for option, name in options.items():
        if getattr(args, option):
            params[name] = getattr(args, option)
    params.update({"STAGE": ("", "arrete", "approuve").index(args.stade or ""),
                   "FORM": int(args.lettre), "FINAL": args.final,
                   "REQUIRE_OPINION": args.avis_requis})
    check_param_names("scanurba:avis", params)
    result = run_algorithm("scanurba:avis", params)
    print_opinions(result)
    return 0


def print_opinions(result) -> None:
    """One line per document (its files), and the deadline warning when it has passed."""
    for doc in json.loads(result["DOCUMENTS"])["documents"]:
        print(doc["message"])  # what was written: an opinion, or an analysis note and why
        print(tr("{doc}: {odt}, {docx}, {note}, {atlas} ({pages} pages)", doc=doc["idurba"],
                 odt=doc["odt"], docx=doc["docx"], note=doc["note_odt"], atlas=doc["atlas"],
                 pages=doc["atlas_pages"]))
        if doc["deadline_passed"]:
            print(tr("Warning: the three-month deadline ended on {date}; the opinion is deemed "
                     "favourable (R153-4).", date=doc["deadline"]))


def run_report(result, html, pdf, overwrite) -> dict:
    params = {"INPUT": str(result), OVERWRITE: overwrite}
    if html:
        params["HTML"] = str(html)
    if pdf:
        params["PDF"] = str(pdf)
    return run_algorithm("scanurba:report", params)


def cmd_report(args) -> int:
    if not Path(args.result).exists():
        raise ScanUrbaError(tr("{path} does not exist.", path=args.result))
    if not (args.html or args.pdf):
        raise ScanUrbaError(tr("Give --html and/or --pdf."))
    written = run_report(args.result, args.html, args.pdf, args.overwrite)
    for key in ("HTML", "PDF"):
        if key in written:
            print(written[key])
    return 0


def format_scan(summary: dict) -> str:
    from scan_urba_plugin.core import french

    lines = [tr("Model: {model} — IDURBA {idurba} — INSEE {insee}", model=summary["model"],
                idurba=summary["idurba"] or "?", insee=summary["insee"] or "?")]
    if summary.get("document"):
        lines.append(tr("Document: {document}", document=summary["document"]))
    lines += findings_lines(summary)
    from scan_urba_plugin.core.report import label

    lines.append(tr("Zones: {status}", status=", ".join(
        f"{label(k).lower()} {v}" for k, v in summary["zones_by_status"].items())))
    if summary["not_evaluated"]:
        lines.append(tr("Not evaluated (missing input): {rules}",
                        rules=", ".join(summary["not_evaluated"])))
    if "opportunities" in summary:
        low, high = summary["cost_range_eur"]
        lines.append(tr("Trench sharing: {n} rows; {length} of trench (each trench once); "
                        "civil-works cost of the order of {low} to {high}",
                        n=summary["opportunities"], length=french.metres(summary["shared_length_m"]),
                        low=french.euros(low), high=french.euros(high)))
    return "\n".join(lines)


def add_download_arguments(p):
    p.add_argument("commune", nargs="?", default="", help="commune name or INSEE code")
    p.add_argument("--extent", metavar="XMIN,YMIN,XMAX,YMAX",
                   help="…or the documents within this extent (WGS 84 longitude/latitude)")
    p.add_argument("--out", required=True,
                   help="cache folder of the archives (a second run is served from it)")
    p.add_argument("--force", action="store_true", help="download again even if up to date")
    for key, env in sorted(ENDPOINT_ENV.items()):
        p.add_argument(f"--{key}-url", help=f"base URL of the {key} service (default: ${env} "
                       "or the public service)")
    p.add_argument("--json", action="store_true", help="print the documents as JSON")


def cmd_download(args) -> int:
    """Find and fetch the plan(s), then read each archive with the plan reader."""
    for key, env in ENDPOINT_ENV.items():
        if getattr(args, f"{key}_url"):
            os.environ[env] = getattr(args, f"{key}_url")
    if not (args.commune or args.extent):
        raise ScanUrbaError(tr("Give a commune (name or INSEE code) or an extent."))
    Path(args.out).mkdir(parents=True, exist_ok=True)
    params = {COMMUNE: args.commune, FOLDER: str(Path(args.out).resolve()),
              FORCE: args.force, LOAD: False}
    if args.extent and not args.commune:
        params[EXTENT] = extent_param(args.extent)
    summary = json.loads(run_algorithm("scanurba:downloadplan", params)[SUMMARY])
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    if summary["commune"]:
        print(f"{summary['commune']['name']} ({summary['commune']['insee']})")
    for doc in summary["documents"]:
        status = tr("in force") if doc["in_force"] else tr("in progress ({status})",
                                                           status=doc["legal_status"])
        origin = tr("served from the cache") if doc["from_cache"] else tr("downloaded")
        print(tr("{name} — {type}, {status}, updated on {date}; {origin}, {n} written pieces",
                 name=doc["name"], type=doc["type"], status=status,
                 date=date_in_words(doc["update_date"]), origin=origin,
                 n=doc["written_pieces"]))
        print(f"  {doc['path']}")
        plan = json.loads(run_algorithm("scanurba:importplan", {DATASET: doc["path"]})[SUMMARY])
        print("  " + tr("Read: model {model}, {n} findings", model=plan.get("model", "?"),
                        n=len(plan.get("findings", []))))
    for notice in summary["notices"]:
        print(notice)
    return 0


def extent_param(text: str) -> str:
    """--extent xmin,ymin,xmax,ymax (lon/lat) as a Processing extent string."""
    try:
        xmin, ymin, xmax, ymax = (float(v) for v in text.split(","))
    except ValueError:
        raise ScanUrbaError(tr("--extent expects XMIN,YMIN,XMAX,YMAX in degrees, got "
                               "“{text}”.", text=text)) from None
    if not (-180 <= xmin < xmax <= 180 and -90 <= ymin < ymax <= 90):
        raise ScanUrbaError(tr("--extent expects XMIN,YMIN,XMAX,YMAX in degrees, got "
                               "“{text}”.", text=text))
    return f"{xmin},{xmax},{ymin},{ymax} [EPSG:4326]"


COMMANDS = {"inspect": cmd_inspect, "scan": cmd_scan, "avis": cmd_avis,
            "report": cmd_report,
            "download": cmd_download}


def read_ahead(args) -> None:
    """Start reading the scan's text inputs (GraceTHD's CSV tables, the antenna files) in
    forked workers before QGIS starts: pandas work, done while this process imports and
    starts QGIS on the other core. The scan's readers take these jobs (parallel.job_ahead)."""
    from scan_urba_plugin.core.parallel import start_ahead
    from scan_urba_plugin.core.standards.anfr import antenna_tables_job
    from scan_urba_plugin.core.standards.gracethd import csv_tables_job

    gracethd = getattr(args, "gracethd", None)
    if gracethd and not is_postgis(gracethd) and Path(gracethd).is_dir():
        start_ahead("gracethd csv", [gracethd], csv_tables_job(gracethd))
    paths = [getattr(args, name, None) for name in ("anfr", "anfr_reference", "arcep")]
    if paths[0] or paths[2]:
        start_ahead("antennas", paths, antenna_tables_job(*paths))


def main(argv=None, parser=None, commands=None) -> int:
    """Run a command with QGIS started; errors as one line (``parser`` and ``commands``:
    another command line sharing this one's conduct, the developers' sampledata)."""
    parser = parser or build_parser()
    args = parser.parse_args(argv)
    prog = parser.prog
    from scan_urba_plugin.core.parallel import drop_ahead

    try:
        from scan_urba_plugin.standalone import start_qgis

        if args.command in ("scan", "avis"):
            read_ahead(args)
        start_qgis(args.lang, processing=False)
        return (commands or COMMANDS)[args.command](args)
    except ScanUrbaError as exc:
        label = tr("error")
        print(f"{prog}: {label}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader of the output left (« | head »): not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (nothing more is written to it)
        return 141
    except KeyboardInterrupt:
        label = tr("interrupted")
        print(f"{prog}: {label}", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in a log file
        log = Path(tempfile.gettempdir()) / "scan_urba_error.log"
        import traceback

        log.write_text(traceback.format_exc(), encoding="utf-8")
        label, details = tr("unexpected error"), tr("details")
        print(f"{prog}: {label}: {exc} ({details}: {log})", file=sys.stderr)
        return 3
    finally:
        drop_ahead()


def with_own_temp(run) -> int:
    """run(), with Qt's temporary directory (TMPDIR) a new one of the command's own, removed
    once it is done. QGIS makes temporary folders at every start (its source cache, the
    project's archive, an OAuth cache), removed only by destructors that exit_now skips; made
    here, they go with this directory, as do LibreOffice's. Python's own temporary files
    stay where they were: the error log must outlive the command."""
    tempfile.gettempdir()  # read (and kept by Python) before TMPDIR changes
    own = tempfile.mkdtemp(prefix="scan_urba_")
    previous = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = own
    try:
        return run()
    finally:
        if previous is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = previous
        shutil.rmtree(own, ignore_errors=True)


def exit_now(code: int):
    """Leave without tearing QGIS and the scan's arrays down object by object (a fifth of a
    second after a département's scan): every output is already written, closed and moved
    into place; only the streams remain to flush."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:  # the reader left (« | head ») before the last flush
            code = code or 141
        except (OSError, ValueError):  # the status Python gives when it cannot flush at exit
            code = code or 120
    os._exit(code)


if __name__ == "__main__":
    exit_now(with_own_temp(main))
