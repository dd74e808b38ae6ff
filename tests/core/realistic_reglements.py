"""Realistic règlements over real zonings, as consultancies write them (issue 23, kept-apart
forms): five documents generated over the ZONE_URBA labels of two real plans of
shared/data/plu (30014 and 41175), each with the truth its generator wrote.

Forms varied across the five: pre-2016 (articles 1 to 16, article 4 on networks, article 16
"Non réglementé" or a real clause) and modernised (three sections, "3.2 Desserte par les
réseaux"); chapter headings numbered or not, "Règlement applicable à la zone UH", "ZONE 1 AU",
"Zone IAU", "SECTEUR Ns", a title for the zones à urbaniser, one chapter for two zones; a
sommaire with dotted leaders whose printed page numbers are offset from the physical pages
(cover and sommaire unnumbered); running headers and footers ("PLU de … – Règlement – Dossier
d'approbation", "Zone UB", "Page 12/87"); hyphenated breaks; sector sentences; general
provisions whose networks article applies to every zone; referrals to it and to another zone;
antenna bans (blanket and localised); pages of tables; a lexique defining « réseaux »; and one
text extraction whose lines are joined, with a stray control character.

The truth: per label, the level and the physical page of the deciding sentence (for
``absent``, the page where its chapter starts), the strongest among the chapter, the sentences
naming the label's sector and the general provisions (shared/docs/written-pieces.md).
"""
from __future__ import annotations

import struct
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from sampledata.pdf_writer import build_pdf

ROOT = Path(__file__).resolve().parents[2]
PLU_30014 = ROOT / ".." / "shared" / "data" / "plu" / "30014_PLU_20171013" / \
    "Donnees_geographiques" / "30014_ZONE_URBA_20171013.dbf"
PLU_41175 = ROOT / ".." / "shared" / "data" / "plu" / "41175_PLU_20140603" / \
    "Donnees_geographiques" / "ZONE_URBA.dbf"
RANK = {"fourreaux": 3, "raccordement": 2, "enfouissement": 1}
LINES = 42
WIDTH = 95


def dbf_values(path: Path, name: str) -> list[str]:
    """The values of one field of a dBase table (the attribute table of a shapefile)."""
    data = path.read_bytes()
    count, header, record = struct.unpack("<IHH", data[4:12])
    fields, off, pos = {}, 32, 1
    while data[off] != 0x0D:
        fields[data[off:off + 11].split(b"\0")[0].decode("ascii").upper()] = (pos, data[off + 16])
        pos += data[off + 16]
        off += 32
    start, size = fields[name.upper()]
    out = []
    for i in range(count):
        row = data[header + i * record: header + (i + 1) * record]
        if row[:1] != b"*":
            out.append(row[start:start + size].decode("cp1252").strip())
    return out


def zone_labels(path: Path) -> list[str]:
    return sorted(set(dbf_values(path, "LIBELLE")))


FILLER = [
    "Les constructions doivent présenter une simplicité de volume et une unité d’aspect "
    "compatibles avec le caractère des lieux avoisinants, des sites et des paysages.",
    "Les clôtures sur voie sont constituées d’un mur bahut d’une hauteur maximale de 0,60 mètre "
    "surmonté d’un dispositif à claire-voie, l’ensemble ne dépassant pas 1,80 mètre.",
    "Les espaces libres de toute construction sont plantés à raison d’un arbre de haute tige "
    "pour 200 m² de terrain ; les aires de stationnement sont plantées.",
    "Les constructions sont implantées à une distance des limites séparatives au moins égale à "
    "la moitié de leur hauteur, sans pouvoir être inférieure à 3 mètres.",
    "Le stationnement des véhicules correspondant aux besoins des constructions doit être "
    "assuré en dehors des voies publiques, à raison de deux places par logement.",
    "Les toitures des constructions principales ont une pente comprise entre 30 et 45 % et sont "
    "couvertes de tuiles canal ou romanes de teinte claire ou vieillie.",
    "Les extensions mesurées des habitations existantes sont admises dans la limite de 30 % de "
    "la surface de plancher existante à la date d’approbation du plan.",
    "Les dépôts de matériaux, de ferrailles et de véhicules hors d’usage sont interdits, sauf "
    "s’ils sont liés à une activité autorisée dans la zone.",
    "Les affouillements et exhaussements du sol sont admis s’ils sont nécessaires aux "
    "constructions et installations autorisées ou à la prévention des risques.",
    "Les façades sont enduites ; les teintes vives et le blanc pur sont proscrits, les "
    "menuiseries sont de teinte neutre et les volets de type battant.",
]
WATER = ("Toute construction ou installation nouvelle qui requiert une alimentation en eau "
         "potable doit être raccordée au réseau public de distribution.")
SEWER = ("Toute construction nouvelle doit être raccordée au réseau public d’assainissement "
         "lorsqu’il existe ; à défaut, un dispositif d’assainissement autonome est admis.")
POWER = "Les réseaux d’électricité et leurs branchements sont établis en souterrain."
SAYS = {
    "fourreaux": "Les opérations d’aménagement d’ensemble et les constructions nouvelles "
                 "doivent prévoir la pose de fourreaux et de chambres de tirage permettant le "
                 "raccordement de chaque lot au réseau de communications électroniques à très "
                 "haut débit.",
    "raccordement": "Toute construction nouvelle doit pouvoir être raccordée au réseau de "
                    "communications électroniques à très haut débit lorsqu’il existe.",
    "enfouissement": "Les lignes de télécommunication et leurs branchements doivent être "
                     "réalisés en souterrain.",
}


@dataclass
class Said:
    level: str
    page: int            # page in the body (0-based), made physical at the end
    sector: str | None = None


@dataclass
class Chapter:
    codes: tuple[str, ...]
    page: int = 0
    said: list[Said] = field(default_factory=list)
    refers: str | None = None    # the chapter whose sentences it takes up


@dataclass
class Generated:
    name: str
    data: bytes
    format: str
    labels: dict          # {label: (level, page)}
    antenna: tuple | None = None   # (page, sentence) of the blanket ban
    chapters: dict = field(default_factory=dict)   # {label: the chapter code governing it}


class Writer:
    """Lays out a body on pages; the cover and the sommaire are prepended at the end."""

    def __init__(self, header: str, footer: str, numbering: str = "Page {n}/{total}",
                 zone_header: bool = False):
        self.header, self.footer, self.numbering = header, footer, numbering
        self.zone_header = zone_header
        self.pages: list[list[str]] = [[]]
        self.zones: list[str | None] = [None]
        self.zone: str | None = None
        self.chapters: dict[str, Chapter] = {}
        self.common: list[Said] = []
        self.toc: list[tuple[str, int]] = []
        self.chapter: Chapter | None = None
        self.hyphenate = False
        self.split_toc = False     # the sommaire's page numbers on lines of their own
        self.header_last = False   # the running header extracted after the footer

    @property
    def page(self) -> int:
        return len(self.pages) - 1

    def line(self, text: str):
        if len(self.pages[-1]) >= LINES:
            self.new_page()
        self.pages[-1].append(text)

    def new_page(self):
        if self.pages[-1]:
            self.pages.append([])
            self.zones.append(self.zone)
        else:
            self.zones[-1] = self.zone

    def para(self, text: str):
        lines = textwrap.wrap(text, WIDTH, break_on_hyphens=False)
        if self.hyphenate and len(lines) > 1:   # "communi-" / "cations": a hyphenated break
            first, rest = lines[0], " ".join(lines[1:])
            word, _, tail = rest.partition(" ")
            if len(word) >= 8 and word.isalpha():
                cut = len(word) // 2
                lines = [first + " " + word[:cut] + "-"] + textwrap.wrap(
                    word[cut:] + " " + tail, WIDTH, break_on_hyphens=False)
        for x in lines:
            self.line(x)

    def filler(self, n: int, seed: int = 0):
        for k in range(n):
            self.para(FILLER[(seed + k) % len(FILLER)])

    def heading(self, text: str, toc: bool = False, new_page: bool = False):
        if new_page:
            self.new_page()
        if len(self.pages[-1]) >= LINES - 4:
            self.new_page()
        if toc:
            self.toc.append((text, self.page))
        self.line(text)

    def open(self, heading, codes: tuple[str, ...], zone: str | None = None,
             toc: bool = True):
        """A zone chapter; ``heading`` a line, or lines (a heading broken over two lines, a
        description under it: the sommaire names them joined)."""
        self.zone = zone or " ".join(codes)
        self.new_page()
        lines = [heading] if isinstance(heading, str) else list(heading)
        if toc:
            self.toc.append((" ".join(lines), self.page))
        for x in lines:
            self.line(x)
        self.chapter = Chapter(codes, self.page)
        for c in codes:
            self.chapters[c] = self.chapter

    def say(self, level: str | None, text: str | None = None, sector: str | None = None,
            common: bool = False):
        if len(self.pages[-1]) >= LINES - 2:
            self.new_page()
        page = self.page
        self.para(text or SAYS[level])
        if level:
            (self.common if common else self.chapter.said).append(Said(level, page, sector))

    # --- the truth --------------------------------------------------------------------------

    def truth(self, governed: dict[str, str], front: int) -> dict:
        """{label: (level, physical page)} for each label and the chapter code governing it."""
        out = {}
        for label, code in governed.items():
            chapter = self.chapters[code]
            own = [s for s in chapter.said if s.sector in (None, label)]
            if chapter.refers:
                own += [s for s in self.chapters[chapter.refers].said if s.sector is None]
            candidates = own + self.common
            if not candidates:
                out[label] = ("absent", chapter.page + front + 1)
                continue
            top = max(RANK[s.level] for s in candidates)
            best = [s for s in own if RANK[s.level] == top] or \
                [s for s in self.common if RANK[s.level] == top]
            out[label] = (best[0].level, best[0].page + front + 1)
        return out

    # --- the pages ------------------------------------------------------------------------

    def pdf_pages(self, cover: list[str], offset_numbers: bool = True) -> tuple[list, int]:
        """Cover + sommaire (unnumbered) + body pages with running lines; returns the pages
        and the number of front pages."""
        entries = self.toc
        per_page = LINES - 2
        sommaire_pages = max(1, -(-len(entries) // per_page))
        front = 1 + sommaire_pages
        first_printed = 1 if offset_numbers else front + 1
        total = len(self.pages) + first_printed - 1
        sommaire = []
        for k in range(sommaire_pages):
            chunk = entries[k * per_page:(k + 1) * per_page]
            lines = ["SOMMAIRE"] if k == 0 else []
            for title, page in chunk:
                n = page + first_printed
                lines += [title, str(n)] if self.split_toc else \
                    [f"{title} {'.' * max(4, 80 - len(title))} {n}"]
            sommaire.append(lines)
        body = []
        for i, lines in enumerate(self.pages):
            top = [self.header] + ([f"Zone {self.zones[i]}"] if self.zone_header and
                                   self.zones[i] else [])
            number = self.numbering.format(n=i + first_printed, total=total)
            if self.header_last:   # as pypdf gives a header drawn last: after the footer
                body.append(top[1:] + lines + [self.footer, number, top[0]])
            else:
                body.append(top + lines + [self.footer, number])
        return [cover] + sommaire + body, front


# --- building blocks -----------------------------------------------------------------------

PRE2016_TITLES = [
    "OCCUPATIONS ET UTILISATIONS DU SOL INTERDITES",
    "OCCUPATIONS ET UTILISATIONS DU SOL SOUMISES À DES CONDITIONS PARTICULIÈRES",
    "ACCÈS ET VOIRIE", "DESSERTE PAR LES RÉSEAUX", "CARACTÉRISTIQUES DES TERRAINS",
    "IMPLANTATION DES CONSTRUCTIONS PAR RAPPORT AUX VOIES ET EMPRISES PUBLIQUES",
    "IMPLANTATION DES CONSTRUCTIONS PAR RAPPORT AUX LIMITES SÉPARATIVES",
    "IMPLANTATION DES CONSTRUCTIONS LES UNES PAR RAPPORT AUX AUTRES SUR UNE MÊME PROPRIÉTÉ",
    "EMPRISE AU SOL", "HAUTEUR MAXIMALE DES CONSTRUCTIONS", "ASPECT EXTÉRIEUR",
    "STATIONNEMENT", "ESPACES LIBRES ET PLANTATIONS", "COEFFICIENT D’OCCUPATION DU SOL",
    "PERFORMANCES ÉNERGÉTIQUES ET ENVIRONNEMENTALES",
    "INFRASTRUCTURES ET RÉSEAUX DE COMMUNICATIONS ÉLECTRONIQUES",
]


def pre2016_zone(w: Writer, code: str, article_form: str, networks, art16, art2=None,
                 filler: int = 18, intro: str | None = None):
    """Articles 1 to 16 of one zone. ``networks``: [(level, text, sector)] written in article 4
    under « Télécommunications »; ``art16``: None ("Non réglementé") or (level, text)."""
    if intro:
        w.para(intro)
    for n, title in enumerate(PRE2016_TITLES, start=1):
        w.heading(article_form.format(code=code, n=n, title=title,
                                      title_lc=title.capitalize()))
        if n == 2 and art2:
            w.para(art2)
        if n == 4:
            w.line("4.1 – Eau potable")
            w.para(WATER)
            w.line("4.2 – Assainissement")
            w.para(SEWER)
            w.line("4.3 – Électricité")
            w.para(POWER)
            if networks:
                w.line("4.4 – Télécommunications")
                for level, text, sector in networks:
                    w.say(level, text, sector)
        elif n == 5 or n == 14:
            w.line("Sans objet.")
        elif n == 16:
            if art16:
                w.say(art16[0], art16[1])
            else:
                w.line("Non réglementé.")
        else:
            w.filler(filler, seed=n)


def modern_zone(w: Writer, networks, filler: int = 36, intro: str | None = None):
    """The three sections of a modernised zone; ``networks`` written under 3.2."""
    if intro:
        w.para(intro)
    w.heading("SECTION 1 – DESTINATION DES CONSTRUCTIONS, USAGES DES SOLS ET NATURES "
              "D’ACTIVITÉ")
    w.heading("1.1 Destinations et sous-destinations interdites")
    w.filler(filler, 0)
    w.heading("1.2 Usages et affectations des sols soumis à conditions")
    w.filler(filler, 1)
    w.heading("SECTION 2 – CARACTÉRISTIQUES URBAINE, ARCHITECTURALE, ENVIRONNEMENTALE ET "
              "PAYSAGÈRE")
    for k, title in enumerate(("2.1 Volumétrie et implantation des constructions",
                               "2.2 Qualité urbaine, architecturale, environnementale et "
                               "paysagère", "2.3 Traitement environnemental et paysager des "
                               "espaces non bâtis", "2.4 Stationnement")):
        w.heading(title)
        w.filler(filler + 1, k)
    w.heading("SECTION 3 – ÉQUIPEMENTS ET RÉSEAUX")
    w.heading("3.1 Desserte par les voies publiques ou privées")
    w.filler(2, 2)
    w.heading("3.2 Desserte par les réseaux")
    w.line("Eau potable")
    w.para(WATER)
    w.line("Assainissement")
    w.para(SEWER)
    w.line("Infrastructures et réseaux de communications électroniques")
    if not networks:
        w.line("Non réglementé.")
    for level, text, sector in networks or ():
        w.say(level, text, sector)


def table_page(w: Writer, codes: list[str], cells: bool = False):
    """A page of tables: one row per zone, or (``cells``) one cell per line as many PDFs
    extract a table, a zone's code alone at the top of the page."""
    w.new_page()
    if not cells:
        w.line("Tableau 2 – Hauteurs maximales et emprises au sol par zone")
        w.line("Zone Hauteur à l’égout Hauteur au faîtage Emprise au sol")
    for k, code in enumerate(codes):
        row = [code, f"{6 + k % 4} m", f"{9 + k % 5} m", f"{30 + 10 * (k % 4)} %"]
        for x in row if cells else [" ".join(row)]:
            w.line(x)
    if cells:
        w.line("Tableau 2 – Hauteurs maximales et emprises au sol par zone")
    w.new_page()


def lexique(w: Writer, title: str = "LEXIQUE"):
    w.heading(title, toc=True, new_page=True)
    w.para("Réseaux : ensemble des canalisations, câbles et fourreaux destinés à l’eau, à "
           "l’assainissement, à l’électricité et aux communications électroniques ; les "
           "constructions doivent être raccordées aux réseaux lorsqu’ils existent.")
    w.para("Fourreau : conduit enterré destiné à recevoir les câbles des réseaux de "
           "communications électroniques à très haut débit, posé en attente.")
    w.filler(6)


def _dg(w: Writer, title: str, networks_article: str, level: str | None, text: str | None,
        antenna: str | None, tables: list[str] | None = None, cells: bool = False):
    """The general provisions: a networks article that applies to every zone."""
    w.heading(title, toc=True, new_page=True)
    w.heading("ARTICLE DG 1 – CHAMP D’APPLICATION TERRITORIAL")
    w.para("Le présent règlement s’applique à l’ensemble du territoire communal.")
    w.filler(4, 1)
    w.heading("ARTICLE DG 2 – DIVISION DU TERRITOIRE EN ZONES")
    w.para("Le territoire couvert par le plan est divisé en zones urbaines, à urbaniser, "
           "agricoles et naturelles, dont les délimitations figurent au plan de zonage.")
    w.filler(3, 2)
    page = None
    if antenna:
        w.heading("ARTICLE DG 5 – ANTENNES")
        page = w.page
        w.para(antenna)
    if tables:
        table_page(w, tables, cells)
    w.heading(networks_article)
    w.para(WATER)
    if level:
        w.say(level, text, common=True)
    w.filler(2, 3)
    return page


def _finish(w: Writer, name: str, cover: list[str], governed: dict, fmt: str = "pdf",
            antenna_page=None, antenna_text=None, joined: bool = False) -> Generated:
    pages, front = w.pdf_pages(cover)
    truth = w.truth(governed, front)
    ban = (antenna_page + front + 1, antenna_text) if antenna_page is not None else None
    if fmt == "pdf":
        return Generated(name, build_pdf(pages), fmt, truth, ban, governed)
    if fmt == "txt-pages":   # pdftotext's output: lines kept, a form feed between pages
        return Generated(name, "\f".join("\n".join(p) for p in pages).encode("utf-8"), "txt",
                         truth, ban, governed)
    # a text extraction whose lines are joined (one line per page, no page break) and a stray
    # control character: no page is known
    text = "\n".join(" ".join(p) for p in pages).replace("SOMMAIRE", "SOMMAIRE\x0b", 1)
    truth = {k: (lv, None) for k, (lv, _) in truth.items()}
    return Generated(name, text.encode("utf-8"), fmt, truth,
                     (None, antenna_text) if ban else None, governed)


def bagnols_pre2016(fmt: str = "pdf") -> Generated:
    """30014, pre-2016: « CHAPITRE 3 – DISPOSITIONS APPLICABLES À LA ZONE Uc », articles
    « ARTICLE Uc 4 – … », a networks article in the general provisions, a blanket antenna ban,
    a sector sentence, article 16 as a real clause in IAU, « Page 12/87 »."""
    w = Writer("PLU de Bagnols – Règlement – Dossier d’approbation",
               "Cabinet Urba-Sud – Approbation du 13 octobre 2017")
    ban = ("L’implantation d’antennes-relais de téléphonie mobile est interdite sur "
           "l’ensemble du territoire communal.")
    ban_page = _dg(w, "TITRE I – DISPOSITIONS GÉNÉRALES",
                   "ARTICLE DG 6 – DESSERTE PAR LES RÉSEAUX", "enfouissement",
                   "Sur l’ensemble du territoire, les réseaux de télécommunication nouveaux "
                   "sont enfouis.", ban, tables=["Ua", "Ub", "Uc", "Uh", "IAU", "A", "N"],
                   cells=True)
    form = "ARTICLE {code} {n} – {title}"
    w.heading("TITRE II – DISPOSITIONS APPLICABLES AUX ZONES URBAINES", toc=True, new_page=True)
    w.open(("CHAPITRE 1", "DISPOSITIONS APPLICABLES À LA ZONE Ua"), ("Ua",))
    pre2016_zone(w, "Ua", form, [("raccordement", None, None)], None,
                 intro="La zone Ua correspond au centre ancien de Bagnols.")
    w.open(("CHAPITRE 2", "DISPOSITIONS APPLICABLES À LA ZONE Ub"), ("Ub",))
    pre2016_zone(w, "Ub", form, [], None, intro="La zone Ub comprend le secteur Ubp, "
                 "soumis à un risque d’inondation.")
    w.open(("CHAPITRE 3", "DISPOSITIONS APPLICABLES À LA ZONE Uc"), ("Uc",))
    pre2016_zone(w, "Uc", form, [
        ("raccordement", None, None),
        ("fourreaux", "Dans le secteur Ucap : les opérations d’aménagement doivent prévoir des "
                      "fourreaux en attente pour le passage de la fibre optique jusqu’à chaque "
                      "lot.", "Ucap")], None,
        intro="La zone Uc comprend les secteurs Uca, Ucap, Ucbp et Ucp.")
    w.open(("CHAPITRE 4", "DISPOSITIONS APPLICABLES À LA ZONE Uh"), ("Uh",))
    pre2016_zone(w, "Uh", form, [(None, "Se reporter à l’article DG 6 des dispositions "
                                  "générales.", None)], None)
    w.heading("TITRE III – DISPOSITIONS APPLICABLES AUX ZONES À URBANISER", toc=True,
              new_page=True)
    w.open(("CHAPITRE 5", "DISPOSITIONS APPLICABLES À LA ZONE IAU"), ("IAU",))
    pre2016_zone(w, "IAU", form, [], ("fourreaux",
                 "Les opérations d’aménagement doivent prévoir les infrastructures d’accueil "
                 "nécessaires au déploiement des réseaux de communications électroniques à "
                 "très haut débit."))
    w.open(("CHAPITRE 6", "DISPOSITIONS APPLICABLES À LA ZONE IIAU"), ("IIAU",))
    pre2016_zone(w, "IIAU", form, [], None, filler=1)
    w.heading("TITRE IV – DISPOSITIONS APPLICABLES AUX ZONES AGRICOLES ET NATURELLES",
              toc=True, new_page=True)
    w.open(("CHAPITRE 7", "DISPOSITIONS APPLICABLES À LA ZONE A"), ("A",))
    pre2016_zone(w, "A", form, [], None, intro="La zone A comprend les secteurs Ap et Abp.")
    w.open(("CHAPITRE 8", "DISPOSITIONS APPLICABLES À LA ZONE N"), ("N",))
    pre2016_zone(w, "N", form, [], None, art2="Dans le secteur Ns, les pylônes de "
                 "radiotéléphonie sont interdits.",
                 intro="La zone N comprend les secteurs Ne, Ns et Nt.")
    lexique(w, "ANNEXE 1 : LEXIQUE DES TERMES UTILISÉS")
    governed = {"Ua": "Ua", "Ubp": "Ub", "Uc": "Uc", "Uca": "Uc", "Ucap": "Uc", "Ucbp": "Uc",
                "Ucp": "Uc", "Uh": "Uh", "IAU": "IAU", "IIAU": "IIAU", "A": "A", "Abp": "A",
                "Ap": "A", "N": "N", "Ne": "N", "Ns": "N", "Nt": "N"}
    return _finish(w, "30014_reglement_bagnols.pdf" if fmt == "pdf" else
                   "30014_reglement_bagnols.txt",
                   ["PLAN LOCAL D’URBANISME", "Commune de Bagnols", "4 – RÈGLEMENT ÉCRIT"],
                   governed, fmt, ban_page, ban)


def bagnols_modernise(fmt: str = "pdf") -> Generated:
    """30014, modernised: unnumbered chapters, « Règlement applicable à la zone Uh »,
    « Zone IAU », a chapter for two zones, « SECTEUR Ns » inside N, a running header
    « Zone Uc » and the plan's header extracted last (so the template's headings open pages),
    hyphenated breaks, a referral to another zone, no networks rule in the general
    provisions."""
    w = Writer("Plan Local d’Urbanisme de Bagnols – Règlement", "Modification n°1",
               numbering="Page {n}", zone_header=True)
    w.hyphenate = w.header_last = True
    _dg(w, "DISPOSITIONS GÉNÉRALES", "ARTICLE 7 – EAU ET ASSAINISSEMENT", None, None, None)
    w.open("CHAPITRE – DISPOSITIONS APPLICABLES AUX ZONES Ua ET Ub", ("Ua", "Ub"),
           zone="Ua et Ub")
    modern_zone(w, [("raccordement", None, None),
                    ("fourreaux", "Dans le secteur Ubp : des fourreaux de réserve sont posés "
                                  "sous les voies nouvelles pour les réseaux de communications "
                                  "électroniques.", "Ubp")])
    w.open("Dispositions applicables à la zone Uc", ("Uc",))
    modern_zone(w, [("enfouissement", None, None),
                    ("raccordement", "Dans le secteur Ucp, toute construction nouvelle doit "
                                     "être raccordée au réseau de fibre optique.", "Ucp")])
    w.open("Règlement applicable à la zone Uh", ("Uh",))
    modern_zone(w, [(None, "Se reporter à l’article 3.2 de la zone Uc.", None)])
    w.chapter.refers = "Uc"
    w.open(("ZONE I AU", "Zone à urbaniser à vocation d’habitat"), ("IAU",))
    modern_zone(w, [("fourreaux", "Les opérations d’aménagement d’ensemble doivent être "
                                  "équipées de gaines et de chambres de tirage pour la "
                                  "desserte en fibre optique de chaque logement.", None)])
    w.open("Zone IIAU", ("IIAU",))
    modern_zone(w, None, filler=1)
    w.open("Zone A", ("A",))
    modern_zone(w, None, intro="La zone A comprend les secteurs Ap et Abp.")
    w.open("Zone N", ("N",))
    modern_zone(w, None, intro="La zone N comprend les secteurs Ne, Ns et Nt.")
    w.heading("SECTEUR Ns")
    w.para("En secteur Ns, seuls les équipements d’intérêt collectif sont admis.")
    w.say("enfouissement", "Dans le secteur Ns, les lignes de télécommunication sont "
          "enterrées.", sector="Ns")
    lexique(w)
    governed = {"Ua": "Ua", "Ubp": "Ub", "Uc": "Uc", "Uca": "Uc", "Ucap": "Uc", "Ucbp": "Uc",
                "Ucp": "Uc", "Uh": "Uh", "IAU": "IAU", "IIAU": "IIAU", "A": "A", "Abp": "A",
                "Ap": "A", "N": "N", "Ne": "N", "Ns": "N", "Nt": "N"}
    return _finish(w, "30014_reglement_modernise." + ("pdf" if fmt == "pdf" else "txt"),
                   ["PLU DE BAGNOLS", "Règlement", "Dossier d’approbation"], governed, fmt)


def vineuil_pre2016() -> Generated:
    """41175, pre-2016: « CHAPITRE – DISPOSITIONS APPLICABLES À LA ZONE UB », « Article 4 :
    Desserte par les réseaux » (no code), « DISPOSITIONS APPLICABLES AUX ZONES UE ET UY »,
    « TITRE III – … A URBANISER » then « ZONE 1 AU », sectors in capitals (AC, AL, NL),
    a referral « Se reporter à l’article DG 6 », a localised antenna ban, a sommaire whose
    page numbers are extracted on lines of their own."""
    w = Writer("PLU de Vineuil – Règlement – Dossier d’approbation", "Vineuil – PLU approuvé "
               "le 3 juin 2014", numbering="{n}")
    w.split_toc = True
    _dg(w, "TITRE I – DISPOSITIONS GÉNÉRALES", "ARTICLE DG 6 – DESSERTE PAR LES RÉSEAUX",
        "enfouissement", "Les réseaux de communications électroniques et leurs branchements "
        "sont réalisés en souterrain.", None, tables=["UA", "UB", "UE", "UH", "UJ", "UY"])
    form = "Article {n} : {title_lc}"
    w.heading("TITRE II – DISPOSITIONS APPLICABLES AUX ZONES URBAINES", toc=True, new_page=True)
    w.open("CHAPITRE – DISPOSITIONS APPLICABLES À LA ZONE UA", ("UA",))
    pre2016_zone(w, "UA", form, [(None, "Se reporter à l’article DG 6.", None)], None,
                 intro="La zone UA comprend un secteur UAi, inondable.")
    w.open("CHAPITRE – DISPOSITIONS APPLICABLES À LA ZONE UB", ("UB",))
    pre2016_zone(w, "UB", form, [], ("fourreaux", "Les constructions nouvelles doivent être "
                                     "équipées de fourreaux en attente permettant leur "
                                     "raccordement ultérieur à la fibre optique."))
    w.open("CHAPITRE – DISPOSITIONS APPLICABLES AUX ZONES UE ET UY", ("UE", "UY"),
           zone="UE et UY")
    pre2016_zone(w, "U", form, [("raccordement", "Les bâtiments d’activités doivent être "
                                 "raccordés au réseau de communications électroniques à très "
                                 "haut débit.", None)], None)
    w.open(("CHAPITRE – DISPOSITIONS APPLICABLES", "À LA ZONE UH"), ("UH",))
    pre2016_zone(w, "UH", form, [], None)
    w.open(("CHAPITRE – DISPOSITIONS APPLICABLES", "À LA ZONE UJ"), ("UJ",))
    pre2016_zone(w, "UJ", form, [], None, filler=1)
    w.heading("TITRE III – DISPOSITIONS APPLICABLES AUX ZONES A URBANISER", toc=True,
              new_page=True)
    w.para("Les zones à urbaniser comprennent la zone 1 AU et la zone 1 AUY.")
    w.open("ZONE 1 AU", ("1AU",))
    pre2016_zone(w, "1AU", form, [("fourreaux", None, None)], None,
                 intro="La zone 1 AU comprend les secteurs 1AUa et 1AUb.")
    w.open("ZONE 1 AUY", ("1AUY",))
    pre2016_zone(w, "1AUY", form, [("raccordement", None, None)], None)
    w.heading("TITRE IV – DISPOSITIONS APPLICABLES AUX ZONES AGRICOLES ET NATURELLES",
              toc=True, new_page=True)
    w.open("CHAPITRE – DISPOSITIONS APPLICABLES À LA ZONE A", ("A",))
    pre2016_zone(w, "A", form, [], None, art2="Dans le secteur AC, les antennes relais de "
                 "téléphonie mobile sont interdites.",
                 intro="La zone A comprend les secteurs AC (carrières), AL (loisirs), Ah, "
                       "Am et Ap ; l’indice i signale un risque d’inondation.")
    w.open("CHAPITRE – DISPOSITIONS APPLICABLES À LA ZONE N", ("N",))
    pre2016_zone(w, "N", form, [("raccordement", "Dans le secteur NL : les constructions "
                                 "doivent être raccordées au réseau de communications "
                                 "électroniques.", "NL")], None,
                 intro="La zone N comprend les secteurs NL et Nh.")
    lexique(w, "DÉFINITIONS DES TERMES UTILISÉS DANS LE RÈGLEMENT")
    governed = {"UAi": "UA", "UB": "UB", "UBi": "UB", "UE": "UE", "UEi": "UE", "UY": "UY",
                "UYi": "UY", "UH": "UH", "UJ": "UJ", "1AUa": "1AU", "1AUb": "1AU",
                "1AUY": "1AUY", "A": "A", "ACi": "A", "ALi": "A", "Ah": "A", "Ahi": "A",
                "Ai": "A", "Am": "A", "Ap": "A", "N": "N", "NL": "N", "Nh": "N", "Nhi": "N"}
    return _finish(w, "41175_reglement_vineuil.pdf",
                   ["COMMUNE DE VINEUIL", "PLAN LOCAL D’URBANISME", "RÈGLEMENT"], governed)


def vineuil_modernise() -> Generated:
    """41175, modernised: « Règlement applicable à la zone UJ », « ZONE UE ET SECTEUR UEi »,
    « Titre II – Chapitre 4 – Zone UH », « DISPOSITIONS APPLICABLES AUX ZONES UA ET UB »,
    « ZONE 1 AU » over its description, « SECTEUR Nh », a running header « Zone UB », page
    numbers « Page 12/87 », a blanket antenna ban."""
    w = Writer("PLU de Vineuil – Règlement – Dossier d’approbation", "Atelier Territoires",
               zone_header=True)
    ban = ("Les antennes relais de radiotéléphonie sont interdites sur tout le territoire "
           "communal.")
    ban_page = _dg(w, "DISPOSITIONS GÉNÉRALES", "ARTICLE 6 – RÉSEAUX", None, None, ban)
    w.open("DISPOSITIONS APPLICABLES AUX ZONES UA ET UB", ("UA", "UB"), zone="UA et UB")
    modern_zone(w, [("raccordement", None, None)])
    w.open("ZONE UE ET SECTEUR UEi", ("UE", "UEi"), zone="UE")
    modern_zone(w, [("fourreaux", None, None)])
    w.open("Titre II – Chapitre 4 – Zone UH", ("UH",))
    modern_zone(w, None)
    w.open("Règlement applicable à la zone UJ", ("UJ",))
    modern_zone(w, None, filler=1)
    w.open("Règlement applicable à la zone UY", ("UY",))
    modern_zone(w, [("enfouissement", None, None)])
    w.heading("TITRE III – DISPOSITIONS APPLICABLES AUX ZONES A URBANISER", toc=True,
              new_page=True)
    w.open(("ZONE 1 AU", "Zone à urbaniser à vocation principale d’habitat"), ("1AU",))
    modern_zone(w, [("fourreaux", None, None),
                    ("raccordement", "Dans le secteur 1AUY, les constructions doivent être "
                     "raccordées au réseau de fibre optique.", "1AUY")])
    w.open("Règlement applicable à la zone A", ("A",))
    modern_zone(w, None)
    w.open("Règlement applicable à la zone N", ("N",))
    modern_zone(w, None)
    w.heading("SECTEUR Nh")
    w.say("enfouissement", "En secteur Nh, les réseaux de télécommunication sont réalisés en "
          "souterrain.", sector="Nh")
    w.heading("SECTEUR NL")
    w.para("Seules les installations de loisirs sont admises.")
    lexique(w, "ANNEXES")
    governed = {"UAi": "UA", "UB": "UB", "UBi": "UB", "UE": "UE", "UEi": "UE", "UY": "UY",
                "UYi": "UY", "UH": "UH", "UJ": "UJ", "1AUa": "1AU", "1AUb": "1AU",
                "1AUY": "1AU", "A": "A", "Ah": "A", "Ai": "A", "Am": "A", "Ap": "A",
                "N": "N", "Nh": "N", "NL": "N"}
    return _finish(w, "41175_reglement_modernise.pdf",
                   ["PLAN LOCAL D’URBANISME DE VINEUIL", "Pièce n°4 – Règlement"], governed,
                   antenna_page=ban_page, antenna_text=ban)


def all_documents() -> list[Generated]:
    return [bagnols_pre2016(), bagnols_modernise(), vineuil_pre2016(), vineuil_modernise(),
            bagnols_pre2016("txt"), bagnols_modernise("txt-pages")]


def write_corpus(docs: Path, labels: Path) -> list[Generated]:
    """The five documents under ``docs/<id>/`` and their label files (corpus/README.md's
    format) under ``labels/``, for ``tools/corpus.py --labels``."""
    import hashlib
    import json

    out = all_documents()
    for g in out:
        doc_id = "generated-" + Path(g.name).stem.replace("_", "-") + (
            "-texte" if g.format == "txt" else "")
        (docs / doc_id).mkdir(parents=True, exist_ok=True)
        (docs / doc_id / g.name).write_bytes(g.data)
        zones = {k: {"level": lv, "file": g.name, "page": pg, "sentence": None,
                     "chapter": g.chapters.get(k)}
                 for k, (lv, pg) in g.labels.items()}
        label = {"id": doc_id, "commune": doc_id, "insee": g.name[:5], "document": "PLU",
                 "structure": "modernise" if "modernise" in g.name else "pre2016",
                 "year": None, "consultancy": None,
                 "files": [{"name": g.name, "role": "reglement", "format": g.format,
                            "sha256": hashlib.sha256(g.data).hexdigest(),
                            "bytes": len(g.data), "text_layer": True,
                            "source": {"repo": "generated/tests-core-realistic_reglements",
                                       "path": g.name, "commit": None, "how": "generated"}}],
                 "labeller": "the generator (tests/core/realistic_reglements.py): what it wrote",
                 "zones": zones,
                 "antenna_ban": {"present": g.antenna is not None,
                                 "file": g.name if g.antenna else None,
                                 "page": g.antenna[0] if g.antenna else None,
                                 "sentence": g.antenna[1] if g.antenna else None}}
        labels.mkdir(parents=True, exist_ok=True)
        (labels / f"{doc_id}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                               encoding="utf-8")
    return out


if __name__ == "__main__":   # python -m tests.core.realistic_reglements DOCS LABELS
    import sys

    for made in write_corpus(Path(sys.argv[1]), Path(sys.argv[2])):
        print(made.name, len(made.labels), "labels")
