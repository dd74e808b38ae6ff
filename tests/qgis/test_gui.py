"""The dock and the findings browser driven on real QGIS widgets; screenshots saved under
out/screenshots (not committed) for people to look at."""
import csv
import os
import time

import pytest
from qgis.core import QgsApplication, QgsCategorizedSymbolRenderer, QgsProject
from qgis.PyQt.QtWidgets import QMainWindow

from .conftest import ROOT, save_screenshot

SHOTS = ROOT / "out" / "screenshots"
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
    assert dock.status.text().startswith("25 ") and " 5 " in dock.status.text()


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
    # the 1AU sector without criteria, the UE unconditional duty, the UH and 1AU burial, the
    # point haut in the EBC (L113-2), A and N without équipements collectifs (L151-11)
    assert browser.proxy.rowCount() == 7
    assert browser.count.text() == f"7 rows shown of {n_findings + 6}."  # right after
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
        cancelled += text in ("Cancelled.", "Annulé.")
        if cancel:
            assert text in ("Cancelled.", "Annulé.") or "findings" in text, text
        else:
            assert "finding" in text or "opinion" in text, text
        if dock.last_output:  # the result buttons on this run, then everything again
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
