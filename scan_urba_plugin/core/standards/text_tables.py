"""Parsing helpers shared by the network-side standards: text files as real files are."""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ScanUrbaError
from ..i18n import tr

TRUE = {"t", "true", "1", "o", "oui", "y", "yes", "vrai"}
FALSE = {"f", "false", "0", "n", "non", "no", "faux"}


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a file: UTF-8 (with or without BOM) when valid, else cp1252."""
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte")


def read_delimited(path, sep: str = ";", columns: list[str] | None = None,
                   header: bool | None = None) -> tuple[pd.DataFrame, dict]:
    """Read a delimited text file as strings, keeping leading zeros.

    ``columns`` gives the official column order for files that may lack a header; the
    header is detected when ``header`` is None. Returns (frame, info) where info holds the
    encoding, whether a header was present, and the line numbers of short lines.
    """
    path = Path(path)
    try:
        text, encoding = decode(path.read_bytes())
    except OSError as exc:
        raise ScanUrbaError(tr("{path} cannot be read: {error}", path=path, error=exc)) from exc
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return pd.DataFrame(columns=columns or []), {"encoding": encoding, "header": False,
                                                     "short_lines": []}
    first = lines[0].split(sep)
    if len(first) == 1 and any(s in lines[0] for s in (",", "\t", "|")) and \
            (columns is None or len(columns) > 1):
        raise ScanUrbaError(tr("{path}: fields are not separated by “{sep}” (found another "
                               "separator on line 1).", path=path, sep=sep))
    if header is None:
        header = columns is None or first[0].strip().upper() == columns[0].upper() or \
            not re.match(r"^\s*\d", first[0])
    names = [c.strip() for c in first] if header else list(columns)
    body = lines[1:] if header else lines
    first_line = 2 if header else 1
    counts = np.array([line.count(sep) for line in body], dtype=int) + 1
    short = (np.flatnonzero(counts < len(names)) + first_line).tolist()
    if len(body) and counts.max() <= len(names) and len(set(names)) == len(names):
        # the common case, parsed by pandas' C reader (fields as typed, no quoting)
        frame = pd.read_csv(io.StringIO("\n".join(body)), sep=sep, header=None, names=names,
                            dtype=str, na_filter=False, quoting=csv.QUOTE_NONE,
                            skip_blank_lines=False, engine="c")
    else:  # extra fields (cut off) or repeated column names
        frame = pd.DataFrame([(line.split(sep) + [""] * len(names))[:len(names)]
                              for line in body], columns=names, dtype=object)
    for k in range(frame.shape[1]):
        frame.isetitem(k, _texts(frame.iloc[:, k].to_numpy(dtype=object)))
    return frame, {"encoding": encoding, "header": header, "short_lines": short}


def map_distinct(values, func) -> np.ndarray:
    """``func`` applied to each distinct value once (codes repeat a lot), missing → None."""
    codes, distinct = pd.factorize(np.asarray(values, dtype=object))
    mapped = np.empty(len(distinct) + 1, dtype=object)
    mapped[:-1] = [func(v) for v in distinct]
    mapped[-1] = None  # code -1: a missing value
    return mapped[codes]


# what str.strip() takes off an ASCII text
_ASCII_SPACES = " \t\r\x0b\x0c\x1c\x1d\x1e\x1f"


def _texts(values: np.ndarray) -> np.ndarray:
    """_text of each value. A column of ASCII text where no value is blank or padded (the
    usual case: codes and identifiers) is checked with a few substring searches over the
    column joined by newlines, and kept as it is; value by value otherwise (a GraceTHD link
    table has 300,000 rows a column)."""
    try:
        joined = "\n".join(values)
    except TypeError:  # a field missing at the end of a short line
        joined = ""
    if plain_ascii(joined):
        return values
    return map_distinct(values, _text)


def plain_ascii(joined: str) -> bool:
    """Whether a column joined by newlines is ASCII with no value blank or with spaces at
    either end: what str.strip() would change, in a few C-level substring searches."""
    if not joined.isascii():
        return False
    if not joined or joined[0] == "\n" or joined[-1] == "\n" or "\n\n" in joined:
        return False  # a blank value
    ends = joined[0] + joined[-1]
    return not any(c in ends or "\n" + c in joined or c + "\n" in joined
                   for c in _ASCII_SPACES)


def _text(value):
    """A field as read: stripped, empty (or missing at the end of a short line) → None."""
    return (value.strip() or None) if isinstance(value, str) else None


def read_csv_bytes(data: bytes, sep=";") -> pd.DataFrame:
    text, _ = decode(data)
    return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)


def parse_bool(series: pd.Series) -> pd.Series:
    """Booleans as real files spell them: t/f, 0/1, true/false, oui/non; else NA."""
    s = series.astype("string").str.strip().str.lower()
    out = pd.Series(pd.NA, index=series.index, dtype="boolean")
    out[s.isin(TRUE).fillna(False)] = True
    out[s.isin(FALSE).fillna(False)] = False
    return out


def parse_decimal(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Numbers with a decimal comma or point; returns (values, mask of unparsable text)."""
    s = series.astype("string").str.strip().str.replace(",", ".", regex=False)
    values = pd.to_numeric(s, errors="coerce")
    bad = s.notna() & (s != "") & values.isna()
    return values.astype(float), bad.fillna(False)


def parse_date(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Dates as dd/mm/yyyy, yyyy-mm-dd or yyyymmdd; returns (dates, mask of impossible ones)."""
    s = series.astype("string").str.strip()
    out = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns]")
    for pattern, fmt in ((r"^\d{2}/\d{2}/\d{4}$", "%d/%m/%Y"), (r"^\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
                         (r"^\d{8}$", "%Y%m%d")):
        mask = s.str.match(pattern).fillna(False)
        if mask.any():
            out[mask] = pd.to_datetime(s[mask].str[:10], format=fmt, errors="coerce")
    bad = s.notna() & (s != "") & out.isna()
    return out, bad.fillna(False)


def fold(text) -> str:
    """Lower case without accents nor punctuation: to compare labels written by people."""
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def read_xy_table(path, sep: str, required) -> tuple[pd.DataFrame, pd.Series, pd.Series, np.ndarray]:
    """A delimited file of points: (frame with lower-case columns, x, y, mask of rows whose
    coordinates cannot be read). Missing required columns are one clear error."""
    frame, _ = read_delimited(path, sep)
    frame.columns = [c.lower() for c in frame.columns]
    missing = [c for c in required if c not in frame]
    if missing:
        raise ScanUrbaError(tr("{path}: columns {columns} are missing.", path=path,
                               columns=", ".join(missing)))
    x, bad_x = parse_decimal(frame["x"])
    y, bad_y = parse_decimal(frame["y"])
    bad = (bad_x | bad_y | x.isna() | y.isna()).fillna(True).to_numpy(dtype=bool)
    return frame, x, y, bad
