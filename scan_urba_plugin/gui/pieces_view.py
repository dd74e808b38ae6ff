"""What the written pieces say, zone by zone, from a scan GeoPackage: level, page, article and
the sentence quoted; double-click (or "Open at this page") opens the piece in the system's
PDF viewer at that page."""
from __future__ import annotations

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QUrl, QVariant, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..core.french import file_names
from ..core.i18n import tr
from ..core.pieces.report_section import PIECE_WORDS, cue_words, level_words, page_link

COLUMNS = ("piece", "libelle", "niveau", "page", "article", "citation", "reperage")


def dispositions(gpkg) -> list[dict]:
    """The rows of reglement_dispositions (empty when the scan read no written piece)."""
    layer = QgsVectorLayer(f"{gpkg}|layername=reglement_dispositions", "d", "ogr")
    if not layer.isValid():
        return []
    names = layer.fields().names()
    return [{n: _value(f[n]) for n in names} for f in layer.getFeatures()]


def _value(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def open_piece(source, page) -> bool:
    """Open the piece at its page (a PDF: #page=N, which the usual viewers honour)."""
    link = page_link(source, page)
    url = QUrl(link) if link else QUrl.fromLocalFile(str(source)) if source else None
    return bool(url) and QDesktopServices.openUrl(url)


# the piece a finding quotes (Finding.piece) → the reglement_dispositions rows of that piece
PIECE_ROWS = {"reglement_ecrit": ("reglement", "reglement_antennes"), "padd": ("padd",),
              "oap": ("oap",)}


def open_finding_piece(gpkg, layer, fid) -> bool:
    """Open the piece a finding quotes at its page (document findings: PADD, antenna ban)."""
    feature = layer.getFeature(int(fid))
    names = layer.fields().names()
    if "page" not in names or "piece" not in names:
        return False
    page, piece = _value(feature["page"]), _value(feature["piece"])
    sources = [r["source"] for r in dispositions(gpkg)
               if r.get("piece") in PIECE_ROWS.get(piece, ()) and r.get("source")]
    return bool(sources) and page is not None and open_piece(sources[0], page)


class PiecesDialog(QDialog):
    def __init__(self, gpkg, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Written pieces: what the plan says, zone by zone"))
        self.rows = dispositions(gpkg)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([tr("Piece"), tr("Zone"), tr("Provision"),
                                              tr("Page"), tr("Article"), tr("Quoted text"),
                                              tr("File, found by")])
        for row in self.rows:
            what = level_words(row.get("niveau")) if row.get("lisible", True) else \
                tr("not read: {reason}", reason=file_names(row.get("raison") or ""))
            cells = [tr(PIECE_WORDS.get(row.get("piece"), "")), row.get("libelle") or "",
                     what, "" if row.get("page") is None else str(row["page"]),
                     row.get("article") or "", row.get("citation") or "", cue_words(row)]
            items = [QStandardItem(str(c)) for c in cells]
            for item in items:
                item.setEditable(False)
                item.setToolTip(file_names(row.get("citation") or row.get("raison") or ""))
            self.model.appendRow(items)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("citation"), QHeaderView.ResizeMode.Stretch)
        # methods, no lambdas: a lambda holding the dialog, held by its own table, is a cycle
        # only Python's cyclic collector frees (at any time, in any thread)
        self.table.doubleClicked.connect(self.open_index)
        self.open_button = QPushButton(tr("Open the piece at this page"), self)
        self.open_button.clicked.connect(self.open_current)
        layout = QVBoxLayout(self)
        if not self.rows:
            layout.addWidget(QLabel(tr("No written piece was read for this scan."), self))
        layout.addWidget(self.table)
        layout.addWidget(self.open_button)
        self.resize(1000, 500)

    @pyqtSlot()
    def open_current(self) -> bool:
        return self.open_index(self.table.currentIndex())

    def open_index(self, index) -> bool:
        return self.open_row(index.row())

    def open_row(self, index: int) -> bool:
        if not 0 <= index < len(self.rows):
            return False
        row = self.rows[index]
        return open_piece(row.get("source"), row.get("page"))
