"""Plugin identity, read once from metadata.txt (no QGIS import).

metadata.txt is a source at the repository's top level, linked into the plugin folder by
`make` (and copied into the zip): read here from the plugin folder, else from the clone."""
import configparser
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def metadata() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(plugin_file("metadata.txt"), encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata()["version"]


def plugin_file(name: str) -> Path:
    """A file of the plugin folder (an installed plugin), else the clone's top-level source
    (a clone where `make` has not linked it yet)."""
    here = Path(__file__).resolve().parent
    inside = here / name
    return inside if inside.exists() else here.parent / name
