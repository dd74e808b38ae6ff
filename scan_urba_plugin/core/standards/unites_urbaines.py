"""INSEE unités urbaines (2020 zoning): which communes lie in an agglomération in the sense
the L49 thresholds use (article D407-4 CPCE, read by the legal review as the unité urbaine).

The table ships in resources/insee (INSEE, Licence Ouverte; its README gives the source and
the vintage). A plan's INSEE field may hold several communes (a PLUi) or an EPCI's SIREN: the
answer is then yes when every commune is in an unité urbaine, no when none is, else unknown.
"""
from __future__ import annotations

import functools
import gzip

import numpy as np
import pandas as pd

from ...about import plugin_file
from ..i18n import QT_TR_NOOP

TABLE = "uu2020_communes_2022.csv.gz"
VINTAGE = QT_TR_NOOP("unités urbaines 2020, communes as of 1 January 2022")
SOURCE = ("INSEE, table d'appartenance géographique des communes 2022 (unités urbaines 2020), "
          "Licence Ouverte")
# What each answer says, for the opportunities' agglomeration_notion column (translated).
IN_UNIT = QT_TR_NOOP("commune in an INSEE unité urbaine")
OUT_OF_UNIT = QT_TR_NOOP("commune outside any INSEE unité urbaine")
UNKNOWN = QT_TR_NOOP("agglomération undetermined (commune absent from the INSEE table of "
                     "unités urbaines)")
USER_LAYER = QT_TR_NOOP("agglomération layer given by the user")


@functools.lru_cache(maxsize=1)
def table() -> pd.Series:
    """unité urbaine code by commune code."""
    with gzip.open(plugin_file("resources") / "insee" / TABLE, "rt", encoding="utf-8") as f:
        frame = pd.read_csv(f, dtype=str)
    return frame.set_index("codgeo")["uu2020"]


def in_unite_urbaine(insee_codes) -> np.ndarray:
    """For each INSEE field (one code, or codes joined by commas): True, False or None."""
    codes = pd.Series(np.asarray(insee_codes, dtype=object)).fillna("").astype(str)
    distinct = codes.unique()
    answers = {c: _answer(c) for c in distinct}
    return codes.map(answers).to_numpy(dtype=object)


def _answer(field: str):
    units = table()
    communes = [c.strip().zfill(5) for c in field.split(",") if c.strip()]
    found = [units.get(c) for c in communes]
    if not communes or any(u is None for u in found):
        return None
    inside = [not u.endswith("000") for u in found]
    if all(inside):
        return True
    return False if not any(inside) else None


def notion(answer) -> str:
    return {True: IN_UNIT, False: OUT_OF_UNIT}.get(answer, UNKNOWN)
