"""Who made the plan, in the written opinion: a PLUi is the act of its EPCI (conseil
communautaire, addressed to its président), named by the name the user gives or else by its
SIREN, covering communes named in words; an extract for one commune still names the PLUi of
the EPCI; a commune's PLU keeps its conseil municipal and its maire. Each test reads the text
of the ODT and DOCX written."""
import re
import zipfile

import pytest

from scan_urba_plugin.core.avis import templates
from scan_urba_plugin.core.avis.document import Dossier, build
from scan_urba_plugin.core.avis.findings import opinion_rows
from scan_urba_plugin.core.avis.issuer import body_words, communes_words, issuer_of
from scan_urba_plugin.core.avis.opinion import write_opinion

from .test_communes import MARGIN, PLUI, findings, plui, zones
from .test_opinion_act import VOICE, arrete
from .test_opinion_act import dossier as commune_dossier

EPCI_SIREN = "l'établissement public de coopération intercommunale (SIREN 200030435)"
NAMED = "communes d'Arpaillargues-et-Aureillac et de Pezou"


def plui_dossier(extract="", form="section", layer=True, **kw) -> Dossier:
    p = plui(layer=layer)
    _, rows, _ = opinion_rows((PLUI, extract), zones(), (findings(), None), {PLUI: p}, MARGIN,
                              True)
    return Dossier(idurba=PLUI, communes=[extract] if extract else list(p.codes),
                   findings=rows.drop(columns="geometry"), plui=p, extract=extract,
                   margin=MARGIN, act=arrete(), voice=VOICE, form=form,
                   commune="Pezou" if extract else "", **kw)


def _words(xml: str, paragraph: str) -> str:
    xml = re.sub(paragraph + r"|<text:line-break/>|<w:br/>", "\n", xml)
    text = re.sub(r"<[^>]+>", "", xml).replace("&apos;", "'").replace("&amp;", "&") \
        .replace("&quot;", '"')
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def written_texts(d: Dossier, folder) -> dict:
    """{"odt", "docx", "odt_header", "docx_header", "note"}: the text of each file written."""
    written = write_opinion(d, folder)
    with zipfile.ZipFile(written["ODT"]) as z:
        odt = _words(z.read("content.xml").decode(), r"</text:(?:p|h)>")
        odt_header = _words(z.read("styles.xml").decode(), r"</text:(?:p|h)>")
    with zipfile.ZipFile(written["DOCX"]) as z:
        docx = _words(z.read("word/document.xml").decode(), r"</w:p>")
        docx_header = " ".join(_words(z.read(n).decode(), r"</w:p>") for n in z.namelist()
                               if n.startswith("word/header"))
    with zipfile.ZipFile(written["NOTE_ODT"]) as z:
        note = _words(z.read("content.xml").decode(), r"</text:(?:p|h)>")
    return {"odt": odt, "docx": docx, "odt_header": odt_header, "docx_header": docx_header,
            "note": note}


def assert_in_both(texts: dict, *sentences):
    for sentence in sentences:
        assert sentence in texts["odt"], sentence
        assert sentence in texts["docx"], sentence


def assert_no_single_commune_wording(texts: dict):
    for kind in ("odt", "docx"):
        text = texts[kind]
        assert "conseil municipal" not in text and "Maire" not in text, kind
        assert "de la commune de 30014" not in text and "30014, 41175" not in text, kind
        assert "PLU de la commune" not in text and "(PLUi) de Pezou" not in text, kind


def test_a_plui_is_the_epci_s_act_and_its_communes_are_named_in_words(tmp_path):
    """Heading, act sentence and page header of the section; the communes from the
    Communes layer, the EPCI by its SIREN (no name given)."""
    texts = written_texts(plui_dossier(), tmp_path)
    assert_in_both(
        texts,
        "Contribution à l'avis du Département des Alpes-Maritimes sur le plan local "
        f"d'urbanisme intercommunal (PLUi) de {EPCI_SIREN}, couvrant les {NAMED}",
        f"Projet de plan local d'urbanisme intercommunal (PLUi), couvrant les {NAMED}, arrêté "
        f"par délibération du conseil communautaire de {EPCI_SIREN} du 5 novembre 2026 "
        "(élaboration prescrite le 12 mars 2024).",
        "Le Département invite l'établissement public de coopération intercommunale à "
        "déclarer ses travaux de voirie")
    header = "Département des Alpes-Maritimes – avis sur le plan local d'urbanisme " \
        f"intercommunal (PLUi) de {EPCI_SIREN}"
    assert header in texts["odt_header"] and header in texts["docx_header"]
    assert_no_single_commune_wording(texts)
    assert f"plan local d'urbanisme intercommunal (PLUi) de {EPCI_SIREN}" in texts["note"]


def test_the_letter_on_a_plui_goes_to_the_president_of_the_epci_named_by_the_user(tmp_path):
    texts = written_texts(plui_dossier(form="lettre", layer=False,
                                       epci="Communauté de communes du Perche"), tmp_path)
    body = "la communauté de communes du Perche"
    assert_in_both(
        texts,
        f"Madame la Présidente ou Monsieur le Président de {body}",
        "Madame la Présidente, Monsieur le Président,",
        f"Vu la délibération du conseil communautaire de {body} du 5 novembre 2026 arrêtant "
        "le projet de plan ;",
        "Projet de plan local d'urbanisme intercommunal (PLUi), couvrant les communes de code "
        f"INSEE 30014 et 41175, arrêté par délibération du conseil communautaire de {body} du "
        "5 novembre 2026",
        "Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de "
        "ma considération distinguée.",
        f"Le Département invite {body} à déclarer ses travaux")
    assert_no_single_commune_wording(texts)
    assert "SIREN" not in texts["odt"]


def test_an_extract_names_the_plui_of_the_epci_as_the_act_examined(tmp_path):
    texts = written_texts(plui_dossier(extract="41175", form="lettre"), tmp_path)
    assert_in_both(
        texts,
        f"Madame la Présidente ou Monsieur le Président de {EPCI_SIREN}",
        "Extrait de la contribution sur le plan local d'urbanisme intercommunal (PLUi), pour "
        "la commune de Pezou (41175)",
        "La commune d'Arpaillargues-et-Aureillac relève de la contribution d'ensemble du PLUi.",
        f"Projet de plan local d'urbanisme intercommunal (PLUi), couvrant les {NAMED}, arrêté "
        f"par délibération du conseil communautaire de {EPCI_SIREN} du 5 novembre 2026")
    header = "avis sur le plan local d'urbanisme intercommunal (PLUi) de " \
        f"{EPCI_SIREN} – extrait pour la commune de Pezou (41175)"
    assert header in texts["odt_header"] and header in texts["docx_header"]
    assert_no_single_commune_wording(texts)
    section = texts_of_blocks(plui_dossier(extract="41175"))
    assert "Contribution à l'avis du Département des Alpes-Maritimes sur le plan local " \
        f"d'urbanisme intercommunal (PLUi) de {EPCI_SIREN} – extrait pour la commune de " \
        "Pezou (41175)" in section


def texts_of_blocks(d: Dossier) -> str:
    return "\n".join(b.text for b in build(d))


def test_a_commune_s_plu_keeps_its_conseil_municipal_and_its_maire(tmp_path):
    texts = written_texts(commune_dossier(arrete(), form="lettre"), tmp_path)
    assert_in_both(
        texts,
        "Monsieur le Maire de Val-de-Démo",
        "Monsieur le Maire,",
        "Vu la délibération du conseil municipal de Val-de-Démo du 5 novembre 2026 arrêtant "
        "le projet de plan ;",
        "Projet de plan local d'urbanisme (PLU) arrêté par délibération du conseil municipal "
        "de Val-de-Démo du 5 novembre 2026 (élaboration prescrite le 12 mars 2024).",
        "Je vous prie d'agréer, Monsieur le Maire, l'expression de ma considération "
        "distinguée.",
        "Le Département invite la commune à déclarer ses travaux")
    header = "Département des Alpes-Maritimes – avis sur le plan local d'urbanisme (PLU) de " \
        "Val-de-Démo"
    assert header in texts["odt_header"] and header in texts["docx_header"]
    assert "Président" not in texts["odt"].replace("Pour le Président du Conseil", "")
    section = texts_of_blocks(commune_dossier(arrete()))
    assert "Contribution à l'avis du Département des Alpes-Maritimes sur le plan local " \
        "d'urbanisme (PLU) de la commune de Val-de-Démo" in section


@pytest.mark.parametrize("name, of_body, council", [
    ("Communauté d'agglomération du Grand Avignon",
     "de la communauté d'agglomération du Grand Avignon", "epci"),
    ("la Métropole de Lyon", "de la Métropole de Lyon", "metropole"),
    ("Eurométropole de Strasbourg", "de l'Eurométropole de Strasbourg", "metropole"),
    ("Établissement public territorial Grand-Orly Seine Bièvre",
     "de l'établissement public territorial Grand-Orly Seine Bièvre", "ept"),
    ("Syndicat mixte du SCoT du Pays Vendômois", "du syndicat mixte du SCoT du Pays Vendômois",
     "syndicat"),
    ("PETR Cœur des Hauts-de-France", "du PETR Cœur des Hauts-de-France", "syndicat"),
    ("Agglopolys", "d'Agglopolys", ""),
])
def test_a_body_s_name_takes_its_article_and_its_council(name, of_body, council):
    assert body_words(name, "fr") == (of_body, council)


def test_councils_communes_and_a_scot_in_words():
    t = templates.load("fr")
    names = {"41175": "Pezou", "45234": "Orléans", "72181": "Le Mans"}
    assert communes_words(["41175", "45234", "72181"], names, t) == \
        "communes de Pezou, d'Orléans et du Mans"
    assert communes_words(["41175", "30014"], names, t) == "communes de Pezou et de code INSEE " \
        "30014"
    assert communes_words(["30014"], {}, t) == "commune de code INSEE 30014"
    assert communes_words([str(41000 + i) for i in range(6)], {}, t, 4) == "6 communes"
    metro = issuer_of("epci", t, body="Métropole de Lyon", codes=["69123"])
    assert metro.council == "conseil de la Métropole de Lyon"
    assert metro.addressee == "Madame la Présidente ou Monsieur le Président de la Métropole " \
        "de Lyon"
    scot = issuer_of("scot", t, siren="200078244")
    assert scot.council == "organe délibérant de l'établissement public porteur du schéma " \
        "(SIREN 200078244)"
    syndicat = issuer_of("scot", t, body="Syndicat mixte du Pays Vendômois")
    assert (syndicat.council, syndicat.author) == (
        "comité syndical du syndicat mixte du Pays Vendômois", "le syndicat mixte du Pays "
        "Vendômois")
    assert syndicat.of_author == "du syndicat mixte du Pays Vendômois"
    en = issuer_of("epci", templates.load("en"), siren="200030435", codes=["30014", "41175"],
                   names={"41175": "Pezou"})
    assert en.council == "community council of the public establishment for intercommunal " \
        "cooperation (EPCI, SIREN 200030435)"
    assert en.covering == ", covering the communes of Pezou and with INSEE code 30014"


def test_the_report_names_the_epci_by_its_siren_and_the_communes_in_words():
    import pandas as pd

    from scan_urba_plugin.core import report

    findings = pd.DataFrame({"idurba": [PLUI] * 2, "insee": ["200030435", "30014,41175"]})
    assert report._territory(report._documents(findings)[1]) == [
        ("Public body holding the plan (SIREN)", "200030435"),
        ("Communes (INSEE)", "30014 and 41175")]
    one = pd.DataFrame({"idurba": ["06999_PLU_20250115"], "insee": ["06999"]})
    assert report._territory(report._documents(one)[1])[1] == ("Commune (INSEE)", "06999")
