"""Zip archives read or written by the plugin: refuse entries that would escape the archive.

One check for every zip the plugin opens (plans, networks, downloads from the Géoportail de
l'Urbanisme): an entry named ``../x``, ``/x`` or ``C:x`` is a zip-slip and the whole archive is
refused, never partly read.
"""
from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from .errors import ScanUrbaError
from .i18n import tr


def safe_zip_members(path: Path, label=None) -> list[str]:
    """Entry names of a zip, refusing any that would escape the archive's folder (``label``
    names the archive in messages when its path is a temporary file)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except zipfile.BadZipFile as exc:
        raise ScanUrbaError(tr("{path} is not a readable zip archive ({error}).",
                               path=label or path, error=exc)) from exc
    for name in names:
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise ScanUrbaError(tr("Zip {path} was refused: entry “{name}” points outside the "
                                   "archive.", path=label or path, name=name))
    return names
