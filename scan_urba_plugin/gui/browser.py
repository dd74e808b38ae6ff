"""Findings browser: findings and opportunities of a scan in one table, grouped by part of the
plan then article, coloured by opinion (avis); the family column says what a row is (a
legal finding, a data-quality finding, a trench-sharing opportunity). Filter by family,
part, article, opinion, commune and kind; sort by any column; the detail pane shows the
message, the plan's words quoted with their page, the legal basis and the suggestion;
double-click (or Zoom) zooms and flashes, and
moves the browser off the map; "Open the page" opens the written règlement at the quoted page;
export to CSV or XLSX.

At any scale: the tables are read with SQLite (no feature objects), filtered and sorted with
pandas, and the view gets its rows in batches as it scrolls (canFetchMore/fetchMore), so a
département's 125,000 rows open at once; columns are capped in width, their text elided with
the whole in a tooltip, and the dialog never wider than the screen."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import QgsPointXY, QgsProject, QgsSettings, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    QThread,
    pyqtSignal,
    pyqtSlot,
)
from qgis.PyQt.QtGui import QBrush, QColor, QGuiApplication
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.atomic import atomic_path
from ..core.avis.findings import AVIS, PIECES
from ..core.french import number
from ..core.i18n import QT_TR_NOOP, plural, tr
from ..core.report import kind_label, label
from ..core.spreadsheet import write_csv
from ..qgis_io.result_layers import result_layers


COLUMNS = ("piece", "article", "avis", "type", "kind", "insee", "libelle", "message", "length_m",
           "cout_max_eur", "rang", "layer", "fid")
EXPORTED = COLUMNS[:-2]  # layer and fid are the browser's own
FILTERS = ("type", "piece", "article", "avis", "insee", "kind")
DETAILS = ("citation", "page", "suggestion", "force", "source_piece")
NUMBERS = ("length_m", "cout_max_eur", "rang", "fid")
FORMATTED = ("length_m", "cout_max_eur")  # shown as a French reader writes them
FINDING_TABLES = ("findings_surf", "findings_lin", "findings_pct", "findings_document")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
AVIS_BACKGROUND = {"reserve": "#f8d7d3", "recommandation": "#fde5cc", "observation": "#fdf5c9",
                   "information": "#dcebf7"}
BATCH = 2000  # rows given to the view at a time
# capped widths (px): the message takes what is left, every long text is elided with its
# whole in a tooltip and in the detail pane
MAX_WIDTH = {"message": 420, "piece": 150, "libelle": 110, "insee": 80, "article": 130,
             "kind": 150, "avis": 100, "type": 130, "rang": 50, "length_m": 80}
DEFAULT_MAX_WIDTH = 100


def column_labels():
    return {"piece": tr("Part of the plan"), "type": tr("Family"), "article": tr("Legal basis"),
            "avis": tr("Opinion"),
            "kind": tr("Subject"), "insee": tr("Commune"), "libelle": tr("Object"),
            "message": tr("Message"), "length_m": tr("Length (m)"),
            "cout_max_eur": tr("Trench cost, high (€)"), "rang": tr("Rank"), "layer": tr("Layer"),
            "fid": "fid"}


def reglement_source(gpkg) -> str:
    """The written règlement the scan read (reglement_dispositions), for "Open the page"."""
    from .pieces_view import dispositions

    return next((str(d["source"]) for d in dispositions(gpkg) if d.get("piece") == "reglement"
                 and d.get("source") and d.get("lisible") not in (0, False)), "")


TABLE_COLUMNS = ("fid", "famille", "piece", "article", "avis", "rule_id", "insee", "libelle",
                 "message", "base_legale", "kind", "works_id", "length_m", "cout_max_eur",
                 "rang")


def _read(db, table, wanted=TABLE_COLUMNS) -> pd.DataFrame | None:
    """The columns the table shows (no geometry, no detail), None when the file lacks it."""
    names = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
    columns = [n for n in names if n in wanted]
    if not columns:
        return None
    # identifiers from the file's own catalogue (PRAGMA above), double-quoted; no value inlined
    rows = db.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n in columns)} '  # nosec B608
                      f'FROM "{table}"').fetchall()
    return pd.DataFrame.from_records(rows, columns=columns)


def read_details(gpkg, table, fid) -> dict:
    """The quote, page, suggestion and force of one finding, read when it is shown."""
    uri = Path(gpkg).resolve().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as db:
        frame = _read(db, table, ("fid",) + DETAILS)
        if frame is None:
            return {}
        # identifiers as above; the fid is a bound value
        row = db.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n in frame.columns)} '  # nosec B608
                         f'FROM "{table}" WHERE fid = ?', (int(fid),)).fetchone()
    return {} if row is None else {k: v for k, v in zip(frame.columns, row) if k != "fid"}


def _text(series) -> pd.Series:
    return series.astype(object).where(series.notna(), "").astype(str)


def _object(values: pd.Series) -> pd.Series:
    """The object in words: a local path given as an object (a written piece) shows as its
    file name, a rule id (a check not evaluated names its rule) as the rule's title."""
    from ..core.engine import all_rules

    text = _text(values)
    path = text.str.contains(r"[/\\]", regex=True)
    text = text.where(~path, text.str.replace(r"^.*[/\\]", "", regex=True))
    ids = {rule.rule_id for rule in all_rules()}
    coded = text.isin(ids)
    if coded.any():
        titles = {code: kind_label(code) for code in text[coded].unique()}
        text = text.where(~coded, text.map(titles))
    return sentence_case(text)


def sentence_case(text: pd.Series) -> pd.Series:
    """« POINT HAUT » → « Point haut »: an object written in capitals by its source reads as a
    word; codes (« UH », « 1AU », « TRV-2027-04 ») and names in mixed case are kept."""
    shouting = text.str.fullmatch(r"[A-ZÀ-Ý]{5,}|[A-ZÀ-Ý]+(?:[ '’][A-ZÀ-Ý]+)+")  # not SFR
    return text.where(~shouting, text.str[:1] + text.str[1:].str.lower())


def commune_words(codes, names: dict) -> str:
    """« Val-de-Démo » for « 06999 » when the commune's name is known, the code otherwise;
    each of a list (« 06001, 06002 »)."""
    return ", ".join(names.get(code) or code
                     for code in (c.strip() for c in str(codes or "").split(",")) if code)


def known_commune_names(codes) -> dict:
    """{INSEE code: name} of the communes the dock has named (its « Commune » field)."""
    from .dock import SETTINGS

    settings = QgsSettings()
    names = {}
    for code in codes:
        name = str(settings.value(f"{SETTINGS}commune_names/{code}", "") or "").strip()
        if name:
            names[code] = name
    return names


def _coded(values: pd.Series, words) -> pd.Series:
    """Codes in words, each distinct code translated once."""
    codes = _text(values)
    table = {code: words(code) for code in codes.unique()}
    return codes.map(table)


def findings_frame(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    col = lambda name: frame[name] if name in frame else pd.Series(  # noqa: E731
        [None] * len(frame), index=frame.index, dtype=object)
    famille = _text(col("famille"))
    piece = _text(col("piece")).replace("", "hors_document")
    rule = _text(col("rule_id"))
    kinds = (rule + "|" + famille).map(
        {k: kind_label(*k.split("|")) for k in (rule + "|" + famille).unique()})
    return pd.DataFrame({
        "piece": _coded(piece, label), "piece_code": piece, "article": _text(col("article")),
        "avis": _coded(col("avis"), label), "avis_code": _text(col("avis")),
        "type": _coded(famille.replace("", "juridique"), label),  # juridique, qualité des données
        "kind": kinds, "insee": _text(col("insee")), "libelle": _object(col("libelle")),
        "message": _text(col("message")), "length_m": np.nan, "cout_max_eur": np.nan,
        "rang": np.nan, "layer": table, "fid": col("fid").astype("int64")})


def opportunities_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The trench-sharing rows; the Département's own works with its own network are an
    internal coordination, not an opportunity with a partner: labelled so, and unranked."""
    col = lambda name: frame[name] if name in frame else pd.Series(  # noqa: E731
        [""] * len(frame), index=frame.index, dtype=object)
    internal = (_text(col("kind")) == "coordination_interne").to_numpy()
    rank = pd.to_numeric(col("rang"), errors="coerce").where(~internal)
    return pd.DataFrame({
        "piece": label("hors_document"), "piece_code": "hors_document",
        "article": _text(col("base_legale")), "avis": "", "avis_code": "",
        "type": label("mutualisation"), "kind": _coded(col("kind"), label),
        "insee": _text(col("insee")), "libelle": _text(col("works_id")),
        "message": _text(col("message")),
        "length_m": pd.to_numeric(col("length_m"), errors="coerce"),
        "cout_max_eur": pd.to_numeric(col("cout_max_eur"), errors="coerce"),
        "rang": rank, "layer": "opportunites",
        "fid": col("fid").astype("int64")})


def browser_frame(gpkg) -> pd.DataFrame:
    """Every finding and opportunity of a scan GeoPackage, one row each, in words."""
    parts = []
    uri = Path(gpkg).resolve().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as db:
        for table in FINDING_TABLES:
            frame = _read(db, table)
            if frame is not None and len(frame):
                parts.append(findings_frame(frame, table))
        frame = _read(db, "opportunites")
        if frame is not None and len(frame):
            parts.append(opportunities_frame(frame))
    if not parts:
        return pd.DataFrame(columns=list(COLUMNS) + ["piece_code", "avis_code", "_part_key"])
    out = pd.concat(parts, ignore_index=True)
    order = {code: i for i, code in enumerate(PIECES)}
    rank = {code: i for i, code in enumerate(AVIS)}
    # by part of the plan (the plan's order), then article, then opinion
    out["_part_key"] = out["piece_code"].map(order).fillna(len(PIECES)).astype(int).map(
        "{:02d}".format) + "|" + out["article"] + "|" + out["avis_code"].map(rank).fillna(
        len(AVIS)).astype(int).astype(str)
    return out


def browser_rows(layers_or_gpkg) -> list[dict]:
    """The rows as dictionaries (the shown values), for code that reads them one by one."""
    return browser_frame(layers_or_gpkg).to_dict("records")


class FindingsModel(QAbstractTableModel):
    """A table over a frame: filters and sort in pandas, rows handed to the view in batches."""

    def __init__(self, frame: pd.DataFrame, parent=None):
        super().__init__(parent)
        self.headers = column_labels()
        self.filters = {}
        self.sort_key = ("_part_key", True)
        self.set_frame(frame)

    def set_frame(self, frame: pd.DataFrame):
        self.frame = frame.reset_index(drop=True)
        codes = set(self.frame["insee"].astype(str).str.split(r",\s*").explode()) - {""} \
            if "insee" in self.frame else set()
        self.commune_names = known_commune_names(sorted(codes))
        self.order = np.arange(len(self.frame))
        self.loaded = 0
        self.codes = {}  # column → sort rank of each row's value (empty and NaN last)
        self.applied = None
        self._apply()

    # --- the rows the view sees ------------------------------------------------------------

    def total(self) -> int:
        return len(self.frame)

    def matching(self) -> int:
        return len(self.order)

    def rowCount(self, parent=None):  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else self.loaded

    def columnCount(self, parent=None):  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=None):  # noqa: N802 (Qt API)
        return (parent is None or not parent.isValid()) and self.loaded < len(self.order)

    def fetchMore(self, parent=None):  # noqa: N802 (Qt API)
        more = min(BATCH, len(self.order) - self.loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self.loaded, self.loaded + more - 1)
        self.loaded += more
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.headers[COLUMNS[section]]  # whole in the tooltip when elided
        return None

    def record(self, row: int) -> dict:
        return {k: None if not isinstance(v, str) and pd.isna(v) else v
                for k, v in self.frame.iloc[int(self.order[row])].items()}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.loaded:
            return None
        i, column = int(self.order[index.row()]), COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            value = self.frame.at[i, column]
            if column in NUMBERS:
                if pd.isna(value):
                    return None
                if column in FORMATTED and role == Qt.ItemDataRole.DisplayRole:
                    return number(value, 0 if float(value).is_integer() else 1)  # 21 600
                return int(value) if float(value).is_integer() else float(value)
            if column == "insee" and role == Qt.ItemDataRole.DisplayRole:
                return commune_words(value, self.commune_names)  # the code in the tooltip
            return value if role != Qt.ItemDataRole.ToolTipRole or value else None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = AVIS_BACKGROUND.get(self.frame.at[i, "avis_code"])
            return QBrush(QColor(colour)) if colour else None
        return None

    # --- filters and sort, in pandas --------------------------------------------------------

    def values(self, column) -> list[str]:
        """The distinct values a filter offers (a commune's code once, even in lists)."""
        values = pd.Series(self.frame[column].dropna().astype(str).unique())
        if column == "insee":
            values = values.str.split(r",\s*").explode()
        return sorted(set(values) - {""})

    def set_filter(self, column, value):
        if isinstance(column, int):
            column = COLUMNS[column]
        self.filters[column] = value or ""
        self._apply()

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        name = COLUMNS[column]
        self.sort_key = ("_part_key" if name == "piece" else name,
                         order == Qt.SortOrder.AscendingOrder)
        self._apply()

    def rank_of(self, name) -> np.ndarray:
        """Each row's rank by ``name`` (values in order, empty cells after every value)."""
        if name not in self.codes:
            values = self.frame[name]
            empty = values.isna() | (values.astype(str) == "")
            codes, _ = pd.factorize(values.where(~empty), sort=True)
            codes = np.where(empty.to_numpy(), np.iinfo(np.int64).max, codes)
            self.codes[name] = codes
        return self.codes[name]

    def _apply(self):
        state = (tuple(sorted(self.filters.items())), self.sort_key)
        if state == self.applied:
            return
        self.applied = state
        mask = np.ones(len(self.frame), dtype=bool)
        for column, value in self.filters.items():
            if not value:
                continue
            cells = self.frame[column]
            if column == "insee":
                mask &= cells.str.split(r",\s*").apply(lambda codes, v=value: v in codes) \
                    .to_numpy(dtype=bool)
            else:
                mask &= (cells == value).to_numpy()
        name, ascending = self.sort_key
        rank = self.rank_of(name)
        kept = np.flatnonzero(mask)
        key = rank[kept]
        if not ascending:  # descending, empty cells still last (a finding has no rank)
            key = np.where(key == np.iinfo(np.int64).max, key, -key)
        self.beginResetModel()
        self.order = kept[np.argsort(key, kind="stable")]
        self.loaded = min(BATCH, len(self.order))
        self.endResetModel()


class FrameReader(QThread):
    """browser_frame() away from the main thread: QGIS stays responsive while a département's
    rows are read. Kept alive (READERS) until it has ended, whatever becomes of the dialog:
    never dropped from its own thread, which would delete it while it runs."""

    read = pyqtSignal(object)  # the frame, or the exception that stopped the reading

    def __init__(self, gpkg):
        super().__init__()
        self.gpkg = gpkg
        READERS.add(self)  # let go on the main thread, once it has ended (show_rows)

    def run(self):
        try:
            frame = browser_frame(self.gpkg)
        except Exception as exc:  # noqa: BLE001 (shown in the dialog, not raised in a thread)
            frame = exc
        self.read.emit(frame)


READERS = set()


class FindingsBrowser(QDialog):
    def __init__(self, gpkg, iface=None, parent=None, background=False):
        """``background``: the rows are read in a thread, the dialog shown at once."""
        self.gpkg = gpkg
        super().__init__(parent)
        self.setObjectName("ScanUrbaFindingsBrowser")
        self.setWindowTitle(tr("Scan Urba – findings and opportunities"))
        self.iface = iface
        self._layers = None
        self.model = FindingsModel(pd.DataFrame(columns=list(COLUMNS) + [
            "piece_code", "avis_code", "_part_key"]), self)
        self.proxy = self.model  # filters and sort live in the model
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.fit_columns()
        for hidden in ("layer", "fid"):
            self.table.setColumnHidden(COLUMNS.index(hidden), True)
        self.reglement = reglement_source(gpkg)
        self.table.doubleClicked.connect(self.zoom_to)
        filters = self.filter_bar()
        self.detail = QTextBrowser(self)
        self.detail.setOpenExternalLinks(False)
        actions = QHBoxLayout()
        self.zoom_button = QPushButton(tr("Zoom to it"), self)
        self.page_button = QPushButton(tr("Open the page in the règlement"), self)
        for button in (self.zoom_button, self.page_button):
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.zoom_button.clicked.connect(self.zoom_to_current)  # no lambda: see the dock's
        self.page_button.clicked.connect(self.open_page)
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.detail)
        pane_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(pane)
        splitter.setSizes([380, 220])
        self.table.selectionModel().currentRowChanged.connect(self.show_detail)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter)
        self.count = QLabel(self)
        export = QPushButton(tr("Export…"), self)  # under the table: the filters fill two rows
        export.clicked.connect(self.export_dialog)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(export)
        layout.addLayout(bottom)
        self.model.modelReset.connect(self.update_count)
        self.fit_to_screen()
        if background:
            self.count.setText(tr("Reading the findings…"))
            self.reader = FrameReader(gpkg)
            self.reader.read.connect(self.show_rows)
            self.reader.start()
        else:
            self.show_rows(browser_frame(gpkg))

    def show_rows(self, frame):
        """The rows read: in the table, the filters offer their values, columns fitted."""
        reader = getattr(self, "reader", None)
        if reader is not None:
            reader.wait()  # it has emitted its rows: its end is a matter of moments
            READERS.discard(reader)
        if isinstance(frame, Exception):
            self.count.setText(tr("The findings could not be read: {reason}", reason=frame))
            return
        self.model.set_frame(frame)
        for column, combo in self.combos.items():
            combo.blockSignals(True)
            for value in self.model.values(column):
                shown = commune_words(value, self.model.commune_names) if column == "insee" \
                    else value
                combo.addItem(shown, value)
                combo.setItemData(combo.count() - 1, value, Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        self.fit_columns()
        self.update_count()

    @property
    def layers(self) -> dict:
        """The result's layers (those loaded in the project when they are), made when a
        zoom first needs them: opening the browser reads no layer."""
        if self._layers is None:
            loaded = {layer.source(): layer
                      for layer in QgsProject.instance().mapLayers().values()}
            self._layers = {layer.name(): loaded.get(layer.source(), layer)
                            for layer in result_layers(self.gpkg)}
        return self._layers

    def filter_bar(self) -> QGridLayout:
        """One combo per filter, on two lines, narrow (the list shows values whole)."""
        filters = QGridLayout()
        labels = column_labels()
        self.combos = {}
        for column in FILTERS:
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.addItem(tr("all"), "")
            combo.view().setMinimumWidth(320)  # the list reads whole; the field stays narrow
            combo.currentIndexChanged.connect(
                lambda _, c=column, cb=combo: self.model.set_filter(c, cb.currentData()))
            n = len(self.combos)
            filters.addWidget(QLabel(labels[column], self), n // 3, 2 * (n % 3))
            filters.addWidget(combo, n // 3, 2 * (n % 3) + 1)
            self.combos[column] = combo
        for n in range(3):
            filters.setColumnStretch(2 * n + 1, 1)
        return filters

    def fit_columns(self):
        """Each column as wide as its header and its longest value among the first rows,
        capped; the message takes what is left. Never measured over every row."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        sample = self.model.frame.head(300)
        for i, column in enumerate(COLUMNS):
            texts = [self.model.headers[column]] + ([] if column not in sample else
                                                     [str(v) for v in sample[column]
                                                      if not pd.isna(v)])
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 24
            self.table.setColumnWidth(i, min(widest, MAX_WIDTH.get(column, DEFAULT_MAX_WIDTH)))
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        # a capped header ends in « … » (whole in its tooltip), never cut on both sides
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(COLUMNS.index("message"), QHeaderView.ResizeMode.Stretch)

    def fit_to_screen(self):
        """1400 × 680 where the screen allows, never wider or taller than it."""
        screen = (self.screen() if hasattr(self, "screen") and self.screen() else
                  QGuiApplication.primaryScreen()).availableGeometry()
        width, height = min(1400, screen.width() - 40), min(680, screen.height() - 60)
        self.setMaximumWidth(screen.width())
        self.resize(width, height)

    def row_of(self, index) -> dict:
        """Shown values and details of the row of ``index`` (read from the file for it)."""
        row = self.model.record(index.row())
        if row["layer"] in FINDING_TABLES:
            row.update(read_details(self.gpkg, row["layer"], row["fid"]))
        return row

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
        self.zoom_button.setEnabled(r["layer"] != "findings_document")  # the others have shapes
        self.page_button.setEnabled(bool(self.reglement and r.get("page")))

    def open_page(self) -> bool:
        """The written règlement at the page the finding quotes."""
        from .pieces_view import open_piece

        r = self.row_of(self.table.currentIndex())
        return bool(self.reglement and r.get("page")) and open_piece(self.reglement,
                                                                     int(r["page"]))

    def update_count(self, *args):
        """Right after each filter: the rows that match, not the rows drawn so far."""
        n = self.model.matching()
        self.count.setText(tr("{n} {rows} of {total}.", n=number(n),
                              rows=plural(n, QT_TR_NOOP("row shown"), QT_TR_NOOP("rows shown")),
                              total=number(self.model.total())))

    def visible_rows(self) -> list[list]:
        """Every row the filters keep (drawn or not yet), in the shown order."""
        rows = self.model.frame.iloc[self.model.order]
        return [[None if pd.isna(v) else v for v in values]
                for values in rows[list(EXPORTED)].itertuples(index=False, name=None)]

    @pyqtSlot()
    def zoom_to_current(self):
        self.zoom_to(self.table.currentIndex())

    def zoom_to(self, index):
        if not index.isValid():
            return
        r = self.row_of(index)
        layer_name, fid = r["layer"], int(r["fid"])
        layer = self.layers.get(layer_name)
        if layer is not None and not layer.isSpatial():   # a document finding quoting a piece
            from .pieces_view import open_finding_piece

            open_finding_piece(self.gpkg, layer, fid)
            return
        if layer is None or self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        covered = self.leave_the_map(canvas)
        canvas.zoomToFeatureIds(layer, [fid])
        if covered:  # the feature in the part of the map the browser leaves free
            centre = canvas.center()
            canvas.setCenter(QgsPointXY(centre.x(), centre.y() - covered / 2
                                        * canvas.mapUnitsPerPixel()))
            canvas.refresh()
        canvas.flashFeatureIds(layer, [fid])

    def leave_the_map(self, canvas) -> int:
        """The browser off the map: beside it if the screen has room, else along the
        screen's bottom, a third of its height. Returns the map's height (pixels) still under
        the browser, at the map's bottom."""
        if not canvas.isVisible() or not self.isVisible():
            return 0
        area = QRect(canvas.mapToGlobal(QPoint(0, 0)), canvas.size())
        frame = self.frameGeometry()
        if not frame.intersects(area):
            return 0
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        right, left = screen.right() - area.right(), area.left() - screen.left()
        room = max(right, left)
        if room >= 600:
            x = area.right() + 1 if right >= left else screen.left()
            self.setGeometry(x, screen.top() + 30, min(room, frame.width()),
                             min(screen.height() - 60, frame.height()))
            return 0
        height = max(screen.height() // 3, 260)
        top = screen.bottom() - height + 1
        self.setGeometry(screen.left(), top + 30, min(screen.width(), frame.width()),
                         height - 40)
        return max(0, area.bottom() - top)

    def export_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the table"), "",
                                              tr("CSV (*.csv);;Excel (*.xlsx)"))
        if path:
            self.export(path)

    def export(self, path):
        """The rows shown (filters applied) to CSV or XLSX, written atomically."""
        labels = column_labels()
        header = [labels[c] for c in EXPORTED]
        if Path(path).suffix.lower() != ".xlsx":  # for a French spreadsheet
            return write_csv(path, header, self.visible_rows())
        with atomic_path(path, overwrite=True) as tmp:
            write_xlsx(tmp, header, self.visible_rows())
        return path


def write_xlsx(path, header, rows):
    """An XLSX whose numbers are numbers (lengths, costs, ranks), the rest text."""
    from qgis.core import QgsFeature, QgsField

    from ..qgis_io.compat import DOUBLE, STRING

    layer = QgsVectorLayer("None", "scan_urba", "memory")
    numeric = [c in NUMBERS for c in EXPORTED]
    layer.dataProvider().addAttributes([QgsField(h, DOUBLE if n else STRING)
                                        for h, n in zip(header, numeric)])
    layer.updateFields()
    features = []
    for values in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([(None if v is None or v == "" else float(v)) if n else
                         ("" if v is None else str(v)) for v, n in zip(values, numeric)])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "XLSX"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise OSError(error[1])
