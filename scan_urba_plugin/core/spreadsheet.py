"""CSV files that a French spreadsheet (LibreOffice Calc, Excel in French) opens right away:
semicolons, decimal commas, UTF-8 with a byte-order mark, written atomically.

Numbers stay numbers for the spreadsheet: a decimal comma and no thousands separator (a
narrow space would turn « 27 000 » into text); dates as dd/mm/yyyy; booleans as oui/non.
"""
from __future__ import annotations

import csv
import datetime as dt
import math

from .atomic import atomic_path


def cell(value) -> str:
    """One value as a French spreadsheet reads it."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "oui" if value else "non"
    if isinstance(value, (dt.date, dt.datetime)) or type(value).__name__ == "Timestamp":
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int) or type(value).__name__.startswith("int"):
        return str(int(value))
    if isinstance(value, float) or type(value).__name__.startswith("float"):
        value = float(value)
        text = str(int(value)) if value.is_integer() else repr(round(value, 6))
        return text.replace(".", ",")
    if type(value).__name__ == "QDate":  # a date read back by QGIS
        return value.toString("dd/MM/yyyy") if value.isValid() else ""
    return str(value)


def write_csv(path, header, rows, overwrite: bool = True):
    """Write the header and rows (sequences of values) for a French spreadsheet."""
    with atomic_path(path, overwrite) as tmp:
        with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(header)
            writer.writerows([cell(v) for v in row] for row in rows)
    return path
