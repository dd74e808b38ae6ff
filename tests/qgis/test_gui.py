"""The dock and the findings browser driven on real QGIS widgets; screenshots saved under
out/screenshots (not committed) for people to look at."""
import csv
import os
import re
import time

import pytest
from qgis.core import QgsApplication, QgsCategorizedSymbolRenderer, QgsProject
from qgis.PyQt.QtWidgets import QMainWindow

from .conftest import TEST_OUT, save_screenshot

SHOTS = TEST_OUT / "screenshots"
RUNS = int(os.environ.get("SCAN_URBA_GUI_RUNS", 50))  # two scans each


def wait_for(condition, timeout=120):
    start = time.time()
    while not condition():
        QgsApplication.processEvents()
        if time.time() - start > timeout:
            raise TimeoutError
        time.sleep(0.02)


def fill_dock(dock, sample_dir, network_dir, out):
    rows = dock.rows
    rows["plan"].file.setFilePath(str(sample_dir))
    rows["gracethd"].file.setFilePath(str(network_dir["gracethd_v2"]))
    rows["antennas"].file.setFilePath(str(network_dir["anfr"]))
    rows["works"].file.setFilePath(str(network_dir["works"]))
    rows["aerial"].file.setFilePath(str(network_dir["aerial"]))
    rows["scot_sectors"].file.setFilePath(str(network_dir["scot_sectors"]))
    dock.output.setFilePath(str(out))


@pytest.fixture()
def dock(qgis_iface, scanurba, qgis_new_project):
    from scan_urba_plugin.gui.dock import ScanUrbaDock

    widget = ScanUrbaDock(qgis_iface)
    yield widget
    widget.close()
    widget.deleteLater()
    QgsApplication.processEvents()
    # the results the test loaded leave the project now, while GDAL runs: left to the end
    # of the session, they are deleted after GDAL has shut down (a crash at exit)
    QgsProject.instance().removeAllMapLayers()
    QgsApplication.processEvents()


def groups():
    return [g.name() for g in QgsProject.instance().layerTreeRoot().children()
            if g.nodeType() == 0]


def test_dock_runs_the_scan_in_the_background(dock, sample_dir, network_dir, tmp_path,
                                              qgis_iface):
    out = tmp_path / "scan.gpkg"
    fill_dock(dock, sample_dir, network_dir, out)
    dock.run()
    assert not dock.run_button.isEnabled() and dock.cancel_button.isEnabled(), dock.status.text()
    wait_for(lambda: dock.task is None)
    assert out.exists() and dock.progress.value() == 100
    from scan_urba_plugin.qgis_io.result_layers import TABLE, group_name

    name = group_name("06999_PLU_20250115")
    assert name in groups()
    group = QgsProject.instance().layerTreeRoot().findGroup(name)
    layers = {n.layer().customProperty(TABLE): n.layer() for n in group.findLayers()}
    assert layers["zones_bilan"].name() == "Zone summary"
    assert layers["zones_bilan"].attributeAlias(
        layers["zones_bilan"].fields().indexOf("served_share_existing")) \
        == "Share served by existing ducts"
    assert {"zones_bilan", "findings_surf", "opportunites", "points_hauts_bilan"} <= set(layers)
    zones = layers["zones_bilan"]  # shares read as percentages in the attribute table
    pct = zones.fields().indexOf("served_share_existing_pct")
    assert zones.attributeAlias(pct) == "Served by existing ducts (%)"
    feature = next(f for f in zones.getFeatures() if f["served_share_existing"])
    assert feature["served_share_existing_pct"] == round(feature["served_share_existing"] * 100, 1)
    hidden = [c.name for c in zones.attributeTableConfig().columns() if c.hidden]
    assert hidden == ["served_share_existing", "served_share_planned"]
    renderer = layers["zones_bilan"].renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "status"
    assert layers["opportunites"].renderer().classAttribute() == "kind"
    assert " 5 " in dock.status.text()  # trenches; internal coordination apart
    assert dock.browser_button.isEnabled()
    screenshot_dock(dock, qgis_iface, layers)


def test_background_scan_forks_no_worker_and_gives_the_same_results(dock, sample_dir,
                                                                     network_dir, tmp_path,
                                                                     monkeypatch):
    """The dock's task thread computes in place even where the main thread would fork (a
    fork from a thread while the canvas reads a GeoPackage could wait forever on SQLite's
    lock: parallel.can_fork)."""
    from scan_urba_plugin.core import parallel, reach

    monkeypatch.setattr(parallel, "MIN_ITEMS", 0)
    monkeypatch.setattr(reach, "MIN_ITEMS", 0)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(reach, "workers", lambda: 2)
    forks = []
    real_fork = parallel.os.fork
    monkeypatch.setattr(parallel.os, "fork", lambda: forks.append(1) or real_fork())
    out = tmp_path / "scan.gpkg"
    fill_dock(dock, sample_dir, network_dir, out)
    dock.run()
    wait_for(lambda: dock.task is None)
    assert out.exists() and forks == []
    # the demo's findings since the whole-plan reading (issue 27) and the agglomération line
    # 24: no burial finding on 1AU (an AU zone)
    assert dock.status.text().startswith("24 ") and " 5 " in dock.status.text()


def screenshot_dock(dock, iface, layers):
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = QMainWindow()
    canvas = iface.mapCanvas()
    window.setCentralWidget(canvas)
    window.addDockWidget(2, dock)  # Qt.RightDockWidgetArea
    window.resize(1500, 950)
    window.show()
    order = ["opportunites", "findings_pct", "findings_lin", "points_hauts_bilan", "travaux",
             "cheminements", "emplacements_reserves", "findings_surf", "zones_bilan"]
    canvas.setLayers([layers[n] for n in order if n in layers])
    canvas.setExtent(layers["zones_bilan"].extent())
    canvas.refresh()
    canvas.waitWhileRendering()
    QgsApplication.processEvents()
    assert window.grab().save(str(SHOTS / "dock_results.png"))
    window.removeDockWidget(dock)  # give the dock and the canvas back before the window goes
    dock.setParent(None)
    window.takeCentralWidget()
    window.hide()


def test_cancel_leaves_no_output_and_no_layers(dock, sample_dir, network_dir, tmp_path):
    out = tmp_path / "cancelled.gpkg"
    fill_dock(dock, sample_dir, network_dir, out)
    before = set(QgsProject.instance().mapLayers())
    dock.run()
    dock.cancel()
    wait_for(lambda: dock.task is None)
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert set(QgsProject.instance().mapLayers()) == before
    assert "Cancelled" in dock.status.text() or "Annulé" in dock.status.text()


def test_settings_are_remembered(dock, qgis_iface, tmp_path):
    from scan_urba_plugin.gui.dock import ScanUrbaDock

    dock.spins["serving_distance"].setValue(150)
    dock.rows["plan"].file.setFilePath("/data/plu.zip")
    dock.remember()
    again = ScanUrbaDock(qgis_iface)
    assert again.spins["serving_distance"].value() == 150
    assert again.rows["plan"].file.filePath() == "/data/plu.zip"
    again.deleteLater()
    dock.spins["serving_distance"].setValue(100)
    dock.rows["plan"].file.setFilePath("")
    dock.remember()


def test_findings_browser(scanurba, sample_dir, network_dir, tmp_path, qgis_iface):
    import processing

    from scan_urba_plugin.gui.browser import COLUMNS, FindingsBrowser

    from .conftest import full_scan_params

    out = tmp_path / "scan.gpkg"
    summary = processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, out))
    browser = FindingsBrowser(str(out), qgis_iface)
    n_findings = summary["N_FINDINGS"]
    assert browser.model.total() == n_findings + 6  # 5 trenches, 1 internal coordination
    from scan_urba_plugin.core.report import label

    avis = browser.combos["avis"]  # the opinion's word, never a raw code
    avis.setCurrentIndex(avis.findData(label("recommandation")))
    # the 1AU sector without criteria, the UE unconditional duty, the UH burial (not 1AU's:
    # an AU zone is asked for ducts), the point haut in the EBC (L113-2), A and N without
    # équipements collectifs (L151-11)
    assert browser.proxy.rowCount() == 6
    assert browser.count.text() == f"6 rows shown of {n_findings + 6}."  # right after
    avis.setCurrentIndex(0)
    kind = browser.combos["kind"]
    kind.setCurrentIndex(kind.findData(label("effacement")))
    assert browser.proxy.rowCount() == 1  # spans on telecom poles; no telecom on LA-BT-01
    kind.setCurrentIndex(0)
    commune = browser.combos["insee"]  # a département filters one commune: opportunities too
    commune.setCurrentIndex(commune.findData("06999"))
    assert browser.proxy.rowCount() == n_findings + 6
    assert browser.count.text() == f"{n_findings + 6} rows shown of {n_findings + 6}."
    commune.setCurrentIndex(0)
    rank = COLUMNS.index("rang")
    browser.table.sortByColumn(rank, 0)  # ascending: rank 1 first (numeric, not text)
    first_ranks = [browser.proxy.index(r, rank).data() for r in range(3)]
    assert first_ranks == [1, 2, 3]
    csv_path = browser.export(str(tmp_path / "table.csv"))
    with open(csv_path, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    lengths = [r[COLUMNS.index("length_m")] for r in rows[1:] if r[COLUMNS.index("length_m")]]
    assert lengths and not any("." in v for v in lengths)  # decimal commas, "300" not "300.0"
    assert len(rows) == 1 + n_findings + 6
    assert rows[0].count("Type") == 0 and "fid" not in rows[0]  # one header each, no internals
    kinds = {r[COLUMNS.index("kind")] for r in rows[1:]}
    assert not any("." in k or "_" in k for k in kinds), kinds  # in words, never rule ids
    assert not any("/" in r[COLUMNS.index("libelle")] for r in rows[1:])  # no local path
    # the object in words: no rule id (a check not evaluated), no cluster code « C0000 »
    objects = [r[COLUMNS.index("libelle")] for r in rows[1:]]
    from scan_urba_plugin.core.engine import all_rules

    ids = {rule.rule_id for rule in all_rules()}
    assert not [o for o in objects if o in ids or re.fullmatch(r"C\d{4}", o)], objects
    assert [o for o in objects if re.fullmatch(r"group of \d+ antenna supports", o)], \
        sorted(set(objects))
    # the internal coordination is no opportunity with a partner: labelled, and unranked
    internal = [r for r in rows[1:] if r[COLUMNS.index("kind")] == label("coordination_interne")]
    assert [r[COLUMNS.index("rang")] for r in internal] == [""]
    assert sorted(int(r[COLUMNS.index("rang")]) for r in rows[1:]
                  if r[COLUMNS.index("rang")]) == [1, 2, 3, 4, 5]
    xlsx = tmp_path / "table.xlsx"
    browser.export(str(xlsx))
    from qgis.core import QgsVectorLayer

    sheet = QgsVectorLayer(str(xlsx), "xlsx", "ogr")
    kinds = {f.name(): f.typeName().lower() for f in sheet.fields()}
    assert kinds["Length (m)"] in ("real", "double") and kinds["Rank"] in ("real", "double",
                                                                         "integer")
    assert kinds["Message"] == "string" and sheet.featureCount() == n_findings + 6
    browser.table.doubleClicked.emit(browser.proxy.index(0, 0))  # zoom and flash, no error
    save_screenshot(browser, "findings_browser", (1300, 650))


def test_findings_browser_family_says_what_each_row_is(scanurba, sample_dir, network_dir,
                                                      tmp_path, qgis_iface):
    """Issue 26: the column headed « Catégorie » read « constat » on every row. It is the
    row's family, in words, and a filter: legal findings, data-quality findings (kept apart
    from the legal summary) and trench-sharing opportunities, counted as the scan wrote them."""
    import json

    import processing

    from scan_urba_plugin import translation
    from scan_urba_plugin.gui.browser import COLUMNS, FindingsBrowser

    from .conftest import full_scan_params

    out = tmp_path / "scan.gpkg"
    processing.run("scanurba:fullscan", {**full_scan_params(sample_dir, network_dir, out),
                                         "REPORT": str(tmp_path / "scan.json")})
    families = [f["famille"] for f in json.loads(
        (tmp_path / "scan.json").read_text(encoding="utf-8"))["findings"]]
    n_legal, n_quality = families.count("juridique"), families.count("qualite_donnees")
    assert n_legal > 0 and n_quality > 0 and n_legal + n_quality == len(families)
    translation.install("fr")
    try:
        browser = FindingsBrowser(str(out), qgis_iface)
        column = COLUMNS.index("type")
        assert browser.model.headerData(column, Qt_horizontal()) == "Famille"
        shown = [browser.model.index(r, column).data() for r in range(browser.model.rowCount())]
        assert {v: shown.count(v) for v in set(shown)} == {
            "juridique": n_legal, "qualité des données": n_quality,
            "mutualisation de tranchées": 6}  # 5 trenches and 1 internal coordination
        family = browser.combos["type"]  # a filter: the legal findings alone
        family.setCurrentIndex(family.findData("juridique"))
        assert browser.model.matching() == n_legal
        assert browser.count.text().startswith(f"{n_legal} ")
        browser.close()
    finally:
        translation.install("en")


def Qt_horizontal():  # noqa: N802
    from qgis.PyQt.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_dock_creates_a_duct_inventory(dock, tmp_path):
    path = dock.create_inventory(str(tmp_path / "inventaire.gpkg"))
    names = {layer.name() for layer in QgsProject.instance().mapLayers().values()}
    assert {"t_cheminement", "t_noeud", "t_conduite", "t_ptech"} <= names
    assert path.endswith("inventaire.gpkg") and "inventaire.gpkg" in dock.status.text()
    routes = QgsProject.instance().mapLayersByName("t_cheminement")[0]
    assert routes.editorWidgetSetup(routes.fields().indexOf("cm_typ_imp")).type() == "ValueMap"


def test_two_background_scans_in_a_row_fifty_times(dock, sample_dir, network_dir, tmp_path,
                                                   qgis_iface):
    """Issue 19: a task that read the project while the canvas drew it crashed QGIS on a
    session's second scan (4 runs in 30). Works and aerial lines are project layers here,
    the canvas redraws them all along, the results join the project after each scan."""
    from qgis.core import QgsVectorLayer

    project = QgsProject.instance()
    works = QgsVectorLayer(str(network_dir["works"]), network_dir["works"].stem, "ogr")
    aerial = QgsVectorLayer(str(network_dir["aerial"]), network_dir["aerial"].stem, "ogr")
    project.addMapLayers([works, aerial])
    dock.refresh_inputs()
    canvas = qgis_iface.mapCanvas()
    canvas.setLayers([works, aerial])
    canvas.setExtent(works.extent())
    dock.rows["plan"].file.setFilePath(str(sample_dir))
    for key, layer in (("works", works), ("aerial", aerial)):
        row = dock.rows[key]
        row.file.setFilePath("")
        row.combo.setCurrentIndex(row.combo.findData(layer.id()))
        assert row.layer_ids() == [layer.id()]
    root = project.layerTreeRoot()
    for run in range(RUNS):
        for second in (False, True):
            out = tmp_path / f"scan_{run}_{int(second)}.gpkg"
            dock.output.setFilePath(str(out))
            dock.run()
            def drawn_and_done():
                canvas.refresh()  # the main thread reads the project while the task runs
                return dock.task is None
            wait_for(drawn_and_done)
            assert out.exists() and dock.progress.value() == 100, \
                (run, second, dock.status.text())
            assert "findings" in dock.status.text()
        for group in [g for g in root.children() if g.name().startswith("Scan Urba")]:
            project.removeMapLayers([n.layerId() for n in group.findLayers()])
            root.removeChildNode(group)
    assert set(project.mapLayers()) == {works.id(), aerial.id()}
    project.removeMapLayers([works.id(), aerial.id()])


CLICK_RUNS = int(os.environ.get("SCAN_URBA_CLICK_RUNS", 20))


def open_the_result(dock):
    """Browser, pieces and settings open and close; the report starts."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    assert dock.browser_button.isEnabled() and dock.report_button.isEnabled()
    QTest.mouseClick(dock.browser_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dock.pieces_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dock.settings_button, Qt.MouseButton.LeftButton)
    for dialog in (dock.browser, dock.pieces_dialog, dock.settings_dialog):
        assert dialog.isVisible()
        dialog.close()
    QTest.mouseClick(dock.report_button, Qt.MouseButton.LeftButton)
    assert dock.report_task is not None


def test_every_button_clicked_during_a_run_twenty_times(dock, sample_dir, network_dir, tmp_path,
                                                        monkeypatch):
    """Issue 26: while a scan, an opinion or a report runs, every start button is off (one
    task at a time), a click on any of them (or its action called directly) starts nothing,
    Cancel stops whatever runs, and no Python error reaches QGIS's error dialog (its
    sys.excepthook) in any order of clicks; the result buttons act on the finished run."""
    import sys

    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

    errors, asked = [], []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: errors.append(exc))
    reports = iter(tmp_path / f"rapport_{i}.html" for i in range(1000))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append(a) or (str(next(reports)), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("", False))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    fill_dock(dock, sample_dir, network_dir, tmp_path / "scan.gpkg")
    dock.date_receipt.setDate(dock.date_receipt.date().fromString("2027-01-10", "yyyy-MM-dd"))
    manager = QgsApplication.taskManager()

    def click_everything():
        task = dock.running()
        assert task is not None and dock.cancel_button.isEnabled()
        for button in dock.start_buttons():
            assert not button.isEnabled(), button.text()
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        for action in (dock.run, dock.write_avis, dock.show_browser, dock.show_pieces,
                       dock.write_report, dock.open_report, dock.create_inventory,
                       dock.fetch_plan):
            action()  # a call from elsewhere (a shortcut, a script): nothing starts either
        assert dock.running() is task and manager.countActiveTasks() <= 1
        QgsApplication.processEvents()

    def finish(cancel=False):
        while dock.running() is not None:
            if dock.running().status() in (dock.running().Running, dock.running().Queued):
                click_everything()
            if cancel:
                QTest.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
            QgsApplication.processEvents()
            time.sleep(0.02)

    reported = cancelled = 0
    for i in range(CLICK_RUNS):
        dock.output.setFilePath(str(tmp_path / f"scan_{i}.gpkg"))
        start = dock.avis_button if i % 3 == 1 else dock.run_button
        cancel = i % 5 == 4
        QTest.mouseClick(start, Qt.MouseButton.LeftButton)
        assert dock.running() is not None, dock.status.text()
        finish(cancel)
        text = dock.status.text()
        cancelled += text.startswith(("Cancelled.", "Annulé."))
        if cancel:
            assert text.startswith(("Cancelled.", "Annulé.")) or "findings" in text, text
        else:
            assert "finding" in text or "opinion" in text, text
        if text.startswith("Cancelled.") and i:  # the previous result stays the buttons' own
            assert dock.last_output == str(tmp_path / f"scan_{i - 1}.gpkg"), text
            assert f"scan_{i - 1}.gpkg" in text
        if dock.last_output:  # the result buttons on this run's result, then everything again
            open_the_result(dock)
            reported += 1
            finish(cancel=i % 4 == 0)
            assert dock.status.text().startswith(("Report", "Cancelled")), dock.status.text()
        else:
            assert not dock.browser_button.isEnabled() and not dock.report_button.isEnabled()
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert errors == [] and boxes == [], (i, errors, boxes)
    assert manager.countActiveTasks() == 0
    assert len(asked) == reported > 0  # the report's save dialog, only when a report starts
    assert cancelled >= CLICK_RUNS // 5 - 1  # Cancel stopped the runs it was clicked on


def test_the_opinion_from_the_dock_carries_the_dates_and_procedure(dock, sample_dir, network_dir,
                                                                  tmp_path):
    """The Avis box's dates and procedure reach scanurba:avis: the opinion's header gives them
    in words and the deadline (three months after receipt); an empty date stays « non
    renseignée »."""
    import zipfile

    from qgis.PyQt.QtCore import QDate

    fill_dock(dock, sample_dir, network_dir, tmp_path / "scan.gpkg")
    dock.date_receipt.setDate(QDate(2027, 1, 10))
    dock.date_arret.setDate(QDate())
    dock.procedure.setCurrentText("révision générale")
    assert dock.avis_parameters() == {"DATE_RECEIPT": "2027-01-10", "DATE_ARRET": "",
                                      "DATE_BEGUN": "", "PROCEDURE": "révision générale",
                                      "COMMUNE": "", "FORM": 0}
    logged = []
    keep = lambda message, tag, level: logged.append(message)  # noqa: E731
    QgsApplication.messageLog().messageReceived.connect(keep)
    dock.write_avis()
    wait_for(lambda: dock.task is None)
    QgsApplication.processEvents()
    QgsApplication.messageLog().messageReceived.disconnect(keep)
    assert not [m for m in logged if "background threads" in m]  # no noise per atlas label
    odt = next((tmp_path / "scan_avis").glob("avis_*.odt"))
    text = zipfile.ZipFile(odt).read("content.xml").decode("utf-8")
    assert "10 janvier 2027" in text and "10 avril 2027" in text  # received, deadline
    assert "révision" in text and "non renseignée" in text  # the arrêt left empty
    assert "opinion" in dock.status.text()


def test_the_wheel_scrolls_the_dock_and_leaves_the_avis_fields_alone(dock):
    """Scrolling down the dock to « Rédiger l'avis » with the wheel over the Avis box set the
    receipt date to today and the procedure to « révision générale », unseen: the wheel now
    scrolls the dock, and changes a field only once the user has clicked in it."""
    from qgis.PyQt.QtCore import QDate, QPoint, QPointF, Qt
    from qgis.PyQt.QtGui import QWheelEvent
    from qgis.PyQt.QtWidgets import QApplication

    spin = next(iter(dock.spins.values()))
    distance = spin.value()
    dock.date_receipt.setDate(QDate())
    dock.procedure.setCurrentText("")
    for field in (dock.date_receipt, dock.procedure, spin):
        notch = QWheelEvent(QPointF(5, 5), QPointF(field.mapToGlobal(QPoint(5, 5))),
                            QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(field, notch)
    assert dock.iso(dock.date_receipt) == ""
    assert dock.procedure.currentText() == ""
    assert spin.value() == distance
    # (that the notch then scrolls the dock was seen in QGIS: Qt passes on only a real wheel
    # event, never one sent by a test)


def test_after_a_run_the_focus_is_on_a_button_not_on_the_arret_date(dock):
    """The button clicked, disabled during the run, handed the focus on to « Projet arrêté
    le », day selected: the next wheel notch or digit changed the date of the opinion."""
    from qgis.PyQt.QtWidgets import QApplication

    dock.show()
    QApplication.setActiveWindow(dock)
    dock.run_button.setFocus()
    QgsApplication.processEvents()
    if not dock.run_button.hasFocus():
        pytest.skip("no keyboard focus on this platform (offscreen)")
    dock.set_busy(True)
    assert dock.cancel_button.hasFocus()
    dock.set_busy(False)
    assert dock.run_button.hasFocus() and not dock.date_arret.hasFocus()


def test_findings_browser_at_departement_scale(scanurba, sample_dir, network_dir, tmp_path,
                                               qgis_iface, monkeypatch):
    """Issue 26 §5: the demo's rows repeated to a département's 125,000: the view gets them in
    batches, a filter's count is right at once, the dialog and its columns stay within the
    screen, and zooming moves the browser off the map."""
    import pandas as pd
    import processing
    from qgis.PyQt.QtWidgets import QMainWindow

    from scan_urba_plugin.gui import browser as module

    from .conftest import full_scan_params

    out = tmp_path / "scan.gpkg"
    processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, out))
    one = module.browser_frame(out)
    repeats = 125_000 // len(one) + 1
    big = pd.concat([one] * repeats, ignore_index=True)
    big.loc[0, "insee"] = ",".join(f"06{n:03d}" for n in range(163))  # a PADD's 163 communes
    monkeypatch.setattr(module, "browser_frame", lambda gpkg: big)
    window = QMainWindow()
    canvas = qgis_iface.mapCanvas()
    window.setCentralWidget(canvas)
    window.setGeometry(0, 0, 1600, 900)
    window.show()
    browser = module.FindingsBrowser(str(out), qgis_iface, window)
    browser.show()
    QgsApplication.processEvents()
    model = browser.model
    assert model.total() == len(big) >= 125_000
    assert model.rowCount() == module.BATCH and model.canFetchMore()
    browser.table.scrollToBottom()
    QgsApplication.processEvents()
    assert model.rowCount() > module.BATCH  # the next batch, asked for by the view
    screen = browser.screen().availableGeometry()
    assert browser.frameGeometry().width() <= screen.width()
    header = browser.table.horizontalHeader()
    widths = {c: header.sectionSize(i) for i, c in enumerate(module.COLUMNS)
              if not browser.table.isColumnHidden(i) and c != "message"}
    assert all(w <= module.MAX_WIDTH.get(c, module.DEFAULT_MAX_WIDTH) for c, w in widths.items())
    from qgis.PyQt.QtCore import Qt

    assert header.textElideMode() == Qt.TextElideMode.ElideRight  # « Longueur… », not « ongueur (m »
    first = model.index(0, module.COLUMNS.index("insee"))
    assert first.data(Qt_tooltip()) == first.data()  # an elided cell shows whole in its tooltip
    combo = browser.combos["insee"]
    assert combo.findData("06162") > 0  # each commune of a list, once
    combo.setCurrentIndex(combo.findData("06162"))
    from scan_urba_plugin.core.french import number

    assert model.matching() == 1 and browser.count.text() == f"1 row shown of {number(len(big))}."
    combo.setCurrentIndex(0)
    kinds = browser.combos["kind"]
    assert all("." not in kinds.itemText(i) for i in range(kinds.count()))
    # zoom: the browser leaves the map's upper part, where the feature is centred
    model.set_filter("layer", "findings_surf")
    row = 0
    browser.move(canvas.mapToGlobal(canvas.rect().topLeft()))
    QgsApplication.processEvents()
    browser.zoom_to(model.index(row, 0))
    QgsApplication.processEvents()
    area = canvas.rect().translated(canvas.mapToGlobal(canvas.rect().topLeft()))
    middle = canvas.mapToGlobal(canvas.rect().center())
    free_top = area.top() + (browser.frameGeometry().top() - area.top()) // 2
    assert not browser.frameGeometry().contains(middle.x(), free_top), \
        (browser.frameGeometry(), area)
    browser.close()
    window.takeCentralWidget()
    window.close()


def Qt_tooltip():  # noqa: N802
    from qgis.PyQt.QtCore import Qt

    return Qt.ItemDataRole.ToolTipRole


def test_findings_browser_reads_in_the_background(dock, sample_dir, network_dir, tmp_path):
    """From the dock, the browser shows at once and reads its rows in a thread: the main
    thread keeps turning while they are read (QGIS is never frozen), then the rows, the
    filters' values and the count appear."""
    fill_dock(dock, sample_dir, network_dir, tmp_path / "scan.gpkg")
    dock.run()
    wait_for(lambda: dock.task is None)
    browser = dock.show_browser()
    assert browser.isVisible() and browser.model.total() == 0
    assert browser.count.text() in ("Reading the findings…", "Lecture des constats…")
    turns = []
    wait_for(lambda: turns.append(1) or browser.model.total() > 0, timeout=60)
    rows = int(dock.status.text().split()[0]) + 6  # findings, 5 trenches, 1 coordination
    assert browser.model.total() == rows and browser.combos["avis"].count() > 1
    assert browser.count.text() == f"{rows} rows shown of {rows}."
    browser.close()


def clear_inputs(dock):
    """No input left from an earlier test (the dock remembers its fields across sessions)."""
    for row in dock.rows.values():
        row.file.setFilePath("")


def test_a_network_that_misses_the_plan_is_said_in_the_dock(dock, tmp_path):
    """Issue 26: 30014 (Gard) with the Cher's GraceTHD demo, run from the dock of a French
    QGIS: the dock says, as soon as the inputs are read, that the network does not cover the
    plan, and keeps saying it beside the results: a warning, not an error in their place."""
    from scan_urba_plugin import translation
    from scan_urba_plugin.gui.dock import WARNING_STYLE

    from .conftest import shared

    clear_inputs(dock)
    dock.rows["plan"].file.setFilePath(str(shared("plu", "30014_PLU_20171013")))
    dock.rows["gracethd"].file.setFilePath(str(shared("gracethd", "gracethd-v2.0.1-demo")))
    dock.output.setFilePath(str(tmp_path / "scan.gpkg"))
    while_running = []
    try:
        translation.install("fr")
        dock.run()
        wait_for(lambda: while_running.append(dock.task is not None and dock.warnings.text())
                 or dock.task is None)
    finally:
        translation.install("en")
    said = dock.warnings.text()
    assert "Le réseau GraceTHD fourni ne recouvre pas le plan : il est à" in said, said
    assert "km" in said and "celui de ce territoire" in said
    assert any("ne recouvre pas" in (text or "") for text in while_running)  # before the end
    assert not dock.warnings.isHidden() and dock.warnings.styleSheet() == WARNING_STYLE
    assert "constat" in dock.status.text() and dock.status.styleSheet() == ""  # the results
    assert dock.browser_button.isEnabled() and (tmp_path / "scan.gpkg").exists()
    # the next run starts without the last one's warnings
    dock.rows["gracethd"].file.setFilePath("")
    dock.run()
    assert dock.warnings.isHidden() and dock.warnings.text() == ""
    wait_for(lambda: dock.task is None)
    assert dock.warnings.isHidden(), dock.warnings.text()


def test_every_input_that_takes_a_folder_offers_a_file_and_a_folder_picker(dock, network_dir):
    """Issue 26: every row whose input may be a folder (the plan, GraceTHD, the SCOT, the ANFR
    export and its reference tables) has the file picker and the folder button; the other
    rows a file picker only. The ANFR row: the folder from its button, a table of the export
    taken as its folder."""
    from qgis.gui import QgsFileWidget
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from scan_urba_plugin.parameters import FILES, FOLDER_KIND, SOURCE

    mode = QgsFileWidget.StorageMode
    for key, row in dock.rows.items():
        takes_folder = row.spec.kind in (SOURCE, FOLDER_KIND)
        assert (row.folder_button is not None) == takes_folder, key
        assert row.file.storageMode() == (mode.GetMultipleFiles if row.spec.kind == FILES
                                          else mode.GetFile), key
        assert row.file.lineEdit().placeholderText() == (
            "file or folder…" if takes_folder else "files…" if row.spec.kind == FILES
            else "file…"), key
    anfr = dock.rows["antennas"]
    anfr.file.setFilePath("")
    chosen = answer_modal(lambda dialog: choose(dialog, network_dir["anfr"]))
    QTest.mouseClick(anfr.folder_button, Qt.MouseButton.LeftButton)
    assert chosen and anfr.path() == str(network_dir["anfr"])
    anfr.file.setFilePath(str(network_dir["anfr"] / "SUP_SUPPORT.txt"))
    assert anfr.file.filePath() == anfr.path() == str(network_dir["anfr"])


def answer_modal(answer) -> list:
    """Answer the next modal dialog as a person would, from a timer (the dialog runs its own
    event loop): ``answer(dialog)``'s result is appended to the list returned."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication

    answered = []

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        try:
            answered.append((type(dialog).__name__, answer(dialog)))
        except Exception as exc:  # noqa: BLE001 (raised in a slot, Qt would abort)
            answered.append((type(dialog).__name__, exc))
            dialog.reject()

    QTimer.singleShot(0, look)
    return answered


def choose(dialog, path):
    """A path picked in Qt's file dialog, and its « Choose » (or « Open ») button clicked."""
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    dialog.selectFile(str(path))
    box = dialog.findChild(QDialogButtonBox)
    next(b for b in box.buttons()
         if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole).click()


def texts(dialog) -> dict:
    """{"buttons", "labels"}: the words a person reads on a dialog's buttons and labels."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel

    return {"buttons": {b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)
                        if b.isVisible() and b.text()},
            "labels": {w.text().replace("&", "") for w in dialog.findChildren(QLabel)
                       if w.isVisible() and w.text()}}


def test_qt_buttons_are_french_in_a_french_qgis(dock, tmp_path):
    """Issue 26: in a French QGIS, the buttons of every dialog the dock opens are French, Qt's
    standard ones too (« Enregistrer », « Annuler », « Choisir »), even where no translation
    of Qt is installed (this machine has none)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from scan_urba_plugin import translation

    def read_and_close(dialog):
        seen = texts(dialog)
        dialog.reject()
        return seen

    try:
        translation.install("fr")
        settings = dock.edit_settings()
        box = settings.findChild(QDialogButtonBox)
        assert {b.text() for b in box.buttons()} == {"Enregistrer", "Annuler"}
        settings.close()
        seen = answer_modal(read_and_close)  # the ANFR row's folder button
        QTest.mouseClick(dock.rows["antennas"].folder_button, Qt.MouseButton.LeftButton)
        seen_save = answer_modal(read_and_close)  # the inventory's save dialog
        QTest.mouseClick(dock.inventory_button, Qt.MouseButton.LeftButton)
        seen_prompt = answer_modal(read_and_close)  # the Géoportail prompt
        QTest.mouseClick(dock.gpu_button, Qt.MouseButton.LeftButton)
        assert dock.running() is None
    finally:
        translation.install("en")
    (folder, chosen), (save, saved), (prompt, asked) = seen + seen_save + seen_prompt
    assert folder == save == "QFileDialog" and prompt == "QInputDialog"
    # « Ouvrir » while the folder is the one shown, « Choisir » once one is selected
    assert "Annuler" in chosen["buttons"] and chosen["buttons"] & {"Ouvrir", "Choisir"}, chosen
    assert "Dossier :" in chosen["labels"], chosen
    assert {"Enregistrer", "Annuler"} <= saved["buttons"], saved
    assert {"Voir dans :", "Nom de fichier :", "Fichiers de type :"} <= saved["labels"], saved
    assert asked["buttons"] == {"OK", "Annuler"}
    english = {"Save", "Cancel", "Choose", "Open", "Look in:", "File name:", "Directory:"}
    assert not english & set().union(*(s["buttons"] | s["labels"] for s in (chosen, saved, asked)))


def test_a_cancelled_rerun_leaves_the_result_buttons_on_the_previous_result(dock, sample_dir,
                                                                           network_dir,
                                                                           tmp_path):
    """Issue 26: a re-run cancelled, or failed, leaves the previous result as it was: the
    result buttons come back on for it, and the dock says which result they act on."""
    first = tmp_path / "first.gpkg"
    fill_dock(dock, sample_dir, network_dir, first)
    dock.run()
    wait_for(lambda: dock.task is None)
    report = dock.write_report(str(tmp_path / "rapport.html"))
    wait_for(lambda: dock.report_task is None)
    assert dock.last_output == str(first) and dock.last_report == report
    result_buttons = (dock.browser_button, dock.report_button, dock.pieces_button,
                      dock.open_report_button)
    for rerun in ("cancelled", "failed", "cancelled on the same file"):
        out = first if rerun.endswith("same file") else tmp_path / "second.gpkg"
        dock.output.setFilePath(str(out))
        dock.rows["gracethd"].file.setFilePath(str(  # a table of the plan: no GraceTHD
            next(sample_dir.glob("*DOC_URBA*.dbf")) if rerun == "failed"
            else network_dir["gracethd_v2"]))
        dock.run()
        assert not any(b.isEnabled() for b in result_buttons)  # one task at a time
        if rerun.startswith("cancelled"):
            dock.cancel()
        wait_for(lambda: dock.task is None)
        status = dock.status.text()
        assert status.startswith("Cancelled." if rerun.startswith("cancelled")
                                 else "The scan failed"), status
        assert "The result buttons act on the previous result: first.gpkg." in status, status
        assert all(b.isEnabled() for b in result_buttons), rerun
        assert dock.last_output == str(first) and dock.last_report == report
        assert not (tmp_path / "second.gpkg").exists()
    browser = dock.show_browser()
    assert browser.gpkg == str(first)
    wait_for(lambda: browser.model.total() > 0)
    browser.close()


def use_every_part(dock, sample_dir, network_dir, tmp_path):
    """A scan, then its browser, pieces, settings and report."""
    fill_dock(dock, sample_dir, network_dir, tmp_path / "scan.gpkg")
    dock.run()
    wait_for(lambda: dock.task is None)
    for dialog in (dock.show_browser(), dock.show_pieces(), dock.edit_settings()):
        dialog.close()
    wait_for(lambda: dock.browser.model.total() > 0)
    dock.write_report(str(tmp_path / "rapport.html"))
    wait_for(lambda: dock.report_task is None)
    assert dock.last_report


def test_a_dock_let_go_is_deleted_at_once(qgis_iface, scanurba, qgis_new_project, sample_dir,
                                          network_dir, tmp_path):
    """Issue 26 (the 20-run click test crashed once, and QGIS at exit when it was the last
    test): the dock was kept alive by cycles through its own buttons (lambdas), so Python's
    cyclic collector deleted it whenever it ran: in a task's thread, or after QGIS had exited.
    After a scan, its browser, pieces, settings and report, the dock goes as soon as the last
    reference to it does, on this thread."""
    import gc
    import weakref

    from qgis.PyQt import sip

    from scan_urba_plugin.gui.dock import ScanUrbaDock

    widget = ScanUrbaDock(qgis_iface)
    use_every_part(widget, sample_dir, network_dir, tmp_path)
    browser = weakref.ref(widget.browser)
    gone, was = weakref.ref(widget), gc.isenabled()
    gc.disable()  # freed by reference counting, not by a collection
    try:
        del widget
        assert gone() is None and (browser() is None or sip.isdeleted(browser()))
    finally:
        if was:
            gc.enable()
    QgsProject.instance().removeAllMapLayers()
