"""Keep the .ts files complete.

English is the source language: the EN file gets each source text of ours as its
translation; Qt's own words (translation.QT_WORDS, under Qt's contexts) stay untranslated
there, so that Qt's own translator keeps them in a German or Italian QGIS. The FR file is
written by hand; this lists any message still unfinished, or whose translation does not carry
the same {placeholders} as its source, and fails on it.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def placeholders(text) -> list[str]:
    return sorted(re.findall(r"\{[A-Za-z_0-9]*\}", text or ""))


def process(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for context in tree.iter("context"):
        ours = context.findtext("name") == "@default"
        for message in context.iter("message"):
            missing += check(path, message, ours)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def check(path: Path, message, ours: bool) -> list[str]:
    """Fill an EN message; the source of an FR message left untranslated, if it is."""
    source = message.findtext("source")
    translation = message.find("translation")
    if translation.get("type") == "obsolete":
        return []
    if path.stem.endswith("_en"):
        translation.text = source if ours else None
        if ours:
            translation.attrib.pop("type", None)
        else:  # left out by lrelease: Qt's own translator answers
            translation.set("type", "unfinished")
        return []
    if translation.get("type") == "unfinished" or not (translation.text or "").strip():
        return [source]
    if placeholders(translation.text) != placeholders(source):
        return [f"{source} (placeholders differ: {translation.text!r})"]
    return []


if __name__ == "__main__":
    problems = {p: process(Path(p)) for p in sys.argv[1:]}
    for path, missing in problems.items():
        for source in missing:
            print(f"{path}: untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if any(problems.values()) else 0)
