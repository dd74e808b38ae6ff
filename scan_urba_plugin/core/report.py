"""The self-contained HTML report a département attaches to its opinion on a PLU draft.

Sections (stable ids): identite, synthese, cartes, constats, opportunites, textes, parametres.
Map images come in as PNG bytes and are embedded (base64): the file stands alone.
"""
from __future__ import annotations

import base64
import html
import json
import re
from pathlib import Path, PurePath, PureWindowsPath

import numpy as np
import pandas as pd

from . import french
from .i18n import QT_TR_NOOP, plural, tr
from .legal import TEXTS
from .pieces.report_section import written_pieces_section

AVIS_ORDER = ["reserve", "recommandation", "observation", "information"]
# What a person reads for each code (translated when shown).
LABELS = {
    "reserve": QT_TR_NOOP("Reservation"), "recommandation": QT_TR_NOOP("Recommendation"),
    "observation": QT_TR_NOOP("Observation"), "information": QT_TR_NOOP("Information"),
    "obligation": QT_TR_NOOP("legal obligation"), "compatibilite": QT_TR_NOOP("compatibility"),
    "faculte": QT_TR_NOOP("faculty"), "bonne_pratique": QT_TR_NOOP("good practice"),
    "jurisprudence": QT_TR_NOOP("case law"),
    "padd": QT_TR_NOOP("PADD"), "rapport": QT_TR_NOOP("rapport de présentation"),
    "oap": QT_TR_NOOP("OAP"), "reglement_ecrit": QT_TR_NOOP("written règlement"),
    "reglement_graphique": QT_TR_NOOP("règlement graphique"),
    "annexes": QT_TR_NOOP("annexes"), "hors_document": QT_TR_NOOP("outside the plan"),
    "sans_observation": QT_TR_NOOP("no observation"),
    # the families of the findings browser: what a row is
    "juridique": QT_TR_NOOP("legal"), "qualite_donnees": QT_TR_NOOP("data quality"),
    "mutualisation": QT_TR_NOOP("trench sharing"),
    "non_concernee": QT_TR_NOOP("not concerned"),
    "travaux_programmes": QT_TR_NOOP("planned works"), "er_voirie": QT_TR_NOOP("ER road"),
    "zone_au": QT_TR_NOOP("AU zone"), "effacement": QT_TR_NOOP("burial"),
    "liaison_manquante": QT_TR_NOOP("missing link"),
    "coordination_interne": QT_TR_NOOP("internal coordination"),
    "rip_a_construire": QT_TR_NOOP("RIP route to build"),
    "zone_non_desservie": QT_TR_NOOP("zone far from the RIP"),
    "point_haut_a_fibrer": QT_TR_NOOP("antenna site to fibre"),
    "effacement_aerien": QT_TR_NOOP("line on electricity poles"),
    "ligne_aerienne": QT_TR_NOOP("aerial telecom line"),
    # inputs of the scan
    "plan": QT_TR_NOOP("urban plan"), "gracethd": QT_TR_NOOP("GraceTHD network"),
    "anfr": QT_TR_NOOP("ANFR antenna supports"), "works": QT_TR_NOOP("planned works"),
    "aerial": QT_TR_NOOP("aerial lines"), "rip_zoning": QT_TR_NOOP("RIP / AMII zoning"),
    "scot_sectors": QT_TR_NOOP("SCOT sectors"), "agglomeration": QT_TR_NOOP("agglomération"),
    "communes": QT_TR_NOOP("communes"),
    "reglement": QT_TR_NOOP("written règlement"),   # the written pieces read
}
# inputs that are written pieces: one file each, no layer nor feature count
PIECE_INPUTS = ("reglement", "padd", "oap")


UNITS = {"days": QT_TR_NOOP("days")}


def label(code) -> str:
    """The reader's word for a code; an unknown code is shown as it is."""
    return tr(LABELS[code]) if code in LABELS else ("" if french.missing(code) else str(code))


# Findings whose rule_id is a variant of a rule's, or from the engine and the readers.
KIND_LABELS = {
    "desserte.rip_partiel": QT_TR_NOOP("RIP partly reaching the zone"),
    "desserte.rip_non_recense": QT_TR_NOOP("no RIP route near the zone"),
    "engine.non_evalue": QT_TR_NOOP("not evaluated (input missing)"),
    "engine.non_applicable": QT_TR_NOOP("not applicable to this plan"),
    "engine.agglomeration_par_defaut": QT_TR_NOOP("agglomération assumed"),
    "pieces.non_lue": QT_TR_NOOP("written piece not read"),
    "trench_sharing": QT_TR_NOOP("trench sharing"),
}


def kind_label(rule_id, famille=None) -> str:
    """What a finding is about, in words: the rule's title (or its variant's), never its id;
    a reader's data-quality check reads « data quality »."""
    from .engine import all_rules

    code = "" if french.missing(rule_id) else str(rule_id)
    if code in KIND_LABELS:
        return tr(KIND_LABELS[code])
    titles = {rule.rule_id: rule.title for rule in all_rules()}
    if code in titles:
        return tr(titles[code])
    family = code.split(".")[0] + "."
    title = next((t for rid, t in titles.items() if rid.startswith(family)), None)
    if title is not None and famille != "qualite_donnees":
        return tr(title)
    return tr("data quality") if code else ""


CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1400px;color:#222}
h1{font-size:1.6em;border-bottom:3px solid #1f6fb2;padding-bottom:.3em}
h2{font-size:1.25em;color:#1f6fb2;margin-top:1.8em}
table{border-collapse:collapse;width:100%;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eef3f8} td.num{text-align:right}
.sev-reserve{background:#f8d7d3}.sev-recommandation{background:#fde5cc}
.sev-observation{background:#fdf5c9}.sev-information{background:#dcebf7}
figure{margin:1em 0}figure img{max-width:100%;border:1px solid #bbb}
figcaption{font-size:.85em;color:#555}.quote{font-style:italic;color:#333}
.small{font-size:.8em;color:#555}
td.detail{border-top:none;padding-left:2em;color:#333}
"""


def esc(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(french.file_names(str(value)))  # a file's name, never its folders


def table(frame: pd.DataFrame, columns: dict, css_col=None, numeric=(), coded=(),
          formats=None, detail=None) -> str:
    """An HTML table; ``coded`` columns show their label, ``formats`` {column: function}
    format values, other cells are written in French (numbers, dates, oui/non); the
    ``detail`` column (a long text) goes on a full-width row under each row."""
    if frame is None or not len(frame):
        return "<p class='small'>" + esc(tr("None.")) + "</p>"
    formats = {**{c: label for c in coded}, **(formats or {})}
    head = "".join(f"<th>{esc(name)}</th>" for name in columns.values())
    rows = []
    for _, r in frame.iterrows():
        css = f" class='sev-{esc(r[css_col])}'" if css_col else ""
        cells = "".join(
            f"<td{' class=num' if c in numeric else ''}>"
            f"{esc(formats.get(c, french.cell)(r.get(c)))}</td>" for c in columns)
        rows.append(f"<tr{css}>{cells}</tr>")
        if detail:
            rows.append(f"<tr{css}><td class='detail' colspan='{len(columns)}'>"
                        f"{esc(french.cell(r.get(detail)))}</td></tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


# the summary, the zones, the maps, the findings and the parameters each start a page
# (printed, in the PDF): no heading alone at a page's foot
NEW_PAGE = "page-break-before: always"
PDF_OVERVIEW_HEIGHT = 560  # px: the overview, its heading and caption on one landscape page


def _fitted_size(png: bytes, width: int, height: int = 560) -> str:
    """The size a PNG is drawn at in the PDF: ``width``, less when the map is tall, so that
    the map and its caption share one landscape page; both given, since Qt's text engine keeps
    the PNG's own height when told the width only (the PNG header gives its size)."""
    w, h = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    if not (w and h):
        return f" width='{int(width)}'"
    scale = min(width / w, height / h)
    return f" width='{int(w * scale)}' height='{int(h * scale)}'"


def build_html(data: dict, rules: list, maps: list[tuple[str, bytes]],
               image_width: int | None = None) -> str:
    """data: tables of the scan GeoPackage as frames (findings, zones_bilan, opportunites,
    run_info…); rules: Rule objects cited; maps: (caption, PNG bytes); ``image_width``:
    the maps' width in pixels where CSS is not read (the PDF's text engine)."""
    info = dict(zip(data["run_info"]["key"], data["run_info"]["value"])) \
        if "run_info" in data else {}
    findings = data["findings"]
    family = findings["famille"] if "famille" in findings else \
        pd.Series("juridique", index=findings.index)
    legal, quality = findings[family != "qualite_donnees"], findings[family == "qualite_donnees"]
    opp = data.get("opportunites")
    zones = data["zones_bilan"]
    idurba, codes = _documents(findings)
    title = esc(tr("Scan Urba report"))
    name = esc(f"{idurba} ({info['document']})" if info.get("document") else idurba)
    parts = [f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
             f"<title>{title} – {name}</title><style>{CSS}</style>"
             f"</head><body><h1>{title} – {name}</h1>"]
    parts.append(_identity(idurba, codes, info))
    parts.append(_summary(legal, quality, zones, opp))
    parts.append(_maps(maps, image_width))
    parts.append(_findings(legal, quality))
    parts.append(_opportunities(opp))
    parts.append(written_pieces_section(data.get("reglement_dispositions")))
    parts.append(_legal_texts(rules, findings, opp))
    parts.append(_parameters(info, rules))
    parts.append("</body></html>")
    return without_folders("".join(parts), [json.loads(v).get("path", "") for k, v in
                                            info.items() if k.startswith("input:")])


def _img(caption, png, width=None, height=560) -> str:
    b64 = base64.b64encode(png).decode("ascii")
    return (f"<img alt='{esc(caption)}'" + (_fitted_size(png, width, height) if width else "")
            + f" src='data:image/png;base64,{b64}'>")


def _maps(maps, image_width=None) -> str:
    """The maps section. In the PDF (``image_width`` given: Qt's text engine knows no
    <figure>), the section starts a page with the overview under its heading, then the
    findings' maps four a page, two by two, each caption under its map (one map a page left
    half of each page white)."""
    heading = esc(tr("Maps"))
    if not image_width:
        figures = "".join(f"<figure>{_img(c, png)}<figcaption>{esc(c)}</figcaption></figure>"
                          for c, png in maps)
        return f"<section id='cartes'><h2>{heading}</h2>{figures}</section>"
    parts = [f"<section id='cartes'><h2 style='{NEW_PAGE}'>{heading}</h2>"]
    if maps:
        caption, png = maps[0]
        parts.append(f"<p>{_img(caption, png, image_width, PDF_OVERVIEW_HEIGHT)}</p>"
                     f"<p class='caption'>{esc(caption)}</p>")
    half = (image_width - 40) // 2
    for four in (maps[i:i + 4] for i in range(1, len(maps), 4)):
        rows = ["".join(f"<td width='50%' style='border:none'>{_img(c, png, half)}"
                        f"<p class='caption'>{esc(c)}</p></td>" for c, png in four[j:j + 2])
                for j in (0, 2) if four[j:j + 2]]
        parts.append(f"<table style='{NEW_PAGE}' width='100%'>"
                     + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>")
    parts.append("</section>")
    return "".join(parts)


def _path(text) -> PurePath:
    """A path as written on Windows (« C:\\… ») or elsewhere."""
    text = str(text)
    return PureWindowsPath(text) if text[1:3] == ":\\" else PurePath(text)


def without_folders(text: str, paths) -> str:
    """The text with the folders of the files read taken out (links and sentences keep
    the file's name): a report shows no local paths."""
    parents = [_path(p).parent for p in paths if p]
    folders = {str(p) for p in parents if str(p) not in (".", "")}
    for folder in sorted(folders, key=len, reverse=True):
        uri = Path(folder).resolve().as_uri() if Path(folder).is_absolute() else ""
        for prefix in (uri + "/" if uri else "", f"file://{folder}/", f"{folder}/",
                       f"{folder}\\"):
            if prefix:
                text = text.replace(prefix, "").replace(html.escape(prefix), "")
    return text


def _ordered(findings) -> pd.DataFrame:
    if not len(findings):
        return findings
    order = findings["avis"].map({a: i for i, a in enumerate(AVIS_ORDER)}).fillna(9)
    return findings.assign(_o=order).sort_values(["_o", "article", "rule_id"])


def _quoted(row) -> str:
    text = "" if french.missing(row.get("citation")) else str(row.get("citation") or "")
    page = row.get("page")
    if text and not french.missing(page) and str(page) != "":
        text += " " + tr("(page {page})", page=french.number(page))
    return f"« {text} »" if text and not text.startswith("«") else text


def _finding_text(row) -> str:
    """What a finding says, whole, for the full-width line under its row: the finding, the
    plan's words with their page and the suggestion (four narrow columns made each row a page
    tall in the PDF); its rule's non-binding reference is on the rule's line (legal texts)."""
    parts = ["" if french.missing(row.get("message")) else str(row.get("message"))]
    for name, value in ((tr("The plan's words"), _quoted(row)),
                        (tr("Suggestion"), row.get("suggestion"))):
        if not french.missing(value) and str(value).strip():
            parts.append(f"{name} : {value}")
    return " — ".join(p for p in parts if p)


def _findings(legal, quality) -> str:
    legal = _ordered(legal)
    if len(legal):
        legal = legal.assign(_text=[_finding_text(r) for _, r in legal.iterrows()])
    heading = esc(tr("Findings"))
    out = [f"<section id='constats'><h2 style='{NEW_PAGE}'>{heading} ({len(legal)})</h2>",
           table(legal, {"avis": tr("Opinion"), "force": tr("What the text does"),
                         "piece": tr("Part of the plan"), "article": tr("Legal basis"),
                         "libelle": tr("Object")},
                 css_col="avis", coded=("avis", "force", "piece"), detail="_text"),
           "<h3>" + esc(tr("Data quality ({n})", n=len(quality))) + "</h3>",
           "<p class='small'>" + esc(tr("Defects of the files read (CNIG standard, GraceTHD, "
                                        "ANFR, works): they bear on the data, not on the "
                                        "legality of the plan, and are kept out of the legal "
                                        "summary.")) + "</p>",
           table(_ordered(quality), {"article": tr("Standard"), "source_layer": tr("Layer"),
                                     "source_id": tr("Feature"), "field": tr("Field"),
                                     "message": tr("Finding")}),
           "</section>"]
    return "".join(out)


def _opportunities(opp) -> str:
    from .trench_sharing import totals

    n_opp = 0 if opp is None else len(opp)
    shared = totals(opp)["trenches"] if n_opp else 0
    heading = esc(tr("Trench-sharing opportunities"))
    out = [f"<section id='opportunites'><h2>{heading} ({shared})</h2>"]
    if n_opp:
        total = totals(opp)
        trenches = f"{french.number(total['trenches'])} " + plural(
            total["trenches"], QT_TR_NOOP("trench"), QT_TR_NOOP("trenches"))
        needs = f"{french.number(total['needs'])} " + plural(
            total["needs"], QT_TR_NOOP("need"), QT_TR_NOOP("needs"))
        out.append("<p>" + esc(tr(
            "Trenches of other works able to carry the needs: {trenches} for {needs}, "
            "{length} of trench in all (each trench counted once, rows of internal "
            "coordination apart); civil-works cost of such trenches of the order of {low} to "
            "{high} (CETE de l'Ouest reference, undated, not updated), shared under each legal "
            "basis or agreement, not saved whole.", trenches=trenches, needs=needs,
            length=french.metres(total["length_m"]), low=french.euros(total["cost_min_eur"]),
            high=french.euros(total["cost_max_eur"]))) + "</p>")
        shown = opp.assign(
            _cost=[_span(a, b) for a, b in zip(
                opp.get("cout_min_eur", pd.Series(np.nan, index=opp.index)),
                opp.get("cout_max_eur", pd.Series(np.nan, index=opp.index)))],
            _text=[_opportunity_text(r) for _, r in opp.iterrows()]).sort_values("rang")
        out.append(table(shown, {
            "rang": tr("Rank"), "kind": tr("Kind"), "works_id": tr("Works"),
            "maitre_ouvrage": tr("Maître d'ouvrage"), "length_m": tr("Length (m)"),
            "l49_eligible": tr("L49 eligible"), "date_limite_l49": tr("L49 deadline"),
            "_cost": tr("Cost (€)")},
            detail="_text", numeric=("rang", "length_m", "_cost"), coded=("kind",),
            formats={"l49_eligible": french.yes_no, "date_limite_l49": french.date}))
    out.append("</section>")
    return "".join(out)


def _span(low, high) -> str:
    """« 38 470 – 105 240 »; empty when either end is missing."""
    return "" if french.missing(low) or french.missing(high) else \
        f"{french.number(low)} – {french.number(high)}"


def _opportunity_text(row) -> str:
    """The full-width line under an opportunity: what it says, its legal basis, the needs it
    carries, the agglomération (D407-4) and the unit cost range (thirteen narrow columns made
    the table seven pages)."""
    parts = ["" if french.missing(row.get("message")) else str(row.get("message"))]
    low, high = row.get("cout_unitaire_min_eur_m"), row.get("cout_unitaire_max_eur_m")
    for name, value in (
            (tr("Legal basis"), row.get("base_legale")),
            (tr("Needs"), row.get("besoins")),
            (tr("Agglomération (D407-4)"), row.get("agglomeration_notion")),
            (tr("Unit cost range (€/m)"), _span(low, high))):
        if not french.missing(value) and str(value).strip():
            parts.append(f"{name} : {french.cell(value)}")
    return " — ".join(p for p in parts if p)


def _documents(findings) -> tuple[str, list]:
    """(IDURBA, INSEE codes and SIREN) the report is about: one document, or a count for a
    mosaic."""
    docs = sorted({str(d) for d in findings.get("idurba", pd.Series(dtype=object)).dropna()
                   if str(d)})
    codes = sorted({c for v in findings.get("insee", pd.Series(dtype=object)).dropna()
                    for c in str(v).split(",") if c})
    idurba = docs[0] if len(docs) == 1 else \
        tr("{n} documents ({first} …)", n=len(docs), first=docs[0]) if docs else ""
    return idurba, codes


def _in_words(codes: list) -> str:
    """« 30014 et 41175 », « 30014, 30015 et 41175 », or a count beyond five."""
    if len(codes) > 5:
        return tr("{n} communes ({first} … {last})", n=len(codes), first=codes[0],
                  last=codes[-1])
    if len(codes) < 2:
        return "".join(codes)
    return tr("{first} and {last}", first=", ".join(codes[:-1]), last=codes[-1])


def _territory(codes: list) -> list:
    """The EPCI (SIREN) that holds a PLUi or SCOT, and the commune(s) by INSEE code."""
    sirens = [c for c in codes if len(c) == 9 and c.isdigit()]
    communes = [c for c in codes if c not in sirens]
    return [(tr("Public body holding the plan (SIREN)"), _in_words(sirens)),
            (tr("Commune (INSEE)") if len(communes) == 1 else tr("Communes (INSEE)"),
             _in_words(communes))]


def _identity(idurba, codes, info) -> str:
    rows = [(tr("Document (IDURBA)"), idurba), *_territory(codes),
            (tr("Procedure and state"), info.get("document", "") or tr("not given in DOC_URBA")),
            (tr("Content of the plan"), info.get("regime", "")),
            (tr("Scan date"), french.date(info.get("finished", ""))),
            (tr("Scan Urba / QGIS"), f"{info.get('plugin_version', '')} / "
                                     f"{info.get('qgis_version', '')}")]
    inputs = [json.loads(v) for k, v in info.items() if k.startswith("input:")]
    for item in inputs:  # the file's name, never the local path
        item["sha256_short"] = item.get("sha256", "")[:16]
        item["file"] = _path(item.get("path", "")).name
        if item.get("input") in PIECE_INPUTS:   # « PADD 0 » said nothing: a written piece
            item.update(layer=tr("written piece"), features="")
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows if v)
    inputs_html = table(pd.DataFrame(inputs), {"input": tr("Input"), "layer": tr("Layer"),
                                               "features": tr("Features"), "file": tr("File"),
                                               "sha256_short": "sha256 (16)"},
                        formats={"input": lambda code: label(code)[:1].upper() + label(code)[1:]}
                        ) if inputs else ""
    heading = esc(tr("Document and inputs"))
    return f"<section id='identite'><h2>{heading}</h2><table>{body}</table>{inputs_html}</section>"


def _summary(legal, quality, zones, opp) -> str:
    if len(legal):
        pivot = legal.pivot_table(index="article", columns="avis", values="rule_id",
                                  aggfunc="count", fill_value=0)
        pivot = pivot.reindex(columns=[a for a in AVIS_ORDER if a in pivot.columns])
        pivot["total"] = pivot.sum(axis=1)
        head = "".join(f"<th>{esc(label(c) if c != 'total' else tr('Total'))}</th>"
                       for c in pivot.columns)
        no_article = tr("(no article: good practice)")
        body = "".join(f"<tr><td>{esc(a or no_article)}</td>" +
                       "".join(f"<td class='num'>{int(v)}</td>" for v in row) + "</tr>"
                       for a, row in pivot.iterrows())
        article = esc(tr("Legal basis"))
        by_article = (f"<table><thead><tr><th>{article}</th>{head}</tr></thead>"
                      f"<tbody>{body}</tbody></table>")
    else:
        by_article = "<p>" + esc(tr("None.")) + "</p>"
    status = zones["status"].value_counts().to_dict() if len(zones) else {}
    from .engine import ZONE_STATUSES

    statuses = ", ".join(f"{label(k).lower()} : {french.number(status[k])}"
                         for k in ZONE_STATUSES if k in status)
    from .trench_sharing import totals

    n_shared = 0 if opp is None or not len(opp) else int(totals(opp)["trenches"])
    # the dock's words for the same count (« 1 opportunité », never « 1 opportunités »)
    opp_text = f"{french.number(n_shared)} " + plural(
        n_shared, QT_TR_NOOP("trench-sharing opportunity"),
        QT_TR_NOOP("trench-sharing opportunities")) + "."
    quality_text = tr("{n} data-quality findings (see below, kept apart).",
                      n=french.number(len(quality)))
    heading, zones_label = esc(tr("Legal summary by article and opinion")), esc(tr("Zones"))
    return (f"<section id='synthese'><h2 style='{NEW_PAGE}'>{heading}</h2>{by_article}"
            f"<p>{zones_label} – {esc(statuses)}</p><p>{esc(opp_text)}</p>"
            f"<p class='small'>{esc(quality_text)}</p>{_zones_table(zones)}</section>")


def _zones_table(zones) -> str:
    """The plan's zones, one line each: type, area, share within reach of the RIP's
    existing and planned ducts, what the written règlement provides, findings, opinion."""
    if zones is None or not len(zones) or "libelle" not in zones:
        return ""
    from .pieces.report_section import level_words

    columns = {"libelle": tr("Zone"), "typezone": tr("Zone type"), "area_m2": tr("Area"),
               "served_share_existing": tr("Served by existing ducts (%)"),
               "served_share_planned": tr("Served by planned ducts (%)"),
               "reglement_niveau": tr("Règlement: provision"),
               "n_findings": tr("Number of findings"), "status": tr("Opinion")}
    shown = zones.sort_values("libelle", key=lambda v: v.astype(str))
    return f"<h3 style='{NEW_PAGE}'>" + esc(tr("Zones of the plan")) + "</h3>" + table(
        shown, {c: n for c, n in columns.items() if c in shown}, css_col="status",
        numeric=("area_m2", "served_share_existing", "served_share_planned", "n_findings"),
        coded=("status",), formats={"area_m2": french.hectares, "reglement_niveau": level_words,
                                    "served_share_existing": french.percent,
                                    "served_share_planned": french.percent})


def _legal_texts(rules, findings, opp) -> str:
    """The rules that fired, one line each, then the texts they cite, one paragraph each:
    what the text does, its words in short and the version checked. Each text quoted once
    (a rule's quote is its text's, but for the non-binding references, quoted on the rule's
    line); paragraphs, not a four-column table whose narrow cells made each text a third of
    a page."""
    cited = set(findings["rule_id"]) if len(findings) else set()
    if opp is not None and len(opp):
        cited.add("trench_sharing")
    fired = _fired(rules, cited)
    texts = _cited_texts(fired, findings, opp)
    quoted = {t.quote for t in texts}
    items = "".join(
        "<li><b>" + esc(" ; ".join(v for v in (rule.article, rule.reference) if v)) + "</b> – "
        + esc(tr(rule.title)) + ("" if rule.quote in quoted or not rule.quote else
                                 f" <span class='quote'>{esc(rule.quote)}</span>") + "</li>"
        for rule in fired)
    checked = esc(tr("Version checked"))  # (out of the f-string: pylupdate5 reads it there)
    versions = "".join(
        f"<p><b>{esc(t.article)}</b> ({esc(label(t.force))}) – "
        f"<span class='quote'>{esc(t.quote)}</span> <span class='small'>"
        f"{checked} : {esc(t.version)}</span></p>" for t in texts)
    heading = esc(tr("Legal texts applied"))
    references = esc(tr("Legal references and the versions checked"))
    return (f"<section id='textes'><h2>{heading}</h2><ul>{items}</ul>"
            f"<h3>{references}</h3>{versions}</section>")


def _fired(rules, cited) -> list:
    """The rules whose findings (or whose variants' findings) the report holds."""
    return [r for r in rules if r.rule_id in cited or any(
        c.startswith(r.rule_id.split(".")[0] + ".") for c in cited)]


def _cited_texts(fired, findings, opp) -> list:
    """The legal table's texts this report cites (by a finding, an opportunity or a rule
    that fired), in the table's order: the versions checked of what the reader meets, not
    the whole table (thirty-odd texts, pages of quotes)."""
    words = [str(v) for v in findings.get("article", pd.Series(dtype=object)).dropna()]
    if opp is not None and "base_legale" in opp:
        words += [str(v) for v in opp["base_legale"].dropna()]
    words += [f"{r.article} {r.reference}" for r in fired]
    blob = " ".join(words)
    return [t for t in TEXTS.values() if t.article in blob or re.search(
        rf"(?<![\w-]){re.escape(t.article.split(' ')[0])}(?![\w-])", blob)]


def _value(value, unit) -> str:
    if unit == "ratio":
        return french.percent(value)
    unit = tr(UNITS[unit]) if unit in UNITS else unit  # « 42 jours », not "42 days"
    return f"{french.cell(float(value))} {unit}" if unit else french.cell(float(value))


def _parameters(info, rules) -> str:
    params = json.loads(info.get("parameters", "{}") or "{}")
    from .rules.costs import PARAMS as COSTS

    known = {p.name: p for p in [p for rule in rules for p in rule.params] + list(COSTS)}
    cells = [f"<td>{esc(tr(known[k].description) if k in known else k)}</td><td class='num'>"
             f"{esc(_value(v, known[k].unit) if k in known else french.cell(v))}</td>"
             for k, v in sorted(params.items())]
    half = (len(cells) + 1) // 2  # two columns of parameters: the table stays on one page
    rows = "".join(f"<tr>{a}{b}</tr>" for a, b in zip(cells[:half], cells[half:] + [""]))
    heading, name, value = (esc(tr("Parameters of this run")), esc(tr("Parameter")),
                            esc(tr("Value")))
    head = f"<th>{name}</th><th>{value}</th>"
    return (f"<section id='parametres'><h2 style='{NEW_PAGE}'>{heading}</h2><table><thead>"
            f"<tr>{head}{head}</tr></thead><tbody>{rows}</tbody></table></section>")
