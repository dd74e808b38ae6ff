"""Spread array work over the machine's cores with forked worker processes.

GEOS work dominates a département scan. Threads on shared geometries proved unsafe, so
each worker is a fork: it sees the parent's arrays without copying them, computes its
slice and sends back a pickled result through a pipe, then leaves with os._exit (no Qt or
QGIS clean-up runs in it). Results are identical to a single-process run; any failure in
a worker falls back to computing that slice in the parent.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import pickle  # nosec B403: only our own workers' results (below)
import signal
import sys
import threading
import traceback
import warnings

import numpy as np

from .errors import ScanUrbaError

MIN_ITEMS = 5000  # pieces of work below which forking costs more than it saves
# niceness of a worker that gives way: the main process, on the critical path, gets the
# core first; the worker still runs whenever a core is free
YIELDING_NICE = 5
# Linux only: Windows cannot fork, and macOS forbids a forked QGIS (Cocoa) from doing much
FORK_SAFE = sys.platform.startswith("linux")


FORK_IN_THIS_PROCESS = [True]  # the desktop plugin turns it off while loaded


def forbid_fork(forbidden: bool = True):
    """No worker processes in this process: QGIS desktop draws the map in threads of its own
    at any time, and a fork taken beside them can copy a lock one of them holds."""
    FORK_IN_THIS_PROCESS[0] = not forbidden


def can_fork() -> bool:
    """Fork only from the main thread. A fork copies the locks other threads hold at that
    instant; from a QGIS task thread, the main thread is drawing the map meanwhile (SQLite
    reads of GeoPackages) and a worker that then frees PROJ's SQLite memory waits forever on
    a lock nobody will release (seen in the dock's repeated scans). In a task, the work is
    computed in place, on one core."""
    return FORK_SAFE and FORK_IN_THIS_PROCESS[0] \
        and threading.current_thread() is threading.main_thread()


def workers() -> int:
    """Worker processes to use: SCAN_URBA_WORKERS, else the CPU count (1 disables)."""
    try:
        wanted = int(os.environ.get("SCAN_URBA_WORKERS", "0"))
    except ValueError:
        wanted = 0
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else (os.cpu_count() or 1)
    return max(1, min(wanted or available, available, 8))


def split(weights, parts: int) -> list[np.ndarray]:
    """Contiguous index slices of about equal total weight."""
    weights = np.asarray(weights, dtype=float)
    if parts <= 1 or len(weights) < 2:
        return [np.arange(len(weights))]
    cum = np.cumsum(weights)
    cuts = np.searchsorted(cum, cum[-1] * np.arange(1, parts) / parts)
    bounds = np.unique(np.r_[0, cuts, len(weights)])
    return [np.arange(a, b) for a, b in zip(bounds[:-1], bounds[1:]) if b > a]


class Known:
    """Geometries this process holds before it forks (the plan's tables as QGIS read them,
    say): a worker's result refers to those it returns unchanged by their position here,
    instead of sending them back as WKB (a département's plan: 20 MB, 0.4 s each way).

    The arrays are copied when the job is made (the references, not the geometries), so
    what this process does meanwhile cannot change what a position means. A worker
    recognises them by identity: a fork keeps every object at its address, and these
    copies keep them alive in the worker, so no other object can take that address."""

    def __init__(self, *arrays):
        self.geoms = np.concatenate([np.empty(0, dtype=object)]
                                    + [np.asarray(a, dtype=object) for a in arrays])
        self._position = None

    def positions(self, geoms) -> np.ndarray:
        """(in the worker) The position here of each of ``geoms``, -1 for the others."""
        if self._position is None:
            self._position = {id(g): i for i, g in enumerate(self.geoms) if g is not None}
        find = self._position.get
        return np.fromiter((find(id(g), -1) for g in geoms), dtype=np.int64, count=len(geoms))


NOTHING_KNOWN = Known()


class _Wkb:
    """An array of geometries on its way back from a worker, as WKB: shapely pickles
    geometries one by one, ten times slower than one vectorised WKB conversion. Those the
    parent holds (``known``) travel as their position in it."""

    def __init__(self, geoms, known: Known):
        import shapely

        self.at = known.positions(geoms) if len(known.geoms) else np.full(len(geoms), -1)
        new = self.at < 0
        self.wkb = shapely.to_wkb(geoms[new], output_dimension=3)

    def restore(self, known: Known):
        import shapely

        out = np.empty(len(self.at), dtype=object)
        new = self.at < 0
        out[~new] = known.geoms[self.at[~new]]
        out[new] = shapely.from_wkb(self.wkb)
        return out


def _is_geometry_array(value) -> bool:
    if not isinstance(value, np.ndarray) or value.dtype != object or not len(value):
        return False
    import shapely

    return bool(np.all(shapely.is_geometry(value) | shapely.is_missing(value)))


def _pack(value, known: Known = NOTHING_KNOWN):
    """Geometry arrays (alone, in tuples, lists, dicts or frame columns) as WKB."""
    if type(value) in (tuple, list):  # not subclasses, whose constructors differ
        return type(value)(_pack(v, known) for v in value)
    if type(value) is dict:
        return {k: _pack(v, known) for k, v in value.items()}
    if _is_frame(value):
        return _Frame(value, known)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _Record(value, known)
    return _Wkb(value, known) if _is_geometry_array(value) else value


def _unpack(value, known: Known = NOTHING_KNOWN):
    if type(value) in (tuple, list):
        return type(value)(_unpack(v, known) for v in value)
    if type(value) is dict:
        return {k: _unpack(v, known) for k, v in value.items()}
    return value.restore(known) if isinstance(value, (_Wkb, _Frame, _Record)) else value


def _is_frame(value) -> bool:
    return type(value).__name__ == "DataFrame" and hasattr(value, "columns")


class _Frame:
    """A frame whose geometry-holding columns travel as WKB."""

    def __init__(self, frame, known: Known):
        values = {c: frame[c].to_numpy() for c in frame.columns if frame[c].dtype == object}
        self.columns = {c: _Wkb(v, known) for c, v in values.items() if _is_geometry_array(v)}
        self.frame = frame.drop(columns=list(self.columns))
        self.order = list(frame.columns)

    def restore(self, known: Known):
        frame = self.frame.copy()
        for name, wkb in self.columns.items():
            frame[name] = wkb.restore(known)
        return frame[self.order]


class _Record:
    """A dataclass (a Plan, say) whose fields travel packed."""

    def __init__(self, record, known: Known):
        self.cls = type(record)
        self.fields = {f.name: _pack(getattr(record, f.name), known)
                       for f in dataclasses.fields(record) if f.init}

    def restore(self, known: Known):
        return self.cls(**{name: _unpack(value, known) for name, value in self.fields.items()})


def _spawn(func, arg, alone: bool = False, yielding: bool = False,
           known: Known = NOTHING_KNOWN):
    """Fork a worker computing func(arg); (pid, read end of its pipe). ``alone``: the
    worker does not fork workers of its own (it already shares the cores with this one).
    ``yielding``: the worker gives way to this process (a lower priority) when both want a
    core, for work whose result this process needs only later. ``known``: geometries this
    process holds, sent back by position (Known)."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12+ warns on any fork from a process with other threads (QGIS keeps some).
        # The risk it names is why workers are forked from the main thread only and never in
        # desktop QGIS (can_fork above); left on, it would print beside the CLI's line.
        warnings.filterwarnings("ignore", message=r".*multi-threaded.*fork",
                                category=DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # worker: compute, send, leave without running any clean-up
        code = 1
        try:
            os.close(read_end)
            if alone:
                os.environ["SCAN_URBA_WORKERS"] = "1"
            if yielding:
                os.nice(YIELDING_NICE)
            try:
                data, code = pickle.dumps(_pack(func(arg), known), protocol=pickle.HIGHEST_PROTOCOL), 0
            except ScanUrbaError:  # bad input: computed in place, it says so to the user
                data = pickle.dumps(_Failure(traceback.format_exc(), input_error=True))
            except BaseException:  # noqa: BLE001 - the parent logs it and computes in place
                data = pickle.dumps(_Failure(traceback.format_exc()))
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


class _Failure:
    def __init__(self, text: str, input_error: bool = False):
        self.text, self.input_error = text, input_error


def _collect(pid, read_end, func, arg, known: Known = NOTHING_KNOWN):
    """The worker's result, or func(arg) computed here if the worker failed (logged)."""
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    # unpickled: bytes from our own forked child, through a pipe nobody else holds
    result = pickle.loads(data) if data else _Failure(  # nosec B301
        f"worker ended with status {status}")
    if isinstance(result, _Failure):
        if result.input_error:  # the same clear message, raised here; no bug to log
            return func(arg)
        logging.getLogger("scan_urba").warning("A worker failed; computed in the main process "
                                               "instead.\n%s", result.text)
        return func(arg)
    return _unpack(result, known)


def _kill(pid, read_end):
    os.close(read_end)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def fork_map(func, chunks: list, parallel: bool = True) -> list:
    """[func(chunk) for chunk in chunks], the chunks after the first in forked workers
    (``parallel`` False, or one chunk: all in this process)."""
    if not parallel or len(chunks) < 2 or not can_fork():
        return [func(c) for c in chunks]
    children = [_spawn(func, chunk) for chunk in chunks[1:]]
    try:
        results = [func(chunks[0])]
    except BaseException:  # cancelled or failed: leave no worker behind
        for child in children:
            _kill(*child)
        raise
    return results + [_collect(pid, read_end, func, chunk)
                      for (pid, read_end), chunk in zip(children, chunks[1:])]


class Background:
    """func() computed in a forked worker while this process does something else; use as
    a context manager and call result() inside it. Without fork or a second core, result()
    computes it here. Leaving the block early (cancel, error) kills the worker.

    ``later``: func(receive) instead, where receive() returns, once this process has called
    send(value), that value: a worker can start on what it has and wait, midway, for what
    this process computes meanwhile. The value travels by a file (a pipe's write blocks
    when the worker is not reading yet), its name by the pipe. ``parallel`` False: computed
    here (work too small to pay for a fork). ``yielding``: work this process will not wait
    for, done at a lower priority (_spawn). ``known``: geometries of this process the
    result may hold unchanged (Known)."""

    def __init__(self, func, later: bool = False, parallel: bool = True,
                 yielding: bool = False, known: Known = NOTHING_KNOWN):
        self.func, self.later, self.sent, self.sent_file = func, later, _NOT_SENT, None
        self.known = known
        fork = parallel and can_fork() and workers() > 1
        self.feed = os.pipe() if later and fork else None
        self.child = _spawn(lambda _: self._call(self._receive_in_worker), None, alone=True,
                            yielding=yielding, known=known) if fork else None
        if self.feed is not None:
            os.close(self.feed[0])  # this process only writes to it
            self.feed = self.feed[1]

    def _call(self, receive):
        return self.func(receive) if self.later else self.func()

    def _receive_in_worker(self):
        read_end, _ = self.feed  # in the worker, still both ends
        name = b""
        while not name.endswith(b"\n"):  # up to the newline: other forks hold the write end
            chunk = os.read(read_end, 4096)
            if not chunk:
                raise RuntimeError("Background: the parent closed the feed without sending")
            name += chunk
        path = name[:-1].decode("utf-8")
        try:
            with open(path, "rb") as data:
                return _unpack(pickle.load(data))  # nosec B301: written by our parent
        finally:
            os.unlink(path)

    def _received_here(self):
        if self.sent is _NOT_SENT:
            raise RuntimeError("Background: receive() before send()")
        return self.sent

    def send(self, value) -> None:
        """Give the worker the value its receive() waits for (once)."""
        self.sent = value
        if self.feed is None:
            return
        import tempfile

        handle, self.sent_file = tempfile.mkstemp(prefix="scan_urba_", suffix=".pickle")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(_pack(value), out, protocol=pickle.HIGHEST_PROTOCOL)
        try:  # a short line: written at once, whether the worker reads yet or not
            os.write(self.feed, self.sent_file.encode("utf-8") + b"\n")
        except OSError:  # the worker is gone: result() computes it here
            pass
        self._close_feed()

    def _close_feed(self):
        if self.feed is not None:
            os.close(self.feed)
            self.feed = None

    def result(self):
        if self.child is None:
            return self._call(self._received_here)
        child, self.child = self.child, None
        return _collect(*child, lambda _: self._call(self._received_here), None, self.known)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.child is not None:
            _kill(*self.child)
            self.child = None
        self._close_feed()
        if self.sent_file is not None and os.path.exists(self.sent_file):
            os.unlink(self.sent_file)  # a worker killed or failed before reading it
        return False


_NOT_SENT = object()


def pairwise(func, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """func(left, right) on aligned arrays of geometries, in slices over the cores."""
    chunks = split(np.ones(len(left)), workers())
    parts = fork_map(lambda c: func(left[c], right[c]), chunks,
                     parallel=len(left) >= MIN_ITEMS)
    return np.concatenate([np.empty(0, dtype=object)] + list(parts))


# Jobs started ahead. The command line forks the readers of the text inputs (GraceTHD's CSV
# tables, the antenna files: pandas work) before QGIS starts, when one core waits on the
# other's imports; the scan's reader then takes the running job instead of forking its own.
_AHEAD: dict = {}


def _ahead_key(kind: str, paths) -> tuple:
    return (kind,) + tuple(os.path.realpath(p) if p else "" for p in paths)


def start_ahead(kind: str, paths, job: Background) -> None:
    """Keep the running ``job`` for the reader of ``paths`` (the same files, however named)."""
    _AHEAD[_ahead_key(kind, paths)] = job


def job_ahead(kind: str, paths, make) -> Background:
    """The job started ahead for these ``paths``, else make() (a new Background)."""
    return _AHEAD.pop(_ahead_key(kind, paths), None) or make()


def drop_ahead() -> None:
    """Kill the jobs started ahead that no reader took (other inputs than foreseen)."""
    while _AHEAD:
        _AHEAD.popitem()[1].__exit__(None, None, None)
