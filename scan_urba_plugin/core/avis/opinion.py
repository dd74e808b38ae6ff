"""One document's opinion written as avis_<IDURBA>.odt/.docx (or, for an approved or
inconsistent plan, note_analyse_<IDURBA>.odt/.docx), with the RIP team's internal note
note_interne_rip_<IDURBA>.odt/.docx beside it."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import ScanUrbaError
from . import templates
from .act import Facts, decide
from .document import Dossier, FinalRefusedError, build, doc_type, extract_suffix, issuer, \
    plan_words
from .docx import write_docx
from .note import build_note
from .odt import write_odt


def safe_name(idurba: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", str(idurba)) or "document"


def _write(blocks, stem: Path, title, header, prefix, logo, overwrite,
           author="Scan Urba") -> tuple[str, str]:
    odt = write_odt(blocks, stem.with_suffix(".odt"), title, header, prefix, logo, overwrite,
                    author)
    docx = write_docx(blocks, stem.with_suffix(".docx"), title, header, prefix, logo, overwrite,
                      author)
    return str(odt), str(docx)


def write_opinion(dossier: Dossier, folder, overwrite=False, require_opinion=False) -> dict:
    """{"ODT", "DOCX", "NOTE_ODT", "NOTE_DOCX", "blocks", "kind", "deadline_passed"} for this
    dossier, written atomically. ``require_opinion``: the user asked for a PPA opinion, so an
    approved or inconsistent plan is refused rather than given an analysis note."""
    t = templates.load(dossier.lang)
    act = dossier.act or decide(Facts(date_receipt=dossier.date_receipt,
                                      date_arret=dossier.date_arret,
                                      procedure=dossier.procedure))
    dossier.act = act
    if require_opinion and not act.opinion:
        reasons = t["list_sep"].join(t["act_reasons"][k] for k, _ in act.reasons)
        raise ScanUrbaError(t["refuse_opinion"].format(doc=dossier.idurba, reasons=reasons))
    try:
        blocks = build(dossier)
    except FinalRefusedError as exc:
        raise ScanUrbaError(str(exc)) from None
    departement = dossier.voice.departement or dossier.departement or t["departement_default"]
    kind = doc_type(dossier.idurba)
    doc = t["doc_types"].get(kind, kind) or dossier.idurba
    header = t["page_header"].format(departement=departement, doc=doc,
                                     of_body=issuer(dossier, t).of_short,
                                     extract=extract_suffix(dossier, t)) \
        if act.opinion else f"{departement} – {t['title_note']} – {plan_words(dossier, t)}"
    folder = Path(folder)
    # an extract for one commune of a PLUi: avis_<IDURBA>_<INSEE>
    name = safe_name(f"{dossier.idurba}_{dossier.extract}" if dossier.extract else dossier.idurba)
    stem = folder / (f"avis_{name}" if act.opinion else f"note_analyse_{name}")
    title = blocks[next(i for i, b in enumerate(blocks) if b.kind in ("title", "para"))].text
    prefix = t["reserve_prefix"] if act.opinion else t["note_point_prefix"]   # no « réserve »
    author = departement if dossier.final else "Scan Urba"     # a final text names no tool
    odt, docx = _write(blocks, stem, title, header, prefix, dossier.logo, overwrite, author)
    note = build_note(dossier, plan_words(dossier, t))
    note_odt, note_docx = _write(note, folder / f"note_interne_rip_{name}", t["title_internal"],
                                 f"{departement} – {t['title_internal']}", t["reserve_prefix"],
                                 "", overwrite)
    return {"ODT": odt, "DOCX": docx, "NOTE_ODT": note_odt, "NOTE_DOCX": note_docx,
            "blocks": len(blocks), "kind": act.kind, "deadline_passed": act.deadline_passed,
            "deadline": act.deadline.isoformat() if act.deadline else ""}
