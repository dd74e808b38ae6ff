"""The atlas's source line: each dataset the maps draw, with its date (plan version, RIP
export, ANFR extraction, works data). A dataset's date is one the data carries: the one its
name carries (« 20171013 », « 2023-01 »), else the latest creation or update date of a
GraceTHD's objects (``*_creadat``, ``*_majdate``). The date a file was last written on this
computer is no date of the data (a copy is written today): it is given as the file's, with
« date … non indiquée »; a file that can no longer be read gives « date non connue »."""
from __future__ import annotations

import datetime as dt
import re
from contextlib import closing
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


# GraceTHD's creation and update dates of each object (t_ptech.pt_majdate, …)
_STAMP = re.compile(r"^[a-z]{2}_(?:creadat|majdate)$", re.IGNORECASE)


def _latest(values) -> dt.date | None:
    """The latest of date texts, none after today (a typo is no date of the data)."""
    # GraceTHD writes ISO dates (« 2015-06-02 11:59:00 »): the day is the first ten characters
    days = pd.to_datetime(pd.Series(list(values), dtype=str).str[:10], format="%Y-%m-%d",
                          errors="coerce").dropna()
    days = days[days.dt.date <= dt.date.today()]
    return days.max().date() if len(days) else None


def _csv_stamps(folder: Path) -> list:
    values = []
    for csv in sorted(folder.glob("t_*.csv")):
        try:
            frame = pd.read_csv(csv, sep=";", dtype=str, usecols=lambda c: bool(_STAMP.match(c)),
                                encoding="utf-8", encoding_errors="replace")
        except (OSError, ValueError, pd.errors.ParserError):
            continue
        values += [v for column in frame for v in frame[column].dropna()]
    return values


def _gpkg_stamps(path: Path) -> list:
    import sqlite3

    values = []
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            tables = [r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't\\_%' "
                "ESCAPE '\\'")]
            for table in tables:
                columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
                for column in filter(_STAMP.match, columns):
                    # names read from the file's own schema, quoted: no user text in the SQL
                    values += [r[0] for r in db.execute(
                        f'SELECT MAX("{column}") FROM "{table}"')]  # nosec B608
    except sqlite3.Error:
        return []
    return [v for v in values if v]


def content_date(path: str) -> dt.date | None:
    """The latest creation or update date a GraceTHD carries (folder of CSV, GeoPackage)."""
    p = Path(str(path))
    if p.is_dir():
        return _latest(_csv_stamps(p))
    if p.suffix.lower() == ".gpkg" and p.is_file():
        return _latest(_gpkg_stamps(p))
    return None


def dataset_date(path: str, words: dict | None = None, kind: str = "") -> str:
    """« 13 octobre 2017 », « janvier 2023 », « données à jour au 6 juin 2015 », « date de
    l'export non indiquée (fichier du 6 décembre 2026) », or "" when nothing tells.
    Without ``words``, the date alone (name or data), never the file's."""
    found = name_date(path)
    if found is not None:
        day, whole = found
        return french.date(day) if whole else f"{french.MONTHS[day.month - 1]} {day.year}"
    carried = content_date(path) if path else None
    if carried is not None:
        return words["updated"].format(date=french.date(carried)) if words else \
            french.date(carried)
    if words is None or not path:
        return ""
    try:
        written = Path(str(path)).stat().st_mtime
    except (OSError, ValueError):
        return ""
    return words["undated"][kind].format(date=french.date(dt.date.fromtimestamp(written)))


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
        what, dated = words[kind]
        if kind == "plan" and plan_date:
            when = dated.format(date=french.date(plan_date))
        else:
            when = _dated(first.get(kind, ""), dated, words, kind)
        parts.append(f"{what}, {when or words['unknown']}")
    if basemap:
        parts.append(words["basemap"].format(name=basemap))
    return words["line"].format(items=" ; ".join(parts)) if parts else ""


def _dated(path: str, dated: str, words: dict, kind: str) -> str:
    """« export du 2 mars 2026 » from the name; the data's or the file's own phrase."""
    found = name_date(path) if path else None
    text = dataset_date(path, words, kind)
    return dated.format(date=text) if found is not None else text
