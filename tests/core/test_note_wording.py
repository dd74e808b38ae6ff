"""The Département officer's walkthrough of the internal note, the analysis note and the
report (note5): each test reads the text produced."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import shapely

from scan_urba_plugin.core import french, i18n
from scan_urba_plugin.core.avis.document import build
from scan_urba_plugin.core.avis.note import build_note, inside_plan
from scan_urba_plugin.core.rules.l151_41_emplacements_reserves import _road_message

from .test_opinion_act import arrete, dossier, findings, text_of
from .test_opinion_walkthrough import INPUTS, SET_ASIDE

STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"
MAST = {"rule_id": "antennes.fibrage_point_haut", "avis": "observation",
        "force": "bonne_pratique", "piece": "hors_document", "article": "",
        "libelle": "Pylône", "famille": "juridique", "source_layer": "SUP_SUPPORT",
        "message": "Le pylône de 28 m (n° de support ANFR 9000006) est à fibrer",
        "suggestion": "", "citation": ""}


def _note(d) -> str:
    return text_of(build_note(d, "PLU de Val-de-Démo"))


def test_inside_plan_is_read_from_the_geometry_against_the_zones():
    zones = pd.DataFrame({"geometry": [shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)]})
    points = pd.DataFrame({"geometry": [shapely.Point(150, 50), shapely.Point(500, 50), None]})
    assert inside_plan(points, zones).tolist() == [True, False, False]
    assert inside_plan(points, None).tolist() == [False, False, False]


def test_a_mast_in_zone_a_is_a_point_inside_the_plan_not_outside_it():
    d = dossier(arrete())
    inside = pd.DataFrame([{**MAST, "in_plan": True}])
    d.findings = pd.concat([findings().assign(in_plan=False), inside], ignore_index=True)
    text = _note(d)
    outside, within = text.split("Points d'attention hors du périmètre du plan")[1].split(
        "Points d'attention dans le périmètre du plan, sans lien avec une pièce")
    assert "9000006" in within and "9000006" not in outside
    assert "Installation radioélectrique en projet SE0002" in outside
    assert "Points d'attention hors du plan" not in text


def test_no_point_outside_the_plan_says_not_evaluated_when_no_network_was_used():
    d = dossier(arrete())
    d.findings = findings()[lambda f: f["piece"] != "hors_document"]
    section = _note(d).split("Points d'attention hors du périmètre du plan")[1]
    assert section.lstrip().startswith(
        "Non évalué : aucune donnée de réseau, de support d'antennes ou de travaux recouvrant "
        "le plan n'a été utilisée pour cette analyse."), section[:200]
    assert "Aucune observation sur cette pièce" not in section.split("Points non évalués")[0]
    d.inputs = INPUTS          # the networks used: nothing found is a finding of its own
    section = _note(d).split("Points d'attention hors du périmètre du plan")[1]
    assert section.lstrip().startswith("Aucun point d'attention relevé.")
    d.findings = pd.concat([d.findings, pd.DataFrame(SET_ASIDE)], ignore_index=True)
    d.inputs = [i for i in INPUTS if i["input"] in ("plan", "gracethd", "anfr")]
    section = _note(d).split("Points d'attention hors du périmètre du plan")[1]
    assert section.lstrip().startswith("Non évalué"), "networks set aside were not used"


def test_the_unread_piece_note_names_the_data_used_not_networks_never_used():
    d = dossier(arrete())     # the findings on the rapport rest on the plan only
    d.pieces = None
    text = text_of(build(d))
    assert ("Le texte de cette pièce n'a pas été lu : les constats ci-dessus reposent sur les "
            "données numériques du plan.") in text
    assert "données numériques du plan et des réseaux" not in text
    d.inputs = INPUTS
    text = text_of(build(d))
    assert ("reposent sur les données numériques du plan, le réseau d'initiative publique "
            "(GraceTHD), les supports d'antennes (ANFR) et les travaux programmés.") in text


def test_a_road_er_is_named_by_its_own_number_not_its_cnig_code():
    i18n.set_translator(None)
    row = pd.Series({"LIBELLE": "Emplacement réservé n°11 : création d'une voie de desserte",
                     "TXT": ""})
    message = _road_message(row)
    assert message.startswith("Reserved site n° 11, future public road “création d'une voie "
                              "de desserte”: plan the laying"), message
    assert "05-01" not in message
    bare = _road_message(pd.Series({"LIBELLE": "Emplacement réservé n°11", "TXT": "ER 11"}))
    assert bare.startswith("Reserved site n° 11, future public road: plan the laying"), bare
    plain = _road_message(pd.Series({"LIBELLE": "Voie des Oliviers", "TXT": None}))
    assert plain.startswith("Future public road “Voie des Oliviers”: plan") and "05-01" not in plain


def test_costs_are_rounded_to_two_figures():
    assert [french.rounded(v) for v in (36_300, 10_883, 4_122, 3_000, 740)] == \
        [36_000, 11_000, 4_100, 3_000, 740]


def test_the_report_says_one_trench_and_one_need_in_the_singular():
    from scan_urba_plugin.core.report import _opportunities

    opp = pd.DataFrame([{"rang": 1, "kind": "travaux_programmes", "works_id": "TRV-1",
                         "maitre_ouvrage": "GRDF", "length_m": 120.0, "l49_eligible": False,
                         "date_limite_l49": None, "cout_min_eur": 1800.0,
                         "cout_max_eur": 6000.0, "need": "zone_au", "need_id": "1AU",
                         "besoins": "une zone AU à équiper (1AU)",
                         "trench_id": "TRV-1"}])
    html = _opportunities(opp)
    assert "1 trench for 1 need" in html, html
    assert "(es)" not in html and "(s)" not in html


def test_no_template_of_the_report_or_the_note_writes_a_plural_in_brackets():
    """« 1 tranchée(s) » nowhere: the French of the report's and the note's strings (their
    .ts entries) and the opinion's and note's JSON templates."""
    root = Path(__file__).resolve().parents[2]
    ts = (root / "i18n" / "scan_urba_plugin_fr.ts").read_text(encoding="utf-8")
    ours = ("core/report.py", "qgis_io/report_render.py", "core/avis/note.py")
    bracketed = re.compile(r"\w\((?:s|es|x)\)")
    for message in re.findall(r"<message>(.*?)</message>", ts, re.S):
        if any(f'filename="../scan_urba_plugin/{name}"' in message for name in ours):
            translation = re.search(r"<translation[^>]*>(.*?)</translation>", message, re.S)
            assert not bracketed.search(translation.group(1)), translation.group(1)
    for lang in ("fr", "en"):
        json_text = (root / "scan_urba_plugin" / "resources" / "avis" / f"avis_{lang}.json") \
            .read_text(encoding="utf-8")
        assert not bracketed.search(json_text), bracketed.search(json_text)


def test_map_labels_write_n_degree_with_one_no_break_space():
    labels = {name: (STYLES / name).read_text(encoding="utf-8")
              for name in ("emplacements_reserves.qml", "opportunites.qml")}
    assert "'ER n°\u00a0'" in labels["emplacements_reserves.qml"]
    assert "concat('n°\u00a0', &quot;rang&quot;)" in labels["opportunites.qml"]
    for name, text in labels.items():
        assert not re.search(r"n°(?![\u00a0])", text), name


def test_a_paragraph_with_a_long_file_name_is_set_ragged_not_justified():
    from scan_urba_plugin.core.avis.docx import document_xml
    from scan_urba_plugin.core.avis.document import Block
    from scan_urba_plugin.core.avis.odt import body_xml

    long_name = Block("para", "Non évalué – les OAP (fichier "
                              "30014_orientations_amenagement_20171013.pdf) ne sont pas lisibles.")
    short = Block("para", "Aucune observation sur cette pièce.")
    centred = Block("subtitle", "plan local d'urbanisme de la commune d'Arpaillargues-et-Aureillac")
    styles = []
    xml = body_xml([long_name, short, centred], {}, styles)
    assert '<text:p text:style-name="Subtitle">' in xml   # centred stays centred
    assert '<text:p text:style-name="Ragged_Text_20_body">Non évalué' in xml
    assert '<text:p text:style-name="Text_20_body">Aucune observation' in xml
    assert len(styles) == 1 and 'fo:text-align="start"' in styles[0]
    word = document_xml([long_name, short, centred], {})
    assert word.count('<w:jc w:val="left"/>') == 1


def test_the_overview_caption_names_the_rip_only_when_it_is_drawn(tmp_path):
    d = dossier(arrete())
    d.overview = str(tmp_path / "overview.png")
    captions = lambda: [b.caption for b in build(d) if b.kind == "figure"]  # noqa: E731
    assert captions() == ["Figure 1 – Vue d'ensemble : zones du plan selon les constats"]
    d.inputs = INPUTS
    assert captions() == ["Figure 1 – Vue d'ensemble : zones du plan selon les constats, et le "
                          "réseau d'initiative publique"]


def test_inside_plan_takes_findings_without_geometry_as_nan():
    zones = pd.DataFrame({"geometry": [shapely.box(0, 0, 100, 100)]})
    points = pd.DataFrame({"geometry": [shapely.Point(50, 50), float("nan")]})
    assert inside_plan(points, zones).tolist() == [True, False]
