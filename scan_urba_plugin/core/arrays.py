"""Small array helpers."""
import numpy as np


def constant(n: int, value) -> np.ndarray:
    """An object array holding ``value`` n times, by reference. np.full(n, text,
    dtype=object) goes through a fixed-width string array and builds n copies of the text:
    4.5 s and gigabytes for the list of 978 communes of a région on 681,000 rows."""
    out = np.empty(n, dtype=object)
    out[:] = value
    return out
