"""The report's section on the written pieces: each zone label's level with the sentence
quoted and its page, a link that opens the PDF at that page, antenna bans, PADD and OAP."""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from ..french import file_names
from ..i18n import QT_TR_NOOP, tr

LEVEL_WORDS = {
    "fourreaux": QT_TR_NOOP("ducts required"),
    "raccordement": QT_TR_NOOP("connection required"),
    "enfouissement": QT_TR_NOOP("burial only"),
    "absent": QT_TR_NOOP("nothing on electronic communications"),
    "non_trouve": QT_TR_NOOP("no chapter found for this zone"),
    "interdiction_generale": QT_TR_NOOP("blanket ban of relay antennas"),
    "orientation": QT_TR_NOOP("orientation on digital communications"),
    "disposition": QT_TR_NOOP("digital provision"),
}
# how a zone's chapter was found (Provision.reperage)
CUE_WORDS = {
    "titre": QT_TR_NOOP("chapter heading"),
    "signet": QT_TR_NOOP("PDF bookmark"),
    "sommaire": QT_TR_NOOP("table of contents"),
    "entete": QT_TR_NOOP("running header"),
    "renvoi": QT_TR_NOOP("referral"),
    "sru": QT_TR_NOOP("CNIG SRU structure"),
}
PIECE_WORDS = {"reglement": QT_TR_NOOP("Règlement"), "reglement_antennes": QT_TR_NOOP("Règlement"),
               "padd": QT_TR_NOOP("PADD"), "oap": QT_TR_NOOP("OAP")}


def level_words(level) -> str:
    return tr(LEVEL_WORDS[level]) if level in LEVEL_WORDS else ""


def cue_words(row) -> str:
    """"Zone_UA1.pdf, chapter heading": the file that decided and how the chapter was found."""
    parts = [str(row[k]) if k == "fichier" else tr(CUE_WORDS[row[k]])
             for k in ("fichier", "reperage") if not _blank(row.get(k)) and (
                 k == "fichier" or row[k] in CUE_WORDS)]
    return ", ".join(parts)


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA


def page_link(source, page) -> str | None:
    """file:///…/piece.pdf#page=N for a PDF on disk (a viewer opens it at that page)."""
    if _blank(source) or "!" in str(source) or _blank(page):
        return None
    path = Path(str(source))
    if path.suffix.lower() != ".pdf":
        return None
    try:
        return f"{path.resolve().as_uri()}#page={int(page)}"
    except (ValueError, OSError):
        return None


def _e(value) -> str:
    """Escaped, with a local path cut to its file name (the report may go to the commune)."""
    return "" if _blank(value) else html.escape(file_names(str(value)))


def written_pieces_section(frame: pd.DataFrame | None) -> str:
    """The HTML section; empty when the scan read no written piece."""
    if frame is None or not len(frame):
        return ""
    heading = _e(tr("Written pieces: what the plan says, zone by zone"))
    head = "".join(f"<th>{_e(h)}</th>" for h in (
        tr("Piece"), tr("Zone"), tr("Provision"), tr("Page"), tr("Article"),
        tr("Quoted text"), tr("File, found by")))
    rows = []
    for r in frame.to_dict("records"):
        if not r.get("lisible", True) or (_blank(r.get("niveau")) and r.get("raison")):
            what = _e(tr("not read: {reason}", reason=r.get("raison") or ""))
        else:
            what = _e(level_words(r.get("niveau")))
            if not _blank(r.get("raison")):
                what += f"<br><span class='small'>{_e(r['raison'])}</span>"
        link = page_link(r.get("source"), r.get("page"))
        page = _e(int(r["page"])) if not _blank(r.get("page")) else ""
        if link and page:
            page = f"<a href='{html.escape(link)}'>{page}</a>"
        quote = f"« {_e(r.get('citation'))} »" if not _blank(r.get("citation")) else ""
        rows.append(f"<tr><td>{_e(tr(PIECE_WORDS.get(r.get('piece'), '')))}</td>"
                    f"<td>{_e(r.get('libelle'))}</td><td>{what}</td><td class='num'>{page}</td>"
                    f"<td>{_e(r.get('article'))}</td><td>{quote}</td>"
                    f"<td class='small'>{_e(cue_words(r))}</td></tr>")
    sources = sorted({str(s) for s in frame["source"] if not _blank(s)})
    note = _e(tr("Read from: {files}.", files=", ".join(sources)))
    return (f"<section id='pieces_ecrites'><h2>{heading}</h2><p class='small'>{note}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"</section>")
