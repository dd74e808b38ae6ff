"""Zone chapters found from what the document shows (issue 23): headings naming the plan's
labels in any usual form, bookmarks, sommaire, running headers, headings inside joined text;
several files read as one règlement; referrals followed across files.

Every fixture is written here (sampledata/pdf_writer.py, or text); each asserts the level,
the page, the file that decided and how the chapter was found (``reperage``).
"""
import io

import pytest

from sampledata.pdf_writer import build_pdf
from scan_urba_plugin.core.pieces import pieces_dict, read_pieces, read_reglement
from scan_urba_plugin.core.pieces.chapters import heading_codes, label_keys, split_flow
from .reglement_fixtures import FILLER, Pages, wrap

DUCTS = ("Les opérations d’aménagement d’ensemble doivent prévoir des fourreaux en attente "
         "pour le passage de la fibre optique jusqu’à chaque lot.")
BURIAL = "Les lignes de télécommunication sont réalisées en souterrain."
WATER = "Toute construction doit être raccordée au réseau public d’eau potable."


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _chapter(p: Pages, heading, code, sentence, article=None):
    """A chapter: its heading (None: no heading in the text), filler, its networks article."""
    if heading:
        p.line(heading)
    p.para(FILLER)
    p.line(article or f"ARTICLE {code} 4 – DESSERTE PAR LES RÉSEAUX")
    page = p.page
    p.para(sentence)
    p.break_page()
    return page


# --- the labels the plan gives, in every usual heading form -------------------------------

@pytest.mark.parametrize("heading,label", [
    ("CHAPITRE – DISPOSITIONS APPLICABLES À LA ZONE UB", "UB"),    # no number
    ("Règlement applicable à la zone UH", "UH"),                    # singular, lower case
    ("ZONE 14 AU", "14AU"),                                        # a space inside the code
    ("ZONE N-1", "N1"),                                            # a hyphen inside the code
    ("DISPOSITIONS APPLICABLES À LA ZONE IAU", "1AU"),             # roman prefix
    ("ZONE II NA", "2NA"),
    ("Zone urbaine mixte (UM)", "UM"),                             # the code in brackets
    ("UM – Zone urbaine mixte", "UM"),                             # the code first
    ("Chapitre 3 : Règlement de la zone UD", "UD"),
    ("[ZONE UC]", "UC"),
    ("Règlement zone UE1", "UE1"),                                 # a booklet's title
    ("Dispositions propres aux secteurs UXa", "UXa"),
])
def test_heading_forms_name_the_plan_labels(tmp_path, heading, label):
    p = Pages("PLU de Formes – Règlement", "Approuvé le 2 mai 2018")
    _chapter(p, "CHAPITRE 1 – DISPOSITIONS APPLICABLES À LA ZONE UA", "UA", BURIAL)
    page = _chapter(p, heading, "ZZ", DUCTS, article="Article 4 – Desserte par les réseaux")
    _chapter(p, "CHAPITRE 9 – DISPOSITIONS APPLICABLES À LA ZONE A", "A", WATER)
    path = write(tmp_path, "r.pdf", p.pdf())
    r = read_reglement(path, ["UA", label, "A"])
    got = r.zones[label]
    assert (got.niveau, got.page, got.fichier, got.reperage) == ("fourreaux", page, str(path),
                                                                "titre")
    assert r.zones["UA"].niveau == "enfouissement" and r.zones["A"].niveau == "absent"


def test_sentences_and_wrapped_lines_are_not_headings():
    keys = label_keys(["UA1", "UC", "UCRU1", "UB", "UBa"])
    for line in ("zones UA1, UC et UCRU1, est reculée d’autant ; elle est calculée à partir",
                 "Dans les zones urbaines mixtes (U) :", "La zone UB comprend les secteurs UBa.",
                 "DISPOSITIONS APPLICABLES AUX ZONES A URBANISER", "UB 4 - Desserte",
                 "TITRE II – ZONES URBAINES", "A - Généralités"):
        assert heading_codes(line, keys) is None, line
    assert heading_codes("ZONES UA1, UC ET UCRU1", keys) == (("UA1", "UC", "UCRU1"), "titre")
    assert heading_codes("UBa", keys) == (("UBa",), "code")


def test_a_table_cell_naming_a_sector_stays_in_its_chapter(tmp_path):
    p = Pages("PLU – Règlement", "Approuvé")
    p.line("RÈGLEMENT APPLICABLE À LA ZONE UH")
    p.line("ARTICLE UH 10 – HAUTEUR")
    p.raw(["UHa", "7,5 m", "UHb", "11 m"])
    p.line("ARTICLE UH 4 – DESSERTE PAR LES RÉSEAUX")
    p.para(BURIAL)
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UH", "UHa", "UHb"])
    assert {k: (z.niveau, z.chapitre) for k, z in r.zones.items()} == {
        "UH": ("enfouissement", "UH"), "UHa": ("enfouissement", "UH"),
        "UHb": ("enfouissement", "UH")}


def test_numbered_kinds_under_one_chapter_and_annex_sectors(tmp_path):
    """"Règlement applicable aux zones AU" governs 1AU and 2AU; a later annex titled
    "SECTEUR 1AUa de Kerlic" does not reopen a chapter."""
    p = Pages("PLU – Règlement", "Approuvé")
    page = _chapter(p, "REGLEMENT APPLICABLE AUX ZONES AU", "AU", DUCTS)
    p.line("TITRE V – ANNEXES")
    p.line("SECTEUR 1AUa (b) de KERLIC")
    p.para("Les constructions respectent un recul de 35 mètres de l’axe de la route.")
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["1AU", "1AUa", "2AU"])
    assert {k: (z.niveau, z.page, z.chapitre) for k, z in r.zones.items()} == {
        k: ("fourreaux", page, "AU") for k in ("1AU", "1AUa", "2AU")}


# --- maps of where chapters start: bookmarks, sommaire, running headers --------------------

def _no_heading_plu():
    """Three chapters whose headings are not in the text layer (drawn as images)."""
    p = Pages("PLU de Sans-Titre – Règlement", "Approuvé le 3 mars 2017")
    p.line("RÈGLEMENT ÉCRIT")
    p.break_page()
    pages = {}
    for code, sentence in (("UA", BURIAL), ("UX", DUCTS), ("N", WATER)):
        pages[code] = (p.page, _chapter(p, None, code, sentence,
                                        article="Article 4 – Desserte par les réseaux"))
    return p, pages


def test_bookmarks_place_the_chapters(tmp_path):
    from pypdf import PdfReader, PdfWriter

    p, pages = _no_heading_plu()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(p.pdf())))
    for code, (start, _) in pages.items():
        writer.add_outline_item(f"Dispositions applicables à la zone {code}", start - 1)
    buf = io.BytesIO()
    writer.write(buf)
    path = write(tmp_path, "r.pdf", buf.getvalue())
    r = read_reglement(path, ["UA", "UX", "UXa", "N"])
    assert {k: (z.niveau, z.page, z.reperage) for k, z in r.zones.items()} == {
        "UA": ("enfouissement", pages["UA"][1], "signet"),
        "UX": ("fourreaux", pages["UX"][1], "signet"),
        "UXa": ("fourreaux", pages["UX"][1], "signet"),
        "N": ("absent", pages["N"][1], "signet")}


def test_sommaire_places_the_chapters_with_printed_page_numbers(tmp_path):
    p = Pages("PLU de Sans-Titre – Règlement", "Approuvé le 3 mars 2017")
    p.line("SOMMAIRE")
    # printed numbers: the footer's "Page n" is the physical page, the cover is page 1
    for code, printed in (("UA", 3), ("UX", 4), ("N", 5)):
        p.line(f"Zone {code} {'.' * 50} {printed}")
    p.break_page()
    p.line("RÈGLEMENT ÉCRIT")
    p.break_page()
    pages = {code: _chapter(p, None, code, sentence, article="Article 4 – Desserte par les "
                            "réseaux") for code, sentence in (("UA", BURIAL), ("UX", DUCTS),
                                                              ("N", WATER))}
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UA", "UX", "N"])
    assert {k: (z.niveau, z.page, z.reperage) for k, z in r.zones.items()} == {
        "UA": ("enfouissement", pages["UA"], "sommaire"),
        "UX": ("fourreaux", pages["UX"], "sommaire"), "N": ("absent", pages["N"], "sommaire")}


def test_running_header_names_the_zone_of_each_page(tmp_path):
    """A booklet per zone: no chapter heading, "Zone UE1" at the top of every page."""
    files = []
    for code, sentence in (("UE1", DUCTS), ("UE2", BURIAL)):
        p = Pages(f"PLUi du Val – Règlement écrit – Zone {code}", "PLUi approuvé le 20/12/2019")
        for _ in range(3):
            p.para(FILLER * 4)
        p.line("Article 9 – Desserte par les réseaux")
        page = p.page
        p.para(sentence)
        files.append((write(tmp_path, f"livret_{code}.pdf", p.pdf()), page))
    r = read_pieces(reglement=[f for f, _ in files], labels=["UE1", "UE2"]).reglement
    assert r.lisible and r.pages == sum(len(_pages(f)) for f, _ in files)
    assert {k: (z.niveau, z.page, z.fichier, z.reperage) for k, z in r.zones.items()} == {
        "UE1": ("fourreaux", files[0][1], str(files[0][0]), "entete"),
        "UE2": ("enfouissement", files[1][1], str(files[1][0]), "entete")}


def _pages(path):
    from pypdf import PdfReader

    return PdfReader(path).pages


# --- several files, referrals across files -----------------------------------------------

def _booklet(tmp_path, code, networks_text):
    p = Pages("PLUi de la Métropole – Règlement", f"Règlement zone {code}")
    p.raw(["Règlement pièces écrites", f"Règlement zone {code}"])
    p.break_page()
    p.line("ARTICLE 9 - DESSERTE PAR LES RÉSEAUX")
    p.line("9.1. Alimentation en eau potable")
    p.para("Se reporter aux dispositions de l’article 9.1 des règles communes.")
    p.line("9.6. Déploiement de la fibre optique")
    page = p.page
    p.para(networks_text)
    return write(tmp_path, f"Zone_{code}.pdf", p.pdf()), page


def _common_rules(tmp_path):
    p = Pages("PLUi de la Métropole – Règlement", "Dispositions générales")
    p.line("Règles communes")
    p.para(FILLER)
    p.break_page()
    p.line("ARTICLE 9 - DESSERTE PAR LES RÉSEAUX")
    p.line("9.5. Réseaux électriques et téléphoniques")
    p.para("Le raccordement aux réseaux électriques et téléphoniques doit être souterrain.")
    p.line("9.6. Déploiement de la fibre optique")
    page = p.page
    p.para("Toute nouvelle opération d’aménagement doit intégrer la mise en place de gaines "
           "souterraines permettant le passage de la fibre optique.")
    return write(tmp_path, "Règles_Communes.pdf", p.pdf()), page


def test_booklets_refer_to_the_common_rules_file(tmp_path):
    common, page = _common_rules(tmp_path)
    ua, _ = _booklet(tmp_path, "UA1", "Se reporter aux dispositions de l’article 9.6 des règles "
                                      "communes (dans les dispositions générales).")
    ub, own = _booklet(tmp_path, "UB", "Les constructions nouvelles doivent être équipées de "
                                       "fourreaux pour la fibre optique.")
    pieces = read_pieces(reglement=[ua, ub, common], labels=["UA1", "UB"])
    r = pieces.reglement
    a = r.zones["UA1"]
    assert (a.niveau, a.page, a.fichier, a.reperage) == ("fourreaux", page, str(common), "renvoi")
    assert a.citation.startswith("Toute nouvelle opération d’aménagement doit intégrer")
    assert "9.6. Déploiement de la fibre optique" in a.article
    b = r.zones["UB"]
    assert (b.niveau, b.page, b.fichier, b.reperage) == ("fourreaux", own, str(ub), "titre")
    out = pieces_dict(pieces)["reglement"]["zones"]["UA1"]
    assert (out["fichier"], out["reperage"]) == (str(common), "renvoi")


def test_a_referral_to_a_missing_common_rules_file_is_not_silence(tmp_path):
    ua, _ = _booklet(tmp_path, "UA1", "Se reporter aux dispositions de l’article 9.6 des règles "
                                      "communes.")
    z = read_pieces(reglement=[ua], labels=["UA1"]).reglement.zones["UA1"]
    assert z.niveau == "non_trouve" and "9.6" in z.raison and z.chapitre == "UA1"


def test_zone_referral_across_files_and_every_file_of_the_gpu_folder(tmp_path):
    folder = tmp_path / "12345_PLU_20200101" / "Pieces_ecrites" / "3_Reglement"
    folder.mkdir(parents=True)
    p = Pages("PLU – Règlement", "Zone UB")
    page = _chapter(p, "DISPOSITIONS APPLICABLES À LA ZONE UB", "UB", DUCTS)
    (folder / "12345_reglement_zone_UB_20200101.pdf").write_bytes(p.pdf())
    p = Pages("PLU – Règlement", "Zone UD")
    p.line("DISPOSITIONS APPLICABLES À LA ZONE UD")
    p.line("ARTICLE UD 4 – DESSERTE PAR LES RÉSEAUX")
    p.para("Les dispositions de la zone UB s’appliquent.")
    (folder / "12345_reglement_zone_UD_20200101.pdf").write_bytes(p.pdf())
    r = read_pieces(folder=tmp_path / "12345_PLU_20200101", labels=["UB", "UD"]).reglement
    ud = r.zones["UD"]
    assert (ud.niveau, ud.page, ud.reperage, ud.chapitre) == ("fourreaux", page, "renvoi", "UD")
    assert ud.fichier.endswith("12345_reglement_zone_UB_20200101.pdf")
    assert "applies by reference from ARTICLE UD 4" in ud.article


# --- text with no line structure, stray control characters ------------------------------

JOINED = " ".join([
    "PLAN LOCAL D’URBANISME Règlement écrit.",
    "CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE UB La zone UB est une zone urbaine mixte.",
    "ARTICLE UB 4 – DESSERTE PAR LES RÉSEAUX " + WATER,
    "Les réseaux de communications électroniques doivent être réalisés en souterrain.",
    "CHAPITRE 3 – DISPOSITIONS APPLICABLES À LA ZONE 1AU La zone 1AU est à urbaniser.",
    "ARTICLE 1AU 16 – COMMUNICATIONS ÉLECTRONIQUES " + DUCTS,
    "CHAPITRE 4 – DISPOSITIONS APPLICABLES À LA ZONE A La zone A est agricole.",
    "ARTICLE A 4 – DESSERTE PAR LES RÉSEAUX " + WATER] + wrap(FILLER * 3))


def test_headings_found_inside_joined_text(tmp_path):
    assert split_flow(JOINED)[2:5] == [
        "CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE UB", "La zone UB est une zone urbaine "
        "mixte.", "ARTICLE UB 4 – DESSERTE PAR LES RÉSEAUX"]
    data = (JOINED.replace("mixte.", "mixte.\x07")).encode("utf-8")   # a stray control char
    r = read_reglement(write(tmp_path, "extraction.txt", data), ["UB", "1AUa", "A"])
    assert r.lisible
    assert {k: (z.niveau, z.chapitre, z.reperage) for k, z in r.zones.items()} == {
        "UB": ("enfouissement", "UB", "titre"), "1AUa": ("fourreaux", "1AU", "titre"),
        "A": ("absent", "A", "titre")}
    assert r.zones["1AUa"].citation == DUCTS and r.zones["1AUa"].page is None


def test_markdown_headings_of_an_ocr(tmp_path):
    text = "\n".join(["# Règlement pièces écrites", "## Règlement zone UA1", "",
                      "**ARTICLE 9 - DESSERTE PAR LES RÉSEAUX**", "> PLUi approuvé", DUCTS])
    r = read_reglement(write(tmp_path, "Zone_UA1.md", text.encode()), ["UA1"])
    assert (r.zones["UA1"].niveau, r.zones["UA1"].reperage) == ("fourreaux", "titre")


def test_pages_without_text_do_not_hide_a_chapter_read_whole(tmp_path):
    """A blank back cover, or an illustration page, inside a chapter whose networks article
    was read: the level stands; the pages are named in the reason."""
    p = Pages("PLU – Règlement", "Approuvé")
    p.line("DISPOSITIONS APPLICABLES À LA ZONE UB")
    p.scanned_page()
    p.line("ARTICLE UB 4 – DESSERTE PAR LES RÉSEAUX")
    p.para(BURIAL)
    p.scanned_page()
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UB"])
    z = r.zones["UB"]
    assert (z.niveau, z.page) == ("enfouissement", 3) and "2" in z.raison and "4" not in z.raison


def test_several_unreadable_files_name_each_reason(tmp_path):
    scan = write(tmp_path, "zone_UA.pdf", build_pdf([None]))
    empty = write(tmp_path, "zone_UB.pdf", b"")
    r = read_pieces(reglement=[scan, empty], labels=["UA", "UB"]).reglement
    assert not r.lisible and r.zones == {}
    assert str(scan) in r.raison and str(empty) in r.raison


def test_a_heading_broken_before_its_code(tmp_path):
    p = Pages("PLU – Règlement", "Approuvé")
    _chapter(p, "CHAPITRE 1 – DISPOSITIONS APPLICABLES À LA ZONE UA", "UA", BURIAL)
    p.raw(["CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE", "UB"])
    page = _chapter(p, None, "ZZ", DUCTS, article="Article 4 – Desserte par les réseaux")
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()))   # no labels: the codes' form
    assert {k: (z.niveau, z.page) for k, z in r.zones.items()} == {
        "UA": ("enfouissement", 1), "UB": ("fourreaux", page)}


def test_the_repeated_template_names_each_chapter(tmp_path):
    """Chapter headings that are pictures: the article sequence restarting (article 1 after
    article 6) with the zone its first lines present ("La zone UB…") opens each chapter."""
    p = Pages("PLU – Règlement", "Approuvé")
    pages = {}
    for code, sentence in (("UA", BURIAL), ("UB", DUCTS), ("A", WATER)):
        p.line("CARACTÈRE DE LA ZONE")
        p.para(f"La zone {code} correspond à une partie du territoire communal. " + FILLER)
        for n in range(1, 7):
            p.line(f"Article {n} – {'Desserte par les réseaux' if n == 4 else 'Règles'}")
            if n == 4:
                pages[code] = p.page
                p.para(sentence)
            else:
                p.para(FILLER)
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UA", "UB", "UBa", "A"])
    assert {k: (z.niveau, z.page, z.chapitre) for k, z in r.zones.items()} == {
        "UA": ("enfouissement", pages["UA"], "UA"), "UB": ("fourreaux", pages["UB"], "UB"),
        "UBa": ("fourreaux", pages["UB"], "UB"), "A": ("absent", pages["A"], "A")}


def test_spaced_capitals_and_titles_without_a_dash(tmp_path):
    p = Pages("PLU – Règlement", "Approuvé")
    first = _chapter(p, "Z O N E   U A", "UA", BURIAL)
    second = _chapter(p, "ZONE UB CENTRE ANCIEN", "ZZ", DUCTS,
                      article="Article 4 – Desserte par les réseaux")
    p.line("ZONE UC")
    p.raw(["La hauteur maximale ne peut excéder :", "SECTEUR", "A L’ÉGOUT DU TOIT", "UCa",
           "9 m"])                           # a table's cells, not headings
    third = _chapter(p, None, "UC", BURIAL)
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UA", "UB", "UCa", "A"])
    assert {k: (z.niveau, z.page, z.chapitre) for k, z in r.zones.items()} == {
        "UA": ("enfouissement", first, "UA"), "UB": ("fourreaux", second, "UB"),
        "UCa": ("enfouissement", third, "UC"), "A": ("non_trouve", None, None)}


MIXED = " ".join([
    "Le présent règlement s’applique à l’ensemble du territoire communal.",
    "Chapitre 2 : Dispositions applicables à la zone UB La zone UB est une zone mixte. Elle "
    "comprend le secteur UBa.",
    "Article UB 4 : Desserte par les réseaux " + WATER + " " + BURIAL,
    "Article UB 5 : Caractéristiques des terrains Non réglementé.",
    "Dispositions applicables à la zone Ua Cette zone est le bourg ancien.",
    "Article Ua 4 - Réseaux " + DUCTS,
    "Chapitre 4 : Dispositions applicables à la zone N La zone N est naturelle.",
    "Article N 4 : Desserte par les réseaux " + WATER] + wrap(FILLER * 4))


def test_headings_in_small_letters_inside_joined_text(tmp_path):
    r = read_reglement(write(tmp_path, "extraction.txt", MIXED.encode("cp1252")),
                       ["UB", "UBa", "Ua", "N"])
    assert {k: (z.niveau, z.chapitre, z.article) for k, z in r.zones.items()} == {
        "UB": ("enfouissement", "UB", "Article UB 4 : Desserte par les réseaux"),
        "UBa": ("enfouissement", "UB", "Article UB 4 : Desserte par les réseaux"),
        "Ua": ("fourreaux", "Ua", "Article Ua 4 - Réseaux"),
        "N": ("absent", "N", "Article N 4 : Desserte par les réseaux")}


def test_a_heading_run_into_its_paragraph(tmp_path):
    text = "\n".join(["DISPOSITIONS APPLICABLES À LA ZONE UC",
                      "ARTICLE UC 16 – COMMUNICATIONS ÉLECTRONIQUES " + DUCTS,
                      "ARTICLE UC 17 – AUTRES RÈGLES " + FILLER])
    r = read_reglement(write(tmp_path, "r.txt", text.encode()), ["UC"])
    z = r.zones["UC"]
    assert (z.niveau, z.article, z.citation) == (
        "fourreaux", "ARTICLE UC 16 – COMMUNICATIONS ÉLECTRONIQUES", DUCTS)


def test_a_heading_with_no_text_under_it_is_not_a_chapter_read(tmp_path):
    """"ZONE UX" followed at once by another chapter (a list of zones, a divider page): UX's
    chapter was not read, so UX is never called absent."""
    p = Pages("PLU – Règlement", "Approuvé")
    p.line("ZONE UX")
    p.line("Zone d’activités.")
    page = _chapter(p, "ZONE UY", "UY", BURIAL)
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UX", "UY"])
    assert (r.zones["UY"].niveau, r.zones["UY"].page) == ("enfouissement", page)
    ux = r.zones["UX"]
    assert (ux.niveau, ux.chapitre) == ("non_trouve", "UX") and "no text" in ux.raison


def test_a_sentence_going_on_about_the_same_networks_and_a_ban_on_connecting():
    from scan_urba_plugin.core.pieces.grade import _classify, sentences
    from scan_urba_plugin.core.pieces.segment import Block

    block = Block(codes=("UB",), article="Desserte par les réseaux", lines=[(None, (
        "Toute construction nouvelle devra pouvoir être raccordée au réseau Très Haut Débit "
        "quand il existe. Dans le cas où les réseaux sont inexistants, des fourreaux de réserve "
        "seront mis en place. Les réseaux d’eau pluviale sont enterrés."))])
    assert [s.level for s in sentences(block)] == ["raccordement", "fourreaux", None]
    ban = ("Les bâtiments ne peuvent, nonobstant toutes clauses contractuelles contraires, être "
           "raccordés définitivement aux réseaux d’électricité, d’eau, de gaz ou de téléphone si "
           "leur construction n’a pas été autorisée.")
    assert _classify(None, ban, False).level is None


@pytest.mark.parametrize("line,codes", [
    # forms seen in real règlements (corpus/README.md, "Chapter headings seen by corpus-a")
    ("TITRE 2 DISPOSITIONS APPLICABLES AUX ZONES URBAINES (U)", ("U",)),
    ("Chapitre 5 Dispositions applicables à la zone UE", ("UE",)),
    ("CHAPITRE VII REGLEMENT DE LA ZONE UF*", ("UF",)),
    ("TITRE 3 - DISPOSITIONS APPLICABLES A LA ZONE A URBANISER (zone AU )", ("AU",)),
    ("TITRE II : LES ZONES URBAINES REGLEMENT APPLICABLE DES ZONES UA, UB, UC.",
     ("UA", "UB", "UC")),
    ("ZONE AU 0", ("AU0",)),
    ("CHAPITRE UA - DISPOSITIONS APPLICABLES A LA ZONE UA", ("UA",)),
])
def test_real_heading_forms(line, codes):
    assert heading_codes(line, label_keys(["U", "UE", "UF", "AU", "UA", "UB", "UC", "AU0"])) \
        == (codes, "titre")


def test_unicode_hyphens_in_article_headings(tmp_path):
    text = "\n".join(["ZONE UX", "ARTICLE UX\u20101 : DESTINATION DES CONSTRUCTIONS", FILLER,
                      "ARTICLE UX\u20104 : DESSERTE PAR LES RÉSEAUX", "Dans le secteur UXa :",
                      DUCTS, "ARTICLE UX\u20105 : SUPERFICIE", FILLER])
    r = read_reglement(write(tmp_path, "r.txt", text.encode()), ["UX", "UXa"])
    assert (r.zones["UXa"].niveau, r.zones["UXa"].article) == (
        "fourreaux", "ARTICLE UX-4 : DESSERTE PAR LES RÉSEAUX")
    assert r.zones["UX"].niveau == "absent"


def test_codes_alone_in_a_table_are_no_chapters_but_on_a_divider_page_they_are(tmp_path):
    p = Pages("PLU – Règlement", "Approuvé")
    p.line("ZONE UA")
    p.para(FILLER)
    p.raw(["Hauteur maximale par zone :", "UA", "12 m", "UB", "9 m", "UC", "7 m"])
    p.line("ARTICLE UA 4 – DESSERTE PAR LES RÉSEAUX")
    ua = p.page
    p.para(DUCTS)
    p.break_page()
    p.line("UB")                 # a divider page: the code alone, in big letters
    p.break_page()
    ub = _chapter(p, None, "UB", BURIAL)
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UA", "UB", "UC"])
    assert {k: (z.niveau, z.page) for k, z in r.zones.items()} == {
        "UA": ("fourreaux", ua), "UB": ("enfouissement", ub), "UC": ("non_trouve", None)}


def test_the_division_of_the_territory_lists_zones_it_opens_no_chapter(tmp_path):
    p = Pages("PLU – Règlement", "Approuvé")
    p.line("TITRE I – DISPOSITIONS GÉNÉRALES")
    p.line("ARTICLE 3 – DIVISION DU TERRITOIRE EN ZONES")
    p.raw(["Zone UA : zone urbaine centrale", "Zone UB : zone urbaine mixte",
           "Zone A : zone agricole"])
    p.line("ARTICLE 4 – RÉSEAUX DE COMMUNICATIONS ÉLECTRONIQUES")
    common = p.page
    p.para("Toute construction nouvelle doit être raccordable au réseau de fibre optique.")
    p.break_page()
    ua = _chapter(p, "CHAPITRE 1 – ZONE UA", "UA", DUCTS)
    _chapter(p, "CHAPITRE 2 – ZONE UB", "UB", WATER)
    _chapter(p, "CHAPITRE 3 – ZONE A", "A", WATER)
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UA", "UB", "A"])
    # the general provisions stay common to every zone, their list opens no chapter
    assert {k: (z.niveau, z.page) for k, z in r.zones.items()} == {
        "UA": ("fourreaux", ua), "UB": ("raccordement", common), "A": ("raccordement", common)}


def test_a_booklet_named_only_by_its_file_name(tmp_path):
    p = Pages("PLU de la Ville – Règlement", "Approuvé")
    p.para(FILLER)
    p.line("Article 4 – Desserte par les réseaux")
    page = p.page
    p.para(DUCTS)
    booklet = write(tmp_path, "reglement_zone_UM2.pdf", p.pdf())
    other = write(tmp_path, "12345_reglement_20200101.pdf", p.pdf())   # names no label
    r = read_pieces(reglement=[booklet, other], labels=["UM2", "UM3"]).reglement
    z = r.zones["UM2"]
    assert (z.niveau, z.page, z.fichier, z.reperage) == ("fourreaux", page, str(booklet), "titre")
    assert r.zones["UM3"].niveau == "non_trouve"
