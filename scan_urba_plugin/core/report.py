"""The self-contained HTML report a département attaches to its opinion on a PLU draft.

Sections (stable ids): identite, synthese, cartes, constats, opportunites, textes, parametres.
Map images come in as PNG bytes and are embedded (base64): the file stands alone.
"""
from __future__ import annotations

import base64
import html
import json

import pandas as pd

from .i18n import tr
from .pieces.report_section import written_pieces_section

SEVERITY_ORDER = ["non_conformite", "risque", "recommandation", "information"]
CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.6em;border-bottom:3px solid #1f6fb2;padding-bottom:.3em}
h2{font-size:1.25em;color:#1f6fb2;margin-top:1.8em}
table{border-collapse:collapse;width:100%;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eef3f8} td.num{text-align:right}
.sev-non_conformite{background:#f8d7d3}.sev-risque{background:#fde5cc}
.sev-recommandation{background:#fdf5c9}.sev-information{background:#dcebf7}
figure{margin:1em 0}figure img{max-width:100%;border:1px solid #bbb}
figcaption{font-size:.85em;color:#555}.quote{font-style:italic;color:#333}
.small{font-size:.8em;color:#555}
"""


def esc(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def table(frame: pd.DataFrame, columns: dict, css_col=None, numeric=()) -> str:
    if frame is None or not len(frame):
        return "<p class='small'>" + esc(tr("None.")) + "</p>"
    head = "".join(f"<th>{esc(label)}</th>" for label in columns.values())
    rows = []
    for _, r in frame.iterrows():
        css = f" class='sev-{esc(r[css_col])}'" if css_col else ""
        cells = "".join(f"<td class='num'>{esc(_fmt(r.get(c)))}</td>" if c in numeric
                        else f"<td>{esc(r.get(c))}</td>" for c in columns)
        rows.append(f"<tr{css}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def thousands(value) -> str:
    return f"{value:,.0f}".replace(",", " ")


def _fmt(value):
    if isinstance(value, float):
        return "" if pd.isna(value) else f"{value:,.1f}".replace(",", " ")
    return value


def build_html(data: dict, rules: list, maps: list[tuple[str, bytes]]) -> str:
    """data: tables of the scan GeoPackage as frames (findings, zones_bilan, opportunites,
    run_info…); rules: Rule objects cited; maps: (caption, PNG bytes)."""
    info = dict(zip(data["run_info"]["key"], data["run_info"]["value"])) \
        if "run_info" in data else {}
    findings = data["findings"]
    opp = data.get("opportunites")
    zones = data["zones_bilan"]
    idurba, insee = _documents(findings)
    title = esc(tr("Scan Urba report"))
    parts = [f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
             f"<title>{title} – {esc(idurba)}</title><style>{CSS}</style>"
             f"</head><body><h1>{title} – {esc(idurba)}</h1>"]
    parts.append(_identity(idurba, insee, info))
    parts.append(_summary(findings, zones, opp))
    parts.append("<section id='cartes'><h2>" + esc(tr("Maps")) + "</h2>")
    for caption, png in maps:
        b64 = base64.b64encode(png).decode("ascii")
        parts.append(f"<figure><img alt='{esc(caption)}' src='data:image/png;base64,{b64}'>"
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
    parts.append("</section>")
    ordered = findings.assign(_o=findings["severity"].map(SEVERITY_ORDER.index)) \
        .sort_values(["_o", "article", "rule_id"]) if len(findings) else findings
    heading = esc(tr("Findings"))
    parts.append(f"<section id='constats'><h2>{heading} ({len(findings)})</h2>"
                 + table(ordered, {"severity": tr("Severity"), "portee": tr("Scope"),
                                   "article": tr("Article"), "rule_id": tr("Rule"),
                                   "libelle": tr("Object"), "message": tr("Finding"),
                                   "suggestion": tr("Suggestion")}, css_col="severity")
                 + "</section>")
    n_opp = 0 if opp is None else len(opp)
    heading = esc(tr("Trench-sharing opportunities"))
    parts.append(f"<section id='opportunites'><h2>{heading} ({n_opp})</h2>")
    if n_opp:
        total = tr("Total shared length: {length} m; cost avoided: {cost} €.",
                   length=thousands(opp["length_m"].sum()),
                   cost=thousands(opp["cout_evite_eur"].sum()))
        parts.append(f"<p>{esc(total)}</p>")
        parts.append(table(opp.sort_values("rang"), {
            "rang": tr("Rank"), "kind": tr("Kind"), "need": tr("Need"), "works_id": tr("Works"),
            "maitre_ouvrage": tr("Maître d'ouvrage"), "length_m": tr("Length (m)"),
            "l49_eligible": tr("L49 eligible"), "date_limite_l49": tr("L49 deadline"),
            "cout_evite_eur": tr("Cost avoided (€)"), "base_legale": tr("Legal basis"),
            "message": tr("Message")}, numeric=("length_m", "cout_evite_eur")))
    parts.append("</section>")
    parts.append(written_pieces_section(data.get("reglement_dispositions")))
    parts.append(_legal_texts(rules, findings, opp))
    parts.append(_parameters(info))
    parts.append("</body></html>")
    return "".join(parts)


def _documents(findings) -> tuple[str, str]:
    """(IDURBA, INSEE) the report is about: one document, or a count for a mosaic."""
    docs = sorted({str(d) for d in findings.get("idurba", pd.Series(dtype=object)).dropna()
                   if str(d)})
    codes = sorted({c for v in findings.get("insee", pd.Series(dtype=object)).dropna()
                    for c in str(v).split(",") if c})
    idurba = docs[0] if len(docs) == 1 else \
        tr("{n} documents ({first} …)", n=len(docs), first=docs[0]) if docs else ""
    insee = ", ".join(codes) if len(codes) <= 5 else \
        tr("{n} communes ({first} … {last})", n=len(codes), first=codes[0], last=codes[-1])
    return idurba, insee


def _identity(idurba, insee, info) -> str:
    rows = [(tr("Document (IDURBA)"), idurba), (tr("Commune(s) / EPCI (INSEE)"), insee),
            (tr("Scan date"), info.get("finished", "")),
            (tr("Scan Urba / QGIS"), f"{info.get('plugin_version', '')} / "
                                     f"{info.get('qgis_version', '')}")]
    inputs = [json.loads(v) for k, v in info.items() if k.startswith("input:")]
    for item in inputs:
        item["sha256_short"] = item.get("sha256", "")[:16]
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    inputs_html = table(pd.DataFrame(inputs), {"input": tr("Input"), "layer": tr("Layer"),
                                               "features": tr("Features"), "path": tr("Path"),
                                               "sha256_short": "sha256 (16)"}) if inputs else ""
    heading = esc(tr("Document and inputs"))
    return f"<section id='identite'><h2>{heading}</h2><table>{body}</table>{inputs_html}</section>"


def _summary(findings, zones, opp) -> str:
    if len(findings):
        pivot = findings.pivot_table(index="article", columns="severity", values="rule_id",
                                     aggfunc="count", fill_value=0)
        pivot = pivot.reindex(columns=[s for s in SEVERITY_ORDER if s in pivot.columns])
        pivot["total"] = pivot.sum(axis=1)
        head = "".join(f"<th>{esc(c)}</th>" for c in pivot.columns)
        body = "".join(f"<tr><td>{esc(a)}</td>" + "".join(f"<td class='num'>{int(v)}</td>"
                                                          for v in row) + "</tr>"
                       for a, row in pivot.iterrows())
        article = esc(tr("Article"))
        by_article = (f"<table><thead><tr><th>{article}</th>{head}</tr></thead>"
                      f"<tbody>{body}</tbody></table>")
    else:
        by_article = "<p>" + esc(tr("None.")) + "</p>"
    status = zones["status"].value_counts().to_dict() if len(zones) else {}
    statuses = ", ".join(f"{k} : {v}" for k, v in status.items())
    opp_text = tr("{n} trench-sharing opportunities.", n=0 if opp is None else len(opp))
    heading, zones_label = esc(tr("Summary by article and severity")), esc(tr("Zones"))
    return (f"<section id='synthese'><h2>{heading}</h2>{by_article}"
            f"<p>{zones_label} – {esc(statuses)}</p><p>{esc(opp_text)}</p></section>")


def _legal_texts(rules, findings, opp) -> str:
    cited = set(findings["rule_id"]) if len(findings) else set()
    if opp is not None and len(opp):
        cited.add("trench_sharing")
    items = []
    for rule in rules:
        fired = rule.rule_id in cited or any(c.startswith(rule.rule_id.split(".")[0] + ".")
                                             for c in cited)
        if not fired:
            continue
        params = "".join(f"<li>{esc(p.name)} = {p.default:g} {esc(p.unit)} – "
                         f"{esc(tr(p.description))} <span class='small'>({esc(p.source)})</span>"
                         f"</li>" for p in rule.params)
        items.append(f"<h3>{esc(rule.article)} – {esc(tr(rule.title))}</h3>"
                     f"<p class='quote'>{esc(rule.quote)}</p>"
                     + (f"<ul>{params}</ul>" if params else ""))
    heading = esc(tr("Legal texts applied"))
    return f"<section id='textes'><h2>{heading}</h2>{''.join(items)}</section>"


def _parameters(info) -> str:
    params = json.loads(info.get("parameters", "{}") or "{}")
    rows = "".join(f"<tr><td>{esc(k)}</td><td class='num'>{esc(v)}</td></tr>"
                   for k, v in sorted(params.items()))
    heading, name, value = (esc(tr("Parameters of this run")), esc(tr("Parameter")),
                            esc(tr("Value")))
    return (f"<section id='parametres'><h2>{heading}</h2><table><thead><tr><th>{name}</th>"
            f"<th>{value}</th></tr></thead><tbody>{rows}</tbody></table></section>")
