"""Who made the plan and to whom the opinion is addressed, in the opinion's words.

A commune's PLU is prescribed, arrêté and approved by its conseil municipal, and the letter
goes to its maire. A PLUi is the act of an EPCI (IDURBA ``<SIREN>_PLUi_<date>``): its
conseil communautaire (conseil de la métropole, conseil de territoire) arrêtes it and the
letter goes to its président; it covers the communes DOC_URBA_COM lists. A SCOT is the act
of the syndicat mixte or EPCI that carries it (comité syndical, conseil communautaire).
Nothing is ever written as « la commune de 30014, 41175 ».
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..french import of_place

# the head word of a public body's name → (article, its deliberative council's key)
BODY_HEADS = (
    # a métropole's council is named after it: « conseil de la Métropole de Lyon »
    ("communauté", "la", "epci"), ("métropole", "la", "metropole"),
    ("eurométropole", "l'", "metropole"), ("établissement public territorial", "l'", "ept"),
    ("territoire", "le", "ept"), ("syndicat", "le", "syndicat"),
    ("pôle d'équilibre", "le", "syndicat"), ("petr", "le", "syndicat"),
    ("établissement", "l'", ""),
)
# generic heads written in small letters inside a sentence (« la communauté de communes du
# Perche »); a métropole or territoire keeps its capital (« la Métropole de Lyon »)
COMMON_HEADS = ("communauté", "syndicat", "pôle", "établissement")
SHORT_LIST = 4     # communes named in a heading; more are counted


@dataclass(frozen=True)
class Issuer:
    kind: str          # commune | epci | scot
    of_body: str       # « de la commune de Val-de-Démo », « de la communauté de communes … »
    council: str       # « conseil municipal de Val-de-Démo », « conseil communautaire de … »
    addressee: str     # « Monsieur le Maire de Val-de-Démo »
    salutation: str    # « Monsieur le Maire, » / « Madame la Présidente, Monsieur le Président, »
    head: str          # how the closing formula names the addressee
    covering: str      # « , couvrant les communes de Pezou et de Vendôme » ("" for a commune)
    covering_short: str  # the same, counted beyond SHORT_LIST communes
    author: str = ""   # the subject of a sentence: « la commune », « la communauté de … »
    of_author: str = ""  # « de la commune », « du syndicat mixte … »
    of_short: str = ""   # « de Val-de-Démo » (a commune by its name), else of_body


def siren_of(idurba: str) -> str:
    prefix = str(idurba).split("_")[0]
    return prefix if re.fullmatch(r"\d{9}", prefix) else ""


def _head(name: str) -> tuple[str, str, str]:
    """(article, council key, the name without its article) of a body's name."""
    bare = re.sub(r"^(?:la |le |l'|l’)", "", name.strip(), flags=re.IGNORECASE)
    low = bare.lower()
    for head, article, council in BODY_HEADS:
        if low.startswith(head):
            return article, council, bare
    return "", "", bare


def body_words(name: str, lang: str) -> tuple[str, str]:
    """(« de la communauté de communes du Perche », council key) from the name the user
    gives; the generic head word in small letters before « de » (« la communauté de
    communes du Perche »), a proper name kept (« la Métropole Nice Côte d'Azur »)."""
    article, council, bare = _head(name)
    if lang != "fr":
        return f"of {bare}", council
    if bare.lower().startswith(COMMON_HEADS):
        bare = bare[0].lower() + bare[1:]
    if article == "la":
        return f"de la {bare}", council
    if article == "l'":
        return f"de l'{bare}", council
    if article == "le":
        return f"du {bare}", council
    return of_place(bare), council


def communes_words(codes, names: dict, t: dict, limit: int | None = None) -> str:
    """« communes de Pezou et d'Arpaillargues-et-Aureillac », « communes de code INSEE
    30014 et 41175 », or « 32 communes » beyond ``limit``."""
    w = t["issuer"]
    codes = [c for c in dict.fromkeys(codes) if c]
    if not codes:                                   # « les communes »
        return w["communes"].format(names="").strip()
    if limit is not None and len(codes) > limit:
        return w["communes_count"].format(n=len(codes))
    named = [(names or {}).get(c, "") for c in codes]
    parts = [(of_place(n) if t["lang"] == "fr" else f"of {n}") for n in named if n]
    coded = [c for c, n in zip(codes, named) if not n]
    if coded:
        parts.append(w["coded"].format(codes=joined(coded, w)))
    return w["communes" if len(codes) > 1 else "commune"].format(names=joined(parts, w))


def joined(items: list, w: dict) -> str:
    """« A », « A et B », « A, B et C » (« » for none), with ``w``'s comma and « et »:
    the one joiner of the opinion's templates."""
    if len(items) < 2:
        return "".join(items)
    return w["comma"].join(items[:-1]) + w["and"] + items[-1]


def the_communes(codes, names: dict, t: dict, limit: int | None = SHORT_LIST) -> str:
    """« la commune de code INSEE 41200 », « les communes de Pezou et de Vendôme »."""
    codes = [c for c in dict.fromkeys(codes) if c]
    return t["issuer"]["the_one" if len(codes) == 1 else "the_many"].format(
        communes=communes_words(codes, names, t, limit))


def others_sentence(codes, names: dict, t: dict) -> str:
    """« La commune d'Arpaillargues-et-Aureillac relève de la contribution d'ensemble du
    PLUi. », in the plural for several, counted beyond SHORT_LIST."""
    w = t["issuer"]
    codes = [c for c in codes if c]
    if not codes:
        return ""
    if len(codes) > SHORT_LIST:
        return w["others_count"].format(n=len(codes))
    words = communes_words(codes, names, t)
    return w["others_one" if len(codes) == 1 else "others_many"].format(
        commune=words, communes=words)


def _of(author: str, lang: str) -> str:
    """« de la commune », « de l'établissement … », « du syndicat mixte … »."""
    if lang != "fr":
        return f"of {author}"
    for article, contracted in (("le ", "du "), ("les ", "des ")):
        if author.startswith(article):
            return contracted + author[len(article):]
    return "de " + author


def _author(of_body: str, lang: str) -> str:
    """« la communauté de communes du Perche » from « de la communauté … »."""
    if lang != "fr":
        return of_body.removeprefix("of ")
    for contracted, article in (("du ", "le "), ("des ", "les "), ("de ", ""), ("d'", "")):
        if of_body.startswith(contracted):
            return article + of_body[len(contracted):]
    return of_body


def issuer_of(kind: str, t: dict, *, commune: str = "", code: str = "", body: str = "",
              siren: str = "", codes=(), names=None) -> Issuer:
    """The words of the plan's author, for a commune's plan or an intercommunal one."""
    w = t["issuer"]
    if kind == "commune":
        of_name = (of_place(commune) if t["lang"] == "fr" else f"of {commune}") \
            if commune else ""
        of = w["commune_named"].format(of_name=of_name) if commune else \
            w["commune_coded"].format(insee=code) if code else w["commune_unknown"]
        named = of_name or of        # « de Val-de-Démo », else « de la commune de code … »
        return Issuer(kind, of, f"{w['council']['commune']} {named}", f"{w['mayor']} {named}",
                      w["salutation_mayor"], w["mayor"], "", "", w["author_commune"],
                      _of(w["author_commune"], t["lang"]), named)
    if body:
        of, council = body_words(body, t["lang"])
    else:
        of = w[f"{kind}_siren"].format(siren=siren) if siren else w[f"{kind}_unknown"]
        council = ""
    council = council or ("epci" if kind == "epci" else "unknown")
    covering = w["covering"].format(communes=communes_words(codes, names, t)) if codes else ""
    short = w["covering"].format(communes=communes_words(codes, names, t, SHORT_LIST)) \
        if codes else ""
    author = _author(of, t["lang"]) if body else w[f"author_{kind}"]
    return Issuer(kind, of, f"{w['council'][council]} {of}", f"{w['president_address']} {of}",
                  w["salutation_president"], w["president"], covering, short, author,
                  _of(author, t["lang"]), of)
