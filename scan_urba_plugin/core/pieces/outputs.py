"""What the written pieces add to the scan's outputs: the ``reglement_dispositions`` table
(one row per zone label and provision, with page and citation; the antenna bans, the PADD
orientation and the OAP provisions beside them) and the ``reglement_*`` columns of
zones_bilan."""
from __future__ import annotations

import pandas as pd

from .model import WrittenPieces

DISPOSITION_COLUMNS = ["piece", "libelle", "niveau", "page", "article", "citation", "source",
                       "lisible", "raison"]
ZONE_COLUMNS = ("reglement_niveau", "reglement_page", "reglement_citation")


def dispositions_frame(pieces: WrittenPieces | None) -> pd.DataFrame:
    rows = []
    r = pieces.reglement if pieces is not None else None
    if r is not None:
        if not r.lisible:
            rows.append(("reglement", None, None, None, None, None, r.source, False, r.raison))
        for label, p in r.zones.items():
            rows.append(("reglement", label, p.niveau, p.page, p.article, p.citation, r.source,
                         True, p.raison))
        for c in r.antennes_interdites:
            rows.append(("reglement_antennes", None, "interdiction_generale", c.page, None,
                         c.citation, c.source, True, None))
    padd = pieces.padd if pieces is not None else None
    if padd is not None:
        level = None if padd.communications_numeriques is None else \
            "orientation" if padd.communications_numeriques else "absent"
        rows.append(("padd", None, level, padd.page, None, padd.citation, padd.source,
                     padd.lisible, padd.raison))
    for o in (pieces.oap or []) if pieces is not None else []:
        rows.append(("oap", ", ".join(o.zones) or None, "disposition" if o.lisible else None,
                     o.page, None, o.citation or None, o.source, o.lisible, o.raison))
    frame = pd.DataFrame(rows, columns=DISPOSITION_COLUMNS)
    frame["page"] = frame["page"].astype("Int64")
    frame["lisible"] = frame["lisible"].astype(bool)
    return frame


def with_written_levels(zones: pd.DataFrame, pieces: WrittenPieces | None) -> pd.DataFrame:
    """zones_bilan with the level, page and citation read for each zone's label (empty where
    no readable règlement was given: nothing is said of what was not read)."""
    labels = zones["libelle"] if "libelle" in zones else pd.Series([None] * len(zones))
    provisions = [pieces.level(str(x)) if pieces is not None and x is not None and
                  not (isinstance(x, float) and pd.isna(x)) else None for x in labels]
    return zones.assign(
        reglement_niveau=[p.niveau if p else None for p in provisions],
        reglement_page=pd.array([p.page if p else None for p in provisions], dtype="Int64"),
        reglement_citation=[p.citation if p else None for p in provisions])
