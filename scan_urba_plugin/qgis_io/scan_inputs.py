"""Read every input of a scan (plan, SCOT, networks, antennas, works…) into the core's
ScanInputs, recording what was read (path, layer, count, sha256) for run_info."""
from __future__ import annotations

import hashlib
import threading
from dataclasses import field, make_dataclass
from pathlib import Path

import pandas as pd

from ..core.errors import ScanUrbaError
from ..core.i18n import QT_TR_NOOP, tr
from ..core.pieces import pieces_for_plan
from ..core.pieces.outputs import piece_findings
from ..core.communes import normalise_communes
from ..core.perimeter import read_extent
from ..core.parallel import job_ahead
from ..core.scan import ScanInputs, read_inputs
from ..parameters import FILES, SCAN_INPUTS, SOURCE, VECTOR
from ..core.standards import anfr, mapped_layers
from .networks import read_gracethd
from .plans import plan_tables, read_plan
from .layers import layer_to_raw


def _source_fields() -> list:
    """ScanSources' fields, from the table of scan inputs: a path (str) per input, a layer
    (QgsVectorLayer or None) for a VECTOR, paths for FILES, and the project layers of a
    SOURCE beside its path."""
    out = []
    for spec in SCAN_INPUTS:
        if spec.kind == VECTOR:
            out.append((spec.name, object, None))
        elif spec.kind == FILES:
            out.append((spec.name, list, field(default_factory=list)))
        else:
            out.append((spec.name, str, ""))
        if spec.kind == SOURCE:
            out.append((spec.name + "_layers", list, field(default_factory=list)))
    return out


ScanSources = make_dataclass("ScanSources", _source_fields())
ScanSources.__doc__ = "What the user gave for each scan input (parameters.SCAN_INPUTS)."


def _hashed_file(path: str) -> str:
    """The file (or folder) a source names: the layers of one GeoPackage share it."""
    return path.split("|")[0].replace("/vsizip/", "")


def sha256_of(path: str) -> str:
    """Digest of a file, or of every file of a folder (names and contents)."""
    p = Path(_hashed_file(path))
    digest = hashlib.sha256()
    files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p] if p.is_file() else []
    for f in files:
        if p.is_dir():
            digest.update(str(f.relative_to(p)).encode("utf-8"))
        with open(f, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest() if files else ""


def _record(records, kind, path, layer, count):
    records.append({"input": kind, "path": str(path), "layer": layer, "features": int(count)})


class _Digests:
    """sha256 of the inputs' files, each file hashed once (the tables of one GeoPackage
    share it: they are keyed by _hashed_file). Those known early are hashed in a thread while
    the plan's worker finishes: hashlib lets go of the GIL on large reads, and a
    département's 80 MB took 0.14 s of the main process with the other core idle."""

    def __init__(self):
        self.digests, self.thread = {}, None

    def start(self, paths) -> None:
        """Hash these files in a thread (once; add_to waits for it)."""
        wanted = list(dict.fromkeys(_hashed_file(p) for p in paths if p))
        self.thread = threading.Thread(target=self._hash, args=(wanted,), daemon=True)
        self.thread.start()

    def _hash(self, paths):
        for path in paths:
            try:
                self.digests[path] = sha256_of(path)
            except OSError:  # hashed again by add_to, whose error the user sees
                return

    def add_to(self, records):
        """The records, each with the sha256 of its source."""
        if self.thread is not None:
            self.thread.join()
        for record in records:
            path = _hashed_file(record["path"])
            if path not in self.digests:
                self.digests[path] = sha256_of(path) if path else ""
            record["sha256"] = self.digests[path]
        return records


def _layer_frame(layer, mapping_path, normalise, records, kind, findings, inputs, within):
    raw = layer_to_raw(layer, Path(layer.source().split("|")[0]).stem or layer.name(),
                       within=within)
    if raw.extent is not None:
        inputs.extents[kind] = raw.extent
    frame, found = normalise(raw, mapped_layers.load_mapping(mapping_path) if mapping_path else None)
    findings += found
    _record(records, kind, layer.source(), layer.name(), len(frame))
    return frame


def read_scan_inputs(src: ScanSources, feedback=None, margin: float | None = None):
    """(ScanInputs, reader findings, input records).

    QGIS reads every table here; the core normalises and checks the plan meanwhile
    (scan.read_inputs). With a ``margin`` (m), the networks, works and other layers are
    read only in the plan's rectangle grown by it (a département's data read for one
    plan); the exact cut to the plan's perimeter follows in run_scan."""
    raw, hint = plan_tables(src.plan, src.plan_layers, feedback=feedback)
    within = read_extent(raw, margin) if margin is not None else None
    digests = _Digests()

    def read_others():
        others = _read_others(src, feedback, within)
        # the plan's own sources (its records come only with the worker's result)
        digests.start([layer.source for layer in raw] + [r["path"] for r in others[2]])
        return others

    (inputs, findings, records), plan = read_inputs(raw, hint, read_others)
    inputs.plan = plan
    inputs.pieces = _read_pieces(src, plan, records, feedback)
    findings += piece_findings(inputs.pieces, plan.insee, plan.idurba)
    plan_records = []
    for table, df in plan.tables.items():
        _record(plan_records, "plan", plan.sources.get(table, ""), plan.layer_name(table),
                len(df))
    return inputs, findings, digests.add_to(plan_records + records)


def _read_pieces(src: ScanSources, plan, records, feedback=None):
    """The written pieces given, else found beside the plan's data (GPU folder or zip,
    ZONE_URBA.NOMFIC); None when there are none. Read after the plan: its labels are graded."""
    if feedback is not None:
        feedback.pushInfo(tr("Written pieces…"))
    pieces = pieces_for_plan(plan, src.plan or None, src.reglement, src.padd, src.oap)
    for kind, piece in (("reglement", pieces.reglement), ("padd", pieces.padd)):
        if piece is not None:
            for source in piece.source.split("; "):
                _record(records, kind, source.split("!")[0], "", getattr(piece, "pages", 0) or 0)
    for source in dict.fromkeys(o.source for o in pieces.oap or []):
        _record(records, "oap", source.split("!")[0], "", 0)
    empty = pieces.reglement is None and pieces.padd is None and pieces.oap is None
    return None if empty else pieces


def _read_others(src: ScanSources, feedback=None, within=None):
    """Every input but the plan: (ScanInputs without plan, findings, records); only near
    ``within`` = (rectangle, CRS) when given."""
    records, findings = [], []
    inputs = ScanInputs(plan=None)
    # the antenna files are pandas work (no QGIS): read in a worker (started ahead by the
    # command line) while QGIS reads the SCOT and the network here
    paths = (src.anfr, src.anfr_reference, src.arcep)
    with job_ahead("antennas", paths, lambda: anfr.antenna_tables_job(*paths)) as job:
        _read_scot(src, inputs, findings, records, feedback, within)
        # QGIS reads the works and aerial lines while the GraceTHD worker computes the
        # routes' links; their findings and records still come after the network's
        mapped_findings, mapped_records = [], []
        _read_gracethd(src, inputs, findings, records, feedback, within, lambda: _read_mapped(
            src, inputs, mapped_findings, mapped_records, feedback, within))
        _add_antennas(job.result(), inputs, findings, records)
    findings += mapped_findings
    records += mapped_records
    _read_polygons(src, inputs, "agglomeration", records, within)
    _read_communes(src, inputs, records, within)
    return inputs, findings, records


def _read_communes(src, inputs, records, within=None):
    """The communes layer, its INSEE code and name fields found (a layer without a code
    field is refused here, at the start of the scan, naming the layer)."""
    layer = src.communes
    if layer is not None:
        raw = layer_to_raw(layer, within=within)
        inputs.communes = normalise_communes(raw.frame, layer.name())
        _record(records, "communes", layer.source(), layer.name(), len(inputs.communes))


def _read_scot(src, inputs, findings, records, feedback, within=None):
    """The SCOT (a CNIG plan) and the sectors with reinforced criteria (L141-21)."""
    if src.scot:
        inputs.scot = read_plan(src.scot)
        findings += inputs.scot.findings
        _record(records, "scot", src.scot, "PERIMETRE_SCOT",
                len(inputs.scot.tables.get("PERIMETRE_SCOT", [])))
    _read_polygons(src, inputs, "scot_sectors", records, within)


def _read_gracethd(src, inputs, findings, records, feedback, within=None, meanwhile=None):
    """The network; ``meanwhile()`` (other reading) done once, while its worker computes."""
    if not (src.gracethd or src.gracethd_layers):
        if meanwhile is not None:
            meanwhile()
        return
    if feedback is not None:
        feedback.pushInfo("GraceTHD…")
    inputs.network = read_gracethd(src.gracethd, src.gracethd_layers, within, meanwhile)
    if inputs.network.extent is not None:
        inputs.extents["network"] = inputs.network.extent
    findings += inputs.network.findings
    _record(records, "gracethd", src.gracethd or "project layers", "t_cheminement",
            len(inputs.network.routes))


def _add_antennas(tables, inputs, findings, records):
    """The antenna sites of anfr.antenna_tables, one table."""
    for kind, path, table, sites, found in tables:
        findings += found
        _record(records, kind, path, table, len(sites))
    if tables:
        inputs.antennas = pd.concat([sites for _, _, _, sites, _ in tables],
                                    ignore_index=True)


def _read_mapped(src, inputs, findings, records, feedback, within=None):
    """Works, aerial lines and RIP zoning: any layer, through a field mapping."""
    for name, mapping, normalise in (
            ("works", src.works_mapping, mapped_layers.normalise_works),
            ("aerial", src.aerial_mapping, mapped_layers.normalise_aerial),
            ("rip_zoning", src.rip_mapping, mapped_layers.normalise_rip_zoning)):
        layer = getattr(src, name)
        if layer is not None:
            setattr(inputs, name, _layer_frame(layer, mapping, normalise, records, name,
                                               findings, inputs, within))


INPUT_WORDS = {"scot_sectors": QT_TR_NOOP("the SCOT's sectors with reinforced digital criteria"),
               "agglomeration": QT_TR_NOOP("the agglomération")}


def _read_polygons(src, inputs, name, records, within=None):
    """SCOT sectors or built-up areas: the layer's polygons as they are."""
    layer = getattr(src, name)
    if layer is not None:
        raw = layer_to_raw(layer, within=within)
        if "geometry" not in raw.frame:  # e.g. a SCOT's root folder: its DOC_URBA table
            raise ScanUrbaError(tr(
                "The layer {layer} ({file}) given for {input} has no geometry: choose the "
                "polygon layer itself (for a SCOT, in its Donnees_geographiques folder).",
                layer=layer.name(), file=Path(layer.source().split("|")[0]).name,
                input=tr(INPUT_WORDS[name])))
        setattr(inputs, name, raw.frame[raw.frame["geometry"].notna()])
        _record(records, name, layer.source(), layer.name(), len(getattr(inputs, name)))
