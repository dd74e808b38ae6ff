"""The atlas's source line: each dataset the maps draw, with its date (plan version, RIP
export, ANFR extraction, works data). A dataset's date is the one its name carries
(« 20171013 », « 2023-01 ») or, failing that, the date its file was last written; a file
that can no longer be read gives « date non connue », never a guess."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .. import french

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
