"""Numbers, dates and yes/no as a French urbanist writes them, in one place.

Every text a person reads (report, opinion, browser, dock, messages) formats values here:
« 28 décembre 2026 », « 6,00 ha », « 27 000 € », « 23 % », « oui ». Missing values give an
empty string (or the ``missing`` text), never « nan », « NaT » or « 1970-01-01 ».
"""
from __future__ import annotations

import datetime as dt
import math
import re

NBSP = "\u202f"  # narrow no-break space: the French thousands separator
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")


def missing(value) -> bool:
    """None, NaN, NaT and pandas' NA are all missing."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT
    except (TypeError, ValueError):
        return type(value).__name__ == "NAType"  # pandas' NA: NA != NA is NA, not a bool


def number(value, decimals: int = 0, missing_text: str = "") -> str:
    """« 27 000 », « 6,25 », « -1 234,5 »: decimal comma, narrow-space thousands."""
    if missing(value):
        return missing_text
    value = float(value)
    if not math.isfinite(value):
        return missing_text
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


def euros(value, missing_text: str = "") -> str:
    """« 27 000 € » (whole euros)."""
    text = number(value, 0)
    return f"{text}{NBSP}€" if text else missing_text


def rounded(value, figures: int = 2) -> float:
    """An estimate to its ``figures`` significant figures (36 300 → 36 000, 4 122 → 4 100):
    a cost from a unit-price range is no more precise than that."""
    value = float(value)
    if not math.isfinite(value) or value == 0:
        return value
    return round(value, figures - 1 - int(math.floor(math.log10(abs(value)))))


def euro_range(low, high) -> str:
    """« 50 à 90 €/m »."""
    return f"{number(low)} à {number(high)}{NBSP}€/m"


def metres(value, decimals: int = 0) -> str:
    text = number(value, decimals)
    return f"{text}{NBSP}m" if text else ""


def hectares(square_metres, decimals: int = 2) -> str:
    """An area given in m², written in hectares: « 6,00 ha »."""
    text = "" if missing(square_metres) else number(float(square_metres) / 1e4, decimals)
    return f"{text}{NBSP}ha" if text else ""


def percent(ratio, decimals: int = 0) -> str:
    """A ratio 0–1 written as « 23 % »."""
    text = "" if missing(ratio) else number(100 * float(ratio), decimals)
    return f"{text}{NBSP}%" if text else ""


def date(value, missing_text: str = "") -> str:
    """« 28 décembre 2026 », « 1er avril 2021 »; a missing date gives ``missing_text``."""
    if missing(value) or value == "":
        return missing_text
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date) or value.year <= 1970 and value.month == 1 and value.day == 1:
        return missing_text  # the epoch is what a lost date reads back as
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def yes_no(value, missing_text: str = "") -> str:
    """« oui » / « non » for any truthy value a table may hold (1, "1", "true", True)."""
    if missing(value) or value == "":
        return missing_text
    if isinstance(value, str):
        return "oui" if value.strip().lower() in ("1", "true", "vrai", "oui", "yes", "t") else "non"
    return "oui" if bool(value) else "non"


def cell(value, decimals: int = 1) -> str:
    """A table cell: numbers, dates and booleans in French, other values as text."""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return yes_no(value)
    if isinstance(value, (dt.date, dt.datetime)) or type(value).__name__ == "Timestamp":
        return date(value)
    if isinstance(value, int) or type(value).__name__.startswith("int"):
        return number(value, 0)
    if isinstance(value, float) or type(value).__name__.startswith("float"):
        return number(value, 0 if float(value).is_integer() else decimals)
    return "" if missing(value) else str(value)


def column(func, values):
    """``func`` applied to each distinct value of a column, spread back (a million
    opportunities share far fewer lengths, costs and dates)."""
    import numpy as np
    import pandas as pd

    codes, distinct = pd.factorize(pd.Series(values), use_na_sentinel=True)
    texts = np.array([func(v) for v in distinct] + [func(None)], dtype=object)
    return texts[codes]  # -1 (missing) picks func(None)


# The folders of a local path (POSIX or Windows, spaces between words allowed), and the
# inside of an archive ("x.zip!/dir/"): documents sent outside name files, never folders.
_FOLDERS = re.compile(r"""(?:(?<=^)|(?<=[\s(«"'\[]))(?:[A-Za-z]:)?[/\\]"""
                      r"""(?:(?:[^\s/\\«»"<>]|(?<=\w) (?=\w))+[/\\])+""")
_INSIDE_ARCHIVE = re.compile(r"""!(?:[/\\](?:[^\s/\\«»"<>]+[/\\])*|(?=\w))""")


def file_names(text) -> str:
    """``text`` with each local path cut to its file name (« /home/x/PLU/oap.pdf » →
    « oap.pdf », « C:\\Users\\x\\r.pdf » → « r.pdf », « a.zip!/dir/b.pdf » → « a.zip › b.pdf »).
    Web addresses, dates and fractions are left as they are."""
    if text is None or not isinstance(text, str):
        return text
    return _INSIDE_ARCHIVE.sub(" › ", _FOLDERS.sub("", text))


def of_place(name: str) -> str:
    """A place's name after « commune »: « de Pezou », « d'Orléans », « du Mans », « des
    Mureaux » (an initial h is left alone: aspirated or not, the name does not say)."""
    name = " ".join(str(name or "").split())
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    if name[:1] in "AEIOUYÂÊÎÔÛÉÈËÏÜŒ":
        return "d'" + name
    return "de " + name


def company_name(name) -> str:
    """An operator as a sentence names it: the ANFR's « ATC FRANCE » → « ATC France », « FREE
    MOBILE » → « Free Mobile »; acronyms of up to three letters (SFR, TDF, ATC) stay capitals."""
    words = " ".join(str(name or "").split()).split(" ")
    if not any(w.isupper() and len(w) > 3 for w in words):
        return " ".join(words)
    return " ".join(w if len(w) <= 3 or not w.isupper() else w.capitalize() for w in words)


def of_company(name) -> str:
    """« d'ATC France », « de Free Mobile » (elided before a vowel, like a place); "" if none."""
    name = company_name(name)
    return of_place(name) if name else ""


_ARTICLE_HEADING = re.compile(r"^\s*article\s+(?P<number>[^–—:-]+?)\s*(?:[–—:-]\s*(?P<title>[^–—]+?))?"
                              r"\s*(?:[–—].*)?$", re.IGNORECASE)


def article_title(heading: str) -> str:
    """A règlement's article heading as a sentence names it: « ARTICLE 1AU 4 – DESSERTE PAR
    LES RÉSEAUX – Réseaux de communications électroniques » → « article 1AU 4, desserte par
    les réseaux » (capitals are the document's layout, not words to shout mid-sentence)."""
    heading = " ".join(str(heading or "").split())
    match = _ARTICLE_HEADING.match(heading)
    if not match:
        return heading
    number, title = match["number"].strip(), (match["title"] or "").strip()
    if title.isupper():
        title = title.lower()
    return f"article {number}, {title}" if title else f"article {number}"
