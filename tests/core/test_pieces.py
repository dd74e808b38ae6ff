"""Written pieces: readers, règlement segmentation and grading, PADD and OAP, bad input.

Real text: the CNIG SRU règlement of Jaleyrac and the CNIG SRU standard PDF (../shared);
realistic PDF fixtures are built here from text (tests/core/reglement_fixtures.py).
"""
import io
import json
import zipfile
from pathlib import Path

import pytest

from sampledata.pdf_writer import build_pdf
from .reglement_fixtures import Pages, big_reglement, classic_plu, modern_plui
from scan_urba_plugin.core.pieces import pieces_dict, read_pieces, read_reglement
from scan_urba_plugin.core.pieces.grade import governing_chapter, grade
from scan_urba_plugin.core.pieces.locate import locate
from scan_urba_plugin.core.pieces.reading import read_bytes, read_document

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
SRU = SHARED / "reglement" / "cnig-sru"
JALEYRAC = SRU / "jaleyrac_15079" / "15079_reglement_20190128.xml"
STANDARD = SRU / "standard" / "260303_Standard_CNIG_SRU_niveau1_v2023_rev2026-03.pdf"
PLU_30014 = SHARED / "plu" / "30014_PLU_20171013"

JALEYRAC_LEVELS = {"UG": "enfouissement", "UGa": "enfouissement", "UGb": "enfouissement",
                   "1AU": "enfouissement", "UX": "enfouissement", "UE": "absent",
                   "2AU": "absent", "A": "absent", "N": "absent", "Na": "absent", "Np": "absent"}
JALEYRAC_SENTENCE = ("Ils doivent être réalisés en souterrain ou s’intégrer au bâti, sous réserve "
                     "de ne pas faire obstacle à la fourniture du service universel pour les "
                     "réseaux de télécommunication.")


def need(path: Path):
    if not path.exists():
        pytest.skip(f"{path} absent (shared data not mounted)")


def write(tmp_path, name, data) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- CNIG SRU: the real règlement of Jaleyrac --------------------------------------------

def test_jaleyrac_sru_xml_every_zone_level():
    need(JALEYRAC)
    r = read_reglement(JALEYRAC)
    assert r.lisible and r.format == "sru-xml" and r.pages is None
    assert {k: p.niveau for k, p in r.zones.items()} == JALEYRAC_LEVELS
    ug = r.zones["UG"]
    assert ug.citation == JALEYRAC_SENTENCE
    assert ug.article == "2. Réseaux de communications électRoniQues"
    assert r.zones["UX"].article == "1. Réseaux de communications électRoniQues"
    assert r.zones["UGa"].chapitre == "UG" and r.zones["Np"].chapitre == "N"
    assert r.antennes_interdites == []


def test_jaleyrac_labels_of_a_plan_map_to_their_chapter():
    need(JALEYRAC)
    r = read_reglement(JALEYRAC, ["UG", "UGa", "1AU", "1AUa", "AU", "2AU", "A", "Ah", "UZ"])
    levels = {k: (p.niveau, p.chapitre) for k, p in r.zones.items()}
    assert levels == {"UG": ("enfouissement", "UG"), "UGa": ("enfouissement", "UG"),
                      "1AU": ("enfouissement", "1AU"), "1AUa": ("enfouissement", "1AU"),
                      "AU": ("non_trouve", None), "2AU": ("absent", "2AU"),
                      "A": ("absent", "A"), "Ah": ("absent", "A"), "UZ": ("non_trouve", None)}


def _sru_json(xml_path: Path) -> bytes:
    """The same règlement in the niveau-1 JSON form (titre[], idZone arrays, html nodes)."""
    import xml.etree.ElementTree as ET

    def local(tag):
        return tag.rsplit("}", 1)[-1]

    def node(el):
        out = {"tag": local(el.tag) if local(el.tag) in ("p", "div", "ul", "li", "a", "span",
                                                         "h1", "h2", "h3", "h4") else "div"}
        if el.text and el.text.strip():
            out["text"] = el.text
        children = [node(c) for c in el] + [c.tail for c in el if c.tail and c.tail.strip()]
        if children:
            out["children"] = children
        return out

    def titre(el):
        contents = [c for c in el if local(c.tag) == "Contenu"]
        return {"idTitre": el.get("id"), "intitule": el.get("intitule"),
                "niveau": int(el.get("niveau")), "idZone": [
                    "dispositionGenerale" if z == "porteeGenerale" else z
                    for z in el.get("idZone").split(",")],
                "contenu": [{"idZone": c.get("idZone").split(","),
                             "html": [node(b) for b in c]} for c in contents],
                "titre": [titre(c) for c in el if local(c.tag) == "Titre"]}

    root = ET.parse(xml_path).getroot()
    return json.dumps({"idReglement": "15079", "nom": "Jaleyrac", "typeDoc": "PLU",
                       "titre": [titre(c) for c in root if local(c.tag) == "Titre"]},
                      ensure_ascii=False).encode()


def test_jaleyrac_sru_json_reads_as_the_xml(tmp_path):
    need(JALEYRAC)
    path = write(tmp_path, "15079_reglement_20190128.json", _sru_json(JALEYRAC))
    r = read_reglement(path, list(JALEYRAC_LEVELS))
    assert r.format == "sru-json"
    assert {k: p.niveau for k, p in r.zones.items()} == JALEYRAC_LEVELS
    assert r.zones["1AU"].citation == JALEYRAC_SENTENCE


# --- PDF: the CNIG standard, page by page --------------------------------------------------

def test_standard_pdf_page_accurate_extraction():
    need(STANDARD)
    doc = read_document(STANDARD)
    assert doc.lisible and doc.format == "pdf" and doc.page_count == 23
    assert "Acronymes et abréviations" in doc.pages[4]            # page 5
    assert "2.2 Modèle conceptuel de données" in doc.pages[11]    # page 12
    assert "3.3 Métadonnées" in doc.pages[22]                     # page 23
    assert "3.3 Métadonnées" not in doc.pages[21]
    from scan_urba_plugin.core.pieces.segment import clean_pages

    pages, empty = clean_pages(doc.pages)
    header = "Structuration du règlement d’urbanisme de niveau 1 - version 2026-03"
    assert not any(header in line for lines in pages[1:] for line in lines)   # running header
    assert pages[4][0] == "Acronymes et abréviations"


# --- realistic PDF fixtures -------------------------------------------------------------

def _check(reglement, expected):
    for label, (level, page, *article) in expected.items():
        got = reglement.zones[label]
        assert got.niveau == level, label
        if page is not None:
            assert got.page == page, label
        if article and article[0]:
            assert got.article.startswith(article[0]), label
        if level in ("fourreaux", "raccordement", "enfouissement"):
            assert got.citation and got.citation in " ".join(
                reglement_text(reglement)), label


def reglement_text(reglement):
    return [p.citation or "" for p in reglement.zones.values()]


def test_classic_plu_every_trap(tmp_path):
    data, expected, pages = classic_plu()
    r = read_reglement(write(tmp_path, "12345_reglement_20190312.pdf", data), list(expected))
    assert r.lisible and r.pages == 11 and r.pages_sans_texte == [10]
    _check(r, expected)
    # hyphenated break rejoined, verbatim otherwise
    assert r.zones["UB"].citation == ("Toute construction nouvelle doit être raccordée au réseau "
                                      "de communications électroniques à très haut débit "
                                      "lorsqu’il existe.")
    assert r.zones["UBa"].citation.startswith("En secteur UBa, les opérations")
    # the sommaire and the lexique name ducts and connection: neither decides anything
    assert all(p.page not in (2, 4) for p in r.zones.values())
    assert r.zones["2AU"].citation == "Non réglementé."
    # a chapter partly scanned is never "absent"
    assert r.zones["N"].niveau == "non_trouve" and "10" in r.zones["N"].raison
    assert [(c.page, c.citation) for c in r.antennes_interdites] == [
        (pages["antenne"], "Sur l’ensemble du territoire communal, l’implantation d’antennes "
                           "relais de téléphonie mobile est interdite.")]


@pytest.mark.parametrize("filler_pages", [0, 2])
def test_hyphenated_break_across_a_page_and_its_running_lines(tmp_path, filler_pages):
    from .reglement_fixtures import LINES_PER_PAGE

    p = Pages("PLU – Règlement", "Approuvé le 1er mars 2020")
    p.line("CHAPITRE 1 – DISPOSITIONS APPLICABLES À LA ZONE UC")
    p.line("ARTICLE UC 4 – DESSERTE PAR LES RÉSEAUX")
    for _ in range(LINES_PER_PAGE - 3):
        p.line("Les eaux usées sont raccordées au réseau collectif et traitées en station.")
    p.line("Les opérations d’ensemble doivent prévoir des fourreaux pour les réseaux de communi-")
    p.line("cations électroniques.")                       # on page 2, under the header
    for _ in range(filler_pages * LINES_PER_PAGE):
        p.line("Les clôtures sur voie sont constituées d’un mur bahut surmonté d’une grille.")
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UC"])
    assert (r.zones["UC"].niveau, r.zones["UC"].page) == ("fourreaux", 1)
    assert r.zones["UC"].citation == ("Les opérations d’ensemble doivent prévoir des fourreaux "
                                      "pour les réseaux de communications électroniques.")


def test_cross_references_are_followed_never_read_as_silence(tmp_path):
    p = Pages("PLU – Règlement", "Approuvé le 1er mars 2020")
    p.line("CHAPITRE 1 – DISPOSITIONS APPLICABLES À LA ZONE UB")
    p.line("ARTICLE UB 4 – DESSERTE PAR LES RÉSEAUX")
    p.para("Toute construction nouvelle doit être raccordée au réseau de communications "
           "électroniques à très haut débit.")
    p.break_page()
    p.line("CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE UD")
    p.line("ARTICLE UD 4 – DESSERTE PAR LES RÉSEAUX")
    p.para("Les dispositions de l’article UB 4 s’appliquent.")
    p.line("CHAPITRE 3 – DISPOSITIONS APPLICABLES À LA ZONE UE")
    p.line("ARTICLE UE 4 – DESSERTE PAR LES RÉSEAUX")
    p.para("Se reporter à l’article 4 de la zone UZ.")
    p.break_page()
    p.line("CHAPITRE 4 – DISPOSITIONS APPLICABLES À LA ZONE UF")
    p.line("ARTICLE UF 10 – HAUTEUR DES CONSTRUCTIONS")
    p.para("Les dispositions de la zone UB sont applicables.")   # heights, not networks
    p.line("ARTICLE UF 4 – DESSERTE PAR LES RÉSEAUX")
    p.para("Les constructions sont alimentées en eau potable.")
    r = read_reglement(write(tmp_path, "r.pdf", p.pdf()), ["UB", "UD", "UE", "UF"])
    ud = r.zones["UD"]
    assert (ud.niveau, ud.page, ud.chapitre) == ("raccordement", 1, "UD")
    assert ud.article == ("ARTICLE UB 4 – DESSERTE PAR LES RÉSEAUX (applies by reference from "
                          "ARTICLE UD 4 – DESSERTE PAR LES RÉSEAUX)")
    assert ud.citation == r.zones["UB"].citation
    assert r.zones["UE"].niveau == "non_trouve" and "UZ" in r.zones["UE"].raison
    assert r.zones["UF"].niveau == "absent"


def test_modern_plui_common_provisions_and_sections(tmp_path):
    data, expected = modern_plui()
    r = read_reglement(write(tmp_path, "reglement.pdf", data), list(expected))
    _check(r, expected)
    # the zone's own burial sentence is weaker than the common connection requirement
    assert r.zones["UC"].citation.startswith("Les constructions nouvelles doivent être "
                                             "raccordables")
    # a recommendation is not a requirement: A keeps the common level
    assert "recommandé" not in r.zones["A"].citation


def test_reglement_alone_names_its_zones(tmp_path):
    data, expected, _ = classic_plu()
    r = read_reglement(write(tmp_path, "r.pdf", data))
    assert set(r.zones) == {"UA", "UB", "UBa", "UBb", "1AU", "2AU", "A", "N"}


def test_300_page_reglement(tmp_path):
    data, expected = big_reglement()
    r = read_reglement(write(tmp_path, "big.pdf", data), list(expected))
    assert r.pages == 300
    assert {k: (p.niveau, p.page if p.niveau != "absent" else None)
            for k, p in r.zones.items()} == expected


def test_chapter_prefixes():
    chapters = {"U", "UB", "1AU", "A", "AUc", "N"}
    assert governing_chapter("1AUa", chapters) == "1AU"
    assert governing_chapter("UBa", chapters) == "UB"
    assert governing_chapter("ub", chapters) == "UB"
    assert governing_chapter("AU", chapters) is None       # never under A
    assert governing_chapter("AUc1", chapters) == "AUc"
    assert governing_chapter("Nh", chapters) == "N"
    assert governing_chapter("2AU", chapters) is None
    assert governing_chapter("IAU", chapters) == "1AU"       # roman numbering of 1AU
    assert governing_chapter("IAUb", chapters) == "1AU"
    assert governing_chapter("Ubp", chapters) == "UB"        # sector written Ub + p
    assert governing_chapter("UBA", chapters) is None        # upper-case suffix: not a sector
    assert governing_chapter("UB ", chapters) == "UB"        # a LIBELLE with a stray space


# --- other formats ---------------------------------------------------------------------

CLASSIC_TEXT = [
    "CHAPITRE 2 – DISPOSITIONS APPLICABLES À LA ZONE UB",
    "ARTICLE UB 4 – DESSERTE PAR LES RÉSEAUX",
    "Toute construction nouvelle doit être raccordée au réseau de communications "
    "électroniques à très haut débit lorsqu’il existe.",
    "En secteur UBa, les opérations d’aménagement doivent prévoir des fourreaux pour la fibre.",
    "CHAPITRE 3 – DISPOSITIONS APPLICABLES À LA ZONE A",
    "ARTICLE A 4 – DESSERTE PAR LES RÉSEAUX",
    "Les constructions sont alimentées en eau potable.",
]
CLASSIC_LEVELS = {"UB": "raccordement", "UBa": "fourreaux", "A": "absent", "N": "non_trouve"}


def _docx(paragraphs) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>'
                   for p in paragraphs)
    xml = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
           'openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body +
           "</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", xml)
    return buf.getvalue()


def _odt(paragraphs) -> bytes:
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    xml = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
           'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:'
           'opendocument:xmlns:text:1.0"><office:body><office:text>' + body +
           "</office:text></office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", xml)
    return buf.getvalue()


@pytest.mark.parametrize("name,data,fmt", [
    ("r.docx", _docx(CLASSIC_TEXT), "docx"),
    ("r.odt", _odt(CLASSIC_TEXT), "odt"),
    ("r.html", ("<html><head><meta charset='windows-1252'></head><body>" + "".join(
        f"<p>{p}</p>" for p in CLASSIC_TEXT) + "</body></html>").encode("cp1252"), "html"),
    ("r.txt", "\n".join(CLASSIC_TEXT).encode("utf-8"), "txt"),
    ("r_latin.txt", "\n".join(CLASSIC_TEXT).encode("cp1252"), "txt"),
])
def test_office_html_text_formats(tmp_path, name, data, fmt):
    r = read_reglement(write(tmp_path, name, data), list(CLASSIC_LEVELS))
    assert r.lisible and r.format == fmt and r.pages is None
    assert {k: p.niveau for k, p in r.zones.items()} == CLASSIC_LEVELS
    assert r.zones["UB"].page is None
    assert r.zones["UB"].citation.endswith("très haut débit lorsqu’il existe.")


# --- PADD and OAP ------------------------------------------------------------------------

FILL = ("Le projet d’aménagement et de développement durables fixe les orientations générales "
        "des politiques d’aménagement, d’équipement, d’urbanisme, de paysage et de protection "
        "des espaces naturels, agricoles et forestiers de la commune pour les dix prochaines "
        "années, dans le respect des principes du développement durable. ")


def _padd(with_digital: bool) -> bytes:
    p = Pages("PADD de Saint-Exemple", "Débat du 4 avril 2018")
    p.line("SOMMAIRE")
    p.line(f"Orientation 4 – Développer les communications numériques {'.' * 20} 3")
    p.break_page()
    for _ in range(2):
        p.para(FILL * 3)
        p.break_page()
    if with_digital:
        p.line("ORIENTATION 4 – DÉVELOPPER LES COMMUNICATIONS NUMÉRIQUES")
        p.para("La commune entend favoriser le déploiement de la fibre optique jusqu’à "
               "l’abonné sur l’ensemble des zones urbaines, en lien avec le réseau d’initiative "
               "publique départemental.")
    else:
        p.para(FILL)
    return p.pdf()


def test_padd_orientation_with_page(tmp_path):
    pieces = read_pieces(padd=write(tmp_path, "padd.pdf", _padd(True)))
    padd = pieces.padd
    assert padd.lisible and padd.communications_numeriques is True
    assert padd.page == 4   # not the sommaire on page 1
    assert padd.citation.startswith("La commune entend favoriser le déploiement de la fibre")


def test_padd_without_orientation(tmp_path):
    padd = read_pieces(padd=write(tmp_path, "padd.pdf", _padd(False))).padd
    assert padd.lisible and padd.communications_numeriques is False and padd.page is None


def test_gpu_placeholder_padd_is_not_evaluated():
    need(PLU_30014)
    padd = read_pieces(folder=PLU_30014).padd
    assert padd.lisible and padd.communications_numeriques is None
    assert "too few to be read as a PADD" in padd.raison and padd.mots == 0


def test_oap_digital_provisions(tmp_path):
    p = Pages("OAP de Saint-Exemple", "PLU approuvé")
    p.line("OAP n°1 – Secteur 1AUa des Prés")
    p.para(FILL)
    p.para("L’opération prévoit la pose de fourreaux pour la fibre optique jusqu’à chaque lot.")
    p.break_page()
    p.line("OAP n°2 – Secteur 1AUb du Moulin")
    p.para("Un emplacement est réservé pour une armoire de rue du réseau très haut débit.")
    p.break_page()
    p.line("OAP n°3 – Secteur A du Bourg")
    p.para("Les constructions seront desservies par la fibre optique depuis la rue du Bourg.")
    oap = read_pieces(oap=[write(tmp_path, "oap.pdf", p.pdf())],
                      labels=["1AUa", "1AUb", "A"]).oap
    assert [(o.page, o.zones) for o in oap] == [(1, ["1AUa"]), (2, ["1AUb"]), (3, [])]
    assert oap[0].citation.startswith("L’opération prévoit la pose de fourreaux")


# --- finding the pieces ------------------------------------------------------------------

def _gpu_folder(root: Path) -> Path:
    data, _, _ = classic_plu()
    folder = root / "12345_PLU_20190312"
    (folder / "Pieces_ecrites" / "3_Reglement").mkdir(parents=True)
    (folder / "Pieces_ecrites" / "2_PADD").mkdir(parents=True)
    (folder / "pieces-ecrites" / "5-OAP").mkdir(parents=True)
    (folder / "Pieces_ecrites" / "3_Reglement" / "12345_REGLEMENT_20190312.PDF").write_bytes(data)
    (folder / "Pieces_ecrites" / "3_Reglement" / "12345_reglement_graphique_20190312.pdf") \
        .write_bytes(b"%PDF-1.4")
    (folder / "Pieces_ecrites" / "3_Reglement" / "12345_prescription_surf_01_20190312.pdf") \
        .write_bytes(b"%PDF-1.4")
    (folder / "Pieces_ecrites" / "2_PADD" / "12345-PADD-20190312.pdf").write_bytes(_padd(True))
    (folder / "pieces-ecrites" / "5-OAP" / "12345_Orientations-Amenagement_1_20190312.pdf") \
        .write_bytes(_padd(True))
    return folder


def test_locate_in_gpu_folder_and_zip(tmp_path):
    folder = _gpu_folder(tmp_path)
    found = locate(folder)
    assert [f.name for f in found["reglement"]] == ["12345_REGLEMENT_20190312.PDF"]
    assert [f.name for f in found["padd"]] == ["12345-PADD-20190312.pdf"]
    assert [f.name for f in found["oap"]] == ["12345_Orientations-Amenagement_1_20190312.pdf"]
    archive = tmp_path / "12345_PLU_20190312.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in folder.rglob("*"):
            if path.is_file():
                zf.write(path, path.relative_to(tmp_path))
    pieces = read_pieces(folder=archive, labels=["UB", "UBa"])
    assert pieces.reglement.source.endswith("!12345_PLU_20190312/Pieces_ecrites/3_Reglement/"
                                            "12345_REGLEMENT_20190312.PDF")
    assert pieces.reglement.zones["UBa"].niveau == "fourreaux"
    assert pieces.padd.communications_numeriques is True


def test_locate_from_nomfic(tmp_path):
    folder = tmp_path / "plu"
    folder.mkdir()
    data, _, _ = classic_plu()
    (folder / "reglement_ecrit_modif2.pdf").write_bytes(data)
    (folder / "notice.pdf").write_bytes(b"%PDF-1.4")
    found = locate(folder, nomfic=["Reglement_Ecrit_Modif2.pdf"])
    assert [f.name for f in found["nomfic"]] == ["reglement_ecrit_modif2.pdf"]
    pieces = read_pieces(folder=folder, nomfic=["Reglement_Ecrit_Modif2.pdf"], labels=["UB"])
    assert pieces.reglement.zones["UB"].niveau == "raccordement"


def test_explicit_files_win_and_missing_pieces_are_null(tmp_path):
    data, _, _ = classic_plu()
    pieces = read_pieces(reglement=write(tmp_path, "r.pdf", data), labels=["UB"])
    out = pieces_dict(pieces)
    assert out["padd"] is None and out["oap"] is None
    assert out["reglement"]["zones"]["UB"] == {
        "niveau": "raccordement", "page": 7, "article": "ARTICLE UB 4 – DESSERTE PAR LES "
        "RÉSEAUX", "citation": "Toute construction nouvelle doit être raccordée au réseau de "
                               "communications électroniques à très haut débit lorsqu’il existe.",
        "fichier": str(tmp_path / "r.pdf"), "reperage": "titre"}
    assert out["reglement"]["pages"] == 11 and out["reglement"]["format"] == "pdf"
    json.dumps(out)


# --- bad input: a clear reason naming the file, nothing absent, nothing written ----------

def _encrypted() -> bytes:
    from pypdf import PdfReader, PdfWriter

    data, _, _ = classic_plu()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt("secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _bomb(member: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(member, b"<a>" + b" " * 60_000_000 + b"</a>")
    return buf.getvalue()


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                  b'<plu:ReglementDU xmlns:plu="https://cnig.gouv.fr/reglementDU">'
                  b'<plu:Titre niveau="1" idZone="UB" intitule="&lol3;"/></plu:ReglementDU>')


@pytest.mark.parametrize("name,make,reason", [
    ("encrypted.pdf", _encrypted, "encrypted PDF"),
    ("truncated.pdf", lambda: classic_plu()[0][:4000], "damaged PDF"),
    ("empty.pdf", lambda: b"", "empty file"),
    ("empty.xml", lambda: b"", "empty file"),
    ("empty.docx", lambda: b"", "empty file"),
    ("scan.pdf", lambda: build_pdf([None, None]), "no text layer"),
    ("laughs.xml", lambda: BILLION_LAUGHS, "entity"),
    ("bomb.docx", lambda: _bomb("word/document.xml"), "zip bomb"),
    ("bomb.odt", lambda: _bomb("content.xml"), "zip bomb"),
    ("utf16.txt", lambda: "Zone UB : fourreaux exigés.".encode("utf-16-le"), "unknown text "
                                                                                 "encoding"),
    ("damaged.docx", lambda: b"PK\x03\x04 not a zip", "damaged"),
])
def test_bad_input_is_unreadable_with_reason(tmp_path, name, make, reason):
    path = write(tmp_path, name, make())
    before = sorted(tmp_path.iterdir())
    pieces = read_pieces(reglement=path, padd=path, oap=[path], labels=["UB", "A"])
    assert sorted(tmp_path.iterdir()) == before            # nothing written
    r = pieces.reglement
    assert r.lisible is False and reason in r.raison and str(path) in r.raison
    assert r.zones == {} and pieces.level("UB") is None   # never "absent"
    assert pieces.padd.lisible is False and pieces.padd.communications_numeriques is None
    assert pieces.oap[0].lisible is False and str(path) in pieces.oap[0].raison
    assert pieces_dict(pieces)["reglement"]["raison"] == r.raison


def test_missing_file_is_unreadable(tmp_path):
    r = read_reglement(tmp_path / "nowhere.pdf")
    assert not r.lisible and "cannot be opened" in r.raison and "nowhere.pdf" in r.raison


def test_format_detection_by_content():
    data, _, _ = classic_plu()
    assert read_bytes(data, "reglement.bin").format == "pdf"
    assert grade(read_bytes(b"", "x.pdf")).lisible is False


@pytest.mark.parametrize("sentence,context,level", [
    ("Les réseaux d’électricité et de télécommunication seront réalisés en souterrain.",
     False, "enfouissement"),
    ("Les constructions nouvelles devront être raccordées aux réseaux de télécommunication "
     "lorsqu’ils existent.", False, "raccordement"),
    ("Toute opération d’aménagement d’ensemble devra prévoir des fourreaux en attente pour le "
     "raccordement ultérieur aux réseaux de communications électroniques.", False, "fourreaux"),
    ("Le génie civil nécessaire au passage des réseaux de communications électroniques doit "
     "être réalisé.", False, "fourreaux"),
    ("Les logements doivent être équipés de lignes de communications électroniques à très haut "
     "débit en fibre optique.", False, "fourreaux"),
    ("Le raccordement aux réseaux de télécommunications doit être réalisé en souterrain.",
     False, "enfouissement"),
    ("Les réseaux et branchements doivent être enterrés.", True, "enfouissement"),
    ("Les réseaux et branchements doivent être enterrés.", False, None),   # which networks?
    ("Il est recommandé de poser des fourreaux pour la fibre optique.", False, None),
    ("Non réglementé.", True, None),
    ("Il n’est pas fixé de règle en matière de communications électroniques.", False, None),
    ("Les enseignes électroniques lumineuses sont interdites.", False, None),
    ("Toute construction doit être raccordée au réseau public d’eau potable.", False, None),
])
def test_sentence_levels(sentence, context, level):
    from scan_urba_plugin.core.pieces.grade import _classify

    assert _classify(1, sentence, context).level == level


def test_unreadable_pieces_give_an_information_finding_naming_the_file(tmp_path):
    from scan_urba_plugin.core.pieces.outputs import dispositions_frame, piece_findings

    scan = write(tmp_path, "reglement_scan.pdf", build_pdf([None, None, None]))
    data, _, _ = classic_plu()
    partly = write(tmp_path, "reglement.pdf", data)
    pieces = read_pieces(reglement=scan, padd=write(tmp_path, "padd.pdf", b""), labels=["UB"])
    found = piece_findings(pieces, "12345", "12345_PLU_20190312")
    assert [(f.rule_id, f.avis, f.piece, f.famille) for f in found] == [
        ("pieces.non_lue", "information", "reglement_ecrit", "qualite_donnees"),
        ("pieces.non_lue", "information", "padd", "qualite_donnees")]
    assert found[0].message == (
        "The written règlement provided (file reglement_scan.pdf) could not be read (no text "
        "layer on any of its 3 pages, a scan that cannot be read without OCR). What this "
        "piece says was not evaluated.")
    assert str(scan.parent) not in " ".join(f.message for f in found)
    frame = dispositions_frame(pieces)
    assert frame[["piece", "lisible"]].values.tolist() == [["reglement", False], ["padd", False]]
    partial = piece_findings(read_pieces(reglement=partly, labels=["UB"]))
    assert len(partial) == 1 and "pages 10 have no text layer" in partial[0].message
    assert piece_findings(None) == []


def test_why_a_placeholder_piece_says_nothing_is_one_clause(tmp_path):
    """A placeholder PADD, règlement and OAP (« DOCUMENT DE TEST »): the findings' reason is
    one clause naming the piece and its file (never its folder), the word count in words
    with its plural, and the suggestion asks for a readable version of the piece given."""
    from scan_urba_plugin.core import i18n
    from scan_urba_plugin.core.pieces.grade import grade_files
    from scan_urba_plugin.core.pieces.padd_oap import read_oap, read_padd
    from scan_urba_plugin.core.pieces.text import Document
    from scan_urba_plugin.core.pieces.unread import ask_for, why_not_read, words

    def doc(name, text):
        return Document(source=str(tmp_path / "Pieces_ecrites" / name), format="pdf",
                        pages=[text], paged=True)

    padd = read_padd(doc("p.pdf", ""))
    reglement = grade_files([doc("r.pdf", "DOCUMENT DE TEST")])
    [oap] = read_oap(doc("o.pdf", "Document."))
    assert (padd.mots, reglement.mots, oap.mots) == (0, 3, 1)
    # an urbanist's words, no count of words (« ne compte que 0 mot de texte » was tool-speak)
    assert why_not_read("padd", padd) == ("the PADD provided (file p.pdf) holds no usable "
                                          "text (a document of a few words)")
    assert why_not_read("reglement", reglement) == (
        "the written règlement provided (file r.pdf) holds no usable text (a document of a "
        "few words)")
    assert why_not_read("oap", [oap]) == ("the OAP provided (file o.pdf) holds no usable text "
                                          "(a document of a few words)")
    assert padd.raison == f"{tmp_path}/Pieces_ecrites/p.pdf holds only 0 words of text, too " \
        "few to be read as a PADD."
    assert why_not_read("padd", None) == "the PADD was not provided"
    assert ask_for("padd", None).startswith("Give the PADD")
    assert ask_for("padd", padd) == ("The Département could not examine the PADD sent, whose "
                                     "file holds no readable text; it asks to receive a "
                                     "readable version of it.")
    # the data-quality findings shown in the dock and the browser start with words
    from scan_urba_plugin.core.pieces.model import WrittenPieces
    from scan_urba_plugin.core.pieces.outputs import piece_findings

    messages = [f.message for f in piece_findings(WrittenPieces(reglement, padd, [oap]))]
    assert messages == [
        "The written règlement provided (file r.pdf) holds no usable text (a document of a "
        "few words). What this piece says was not evaluated.",
        "The PADD provided (file p.pdf) holds no usable text (a document of a few words). "
        "What this piece says was not evaluated.",
        "The OAP provided (file o.pdf) holds no usable text (a document of a few words). "
        "What this piece says was not evaluated."]
    assert not [m for m in messages if str(tmp_path) in m]
    i18n.set_translator(lambda text: text, "fr")   # French grammar: « 0 mot »
    try:
        assert words(0) == "0 word" and words(3) == "3 words"
    finally:
        i18n.set_translator(None)
