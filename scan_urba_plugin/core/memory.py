"""Bulk work and Python's cyclic garbage collector."""
import contextlib
import gc


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
