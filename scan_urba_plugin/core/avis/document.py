"""The draft opinion as a list of blocks (headings, paragraphs, quotes, numbered réserves,
tables, figures) built from one document's scan results and the language's template.

The writers (odt.py, docx.py) turn the same blocks into files; nothing here knows a format.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from ..french import file_names
from . import templates
from .findings import AVIS, PIECES, split

TEXT_PIECES = ("padd", "rapport", "reglement_ecrit", "oap", "annexes")  # read only as text
MAX_ZONE_MAPS = 8
MAX_QUALITY_LINES = 20


@dataclass
class Block:
    kind: str            # title subtitle banner heading para quote reserve item table figure
    text: str = ""       # … signature pagebreak
    level: int = 1
    lead: str = ""       # bold words before the text
    source: str = ""     # a quote's piece and page
    rows: list = field(default_factory=list)
    header: list = field(default_factory=list)
    image: str = ""
    caption: str = ""
    group: str = ""      # réserves numbered together (the recap, then the sections)
    widths: tuple = ()   # a table's relative column widths


@dataclass
class Dossier:
    """Everything the opinion on one document says, as plain data (no QGIS)."""

    idurba: str
    communes: list
    findings: pd.DataFrame
    zones: pd.DataFrame = None
    opportunities: pd.DataFrame = None
    run_info: dict = field(default_factory=dict)        # plugin_version, finished…
    inputs: list = field(default_factory=list)          # run_info's input:* records (dicts)
    date_receipt: dt.date | None = None
    date_arret: dt.date | None = None
    date_document: dt.date | None = None                # DATAPPRO or IDURBA's date
    procedure: str = ""
    departement: str = ""
    logo: str = ""
    signature: str = ""
    overview: str = ""                                  # PNG path
    zone_maps: dict = field(default_factory=dict)       # zone label → PNG path
    pieces: object = None                               # core.pieces.model.WrittenPieces
    lang: str = "fr"


def doc_type(idurba: str) -> str:
    """PLU, PLUi, CC… from a CNIG IDURBA (<INSEE|SIREN>_<TYPE>_<date>[_code])."""
    parts = str(idurba).split("_")
    return parts[1] if len(parts) > 1 else ""


def doc_date(idurba: str) -> dt.date | None:
    match = re.search(r"_(\d{8})", str(idurba))
    try:
        return dt.datetime.strptime(match.group(1), "%Y%m%d").date() if match else None
    except ValueError:
        return None


def conclusion_counts(findings: pd.DataFrame) -> dict:
    legal = findings[findings["famille"] != "qualite_donnees"]
    return {a: int((legal["avis"] == a).sum()) for a in AVIS}


def build(d: Dossier) -> list[Block]:
    t = templates.load(d.lang)
    legal, not_evaluated, quality = split(d.findings)
    departement = d.departement or t["departement_default"]
    blocks = [Block("banner", t["draft_banner"]), Block("title", t["title"]),
              Block("subtitle", t["subtitle"].format(departement=departement))]
    blocks += _identity(d, t)
    blocks += _conclusion(legal, t)
    blocks += _summary(legal, t)
    blocks += _maps(d, t)
    zone_texts = _zone_provisions(d)
    for piece in PIECES:
        rows = legal[legal["piece"] == piece]
        read = _piece_read(d, piece, rows)
        # findings for a rapport nobody read are elements for its diagnostic, never
        # findings "on the rapport"
        unread_report = piece == "rapport" and not read and len(rows)
        blocks.append(Block("heading", t["rapport_not_read_heading"] if unread_report
                            else t["pieces"][piece], level=1))
        if unread_report:
            blocks.append(Block("para", t["rapport_not_read_intro"]))
        if not len(rows):
            unreadable = _unreadable(d, piece)
            blocks.append(Block("para", t["piece_no_finding"] if read else
                                t["piece_unreadable"].format(files=unreadable) if unreadable
                                else t["piece_not_read"]))
        for _, row in rows.iterrows():
            blocks += _finding(row, t, zone_texts)
        if len(rows) and piece in TEXT_PIECES and not read and not unread_report:
            blocks.append(Block("note", t["piece_not_read_with_findings"]))
        if piece == "hors_document":
            blocks += _opportunities(d.opportunities, t)
    if len(not_evaluated):
        blocks += [Block("heading", t["not_evaluated_heading"], level=1),
                   Block("para", t["not_evaluated_intro"])]
        blocks += [Block("item", _sentence(r["message"]) + (
            " " + _sentence(r["suggestion"]) if isinstance(r["suggestion"], str) and
            r["suggestion"].strip() else ""), lead=f"{t['piece_short'][r['piece']]} – ")
            for _, r in not_evaluated.iterrows()]
    blocks += _legal_note(t)
    blocks += _signature(d, t)
    blocks += _annex_opportunities(d.opportunities, t)
    blocks += _annex_data(d, quality, t)
    return [_without_folders(b) for b in blocks]


def _without_folders(block: Block) -> Block:
    """A document sent to the commune names files, never the folders of this computer."""
    rows = [[file_names(c) for c in row] for row in block.rows]
    return replace(block, text=file_names(block.text), lead=file_names(block.lead),
                   source=file_names(block.source), caption=file_names(block.caption),
                   header=[file_names(c) for c in block.header], rows=rows)


def _identity(d: Dossier, t: dict) -> list[Block]:
    i = t["identity"]
    codes = sorted({c for c in d.communes if c})
    if len(codes) > 6:
        communes = t["communes_many"].format(n=len(codes), first=codes[0], last=codes[-1])
    else:
        communes = ", ".join(t["commune_label"].format(insee=c) for c in codes) or i["not_given"]
    kind = doc_type(d.idurba)
    document = t["doc_label"].format(type=t["doc_types"].get(kind, kind), idurba=d.idurba)
    deadline = templates.opinion_deadline(d.date_receipt)
    procedure = t["procedures"].get(d.procedure, d.procedure)
    rows = [[i["communes"], communes], [i["document"], document],
            [i["procedure"], procedure or i["not_given"]],
            [i["date_document"], templates.date_words(d.date_document or doc_date(d.idurba), t)
             or i["not_given"]],
            [i["date_arret"], templates.date_words(d.date_arret, t) or i["not_given"]],
            [i["date_receipt"], templates.date_words(d.date_receipt, t) or i["not_given"]],
            [i["deadline"], templates.date_words(deadline, t) or i["not_given"]]]
    return [Block("heading", t["identity_heading"]), Block("table", rows=rows, widths=(40, 60)),
            Block("para", t["deadline_text"] if deadline else t["deadline_missing"])]


def _conclusion(legal: pd.DataFrame, t: dict) -> list[Block]:
    n = conclusion_counts(legal)
    key = "reserves" if n["reserve"] else "recommandations" if n["recommandation"] else \
        "favorable"
    blocks = [Block("heading", t["conclusion_heading"]),
              Block("proposal", t["conclusion"][key].format(n=n["reserve"],
                                                            m=n["recommandation"]),
                    lead=t["conclusion_marker"] + " ")]
    reserves = legal[legal["avis"] == "reserve"]
    if len(reserves):
        blocks.append(Block("para", t["reserves_recap"], lead=""))
        blocks += [Block("reserve", _sentence(r["message"]), group="recap") for _, r in reserves.iterrows()]
    return blocks


def _summary(legal: pd.DataFrame, t: dict) -> list[Block]:
    header = [t["summary_piece"]] + [t["avis_plural"][a] for a in AVIS] + [t["summary_total"]]
    rows = []
    for piece in PIECES:
        sub = legal[legal["piece"] == piece]
        counts = [int((sub["avis"] == a).sum()) for a in AVIS]
        rows.append([t["piece_short"][piece]] + [str(c) for c in counts] + [str(len(sub))])
    return [Block("heading", t["summary_heading"]), Block("para", t["summary_intro"]),
            Block("table", rows=rows, header=header, widths=(24, 13, 18, 17, 16, 12))]


def _maps(d: Dossier, t: dict) -> list[Block]:
    if not d.overview and not d.zone_maps:
        return []
    blocks, n = [Block("heading", t["maps_heading"])], 0
    if d.overview:
        n += 1
        blocks.append(Block("figure", image=d.overview, caption=t["figure_label"].format(n=n)
                            + t["overview_caption"]))
    for zone, path in list(d.zone_maps.items())[:MAX_ZONE_MAPS]:
        n += 1
        blocks.append(Block("figure", image=path, caption=t["figure_label"].format(n=n)
                            + t["zone_caption"].format(zone=zone)))
    if len(d.zone_maps) > MAX_ZONE_MAPS:
        blocks.append(Block("note", t["zones_capped"].format(n=MAX_ZONE_MAPS)))
    return blocks


def _zone_provisions(d: Dossier) -> dict:
    """zone label → (niveau, page, citation) of its written règlement, from the written
    pieces or from the zones_bilan columns of issue 15."""
    out = {}
    zones = d.zones
    if zones is not None and "reglement_niveau" in zones:
        for _, z in zones.iterrows():
            if pd.isna(z.get("reglement_niveau")):   # no readable règlement for this zone
                continue
            out[str(z["libelle"])] = (z.get("reglement_niveau"), z.get("reglement_page"),
                                      z.get("reglement_citation"))
    reglement = getattr(d.pieces, "reglement", None)
    if reglement is not None and reglement.lisible:
        for label, p in reglement.zones.items():
            out[str(label)] = (p.niveau, p.page, p.citation)
    return out


def _piece_read(d: Dossier, piece: str, rows: pd.DataFrame) -> bool:
    if piece in ("reglement_graphique", "hors_document"):
        return True
    # an empty citation is no quotation: it proves nothing was read
    if rows["citation"].fillna("").astype(str).str.strip().ne("").any():
        return True
    p = d.pieces
    if p is None:
        return piece == "reglement_ecrit" and bool(_zone_provisions(d))
    return {"reglement_ecrit": p.reglement is not None and p.reglement.lisible,
            "padd": p.padd is not None and p.padd.lisible
            and p.padd.communications_numeriques is not None,
            "oap": any(o.lisible for o in p.oap or [])}.get(piece, False)


def _unreadable(d: Dossier, piece: str) -> str:
    """The file names of a piece given but not read (scanned, damaged, too short), else ""."""
    p = d.pieces
    if p is None:
        return ""
    given = {"reglement_ecrit": [p.reglement] if p.reglement is not None else [],
             "padd": [p.padd] if p.padd is not None else [],
             "oap": list(p.oap or [])}.get(piece, [])
    unread = [x for x in given if not x.lisible or getattr(
        x, "communications_numeriques", True) is None]
    names = dict.fromkeys(Path(str(x.source or "?").split("!")[-1]).name for x in unread)
    return ", ".join(names)


def _page(value) -> str:
    try:
        return str(int(float(value)))
    except (TypeError, ValueError):
        return ""


def _sentence(text) -> str:
    text = " ".join(str(text or "").split())
    return text if not text or text[-1] in ".!?…»" else text + "."


def _finding(row, t: dict, zone_texts: dict) -> list[Block]:
    avis = row["avis"]
    text = _sentence(row["message"])
    blocks = [Block("reserve", text, group="detail") if avis == "reserve" else
              Block("item", text, lead=f"{t['avis'][avis]} – ")]
    piece = t["piece_short"].get(row["piece"], "")
    if isinstance(row["citation"], str) and row["citation"].strip():
        page = _page(row["page"])
        source = t["quote_source"].format(piece=piece, page=page) if page else \
            t["quote_source_nopage"].format(piece=piece)
        blocks += [Block("intro", t["quote_intro"]), Block("quote", row["citation"].strip(),
                                                          source=source)]
    elif row["piece"] == "reglement_ecrit" and str(row["libelle"]) in zone_texts:
        niveau, page, citation = zone_texts[str(row["libelle"])]
        page = _page(page)
        if isinstance(citation, str) and citation.strip():
            piece = t["piece_short"]["reglement_ecrit"]
            source = t["quote_source"].format(piece=piece, page=page) if page else \
                t["quote_source_nopage"].format(piece=piece)
            blocks += [Block("intro", t["zone_quote_intro"].format(zone=row["libelle"])),
                       Block("quote", citation.strip(), source=source)]
        elif niveau == "absent":
            blocks.append(Block("para", t["zone_absent"].format(zone=row["libelle"],
                                                               page=page or "?")))
    if row["article"]:
        force = t["force"].get(row["force"], "")
        blocks.append(Block("basis", t["basis"].format(article=row["article"], force=force)))
    if isinstance(row["suggestion"], str) and row["suggestion"].strip():
        blocks.append(Block("suggestion", t["suggestion"].format(
            suggestion=_sentence(row["suggestion"]))))
    return blocks


def _need(row, t: dict) -> str:
    template = t["needs"].get(str(row.get("need")), t["needs"]["default"])
    return template.format(id=row.get("need_id", ""))


def _opportunities(opp: pd.DataFrame | None, t: dict, limit: int = 10) -> list[Block]:
    blocks = [Block("heading", t["opp_heading"], level=2)]
    if opp is None or not len(opp):
        return blocks + [Block("para", t["opp_none"])]
    blocks.append(Block("para", t["opp_intro"].format(n=len(opp))))
    for _, row in opp.sort_values("rang").head(limit).iterrows():
        blocks.append(Block("item", opportunity_sentence(row, t),
                            lead=f"{t['avis']['information']} – "))
    return blocks


def opportunity_sentence(row, t: dict) -> str:
    """« Les travaux TRV-1 (Commune) peuvent accueillir des fourreaux sur 300 m pour … ;
    économie … au plus à 27 000 €. » and the L49 deadline when the works are eligible."""
    works = t["opp_works"].get(str(row.get("kind")), t["opp_works"]["default"]).format(
        id=str(row.get("works_id", "")).split(" : ")[0],
        owner=row.get("maitre_ouvrage", "") or "?")
    text = t["opp_sentence"].format(works=works, length=templates.number(row.get("length_m"), t),
                                    need=_need(row, t),
                                    saving=templates.number(row.get("cout_evite_eur"), t))
    if _truthy(row.get("l49_eligible")) and row.get("date_limite_l49"):
        text += t["opp_deadline"].format(date=templates.date_words(row["date_limite_l49"], t))
    return text


def _truthy(value) -> bool:
    return str(value).lower() in ("1", "true", "1.0", "yes")


def _legal_note(t: dict) -> list[Block]:
    return [Block("heading", t["legal_note_heading"], level=2), Block("note", t["legal_note"])]


def _signature(d: Dossier, t: dict) -> list[Block]:
    text = d.signature or t["signature_default"]
    return [Block("heading", t["signature_heading"], level=2), Block("signature", text)]


def _annex_opportunities(opp, t: dict) -> list[Block]:
    blocks = [Block("pagebreak"), Block("heading", t["annex_opp_heading"]),
              Block("note", t["annex_opp_note"])]
    if opp is None or not len(opp):
        return blocks + [Block("para", t["opp_none"])]
    rows = []
    for _, r in opp.sort_values("rang").iterrows():
        names = [str(r.get("maitre_ouvrage") or "")] + str(r.get("partenaires") or "").split(" ; ")
        partners = " ; ".join(dict.fromkeys(n.strip() for n in names if n.strip()))
        deadline = templates.date_words(r.get("date_limite_l49"), t) \
            if _truthy(r.get("l49_eligible")) else ""
        works = str(r.get("works_id", "")).split(" : ")[0]  # "Emplacement réservé n°1 : …"
        rows.append([templates.number(r.get("rang"), t), works, partners,
                     _need(r, t), templates.number(r.get("length_m"), t), deadline or "–",
                     templates.number(r.get("cout_evite_eur"), t),
                     str(r.get("base_legale", "") or "")])
    return blocks + [Block("table", rows=rows, header=t["annex_opp_columns"],
                           widths=(5, 12, 18, 19, 8, 11, 10, 17))]


def _annex_data(d: Dossier, quality: pd.DataFrame, t: dict) -> list[Block]:
    info = d.run_info
    finished = templates.date_words(str(info.get("finished", ""))[:10], t)
    blocks = [Block("heading", t["annex_data_heading"]),
              Block("para", t["annex_data_intro"].format(
                  version=info.get("plugin_version", ""), qgis=info.get("qgis_version", ""),
                  date=finished))]
    rows = []
    for item in d.inputs:
        name = t["input_names"].get(item.get("input", ""), item.get("input", ""))
        rows.append([name, str(item.get("layer", "")), templates.number(item.get("features"), t),
                     str(item.get("sha256", ""))[:16]])
    if rows:
        blocks.append(Block("table", rows=rows, header=t["annex_data_columns"],
                            widths=(24, 36, 10, 30)))
    if len(quality):
        blocks += [Block("heading", t["quality_heading"], level=2),
                   Block("para", t["quality_intro"].format(n=len(quality)))]
        blocks += [Block("item", _sentence(r["message"]), lead=f"{t['avis']['observation']} – ")
                   for _, r in quality.head(MAX_QUALITY_LINES).iterrows()]
    return blocks
