"""Findings browser: findings and opportunities of a scan in one table. Filter by article,
opinion (avis), commune and kind; sort by rank or cost; double-click zooms and flashes; export to
CSV or XLSX."""
from __future__ import annotations

import csv
from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..core.atomic import atomic_path
from ..core.i18n import tr
from ..core.report import label
from ..qgis_io.result_layers import result_layers

COLUMNS = ("type", "article", "avis", "kind", "insee", "libelle", "message", "length_m",
           "cout_evite_eur", "rang", "layer", "fid")
FILTERS = ("article", "avis", "insee", "kind")


def column_labels():
    return {"type": tr("Type"), "article": tr("Legal basis"), "avis": tr("Opinion"),
            "kind": tr("Kind"), "insee": tr("Commune"), "libelle": tr("Object"),
            "message": tr("Message"), "length_m": tr("Length (m)"),
            "cout_evite_eur": tr("Saving at most (€)"), "rang": tr("Rank"), "layer": tr("Layer"),
            "fid": "fid"}


def _value(feature, name):
    """A field's value, None when the layer lacks it (results of an older version)."""
    return feature[name] if feature.fields().indexOf(name) >= 0 else None


def browser_rows(layers: dict) -> list[dict]:
    rows = []
    for name in ("findings_surf", "findings_lin", "findings_pct", "findings_document"):
        layer = layers.get(name)
        if layer is None:
            continue
        for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
            quality = _value(f, "famille") == "qualite_donnees"
            rows.append({"type": tr("data quality") if quality else tr("finding"),
                         "article": f["article"], "avis": label(_value(f, "avis")),
                         "kind": f["rule_id"], "insee": f["insee"], "libelle": f["libelle"],
                         "message": f["message"], "length_m": None, "cout_evite_eur": None,
                         "rang": None, "layer": name, "fid": f.id()})
    opp = layers.get("opportunites")
    if opp is not None:
        has_insee = opp.fields().indexOf("insee") >= 0  # results written before 0.1.0 lack it
        for f in opp.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
            rows.append({"type": tr("opportunity"), "article": f["base_legale"],
                         "avis": "", "kind": label(f["kind"]),
                         "insee": f["insee"] if has_insee else "",
                         "libelle": f["works_id"], "message": f["message"],
                         "length_m": f["length_m"], "cout_evite_eur": f["cout_evite_eur"],
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
        a, b = left.data(), right.data()
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
            items = []
            for column in COLUMNS:
                value = row[column]
                item = QStandardItem("" if value is None else str(value))
                if isinstance(value, (int, float)):
                    item.setData(value, Qt.ItemDataRole.DisplayRole)  # numeric sort
                item.setEditable(False)
                items.append(item)
            self.model.appendRow(items)
        self.proxy = MultiFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("message"), QHeaderView.ResizeMode.Stretch)
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
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        self.proxy.rowsInserted.connect(self.update_count)
        self.proxy.modelReset.connect(self.update_count)
        self.proxy.layoutChanged.connect(self.update_count)
        self.update_count()

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
        if layer is None or not layer.isSpatial() or self.iface is None:
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
            else:
                with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                    writer = csv.writer(fh, delimiter=";")
                    writer.writerow(header)
                    writer.writerows(self.visible_rows())
        return path
