"""The reader on realistic règlements written over real zonings (tests/core/
realistic_reglements.py): every label at its level, with the page of the deciding sentence;
and the general causes of the misses found there, each on its own."""
from __future__ import annotations

import pytest

from scan_urba_plugin.core.pieces import grade_files
from scan_urba_plugin.core.pieces.pdf import read_pdf
from scan_urba_plugin.core.pieces.plain import read_text
from scan_urba_plugin.core.pieces.text import Document

from .realistic_reglements import (PLU_30014, PLU_41175, all_documents, bagnols_modernise,
                                   bagnols_pre2016, vineuil_modernise, vineuil_pre2016,
                                   zone_labels)

BUILDERS = {"bagnols_pre2016": bagnols_pre2016, "bagnols_modernise": bagnols_modernise,
            "vineuil_pre2016": vineuil_pre2016, "vineuil_modernise": vineuil_modernise,
            "bagnols_texte": lambda: bagnols_pre2016("txt"),
            "bagnols_modernise_texte": lambda: bagnols_modernise("txt-pages")}


def _read(g):
    doc = read_pdf(g.data, g.name) if g.format == "pdf" else read_text(g.data, g.name)
    assert doc.lisible, doc.raison
    return grade_files([doc], list(g.labels))


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_every_label_at_its_level_and_page(name):
    g = BUILDERS[name]()
    reglement = _read(g)
    # the page counts where a sentence decides (an absent zone is quoted from its chapter)
    got = {k: (p.niveau, p.page if p.niveau != "absent" else None)
           for k, p in reglement.zones.items()}
    assert got == {k: (lv, pg if lv != "absent" else None) for k, (lv, pg) in g.labels.items()}


def test_the_zonings_are_the_real_plans():
    if not PLU_30014.exists() or not PLU_41175.exists():
        pytest.skip(f"real plans absent: {PLU_30014.parent}, {PLU_41175.parent}")
    labels = {k for g in all_documents() for k in g.labels}
    assert set(zone_labels(PLU_30014)) <= labels
    assert len(zone_labels(PLU_30014)) == 17 and len(zone_labels(PLU_41175)) == 24
    assert set(zone_labels(PLU_41175)) <= labels


def test_blanket_antenna_ban_quoted_localised_one_not():
    g = bagnols_pre2016()
    bans = _read(g).antennes_interdites
    assert [(b.page, b.citation) for b in bans] == [g.antenna]


def _doc(lines_per_page: list[list[str]]) -> Document:
    return Document(source="r.pdf", format="pdf", pages=["\n".join(x) for x in lines_per_page],
                    paged=True)


FILL = ("Les constructions doivent présenter une simplicité de volume et une unité d’aspect "
        "compatibles avec le caractère des lieux avoisinants. ") * 4


def test_a_sentence_on_a_capital_sector_rules_that_sector_only():
    """« Dans le secteur NL : … raccordées » inside the chapter N rules NL (a suffix in
    capitals, so no chapter governs it by its form), not N nor its other sectors."""
    doc = _doc([["CHAPITRE 5 – DISPOSITIONS APPLICABLES À LA ZONE N",
                 "La zone N comprend les secteurs NL et Nh.", FILL,
                 "ARTICLE N 4 – DESSERTE PAR LES RÉSEAUX",
                 "Dans le secteur NL : les constructions doivent être raccordées au réseau de "
                 "communications électroniques.", FILL]])
    zones = grade_files([doc], ["N", "Nh", "NL"]).zones
    assert (zones["NL"].niveau, zones["NL"].chapitre) == ("raccordement", "N")
    assert zones["N"].niveau == "absent" and zones["Nh"].niveau == "absent"


def test_a_sector_of_the_other_zone_of_a_shared_chapter():
    """« Dans le secteur Ubp : des fourreaux … » in the chapter of zones Ua and Ub does not
    rule Ua."""
    doc = _doc([["DISPOSITIONS APPLICABLES AUX ZONES Ua ET Ub", FILL,
                 "3.2 Desserte par les réseaux",
                 "Toute construction nouvelle doit pouvoir être raccordée au réseau de "
                 "communications électroniques à très haut débit lorsqu’il existe.",
                 "Dans le secteur Ubp : des fourreaux de réserve sont posés sous les voies "
                 "nouvelles pour les réseaux de communications électroniques.", FILL]])
    zones = grade_files([doc], ["Ua", "Ubp"]).zones
    assert zones["Ua"].niveau == "raccordement" and zones["Ubp"].niveau == "fourreaux"


def test_secteur_heading_in_capitals_inside_its_zone():
    """« SECTEUR NL » inside the chapter N is a sector's sub-heading, not a chapter of its
    own; a label the zone's presentation lists (« secteurs AC (carrières), AL ») is read in
    that zone's chapter."""
    doc = _doc([["Règlement applicable à la zone A",
                 "La zone A comprend les secteurs AC (carrières), AL (loisirs) et Ah.", FILL,
                 "3.2 Desserte par les réseaux",
                 "Les lignes de télécommunication et leurs branchements doivent être réalisés "
                 "en souterrain.", FILL],
                ["Règlement applicable à la zone N", FILL, "3.2 Desserte par les réseaux",
                 "Non réglementé.", "SECTEUR NL", "Seules les installations de loisirs sont "
                 "admises.", FILL]])
    zones = grade_files([doc], ["ACi", "ALi", "N", "NL"]).zones
    assert (zones["ACi"].niveau, zones["ACi"].chapitre) == ("enfouissement", "A")
    assert (zones["ALi"].niveau, zones["ALi"].page) == ("enfouissement", 1)
    assert (zones["NL"].niveau, zones["NL"].chapitre) == ("absent", "N")


def test_a_table_extracted_one_cell_per_line_opens_no_chapter():
    """A table of heights at the top of a page of the general provisions, one cell per line
    ("Ua" / "6 m" / "9 m" / "30 %"): the code is a cell, so the networks article that follows
    stays common to every zone and the referral to it is followed."""
    doc = _doc([["TITRE I – DISPOSITIONS GÉNÉRALES", FILL],
                ["Ua", "6 m", "9 m", "30 %", "Uh", "7 m", "10 m", "40 %",
                 "ARTICLE DG 6 – DESSERTE PAR LES RÉSEAUX",
                 "Sur l’ensemble du territoire, les réseaux de télécommunication nouveaux sont "
                 "enfouis.", FILL],
                ["CHAPITRE 1 – DISPOSITIONS APPLICABLES À LA ZONE Ua", FILL,
                 "ARTICLE Ua 4 – DESSERTE PAR LES RÉSEAUX", "Non réglementé.", FILL],
                ["CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE Uh", FILL,
                 "ARTICLE Uh 4 – DESSERTE PAR LES RÉSEAUX",
                 "Se reporter à l’article DG 6 des dispositions générales.", FILL]])
    zones = grade_files([doc], ["Ua", "Uh"]).zones
    assert {k: (z.niveau, z.page, z.chapitre) for k, z in zones.items()} == {
        "Ua": ("enfouissement", 2, "Ua"), "Uh": ("enfouissement", 2, "Uh")}


HEADER = "PLU de Bagnols – Règlement"


def test_a_template_heading_opening_pages_in_several_chapters_is_no_running_line():
    """« 3.2 Desserte par les réseaux » at the top of a page in three zones (the plan's
    header extracted after the footer): the template's heading, not a running line."""
    pages = []
    for code, says in (("Ua", "Les lignes de télécommunication et leurs branchements doivent "
                              "être réalisés en souterrain."),
                       ("Ub", "Non réglementé."), ("Uc", "Non réglementé.")):
        pages.append([f"Règlement applicable à la zone {code}", FILL, "3.1 Desserte par les "
                      "voies", FILL, "Page", HEADER])
        pages.append([FILL, FILL, "Page", HEADER])
        pages.append(["3.2 Desserte par les réseaux", "Infrastructures et réseaux de "
                      "communications électroniques", says, FILL, "Page", HEADER])
    doc = _doc(pages)
    zones = grade_files([doc], ["Ua", "Ub", "Uc"]).zones
    assert (zones["Ua"].niveau, zones["Ua"].page) == ("enfouissement", 3)
    assert zones["Ua"].article == "3.2 Desserte par les réseaux"
    assert zones["Ub"].niveau == "absent" and zones["Ub"].article == "3.2 Desserte par les réseaux"


def test_a_sommaire_without_leaders_keeps_the_general_provisions_common():
    """A sommaire whose page numbers come on lines of their own reads as a list of headings:
    the list ends at its last item's chapter, never over the general provisions after it."""
    doc = _doc([["SOMMAIRE", "TITRE I – DISPOSITIONS GÉNÉRALES", "1",
                 "TITRE II – DISPOSITIONS APPLICABLES AUX ZONES URBAINES", "3",
                 "CHAPITRE 1 – DISPOSITIONS APPLICABLES À LA ZONE UA", "3",
                 "CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE UB", "4",
                 "CHAPITRE 3 – DISPOSITIONS APPLICABLES À LA ZONE N", "5", "LEXIQUE", "6"],
                [HEADER, "TITRE I – DISPOSITIONS GÉNÉRALES", FILL,
                 "ARTICLE DG 6 – DESSERTE PAR LES RÉSEAUX",
                 "Les réseaux de communications électroniques et leurs branchements sont "
                 "réalisés en souterrain.", FILL, "1"]] +
               [[HEADER, f"CHAPITRE {k} – DISPOSITIONS APPLICABLES À LA ZONE {c}", FILL,
                 f"ARTICLE {c} 4 – DESSERTE PAR LES RÉSEAUX", "Non réglementé.", FILL, str(k + 2)]
                for k, c in enumerate(("UA", "UB", "N"), start=1)])
    zones = grade_files([doc], ["UA", "UB", "N"]).zones
    assert {k: (z.niveau, z.page) for k, z in zones.items()} == {
        c: ("enfouissement", 2) for c in ("UA", "UB", "N")}


def test_ligatures_as_a_pdf_extracts_them():
    """« ﬁbre » with the ligature U+FB01, as many PDFs give it: read and quoted as « fibre »."""
    doc = _doc([["Règlement applicable à la zone UB", FILL, "3.2 Desserte par les réseaux",
                 "Toute construction nouvelle doit être raccordée au réseau de \ufb01bre "
                 "optique lorsqu’il existe.", FILL]])
    ub = grade_files([doc], ["UB"]).zones["UB"]
    assert (ub.niveau, ub.page) == ("raccordement", 1)
    assert ub.citation == ("Toute construction nouvelle doit être raccordée au réseau de fibre "
                           "optique lorsqu’il existe.")


@pytest.mark.parametrize("title", ["ANNEXE 1 : LEXIQUE DES TERMES UTILISÉS",
                                   "DÉFINITIONS DES TERMES UTILISÉS DANS LE RÈGLEMENT",
                                   "LEXIQUE NATIONAL D’URBANISME", "ANNEXES"])
def test_the_lexique_under_another_title_is_no_part_of_the_last_zone(title):
    """The lexique after the last zone chapter, under a title that says more than
    « Lexique », or the annexes: their definitions (« Fourreau : … communications
    électroniques … en attente ») never rule the zone N."""
    doc = _doc([["Règlement applicable à la zone N", FILL, "3.2 Desserte par les réseaux",
                 "Non réglementé.", FILL],
                [title, "Fourreau : conduit enterré destiné à recevoir les câbles des réseaux "
                 "de communications électroniques à très haut débit, posé en attente.", FILL]])
    n = grade_files([doc], ["N"]).zones["N"]
    assert (n.niveau, n.chapitre) == ("absent", "N")


def test_a_heading_broken_before_the_zone_it_applies_to():
    """« RÈGLEMENT APPLICABLE » / « À LA ZONE UH » on two lines (a long title set in two)."""
    doc = _doc([["Règlement applicable à la zone UB", FILL, "3.2 Desserte par les réseaux",
                 "Non réglementé.", FILL, "RÈGLEMENT APPLICABLE", "À LA ZONE UH", FILL,
                 "3.2 Desserte par les réseaux",
                 "Les lignes de télécommunication et leurs branchements doivent être réalisés "
                 "en souterrain.", FILL]])
    zones = grade_files([doc], ["UB", "UH"]).zones
    assert (zones["UH"].niveau, zones["UH"].page, zones["UH"].chapitre) == (
        "enfouissement", 1, "UH")
    assert zones["UB"].niveau == "absent"


def test_a_sentence_for_every_sector_but_one():
    """« Dans toute la zone, à l’exception du secteur Ucp, … »: every sector of Uc but Ucp."""
    doc = _doc([["Règlement applicable à la zone Uc", FILL, "3.2 Desserte par les réseaux",
                 "Dans toute la zone, à l’exception du secteur Ucp, les lignes de "
                 "télécommunication sont réalisées en souterrain.", FILL]])
    zones = grade_files([doc], ["Uc", "Uca", "Ucp"]).zones
    assert {k: z.niveau for k, z in zones.items()} == {
        "Uc": "enfouissement", "Uca": "enfouissement", "Ucp": "absent"}
