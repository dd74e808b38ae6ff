"""Forked workers give exactly the single-process results; the collector pause is scoped."""
import os

import numpy as np
import shapely

from scan_urba_plugin.core import parallel, reach


def grid(n=60, step=300.0):
    xs, ys = np.meshgrid(np.arange(n) * step, np.arange(n) * step)
    zones = shapely.box(xs.ravel(), ys.ravel(), xs.ravel() + step, ys.ravel() + step)
    streets = [shapely.LineString([(0, y), (n * step, y)]) for y in np.arange(0, n, 3) * step]
    streets += [shapely.LineString([(x, 0), (x, n * step)]) for x in np.arange(1, n, 4) * step]
    return zones, np.array(streets, dtype=object)


def test_fork_map_runs_chunks_in_workers_and_keeps_their_order():
    chunks = parallel.split(np.ones(10), 3)
    assert [len(c) for c in chunks] == [3, 3, 4]
    pids = parallel.fork_map(lambda c: (os.getpid(), c.tolist()), chunks)
    assert [c for _, c in pids] == [c.tolist() for c in chunks]
    assert pids[0][0] == os.getpid() and all(p != os.getpid() for p, _ in pids[1:])


def test_a_failing_worker_is_recomputed_in_the_parent():
    parent = os.getpid()

    def fragile(chunk):
        if os.getpid() != parent:
            raise RuntimeError("worker lost")
        return chunk.sum()

    assert parallel.fork_map(fragile, [np.arange(3), np.arange(3, 6)]) == [3, 12]


def test_served_share_is_the_same_with_one_or_two_workers(monkeypatch):
    zones, streets = grid()
    monkeypatch.setenv("SCAN_URBA_WORKERS", "1")
    one = reach.served_share(zones, streets, 100.0)
    monkeypatch.setenv("SCAN_URBA_WORKERS", "2")
    monkeypatch.setattr(parallel, "workers", lambda: 2)  # even on a one-core runner
    monkeypatch.setattr(reach, "workers", lambda: 2)
    two = reach.served_share(zones, streets, 100.0)
    assert len(zones) == 3600 and np.array_equal(one, two)
    assert 0 < one.mean() < one.max() <= 1


def test_the_collector_pause_restores_the_previous_state_even_on_error():
    import gc

    import pytest

    from scan_urba_plugin.core.runtime import cyclic_gc_paused

    assert gc.isenabled()
    with pytest.raises(ValueError), cyclic_gc_paused():
        assert not gc.isenabled()
        raise ValueError("cancelled")
    assert gc.isenabled()
    gc.disable()
    try:
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()  # a caller that had paused it keeps it paused
    finally:
        gc.enable()


def test_geometries_come_back_from_a_worker_unchanged():
    geoms = np.array([shapely.Point(1, 2), None, shapely.LineString(), shapely.Polygon(),
                      shapely.from_wkt("LINESTRING Z (0 0 1, 1 1 2)")], dtype=object)
    back = parallel.fork_map(lambda c: (c, geoms[c], [geoms[c]]), [np.arange(1), np.arange(1, 5)])
    assert [r[0].tolist() for r in back] == [[0], [1, 2, 3, 4]]
    out = np.concatenate([r[1] for r in back])
    assert out[1] is None and shapely.equals_exact(out[[0, 2, 3, 4]], geoms[[0, 2, 3, 4]]).all()
    assert shapely.has_z(out[4]) and isinstance(back[1][2], list)


def test_frames_in_a_dict_come_back_from_a_background_worker_unchanged():
    import pandas as pd

    frame = pd.DataFrame({"k": ["a", "b", None], "n": [1, 2, 3],
                          "geometry": [shapely.Point(0, 1), None, shapely.box(0, 0, 1, 1)],
                          "shared": [None, None, None]}, index=[5, 6, 7])
    with parallel.Background(lambda: {"t": frame, "pid": os.getpid()}) as job:
        back = job.result()
    assert back["pid"] != os.getpid() or not parallel.FORK_SAFE or parallel.workers() == 1
    assert list(back["t"].columns) == list(frame.columns)
    assert back["t"].drop(columns="geometry").equals(frame.drop(columns="geometry"))
    assert back["t"]["geometry"].iloc[1] is None
    assert shapely.equals(back["t"]["geometry"].iloc[2], frame["geometry"].iloc[2])


def test_geometries_the_parent_holds_come_back_as_themselves_the_others_as_copies():
    """A worker returns geometries the parent already holds (Known) by their position: the
    parent gets its very objects back, in place, beside new ones, None and geometries of
    an array the parent changed after the fork (the job's copy keeps what it held)."""
    import pandas as pd

    held = np.array([shapely.box(0, 0, 1, 1), shapely.Point(3, 4), None,
                     shapely.from_wkt("LINESTRING Z (0 0 1, 1 1 2)")], dtype=object)
    other = np.array([shapely.Point(9, 9)], dtype=object)
    known = parallel.Known(held, other)
    original = held.copy()

    def work():
        new = shapely.Point(5, 6)
        return {"frame": pd.DataFrame({"geometry": [held[3], new, None, other[0], held[0]]}),
                "array": np.array([held[1], shapely.box(0, 0, 1, 1)], dtype=object),
                "pid": os.getpid()}

    packed = parallel._pack(work(), known)  # only the new point and None as WKB
    assert packed["frame"].columns["geometry"].wkb.tolist()[1:] == [None]
    with parallel.Background(work, known=known) as job:
        held[0] = shapely.Point(7, 7)  # the parent moves on; the job still means the box
        back = job.result()
    got = back["frame"]["geometry"].to_numpy()
    assert got[0] is original[3] and got[3] is other[0] and got[4] is original[0]
    assert got[2] is None and shapely.equals(got[1], shapely.Point(5, 6))
    assert back["array"][0] is original[1]
    assert back["array"][1] is not original[0] and shapely.equals(back["array"][1], original[0])
    assert back["pid"] != os.getpid() or not parallel.FORK_SAFE or parallel.workers() == 1


def test_leaving_a_background_block_early_kills_its_worker():
    import time

    import pytest

    with pytest.raises(RuntimeError), parallel.Background(lambda: time.sleep(30)) as job:
        child = job.child
        raise RuntimeError("cancelled")
    if child is not None:
        with pytest.raises(ProcessLookupError):
            os.kill(child[0], 0)


def test_a_job_started_ahead_goes_to_the_reader_of_the_same_files(tmp_path):
    """The command line starts a reader before QGIS starts: the scan's reader of the same
    files (however the path is written) takes that running job; a reader of other files
    makes its own; a job nobody took is killed when the command ends."""
    import time

    (tmp_path / "gracethd").mkdir()
    ahead = parallel.Background(lambda: os.getpid())
    parallel.start_ahead("gracethd csv", [tmp_path / "gracethd"], ahead)
    unused = parallel.Background(lambda: time.sleep(30))
    parallel.start_ahead("antennas", [tmp_path / "anfr", None, None], unused)
    made = []
    job = parallel.job_ahead("gracethd csv", [f"{tmp_path}/x/../gracethd"],
                             lambda: made.append(1))
    assert job is ahead and not made
    with job:
        forked = job.child is not None
        worker = job.result()
    assert (worker != os.getpid()) == forked  # computed in the worker started ahead
    other = parallel.job_ahead("antennas", [tmp_path / "anfr2", None, None],
                               lambda: parallel.Background(lambda: "own"))
    with other:
        assert other.result() == "own"
    child = unused.child
    parallel.drop_ahead()
    assert parallel._AHEAD == {}
    if child is not None:
        import pytest

        with pytest.raises(ProcessLookupError):
            os.kill(child[0], 0)


def test_a_plan_with_its_finding_list_comes_back_whole(caplog):
    import pandas as pd

    from scan_urba_plugin.core.model import FindingList, Plan

    findings = FindingList("CNIG", "06088", "06088_PLU_20240101")
    findings.add("cnig.zone_gap", "non_conformite", "gap", "ZONE_URBA",
                 geometry=shapely.box(0, 0, 1, 1))
    plan = Plan(model="PLU", doc_type="PLU", idurba="06088_PLU_20240101",
                tables={"ZONE_URBA": pd.DataFrame({"LIBELLE": ["UA"],
                                                   "geometry": [shapely.box(0, 0, 5, 5)]})},
                findings=findings)
    with parallel.Background(lambda: plan) as job:
        back = job.result()
    assert "failed" not in caplog.text  # sent back by the worker, not recomputed
    assert isinstance(back.findings, FindingList) and back.findings.article == "CNIG"
    assert back.findings[0].geometry.area == 1
    assert back.tables["ZONE_URBA"]["geometry"].iloc[0].area == 25


def test_a_worker_error_is_logged_and_the_work_done_in_place(caplog):
    parent = os.getpid()

    def fragile():
        if os.getpid() != parent:
            raise RuntimeError("no GDAL here")
        return 42

    with parallel.Background(fragile) as job:
        assert job.result() == 42
    if parallel.FORK_SAFE and parallel.workers() > 1:
        assert "no GDAL here" in caplog.text


def test_a_bad_input_found_in_a_worker_is_the_users_message_not_a_logged_failure(caplog):
    """A ScanUrbaError (a file the user gave cannot be read) is raised as it is, with no
    "worker failed" warning and traceback in the log: there is no bug to report."""
    import pytest

    from scan_urba_plugin.core.errors import ScanUrbaError

    def read():
        raise ScanUrbaError("t_conduite.csv: fields are not separated by “;”.")

    with pytest.raises(ScanUrbaError, match="not separated"), \
            parallel.Background(read) as job:
        job.result()
    assert "worker failed" not in caplog.text and "Traceback" not in caplog.text


def test_a_background_worker_waits_midway_for_what_the_parent_sends():
    """``later``: the worker starts on what it has, then receives what this process
    computed meanwhile (run_scan's trench worker gets the needs the rules found). A frame
    with geometries travels whole; the file it travelled by is gone afterwards."""
    import glob
    import tempfile

    import pandas as pd

    parent = os.getpid()
    sent = pd.DataFrame({"need": ["zone_non_desservie"], "geometry": [shapely.box(0, 0, 2, 3)]})
    before = set(glob.glob(os.path.join(tempfile.gettempdir(), "scan_urba_*.pickle")))

    def work(receive):
        first = os.getpid()  # computed before the parent sends anything
        got = receive()
        return first, float(got["geometry"].iloc[0].area), list(got["need"])

    with parallel.Background(work, later=True) as job:
        job.send(sent)
        pid, area, need = job.result()
    assert (area, need) == (6.0, ["zone_non_desservie"])
    forked = parallel.FORK_SAFE and parallel.workers() > 1
    assert (pid != parent) is forked
    assert set(glob.glob(os.path.join(tempfile.gettempdir(), "scan_urba_*.pickle"))) == before


def test_a_later_worker_that_fails_is_computed_in_place_with_the_value_sent(caplog):
    parent = os.getpid()

    def fragile(receive):
        value = receive()
        if os.getpid() != parent:
            raise RuntimeError("worker lost")
        return value * 2

    with parallel.Background(fragile, later=True) as job:
        job.send(21)
        assert job.result() == 42


def test_a_later_worker_killed_before_it_reads_leaves_no_file(tmp_path, monkeypatch):
    import glob
    import time

    import pytest

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def slow(receive):
        time.sleep(30)
        return receive()

    with pytest.raises(RuntimeError), parallel.Background(slow, later=True) as job:
        job.send(list(range(10)))
        raise RuntimeError("cancelled")
    assert glob.glob(str(tmp_path / "scan_urba_*.pickle")) == []


def test_lines_are_merged_tile_by_tile_duplicates_dropped_within_a_tile_only():
    """merged_lines per group (a tile): a segment repeated or reversed in one tile is kept
    once, the same segment in two tiles stays in both, end-to-end pieces join within a
    tile; the served share is the one of the raw routes."""
    seg = shapely.LineString([(0, 0), (10, 0)])
    parts = np.array([seg, shapely.LineString([(10, 0), (0, 0)]), seg,
                      shapely.LineString([(10, 0), (20, 0)]),
                      shapely.LineString([(20, 0), (20, 5), (30, 5)]),
                      shapely.LineString([(30, 5), (20, 5), (20, 0)]),
                      seg], dtype=object)
    groups = np.array([0, 0, 0, 0, 0, 0, 1])
    lines, of = reach.merged_lines(parts, groups)
    assert sorted(of.tolist()) == [0, 1]
    assert shapely.length(lines[of == 0]).tolist() == [35.0]  # 0-10-20, then 20 → (30, 5)
    assert shapely.length(lines[of == 1]).tolist() == [10.0]
    zones, streets = grid(20)
    raw = reach.served_share(zones, np.concatenate([streets, streets[::-1]]), 100.0)
    assert np.allclose(raw, reach.served_share(zones, streets, 100.0), atol=1e-12)
