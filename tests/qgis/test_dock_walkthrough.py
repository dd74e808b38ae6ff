"""The Département officer's walkthrough of the dock (French QGIS desktop), replayed on real
widgets and real algorithm runs: what the dock says it wrote, the opinion's settings, typed
dates, a lasting results folder, pickers, a plan of another commune, a GraceTHD folder
given as the plan."""
import shutil
import subprocess
import zipfile

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtTest import QTest

from .conftest import TEST_OUT, shared
from .test_cli import run_cli
from .test_gui import wait_for

PLAN_30014 = ("plu", "30014_PLU_20171013")
GRACETHD = ("gracethd", "gracethd-v2.0.1-demo")


@pytest.fixture()
def dock(qgis_iface, scanurba, qgis_new_project):
    from scan_urba_plugin.gui.dock import SETTINGS, ScanUrbaDock

    settings = QgsSettings()
    settings.remove(SETTINGS.rstrip("/"))  # a first use: nothing remembered
    widget = ScanUrbaDock(qgis_iface)
    yield widget
    widget.close()
    widget.deleteLater()
    QgsApplication.processEvents()
    QgsProject.instance().removeAllMapLayers()
    QgsApplication.processEvents()
    settings.remove(SETTINGS.rstrip("/"))


@pytest.fixture()
def lasting(tmp_path):
    """A results folder outside the temporary folder (QGIS calls layers there temporary)."""
    folder = TEST_OUT / "walkthrough" / tmp_path.name
    shutil.rmtree(folder, ignore_errors=True)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def type_date(field, text):
    """Select all and type, as a person does."""
    field.edit.setFocus()
    field.edit.selectAll()
    QTest.keyClicks(field.edit, text)


def test_a_typed_date_is_read_whole_and_a_wrong_one_shown(dock):
    """QgsDateEdit kept today's day when « 15/10/2026 » was typed over a selected date."""
    dock.date_arret.setDate(QDate(2026, 12, 6))
    type_date(dock.date_arret, "15/10/2026")
    assert dock.date_arret.date() == QDate(2026, 10, 15)
    assert dock.iso(dock.date_arret) == "2026-10-15"
    type_date(dock.date_receipt, "31/02/2026")
    assert dock.iso(dock.date_receipt) == "" and not dock.date_receipt.is_valid()
    assert not dock.date_receipt.problem_label.isHidden()
    assert dock.date_receipt.problem_label.text() == \
        "« 31/02/2026 » is not a date: type it as dd/mm/yyyy (15/10/2026)."
    assert "c0392b" in dock.date_receipt.edit.styleSheet()
    dock.rows["plan"].file.setFilePath(str(shared(*PLAN_30014)))
    dock.write_avis()
    assert dock.task is None  # refused before any scan, said in red
    assert dock.status.text().replace("\u200b", "").startswith("« 31/02/2026 » is not a date")
    type_date(dock.date_receipt, "2026-11-20")  # the ISO form too
    assert dock.date_receipt.date() == QDate(2026, 11, 20)
    assert dock.date_receipt.problem_label.isHidden()
    calendar = dock.date_receipt.show_calendar()
    calendar.clicked.emit(QDate(2026, 11, 21))
    assert dock.date_receipt.edit.text() == "21/11/2026" and calendar.isHidden()
    dock.date_receipt.edit.clear()
    assert dock.date_receipt.isNull() and dock.date_receipt.is_valid()


def refused_by_dock_and_algorithm(dock, status: str) -> str:
    """The dock refuses to write the opinion (no task, ``status`` in its status line), and
    so does the algorithm, whose refusal message is returned."""
    from qgis.core import QgsProcessingContext

    dock.rows["plan"].file.setFilePath(str(shared(*PLAN_30014)))
    dock.write_avis()
    assert dock.task is None and status in dock.status.text()
    alg = QgsApplication.processingRegistry().createAlgorithmById("scanurba:avis")
    params = {**dock.parameters(), **dock.avis_parameters(), "OUTPUT_FOLDER": "/nowhere"}
    ok, message = alg.checkParameterValues(params, QgsProcessingContext())
    assert not ok
    return message


def test_a_receipt_before_the_arret_is_refused_by_the_dock_and_the_algorithm(dock):
    type_date(dock.date_arret, "15/10/2026")
    type_date(dock.date_receipt, "10/10/2026")
    assert dock.date_receipt.problem_label.text() == \
        "Received before the arrêt (15/10/2026): check the two dates."
    assert refused_by_dock_and_algorithm(dock, "Received before the arrêt") == (
        "The file's receipt date (10 octobre 2026) is earlier than the arrêt date "
        "(15 octobre 2026): a file is received after the draft is adopted; check the two "
        "dates.")
    type_date(dock.date_receipt, "20/11/2026")
    assert dock.check_dates() == "" and dock.date_receipt.problem_label.isHidden()


def test_a_start_after_the_arret_is_refused_by_the_dock_and_the_algorithm(dock):
    """Walkthrough: prescrite 01/11/2026, arrêté 20/10/2026 gave no warning and the opinion
    applied the post-26-May-2026 regime."""
    type_date(dock.date_begun, "01/11/2026")
    type_date(dock.date_arret, "20/10/2026")
    type_date(dock.date_receipt, "25/10/2026")
    assert dock.date_begun.problem_label.text() == \
        "Prescribed after the arrêt (20/10/2026): check the two dates."
    assert dock.date_receipt.problem_label.isHidden()
    assert refused_by_dock_and_algorithm(dock, "Prescribed after the arrêt") == (
        "The date the procedure was prescribed (1er novembre 2026) is later than the arrêt "
        "date (20 octobre 2026): a draft is adopted after its procedure began; check the two "
        "dates.")
    type_date(dock.date_begun, "01/06/2026")   # fixed: the field and the status line clear
    assert dock.date_begun.problem_label.isHidden() and dock.status.text() == ""


def test_a_fixed_receipt_clears_the_status_line_and_a_new_plan_the_warnings(dock):
    type_date(dock.date_arret, "20/10/2026")
    type_date(dock.date_receipt, "10/10/2026")
    dock.rows["plan"].file.setFilePath(str(shared(*PLAN_30014)))
    said = "Received before the arrêt (20/10/2026): check the two dates."
    dock.write_avis()
    assert dock.status.text().replace("\u200b", "") == said
    type_date(dock.date_receipt, "1/10/2026")   # still before: still said
    assert dock.status.text().replace("\u200b", "") == said
    type_date(dock.date_receipt, "25/10/2026")
    assert dock.status.text() == ""
    dock.show_warnings(["The ANFR antenna sites given do not cover the plan."])
    assert not dock.warnings.isHidden()
    dock.rows["plan"].file.setFilePath(str(shared("plu", "41175_PLU_20140603")))
    assert dock.warnings.isHidden() and dock.warnings.text() == ""
    dock.show_warnings(["The ANFR antenna sites given do not cover the plan."])
    dock.rows["plan"].file.setFilePath("")
    dock.run()   # a new run (refused here: no plan) never keeps the last one's warnings
    assert dock.warnings.isHidden()


def test_the_procedure_is_a_list_and_a_message_never_moves_the_fields(dock):
    """A click meant for a date landed in « Procédure » once a status line had pushed the
    form down, and « 25/10/2026 » was taken as the procedure."""
    from qgis.PyQt.QtCore import QPoint

    assert not dock.procedure.isEditable()
    dock.procedure.setCurrentText("25/10/2026")
    assert dock.procedure.currentText() == ""
    assert "révision simplifiée" in [dock.procedure.itemText(i)
                                     for i in range(dock.procedure.count())]
    dock.show()
    QgsApplication.processEvents()
    fields = (dock.date_receipt, dock.procedure, dock.avis_button, dock.browser_button)
    place = lambda: [w.mapTo(dock, QPoint(0, 0)).y() for w in fields]  # noqa: E731
    before = place()
    type_date(dock.date_arret, "20/10/2026")
    type_date(dock.date_begun, "01/11/2026")
    type_date(dock.date_receipt, "10/10/2026")
    dock.show_problem("Une erreur\nsur trois\nlignes")
    dock.show_warnings(["un", "deux", "trois", "quatre", "cinq", "six"])
    dock.progress.setVisible(True)
    QgsApplication.processEvents()
    assert not dock.date_receipt.problem_label.isHidden()
    assert place() == before


def test_the_dock_says_when_the_typed_arret_is_not_the_pieces_one():
    import datetime as dt

    from scan_urba_plugin.core.avis import templates
    from scan_urba_plugin.core.avis.act import Facts, decide
    from scan_urba_plugin.processing.avis import written_words

    act = decide(Facts(etat="01", nomproc="E", date_arret=dt.date(2026, 10, 12),
                       pieces_date_arret=dt.date(2026, 11, 5), today=dt.date(2026, 12, 6)))
    assert written_words(act, templates.load("fr")).splitlines()[1] == (
        "⚠ Les pièces portent la date d'arrêt du 5 novembre 2026 ; vous avez saisi le "
        "12 octobre 2026 : vérifiez.")


def test_the_avis_box_passes_the_commune_the_prescription_and_the_form(dock):
    from scan_urba_plugin.gui.dock import ScanUrbaDock

    dock.commune_name.setText("Aubord")
    type_date(dock.date_begun, "01/06/2026")
    type_date(dock.date_arret, "15/10/2026")
    dock.avis_form.setCurrentIndex(dock.avis_form.findData("lettre"))
    assert [dock.avis_form.itemText(i) for i in range(2)] == \
        ["contribution (digital section)", "full letter"]
    assert dock.avis_parameters() == {
        "DATE_RECEIPT": "", "DATE_ARRET": "2026-10-15", "DATE_BEGUN": "2026-06-01",
        "PROCEDURE": "", "COMMUNE": "Aubord", "FORM": 1}
    dock.remember()
    again = ScanUrbaDock(None)
    try:
        assert again.avis_parameters()["COMMUNE"] == "Aubord"
        assert again.iso(again.date_begun) == "2026-06-01"
        assert again.avis_form.currentData() == "lettre"
    finally:
        again.deleteLater()


def test_an_approved_plan_gets_a_note_the_dock_says_so_and_the_typed_dates_stay_out(
        dock, lasting):
    """Plan 30014 (approved 13 October 2017) with an arrêt and a receipt typed: the dock said
    « 1 avis rédigé » and the atlas cover printed the typed dates as facts."""
    plan = shared(*PLAN_30014)
    dock.results.setFilePath(str(lasting))
    dock.rows["plan"].file.setFilePath(str(plan))
    assert dock.commune_name.text() == "Arpaillargues-et-Aureillac"  # from the GPU metadata
    type_date(dock.date_begun, "15/01/2021")  # after the approval: another procedure's
    type_date(dock.date_arret, "15/10/2026")
    type_date(dock.date_receipt, "20/11/2026")
    dock.write_avis()
    assert dock.task is not None
    wait_for(lambda: dock.task is None, 300)
    QgsApplication.processEvents()
    status = dock.status.text().replace("\u200b", "")
    assert status.splitlines()[0] == (
        "Analysis note written: the plan given is approved (13 octobre 2017), it is not a "
        "draft adopted (projet arrêté); the dates typed (prescription, arrêt, receipt) were "
        "not used."), status
    folder = next(lasting.glob("*_avis"))
    assert status.splitlines()[1] == f"In {folder}."
    assert sorted(p.name for p in folder.glob("*.odt")) == [
        "note_analyse_30014_PLU_20171013.odt", "note_interne_rip_30014_PLU_20171013.odt"]
    note = read_odt(folder / "note_analyse_30014_PLU_20171013.odt")
    assert "Arpaillargues-et-Aureillac" in note and "commune de 30014" not in note
    assert "engagée après le 1er janvier 2016" not in note and "15 janvier 2021" not in note
    assert "15 octobre 2026" not in note and "20 novembre 2026" not in note
    cover = pdf_page_one(folder / "atlas_30014_PLU_20171013.pdf")
    assert "Approbation : 13 octobre 2017" in cover
    assert "Arrêt du projet" not in cover and "Réception du dossier" not in cover
    assert "15 octobre 2026" not in cover and "20 novembre 2026" not in cover
    # the result: a lasting GeoPackage in the results folder, its layers loaded from it
    assert dock.last_output.startswith(str(lasting)) and dock.last_output.endswith(".gpkg")
    assert dock.loaded and all(not layer.isTemporary() and
                               layer.source().startswith(str(lasting))
                               for layer in dock.loaded)


def test_the_command_line_says_what_it_wrote(tmp_path):
    """In French, as the officer reads it (and the opinion in French)."""
    proc = run_cli("avis", str(shared(*PLAN_30014)), "--out", str(tmp_path / "avis"),
                   "--arret", "2026-10-15", "--received", "2026-11-20")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == (
        "Note d'analyse rédigée : le plan fourni est approuvé (13 octobre 2017), ce n'est pas "
        "un projet arrêté ; les dates saisies (arrêt, réception) n'ont pas été retenues.")


def test_results_go_to_a_lasting_folder_never_the_temporary_one(dock, lasting):
    from scan_urba_plugin.gui.dock import default_results_folder

    plans, temp = lasting / "plans", lasting / "tmp"
    (plans / "30014_PLU_20171013").mkdir(parents=True)
    temp.mkdir()
    plan = plans / "30014_PLU_20171013"
    assert default_results_folder(str(plan), "", str(temp)) == plans / "scan_urba"
    in_temp = temp / "30014_PLU_20171013"
    in_temp.mkdir()
    assert default_results_folder(str(in_temp), str(plans), str(temp)) == plans / "scan_urba"
    assert default_results_folder(str(in_temp), "", str(temp)).parent == \
        type(plans).home()
    dock.rows["plan"].file.setFilePath(str(plan))
    output = dock.parameters()["OUTPUT"]
    assert output.startswith(str(plans / "scan_urba" / "scan_urba_30014_PLU_20171013_"))
    assert dock.results.lineEdit().placeholderText() == str(plans / "scan_urba")
    dock.results.setFilePath(str(lasting / "chosen"))
    dock.remember()
    assert QgsSettings().value("scan_urba/results_folder") == str(lasting / "chosen")
    assert dock.parameters()["OUTPUT"].startswith(str(lasting / "chosen" / "scan_urba_"))


def test_a_gracethd_folder_given_as_the_plan_is_refused_before_any_scan(dock):
    folder = shared(*GRACETHD)
    dock.rows["plan"].file.setFilePath(str(folder))
    dock.run()
    assert dock.task is None  # no scan started
    status = dock.status.text().replace("\u200b", "")
    assert status.startswith(
        f"No ZONE_URBA layer in {folder}: this folder looks like a GraceTHD export "
        "(t_cheminement, t_noeud, t_ptech…); choose the plan's folder (PLU, PLUi or carte "
        "communale).")
    assert "c0392b" in dock.rows["plan"].file.lineEdit().styleSheet()  # the row to fix
    proc = run_cli("scan", str(folder), "--out", "/nonexistent/x.gpkg", "--lang", "en")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].endswith(
        f"No ZONE_URBA layer in {folder}: this folder looks like a GraceTHD export "
        "(t_cheminement, t_noeud, t_ptech…); choose the plan's folder (PLU, PLUi or carte "
        "communale).")


def test_pickers_open_where_the_last_pick_was_and_show_vector_files(dock, network_dir):
    works = dock.rows["works"]
    assert "*.gpkg" in works.file.filter() and "*.shp" in works.file.filter()
    assert not works.file.filter().startswith("All Files")
    dock.rows["aerial"].file.setFilePath(str(network_dir["aerial"]))
    folder = str(network_dir["aerial"].parent)
    assert QgsSettings().value("scan_urba/last_folder") == folder
    assert {row.file.defaultRoot() for row in dock.rows.values()} == {folder}


def test_a_plan_of_another_commune_flags_the_inputs_chosen_for_the_previous_one(
        dock, network_dir):
    dock.rows["plan"].file.setFilePath(str(shared(*PLAN_30014)))
    dock.rows["works"].file.setFilePath(str(network_dir["works"]))
    type_date(dock.date_arret, "15/10/2026")
    dock.remember()
    dock.status.clear()
    dock.rows["plan"].file.setFilePath(str(shared("plu", "41175_PLU_20140603")))
    assert dock.status.text() == (
        "These data were chosen for the plan of the commune d'Arpaillargues-et-Aureillac: "
        "« Planned works », « Draft adopted (arrêt) on ». Check or clear them for the commune "
        "de Pezou.")
    assert dock.commune_name.text() == "Pezou"
    dock.rows["plan"].file.setFilePath(str(shared(*PLAN_30014)))  # back: the name remembered
    assert dock.commune_name.text() == "Arpaillargues-et-Aureillac"


def test_communes_entries_are_checked_before_the_scan(dock):
    dock.rows["plan"].file.setFilePath(str(shared(*PLAN_30014)))
    dock.avis_documents.setText("3014")
    dock.write_avis()
    assert dock.task is None
    assert dock.status.text() == ("« Communes »: 3014 is neither an INSEE code (five "
                                  "characters, as 30014 or 2A004) nor a document's IDURBA.")
    dock.avis_documents.setText("30014, 06001")
    assert dock.documents_problem() == ("« Communes »: 06001 is not the commune of the plan "
                                        "given, which is the PLU of 30014 only.")
    dock.avis_documents.setText("30014")
    assert dock.documents_problem() == ""


def test_a_file_no_program_opens_is_named_in_the_dock(dock, tmp_path):
    from qgis.PyQt.QtGui import QDesktopServices

    odt = tmp_path / "note_analyse_30014.odt"
    odt.write_bytes(b"")
    dock.status.setText("Written.")
    if QDesktopServices.openUrl(QUrl_of(tmp_path / "probe.unknown-kind")):
        pytest.skip("this desktop opens any file")
    assert dock.open_file(str(odt)) is False
    assert dock.status.text() == ("Written.\nNo program opened note_analyse_30014.odt: open it "
                                  "from its folder.")


def QUrl_of(path):  # noqa: N802
    from qgis.PyQt.QtCore import QUrl

    return QUrl.fromLocalFile(str(path))


def read_odt(path) -> str:
    return zipfile.ZipFile(path).read("content.xml").decode("utf-8")


def pdf_page_one(path) -> str:
    return subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
