"""Run-time helpers for bulk work: the cyclic garbage collector paused, constant object arrays."""
import contextlib
import gc

import numpy as np


@contextlib.contextmanager
def cyclic_gc_paused():
    """Pause the cyclic garbage collector during bulk work.

    A scan allocates millions of small containers (rows, tuples, geometry wrappers); each
    full collection then walks the whole heap, so the cost grew faster than the data (the
    région's GeoPackage writing took 11× the département's for 6× the rows). Reference
    counting still frees memory as usual; only reference cycles wait for the end.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def constant(n: int, value) -> np.ndarray:
    """An object array holding ``value`` n times, by reference. np.full(n, text,
    dtype=object) goes through a fixed-width string array and builds n copies of the text:
    4.5 s and gigabytes for the list of 978 communes of a région on 681,000 rows."""
    out = np.empty(n, dtype=object)
    out[:] = value
    return out
