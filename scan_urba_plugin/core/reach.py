"""What lies within reach of lines: the served pieces and shares of zones (L151-39).

Everything runs on arrays through bulk STRtree queries; no buffer of the whole network is
ever dissolved: the routes are buffered tile by tile, and each zone is cut by the reach of
the tiles it overlaps.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from .geometry import first_rows, line_parts, polygonal, repaired
from .parallel import MIN_ITEMS, fork_map, split, workers
from .vocabulary import GeometryType, is_type

QUAD_SEGS = 4  # arc precision of buffers (the native chain of the benchmark uses the same)


def merged_lines(parts, groups) -> tuple[np.ndarray, np.ndarray]:
    """(lines, group of each): the same ground as the LineStrings ``parts`` of each group
    in fewer, longer LineStrings.

    Duplicated segments (several routes in one street) are dropped and end-to-end pieces
    joined: a buffer's cost grows with how many offset curves cross each other, so this
    makes the buffers below several times cheaper without changing the area they cover.
    Done per tile (the groups), in the workers: merged once for the whole network, it was
    a tenth of the served shares' time, on one core."""
    if not len(parts):
        return parts, groups
    keep = np.zeros(len(parts), dtype=bool)
    # segments (two points, most routes) compare by their group and ends, either direction
    two = np.flatnonzero(shapely.get_num_coordinates(parts) == 2)
    ends = shapely.get_coordinates(parts[two]).reshape(-1, 4)
    flip = (ends[:, 0] > ends[:, 2]) | ((ends[:, 0] == ends[:, 2]) & (ends[:, 1] > ends[:, 3]))
    ends[flip] = ends[flip][:, [2, 3, 0, 1]]
    keep[two[first_rows(np.c_[groups[two], ends])]] = True
    longer = np.setdiff1d(np.arange(len(parts)), two)
    wkb = np.asarray(shapely.to_wkb(shapely.normalize(parts[longer]), output_dimension=3),
                     dtype=object)
    first = ~pd.DataFrame({"g": groups[longer], "w": wkb}).duplicated().to_numpy()
    keep[longer[first]] = True
    parts, groups = parts[keep], groups[keep]
    order = np.argsort(groups, kind="stable")
    named, compact = np.unique(groups[order], return_inverse=True)
    merged = shapely.line_merge(shapely.multilinestrings(parts[order], indices=compact))
    lines, of = shapely.get_parts(merged, return_index=True)
    ok = is_type(lines, GeometryType.LINESTRING) & ~shapely.is_empty(lines)
    return lines[ok], named[of[ok]]


def _clipped_to_boxes(lines, boxes) -> np.ndarray:
    """Each line cut to its box; lines already inside their box are kept as they are.

    Cutting is only an economy: the parts outside a box cannot reach its tile, so a cut
    that GEOS collapses (a line folding back on itself may come out as a point) falls back
    to the whole line."""
    lb, bb = shapely.bounds(lines), shapely.bounds(boxes)
    out = lines.copy()
    over = ((lb[:, 0] < bb[:, 0]) | (lb[:, 1] < bb[:, 1]) | (lb[:, 2] > bb[:, 2])
            | (lb[:, 3] > bb[:, 3]))
    cut = shapely.intersection(lines[over], boxes[over])
    out[over] = np.where(shapely.length(cut) > 0, cut, lines[over])
    return out


# m: side of the grid tiles the reach of the lines is computed in, and its least multiple of
# the distance. Measured on the bench's département (100 m, 170,000 routes): 1 km tiles
# 5.5 s CPU, 4 km 4.3 s, 8 km 4.4 s, 16 km 5.0 s; below, every line near a tile border is
# buffered twice; above, GEOS nodes ever larger offset curves at once.
TILE, TILE_DISTANCES = 4000.0, 40


class Pieces:
    """The served parts of the zones, in pieces that never overlap: ``piece[k]`` lies in
    zone ``zone[k]``. A zone's served area is the sum of its pieces' areas."""

    def __init__(self, zone, piece, n_zones: int):
        self.zone, self.piece, self.n_zones = zone, piece, n_zones

    def areas(self) -> np.ndarray:
        """Served area of each zone."""
        return np.bincount(self.zone, weights=shapely.area(self.piece), minlength=self.n_zones)

    def union_areas(self, other: Pieces, only) -> np.ndarray:
        """Area of each zone of ``only`` within reach of one or the other: both areas less
        what they share (each side's pieces are disjoint, so pairs of pieces add up)."""
        wanted = np.zeros(self.n_zones, dtype=bool)
        wanted[only] = True
        a, b = np.flatnonzero(wanted[self.zone]), np.flatnonzero(wanted[other.zone])
        i, j = shapely.STRtree(other.piece[b]).query(self.piece[a], predicate="intersects")
        i, j = a[i], b[j]
        same = self.zone[i] == other.zone[j]
        i, j = i[same], j[same]
        common = np.bincount(self.zone[i], minlength=self.n_zones,
                             weights=shapely.area(shapely.intersection(self.piece[i],
                                                                       other.piece[j])))
        return (self.areas() + other.areas() - common)[only]


def _grid(zones, size: float) -> np.ndarray:
    """Square tiles of ``size`` from the zones' lower-left corner, covering them. Anchored on
    the data, not on the coordinates: moving a plan moves its tiles with it, and the cuts
    (which decide where GEOS approximates arcs) stay the same."""
    x0, y0, x1, y1 = shapely.total_bounds(zones)
    xs = x0 + np.arange(np.floor((x1 - x0) / size) + 1) * size
    ys = y0 + np.arange(np.floor((y1 - y0) / size) + 1) * size
    gx, gy = (g.ravel() for g in np.meshgrid(xs, ys))
    return shapely.box(gx, gy, gx + size, gy + size)


def served_pieces(zone_geoms, lines, distance: float, quad_segs: int = QUAD_SEGS) -> Pieces:
    """The parts of each zone lying within ``distance`` of any of ``lines``.

    The reach of the lines is built tile by tile (the lines near a tile, cut to it grown by
    ``distance``, buffered once), then each zone is cut by the reach of the tiles it
    overlaps. A line is thus buffered about once, not once per zone around it, and the
    tiles are shared out between the cores (forked workers)."""
    zones = polygonal(repaired(np.asarray(zone_geoms, dtype=object)))
    lines = line_parts(lines)
    nothing = np.empty(0, dtype=int)
    present = ~shapely.is_missing(zones) & ~shapely.is_empty(zones)
    if not len(lines) or not present.any():
        return Pieces(nothing, np.empty(0, dtype=object), len(zones))
    tiles = _grid(zones[present], max(TILE, TILE_DISTANCES * distance))
    t_of_z, z_of_t = shapely.STRtree(zones).query(tiles, predicate="intersects")
    grown = shapely.buffer(tiles, distance, quad_segs=1, join_style="mitre")
    t_of_l, l_of_t = shapely.STRtree(lines).query(grown, predicate="intersects")
    keep = np.isin(t_of_l, t_of_z)
    t_of_l, l_of_t = t_of_l[keep], l_of_t[keep]
    weight = np.bincount(t_of_l, minlength=len(tiles)) + np.bincount(t_of_z, minlength=len(tiles))
    chunks = split(weight, workers())
    parallel = len(t_of_l) + len(t_of_z) >= MIN_ITEMS
    tiling = _Tiling(zones, tiles, grown, lines, distance, quad_segs)

    def work(chunk):
        lo, hi = chunk[0], chunk[-1] + 1  # the pairs come sorted by tile
        sl = slice(*np.searchsorted(t_of_l, [lo, hi]))
        sz = slice(*np.searchsorted(t_of_z, [lo, hi]))
        return _tile_pieces(tiling, t_of_l[sl], l_of_t[sl], t_of_z[sz], z_of_t[sz])

    parts = fork_map(work, chunks, parallel=parallel)
    return Pieces(np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
                  len(zones))


@dataclass(frozen=True)
class _Tiling:
    """The arrays every worker of served_pieces reads (the tiles' pairs are its slice)."""

    zones: np.ndarray
    tiles: np.ndarray
    grown: np.ndarray     # each tile grown by the distance
    lines: np.ndarray
    distance: float
    quad_segs: int


def _tile_pieces(tiling: _Tiling, t_of_l, l_of_t, t_of_z, z_of_t):
    """(zone, piece) for the tiles of one worker."""
    zones, tiles, distance = tiling.zones, tiling.tiles, tiling.distance
    merged, tile_of = merged_lines(tiling.lines[l_of_t], t_of_l)
    clipped = _clipped_to_boxes(merged, tiling.grown[tile_of])
    lines, line_of = shapely.get_parts(clipped, return_index=True)
    keep = is_type(lines, GeometryType.LINESTRING) & ~shapely.is_empty(lines)
    lines, groups = lines[keep], tile_of[line_of[keep]]
    order = np.argsort(groups, kind="stable")
    reached, compact = np.unique(groups[order], return_inverse=True)
    if not len(reached):
        return np.empty(0, dtype=int), np.empty(0, dtype=object)
    multi = shapely.multilinestrings(lines[order], indices=compact)
    reach = shapely.intersection(shapely.buffer(multi, distance, quad_segs=tiling.quad_segs),
                                 tiles[reached])
    # a reach cut into its polygons: a zone meets the few it overlaps, and GEOS intersects
    # each with a small polygon, not with a tile's many scattered ones
    parts = shapely.get_parts(reach)
    candidates = np.unique(z_of_t)
    z_idx, p_idx = shapely.STRtree(parts).query(zones[candidates], predicate="intersects")
    zone = candidates[z_idx]
    # a zone wholly inside a reach polygon is its own piece (on prepared polygons, the test
    # costs a twentieth of the intersection it saves)
    shapely.prepare(parts)
    inside = shapely.contains_properly(parts[p_idx], zones[zone])
    piece = zones[zone]
    cut = np.flatnonzero(~inside)
    piece[cut] = polygonal(shapely.intersection(piece[cut], parts[p_idx[cut]]))
    found = ~shapely.is_empty(piece) & (shapely.area(piece) > 0)
    return zone[found], piece[found]


def area_share(served_area, zone_geoms) -> np.ndarray:
    """Served area over the area of each zone, in [0, 1] (0 for a zone without area)."""
    area = shapely.area(polygonal(repaired(np.asarray(zone_geoms, dtype=object))))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(area > 0, np.asarray(served_area, dtype=float) / area, 0.0)
    return np.clip(np.nan_to_num(out), 0.0, 1.0)


def served_share(zone_geoms, lines, distance: float, quad_segs: int = QUAD_SEGS) -> np.ndarray:
    """Share of each zone's area lying within ``distance`` of any of ``lines``."""
    return area_share(served_pieces(zone_geoms, lines, distance, quad_segs).areas(), zone_geoms)
