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

from ..communes import per_commune
from ..french import file_names, of_place
from ..legal import Regime
from . import sources, templates, wording
from .act import Act, Facts, arret_warning, decide
from .findings import AVIS, PIECES, as_avis, split
from .issuer import Issuer, issuer_of, joined, others_sentence, siren_of, the_communes
from .note import sentence
from .note import opportunity_sentence  # noqa: F401  (the atlas reads it from here)
from .voice import SERVING_RULES, Voice, own_voice, roles

TEXT_PIECES = ("padd", "rapport", "reglement_ecrit", "oap", "annexes")  # read only as text
MAX_ZONE_MAPS = 8


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
    act: Act | None = None                              # what act this is (act.decide)
    voice: Voice = field(default_factory=Voice)         # the Département's settings
    commune: str = ""                                   # the commune's name
    epci: str = ""              # the name of the EPCI or syndicat of a PLUi or SCOT (user's)
    form: str = "section"                               # section | lettre
    final: bool = False                                 # no banner, no tool name
    today: dt.date | None = None
    works: pd.DataFrame = None                          # the scan's works layer (travaux)
    plui: object = None                                 # core.communes.Plui of a PLUi
    extract: str = ""                                   # INSEE: an extract for this commune
    margin: float | None = None                         # m: the scan's margin around the plan


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


def summary_rows(legal: pd.DataFrame, opinion: bool, t: dict) -> list[list]:
    """The atlas's table of findings, counted as the opinion's conclusion counts them: by piece
    of the plan, plus the works-coordination recommendation an opinion always makes (what
    the opinion leaves to the internal note, outside the plan, is not counted)."""
    rows = []
    for piece in [p for p in PIECES if p != "hors_document"]:
        sub = legal[(legal["piece"] == piece) & (legal["famille"] != "qualite_donnees")]
        rows.append([t["piece_short"][piece]] + [int((sub["avis"] == a).sum()) for a in AVIS]
                    + [len(sub)])
    if opinion:
        rows.append([t["piece_short"]["coordination"]]
                    + [int(a == "recommandation") for a in AVIS] + [1])
    return rows


FORMS = ("section", "lettre")
# the règlement's e-communications article by the plan's content: (as cited, as it should be)
REGIME_ARTICLES = {"r123": ("R151-49 3°", "R123-9 16°"), "r151": ("R123-9 16°", "R151-49 3°")}


class FinalRefusedError(ValueError):
    """The final mode is refused: the opinion cites texts the legal table marks unverified."""


def prepared(d: Dossier, t: dict) -> pd.DataFrame:
    """The findings as the opinion prints them: the Département's own voice, a clause for
    each réserve and recommandation, no file names or CNIG codes."""
    f = own_voice(as_avis(d.findings), d.voice, d.zones, t)
    if d.act is not None and d.act.content in REGIME_ARTICLES:   # from when it began
        wrong, right = REGIME_ARTICLES[d.act.content]
        # the scan, not knowing when the procedure began, cited both articles
        both = Regime().e_communications_article()
        known = Regime(content=d.act.content).e_communications_article()
        f["article"] = f["article"].map(lambda a: a.replace(both, known).replace(wrong, right)
                                        if isinstance(a, str) else a)
    f = wording.with_clauses(f, t, d.voice.sdtan, templates.date_words(d.voice.sdtan_date, t)
                             if d.voice.sdtan_date else "")
    return wording.clean(f)


EBC_BEFORE_APPROVAL = "Avant l'approbation, exclure de l'EBC l'emprise strictement nécessaire"


def ebc_procedure(findings: pd.DataFrame, act, t: dict) -> pd.DataFrame:
    """An EBC is reduced only by a révision (L153-31 2°, unverified in the legal table): for
    an approved plan, and for a modification (which cannot do it), the proposal names that
    procedure, not « avant l'approbation »."""
    kind = getattr(act, "kind", None)
    key = {"approuve": "ebc_approved", "modification": "ebc_modification"}.get(kind)
    if key is None or "suggestion" not in findings:
        return findings
    f = findings.copy()
    f["suggestion"] = f["suggestion"].map(
        lambda s: s.replace(EBC_BEFORE_APPROVAL, t[key]) if isinstance(s, str) else s)
    return f


def padd_by_act(findings: pd.DataFrame, act, t: dict) -> pd.DataFrame:
    """A modification cannot change the PADD's orientations (only a révision can, L153-31
    1°, unverified in the legal table): the missing digital orientation is then an
    observation for the next révision, not a réserve on this modification."""
    if getattr(act, "kind", None) != "modification" or "rule_id" not in findings:
        return findings
    f = findings.copy()
    padd = f["rule_id"].astype(str).str.startswith("l151_5.")
    f.loc[padd & (f["avis"] == "reserve"), "avis"] = "observation"
    if "suggestion" in f:
        f.loc[padd, "suggestion"] = t["padd_modification"]
    return f


def build(d: Dossier) -> list[Block]:
    """The opinion's blocks: the digital section of the Département's opinion (default), a
    full letter, or, for an approved or inconsistent plan, an analysis note."""
    t = templates.load(d.lang)
    act = d.act or decide(Facts(date_receipt=d.date_receipt, date_arret=d.date_arret,
                                procedure=d.procedure))
    findings = padd_by_act(ebc_procedure(with_places(prepared(d, t), d, t), act, t), act, t)
    legal, _, _ = split(findings)
    legal = legal[legal["piece"] != "hors_document"]
    visas = _visas_articles(act)
    if d.final:
        refuse = wording.unverified(wording.cited(legal, visas))
        if refuse:
            raise FinalRefusedError(t["final_refused"].format(doc=d.idurba,
                                                         articles=", ".join(refuse)))
    letter = d.form == "lettre" and act.opinion
    blocks = [] if d.final else [Block("banner", t["draft_banner"])]
    if act.deadline_passed:
        blocks.append(Block("warning", t["deadline_passed"].format(
            deadline=templates.date_words(act.deadline, t))))
    arret = arret_warning(act, t)
    if arret and not d.final:   # to the signatory: the pieces' date differs
        blocks.append(Block("warning", arret))
    blocks += _letterhead(d, act, t) if letter else _heading(d, act, t)
    blocks += _extract(d, t)
    blocks += _act(d, act, t)
    blocks += _conclusion(legal, act, d.final, t)
    blocks += by_commune(d, legal, t)
    blocks += _pieces(d, legal, t)
    blocks += _coordination(d, t) if act.opinion else []
    blocks.append(Block("note", _data_line(d, t)))
    if not d.final:
        blocks += _unverified(legal, visas, t)
    if letter:   # the maps follow the signature, as the letter's annex
        blocks += [Block("closing", t["letter"]["closing"].format(head=issuer(d, t).head)),
                   Block("signature", signature(d, t))]
    blocks += _maps(d, t, annex=letter)
    if d.final:
        _refuse_unverified_words(blocks, d, t)
    return [_without_folders(b) for b in blocks]


def _refuse_unverified_words(blocks, d: Dossier, t: dict) -> None:
    """A final opinion never prints « non vérifié » (a rule's wording may carry it)."""
    flagged = [b.text for b in blocks if "non vérifié" in b.text or "unverified" in b.text]
    if flagged:
        raise FinalRefusedError(t["final_refused"].format(
            doc=d.idurba, articles=" ; ".join(f"« {x[:120]} »" for x in flagged)))


def _visas_articles(act) -> list[str]:
    if not act.opinion:
        return []
    return ["L132-7", "L153-40"] if act.kind == "modification" else \
        ["L132-7", "L153-16", "R153-4"] if act.three_months else ["L132-7"]


def issuer(d: Dossier, t: dict) -> Issuer:
    """Who made the plan: the commune, or for a PLUi (a SCOT) the EPCI (the body carrying
    it), by its name when the user gives it, else by its SIREN, with the communes covered."""
    kind = doc_type(d.idurba).upper()
    if kind in ("PLUI", "SCOT") or d.plui is not None:
        names = d.plui.communes.names if d.plui is not None and d.plui.communes is not None \
            else {}
        codes = list(d.plui.codes) if d.plui is not None else [c for c in d.communes if c]
        return issuer_of("scot" if kind == "SCOT" else "epci", t, body=d.epci,
                         siren=siren_of(d.idurba), codes=codes, names=names)
    codes = sorted({c for c in d.communes if c})
    return issuer_of("commune", t, commune=d.commune, code=codes[0] if len(codes) == 1 else "")


def extract_suffix(d: Dossier, t: dict) -> str:
    """« – extrait pour la commune de Pezou (41175) » after the plan's words, "" otherwise."""
    return t["issuer"]["extract_for"].format(commune=extract_words(d, t)) \
        if d.extract and d.plui is not None else ""


def plan_words(d: Dossier, t: dict) -> str:
    """« plan local d'urbanisme intercommunal (PLUi) de la communauté de communes du Perche –
    extrait pour la commune de Pezou (41175) »: page headers and the note's title."""
    return f"{_doc_words(d, t)} {issuer(d, t).of_short}{extract_suffix(d, t)}"


def _doc_words(d: Dossier, t: dict) -> str:
    kind = doc_type(d.idurba)
    return t["doc_types"].get(kind, kind) or t["doc_types"]["PLU"]


def _heading(d: Dossier, act, t: dict) -> list[Block]:
    departement = d.voice.departement or d.departement or t["departement_default"]
    who = issuer(d, t)
    # an extract names the PLUi it is cut from, then its commune (not the other communes)
    words = dict(doc=_doc_words(d, t), of_body=who.of_body, extract=extract_suffix(d, t),
                 covering="" if d.extract else who.covering_short)
    if act.opinion:
        return [Block("title", t["title_section"]), Block("subtitle", t["subtitle_section"].format(
            departement=departement, **words))]
    return [Block("title", t["title_note"]), Block("subtitle", t["subtitle_plan"].format(
        **words))]


def _letterhead(d: Dossier, act, t: dict) -> list[Block]:
    v, lt = d.voice, t["letter"]
    departement = v.departement or d.departement or t["departement_default"]
    rest = " – ".join(x for x in (v.direction, v.service) if x)
    blocks = [Block("letterhead", ("\n" + rest) if rest else "", lead=departement)]
    if v.affaire_suivie:
        blocks.append(Block("note", lt["affaire"].format(name=v.affaire_suivie)))
    who = issuer(d, t)
    blocks.append(Block("address", lt["addressee"].format(addressee=who.addressee)))
    doc = _doc_words(d, t)
    if act.kind == "modification":
        obj = lt["object_modification"].format(procedure=_procedure_words(act, t), doc=doc)
    else:
        arret = f" le {templates.date_words(act.date_arret, t)}" if act.date_arret else ""
        obj = lt["object"].format(doc=doc, arret=arret)
    lead, _, rest = obj.partition(" : ")
    blocks.append(Block("para", rest, lead=f"{lead} : "))
    if act.date_receipt:
        blocks.append(Block("para", lt["saisine"].format(
            date=templates.date_words(act.date_receipt, t))))
    visas = [lt["visas_modification"] if act.kind == "modification" else lt["visas_intro"]]
    if act.date_arret and act.kind != "modification":
        visas.append(lt["visa_arret"].format(council=who.council,
                                             date=templates.date_words(act.date_arret, t)))
    if v.delegation:
        visas.append(lt["visa_delegation"].format(delegation=v.delegation))
    blocks += [Block("para", x) for x in visas]
    blocks.append(Block("para", lt["salutation"].format(salutation=who.salutation)))
    # the letter opens on a sentence, never straight on a heading
    receipt = lt["opening_receipt"].format(date=templates.date_words(act.date_receipt, t)) \
        if act.date_receipt else ""
    subject = rest.split(lt["object_subject_after"], 1)[-1]   # « projet de PLU arrêté le … »
    return blocks + [Block("para", lt["opening"].format(object=subject, receipt=receipt))]


def _procedure_words(act, t: dict) -> str:
    words = t["procedures"].get(act.procedure, act.procedure) or t["procedure_unknown"]
    return words + (f" n° {act.number}" if act.number else "")


def _act(d: Dossier, act, t: dict) -> list[Block]:
    """Page 1: what act this is and why, its dates, deadline, procedure context and regime."""
    a = t["act"]
    doc, who = _doc_words(d, t), issuer(d, t)
    # « Projet de PLUi, couvrant les communes de A et de B, arrêté par … »
    words = dict(doc=doc, of_body=who.of_body, covering=who.covering + t["issuer"]["comma"]
                 .rstrip() if who.covering else "", council=who.council, of_short=who.of_short)
    begun = a["begun"].format(date=templates.date_words(act.date_begun, t)) \
        if act.date_begun else ""
    reasons = t["list_sep"].join(t["act_reasons"][k] for k, _ in act.reasons)
    blocks = [Block("heading", t["act_heading"])]
    if act.kind == "projet_arrete":
        key = "projet_arrete" if act.date_arret else "projet_arrete_no_date"
        text = a[key].format(procedure=_procedure_words(act, t),
                             arret=templates.date_words(act.date_arret, t), begun=begun, **words)
    elif act.kind == "modification":
        text = a["modification"].format(procedure=_procedure_words(act, t), begun=begun,
                                        **words)
    elif act.kind == "approuve":
        approval = a["approval"].format(date=templates.date_words(act.date_approval, t)) \
            if act.date_approval else ""
        text = a["approuve"].format(approval=approval, **words)
    else:
        text = a["incoherent"].format(reasons=reasons)
    blocks.append(Block("para", text))
    # how the scan told the act: a working note, not a sentence for the maire (the letter)
    if act.reasons and act.kind != "incoherent" and not (d.form == "lettre" and act.opinion):
        blocks.append(Block("note", _act_basis(act, t)))
    if act.opinion:
        blocks += _deadline(act, t, issuer(d, t).author)
    blocks.append(Block("para", t["regime"][act.content]))
    blocks.append(Block("para", _voice_sentence(d, act, t)))
    return blocks


def _act_basis(act, t: dict) -> str:
    """« Le dossier est celui d'un projet arrêté : les métadonnées du plan et la mention portée
    sur les pièces écrites l'indiquent. » (each reason key is source_state, e.g. etat_arrete)."""
    kinds = [key.split("_")[0] for key, _ in act.reasons]
    state = "approuve" if act.reasons[0][0].endswith("approuve") else "arrete"
    plural = len(kinds) > 1 or kinds[0] in t["act_evidence_plural"]   # « les métadonnées »
    return t["act_basis"][state].format(evidence=joined([t["act_evidence"][k] for k in kinds],
                                                          t["issuer"]), verb=t["act_basis_verb"][plural])


def _deadline(act, t: dict, author: str) -> list[Block]:
    out = []
    if act.abolished:
        out.append(Block("warning", t["abolished"].format(
            date=templates.date_words(act.date_begun, t), procedure=_procedure_words(act, t),
            author=author)))
    if act.three_months:
        out.append(Block("para", t["deadline_line"].format(
            receipt=templates.date_words(act.date_receipt, t),
            deadline=templates.date_words(act.deadline, t)) if act.deadline
            else t["deadline_unknown"]))
    elif act.kind == "modification":
        out.append(Block("para", t["modification_regime"]))
    else:
        out.append(Block("para", t["revision_light_regime"]))
    if act.after_reform:
        out.append(Block("para", t["context_after"].format(
            date=templates.date_words(act.date_begun, t))))
    elif act.after_reform is False:
        out.append(Block("para", t["context_before"]))
    else:
        out.append(Block("para", t["context_unknown"].format(author=author)))
    return out


def _voice_sentence(d: Dossier, act, t: dict) -> str:
    name = d.voice.departement or d.departement
    name = (f"Le {name}" if d.lang == "fr" and name.startswith("Département") else name) \
        or t["voice_default"]
    key = "voice" if act.opinion else "voice_note"
    apposition = roles(d.voice, t)
    # the note's verb follows the roles directly: the apposition closes with a comma
    if apposition and key == "voice_note":
        apposition += ","
    return t[key].format(name=name, roles=apposition, of_author=issuer(d, t).of_author)


def _counted(n: int, key: str, t: dict) -> str:
    words = t[f"count_{key}"]
    return words[n] if n < len(words) else t["count_more"].format(n=n, what=t[f"what_{key}"])


def _conclusion(legal: pd.DataFrame, act, final: bool, t: dict) -> list[Block]:
    n = conclusion_counts(legal)
    n["recommandation"] += int(act.opinion)          # the works-coordination recommendation
    reserves, recos = _counted(n["reserve"], "reserves", t), \
        _counted(n["recommandation"], "recommandations", t)
    if not act.opinion:
        text = t["conclusion_note"].format(n=reserves, m=recos)
    else:
        key = "both" if n["reserve"] and n["recommandation"] else "reserves" if n["reserve"] \
            else "recommandations" if n["recommandation"] else "none"
        text = t["conclusion_digital"][key].format(n=reserves, m=recos)
    blocks = [Block("heading", t["conclusion_heading" if act.opinion else
                                 "note_conclusion_heading"]),
              Block("proposal", text, lead="" if final or not act.opinion else
                    t["conclusion_marker"] + " ")]
    rows = legal[legal["avis"] == "reserve"]
    if len(rows):
        blocks.append(Block("para", t["reserves_recap" if act.opinion else
                                      "note_reserves_recap"], lead=""))
        blocks += [Block("reserve", sentence(without_quote(r["message"], r["citation"])),
                         group="recap")
                   for _, r in rows.iterrows()]
    return blocks


def _pieces(d: Dossier, legal: pd.DataFrame, t: dict) -> list[Block]:
    zone_texts = _zone_provisions(d)
    blocks = []
    for piece in PIECES[:-1]:                      # hors_document: the internal note
        rows = legal[legal["piece"] == piece]
        read = _piece_read(d, piece, rows)
        # findings for a rapport nobody read are elements for its diagnostic, never
        # findings "on the rapport"
        unread_report = piece == "rapport" and not read and len(rows)
        blocks.append(Block("heading", t["rapport_not_read_heading"] if unread_report
                            else t["pieces"][piece], level=1))
        if unread_report:
            blocks.append(Block("para", t["rapport_not_read_intro"]))
        elif not len(rows):
            unreadable = _unreadable(d, piece)
            blocks.append(Block("para", t["piece_no_finding"] if read else
                                _unreadable_sentence(piece, unreadable, t) if unreadable
                                else t["pieces_not_read"] if piece in PLURAL_PIECES
                                else t["piece_not_read"]))
        rows, shared_clause = _one_serving_clause(rows, t)
        for _, row in rows.iterrows():
            blocks += _finding(row, t, zone_texts)
        blocks += shared_clause
        if len(rows) and piece in TEXT_PIECES and piece != "rapport" and not read:
            blocks.append(Block("note", _rests_on(d, t)))
    return blocks


PLURAL_PIECES = ("annexes",)   # « Annexes » : « Ces pièces n'ont pas été examinées »


def _one_serving_clause(rows: pd.DataFrame, t: dict) -> tuple[pd.DataFrame, list[Block]]:
    """The same « Rédaction proposée » for each zone's serving is said once, for all the
    zones, after their findings."""
    serving = rows["rule_id"].astype(str).str.startswith(SERVING_RULES) if len(rows) else \
        pd.Series(dtype=bool)
    if serving.sum() < 2:
        return rows, []
    zones = list(dict.fromkeys(rows.loc[serving, "libelle"].astype(str)))
    rows = rows.copy()
    rows.loc[serving, "clause"] = None
    return rows, [Block("suggestion", t["clause"].format(
        clause=t["rip_clause_zones"].format(zones=joined(zones, t["issuer"]))))]


def _without_folders(block: Block) -> Block:
    """A document sent to the commune names files, never the folders of this computer."""
    rows = [[file_names(c) for c in row] for row in block.rows]
    return replace(block, text=file_names(block.text), lead=file_names(block.lead),
                   source=file_names(block.source), caption=file_names(block.caption),
                   header=[file_names(c) for c in block.header], rows=rows)


def _coordination(d: Dossier, t: dict) -> list[Block]:
    """The one recommendation the trench-sharing work leaves in the opinion."""
    opp = d.opportunities
    parts = []
    if opp is not None and len(opp):
        kinds = opp.get("kind", pd.Series("", index=opp.index)).astype(str)
        for works in dict.fromkeys(opp.loc[kinds == "er_voirie", "works_id"].astype(str)):
            m = re.search(r"n°\s*(\d+)", works)
            if m:
                parts.append(t["coordination_er"].format(n=m.group(1)))
        for zone in dict.fromkeys(opp.loc[kinds == "zone_au", "works_id"].astype(str)):
            if _open_zone(d.zones, zone):
                parts.append(t["coordination_au"].format(zone=zone))
    operations = joined(parts, t) or t["coordination_ops_none"]
    delegate = t["coordination_delegate"].format(name=d.voice.rip_delegataire) \
        if d.voice.rip_delegataire else t["coordination_delegate_none"]
    text = t["coordination"].format(delegate=delegate, operations=operations,
                                    author=issuer(d, t).author)
    own = _own_works(d.works, d.voice) if d.voice.rip else []
    if own:
        text += " " + t["coordination_own_works"].format(works=t["and"].replace(" à", "").join(
            own) if len(own) < 3 else ", ".join(own))
    return [Block("heading", t["coordination_heading"]),
            Block("item", text, lead=f"{t['avis']['recommandation']} – ")]


def _own_works(works, voice) -> list[str]:
    """The Département's own programmed works (its needs, stated as commitments): « création
    de la voie des Oliviers (2027) », from the scan's works layer."""
    if works is None or not len(works) or not voice.departement:
        return []
    owner = works.get("maitre_ouvrage", pd.Series("", index=works.index)).fillna("")
    mine = works[owner.astype(str).str.lower().str.startswith(voice.departement.lower())]
    out = []
    for _, r in mine.iterrows():
        nature = str(r.get("nature_source") or r.get("nature") or "").split(" – ", 1)[-1]
        year = str(r.get("date_debut") or "")[:4]
        if nature.strip():
            nature = nature.strip()
            out.append(nature[0].lower() + nature[1:] + (f" ({year})" if year.isdigit() else ""))
    return list(dict.fromkeys(out))


def _open_zone(zones, label: str) -> bool:
    """An AU zone open to building (AUc); a closed one (AUs) has no developer yet."""
    if zones is None or "typezone" not in zones:
        return True
    match = zones[zones["libelle"].astype(str) == label]
    return not len(match) or str(match.iloc[0]["typezone"]).upper() != "AUS"


def _data_line(d: Dossier, t: dict) -> str:
    """« Données : … » naming only the data the scan used, then each input given but set
    aside because it does not cover the plan, with why."""
    names = [i.get("input", "") for i in sources.used_inputs(d.inputs, d.findings)]
    items = [t["data_items"][k] for k in dict.fromkeys(names) if k in t["data_items"]] or \
        [t["data_items"]["plan"]]
    return " ".join([t["data_line"].format(items=", ".join(items))]
                    + sources.set_aside_sentences(d.inputs, d.findings, t))


def _unverified(legal: pd.DataFrame, visas, t: dict) -> list[Block]:
    missing = wording.unverified(wording.cited(legal, visas))
    if not missing:
        return []
    return [Block("heading", t["unverified_heading"], level=2),
            Block("note", t["unverified_intro"].format(articles=", ".join(missing)))]


def signature(d: Dossier, t: dict) -> str:
    v = d.voice
    if d.signature and not (v.signataire or v.qualite):
        return d.signature
    blank = t["signature_blank"]
    act = re.sub(r"^(?:l'|l’|le |la )", "", v.delegation.strip())   # « (arrêté n° …) »
    delegation = t["signature_delegation"].format(delegation=act) if act else ""
    return t["signature_block"].format(
        place=v.lieu or blank, date=templates.date_words(d.today, t) if d.final and d.today
        else blank, name=v.signataire or blank, quality=v.qualite or blank,
        delegation=delegation, **{"for": t["signature_for"]})


def _maps(d: Dossier, t: dict, annex: bool = False) -> list[Block]:
    """The maps; after a letter's signature, labelled as its annex."""
    if not d.overview and not d.zone_maps:
        return []
    heading = t["maps_heading_annex"] if annex else t["maps_heading"]
    blocks, n = [Block("heading", heading)], 0
    if d.overview:
        n += 1
        # the RIP is drawn only from a GraceTHD the scan used: the caption says what is drawn
        drawn = {item.get("input") for item in sources.used_inputs(d.inputs, d.findings)}
        blocks.append(Block("figure", image=d.overview, caption=t["figure_label"].format(n=n)
                            + t["overview_caption" if "gracethd" in drawn
                                else "overview_caption_plan"]))
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
    if rows["citation"].map(lambda c: isinstance(c, str) and bool(c.strip())).any():
        return True     # an empty citation quotes nothing: the piece was not read
    p = d.pieces
    if p is None:
        return piece == "reglement_ecrit" and bool(_zone_provisions(d))
    return {"reglement_ecrit": p.reglement is not None and p.reglement.lisible,
            "padd": p.padd is not None and p.padd.lisible
            and p.padd.communications_numeriques is not None,
            "oap": any(o.lisible for o in p.oap or [])}.get(piece, False)


def _rests_on(d: Dossier, t: dict) -> str:
    """« Le texte de cette pièce n'a pas été lu : les constats ci-dessus reposent sur les
    données numériques du plan et les supports d'antennes (ANFR). »: the data the scan used,
    never a network it set aside or was not given."""
    words = t["findings_rest_on"]
    kinds = dict.fromkeys(item.get("input", "") for item in sources.used_inputs(
        d.inputs, d.findings))
    used = [words[k] for k in kinds if k in words and k != "plan"]
    return t["piece_not_read_with_findings"].format(
        data=joined([words["plan"]] + used, t["issuer"]))


def _unreadable_sentence(piece: str, names: list[str], t: dict) -> str:
    """« Non évalué – les orientations d'aménagement et de programmation (fichier x.pdf) ne
    sont pas lisibles : … »: the piece named in words, its files after it."""
    files = t["piece_files"]["one" if len(names) == 1 else "many"].format(
        names=", ".join(names))
    return t["piece_unreadable"].format(
        what=t["piece_unreadable_what"][piece].format(files=files))


def _unreadable(d: Dossier, piece: str) -> list[str]:
    """The file names of a piece given but not read (scanned, damaged, too short), else []."""
    p = d.pieces
    if p is None:
        return []
    given = {"reglement_ecrit": [p.reglement] if p.reglement is not None else [],
             "padd": [p.padd] if p.padd is not None else [],
             "oap": list(p.oap or [])}.get(piece, [])
    unread = [x for x in given if not x.lisible or getattr(
        x, "communications_numeriques", True) is None]
    return list(dict.fromkeys(Path(str(s or "?").split("!")[-1]).name
                              for x in unread for s in str(x.source).split("; ")))


def _page(value) -> str:
    try:
        return str(int(float(value)))
    except (TypeError, ValueError):
        return ""


def without_quote(message, citation) -> str:
    """The message without the plan's sentence it quotes (« … »): the quotation follows."""
    message, quote = str(message or ""), str(citation or "").strip().rstrip(".")
    if not quote:
        return message
    if quoted_inline(message, quote):
        return message
    span = re.compile(r"\s*:?\s*«\s*" + re.escape(quote) + r"\.?\s*»\s*\.?")
    return re.sub(r"\.\s*\.", ".", span.sub(".", message, count=1)).strip()


# a verb whose object is the quotation (« il prévoit seulement : « … » ») keeps it in the
# sentence: « prévoit ce qui est cité ci-dessous » is not how an urbanist writes
_VERB_THEN_QUOTE = r"\b(?:dispose|prévoit|indique|says|provides)(?: seulement| only)?\s*:?\s*«\s*"


def quoted_inline(message, citation) -> bool:
    """Whether the message quotes ``citation`` as the object of a verb (then no quote block)."""
    quote = str(citation or "").strip().rstrip(".")
    return bool(quote) and re.search(_VERB_THEN_QUOTE + re.escape(quote), str(message or "")) \
        is not None


def _finding(row, t: dict, zone_texts: dict) -> list[Block]:
    avis = row["avis"]
    text = sentence(without_quote(row["message"], row["citation"]))
    blocks = [Block("reserve", text, group="detail") if avis == "reserve" else
              Block("item", text, lead=f"{t['avis'][avis]} – ")]
    piece = t["piece_short"].get(row["piece"], "")
    if quoted_inline(row["message"], row["citation"]):
        pass    # the sentence quotes the plan, with its article and page
    elif isinstance(row["citation"], str) and row["citation"].strip():
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
    place = row.get("lieu")
    if isinstance(place, str) and place:
        blocks.append(Block("basis", t["finding_communes"].format(communes=place)))
    if row["article"]:
        force = t["force"].get(row["force"], "")
        blocks.append(Block("basis", t["basis"].format(article=row["article"], force=force)))
    if isinstance(row["suggestion"], str) and row["suggestion"].strip():
        blocks.append(Block("suggestion", t["suggestion"].format(
            suggestion=sentence(row["suggestion"]))))
    clause = row.get("clause")
    if isinstance(clause, str) and clause.strip():
        blocks.append(Block("suggestion", t["clause"].format(clause=sentence(clause))))
    return blocks


def commune_words(code: str, names: dict, t: dict) -> str:
    """« Commune de Pezou (41175) », « Commune d'Onzain (41167) », or « Commune de code
    INSEE 41175 » when no name is known."""
    name = (names or {}).get(code, "")
    if not name:
        return t["commune_coded"].format(insee=code)
    return t["commune_named"].format(of_name=of_place(name), name=name, insee=code)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _assigned(d: Dossier) -> bool:
    """A PLUi whose findings were assigned to their communes (an extract's are its own)."""
    return d.plui is not None and d.plui.communes is not None and not d.extract


def with_places(findings: pd.DataFrame, d: Dossier, t: dict) -> pd.DataFrame:
    """The findings of a PLUi with ``lieu``: the words of their commune(s) (empty elsewhere)."""
    if not _assigned(d) or "communes" not in findings:
        return findings
    names = d.plui.communes.names
    words = {c: _lower_first(commune_words(c, names, t)) for c in d.plui.codes}
    place = findings["communes"].fillna("").astype(str).map(
        lambda codes: t["communes_and"].join(words.get(c) or _lower_first(commune_words(c, names, t))
                                    for c in codes.split(",") if c))
    return findings.assign(lieu=place)


def extract_words(d: Dossier, t: dict) -> str:
    """« commune de Pezou (41175) »: the commune an extract of a PLUi is for."""
    names = d.plui.communes.names if d.plui is not None and d.plui.communes is not None \
        else {}
    return _lower_first(commune_words(d.extract, names, t))


def _extract(d: Dossier, t: dict) -> list[Block]:
    """An extract for one commune of a PLUi says so first."""
    if not d.extract or d.plui is None:
        return []
    others = [c for c in d.plui.codes if c != d.extract]
    names = d.plui.communes.names if d.plui.communes is not None else {}
    margin = templates.number(d.margin or 0, t) + "\u202fm"
    return [Block("warning", t["plui_extract"].format(
        doc=_doc_words(d, t), commune=extract_words(d, t), margin=margin,
        others=others_sentence(others, names, t)).strip())]


def by_commune(d: Dossier, legal: pd.DataFrame, t: dict, opportunities=False) -> list[Block]:
    """A PLUi's findings counted per commune (and its opportunities, in the internal note);
    « non évalué », with why, when nothing gives the communes' places."""
    p = d.plui
    if p is None or d.extract:
        return []
    blocks = [Block("heading", t["communes_heading"])]
    if p.communes is None:
        blocks.append(Block("para", t["communes_not_evaluated"].format(
            communes=the_communes(p.codes, {}, t))))
        return blocks + ([] if d.final else [Block("note", t["communes_how"])])
    blocks.append(Block("para", t["communes_intro"]))
    blocks.append(_commune_table(d, legal, t, opportunities))
    if p.missing:
        blocks.append(Block("note", t["communes_missing"].format(
            communes=the_communes(p.missing, {}, t, None))))
    return blocks


def _commune_table(d: Dossier, legal: pd.DataFrame, t: dict, opportunities: bool) -> Block:
    counts = per_commune(legal).reindex(columns=list(AVIS), fill_value=0)
    opp = per_commune(d.opportunities, None) if opportunities else pd.DataFrame()
    codes = list(d.plui.codes) + ([""] if "" in counts.index or "" in opp.index else [])
    header = list(t["communes_columns"]) + ([t["communes_opportunities"]] if opportunities
                                             else [])
    rows = []
    for code in codes:
        n = counts.loc[code] if code in counts.index else pd.Series(0, index=list(AVIS))
        label = commune_words(code, d.plui.communes.names, t) if code else t["communes_whole"]
        row = [label] + [str(int(n[a])) for a in AVIS] + [str(int(n.sum()))]
        if opportunities:
            row.append(str(int(opp.loc[code, "n"])) if code in opp.index else "0")
        rows.append(row)
    # wide enough for « Observations » and « Opportunités » on one line
    widths = (17, 12, 14, 17, 16, 7, 17) if opportunities else (28, 12, 16, 17, 17, 10)
    return Block("table", rows=rows, header=header, widths=widths)
