"""The Scan Urba dock: pick inputs (project layers, files or folders), run the full scan in
the background, get styled layers in a group, browse findings, write the report."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsMapLayerType,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsProviderRegistry,
    QgsSettings,
    QgsWkbTypes,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, pyqtSignal, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.detect import folder_of, is_postgis, layer_kind, plan_commune_name
from ..core.french import number, of_place
from ..core.i18n import QT_TR_NOOP, plural, tr
from ..core.scan import param_definitions
from ..parameters import (
    ARCHIVE,
    COMMUNE,
    EXTENT,
    FILES,
    FOLDER_KIND,
    LINE,
    LOAD,
    OUTPUT,
    OVERWRITE,
    POLYGON,
    SCAN_INPUTS,
    SOURCE,
    SOURCE_LAYERS,
    SUMMARY,
    VECTOR,
    path_parameters,
)
from ..qgis_io.result_layers import TABLE, add_to_project, load_completed_layers
from ..processing.scan import unit_decimals, unit_words
from .algorithm_task import AlgorithmTask
from .date_field import DateField, keep_place

SETTINGS = "scan_urba/"
WARNING_STYLE = "color: #a04000;"  # a warning: orange-brown, readable; an error is red
PARAMS = {"margin": QT_TR_NOOP("Margin around the plan"),
          "serving_distance": QT_TR_NOOP("Serving distance"),
          "fibred_distance": QT_TR_NOOP("Antenna fibred within"),
          "pooling_radius": QT_TR_NOOP("Pooling radius"),
          "corridor_width": QT_TR_NOOP("Trench corridor width")}
# The procedures a Département receives a plan for (the opinion's header): a list, never a
# typed text (a click meant for a date field once left « 25/10/2026 » as the procedure).
PROCEDURES = (QT_TR_NOOP("élaboration"), QT_TR_NOOP("révision générale"),
              QT_TR_NOOP("révision allégée"), QT_TR_NOOP("révision simplifiée"),
              QT_TR_NOOP("modification"), QT_TR_NOOP("modification simplifiée"),
              QT_TR_NOOP("mise en compatibilité"))
STATUS_LINES = 5  # the status and warnings area's reserved height: the form never moves
# Tables first in a project layer list: the layer a person means by "the plan".
FIRST_FIELDS = {"plan": ("typezone", "typepsc", "typeinf"), "gracethd": ("cm_code", "nd_code")}


# Inputs that belong to one commune's plan: flagged when the plan changes to another commune.
COMMUNE_INPUTS = ("works", "aerial", "scot_sectors", "rip_zoning")
# A commune's plan is named after its INSEE code (30014_PLU_20171013); a PLUi after a SIREN.
COMMUNE_PLAN = re.compile(r"(\d[\dAB]\d{3})_(?:PLU|POS|CC|PSMV)_", re.IGNORECASE)
INSEE = re.compile(r"\d[\dAB]\d{3}", re.IGNORECASE)
WARNING_COLOUR = "color: #a04000;"


def plan_insee(path) -> str:
    """The INSEE code of a commune's plan from its GPU name; "" for a PLUi or another name."""
    match = COMMUNE_PLAN.match(Path(str(path or "")).name) if path else None
    return match.group(1).upper() if match else ""


def default_results_folder(plan: str, home: str, temp: str | None = None) -> Path:
    """Where results go when no folder was chosen: « scan_urba » beside the plan, else in the
    project's home, else in the user's; never in the temporary folder, which the system
    empties (QGIS warns at close that layers there will be lost)."""
    temp = Path(temp or tempfile.gettempdir()).resolve()
    candidates = [Path(plan).resolve().parent] if plan and not is_postgis(plan) else []
    candidates += [Path(home).resolve()] if home else []
    for folder in candidates:
        if folder.is_dir() and os.access(folder, os.W_OK) and \
                not (folder == temp or temp in folder.parents):
            return folder / "scan_urba"
    return Path.home() / "scan_urba"


def row_key(spec) -> str:
    """The dock row (and settings key) of a scan input: its project-layer kind, else its name."""
    return spec.dock or spec.name


def section(spec) -> str:
    """Where the dock shows an input: required, the usual optional ones, or folded away."""
    if spec.required:
        return "required"
    return "optional" if spec.dock and not spec.advanced else "advanced"


def layer_order(layer, kind) -> int:
    names = {f.name().lower() for f in layer.fields()}
    firsts = FIRST_FIELDS.get(kind, ())
    return next((i for i, field in enumerate(firsts) if field in names), len(firsts))


class ElidedComboBox(QComboBox):
    """A combo box that shortens a long layer name with « … » in the middle instead of
    widening the dock (the list shows names in full, and so does the tooltip)."""

    def paintEvent(self, event):  # noqa: N802 (Qt API)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideMiddle, field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class InputRow(QWidget):
    """One input: a project layer of the right kind, or a file or folder picked from disk."""

    def __init__(self, spec, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.key = row_key(spec)
        self.kind = spec.dock or None  # project layers of this kind are proposed
        self.takes_layers = spec.kind in (SOURCE, VECTOR)
        self.label = tr(spec.dock_label or (spec.label[0] if isinstance(spec.label, tuple)
                                            else spec.label))
        self.help = tr(spec.dock_help) if spec.dock_help else self.label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.combo = ElidedComboBox(self)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)  # long layer names are cut, shown in full below
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.currentIndexChanged.connect(self._layer_chosen)
        layout.addWidget(self.combo)
        line = QHBoxLayout()
        line.setSpacing(2)
        # every input that takes a folder also takes a file: a plan (or a SCOT) as its GPU
        # folder or zip, GraceTHD as its folder or a GeoPackage, ANFR as its folder of tables
        # or one table (folder_of): a file picker, and a folder button beside it
        either = spec.kind in (SOURCE, FOLDER_KIND)
        self.file = QgsFileWidget(self)
        self.file.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles if spec.kind == FILES
                                 else QgsFileWidget.StorageMode.GetFile)
        self.file.setDialogTitle(self.label)
        self.file.lineEdit().setPlaceholderText(
            tr("file or folder…") if either else tr("files…") if spec.kind == FILES
            else tr("file…"))
        self.file.fileChanged.connect(self._path_chosen)
        line.addWidget(self.file, 1)
        self.folder_button = None
        if either:
            self.folder_button = QToolButton(self)
            self.folder_button.setIcon(QgsApplication.getThemeIcon("/mActionFileOpen.svg")
                                       or QIcon())
            self.folder_button.setToolTip(tr("Choose a folder"))
            self.folder_button.clicked.connect(self.pick_folder)
            line.addWidget(self.folder_button)
        layout.addLayout(line)
        self.setToolTip(self.help)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.refresh()

    def refresh(self):
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        candidates = [layer for layer in QgsProject.instance().mapLayers().values()
                      if self.offers(layer)] if self.takes_layers else []
        candidates.sort(key=lambda lay: (layer_order(lay, self.kind), lay.name().lower()))
        self.combo.addItem(tr("— a file or folder below —") if self.spec.kind == SOURCE
                           else tr("— a file below —"), None)
        for layer in candidates:
            self.combo.addItem(layer.name(), layer.id())
            self.combo.setItemData(self.combo.count() - 1, layer.name(), Qt.ItemDataRole.ToolTipRole)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.setToolTip(self.combo.currentText())
        self.combo.setVisible(bool(candidates))  # a layer list only when there is a choice
        self.combo.blockSignals(False)

    def offers(self, layer) -> bool:
        """A project layer this input may take: of its kind (by its fields), or for an input
        without a kind, of its geometry; never a layer of Scan Urba's own results."""
        if layer.type() != QgsMapLayerType.VectorLayer or layer.customProperty(TABLE):
            return False
        if self.kind:
            return layer_kind([f.name() for f in layer.fields()], layer.name()) == self.kind
        line = layer.geometryType() == QgsWkbTypes.GeometryType.LineGeometry
        polygon = layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
        return (line and LINE in self.spec.geometry) or (polygon and POLYGON in
                                                         self.spec.geometry)

    def _layer_chosen(self, index):
        if self.combo.currentData():
            self.file.setFilePath("")  # the two are alternatives

    def _path_chosen(self, path):
        if not path:
            return
        if self.combo.currentData():
            self.combo.setCurrentIndex(0)
        meant = folder_of(path, self.spec.name)
        if meant != path:  # a file inside a GPU or GraceTHD folder: the folder
            self.file.setFilePath(meant)

    def pick_folder(self):
        start = self.file.filePath() or QgsSettings().value(SETTINGS + "last_folder", "")
        folder = QFileDialog.getExistingDirectory(self, self.label, start)
        if folder:
            self.file.setFilePath(folder)

    def path(self):
        """The path given (a list for repeatable files), a file inside a known folder
        layout standing for the folder."""
        if self.spec.kind == FILES:
            return [p for p in QgsFileWidget.splitFilePaths(self.file.filePath()) if p]
        return folder_of(self.file.filePath().strip(), self.spec.name)

    def layer_ids(self) -> list:
        if self.path() or not self.combo.currentData():
            return []
        if self.spec.kind == SOURCE and self.kind == "plan":
            # every CNIG table of the project goes with the chosen zoning layer
            return [self.combo.itemData(i) for i in range(1, self.combo.count())]
        return [self.combo.currentData()]

    def is_empty(self) -> bool:
        return not self.path() and not self.layer_ids()

    def mark(self, wrong: bool):
        self.file.lineEdit().setStyleSheet("border: 2px solid #c0392b;" if wrong else "")


class WheelGuard(QObject):
    """The mouse wheel changes a date, list or number field only once the user clicked in it;
    otherwise it scrolls the dock. Scrolling down to « Rédiger l'avis » over the Avis box set
    the arrêt or receipt date to today and the procedure to « révision générale », unseen."""

    def watch(self, field):
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()  # not accepted: Qt passes it on to the scroll area
            return True
        return False


class ScanUrbaDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Scan Urba"), parent)
        self.setObjectName("ScanUrbaDock")
        self.iface = iface
        self.task = self.feedback = self.context = None
        self.report_task = self.plan_task = None
        self.last_output = self.last_report = None
        self.browser = None
        self._sized = False
        body = QWidget(self)
        self.body = body
        layout = QVBoxLayout(body)
        settings = QgsSettings()
        self.rows = {}
        boxes = {"required": QGroupBox(tr("Required"), body),
                 "optional": QGroupBox(tr("Optional: the more you give, the more is checked"),
                                       body),
                 "advanced": QgsCollapsibleGroupBox(tr("More inputs"), body)}
        forms = {}
        for name, box in boxes.items():
            forms[name] = QFormLayout(box)
            forms[name].setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for spec in SCAN_INPUTS:
            row = InputRow(spec, body)
            row.file.setFilePath(settings.value(SETTINGS + row.key, ""))
            self.rows[row.key] = row
            self.prepare_picker(row)
            label = QLabel(row.label, body)
            label.setToolTip(row.help)
            forms[section(spec)].addRow(label, row)
        boxes["advanced"].setCollapsed(True)
        self.more_inputs = boxes["advanced"]
        for box in boxes.values():
            layout.addWidget(box)
        # Actions that bring inputs in (a plan from the GPU…).
        self.gpu_button = QPushButton(tr("Plan from the Géoportail de l'Urbanisme…"), body)
        self.gpu_button.setToolTip(tr("Download the plan of a commune (or of the map extent), "
                                      "cached, and use it as the urban plan."))
        boxes["required"].layout().addRow(self.gpu_button)
        params = QgsCollapsibleGroupBox(tr("Parameters"), body)
        pform = QFormLayout(params)
        pform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.spins = {}
        definitions = param_definitions()
        for name, text in PARAMS.items():
            p = definitions[name]
            spin = QDoubleSpinBox(params)
            spin.setRange(0, 10000)
            spin.setDecimals(unit_decimals(p.unit))  # distances in whole metres
            spin.setSuffix(f" {unit_words(p.unit)}" if p.unit != "ratio" else "")
            spin.setValue(float(settings.value(SETTINGS + name, p.default)))
            spin.setToolTip(tr(p.description))
            self.spins[name] = spin
            pform.addRow(tr(text), spin)
        params.setCollapsed(True)
        layout.addWidget(params)
        out_box = QGroupBox(tr("Result"), body)
        oform = QFormLayout(out_box)
        oform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.results = QgsFileWidget(out_box)  # a lasting folder: never the temporary one
        self.results.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.results.setFilePath(settings.value(SETTINGS + "results_folder", ""))
        self.results.setToolTip(tr("The scan's GeoPackage and the opinions go there; left "
                                   "empty, in « scan_urba » beside the plan."))
        oform.addRow(tr("Results folder"), self.results)
        self.output = QgsFileWidget(out_box)
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output.setFilePath(settings.value(SETTINGS + "output", ""))
        self.output.lineEdit().setPlaceholderText(tr("named after the plan, in the results "
                                                     "folder, if left empty"))
        oform.addRow(tr("Result file (GeoPackage, replaced if it exists)"), self.output)
        self.show_results_folder()
        layout.addWidget(out_box)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Run the scan"), body)
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button, 2)
        buttons.addWidget(self.cancel_button, 1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)  # empty, it reads as a field to fill
        keep_place(self.progress)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_area(body))
        self.after = QGridLayout()  # actions on a result (browser, report, opinion…), 2 a row
        self.browser_button = QPushButton(tr("Findings browser"), body)
        self.report_button = QPushButton(tr("Write the report…"), body)
        self.open_report_button = QPushButton(tr("Open the report"), body)
        self.pieces_button = QPushButton(tr("Written pieces"), body)
        for button in (self.browser_button, self.report_button, self.open_report_button,
                       self.pieces_button):
            button.setEnabled(False)
            self.add_result_action(button)
        layout.addLayout(self.after)
        layout.addWidget(self.avis_box(body, settings))
        self.inventory_button = QPushButton(tr("Create a duct inventory…"), body)
        self.inventory_button.setToolTip(tr("An empty GraceTHD inventory with forms, value lists, "
                                            "relations and snapping, added to this project."))
        layout.addWidget(self.inventory_button)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.wheel_guard = WheelGuard(self)
        for field in body.findChildren((QComboBox, QAbstractSpinBox)):
            self.wheel_guard.watch(field)
        self.setMinimumWidth(self.content_width())
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.browser_button.clicked.connect(self.show_browser)
        # bound methods, never lambdas: a lambda holding the dock, held by the dock's own
        # button, is a cycle only Python's cyclic collector frees, at any time and in any
        # thread (a task's: a widget deleted off the GUI thread), or after QGIS has exited
        self.report_button.clicked.connect(self.write_report)
        self.open_report_button.clicked.connect(self.open_report)
        self.inventory_button.clicked.connect(self.create_inventory)
        self.pieces_button.clicked.connect(self.show_pieces)
        self.avis_button.clicked.connect(self.write_avis)
        self.settings_button.clicked.connect(self.edit_settings)
        self.gpu_button.clicked.connect(self.fetch_plan)
        QgsProject.instance().layersAdded.connect(self.project_changed)
        QgsProject.instance().layersRemoved.connect(self.project_changed)

    def status_area(self, body) -> QScrollArea:
        """The status line and the run's warnings in a box of fixed height that scrolls: a
        message appearing never pushes the fields below it (a click meant for one field
        landed in another)."""
        area = QScrollArea(body)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        lines = QVBoxLayout(inner)
        lines.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("", inner)
        self.warnings = QLabel("", inner)  # what a run says of its inputs without stopping
        for label in (self.status, self.warnings):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lines.addWidget(label)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setVisible(False)
        lines.addStretch(1)
        area.setWidget(inner)
        area.setFixedHeight(STATUS_LINES * self.fontMetrics().lineSpacing() + 4)
        self.status_scroll = area
        return area

    def avis_box(self, body, settings) -> QGroupBox:
        """The opinion: the dates of arrêt and receipt (the legal deadline follows from the
        receipt), the procedure, the Département's settings, and the button that writes it."""
        box = QGroupBox(tr("Opinion"), body)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.commune_name = QLineEdit(settings.value(SETTINGS + "commune_name", ""), box)
        self.commune_name.setPlaceholderText(tr("read in the written pieces if left empty"))
        self.commune_name.setToolTip(tr("The commune's name as the opinion writes it (« PLU de "
                                        "la commune de … »)."))
        self.date_begun = DateField(box, settings.value(SETTINGS + "date_begun", ""))
        self.date_begun.setToolTip(tr("The date the procedure was prescribed: it decides the "
                                      "plan's content regime and, from 26 May 2026, the "
                                      "procedure's wording."))
        self.date_arret = DateField(box, settings.value(SETTINGS + "date_arret", ""))
        self.date_receipt = DateField(box, settings.value(SETTINGS + "date_receipt", ""))
        for field in self.date_fields():
            field.changed.connect(self.dates_edited)
        self.procedure = QComboBox(box)   # a list: a text typed here is never a procedure
        self.procedure.addItem("")
        self.procedure.addItems([tr(p) for p in PROCEDURES])
        self.procedure.setCurrentText(settings.value(SETTINGS + "procedure", ""))
        self.procedure.setToolTip(tr("Left empty, the procedure is read from the plan."))
        self.avis_form = QComboBox(box)
        for text, form_name in ((tr("contribution (digital section)"), "section"),
                                (tr("full letter"), "lettre")):
            self.avis_form.addItem(text, form_name)
        self.avis_form.setCurrentIndex(max(0, self.avis_form.findData(
            settings.value(SETTINGS + "avis_form", "section"))))
        form.addRow(tr("Commune's name"), self.commune_name)
        form.addRow(tr("Procedure prescribed on"), self.date_begun)
        form.addRow(tr("Draft adopted (arrêt) on"), self.date_arret)
        form.addRow(tr("File received on"), self.date_receipt)
        form.addRow(tr("Procedure"), self.procedure)
        form.addRow(tr("Document"), self.avis_form)
        # a batch over some communes of a mosaic: one opinion each, in the same run
        self.avis_documents = QLineEdit(box)
        self.avis_documents.setPlaceholderText(tr("Every commune, or these INSEE codes: 06001, "
                                                  "06002"))
        self.avis_documents.setToolTip(tr("Writes the opinion of these communes (INSEE codes) or "
                                          "documents (IDURBA) of the plan only, separated by "
                                          "commas; empty: every document."))
        form.addRow(tr("Communes"), self.avis_documents)
        self.settings_button = QPushButton(tr("The Département's settings…"), box)
        self.settings_button.setToolTip(tr("Name, logo and signatory of the Département's "
                                           "opinions."))
        self.avis_button = QPushButton(tr("Write the opinion"), box)
        self.avis_button.setToolTip(tr("Runs the scan, then writes the département's draft "
                                       "opinion (ODT, DOCX) and its PDF atlas, and opens it."))
        line = QHBoxLayout()
        line.addWidget(self.settings_button, 1)
        line.addWidget(self.avis_button, 1)
        form.addRow(line)
        return box

    @staticmethod
    def iso(field: DateField) -> str:
        return field.iso()

    def check_dates(self) -> str:
        """A receipt before the arrêt, or a procedure prescribed after it, is a typing slip:
        shown under the date at once, and the opinion refused until it is fixed. Returns the
        first date problem."""
        begun, arret, receipt = (f.date() for f in self.date_fields())
        shown = arret.toString("dd/MM/yyyy")
        early = arret.isValid() and receipt.isValid() and receipt < arret
        self.date_receipt.set_problem(tr("Received before the arrêt ({date}): check the two "
                                         "dates.", date=shown) if early else "")
        late = arret.isValid() and begun.isValid() and begun > arret
        self.date_begun.set_problem(tr("Prescribed after the arrêt ({date}): check the two "
                                       "dates.", date=shown) if late else "")
        return next((field.problem() for field in self.date_fields() if field.problem()), "")

    def dates_edited(self):
        """Every edit re-checks the dates; a date problem the status line shows is replaced
        by the current one, or cleared once fixed (never left standing)."""
        problem = self.check_dates()
        if getattr(self, "status_shows_dates", False):
            self.status_shows_dates = bool(problem)
            if problem:
                self.show_problem(problem)
            else:
                self.status.clear()

    def date_fields(self) -> list:
        return [self.date_begun, self.date_arret, self.date_receipt]

    def avis_parameters(self) -> dict:
        """The opinion algorithm's own parameters (processing/avis.py) from the Avis box."""
        from ..processing.avis import ARRET, BEGUN, COMMUNE, FORM, FORMS, PROCEDURE, RECEIVED

        return {RECEIVED: self.iso(self.date_receipt), ARRET: self.iso(self.date_arret),
                BEGUN: self.iso(self.date_begun), PROCEDURE: self.procedure.currentText().strip(),
                COMMUNE: self.commune_name.text().strip(),
                FORM: FORMS.index(self.avis_form.currentData())}

    def edit_settings(self):
        """The Département's settings (gui/avis_settings_dialog), shown without blocking."""
        from .avis_settings_dialog import AvisSettingsDialog

        self.settings_dialog = AvisSettingsDialog(self)
        self.settings_dialog.show()
        return self.settings_dialog

    def add_result_action(self, button):
        """A button acting on the last result, placed in the two-column grid."""
        n = self.after.count()
        self.after.addWidget(button, n // 2, n % 2)

    # --- size: wide enough for its fields ---------------------------------------------------

    def content_width(self) -> int:
        """The narrowest width at which every field and button shows whole (plus the
        scroll bar and the dock's frame)."""
        return max(380, self.body.minimumSizeHint().width() + 30)

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(max(self.content_width(), 420), super().sizeHint().height())

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self.fit_to_window)

    def fit_to_window(self):
        """On first show, a quarter to a third of the main window, never less than needed."""
        window = self.parentWidget()
        if window is None or not hasattr(window, "resizeDocks") or window.isHidden():
            return
        narrowest = max(self.content_width(), window.width() // 4)
        if self.width() >= narrowest:
            return  # wide enough already (a width the user chose is kept)
        width = min(narrowest, max(self.content_width(), window.width() // 3))
        window.resizeDocks([self], [width], Qt.Orientation.Horizontal)

    # --- inputs -------------------------------------------------------------------------------

    def prepare_picker(self, row):
        """A file picker that opens where the last pick was, showing vector files for a
        layer input (not « All Files »)."""
        if row.spec.kind == VECTOR:
            row.file.setFilter(QgsProviderRegistry.instance().fileVectorFilters())
        row.file.setDefaultRoot(QgsSettings().value(SETTINGS + "last_folder", ""))
        row.file.fileChanged.connect(self.path_picked)
        if row.key == "plan":
            row.file.fileChanged.connect(self.plan_changed)

    def path_picked(self, path):
        """The folder of the last pick, where every picker opens next."""
        first = QgsFileWidget.splitFilePaths(path)[0] if path else ""
        if not first or is_postgis(first) or not Path(first).exists():
            return
        folder = str(Path(first).parent)
        QgsSettings().setValue(SETTINGS + "last_folder", folder)
        for row in self.rows.values():
            row.file.setDefaultRoot(folder)

    def results_folder(self) -> Path:
        """The folder chosen, else « scan_urba » beside the plan (or in the project's home)."""
        chosen = self.results.filePath().strip()
        return Path(chosen) if chosen else default_results_folder(
            self.rows["plan"].path(), QgsProject.instance().homePath())

    def show_results_folder(self):
        self.results.lineEdit().setPlaceholderText(str(self.results_folder()))

    def plan_changed(self, path):
        """A plan of another commune: the inputs chosen for the previous one (works, aerial
        lines, SCOT sectors, RIP zoning, the opinion's dates and commune) said in the dock,
        to check or clear; the commune's name filled when known."""
        self.show_results_folder()
        self.show_warnings([])  # the previous plan's warnings say nothing of this one
        insee = plan_insee(path)
        before = QgsSettings().value(SETTINGS + "inputs_commune", "")
        shown, self.shown_insee = getattr(self, "shown_insee", before), insee
        if insee and (insee != shown or not self.commune_name.text().strip()):
            self.commune_name.setText(
                QgsSettings().value(f"{SETTINGS}commune_names/{insee}", "")
                or plan_commune_name(path) or self.commune_from_project(insee))
        if not insee or not before or insee == before:
            return ""
        fields = [self.rows[key].label for key in COMMUNE_INPUTS
                  if key in self.rows and not self.rows[key].is_empty()]
        fields += [label for field, label in (
            (self.date_begun, tr("Procedure prescribed on")),
            (self.date_arret, tr("Draft adopted (arrêt) on")),
            (self.date_receipt, tr("File received on"))) if not field.isNull()]
        if not fields:
            return ""
        text = tr("These data were chosen for the plan of {before}: {fields}. Check or clear "
                  "them for {now}.", before=self.commune_words(before),
                  now=self.commune_words(insee, self.commune_name.text().strip()),
                  fields=", ".join(f"« {f} »" for f in fields))
        self.status.setStyleSheet(WARNING_COLOUR)
        self.status.setText(text)
        return text

    @staticmethod
    def commune_words(insee: str, name: str = "") -> str:
        """« la commune d'Aubord » by its name when known (typed, remembered), else « la
        commune de code INSEE 30014 »: never a bare code."""
        name = name or QgsSettings().value(f"{SETTINGS}commune_names/{insee}", "")
        return tr("the commune {of_name}", of_name=of_place(name)) if name else \
            tr("the commune of INSEE code {insee}", insee=insee)

    @staticmethod
    def commune_from_project(insee: str) -> str:
        """The commune's name from a communes layer of the project (INSEE_COM, NOM)."""
        for layer in QgsProject.instance().mapLayers().values():
            if layer.type() != QgsMapLayerType.VectorLayer or \
                    layer_kind([f.name() for f in layer.fields()]) != "communes":
                continue
            names = {f.name().lower(): f.name() for f in layer.fields()}
            if "nom" not in names:
                continue
            request = QgsFeatureRequest().setFilterExpression(
                QgsExpression.createFieldEqualityExpression(names["insee_com"], insee))
            for feature in layer.getFeatures(request):
                return str(feature[names["nom"]] or "")
        return ""

    def documents_problem(self) -> str:
        """The « Communes » field checked before any scan: INSEE codes (30014, 2A004) or
        IDURBA; for a commune's plan, its own code only."""
        entries = [e.strip() for e in self.avis_documents.text().split(",") if e.strip()]
        wrong = [e for e in entries if not INSEE.fullmatch(e) and "_" not in e]
        if wrong:
            return tr("« Communes »: {entries} is neither an INSEE code (five characters, as "
                      "30014 or 2A004) nor a document's IDURBA.", entries=", ".join(wrong))
        insee = plan_insee(self.rows["plan"].path())
        others = [e for e in entries if INSEE.fullmatch(e) and e.upper() != insee]
        if insee and others:
            return tr("« Communes »: {entries} is not the commune of the plan given, which is "
                      "the PLU of {insee} only.", entries=", ".join(others), insee=insee)
        return ""

    def refresh_inputs(self, *args):
        for row in self.rows.values():
            row.refresh()

    def project_changed(self, *args):
        """Layers proposed again once the event is over (loaded results carry their mark
        by then)."""
        QTimer.singleShot(0, lambda: None if sip.isdeleted(self) else self.refresh_inputs())

    def parameters(self) -> dict:
        params = {name.upper(): spin.value() for name, spin in self.spins.items()}
        for spec in SCAN_INPUTS:
            row = self.rows[row_key(spec)]
            path, ids = row.path(), row.layer_ids()
            if path:
                params.update(path_parameters(spec, path))
            elif ids:
                if spec.kind == SOURCE:
                    params[spec.param + SOURCE_LAYERS] = ids
                else:
                    params[spec.param] = ids[0]
        plan = self.rows["plan"].path()
        name = f"scan_urba_{Path(plan).stem if plan and not is_postgis(plan) else 'projet'}"
        params[OUTPUT] = self.output.filePath() or str(
            self.results_folder() / f"{name}_{dt.datetime.now():%Y%m%d_%H%M%S}.gpkg")
        params[OVERWRITE] = True
        return params

    def remember(self):
        settings = QgsSettings()
        for key, row in self.rows.items():
            settings.setValue(SETTINGS + key, row.file.filePath())
        for name, spin in self.spins.items():
            settings.setValue(SETTINGS + name, spin.value())
        settings.setValue(SETTINGS + "output", self.output.filePath())
        settings.setValue(SETTINGS + "results_folder", self.results.filePath().strip())
        insee = plan_insee(self.rows["plan"].path())
        settings.setValue(SETTINGS + "inputs_commune", insee)  # what the inputs were chosen for
        if insee and self.commune_name.text().strip():
            settings.setValue(f"{SETTINGS}commune_names/{insee}", self.commune_name.text().strip())
        settings.setValue(SETTINGS + "date_arret", self.iso(self.date_arret))
        settings.setValue(SETTINGS + "date_receipt", self.iso(self.date_receipt))
        settings.setValue(SETTINGS + "procedure", self.procedure.currentText().strip())
        settings.setValue(SETTINGS + "date_begun", self.iso(self.date_begun))
        settings.setValue(SETTINGS + "commune_name", self.commune_name.text().strip())
        settings.setValue(SETTINGS + "avis_form", self.avis_form.currentData())

    # --- run ----------------------------------------------------------------------------------

    def show_problem(self, message: str, row: InputRow | None = None):
        """The reason of a failure, where the user looks: in the dock, with the field to fix."""
        for other in self.rows.values():
            other.mark(other is row)
        text = message
        if row is not None:
            text += "\n" + tr("To fix: « {field} » — {help}", field=row.label, help=row.help)
            if row.spec.advanced or section(row.spec) == "advanced":
                self.more_inputs.setCollapsed(False)
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(text.replace("/", "/\u200b"))  # long paths wrap at their slashes

    def row_of(self, message: str) -> InputRow | None:
        """The input a failure message is about: the one whose path appears in the message
        (the longest, as a file may lie inside another input's folder)."""
        found = [(len(path), row) for row in self.rows.values()
                 for path in (row.file.filePath(), row.path()) if path and path in message]
        return max(found, key=lambda item: item[0])[1] if found else None

    def start_buttons(self) -> list:
        """Every button that starts work or acts on a result: off while a task runs."""
        return [self.run_button, self.avis_button, self.gpu_button, self.inventory_button,
                self.browser_button, self.report_button, self.open_report_button,
                self.pieces_button]

    def running(self):
        """The task under way (scan, opinion, report or plan download), or None."""
        return next((t for t in (self.task, self.report_task, self.plan_task)
                     if t is not None), None)

    def set_busy(self, busy: bool):
        """One task at a time: while it runs, only Cancel; after it, what the result allows."""
        has_result = bool(self.last_output)
        for button in self.start_buttons():
            button.setEnabled(not busy and (
                button not in (self.browser_button, self.report_button, self.pieces_button,
                               self.open_report_button)
                or (has_result and (button is not self.open_report_button
                                    or bool(self.last_report)))))
        self.cancel_button.setEnabled(busy)
        # the button clicked, once disabled, handed the keyboard focus on to the arrêt date,
        # where the next wheel notch or key changed the date: the focus stays on a button
        focus = QApplication.focusWidget()
        if focus is None or self.isAncestorOf(focus):
            (self.cancel_button if busy else self.run_button).setFocus(
                Qt.FocusReason.OtherFocusReason)

    def required_given(self) -> bool:
        """Every required input given, else the first missing one shown in the dock."""
        missing = [row for row in self.rows.values() if row.spec.required and row.is_empty()]
        if missing:
            self.show_problem(tr("« {field} » is required.", field=missing[0].label),
                              missing[0])
        return not missing

    def run(self):
        if self.running() is not None:
            return
        self.show_warnings([])  # a new run: the last one's warnings no longer hold
        self.remember()
        if not self.required_given():
            return
        self.start("scanurba:fullscan", self.parameters(), self.finished, tr("Running…"))

    def start(self, alg_id, params, done, message) -> None:
        """The dock's one background run: parameters checked against the project on the
        main thread, then the algorithm in a task (Cancel stops it), ``done`` at the end."""
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if params.get(OUTPUT):
            Path(params[OUTPUT]).parent.mkdir(parents=True, exist_ok=True)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())  # layers read here, on the main thread
        ok, problem = alg.checkParameterValues(params, context)
        if not ok:
            self.show_problem(problem, self.row_of(problem))
            return
        self.context = context
        self.feedback = ErrorFeedback(log=False)  # the dock shows them: no copy in the log
        self.feedback.progressChanged.connect(self.show_progress)
        self.feedback.reported.connect(self.show_warnings)
        self.show_warnings([])
        self.task = AlgorithmTask(alg, params, context, self.feedback)
        self.task.executed.connect(done)
        self.set_busy(True)
        self.progress.setRange(0, 0)  # busy until the first step reports
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.show_problem(message)
        self.status.setStyleSheet("")
        QgsApplication.taskManager().addTask(self.task)

    def show_warnings(self, messages: list):
        """What the run says of its inputs as it reads them, before the rules run (a network
        that does not cover the plan: coverage_findings), under the status line: a warning
        the results keep, not an error that replaces them."""
        self.warnings.setText("\n".join("⚠ " + m for m in messages).replace("/", "/\u200b"))
        self.warnings.setVisible(bool(messages))

    def show_progress(self, percent):
        """Forward only: a step that counts its own 0 to 100 % never sends the bar back."""
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self.progress.setValue(max(self.progress.value(), int(percent)))

    def cancel(self):
        task = self.running()
        if task is not None:
            task.cancel()

    def finished(self, successful, results):
        task, context = self.task, self.context
        self.task = self.context = self.feedback = None  # a run owns them, no longer needed
        if not successful or not results.get(OUTPUT):
            self.progress.setVisible(False)
            if task is not None and task.feedback.isCanceled():
                self.status.setStyleSheet("")
                self.status.setText(tr("Cancelled.") + self.kept_result())
            else:
                reason = (task.error if task is not None else "") or \
                    tr("The scan stopped without giving a reason.")
                self.show_problem(tr("The scan failed: {reason}", reason=reason)
                                  + self.kept_result(), self.row_of(reason))
            self.set_busy(False)
            return False
        summary = json.loads(results[SUMMARY])
        self.last_output, self.last_report = results[OUTPUT], None  # the buttons act on it
        self.loaded = load_completed_layers(context)
        self.zoom_to_results(self.loaded)
        self.status.setStyleSheet("")
        n = int(results.get("N_FINDINGS", len(summary.get("findings", []))))
        m = int(summary.get("opportunities", 0))
        self.status.setText(tr("{n} {findings}, {m} {opportunities}.", n=number(n), m=number(m),
                               findings=plural(n, QT_TR_NOOP("finding"),
                                               QT_TR_NOOP("findings")),
                               opportunities=plural(m, QT_TR_NOOP("trench-sharing opportunity"),
                                                    QT_TR_NOOP("trench-sharing opportunities"))))
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self.set_busy(False)
        return True

    def kept_result(self) -> str:
        """After a run that gave no result, the previous one (its file written whole, never
        touched by the run: atomic_path) is still what the result buttons act on; the line
        that says which."""
        if self.last_output and not Path(self.last_output).exists():
            self.last_output = self.last_report = None
        if not self.last_output:
            return ""
        return "\n" + tr("The result buttons act on the previous result: {name}.",
                         name=Path(self.last_output).name)

    def zoom_to_results(self, layers):
        """The map on the plan (its zones), in the map's CRS; again once QGIS has set up
        the canvas for the new layers (a first layer makes it zoom to the full extent)."""
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        zones = next((lay for lay in layers if lay.customProperty(TABLE) == "zones_bilan"), None)
        if zones is None or canvas is None or zones.extent().isEmpty():
            return None

        def zoom():
            if sip.isdeleted(canvas) or sip.isdeleted(zones):
                return
            transform = QgsCoordinateTransform(zones.crs(),
                                               canvas.mapSettings().destinationCrs(),
                                               QgsProject.instance())
            extent = transform.transformBoundingBox(zones.extent())
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()

        zoom()
        QTimer.singleShot(0, zoom)
        return zones.extent()

    def show_browser(self):
        from .browser import FindingsBrowser

        if not self.last_output or self.running() is not None:
            return None
        if self.browser is not None and not sip.isdeleted(self.browser):
            self.browser.close()
        self.browser = FindingsBrowser(self.last_output, self.iface, self, background=True)
        self.browser.show()
        return self.browser

    def show_pieces(self):
        """Each zone's written provision, quoted with its page; opens the piece there."""
        from .pieces_view import PiecesDialog

        if not self.last_output or self.running() is not None:
            return None
        self.pieces_dialog = PiecesDialog(self.last_output, self)
        self.pieces_dialog.show()
        return self.pieces_dialog

    def write_avis(self):
        """scanurba:avis in the background on the dock's inputs and the Avis box; the opinion
        opens when done."""
        if self.running() is not None:
            return
        self.show_warnings([])  # a new run: the last one's warnings no longer hold
        self.remember()
        if not self.required_given() or not self.avis_fields_right():
            return
        params = {**self.parameters(), **self.avis_parameters()}
        params["OUTPUT_FOLDER"] = str(Path(params[OUTPUT]).with_suffix("")) + "_avis"
        params["DOCUMENTS_WANTED"] = self.avis_documents.text()
        self.start("scanurba:avis", params, self.avis_finished, tr("Writing the opinion…"))

    def avis_fields_right(self) -> bool:
        """The Avis box's dates and communes checked before any scan: else said, in red."""
        dates = self.check_dates()
        problem = dates or self.documents_problem()
        if problem:
            self.show_problem(problem)
        self.status_shows_dates = bool(dates)
        return not problem

    def avis_finished(self, successful, results):
        if not self.finished(successful, results):  # the scan's layers, or why it failed
            return
        documents = json.loads(results["DOCUMENTS"])["documents"]
        # what was written, as the algorithm says it: an opinion, or an analysis note and why
        self.status.setText(tr("{what}\nIn {folder}.", what=results["MESSAGE"],
                               folder=results["FOLDER_OUT"]).replace("/", "/\u200b"))
        if documents:
            self.open_file(documents[0]["odt"])

    def open_file(self, path: str) -> bool:
        """The file in its program; when none opens it, the dock says so and where it is."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        if not opened:
            self.status.setText(self.status.text() + "\n" + tr(
                "No program opened {name}: open it from its folder.", name=Path(path).name))
        return opened

    # --- report: where the user chose, in the background, opened on request -----------------

    @pyqtSlot()  # clicked(): no « checked » argument for the path
    def write_report(self, html_path=None):
        if not self.last_output or self.running() is not None:
            return None
        settings = QgsSettings()
        if not html_path:
            folder = settings.value(SETTINGS + "report_folder", "")
            if not folder or Path(folder).resolve() == Path(tempfile.gettempdir()).resolve():
                folder = str(Path(self.last_output).parent)  # beside the result it reports
            name = f"rapport_{Path(self.last_output).stem}.html"
            html_path, _ = QFileDialog.getSaveFileName(self, tr("Write the report"),
                                                       str(Path(folder) / name),
                                                       tr("HTML (*.html)"))
        if not html_path:
            return None
        html_path = Path(html_path).with_suffix(".html")
        settings.setValue(SETTINGS + "report_folder", str(html_path.parent))
        alg = QgsApplication.processingRegistry().createAlgorithmById("scanurba:report")
        params = {"INPUT": self.last_output, "HTML": str(html_path),
                  "PDF": str(html_path.with_suffix(".pdf")), OVERWRITE: True}
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        self.report_task = AlgorithmTask(alg, params, context)
        self.report_task.executed.connect(self.report_written)
        self.set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(tr("Writing the report…"))
        QgsApplication.taskManager().addTask(self.report_task)
        return str(html_path)

    def report_written(self, successful, results):
        task, self.report_task = self.report_task, None
        if not successful:
            self.set_busy(False)
            if task is not None and task.feedback.isCanceled():
                self.status.setText(tr("Cancelled."))
                return
            self.show_problem(tr("The report could not be written: {reason}",
                                 reason=(task.error if task is not None else "")
                                 or tr("cancelled")))
            return
        self.last_report = results["HTML"]
        self.set_busy(False)
        self.status.setText(tr("Report: {html} and {pdf} ({pages} pages)", html=results["HTML"],
                               pdf=results["PDF"], pages=results["PDF_PAGES"]))

    def open_report(self):
        if self.last_report and self.running() is None:
            self.open_file(self.last_report)

    @pyqtSlot()
    def create_inventory(self, path=None):
        """The dock action of the inventory kit: template GeoPackage + layers in this project."""
        import processing

        if self.running() is not None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Create a duct inventory"), "",
                                                  tr("GeoPackage (*.gpkg)"))
        if not path:
            return None
        result = processing.run("scanurba:createductinventory", {
            OUTPUT: path, OVERWRITE: True, "ADD_TO_PROJECT": True,
            "PRODUCER": QgsSettings().value(SETTINGS + "producer", "")},
            context=self._project_context())
        self.status.setText(tr("Duct inventory created: {path}", path=result[OUTPUT]))
        return result[OUTPUT]

    @staticmethod
    def _project_context():
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return context

    @pyqtSlot()
    def fetch_plan(self, commune=None):
        """The GPU action: scanurba:downloadplan in a background task, the archive then loaded
        in the project and chosen as the plan. The map extent is read here, never in the task."""
        from qgis.PyQt.QtWidgets import QInputDialog

        if self.running() is not None:
            return None
        if commune is None:
            commune, ok = QInputDialog.getText(
                self, tr("Plan from the Géoportail de l'Urbanisme"),
                tr("Commune (name or INSEE code); leave empty for the map extent:"))
            if not ok:
                return None
        params = {COMMUNE: commune.strip(), LOAD: False}
        if not params[COMMUNE]:
            canvas = self.iface.mapCanvas()
            rect, crs = canvas.extent(), canvas.mapSettings().destinationCrs()
            params[EXTENT] = (f"{rect.xMinimum()},{rect.xMaximum()},{rect.yMinimum()},"
                                f"{rect.yMaximum()} [{crs.authid()}]")
        alg = QgsApplication.processingRegistry().createAlgorithmById("scanurba:downloadplan")
        self.plan_context = QgsProcessingContext()
        self.plan_feedback = ErrorFeedback()
        self.plan_task = QgsProcessingAlgRunnerTask(alg, params, self.plan_context,
                                                    self.plan_feedback)
        self.plan_task.executed.connect(self.plan_fetched)
        self.set_busy(True)
        self.status.setText(tr("Asking the Géoportail de l'Urbanisme…"))
        QgsApplication.taskManager().addTask(self.plan_task)
        return self.plan_task

    def plan_fetched(self, successful, results):
        errors = self.plan_feedback.errors if self.plan_feedback else []
        self.plan_task = self.plan_context = self.plan_feedback = None
        self.set_busy(False)
        if not successful:
            self.status.setText(errors[-1] if errors else tr("Cancelled or failed: see the log "
                                                             "panel."))
            return
        from ..processing.download_plan import archive_layers

        summary = json.loads(results[SUMMARY])
        lines = []
        for doc in summary["documents"]:
            add_to_project(archive_layers(doc["path"]), doc["name"])
            lines.append(tr("{name} ({type}): {origin}", name=doc["name"], type=doc["type"],
                            origin=tr("served from the cache") if doc["from_cache"]
                            else tr("downloaded")))
        self.rows["plan"].file.setFilePath(results[ARCHIVE])
        self.status.setText("\n".join(lines + summary["notices"]))


class ErrorFeedback(QgsProcessingFeedback):
    """Keeps the errors a background algorithm reports, to show the real cause (or, those
    that do not stop it, as warnings): ``reported`` gives them all at each new one, queued to
    the main thread when the algorithm runs in a task."""

    reported = pyqtSignal(list)

    def __init__(self, log: bool = True):
        super().__init__(log)
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802 (Qt API)
        self.errors.append(error)
        self.reported.emit(list(self.errors))
        super().reportError(error, fatalError)
