"""The command line as a user runs it: one JSON object, or one clear error line."""
import json
import os
import subprocess
import sys

from .conftest import ROOT, shared


def run_cli(*args, cwd=ROOT, module="scan_urba_plugin"):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", module, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_inspect_json_on_real_plu():
    proc = run_cli("inspect", str(shared("plu", "30014_PLU_20171013")), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["model"] == "CNIG_PLU_2017"
    assert data["layers"]["ZONE_URBA"] == 90 and data["layers"]["PRESCRIPTION_SURF"] == 77
    assert sorted((e["typepsc"], e["stypepsc"]) for e in data["emplacements_reserves"]) == \
        [("05", "01")] * 3 + [("05", "04")]
    assert set(data["findings"][0]) == {"rule_id", "famille", "avis", "layer", "feature_id",
                                        "field", "message"}
    assert data["findings"][0]["famille"] == "qualite_donnees"
    assert data["findings_by_rule"]["cnig.zone_overlap"] == 5


def test_the_command_line_runs_our_algorithms_without_processing_framework():
    """The command line starts QGIS without Processing's Python framework (a third of a
    second at every start) and runs the same algorithms from the registry (their own
    parameter checks: test_avis.test_cli_avis_on_the_real_plan)."""
    plan = shared("plu", "30014_PLU_20171013")
    code = ("import sys; from scan_urba_plugin.__main__ import main; "
            f"code = main(['inspect', {str(plan)!r}, '--json']); "
            "print('processing' in sys.modules, code, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stderr.strip().splitlines()[-1] == "False 0", proc.stderr
    assert json.loads(proc.stdout)["layers"]["ZONE_URBA"] == 90


def test_a_reader_leaving_early_is_no_error():
    """« … --json | head »: the reader closes the pipe before the JSON is written; the
    command stops quietly (status 141, as a shell's own tools), no « unexpected error »."""
    proc = subprocess.Popen([sys.executable, "-m", "scan_urba_plugin", "inspect",
                             str(shared("plu", "30014_PLU_20171013")), "--json"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    proc.stdout.close()
    with proc.stderr:
        error = proc.stderr.read().decode()
    # 141 whether the pipe broke while the JSON was printed or at the last flush
    assert proc.wait(timeout=300) == 141 and error == "", error


def test_a_command_leaves_no_temporary_folder_behind(tmp_path):
    """QGIS makes temporary folders at every start that only its destructors remove, which
    the command line skips (exit_now): it gives Qt a folder of its own and removes it. The
    only thing left is the runtime folder Qt asks for, kept from one command to the next."""
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    env.pop("XDG_RUNTIME_DIR", None)
    for module in ("scan_urba_plugin", "sampledata"):
        args = ["inspect", str(shared("plu", "30014_PLU_20171013")), "--json"] \
            if module == "scan_urba_plugin" else ["demo", "--out", str(tmp_path / "demo")]
        proc = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        assert sorted(p.name for p in temp.iterdir()) == [f"runtime-{os.getuid()}"], module


def test_inspect_speaks_french_by_default():
    proc = run_cli("inspect", str(shared("plu", "200078244_SCOT_20180218")))
    assert proc.returncode == 0, proc.stderr
    assert "Modèle : CNIG_SCOT_2018" in proc.stdout


def test_missing_path_gives_one_error_line():
    proc = run_cli("inspect", "/nonexistent/plan.zip", "--lang", "en")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].endswith("/nonexistent/plan.zip does not exist.")
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_bad_arguments_give_one_error_line():
    proc = run_cli("inspect")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    proc = run_cli("frobnicate")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_unreadable_file_gives_one_error_line(tmp_path):
    bad = tmp_path / "12345_ZONE_URBA_20200101.gpkg"
    bad.write_bytes(b"this is not a geopackage")
    proc = run_cli("inspect", str(bad), "--lang", "en")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "cannot be opened" in proc.stderr or "cannot be read" in proc.stderr


def test_demo_writes_outputs(tmp_path):
    """The developers' demo (sampledata, not shipped) runs the plugin's algorithms."""
    proc = run_cli("demo", "--out", str(tmp_path / "demo"), "--lang", "en", module="sampledata")
    assert proc.returncode == 0, proc.stderr
    assert "CNIG_PLU_2024" in proc.stdout and "Trench sharing: 5 rows" in proc.stdout
    for name in ("scan_urba.gpkg", "inspect.json", "scan_urba.json"):
        assert (tmp_path / "demo" / name).stat().st_size > 0
        assert str(tmp_path / "demo" / name) in proc.stdout


def test_data_generators_are_not_user_commands():
    for command in ("generate", "sample", "demo"):
        proc = run_cli(command, "--out", "x")
        assert proc.returncode == 2 and "invalid choice" in proc.stderr


def test_scan_says_in_french_that_a_network_misses_the_plan(tmp_path):
    """30014 (Gard) with the GraceTHD demo (Cher): the scan goes on, and says why nothing is
    said of the network."""
    proc = run_cli("scan", str(shared("plu", "30014_PLU_20171013")), "--gracethd",
                   str(shared("gracethd", "gracethd-v2.0.1-demo")),
                   "--out", str(tmp_path / "r.gpkg"))
    assert proc.returncode == 0, proc.stderr
    # ours, one line; QGIS 3.44's own Python may add its deprecation warnings around it
    [line] = [x for x in proc.stderr.strip().splitlines()
              if "Warning" not in x and not x.startswith((" ", "\t"))]
    assert line.startswith("Le réseau GraceTHD fourni ne recouvre pas le plan : il est à ")
    assert "\u202fkm. Vérifier que le fichier est bien celui de ce territoire" in line
    assert "perimetre.hors_plan: 1" in proc.stdout and "desserte" not in proc.stdout.split(
        "Non évaluées")[0]


def test_a_scot_folder_given_for_its_sectors_is_one_clear_line(tmp_path):
    """The walkthrough: the SCOT's root folder (its DOC_URBA table, no geometry) given for the
    sectors layer stopped with « Erreur inattendue … 'geometry' »."""
    proc = run_cli("scan", str(shared("plu", "30014_PLU_20171013")), "--scot-sectors",
                   str(shared("plu", "200078244_SCOT_20180218")),
                   "--out", str(tmp_path / "r.gpkg"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "inattendue" not in proc.stderr
    assert "secteurs du DOO du SCOT" in proc.stderr and "n'a pas de géométrie" in \
        proc.stderr and "Donnees_geographiques" in proc.stderr, proc.stderr


def test_the_text_inputs_read_ahead_are_the_ones_the_scan_reads(tmp_path, scanurba):
    """`scan` starts reading the GraceTHD CSV tables and the antenna files in workers before
    QGIS starts; the scan's readers take those very jobs (none is left to kill) and find
    what they find when they read the files themselves."""
    from scan_urba_plugin.__main__ import build_parser, read_ahead, run_algorithm, scan_params
    from scan_urba_plugin.core import parallel
    from scan_urba_plugin.parameters import SUMMARY

    def scan(out, ahead):
        args = build_parser().parse_args([
            "scan", str(shared("plu", "30014_PLU_20171013")),
            "--gracethd", str(shared("gracethd", "gracethd-v2.0.1-demo")),
            "--anfr", str(shared("anfr", "anfr-sup-support-sample")),
            "--anfr-reference", str(shared("anfr", "anfr-reference-tables-2023-01")),
            "--out", str(tmp_path / out)])
        if ahead:
            read_ahead(args)
            assert sorted(key[0] for key in parallel._AHEAD) == ["antennas", "gracethd csv"]
        summary = json.loads(run_algorithm("scanurba:fullscan", scan_params(args))[SUMMARY])
        assert parallel._AHEAD == {}
        return summary

    ahead, alone = scan("ahead.gpkg", True), scan("alone.gpkg", False)
    assert ahead["n_findings"] == alone["n_findings"] > 0
    assert ahead == alone
