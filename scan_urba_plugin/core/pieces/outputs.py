"""What the written pieces add to the scan's outputs: the ``reglement_dispositions`` table
(one row per zone label and provision, with page and citation; the antenna bans, the PADD
orientation and the OAP provisions beside them) and the ``reglement_*`` columns of
zones_bilan."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..french import file_names
from ..i18n import tr
from ..model import Finding
from .model import WrittenPieces
from .unread import file_label, sentence, why_not_read

DISPOSITION_COLUMNS = ["piece", "libelle", "niveau", "page", "article", "citation", "source",
                       "lisible", "raison", "fichier", "reperage"]
ZONE_COLUMNS = ("reglement_niveau", "reglement_page", "reglement_citation")


def _name(source) -> str | None:
    """A piece's file name (a zip member's own name), without its folders."""
    return Path(str(source).split("!")[-1]).name if source else None


def dispositions_frame(pieces: WrittenPieces | None) -> pd.DataFrame:
    rows = []
    r = pieces.reglement if pieces is not None else None
    if r is not None:
        if not r.lisible:
            rows.append(("reglement", None, None, None, None, None, r.source, False, r.raison,
                         None, None))
        for label, p in r.zones.items():
            # source: the file that decided (a règlement in several files), to open it there
            rows.append(("reglement", label, p.niveau, p.page, p.article, p.citation,
                         p.fichier or r.source, True, p.raison, _name(p.fichier), p.reperage))
        for c in r.antennes_interdites:
            rows.append(("reglement_antennes", None, "interdiction_generale", c.page, None,
                         c.citation, c.source, True, None, _name(c.source), None))
    padd = pieces.padd if pieces is not None else None
    if padd is not None:
        level = None if padd.communications_numeriques is None else \
            "orientation" if padd.communications_numeriques else "absent"
        rows.append(("padd", None, level, padd.page, None, padd.citation, padd.source,
                     padd.lisible, padd.raison, _name(padd.source), None))
    for o in (pieces.oap or []) if pieces is not None else []:
        rows.append(("oap", ", ".join(o.zones) or None, "disposition" if o.lisible else None,
                     o.page, None, o.citation or None, o.source, o.lisible, o.raison,
                     _name(o.source), None))
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


UNREAD = "pieces.non_lue"


def piece_findings(pieces: WrittenPieces | None, insee: str = "", idurba: str = "") -> list:
    """One information finding per piece that could not be read or evaluated (scanned,
    encrypted, damaged, placeholder), naming the file: what it says was not evaluated."""
    if pieces is None:
        return []
    out = []

    def add(piece, reason, suggestion):
        out.append(Finding(
            rule_id=UNREAD, avis="information", force="bonne_pratique", piece=piece,
            famille="qualite_donnees", message=tr("{reason} What this piece says was not "
                                                   "evaluated.", reason=reason),
            suggestion=suggestion, insee=insee, idurba=idurba))

    r = pieces.reglement
    if r is not None and r.raison and not r.lisible:
        add("reglement_ecrit", sentence(why_not_read("reglement", r)),
            tr("Provide the règlement as a text PDF, or in the CNIG SRU standard (XML or "
               "JSON)."))
    elif r is not None and r.raison:    # read, some of its files not: the reader's reasons
        add("reglement_ecrit", sentence(tr("In the written règlement provided, {reason}",
                                           reason=file_names(r.raison))),
            tr("Provide the règlement as a text PDF, or in the CNIG SRU standard (XML or "
               "JSON)."))
    if r is not None and r.lisible and r.pages_sans_texte:
        add("reglement_ecrit", tr("In the written règlement provided ({files}), pages {pages} "
                                  "have no text layer (scans).", files=file_label([r.source]),
                                  pages=", ".join(map(str, r.pages_sans_texte))),
            tr("Provide the règlement as a text PDF."))
    p = pieces.padd
    if p is not None and p.communications_numeriques is None and p.raison:
        add("padd", sentence(why_not_read("padd", p)), tr("Provide the PADD as a text PDF."))
    for o in pieces.oap or []:
        if not o.lisible:
            add("oap", sentence(why_not_read("oap", [o])), tr("Provide the OAP as a text PDF."))
    return out
