"""Plugin identity, read once from metadata.txt (no QGIS import)."""
import configparser
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def metadata() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(Path(__file__).with_name("metadata.txt"), encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata()["version"]
