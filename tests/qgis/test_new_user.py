"""A département's officer new to Scan Urba, driven on real widgets (run under Xvfb by
`make test`): open the dock, pick the folders as delivered, fail on a bad input and read why in
the dock, run, re-run, write the report, then the same scan from the Processing toolbox.
Each step asserts on what a person sees and saves a screenshot under out/screenshots/."""
import os
import time

import pytest
from qgis.core import QgsApplication, QgsCategorizedSymbolRenderer, QgsProject
from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsLayerTreeView
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDockWidget, QGroupBox, QMainWindow, QScrollArea, QTextEdit

from .conftest import ROOT, TEST_OUT
from .test_gui import wait_for as gui_wait_for

SHOTS = TEST_OUT / "screenshots"
WINDOW = (1600, 900)  # a laptop's QGIS window


def wait_for(condition, timeout=180):  # the GUI tests' loop, with this path's longer wait
    gui_wait_for(condition, timeout)


def shoot(widget, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    QgsApplication.processEvents()
    assert widget.grab().save(str(SHOTS / f"new_user_{name}.png"))


def cut_off(dock) -> list[str]:
    """Fields and buttons of the dock not shown whole across its width (a horizontal scroll
    bar, a field behind the edge, a button narrower than its text)."""
    scroll = dock.findChild(QScrollArea)
    viewport = scroll.viewport()
    problems = []
    if scroll.horizontalScrollBar().isVisible():
        problems.append("horizontal scroll bar")
    widgets = list(dock.rows.values()) + [
        dock.run_button, dock.cancel_button, dock.browser_button, dock.report_button,
        dock.open_report_button, dock.output, dock.progress, dock.inventory_button,
        dock.gpu_button]
    for widget in [w for w in widgets if w.isVisibleTo(dock)]:
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > viewport.width():
            problems.append(f"{widget.objectName() or type(widget).__name__} beyond the edge")
        if widget.width() < widget.minimumSizeHint().width():
            problems.append(f"{type(widget).__name__} narrower than its content")
    for row in dock.rows.values():
        if row.isVisibleTo(dock) and row.file.lineEdit().width() < 150:
            problems.append(f"{row.key}: path field {row.file.lineEdit().width()} px")
    return problems


def group_names():
    return [g.name() for g in QgsProject.instance().layerTreeRoot().children()
            if g.nodeType() == 0]


@pytest.fixture()
def french():
    """The new user's QGIS is in French (the plugin follows QGIS's locale)."""
    from qgis.core import QgsSettings

    from scan_urba_plugin import translation

    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "fr_FR")
    translation.install()
    yield
    settings.setValue("locale/userLocale", before)
    translation.install("en")


@pytest.fixture()
def desktop(qgis_iface, qgis_new_project, scanurba, monkeypatch, french):
    """A QGIS-like main window (map, layers panel, docks) with the plugin installed."""
    from scan_urba_plugin.plugin import ScanUrbaPlugin

    opened = time.monotonic()
    window = QMainWindow()
    window.resize(*WINDOW)
    canvas = qgis_iface.mapCanvas()
    window.setCentralWidget(canvas)
    tree = QgsLayerTreeView(window)
    from qgis.core import QgsLayerTreeModel

    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), window)
    tree.setModel(model)
    bridge = QgsLayerTreeMapCanvasBridge(QgsProject.instance().layerTreeRoot(), canvas)
    project = QgsProject.instance()  # as QGIS does: the map follows the project's CRS
    follow_crs = lambda: canvas.setDestinationCrs(project.crs())  # noqa: E731
    project.crsChanged.connect(follow_crs)
    layers_panel = QDockWidget("Couches", window)
    layers_panel.setObjectName("Layers")
    layers_panel.setWidget(tree)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, layers_panel)
    monkeypatch.setattr(qgis_iface, "_mainWindow", window)
    monkeypatch.setattr(qgis_iface, "addDockWidget",
                        lambda area, dock: window.addDockWidget(area, dock))
    window.show()
    QgsApplication.processEvents()
    plugin = ScanUrbaPlugin(qgis_iface)
    plugin.provider = QgsApplication.processingRegistry().providerById("scanurba")  # the session's
    plugin.initGui()
    yield window, plugin, tree, opened
    project.crsChanged.disconnect(follow_crs)
    plugin.provider = None  # the session keeps its provider
    plugin.unload()
    window.takeCentralWidget()  # the canvas belongs to pytest-qgis
    bridge.deleteLater()
    window.close()
    window.deleteLater()
    QgsApplication.processEvents()


@pytest.fixture()
def received():
    """(tab, message) of each entry of QGIS's log panel during the test."""
    entries = []

    def keep(message, tag, level):
        entries.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(keep)
    yield entries
    QgsApplication.messageLog().messageReceived.disconnect(keep)


def test_new_user_from_a_downloaded_plan_to_styled_results(desktop, sample_dir, network_dir,
                                                          tmp_path, received):
    from scan_urba_plugin.qgis_io.result_layers import TABLE, group_name

    window, plugin, tree, opened = desktop

    # 1. The Scan Urba button opens the dock, wide enough for its fields.
    plugin.action.trigger()
    dock = plugin.dock
    wait_for(lambda: dock.isVisible())
    QgsApplication.processEvents()
    time.sleep(0.1)
    QgsApplication.processEvents()
    assert dock.width() >= dock.content_width() and dock.width() >= WINDOW[0] // 5
    assert cut_off(dock) == []
    required = [row.key for row in dock.rows.values() if row.spec.required]
    assert required == ["plan"]
    assert "Obligatoire" in [box.title() for box in dock.findChildren(QGroupBox)]
    shoot(window, "1_dock_opened")
    # Every input the algorithm takes has a place; the folded ones fit too once unfolded.
    from scan_urba_plugin.parameters import SCAN_INPUTS

    assert len(dock.rows) == len(SCAN_INPUTS)
    from qgis.gui import QgsCollapsibleGroupBox

    folded = dock.findChildren(QgsCollapsibleGroupBox)
    for box in folded:
        box.setCollapsed(False)
    QgsApplication.processEvents()
    assert all(row.isVisibleTo(dock) for row in dock.rows.values())
    assert cut_off(dock) == []
    shoot(window, "1b_every_input_unfolded")
    for box in folded:
        box.setCollapsed(True)
    QgsApplication.processEvents()

    # 2a. A plan already in the project: proposed by kind, the zoning first, long names
    # shortened inside the dock.
    from qgis.core import QgsVectorLayer

    geo = sample_dir / "Donnees_geographiques"
    info = QgsVectorLayer(str(next(geo.glob("*INFO_SURF*.shp"))), "06999_INFO_SURF_20250115",
                          "ogr")
    zones_layer = QgsVectorLayer(str(next(geo.glob("*ZONE_URBA*.shp"))),
                                 "06999_ZONE_URBA_20250115 – zonage du PLU arrêté le 15 janvier "
                                 "2025, version transmise aux personnes publiques associées",
                                 "ogr")
    QgsProject.instance().addMapLayers([info, zones_layer])
    QgsApplication.processEvents()
    combo = dock.rows["plan"].combo
    assert combo.isVisibleTo(dock) and combo.itemData(1) == zones_layer.id()
    assert combo.itemData(combo.count() - 1) == info.id()
    combo.setCurrentIndex(1)
    assert dock.rows["plan"].layer_ids()[0] == zones_layer.id()
    assert cut_off(dock) == []
    shoot(window, "2a_plan_layers_in_the_project")
    combo.setCurrentIndex(0)
    QgsProject.instance().removeMapLayers([info.id(), zones_layer.id()])
    QgsApplication.processEvents()

    # 2. The folders as delivered: a file picked inside the GPU folder or the GraceTHD folder
    # stands for the folder.
    zone_file = next((sample_dir / "Donnees_geographiques").glob("*ZONE_URBA*.shp"))
    dock.rows["plan"].file.setFilePath(str(zone_file))
    assert dock.rows["plan"].file.filePath() == str(sample_dir)
    cheminement = network_dir["gracethd_v2"] / "t_cheminement.shp"
    assert cheminement.exists()
    dock.rows["gracethd"].file.setFilePath(str(cheminement))
    assert dock.rows["gracethd"].file.filePath() == str(network_dir["gracethd_v2"])
    dock.rows["antennas"].file.setFilePath(str(network_dir["anfr"]))
    dock.rows["works"].file.setFilePath(str(network_dir["works"]))
    dock.rows["aerial"].file.setFilePath(str(network_dir["aerial"]))
    dock.rows["rip_zoning"].file.setFilePath(str(network_dir["rip_zoning"]))
    dock.rows["scot_sectors"].file.setFilePath(str(network_dir["scot_sectors"]))
    out = tmp_path / "resultat.gpkg"
    dock.output.setFilePath(str(out))
    assert cut_off(dock) == []
    shoot(window, "2_folders_picked")

    # 3. A wrong GraceTHD delivery: the reason, the file and the fix in the dock, in French;
    # one entry in the Scan Urba tab of the log, none in the Processing tab.
    wrong = next(sample_dir.glob("*DOC_URBA*.dbf"))
    dock.rows["gracethd"].file.setFilePath(str(wrong))
    received.clear()
    QTest.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: dock.task is None)
    text = dock.status.text()
    assert "ne contient aucune table GraceTHD" in text and wrong.name in text
    assert "Pour corriger" in text and "GraceTHD" in text.split("Pour corriger")[1]
    assert "journal" not in text
    assert dock.rows["gracethd"].file.lineEdit().styleSheet()  # the field is marked
    ours = [m for tag, m in received if "aucune table GraceTHD" in m]
    assert [tag for tag, m in received if "aucune table GraceTHD" in m] == ["Scan Urba"], received
    assert len(ours) == 1
    assert not out.exists()
    shoot(window, "3_bad_input_reason")

    # 4. The right folder: styled results in one group, named in French.
    dock.rows["gracethd"].file.setFilePath(str(network_dir["gracethd_v2"]))
    started = time.monotonic()
    QTest.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: dock.task is None)
    group = QgsProject.instance().layerTreeRoot().findGroup(group_name("06999_PLU_20250115"))
    assert group is not None, "\n".join([dock.status.text()] + [m for t, m in received if "Traceback" in m])
    layers = {node.layer().customProperty(TABLE): node.layer() for node in group.findLayers()}
    assert isinstance(layers["zones_bilan"].renderer(), QgsCategorizedSymbolRenderer)
    styled = time.monotonic()
    names = [node.layer().name() for node in group.findLayers()]
    assert names[0] == "Opportunités de mutualisation"
    assert {"Constats – zones", "Constats – points", "Bilan par zone",
            "Emplacements réservés"} <= set(names)
    assert all(node.layer().featureCount() > 0 for node in group.findLayers()), \
        [n.layer().name() for n in group.findLayers() if not n.layer().featureCount()]
    for layer in layers.values():  # every field of every result has a name to read
        unnamed = [f.name() for i, f in enumerate(layer.fields())
                   if f.name() != "fid" and not layer.attributeAlias(i)]
        assert unnamed == [], (layer.name(), unnamed)
    kind = layers["opportunites"]
    words = kind.editorWidgetSetup(kind.fields().indexOf("kind")).config()["map"]
    assert {"travaux programmés": "travaux_programmes"} in words  # codes read as words
    zones = layers["zones_bilan"]
    assert zones.attributeAlias(zones.fields().indexOf("served_share_existing")) \
        == "Part desservie par les fourreaux existants"
    er = layers["emplacements_reserves"]
    assert sorted(f["numero"] for f in er.getFeatures()) == ["1", "2", "3"]
    assert "ER n°" in er.labeling().settings().getLabelExpression().expression()
    opportunities = layers["opportunites"]
    rank_labels = opportunities.labeling().settings()
    assert rank_labels.scaleVisibility and rank_labels.minimumScale >= 25000
    assert "5 opportunités" in dock.status.text() and dock.report_button.isEnabled()
    QgsApplication.processEvents()  # our own results are never proposed as inputs
    assert not any(row.combo.isVisibleTo(dock) for row in dock.rows.values())
    canvas = plugin.iface.mapCanvas()
    canvas.refresh()
    canvas.waitWhileRendering()
    QgsApplication.processEvents()
    plan = layers["zones_bilan"].extent()  # the map on the plan, not on every input
    shown = canvas.extent()
    assert shown.contains(plan) and shown.width() < 3 * plan.width() \
        or shown.height() < 3 * plan.height(), (shown.toString(), plan.toString())
    labels = canvas.labelingResults().allLabels() if canvas.labelingResults() else []
    drawn = {label.layerID for label in labels}
    assert opportunities.id() in drawn and er.id() in drawn, \
        (canvas.scale(), len(labels), QgsProject.instance().crs().authid(),
         canvas.mapSettings().destinationCrs().authid())
    shoot(window, "4_results_on_the_map")

    # 5. A re-run replaces its group.
    QTest.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: dock.task is None)
    ours = [g for g in group_names() if g.startswith("Scan Urba – 06999_PLU_20250115")]
    assert ours == [group_name("06999_PLU_20250115")]
    group = QgsProject.instance().layerTreeRoot().findGroup(ours[0])
    assert [n.layer().name() for n in group.findLayers()] == names
    assert len(QgsProject.instance().mapLayers()) == len(names)
    shoot(window, "5_rerun_same_group")

    # 6. The report, where the user chose, written in the background, opened on request.
    report = tmp_path / "avis" / "rapport.html"
    report.parent.mkdir()
    dock.write_report(str(report))
    assert not dock.report_button.isEnabled()  # running, QGIS stays responsive
    wait_for(lambda: dock.report_task is None)
    assert report.exists() and report.with_suffix(".pdf").exists(), dock.status.text()
    assert dock.open_report_button.isEnabled()
    from qgis.core import QgsSettings

    assert QgsSettings().value("scan_urba/report_folder") == str(report.parent)
    shoot(window, "6_report_written")
    record_time(started - opened, styled - started)


QGIS_START = """
import sys, time
t = time.monotonic()
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], True)
app.initQgis()
sys.path.append("/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()
from scan_urba_plugin.plugin import ScanUrbaPlugin
print(time.monotonic() - t)
"""


def record_time(before_run, run):
    """The test's clock, from opening QGIS to styled results on the demo: QGIS started in a
    fresh process (application, Processing, the plugin imported), then in this session the
    Scan Urba button clicked, the dock filled, the scan run and its layers styled."""
    import subprocess
    import sys

    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", QGIS_START, str(ROOT)], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    qgis_start = time.monotonic() - start
    assert done.returncode == 0, done.stderr[-1000:]
    line = (f"display={os.environ.get('QT_QPA_PLATFORM', '?')}: QGIS started in {qgis_start:.2f} s; "
            f"dock opened, folders picked, a bad input tried {before_run:.2f} s; "
            f"run to styled results {run:.2f} s; "
            f"total {qgis_start + before_run + run:.2f} s\n")
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "new_user_timing.txt").write_text(line, encoding="utf-8")
    print(line)


def test_new_user_runs_the_scan_from_the_toolbox_dialog(desktop, sample_dir, network_dir,
                                                        tmp_path, monkeypatch):
    """The same scan from Processing's own dialog: the plan marked required, results loaded
    and styled on the map in the same group, a second run without --overwrite."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    from scan_urba_plugin.qgis_io.result_layers import TABLE, group_name

    from .conftest import full_scan_params

    window, plugin, tree, opened = desktop
    from qgis.gui import QgsBrowserGuiModel

    browser_model = QgsBrowserGuiModel(window)
    monkeypatch.setattr(plugin.iface, "browserModel", lambda: browser_model, raising=False)
    # QGIS 3.40's Processing post-processing asks the interface for the layer tree view,
    # which pytest-qgis's stand-in interface lacks (the desktop has it)
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    tree_view = QgsLayerTreeView(window)
    tree_model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), tree_view)
    tree_view.setModel(tree_model)
    monkeypatch.setattr(plugin.iface, "layerTreeView", lambda: tree_view, raising=False)
    alg = QgsApplication.processingRegistry().createAlgorithmById("scanurba:fullscan")
    overwrite = alg.parameterDefinition("OVERWRITE")
    assert "--" not in overwrite.description()
    dialog = AlgorithmDialog(alg, parent=window)
    dialog.resize(900, 800)
    dialog.show()
    params = full_scan_params(sample_dir, network_dir, "TEMPORARY_OUTPUT")
    dialog.setParameters(params)
    shoot(dialog, "7_toolbox_dialog")
    log = dialog.findChild(QTextEdit, "txtLog")
    for _ in (1, 2):  # the dialog's default, a temporary file; a re-run replaces the group
        dialog.setResults({})
        dialog.runAlgorithm()
        try:
            wait_for(lambda: dialog.results() and "OUTPUT" in dialog.results()
                     and group_name("06999_PLU_20250115") in group_names(), timeout=90)
        except TimeoutError:
            raise AssertionError(log.toPlainText()[-3000:]) from None
        QgsApplication.processEvents()
        group = QgsProject.instance().layerTreeRoot().findGroup(group_name("06999_PLU_20250115"))
        layers = {n.layer().customProperty(TABLE): n.layer() for n in group.findLayers()}
        assert layers["zones_bilan"].name() == "Bilan par zone"
        assert isinstance(layers["zones_bilan"].renderer(), QgsCategorizedSymbolRenderer)
        assert layers["zones_bilan"].renderer().classAttribute() == "status"
        assert layers["opportunites"].labeling() is not None
        ours = [g for g in group_names() if g.startswith("Scan Urba – 06999_PLU_20250115")]
        assert len(ours) == 1
        assert len(QgsProject.instance().mapLayers()) == len(layers)
    run_log = log.toPlainText().split("Algorithm started at")[-1]
    assert "Plan 06999_PLU_20250115." in run_log and "5 lignes de mutualisation" in run_log
    assert "'SUMMARY'" not in run_log and len(run_log.splitlines()) < 25, run_log  # no JSON
    shoot(dialog, "8_toolbox_log")
    shoot(window, "9_toolbox_results")
    # A file the user chose that already exists: the dialog's own option is named.
    chosen = tmp_path / "resultat.gpkg"
    chosen.write_bytes(b"")
    dialog.setParameters({**params, "OUTPUT": str(chosen), "OVERWRITE": False})
    dialog.setResults({})
    dialog.runAlgorithm()
    wait_for(lambda: "Execution failed" in log.toPlainText().split("Algorithm started at")[-1]
             or "Échec" in log.toPlainText().split("Algorithm started at")[-1], timeout=60)
    failed = log.toPlainText().split("Algorithm started at")[-1]
    assert "« Remplacer les fichiers de résultat existants »" in failed, failed[-1500:]
    assert "Traceback" not in failed
    shoot(dialog, "10_toolbox_existing_file")
    # The option ticked: the file is replaced, twice; QGIS reuses the loaded layers of that
    # file, which move into the new group with the new data.
    dialog.setParameters({**params, "OUTPUT": str(chosen), "OVERWRITE": True})
    for _ in (1, 2):
        dialog.setResults({})
        dialog.runAlgorithm()
        wait_for(lambda: dialog.results() and "OUTPUT" in dialog.results(), timeout=90)
        QgsApplication.processEvents()
        ours = [g for g in group_names() if g.startswith("Scan Urba – 06999_PLU_20250115")]
        assert len(ours) == 1
        group = QgsProject.instance().layerTreeRoot().findGroup(ours[0])
        sources = {n.layer().source().split("|")[0] for n in group.findLayers()}
        assert sources == {str(chosen)}
        assert len(QgsProject.instance().mapLayers()) == len(group.findLayers())
        zones = [n.layer() for n in group.findLayers()
                 if n.layer().customProperty(TABLE) == "zones_bilan"][0]
        assert zones.featureCount() == 8 and zones.name() == "Bilan par zone"
    dialog.close()
    dialog.deleteLater()
