"""Paths of the files shipped in resources/ (icons, QML styles)."""
from .about import plugin_file

RESOURCES = plugin_file("resources")


def icon_path(name: str = "scan_urba.svg") -> str:
    return str(RESOURCES / "icons" / name)


def style_path(name: str) -> str:
    return str(RESOURCES / "styles" / f"{name}.qml")
