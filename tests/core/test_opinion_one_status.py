"""The Département officer's fifth reading of the demo's draft opinion: one proposed wording
per article and zone, one status per antenna support, the EBC proposal that follows the act,
and the letter's opening and annex, each read back from the written text."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from scan_urba_plugin.core.avis import templates, wording
from scan_urba_plugin.core.avis.document import build, ebc_procedure
from scan_urba_plugin.core.model import findings_frame
from scan_urba_plugin.core.standards.anfr import planned_supports

from .test_opinion_act import arrete, dossier, text_of
from .test_whole_plan import demo_inputs, french  # noqa: F401  (the French fixture)

T = templates.load("fr")


@pytest.fixture
def demo_result(french):  # noqa: F811  (the findings in French)
    from scan_urba_plugin.core.engine import run_compliance

    return run_compliance(demo_inputs())


def demo_zones() -> pd.DataFrame:
    """The demo's zones with the RIP's reach the report measures (served now / planned)."""
    return pd.DataFrame({"libelle": ["UH", "1AU", "UB", "UE"],
                         "typezone": ["U", "AUc", "U", "U"],
                         "served_share_existing": [0.0, 0.0, 0.78, 0.49],
                         "served_share_planned": [0.0, 0.46, 0.07, 0.0]})


def demo_text(result, **kw) -> str:
    d = dossier(arrete(), **kw)
    d.findings = findings_frame(result.findings)
    d.zones = demo_zones()
    return text_of(build(d)).replace("\u202f", " ").replace("\u00a0", " ")


# --- 1. zone 1AU: one wording for article 1AU 4 ----------------------------------------------

def test_an_au_zone_gets_ducts_never_a_limit_on_burial(french, demo_result):  # noqa: F811
    burial = [f.libelle for f in demo_result.findings
              if f.rule_id == "r151_49.enfouissement_general"]
    assert burial == ["UH"]
    text = demo_text(demo_result, form="lettre")
    assert text.count("Rédaction proposée : À l'article 1AU 4") == 1
    assert "À l'article 1AU 4, remplacer la phrase sur les lignes de télécommunication par " \
        ": « Dans le secteur délimité au titre de l'article L151-40" in text
    # the burial clause is proposed once, for UH only
    assert text.count("le déploiement des réseaux sur les appuis aériens existants est admis") \
        == 1


def test_the_whole_opinion_proposes_one_wording_per_article_and_zone(french,  # noqa: F811
                                                                     demo_result):
    text = demo_text(demo_result, form="lettre")
    articles = re.findall(r"Rédaction proposée : À l'article (\S+ \d+)", text)
    assert sorted(articles) == ["1AU 4", "UE 4", "UH 4"]


def test_of_two_wordings_for_one_article_the_more_severe_keeps_its_clause():
    f = pd.DataFrame({"avis": ["recommandation", "reserve", "recommandation"],
                      "clause": ["À l'article 1AU 4 : « A »", "À l'article 1AU 4 : « B »",
                                 "À l'article UH 4 : « C »"]})
    kept = wording.one_clause_per_article(f)["clause"].tolist()
    assert kept == [None, "À l'article 1AU 4 : « B »", "À l'article UH 4 : « C »"]


# --- 2. one status per antenna support ----------------------------------------------------

def test_a_planned_support_is_said_planned_everywhere(french, demo_result):  # noqa: F811
    assert planned_supports(demo_inputs().antennas).tolist() == [False] * 5 + [True]
    by_rule = {}
    for f in demo_result.findings:
        by_rule.setdefault(f.rule_id, []).append(f.message.replace("\u202f", " "))
    zone_n = next(m for m in by_rule["l151_11.equipements_collectifs"]
                  if m.startswith("Zone N"))
    assert "(n° de support ANFR 9000004) s'y trouve et le pylône de 28 m situé chemin des " \
        "Crêtes, lieu-dit Bois des Adrets (n° de support ANFR 9000006) y est projeté." in zone_n
    assert "9000006) s'y trouve" not in zone_n
    ebc = by_rule["l113_2.point_haut_protege"][0]
    assert "Le point haut projeté (site du RIP SE0002, n° de support ANFR 9000006)" in ebc
    # the internal note's fibring cost names it planned, never as an existing pylon
    trench = next(m for m in by_rule["antennes.a_fibrer"] if "9000006" in m)
    assert trench.startswith("Le pylône de 28 m projeté chemin des Crêtes")
    # the blanket ban freezes the five existing supports, not the planned sixth
    ban = by_rule["antennes.interdiction_generale"][0]
    # (count_words' numerals are not in the .ts table the fixture reads: « five » here)
    assert re.search(r"elle fige les (cinq|five) supports d'antennes existants", ban)
    protected = " ".join(by_rule.get("antennes.site_protege", []))
    assert ", existant," not in protected and ", projeté," not in protected


# --- 3. the EBC proposal follows the act ---------------------------------------------------

def test_the_ebc_proposal_of_a_projet_arrete_is_before_approval(french,  # noqa: F811
                                                               demo_result):
    text = demo_text(demo_result)
    assert "Proposition : Avant l'approbation, exclure de l'EBC l'emprise strictement " \
        "nécessaire ou implanter le projet hors de l'EBC" in text
    assert "révision du plan" not in text


def test_the_ebc_proposal_of_an_approved_plan_is_a_revision_said_unverified():
    f = pd.DataFrame({"suggestion": ["Avant l'approbation, exclure de l'EBC l'emprise "
                                     "strictement nécessaire ou implanter le projet hors de "
                                     "l'EBC.", "Autre proposition."]})
    approved = type("Act", (), {"kind": "approuve"})()
    out = ebc_procedure(f, approved, T)["suggestion"].tolist()
    assert out[0] == "Par une révision du plan (article L153-31 2° du code de l'urbanisme : " \
        "« réduire un espace boisé classé », texte non vérifié), exclure de l'EBC l'emprise " \
        "strictement nécessaire ou implanter le projet hors de l'EBC."
    assert out[1] == "Autre proposition."
    assert ebc_procedure(f, arrete(), T)["suggestion"].tolist() == f["suggestion"].tolist()


def test_the_ebc_proposal_of_a_modification_is_a_revision_not_this_modification():
    """The last walkthrough: a modification's opinion proposed « Avant l'approbation, exclure
    de l'EBC … », which only a révision can do."""
    f = pd.DataFrame({"suggestion": ["Avant l'approbation, exclure de l'EBC l'emprise "
                                     "strictement nécessaire ou implanter le projet hors de "
                                     "l'EBC."]})
    modification = type("Act", (), {"kind": "modification"})()
    [out] = ebc_procedure(f, modification, T)["suggestion"].tolist()
    assert out.startswith("Par une révision du plan, et non par cette modification (article "
                          "L153-31 2° du code de l'urbanisme")
    assert out.endswith("exclure de l'EBC l'emprise strictement nécessaire ou implanter le "
                        "projet hors de l'EBC.") and "Avant l'approbation" not in out


# --- 4. wording ------------------------------------------------------------------------------

def test_the_demo_opinion_reads_as_an_urbanist_writes(french, demo_result):  # noqa: F811
    text = demo_text(demo_result, form="lettre")
    assert "Le dossier est celui d'un projet arrêté" not in text       # a working note
    assert "Le dossier est celui d'un projet arrêté" in demo_text(demo_result)  # the section
    assert "renforcés : il dispose seulement" not in text              # one colon a clause
    assert "ne définit pas les critères de qualité renforcés ; il dispose seulement : « " in text
    assert "(remplacement ou mutualisation)" not in text
    assert ", existant, est situé" not in text
    assert "impose sur toute la zone la prescription" in text and "100 %" not in text
    assert "des artères du réseau sont programmées à proximité d'environ 46 % de sa surface" \
        in text and "programmées sur environ" not in text
    assert "Annexes Ces pièces n'ont pas été examinées au titre du présent volet : aucune " \
        "observation n'est formulée à leur sujet." in text
    assert text.count("Rédaction proposée : Le diagnostic du rapport de présentation") == 1
    assert "décrit la desserte en très haut débit des zones UH, 1AU, UB et UE et renvoie" \
        in text
    assert "n'admet pas" not in text
    assert text.count("ne prévoit pas les constructions et installations nécessaires à des " \
                      "équipements collectifs") == 2


# --- 5. the letter: an opening sentence, the maps as its annex ---------------------------------

def test_the_letter_opens_with_a_sentence_and_its_maps_are_an_annex(tmp_path):
    blocks = build(dossier(arrete(), form="lettre", overview=str(tmp_path / "vue.png")))
    texts = [" ".join((b.lead + " " + b.text).split()) for b in blocks]
    salutation = texts.index("Monsieur le Maire,")
    assert texts[salutation + 1] == "J'ai l'honneur de vous faire part de l'avis du " \
        "Département sur le projet de plan local d'urbanisme (PLU) arrêté le 5 novembre 2026, " \
        "reçu le 20 novembre 2026."
    signature = next(i for i, b in enumerate(blocks) if b.kind == "signature")
    heading = next(i for i, b in enumerate(blocks) if b.text == "Annexe – Cartes")
    assert heading > signature and blocks[heading].kind == "heading"
    section = build(dossier(arrete(), overview=str(tmp_path / "vue.png")))
    assert [b.text for b in section if b.kind == "heading"][-1] == "Cartes"
