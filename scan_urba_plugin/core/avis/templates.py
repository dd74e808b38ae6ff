"""The opinion's wording: one JSON template per language in resources/avis/, and the few
formatting rules (dates in words, decimal commas) the templates declare."""
from __future__ import annotations

import calendar
import datetime as dt
import json
from functools import lru_cache

from ...about import plugin_file
from .. import french

TEMPLATES = plugin_file("resources") / "avis"


@lru_cache(maxsize=4)
def load(lang: str = "fr") -> dict:
    path = TEMPLATES / f"avis_{lang}.json"
    if not path.exists():
        path = TEMPLATES / "avis_fr.json"
    return json.loads(path.read_text(encoding="utf-8"))


def date_words(value, t: dict) -> str:
    """« 28 décembre 2026 » (core.french); in English "28 December 2026"."""
    if t["lang"] == "fr":
        return french.date(value)
    if french.missing(value) or value == "":
        return ""
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
    return f"{value.day} {t['months'][value.month - 1]} {value.year}"


def number(value, t: dict, decimals: int = 0) -> str:
    """« 12 345,5 » (core.french), 12,345.5 in English."""
    if t["lang"] == "fr":
        return french.number(value, decimals)
    if french.missing(value):
        return ""
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", t["decimal"]).replace("\x00", t["thousands"])


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it has none (31 → 30)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def opinion_deadline(receipt: dt.date | None) -> dt.date | None:
    """R153-4 CU: the opinion is given at the latest three months after the plan is sent."""
    return add_months(receipt, 3) if receipt else None
