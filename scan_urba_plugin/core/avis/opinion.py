"""One document's draft opinion written as avis_<IDURBA>.odt and avis_<IDURBA>.docx."""
from __future__ import annotations

import re
from pathlib import Path

from . import templates
from .document import Dossier, build, doc_type
from .docx import write_docx
from .odt import write_odt


def safe_name(idurba: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", str(idurba)) or "document"


def write_opinion(dossier: Dossier, folder, overwrite=False) -> dict:
    """{"ODT": path, "DOCX": path, "blocks": n} for this dossier, written atomically."""
    t = templates.load(dossier.lang)
    blocks = build(dossier)
    departement = dossier.departement or t["departement_default"]
    kind = doc_type(dossier.idurba)
    doc = t["doc_types"].get(kind, kind) or dossier.idurba
    header = t["page_header"].format(departement=departement, doc=doc)
    title = f"{t['title']} – {dossier.idurba}"
    folder = Path(folder)
    name = safe_name(dossier.idurba)
    odt = write_odt(blocks, folder / f"avis_{name}.odt", title, header, t["reserve_prefix"],
                    dossier.logo, overwrite)
    docx = write_docx(blocks, folder / f"avis_{name}.docx", title, header, t["reserve_prefix"],
                      dossier.logo, overwrite)
    return {"ODT": str(odt), "DOCX": str(docx), "blocks": len(blocks)}
