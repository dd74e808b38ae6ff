"""Realistic règlement fixtures, built as real PDFs by the tests (sampledata/pdf_writer.py).

Every trap of shared/docs/written-pieces.md is here: a sommaire with dotted leaders naming
e-communications, running headers and footers with page numbers, hyphenated line breaks, a
lexique defining "fourreau", "Non réglementé" under an article 16 heading, "électroniques" in
another sense, sector sentences, common provisions, a scanned page, and a 300-page règlement.
Each builder returns the PDF bytes and the levels a careful reader finds, with their pages.
"""
from __future__ import annotations

import textwrap

from sampledata.pdf_writer import build_pdf

LINES_PER_PAGE = 56
FILLER = (
    "Les constructions doivent présenter une simplicité de volume et une unité d’aspect. "
    "Les matériaux destinés à être recouverts ne peuvent être laissés apparents. Les "
    "clôtures sur voie sont constituées d’un mur bahut d’une hauteur maximale de 0,60 mètre "
    "surmonté d’un dispositif à claire-voie. Les espaces libres de toute construction sont "
    "plantés à raison d’un arbre de haute tige pour 200 m² de terrain. ")


def wrap(text: str, width: int = 92) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False)


class Pages:
    """Lays out lines on pages with a running header and a footer with the page number."""

    def __init__(self, header: str, footer: str):
        self.header, self.footer = header, footer
        self.pages: list = []
        self.current: list[str] = []

    @property
    def page(self) -> int:   # the 1-based page the next line goes on
        return len(self.pages) + 1

    def line(self, text: str):
        if len(self.current) >= LINES_PER_PAGE:
            self.break_page()
        self.current.append(text)

    def para(self, text: str):
        for x in wrap(text):
            self.line(x)

    def raw(self, lines: list[str]):
        for x in lines:
            self.line(x)

    def break_page(self):
        n = self.page
        self.pages.append([self.header] + self.current + [self.footer, f"Page {n}"])
        self.current = []

    def scanned_page(self):
        if self.current:
            self.break_page()
        self.pages.append(None)

    def pdf(self) -> bytes:
        if self.current:
            self.break_page()
        return build_pdf(self.pages)


def sommaire(p: Pages, entries):
    p.line("SOMMAIRE")
    for title, page in entries:
        p.line(f"{title} {'.' * max(3, 70 - len(title))} {page}")
    p.break_page()


def classic_plu():
    """A pre-2016 communal PLU: articles 1 to 16, chapters UA, UB (sectors UBa, UBb), 1AU,
    2AU, A, N; the N chapter's networks page is a scan."""
    p = Pages("PLU de Saint-Exemple – Règlement écrit",
              "Modification n°2 approuvée le 12 mars 2019")
    expected, pages = {}, {}
    p.raw(["PLAN LOCAL D’URBANISME", "Commune de Saint-Exemple", "RÈGLEMENT ÉCRIT"])
    p.break_page()
    sommaire(p, [("TITRE I – DISPOSITIONS GÉNÉRALES", 3), ("LEXIQUE", 4),
                 ("CHAPITRE 1 – DISPOSITIONS APPLICABLES À LA ZONE UA", 5),
                 ("ARTICLE UA 4 – DESSERTE PAR LES RÉSEAUX", 5),
                 ("ARTICLE UA 16 – INFRASTRUCTURES ET RÉSEAUX DE COMMUNICATIONS ÉLECTRONIQUES", 6),
                 ("ARTICLE UB 16 – INFRASTRUCTURES ET RÉSEAUX DE COMMUNICATIONS ÉLECTRONIQUES", 8),
                 ("ARTICLE 1AU 16 – FOURREAUX POUR LA FIBRE OPTIQUE", 9)])
    p.line("TITRE I – DISPOSITIONS GÉNÉRALES")
    p.line("ARTICLE 1 – CHAMP D’APPLICATION")
    p.para("Le présent règlement s’applique à l’ensemble du territoire de la commune de "
           "Saint-Exemple. Il est opposable à toute personne publique ou privée.")
    p.line("ARTICLE 2 – ANTENNES")
    pages["antenne"] = p.page
    p.para("Sur l’ensemble du territoire communal, l’implantation d’antennes relais de "
           "téléphonie mobile est interdite.")
    p.break_page()
    p.line("LEXIQUE")
    p.para("Fourreau : conduit enterré destiné à recevoir les câbles des réseaux de "
           "communications électroniques ; les fourreaux doivent être posés en attente.")
    p.para("Raccordement : branchement d’une construction aux réseaux de communications "
           "électroniques, qui doit être raccordée au réseau très haut débit.")
    p.break_page()
    p.line("TITRE II – DISPOSITIONS APPLICABLES AUX ZONES URBAINES")
    p.line("CHAPITRE 1 – DISPOSITIONS APPLICABLES À LA ZONE UA")
    for n in range(1, 4):
        p.line(f"ARTICLE UA {n} – RÈGLES DE L’ARTICLE {n}")
        p.para(FILLER)
    p.line("ARTICLE UA 4 – DESSERTE PAR LES RÉSEAUX")
    p.line("Eau potable")
    p.para("Toute construction doit être raccordée au réseau public de distribution d’eau "
           "potable.")
    p.line("Électricité, téléphone et télécommunications")
    pages["UA"] = p.page
    p.para("Les réseaux et branchements d’électricité, de téléphone et de télécommunications "
           "doivent être réalisés en souterrain.")
    expected["UA"] = ("enfouissement", pages["UA"], "ARTICLE UA 4 – DESSERTE PAR LES RÉSEAUX")
    p.break_page()
    p.line("ARTICLE UA 16 – INFRASTRUCTURES ET RÉSEAUX DE COMMUNICATIONS ÉLECTRONIQUES")
    p.line("Non réglementé.")
    p.break_page()
    p.line("CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE UB")
    p.para("La zone UB comprend les secteurs UBa et UBb.")
    p.line("ARTICLE UB 4 – DESSERTE PAR LES RÉSEAUX")
    p.para(FILLER)
    pages["UB"] = p.page
    p.raw(["Toute construction nouvelle doit être raccordée au réseau de communi-",
           "cations électroniques à très haut débit lorsqu’il existe."])
    pages["UBa"] = p.page
    p.para("En secteur UBa, les opérations d’aménagement d’ensemble doivent prévoir des "
           "fourreaux et des chambres de tirage pour le passage de la fibre optique jusqu’à "
           "chaque lot.")
    p.para("Les dispositifs électroniques de surveillance des bâtiments sont dissimulés.")
    p.line("ARTICLE UB 16 – INFRASTRUCTURES ET RÉSEAUX DE COMMUNICATIONS ÉLECTRONIQUES")
    p.line("Non réglementé.")
    art = "ARTICLE UB 4 – DESSERTE PAR LES RÉSEAUX"
    expected["UB"] = ("raccordement", pages["UB"], art)
    expected["UBb"] = ("raccordement", pages["UB"], art)
    expected["UBa"] = ("fourreaux", pages["UBa"], art)
    p.break_page()
    p.line("TITRE III – DISPOSITIONS APPLICABLES AUX ZONES À URBANISER")
    p.line("CHAPITRE 3 – DISPOSITIONS APPLICABLES À LA ZONE 1AU")
    p.para(FILLER)
    p.line("ARTICLE 1AU 16 – INFRASTRUCTURES ET RÉSEAUX DE COMMUNICATIONS ÉLECTRONIQUES")
    pages["1AU"] = p.page
    p.para("Les opérations d’aménagement doivent prévoir les infrastructures d’accueil "
           "nécessaires au déploiement des réseaux de communications électroniques à très haut "
           "débit.")
    art = "ARTICLE 1AU 16 – INFRASTRUCTURES ET RÉSEAUX DE COMMUNICATIONS ÉLECTRONIQUES"
    expected["1AU"] = expected["1AUa"] = ("fourreaux", pages["1AU"], art)
    p.line("CHAPITRE 4 – DISPOSITIONS APPLICABLES À LA ZONE 2AU")
    p.para("La zone 2AU ne pourra être ouverte à l’urbanisation qu’après modification du plan.")
    p.line("ARTICLE 2AU 4 – DESSERTE PAR LES RÉSEAUX")
    p.line("Non réglementé.")
    p.line("ARTICLE 2AU 16 – INFRASTRUCTURES ET RÉSEAUX DE COMMUNICATIONS ÉLECTRONIQUES")
    p.line("Non réglementé.")
    expected["2AU"] = ("absent", None, None)
    p.break_page()
    p.line("TITRE IV – DISPOSITIONS APPLICABLES AUX ZONES AGRICOLES ET NATURELLES")
    p.line("CHAPITRE 5 – DISPOSITIONS APPLICABLES À LA ZONE A")
    p.line("ARTICLE A 4 – DESSERTE PAR LES RÉSEAUX")
    p.para("Toute construction qui le nécessite doit être alimentée en eau potable et en "
           "électricité. Les enseignes électroniques sont interdites.")
    expected["A"] = expected["Ah"] = ("absent", None, None)
    expected["AU"] = ("non_trouve", None, None)
    p.line("CHAPITRE 6 – DISPOSITIONS APPLICABLES À LA ZONE N")
    p.para(FILLER)
    p.scanned_page()       # article N 4 was scanned: no text layer
    pages["scan"] = len(p.pages)
    p.line("ARTICLE N 5 – SUPERFICIE MINIMALE DES TERRAINS")
    p.line("Non réglementé.")
    expected["N"] = expected["Nh"] = ("non_trouve", None, None)
    return p.pdf(), expected, pages


def modern_plui():
    """A modernised PLUi (three sections), with common provisions for every zone."""
    p = Pages("PLUi de la Communauté de communes du Val d’Exemple", "Règlement – arrêt du projet")
    expected = {}
    p.line("TABLE DES MATIÈRES")
    for title, page in (("Dispositions communes à toutes les zones", 2), ("Zone UC", 3),
                        ("Zone AUc", 4), ("Zone A", 5), ("Zone N", 5)):
        p.line(f"{title} {'.' * 40} {page}")
    p.break_page()
    p.line("DISPOSITIONS COMMUNES À TOUTES LES ZONES")
    p.line("Section 3 – Équipements et réseaux")
    p.line("3.2 Desserte par les réseaux")
    p.line("Réseaux de communications électroniques")
    common_page = p.page
    p.para("Les constructions nouvelles doivent être raccordables aux réseaux de "
           "communications électroniques à très haut débit.")
    p.break_page()
    p.line("ZONE UC – ZONE URBAINE CENTRALE")
    p.line("Section 1 – Destination des constructions, usages des sols")
    p.para(FILLER)
    p.line("Section 3 – Équipements et réseaux")
    p.line("3.2 Desserte par les réseaux")
    p.para("Les lignes de télécommunication sont enterrées.")
    expected["UC"] = expected["UCa"] = ("raccordement", common_page, "3.2 Desserte par les "
                                        "réseaux – Réseaux de communications électroniques")
    p.break_page()
    p.line("ZONE AUc – ZONE À URBANISER À COURT TERME")
    p.line("Section III – Équipements et réseaux")
    p.line("3.2 Desserte par les réseaux")
    auc = p.page
    p.para("Les opérations d’aménagement d’ensemble prévoient la pose de fourreaux en attente "
           "jusqu’en limite de chaque lot pour le très haut débit.")
    expected["AUc"] = ("fourreaux", auc, "3.2 Desserte par les réseaux")
    p.break_page()
    p.line("ZONE A – ZONE AGRICOLE")
    p.line("Section 3 – Équipements et réseaux")
    p.para("Il est recommandé de prévoir des fourreaux pour la fibre optique.")
    expected["A"] = ("raccordement", common_page, None)
    p.line("ZONE N – ZONE NATURELLE")
    p.line("Section 3 – Équipements et réseaux")
    p.para("Non réglementé.")
    expected["N"] = ("raccordement", common_page, None)
    expected["AU"] = ("non_trouve", None, None)
    return p.pdf(), expected


BIG_ZONES = ("UA", "UB", "UC", "UD", "UE", "UX", "UY", "1AU", "1AUx", "2AU", "A", "N")


def big_reglement(pages_total: int = 300):
    """A 300-page règlement: 12 zone chapters of articles 1 to 16, long filler articles."""
    p = Pages("PLU de Grande-Exemple – Règlement", "Approuvé le 3 juin 2021")
    expected = {}
    sommaire(p, [(f"CHAPITRE {i} – DISPOSITIONS APPLICABLES À LA ZONE {z}", 3 + i * 24)
                 for i, z in enumerate(BIG_ZONES)])
    per_zone = (pages_total - 4) * LINES_PER_PAGE // len(BIG_ZONES)
    filler = wrap(FILLER * 2)
    for i, zone in enumerate(BIG_ZONES):
        start = len(p.pages) * LINES_PER_PAGE + len(p.current)
        p.line(f"CHAPITRE {i + 1} – DISPOSITIONS APPLICABLES À LA ZONE {zone}")
        for n in range(1, 17):
            p.line(f"ARTICLE {zone} {n} – ARTICLE {n} DE LA ZONE {zone}")
            if n == 4:
                p.line("Télécommunications")
                page = p.page
                if i % 3 == 0:
                    p.para("Les opérations d’aménagement doivent comporter des fourreaux en "
                           "attente pour la fibre optique.")
                    expected[zone] = ("fourreaux", page)
                elif i % 3 == 1:
                    p.para("Les lignes de télécommunication doivent être enterrées.")
                    expected[zone] = ("enfouissement", page)
                else:
                    p.line("Non réglementé.")
                    expected[zone] = ("absent", None)
            while len(p.pages) * LINES_PER_PAGE + len(p.current) - start < per_zone * n // 16:
                for x in filler:
                    p.line(x)
    while len(p.pages) < pages_total - 1:
        p.line(FILLER[:80])
    data = p.pdf()
    assert len(p.pages) == pages_total
    return data, expected
