"""Prose a commune can paste: pieces named as pieces (never by file name), no CNIG codes,
a ready clause for each réserve and recommandation, and the articles an opinion cites
checked against the legal table before a final version."""
from __future__ import annotations

import re

import pandas as pd

from .. import legal

# « (fichier x.pdf) », « (fichiers a.pdf, b.pdf) » as a whole, then a bare file name
FILE_NAME = re.compile(r"\s*\((?:fichiers?|files?)\s[^()]*\)"
                       r"|\s*\(?[\w./\\-]*[\w-]+\.(?:pdf|odt|docx?|html?|xml|json|txt)\)?",
                       re.IGNORECASE)
# CNIG prescription codes in prose → what a French urbanist writes
CODE_PHRASES = (
    (r"\s*\((?:ER |code |prescription )?\d{2}-\d{2}\)", ""),
    (r",?\s*(?:CNIG code|code CNIG|CNIG)\s+\d{2}-\d{2}", ""),
    (r"\baucune prescription 47-05\b", "aucune prescription graphique sur les réseaux de "
     "communications électroniques"),
    (r"\bprescriptions? 47-05\b", "prescription graphique sur les réseaux de communications "
     "électroniques"),
    (r"\bsecteurs? 27-00\b", "secteur délimité au titre de l'article L151-40"),
    (r"\bservitude de localisation 05-06\b", "servitude de localisation"),
    (r"\bER (05-0[123])(?: ou (05-0[123]))?", "emplacement réservé"),
    (r"(?<![\d-])27-00(?![\d-])", "secteur délimité au titre de l'article L151-40"),
    (r"(?<![\d-])47-05(?![\d-])", "prescription graphique sur les réseaux de communications "
     "électroniques"),
    (r"(?<![\d-])05-0[1236](?![\d-])", "emplacement réservé"),
    (r"(?<![\d-])01-0[0-9](?![\d-])", "espace boisé classé"),
    (r"(?<![\d-])07-0[0-9](?![\d-])", "élément de paysage ou de patrimoine protégé"),
)


def prose(text) -> str:
    """File names and CNIG codes out of a sentence; spaces tidied."""
    if not isinstance(text, str):
        return text
    out = FILE_NAME.sub("", text)
    for pattern, replacement in CODE_PHRASES:
        out = re.sub(pattern, replacement, out)
    out = re.sub(r"emplacement réservé ou emplacement réservé", "emplacement réservé", out)
    out = re.sub(r"\(\s*,?\s*\)", "", re.sub(r",\s*\)", ")", out))
    out = re.sub(r"«\s*", "«\u00a0", re.sub(r"\s*»", "\u00a0»", out))   # never alone on a line
    out = re.sub(r"[ \t]+([;:!?])", "\u00a0\\1", out)  # French: « ; » never starts a line
    return re.sub(r"\s+([,.)])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()


def clean(findings: pd.DataFrame) -> pd.DataFrame:
    f = findings.copy()
    for column in ("message", "suggestion", "clause"):
        if column in f:
            f[column] = f[column].map(prose)
    return f


CLAUSE_QUOTE = re.compile(r"«[^»]{10,}»|“[^”]{10,}”")


def with_clauses(findings: pd.DataFrame, t: dict, sdtan: str, sdtan_date: str) -> pd.DataFrame:
    """Each réserve and recommandation carries the clause to add or replace: the rule's own
    when it gives one, else the template's for its rule."""
    f = findings.copy()
    if "clause" not in f:
        f["clause"] = pd.Series([None] * len(f), index=f.index, dtype=object)
    values = {"sdtan": sdtan or t["sdtan_default"],
              "sdtan_date": f" adopté le {sdtan_date}" if sdtan_date else ""}
    for i, row in f.iterrows():
        if isinstance(row["clause"], str) and row["clause"].strip():
            continue
        if row["avis"] in ("reserve", "recommandation"):
            template = t["clauses"].get(str(row["rule_id"]))
            # a « Rédaction proposée » is words to paste into the plan, never the proposal again
            if template and CLAUSE_QUOTE.search(template):
                f.at[i, "clause"] = template.format(zone=row.get("libelle") or "", **values)
    return one_clause_per_article(f)


CLAUSE_ARTICLE = re.compile(r"[àÀ] l'article (\S+ \d+)")
SEVERITY = {"reserve": 0, "recommandation": 1}


def one_clause_per_article(f: pd.DataFrame) -> pd.DataFrame:
    """Two wordings proposed for the same article of the same zone would contradict each
    other: the first by severity (a réserve before a recommandation) keeps its clause."""
    if not len(f):
        return f
    f = f.copy()
    rank = f["avis"].map(SEVERITY).fillna(len(SEVERITY))
    seen = set()
    for i in rank.sort_values(kind="stable").index:
        clause = f.at[i, "clause"]
        found = CLAUSE_ARTICLE.search(clause) if isinstance(clause, str) else None
        if found is None:
            continue
        if found.group(1) in seen:
            f.at[i, "clause"] = None
        seen.add(found.group(1))
    return f


# --- the articles cited ---------------------------------------------------------------------

_ARTICLE = re.compile(r"\b([LRD]\*?\s?\d{2,4}(?:-\d+){1,2}(?: \d+°)?)")


def articles_in(text) -> list[str]:
    return [re.sub(r"\s", "", a.split(" ")[0]) + (" " + a.split(" ")[1] if " " in a else "")
            for a in _ARTICLE.findall(str(text or ""))]


def _entry(article: str):
    """The legal-table entry whose article number is this one."""
    bare = article.split(" ")[0]
    for key, text in legal.TEXTS.items():
        if key.split(" ")[0] == bare or text.article.split(" ")[0] == bare:
            return text
    return None


def unverified(articles) -> list[str]:
    """The cited articles the legal table marks « non vérifié », or does not hold."""
    out = []
    for article in dict.fromkeys(articles):
        entry = _entry(article)
        # the text itself unread; a side detail unread (an article number) does not count
        if entry is None or entry.version.startswith(legal.NOT_VERIFIED) or \
                f"texte de l'article {legal.NOT_VERIFIED}" in entry.version:
            out.append(article)
    return out


def cited(findings: pd.DataFrame, extra=()) -> list[str]:
    """Every article the opinion's findings and visas cite, in order of first citation."""
    found = list(extra)
    for column in ("article", "message", "clause", "suggestion"):
        if column in findings:
            for value in findings[column].dropna():
                found += articles_in(value)
    return list(dict.fromkeys(found))
