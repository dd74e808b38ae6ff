"""Keep the .ts files complete.

English is the source language: the EN file gets each source text as its translation.
The FR file is written by hand; this lists any message still unfinished and fails on it.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def process(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") == "obsolete":
            continue
        if path.stem.endswith("_en"):
            translation.text = source
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    problems = {p: process(Path(p)) for p in sys.argv[1:]}
    for path, missing in problems.items():
        for source in missing:
            print(f"{path}: untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if any(problems.values()) else 0)
