"""Findings browser: findings and opportunities of a scan in one table, grouped by part of the
plan then article, coloured by opinion (avis). Filter by part, article, opinion, commune and
kind; sort by rank or cost; the detail pane shows the message, the plan's words quoted with
their page, the legal basis and the suggestion; double-click (or Zoom) zooms and flashes;
"Open the page" opens the written règlement at the quoted page; export to CSV or XLSX."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QColor, QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
)

from ..core.atomic import atomic_path
from ..core.avis.findings import AVIS, PIECES
from ..core.i18n import tr
from ..core.spreadsheet import write_csv
from ..core.report import label
from ..qgis_io.result_layers import result_layers

COLUMNS = ("piece", "article", "avis", "type", "kind", "insee", "libelle", "message", "length_m",
           "cout_max_eur", "rang", "layer", "fid")
FILTERS = ("piece", "article", "avis", "insee", "kind")
DETAILS = ("citation", "page", "suggestion", "force", "source_piece")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
AVIS_BACKGROUND = {"reserve": "#f8d7d3", "recommandation": "#fde5cc", "observation": "#fdf5c9",
                   "information": "#dcebf7"}


def column_labels():
    return {"piece": tr("Part of the plan"), "type": tr("Type"), "article": tr("Legal basis"),
            "avis": tr("Opinion"),
            "kind": tr("Kind"), "insee": tr("Commune"), "libelle": tr("Object"),
            "message": tr("Message"), "length_m": tr("Length (m)"),
            "cout_max_eur": tr("Trench cost, high (€)"), "rang": tr("Rank"), "layer": tr("Layer"),
            "fid": "fid"}


def _value(feature, name):
    """A field's value, None when the layer lacks it (results of an older version)."""
    return feature[name] if feature.fields().indexOf(name) >= 0 else None


def reglement_source(gpkg) -> str:
    """The written règlement the scan read (reglement_dispositions), for "Open the page"."""
    from .pieces_view import dispositions

    return next((str(d["source"]) for d in dispositions(gpkg) if d.get("piece") == "reglement"
                 and d.get("source") and d.get("lisible") not in (0, False)), "")


def browser_rows(layers: dict) -> list[dict]:
    rows = []
    for name in ("findings_surf", "findings_lin", "findings_pct", "findings_document"):
        layer = layers.get(name)
        if layer is None:
            continue
        for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
            quality = _value(f, "famille") == "qualite_donnees"
            piece = _value(f, "piece") or "hors_document"
            rows.append({"type": tr("data quality") if quality else tr("finding"),
                         "piece": label(piece), "piece_code": piece,
                         "article": f["article"], "avis": label(_value(f, "avis")),
                         "avis_code": _value(f, "avis"),
                         "kind": f["rule_id"], "insee": f["insee"], "libelle": f["libelle"],
                         "message": f["message"], "length_m": None, "cout_max_eur": None,
                         "rang": None, "layer": name, "fid": f.id(),
                         **{k: _value(f, k) for k in ("citation", "page", "suggestion",
                                                      "force")}})
    opp = layers.get("opportunites")
    if opp is not None:
        has_insee = opp.fields().indexOf("insee") >= 0  # results written before 0.1.0 lack it
        for f in opp.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
            rows.append({"type": tr("opportunity"), "article": f["base_legale"],
                         "piece": label("hors_document"), "piece_code": "hors_document",
                         "avis": "", "kind": label(f["kind"]),
                         "insee": f["insee"] if has_insee else "",
                         "libelle": f["works_id"], "message": f["message"],
                         "length_m": f["length_m"], "cout_max_eur": f["cout_max_eur"],
                         "rang": f["rang"], "layer": "opportunites", "fid": f.id()})
    return rows


class MultiFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.filters = {}

    def set_filter(self, column, value):
        self.filters[column] = value
        self.invalidateFilter()

    def lessThan(self, left, right):  # noqa: N802 (Qt API)
        """Empty cells (a finding has no rank or cost) sort after every value."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a in (None, "") or b in (None, ""):
            return b in (None, "") and a not in (None, "")
        return super().lessThan(left, right)

    def filterAcceptsRow(self, row, parent):  # noqa: N802 (Qt API)
        model = self.sourceModel()
        for column, value in self.filters.items():
            if value and model.item(row, column).text() != value:
                return False
        return True


class FindingsBrowser(QDialog):
    def __init__(self, gpkg, iface=None, parent=None):
        self.gpkg = gpkg
        super().__init__(parent)
        self.setObjectName("ScanUrbaFindingsBrowser")
        self.setWindowTitle(tr("Scan Urba – findings and opportunities"))
        self.resize(1100, 600)
        self.iface = iface
        project = QgsProject.instance()
        loaded = {layer.source(): layer for layer in project.mapLayers().values()}
        self.layers = {layer.name(): loaded.get(layer.source(), layer)
                       for layer in result_layers(gpkg)}
        self.model = QStandardItemModel(self)
        labels = column_labels()
        self.model.setHorizontalHeaderLabels([labels[c] for c in COLUMNS])
        for row in browser_rows(self.layers):
            self.model.appendRow(self._items(row))
        self.proxy = MultiFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by part, then article
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("message"), QHeaderView.ResizeMode.Stretch)
        for hidden in ("layer", "fid"):
            self.table.setColumnHidden(COLUMNS.index(hidden), True)
        self.reglement = reglement_source(gpkg)
        self.table.doubleClicked.connect(self.zoom_to)
        filters = QHBoxLayout()
        self.combos = {}
        for column in FILTERS:
            combo = QComboBox(self)
            combo.addItem(tr("all"), "")
            values = sorted({self.model.item(r, COLUMNS.index(column)).text()
                             for r in range(self.model.rowCount())} - {""})
            for value in values:
                combo.addItem(value, value)
            combo.currentIndexChanged.connect(
                lambda _, c=column, cb=combo: self.proxy.set_filter(COLUMNS.index(c),
                                                                    cb.currentData()))
            filters.addWidget(QLabel(labels[column], self))
            filters.addWidget(combo, 1)
            self.combos[column] = combo
        export = QPushButton(tr("Export…"), self)
        export.clicked.connect(self.export_dialog)
        filters.addWidget(export)
        self.detail = QTextBrowser(self)
        self.detail.setOpenExternalLinks(False)
        actions = QHBoxLayout()
        self.zoom_button = QPushButton(tr("Zoom to it"), self)
        self.page_button = QPushButton(tr("Open the page in the règlement"), self)
        for button in (self.zoom_button, self.page_button):
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.zoom_button.clicked.connect(lambda: self.zoom_to(self.table.currentIndex()))
        self.page_button.clicked.connect(self.open_page)
        pane = QDialog(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.detail)
        pane_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(pane)
        splitter.setSizes([420, 180])
        self.table.selectionModel().currentRowChanged.connect(self.show_detail)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        self.proxy.rowsInserted.connect(self.update_count)
        self.proxy.modelReset.connect(self.update_count)
        self.proxy.layoutChanged.connect(self.update_count)
        self.update_count()

    @staticmethod
    def _items(row) -> list:
        """One row of items: shown text, a sort key (numbers as numbers; the part of the
        plan in the plan's order, then the article), the avis colour, details on the first."""
        background = AVIS_BACKGROUND.get(row.get("avis_code") or "")
        items = []
        for column in COLUMNS:
            value = row[column]
            item = QStandardItem("" if value is None else str(value))
            if isinstance(value, (int, float)):
                item.setData(value, Qt.ItemDataRole.DisplayRole)
            key = value if isinstance(value, (int, float)) else ("" if value is None else
                                                                  str(value))
            if column == "piece":
                code = row.get("piece_code") or "hors_document"
                order = PIECES.index(code) if code in PIECES else len(PIECES)
                avis = row.get("avis_code")
                rank = AVIS.index(avis) if avis in AVIS else len(AVIS)
                key = f"{order:02d}|{row.get('article') or ''}|{rank}"
                item.setData({k: row.get(k) for k in DETAILS}, DETAIL_ROLE)
            item.setData(key, SORT_ROLE)
            if background:
                item.setBackground(QColor(background))
            item.setEditable(False)
            items.append(item)
        return items

    def row_of(self, index) -> dict:
        """Shown values and details of the proxy row of ``index``."""
        row = index.row()
        values = {c: self.proxy.index(row, i).data() for i, c in enumerate(COLUMNS)}
        values.update(self.proxy.index(row, 0).data(DETAIL_ROLE) or {})
        return values

    def show_detail(self, current, previous=None):
        if not current.isValid():
            self.detail.clear()
            return
        import html

        r = self.row_of(current)
        esc = lambda v: html.escape(str(v)) if v not in (None, "") else ""  # noqa: E731
        parts = [f"<p><b>{esc(r['avis'] or r['type'])}</b> – {esc(r['piece'])}"
                 f" – {esc(r['libelle'])}</p><p>{esc(r['message'])}</p>"]
        if r.get("citation"):
            page = tr(", page {page}", page=int(r["page"])) if r.get("page") else ""
            parts.append(f"<blockquote><i>« {esc(r['citation'])} »</i>{esc(page)}</blockquote>")
        if r.get("article"):
            parts.append(f"<p>{esc(tr('Legal basis'))} : {esc(r['article'])}</p>")
        if r.get("suggestion"):
            parts.append(f"<p style='background:#e2efda'>{esc(tr('Suggestion'))} : "
                         f"{esc(r['suggestion'])}</p>")
        self.detail.setHtml("".join(parts))
        layer = self.layers.get(r["layer"])
        self.zoom_button.setEnabled(layer is not None and layer.isSpatial())
        self.page_button.setEnabled(bool(self.reglement and r.get("page")))

    def open_page(self) -> bool:
        """The written règlement at the page the finding quotes."""
        from .pieces_view import open_piece

        r = self.row_of(self.table.currentIndex())
        return bool(self.reglement and r.get("page")) and open_piece(self.reglement,
                                                                     int(r["page"]))

    def update_count(self, *args):
        self.count.setText(tr("{n} rows shown of {total}.", n=self.proxy.rowCount(),
                              total=self.model.rowCount()))

    def visible_rows(self) -> list[list[str]]:
        return [[self.proxy.index(r, c).data() or "" for c in range(len(COLUMNS))]
                for r in range(self.proxy.rowCount())]

    def zoom_to(self, index):
        row = index.row()
        layer_name = self.proxy.index(row, COLUMNS.index("layer")).data()
        fid = int(self.proxy.index(row, COLUMNS.index("fid")).data())
        layer = self.layers.get(layer_name)
        if layer is not None and not layer.isSpatial():   # a document finding quoting a piece
            from .pieces_view import open_finding_piece

            open_finding_piece(self.gpkg, layer, fid)
            return
        if layer is None or self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        canvas.zoomToFeatureIds(layer, [fid])
        canvas.flashFeatureIds(layer, [fid])

    def export_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the table"), "",
                                              tr("CSV (*.csv);;Excel (*.xlsx)"))
        if path:
            self.export(path)

    def export(self, path):
        """The rows shown (filters applied) to CSV or XLSX, written atomically."""
        labels = column_labels()
        header = [labels[c] for c in COLUMNS]
        if Path(path).suffix.lower() != ".xlsx":  # for a French spreadsheet
            return write_csv(path, header, self.visible_rows())
        with atomic_path(path, overwrite=True) as tmp:
            if Path(path).suffix.lower() == ".xlsx":
                layer = QgsVectorLayer("None", "scan_urba", "memory")
                from qgis.core import QgsFeature, QgsField

                from ..qgis_io.compat import STRING

                layer.dataProvider().addAttributes([QgsField(h, STRING) for h in header])
                layer.updateFields()
                features = []
                for values in self.visible_rows():
                    f = QgsFeature(layer.fields())
                    f.setAttributes([str(v) for v in values])
                    features.append(f)
                layer.dataProvider().addFeatures(features)
                options = QgsVectorFileWriter.SaveVectorOptions()
                options.driverName = "XLSX"
                error = QgsVectorFileWriter.writeAsVectorFormatV3(
                    layer, str(tmp), QgsProject.instance().transformContext(), options)
                if error[0] != QgsVectorFileWriter.WriterError.NoError:
                    raise OSError(error[1])
        return path
