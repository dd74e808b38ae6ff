"""The atlas's source line: each dataset the maps draw, with its date (plan version, RIP
export, ANFR extraction, works data). A dataset's date is the one its name carries
(« 20171013 », « 2023-01 ») or, failing that, the date its file was last written; a file
that can no longer be read gives « date non connue », never a guess."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from .. import french
from ..perimeter import LAYERS, distance_text

# What each input is called on a map's source line (the order of the line).
SOURCES = ("plan", "gracethd", "anfr", "works")
_FULL = re.compile(r"(?<!\d)((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")
_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d-])")


def name_date(path: str) -> tuple[dt.date, bool] | None:
    """(date, whole date?) written in the last parts of a path, the file's name first."""
    for part in reversed(Path(str(path)).parts[-3:]):
        full = _FULL.search(part)
        if full:
            try:
                return dt.date(*map(int, full.groups())), True
            except ValueError:
                continue
        month = _MONTH.search(part)
        if month:
            return dt.date(int(month.group(1)), int(month.group(2)), 1), False
    return None


def dataset_date(path: str) -> str:
    """« 13 octobre 2017 », « janvier 2023 », or "" when neither the name nor the file
    tells."""
    found = name_date(path)
    if found is not None:
        day, whole = found
        return french.date(day) if whole else f"{french.MONTHS[day.month - 1]} {day.year}"
    try:
        written = Path(str(path)).stat().st_mtime
    except (OSError, ValueError):
        return ""
    return french.date(dt.date.fromtimestamp(written))


# the scan inputs behind each input the perimeter sets aside (perimeter.COVERED)
SET_ASIDE_INPUTS = {"network": ("gracethd",), "antennas": ("anfr", "arcep"), "works": ("works",),
                    "aerial": ("aerial",), "rip_zoning": ("rip_zoning",)}
_LAYER_INPUT = {layer: name for name, layer in LAYERS.items()}


def set_aside(findings: pd.DataFrame | None) -> dict:
    """{scan input (gracethd, anfr…): its distance from the plan in m} of the inputs the scan
    set aside because they do not cover the plan (perimetre.hors_plan findings): no rule
    read them, so no document may name them as data used."""
    if findings is None or not len(findings) or "rule_id" not in findings:
        return {}
    rows = findings[findings["rule_id"] == "perimetre.hors_plan"]
    out = {}
    for layer, metres in zip(rows.get("source_layer", []), rows.get("metric", [])):
        for kind in SET_ASIDE_INPUTS.get(_LAYER_INPUT.get(str(layer), ""), ()):
            out[kind] = float(metres) if pd.notna(metres) else float("nan")
    return out


def set_aside_sentences(inputs: list, findings, t: dict) -> list[str]:
    """« Le fichier GraceTHD fourni ne recouvre pas le plan (il en est à 379 km) : il n'a pas
    été utilisé. », one per input given and set aside."""
    given = {item.get("input", "") for item in inputs}
    words = t["data_set_aside"]
    out = []
    for kind, metres in set_aside(findings).items():
        if kind in given and kind in words:
            distance = distance_text(metres) if metres == metres else words["unmeasured"]
            out.append(words[kind].format(distance=distance))
    return out


def used_inputs(inputs: list, findings) -> list:
    """The input records of the data the scan actually used (those set aside removed)."""
    aside = set_aside(findings)
    return [item for item in inputs if item.get("input", "") not in aside]


def source_line(inputs: list, t: dict, plan_date=None, basemap: str = "") -> str:
    """« Sources : document d'urbanisme (standard CNIG), version du 13 octobre 2017 ;
    réseau d'initiative publique (GraceTHD), export du … ; … » from the scan's input
    records (the first of each kind)."""
    words = t["atlas"]["sources"]
    first = {}
    for item in inputs:
        kind = item.get("input", "")
        if kind in SOURCES and kind not in first:
            first[kind] = item.get("path", "")
    parts = []
    for kind in SOURCES:
        if kind not in first and not (kind == "plan" and plan_date):
            continue
        when = french.date(plan_date) if kind == "plan" and plan_date else \
            dataset_date(first.get(kind, ""))
        what, dated = words[kind]
        parts.append(f"{what}, {dated.format(date=when) if when else words['unknown']}")
    if basemap:
        parts.append(words["basemap"].format(name=basemap))
    return words["line"].format(items=" ; ".join(parts)) if parts else ""
