"""The Département officer's walkthrough of the draft opinion and the internal note: each
fault read back from the written documents (ODT text), or from the sentence a rule writes."""
from __future__ import annotations

import re
import zipfile
from types import SimpleNamespace

import pandas as pd

from scan_urba_plugin.core import french, i18n
from scan_urba_plugin.core.avis import templates, wording
from scan_urba_plugin.core.avis.document import build, conclusion_counts, summary_rows
from scan_urba_plugin.core.avis.findings import split
from scan_urba_plugin.core.avis.note import distinct_bodies
from scan_urba_plugin.core.avis.opinion import write_opinion
from scan_urba_plugin.core.avis.sources import set_aside_sentences, used_inputs
from scan_urba_plugin.core.avis.voice import own_voice
from scan_urba_plugin.core.legal import TEXTS, force_of
from scan_urba_plugin.core.rules.antennes_points_hauts import BAN, trench_sentence
from scan_urba_plugin.core.rules.l151_41_emplacements_reserves import (ER_RIP_SUGGESTION,
                                                                        _er_suggestion)
from scan_urba_plugin.core.rules.rule import finding

from .test_opinion_act import VOICE, arrete, dossier, findings, text_of

T = templates.load("fr")
# the two inputs of the walkthrough that lie far from the plan, as perimeter.py records them
SET_ASIDE = [
    {"rule_id": "perimetre.hors_plan", "avis": "observation", "force": "bonne_pratique",
     "piece": "hors_document", "famille": "qualite_donnees", "source_layer":
     "GraceTHD (t_cheminement)", "metric": 379_400.0, "message": "Le réseau GraceTHD fourni "
     "ne recouvre pas le plan : il est à 379 km."},
    {"rule_id": "perimetre.hors_plan", "avis": "observation", "force": "bonne_pratique",
     "piece": "hors_document", "famille": "qualite_donnees", "source_layer": "ANFR/ARCEP",
     "metric": 123_000.0, "message": "Les sites d'antennes fournis ne recouvrent pas le plan."},
]
INPUTS = [{"input": name, "layer": layer, "features": n, "sha256": "cd" * 32}
          for name, layer, n in (("plan", "ZONE_URBA", 8), ("gracethd", "t_cheminement", 154),
                                 ("anfr", "SUP_SUPPORT", 6), ("works", "travaux", 7))]


def odt_text(path) -> str:
    """The words of a written ODT, one line per paragraph or table cell."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
    xml = re.sub(r"</text:(p|h)>|<text:line-break/>|</table:table-cell>", "\n", xml)
    text = re.sub(r"<[^>]+>", "", xml).replace("&apos;", "'").replace("&amp;", "&")
    text = text.replace("\u202f", " ").replace("\u00a0", " ")
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def written(tmp_path, d) -> tuple[str, str]:
    out = write_opinion(d, tmp_path)
    return odt_text(out["ODT"]), odt_text(out["NOTE_ODT"])


def test_inputs_that_miss_the_plan_are_named_set_aside_never_as_data_used(tmp_path):
    d = dossier(arrete())
    d.inputs = INPUTS
    d.findings = pd.concat([findings(), pd.DataFrame(SET_ASIDE)], ignore_index=True)
    avis, note = written(tmp_path, d)
    assert "Données : plan local d'urbanisme (standard CNIG), travaux programmés." in avis
    assert "GraceTHD)" not in avis and "supports d'antennes (ANFR)," not in avis
    gracethd = ("Le fichier GraceTHD fourni ne recouvre pas le plan (il en est à 379 km) : il "
                "n'a pas été utilisé.")
    anfr = ("Les supports d'antennes (ANFR) fournis ne recouvrent pas le plan (ils en sont à "
            "123 km) : ils n'ont pas été utilisés.")
    for text in (avis, note):
        assert gracethd in text and anfr in text
    # the atlas's source line is built from the same two functions
    assert [i["input"] for i in used_inputs(INPUTS, d.findings)] == ["plan", "works"]
    assert [s.replace("\u202f", " ") for s in set_aside_sentences(INPUTS, d.findings, T)] == \
        [gracethd, anfr]


def test_data_covering_the_plan_are_all_named_used(tmp_path):
    d = dossier(arrete())
    d.inputs = INPUTS
    avis, _ = written(tmp_path, d)
    assert ("Données : plan local d'urbanisme (standard CNIG), réseau d'initiative publique "
            "(données GraceTHD), supports d'antennes (ANFR), travaux programmés.") in avis
    assert "ne recouvre pas le plan" not in avis


def test_page_one_says_what_the_act_is_in_prose(tmp_path):
    avis, _ = written(tmp_path, dossier(arrete(pieces_stage="arrete")))
    assert ("Le dossier est celui d'un projet arrêté : les métadonnées du plan et la mention "
            "portée sur les pièces écrites l'indiquent.") in avis
    assert "Ce constat repose sur" not in avis
    one, _ = written(tmp_path / "one", dossier(arrete()))
    assert "Le dossier est celui d'un projet arrêté : les métadonnées du plan l'indiquent." in one


def test_texts_to_check_say_what_the_signatory_does():
    assert "Ces références sont à vérifier avant signature." in T["unverified_intro"]
    assert "mode final" not in T["unverified_intro"]


def test_force_labels_come_from_the_legal_table():
    ban = TEXTS["antennes"].article
    assert force_of(ban, "obligation") == "jurisprudence"
    assert force_of("L151-19 CU", "obligation") == "faculte"
    assert force_of("L151-40 CU, R151-50 2° CU", "obligation") == "faculte"
    assert force_of("L113-2 CU", "faculte") == "obligation"
    assert force_of("article inconnu", "bonne_pratique") == "bonne_pratique"
    plan = SimpleNamespace(idurba="06999_PLU_20250115", insee="06999")  # what finding() reads
    made = finding(rule=BAN, avis="reserve", message="m", plan=plan, force="obligation")
    assert made.force == "jurisprudence"
    assert T["force"]["jurisprudence"] == "jurisprudence administrative"


def test_case_law_is_labelled_case_law_in_the_opinion(tmp_path):
    d = dossier(arrete())
    row = {"rule_id": "antennes.interdiction_generale", "avis": "reserve",
           "force": "jurisprudence", "piece": "reglement_ecrit",
           "article": TEXTS["antennes"].article, "libelle": "", "famille": "juridique",
           "message": "Le règlement écrit interdit les antennes relais sur l'ensemble du "
           "territoire", "suggestion": "Supprimer l'interdiction générale", "citation": ""}
    d.findings = pd.concat([findings(), pd.DataFrame([row])], ignore_index=True)
    avis, _ = written(tmp_path, d)
    assert "n° 0402044 (jurisprudence administrative)." in avis
    assert "(obligation légale)" not in avis.replace("Fondement : L151-5 CU (obligation "
                                                     "légale)", "")
    # its proposal is not repeated as a « Rédaction proposée »: no clause to paste
    assert "Rédaction proposée : Supprimer" not in avis


def test_a_proposed_wording_is_a_clause_to_paste_or_nothing():
    rows = pd.DataFrame([
        {"rule_id": r, "avis": "recommandation", "libelle": "A", "clause": None}
        for r in ("antennes.interdiction_generale", "l113_2.point_haut_protege",
                  "antennes.site_protege", "l141_21.vigilance_scot",
                  "l151_11.equipements_collectifs")])
    clauses = wording.with_clauses(rows, T, "SDTAN", "")["clause"].tolist()
    assert clauses[:4] == [None] * 4
    assert clauses[4].startswith("Au règlement de la zone A : « Sont admises")


def test_article_headings_and_company_names_read_as_sentences():
    assert french.article_title("ARTICLE 1AU 4 – DESSERTE PAR LES RÉSEAUX – Réseaux de "
                                "communications électroniques") == \
        "article 1AU 4, desserte par les réseaux"
    assert french.article_title("Article UA 4") == "article UA 4"
    assert french.of_company("ATC FRANCE") == "d'ATC France"
    assert french.of_company("FREE MOBILE") == "de Free Mobile"
    assert french.of_company("ORANGE") == "d'Orange"
    assert french.of_company("SFR") == "de SFR"
    assert french.of_company("") == ""


def test_counts_up_to_ten_are_words():
    i18n.set_translator(lambda text: text, "fr")
    try:
        assert [i18n.count_words(n) for n in (1, 5, 10, 11)] == ["un", "cinq", "dix", "11"]
    finally:
        i18n.set_translator(None)
    assert i18n.count_words(3) == "three"


def test_er_proposals_fit_their_purpose_and_the_departement_names_itself():
    label = ("Emplacement réservé n°3 : installation d'intérêt général – pylône de "
             "radiotéléphonie mutualisé")
    mast = _er_suggestion(label, [("9000004", "SUPPORT", "ATC FRANCE", False)])
    assert "mast" in mast and "existing support" in mast
    assert "existing support" not in _er_suggestion(label)   # none stands there
    assert "RIP" not in mast and "réseau d'initiative publique" not in mast
    rip = _er_suggestion("Emplacement réservé n°2 : local technique du réseau d'initiative "
                         "publique (NRO)")
    assert rip == ER_RIP_SUGGESTION
    frame = pd.DataFrame([{"rule_id": "l151_41.er_reseau", "suggestion": rip, "avis":
                           "observation", "message": "m", "libelle": "ER 2"},
                          {"rule_id": "l151_41.er_reseau", "suggestion": mast, "avis":
                           "observation", "message": "m", "libelle": "ER 3"}])
    spoken = own_voice(frame, VOICE, None, T)["suggestion"].tolist()
    assert spoken[0].startswith("Désigner le Département comme bénéficiaire")
    assert spoken[1] == mast


def test_the_atlas_counts_what_the_conclusion_counts():
    d = dossier(arrete())
    legal = split(d.findings)[0]
    legal = legal[legal["piece"] != "hors_document"]
    rows = summary_rows(legal, True, T)
    recommandations = sum(r[2] for r in rows)
    assert rows[-1][0] == "coordination des travaux"
    assert recommandations == conclusion_counts(legal)["recommandation"] + 1
    text = text_of(build(d))
    assert "deux recommandations" in text and recommandations == 2


def test_a_trench_range_prices_its_short_end_low_and_its_long_end_high():
    unsure = trench_sentence("9000006", 200.0, 726.0, 15.0, 50.0).replace("\u202f", " ")
    # rounded to two figures (36 300 → 36 000): a cost from a unit-price range, not a quote
    assert "a trench costing about 3 000 to 36 000 € (15 à 50 €/m)" in unsure
    known = trench_sentence("9000005", 300.0, 300.0, 15.0, 50.0).replace("\u202f", " ")
    assert "about 4 500 to 15 000 € (15 à 50 €/m)" in known


def test_note_partners_once_deadline_passed_and_the_plans_ers_apart(tmp_path):
    d = dossier(arrete())
    d.opportunities.loc[1, "maitre_ouvrage"] = "Département des Alpes-Maritimes"
    d.opportunities.loc[1, "partenaires"] = ("Département des Alpes-Maritimes (RIP) / "
                                             "Délégataire THD 06 ; Délégataire THD 06")
    d.opportunities.loc[1, "date_limite_l49"] = "2026-11-26"
    road = {"rule_id": "l151_41.er_voirie_fourreaux", "avis": "observation",
            "force": "bonne_pratique", "piece": "hors_document", "article": "L151-41 CU",
            "libelle": "ER 1", "famille": "juridique", "source_layer":
            "06999_PRESCRIPTION_SURF_20250115", "message": "Voie publique future « Emplacement "
            "réservé n°11 : voie »", "suggestion": "", "citation": ""}
    d.findings = pd.concat([findings(), pd.DataFrame([road])], ignore_index=True)
    _, note = written(tmp_path, d)
    assert "Département des Alpes-Maritimes ; Délégataire THD 06" in note
    assert "Département des Alpes-Maritimes (RIP)" not in note
    assert "26 novembre 2026 (échéance dépassée)" in note
    outside = note.split("Points d'attention hors du périmètre du plan")[1].split(
        "Points d'attention sur des objets du plan")[0]
    assert "Installation radioélectrique en projet SE0002" in outside
    assert "Emplacement réservé n°11" not in outside
    assert "Emplacement réservé n°11" in note.split("Points d'attention sur des objets du plan")[1]
    assert distinct_bodies(["GRDF", "ORANGE", "GRDF (gaz)"]) == ["GRDF", "ORANGE"]
