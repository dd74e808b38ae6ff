"""Keep the .ts files complete.

English is the source language: the EN file gets each source text as its translation.
The FR file is written by hand; this lists any message still unfinished, or whose
translation does not carry the same {placeholders} as its source, and fails on it.
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
        elif placeholders(translation.text) != placeholders(source):
            missing.append(f"{source} (placeholders differ: {translation.text!r})")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    problems = {p: process(Path(p)) for p in sys.argv[1:]}
    for path, missing in problems.items():
        for source in missing:
            print(f"{path}: untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if any(problems.values()) else 0)
