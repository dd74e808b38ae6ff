"""The internal note for the RIP team: everything a PPA opinion may not publish (R153-4,
« dans les limites de leurs compétences propres »): the trench-sharing table with its L49
deadlines and conventions, mast fibring, L34-9-1 reminders, the points outside the plan,
the checks not evaluated, data quality, counts, the tool's version and the data hashes.
Nothing the scan found is lost between the opinion and this note."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import shapely

from . import sources, templates
from .findings import AVIS, PIECES, split

MAX_QUALITY_LINES = 200


def sentence(text) -> str:
    # ordinary spaces only: str.split() would also break the no-break spaces of « 50 €/m »
    text = re.sub(r"[ \t\r\n]+", " ", str(text or "")).strip()
    return text if not text or text[-1] in ".!?…»" else text + "."


def _truthy(value) -> bool:
    return str(value).lower() in ("1", "true", "1.0", "yes")


def _need(row, t: dict) -> str:
    """The trench's needs as the scan listed them, else its one need from the template."""
    listed = row.get("besoins")
    if isinstance(listed, str) and listed.strip():
        return listed
    template = t["needs"].get(str(row.get("need")), t["needs"]["default"])
    return template.format(id=row.get("need_id", ""))


def opportunity_sentence(row, t: dict, today=None) -> str:
    """« Les travaux TRV-1 (Commune) peuvent accueillir des fourreaux sur 300 m pour … ;
    coût … de l'ordre de 15 000 à 27 000 € … » and the L49 deadline when the works are
    eligible, or eligible if the commune lies in an unité urbaine."""
    works = t["opp_works"].get(str(row.get("kind")), t["opp_works"]["default"]).format(
        id=str(row.get("works_id", "")).split(" : ")[0],
        owner=row.get("maitre_ouvrage", "") or "?")
    text = t["opp_sentence"].format(works=works, length=templates.number(row.get("length_m"), t),
                                    need=_need(row, t),
                                    low=templates.number(row.get("cout_min_eur"), t),
                                    high=templates.number(row.get("cout_max_eur"), t))
    if str(row.get("kind")) == "coordination_interne":
        return row.get("message") or text  # the scan's own words: internal work, no cost
    eligible, pending = _truthy(row.get("l49_eligible")), _truthy(row.get("l49_sous_reserve"))
    deadline = pd.to_datetime(row.get("date_limite_l49"), errors="coerce") \
        if (eligible or pending) else pd.NaT
    if pd.isna(deadline):
        return text
    words = templates.date_words(row["date_limite_l49"], t)
    if today is not None and deadline.date() < today:  # a request now would come too late
        return text + t["opp_deadline_passed"].format(date=words)
    return text + t["opp_deadline" if eligible else "opp_deadline_pending"].format(date=words)


# the plan's own CNIG layers (« 06999_PRESCRIPTION_SURF_20250115 »): a finding drawn from one is
# about an object of the plan (a future road's ER), not a point outside it
_PLAN_LAYER = re.compile(r"(?:^|_)(?:PRESCRIPTION|ZONE_URBA|INFO|HABILLAGE)(?:_|$)", re.IGNORECASE)


def on_plan_layer(rows: pd.DataFrame) -> pd.Series:
    """Whether each finding the opinion leaves to the note comes from the plan's own layers."""
    layer = rows.get("source_layer", pd.Series("", index=rows.index)).fillna("").astype(str)
    return layer.str.contains(_PLAN_LAYER)


def inside_plan(findings: pd.DataFrame, zones: pd.DataFrame) -> np.ndarray:
    """Whether each finding's geometry touches the plan's perimeter (the union of its zones):
    a mast in zone A is a point inside the plan even when no piece of the plan speaks of it.
    A finding without geometry is not inside."""
    column = findings.get("geometry", pd.Series(None, index=findings.index, dtype=object))
    geoms = column.astype(object).where(column.notna(), None).to_numpy(object)  # NaN: none
    if zones is None or not len(zones) or not len(geoms):
        return np.zeros(len(geoms), dtype=bool)
    perimeter = shapely.union_all(zones["geometry"].to_numpy(object))
    shapely.prepare(perimeter)
    return np.asarray(shapely.intersects(perimeter, geoms), dtype=bool) & \
        ~shapely.is_missing(geoms)


def distinct_bodies(names) -> list[str]:
    """Each body once: « Département des Alpes-Maritimes (RIP) / Délégataire THD 06 » and
    « Délégataire THD 06 » name the Département and its delegate, not four partners (a role in
    parentheses or a « / » between two bodies does not make a new one)."""
    out = {}
    for name in names:
        for body in str(name or "").split(" / "):
            body = " ".join(body.split())
            key = re.sub(r"\s*\([^)]*\)$", "", body).casefold()
            if key and key not in out:
                out[key] = re.sub(r"\s*\([^)]*\)$", "", body)
    return list(out.values())


def deadline_words(row, t: dict, today=None) -> str:
    """The L49 deadline of a trench for the table: its date, « (échéance dépassée) » when it
    has passed, « – » when the works are not eligible."""
    if not (_truthy(row.get("l49_eligible")) or _truthy(row.get("l49_sous_reserve"))):
        return "–"
    words = templates.date_words(row.get("date_limite_l49"), t)
    deadline = pd.to_datetime(row.get("date_limite_l49"), errors="coerce")
    if not words:
        return "–"
    if today is not None and not pd.isna(deadline) and deadline.date() < today:
        return t["opp_deadline_past_cell"].format(date=words)
    return words


def internal(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings the opinion leaves to this note: those outside the plan."""
    legal = split(findings)[0]
    return legal[legal["piece"] == "hors_document"]


def build_note(d, title: str) -> list:
    """Blocks of the internal note of one dossier (a document.Dossier)."""
    from .document import Block, by_commune

    t = templates.load(d.lang)
    legal, not_evaluated, quality = split(d.findings)
    blocks = [Block("title", t["title_internal"]), Block("subtitle", title),
              Block("note", t["internal_intro"])]
    blocks += _opportunities(d.opportunities, t, getattr(d, "today", None))
    internal_rows = legal[legal["piece"] == "hors_document"]
    on_plan = on_plan_layer(internal_rows)
    # in_plan: set by the opinion from each finding's geometry (absent from older results)
    inside = internal_rows.get("in_plan", pd.Series(False, index=internal_rows.index)) \
        .fillna(False).astype(bool) & ~on_plan
    for heading, rows in (("internal_findings_heading", internal_rows[~on_plan & ~inside]),
                          ("internal_inside_heading", internal_rows[inside]),
                          ("internal_plan_heading", internal_rows[on_plan])):
        if heading != "internal_findings_heading" and not len(rows):
            continue
        blocks.append(Block("heading", t[heading]))
        blocks += [Block("item", sentence(r["message"]) + _suggestion(r),
                         lead=f"{t['avis'][r['avis']]} – ") for _, r in rows.iterrows()]
        if not len(rows):
            blocks.append(Block("para", _none_outside(d, t)))
    if len(not_evaluated):
        blocks += [Block("heading", t["not_evaluated_heading"]),
                   Block("para", t["not_evaluated_intro"])]
        blocks += [Block("item", sentence(r["message"]) + _suggestion(r),
                         lead=f"{t['piece_short'][r['piece']]} – ")
                   for _, r in not_evaluated.iterrows()]
    blocks += by_commune(d, legal, t, opportunities=True)
    blocks += _counts(legal, t)
    blocks += _annex_data(d, quality, t)
    return blocks


# the inputs whose points the note lists: without one of them nothing was looked for
_POINT_INPUTS = ("gracethd", "anfr", "arcep", "works", "aerial")


def _none_outside(d, t: dict) -> str:
    """« Aucun point d'attention. » only when networks or antenna sites were used; else
    « Non évalué : … » (no network given, or the one given set aside)."""
    used = {item.get("input", "") for item in sources.used_inputs(d.inputs, d.findings)}
    return t["internal_none"] if used & set(_POINT_INPUTS) else t["internal_not_evaluated"]


def _suggestion(row) -> str:
    s = row.get("suggestion")
    return " " + sentence(s) if isinstance(s, str) and s.strip() else ""


def _opportunities(opp, t: dict, today=None) -> list:
    from .document import Block

    blocks = [Block("heading", t["annex_opp_heading"]), Block("note", t["annex_opp_note"]),
              Block("note", t["coordination_only_note"])]
    if opp is None or not len(opp):
        return blocks + [Block("para", t["opp_none"])]
    rows = []
    for _, r in opp.sort_values("rang").iterrows():
        names = [str(r.get("maitre_ouvrage") or "")] + str(r.get("partenaires") or "").split(" ; ")
        partners = " ; ".join(distinct_bodies(names))
        deadline = deadline_words(r, t, today)
        works = str(r.get("works_id", "")).split(" : ")[0]  # "Emplacement réservé n°1 : …"
        rows.append([templates.number(r.get("rang"), t), works, partners,
                     _need(r, t), templates.number(r.get("length_m"), t), deadline,
                     templates.number(r.get("cout_min_eur"), t) + " – "
                     + templates.number(r.get("cout_max_eur"), t),
                     str(r.get("base_legale", "") or "")])
    blocks.append(Block("table", rows=rows, header=t["annex_opp_columns"],
                        widths=(4, 16, 18, 20, 7, 11, 10, 14)))  # « Emplacement » whole
    blocks += [Block("item", opportunity_sentence(r, t, today), lead=f"{templates.number(r['rang'], t)}"
                     " – ") for _, r in opp.sort_values("rang").iterrows()]
    return blocks


def _counts(legal: pd.DataFrame, t: dict) -> list:
    from .document import Block

    header = [t["summary_piece"]] + [t["avis_plural"][a] for a in AVIS] + [t["summary_total"]]
    rows = []
    for piece in PIECES:
        sub = legal[legal["piece"] == piece]
        rows.append([t["piece_short"][piece]] + [str(int((sub["avis"] == a).sum()))
                                                 for a in AVIS] + [str(len(sub))])
    return [Block("heading", t["internal_counts_heading"]),
            Block("table", rows=rows, header=header, widths=(24, 13, 18, 17, 16, 12))]


def _annex_data(d, quality: pd.DataFrame, t: dict) -> list:
    from .document import Block

    info = d.run_info
    finished = templates.date_words(str(info.get("finished", ""))[:10], t)
    blocks = [Block("heading", t["internal_trace_heading"]),
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
    # inputs given but set aside (they do not cover the plan): listed above, used nowhere
    blocks += [Block("para", text) for text in sources.set_aside_sentences(d.inputs, d.findings, t)]
    if len(quality):
        blocks += [Block("heading", t["quality_heading"], level=2),
                   Block("para", t["quality_intro_one" if len(quality) == 1
                                   else "quality_intro"].format(n=len(quality)))]
        blocks += [Block("item", sentence(r["message"]), lead=f"{t['avis']['observation']} – ")
                   for _, r in quality.head(MAX_QUALITY_LINES).iterrows()]
    return blocks
