"""The threaded helper gives exactly what the plain call gives, in order."""
import numpy as np
import shapely

from scan_urba_plugin.core import geometry
from scan_urba_plugin.core.geometry import in_parallel
from scan_urba_plugin.core.service import served_share


def test_in_parallel_matches_plain_call_in_order():
    pts = shapely.points(np.arange(5000.0), np.zeros(5000))
    plain = shapely.area(shapely.buffer(pts, np.arange(5000) % 7 + 1.0))
    threaded = shapely.area(in_parallel(shapely.buffer, pts, np.arange(5000) % 7 + 1.0))
    assert np.array_equal(plain, threaded)


def test_served_share_same_with_and_without_threads(monkeypatch):
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 5000, 3000), rng.uniform(0, 5000, 3000)
    zones = shapely.box(x, y, x + 80, y + 60)
    lines = shapely.linestrings([[[a, b], [a + 300, b + 40]] for a, b in
                                 zip(rng.uniform(0, 5000, 800), rng.uniform(0, 5000, 800))])
    threaded = served_share(zones, lines, 50.0)
    monkeypatch.setattr(geometry, "PARALLEL_MIN", 10**9)
    plain = served_share(zones, lines, 50.0)
    assert np.allclose(threaded, plain, atol=1e-12)
    assert 0.2 < (threaded > 0).mean() < 1.0  # a mix of served and unserved zones
