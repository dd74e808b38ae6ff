"""Atomic output files: write to a temporary sibling, then move into place.

A failure or a cancel leaves neither a half-written file nor a changed existing output.
"""
import contextlib
import os
import tempfile
from pathlib import Path

from .errors import ScanUrbaError
from .i18n import tr


def check_destination(path, overwrite: bool) -> Path:
    path = Path(path)
    if path.exists() and not overwrite:
        raise ScanUrbaError(tr("{path} already exists: choose another file, or tick « Replace "
                               "result files that already exist » (--overwrite on the command "
                               "line).", path=path))
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def atomic_path(path, overwrite: bool = False):
    """Yield a temporary path next to ``path``; on success it replaces ``path``."""
    path = check_destination(path, overwrite)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}",
                               dir=path.parent)
    os.close(fd)
    os.unlink(tmp)  # writers (GDAL) want to create the file themselves
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    finally:
        for leftover in Path(tmp).parent.glob(Path(tmp).name + "*"):
            leftover.unlink()


def write_text(path, text: str, overwrite: bool = False):
    with atomic_path(path, overwrite) as tmp:
        tmp.write_text(text, encoding="utf-8")
