"""A PLUi's communes (issue 26): findings and opportunities assigned to their commune(s) in
bulk, the opinion's breakdown per commune in words, the extract for one commune cut to its
part of the plan and the margin, and « non évalué » when nothing places the communes."""
import time

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import LineString, Point, box

from scan_urba_plugin.core.avis.document import Dossier, build, commune_words
from scan_urba_plugin.core.avis import templates
from scan_urba_plugin.core.avis.findings import opinion_rows
from scan_urba_plugin.core.communes import (Communes, document_communes, normalise_communes,
                                            per_commune, plui_of)
from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.core.french import of_place

PLUI = "200030435_PLUi_20140603"
MARGIN = 200.0
# two communes side by side, 1 km each: Arpaillargues-et-Aureillac (30014), Pezou (41175)
WEST, EAST = box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)


def communes_layer(**fields):
    frame = pd.DataFrame({"INSEE_COM": ["30014", "41175", "41999"],
                          "NOM": ["Arpaillargues-et-Aureillac", "Pezou", "Voisine"],
                          "geometry": [WEST, EAST, box(2000, 0, 3000, 1000)]})
    return frame.rename(columns=fields)


def zones():
    """Four zones of the PLUi, two per commune; the 2017 field set names no commune."""
    return pd.DataFrame({"fid": [1, 2, 3, 4], "idurba": PLUI, "insee": "",
                         "libelle": ["UA", "N", "UB", "A"],
                         "geometry": [box(0, 0, 500, 1000), box(500, 0, 1000, 1000),
                                      box(1000, 0, 1500, 1000), box(1500, 0, 2000, 1000)]})


def findings():
    """Three findings in the west commune, two in the east one, a route across the boundary,
    a site in the margin east of the plan, a site 5 km away and one on no place."""
    geoms = [Point(100, 100), Point(600, 500), Point(900, 900), Point(1300, 100),
             Point(1800, 800), LineString([(800, 500), (1300, 500)]), Point(2150, 500),
             Point(7000, 500), float("nan")]   # a table read gives NaN for no geometry
    return pd.DataFrame({
        "rule_id": [f"r{i}" for i in range(len(geoms))], "idurba": PLUI,
        "avis": ["reserve", "recommandation", "information", "reserve", "observation",
                 "recommandation", "information", "information", "reserve"],
        "piece": ["reglement_graphique"] * 8 + ["padd"], "famille": "juridique",
        "force": "faculte", "article": "L151-40", "libelle": "UA",
        "message": [f"Constat {i}" for i in range(len(geoms))], "geometry": geoms})


def plui(layer=True):
    frame = normalise_communes(communes_layer(), "COMMUNE") if layer else None
    return plui_of(PLUI, ["30014", "41175"], zones(), frame)


def test_a_communes_layer_is_read_with_the_usual_field_names_in_any_case():
    frame = normalise_communes(communes_layer(INSEE_COM="insee_com", NOM="Nom_Com"), "COMMUNE")
    assert list(frame["insee"]) == ["30014", "41175", "41999"]
    assert list(frame["nom"])[:2] == ["Arpaillargues-et-Aureillac", "Pezou"]
    numeric = communes_layer(INSEE_COM="CODE_INSEE").assign(CODE_INSEE=[1001, 41175, 2.0])
    assert list(normalise_communes(numeric, "c")["insee"]) == ["01001", "41175", "00002"]
    with pytest.raises(ScanUrbaError, match=r"COMMUNE: no INSEE code field .* its fields: "
                                            r"ID, NOM"):
        normalise_communes(communes_layer(INSEE_COM="ID"), "COMMUNE")


def test_findings_and_opportunities_are_assigned_to_their_communes_in_bulk():
    communes = plui().communes
    codes = communes.assign(findings()["geometry"], MARGIN)
    assert list(codes) == ["30014", "30014", "30014", "41175", "41175", "30014,41175",
                           "41175", "", ""]
    # the neighbour outside DOC_URBA_COM is no commune of the PLUi: the site east goes to Pezou
    assert "41999" not in set(codes)
    frame = findings().assign(communes=codes)
    counts = per_commune(frame)
    assert counts.loc["30014"].sum() == 4 and counts.loc["41175"].sum() == 4  # the route twice
    assert counts.loc["41175", "reserve"] == 1 and counts.loc["", "reserve"] == 1
    assert list(communes.of_zones(zones()["geometry"])) == ["30014", "30014", "41175", "41175"]


def test_assignment_of_many_findings_is_one_query():
    """100 000 sites over the two communes: one STRtree query, no loop per site."""
    rng = np.random.default_rng(26)
    xy = rng.uniform([0, 0], [2000, 1000], size=(100_000, 2))
    points = shapely.points(xy)
    started = time.perf_counter()
    codes = plui().communes.assign(points, MARGIN)
    seconds = time.perf_counter() - started
    west = xy[:, 0] < 1000
    assert (codes[west] == "30014").all() and (codes[~west] == "41175").all()
    print(f"100 000 findings assigned in {seconds:.2f} s")
    assert seconds < 20


def test_a_2014_plui_places_its_zones_by_their_insee_field_without_a_layer():
    legacy = zones().assign(insee=["30014", "30014", "41175", "41175"])
    found = plui_of(PLUI, ["30014", "41175"], legacy, None)
    assert found.communes is not None and found.communes.source == "zones"
    assert list(found.communes.assign(findings()["geometry"], MARGIN))[:6] == [
        "30014", "30014", "30014", "41175", "41175", "30014,41175"]
    # a PLUi of the 2017 field set, without a layer: nothing places its communes
    assert plui_of(PLUI, ["30014", "41175"], zones(), None).communes is None
    # a scan read without its plan: the zones name every commune of the document at once
    joined = zones().assign(insee="30014,41175")
    assert plui_of(PLUI, [], joined, None).codes == ("30014", "41175")
    # a communal PLU is not a PLUi
    assert plui_of("41175_PLU_20140603", ["41175"], zones(), None) is None


def test_doc_urba_com_lists_the_communes_of_the_document():
    com = pd.DataFrame({"IDURBA": [PLUI, PLUI, "41001_PLU_20200101"],
                        "INSEE": ["41175", "30014", "41001"]})
    assert document_communes(com, PLUI.upper()) == ["30014", "41175"]
    assert document_communes(com.drop(columns="IDURBA"), PLUI) == ["30014", "41001", "41175"]


def test_the_extract_of_one_commune_holds_nothing_outside_it_and_its_margin():
    p = plui()
    frames = (findings(), findings().iloc[:2])
    doc_zones, rows, opp = opinion_rows((PLUI, "41175"), zones(), frames, {PLUI: p}, MARGIN,
                                        True)
    assert list(doc_zones["fid"]) == [3, 4]
    # r2 lies west, 100 m from Pezou's zones: within the margin; r8: on no place
    assert list(rows["rule_id"]) == ["r2", "r3", "r4", "r5", "r6", "r8"]
    located = rows["geometry"].dropna()
    assert (shapely.distance(located.to_numpy(), EAST) <= MARGIN).all()
    assert list(opp["rule_id"]) == []                      # both opportunities lie west
    _, west, _ = opinion_rows((PLUI, "30014"), zones(), frames, {PLUI: p}, MARGIN, True)
    assert list(west["rule_id"]) == ["r0", "r1", "r2", "r5", "r8"]
    # the whole PLUi: every finding within the margin, each with its commune(s)
    _, whole, _ = opinion_rows((PLUI, ""), zones(), frames, {PLUI: p}, MARGIN, True)
    assert len(whole) == 8 and whole["communes"].tolist()[-2:] == ["41175", ""]


def test_a_commune_s_name_is_written_as_an_urbanist_writes_it():
    t = templates.load("fr")
    names = {"30014": "Arpaillargues-et-Aureillac", "41175": "Pezou", "72181": "Le Mans"}
    assert commune_words("41175", names, t) == "Commune de Pezou (41175)"
    assert commune_words("30014", names, t) == "Commune d'Arpaillargues-et-Aureillac (30014)"
    assert commune_words("72181", names, t) == "Commune du Mans (72181)"
    assert commune_words("41001", names, t) == "Commune de code INSEE 41001"
    assert of_place("Les Mureaux") == "des Mureaux" and of_place("Orléans") == "d'Orléans"
    en = templates.load("en")
    assert commune_words("41175", names, en) == "Commune of Pezou (41175)"


def dossier(p, extract="", final=False):
    _, rows, _ = opinion_rows((PLUI, extract), zones(), (findings(), None), {PLUI: p}, MARGIN,
                              True)
    return Dossier(idurba=PLUI, communes=[extract] if extract else list(p.codes),
                   findings=rows.drop(columns="geometry"), plui=p, extract=extract,
                   margin=MARGIN, final=final)


def texts(blocks) -> str:
    return "\n".join([b.text for b in blocks] + [" | ".join(r) for b in blocks for r in b.rows])


def test_the_plui_opinion_counts_its_findings_per_commune_in_words():
    blocks = build(dossier(plui()))
    table = next(b for b in blocks if b.kind == "table" and b.header[0] == "Commune")
    assert table.rows == [
        ["Commune d'Arpaillargues-et-Aureillac (30014)", "1", "2", "0", "1", "4"],
        ["Commune de Pezou (41175)", "1", "1", "1", "1", "4"],
        ["Ensemble du PLUi (constats sans localisation)", "1", "0", "0", "0", "1"]]
    text = texts(blocks)
    assert "Répartition des constats par commune" in text
    assert "Localisation : commune d'Arpaillargues-et-Aureillac (30014) et commune de Pezou " \
           "(41175)." in text
    assert "non évalué" not in text


def test_an_extract_says_it_is_one_and_holds_its_commune_only():
    blocks = build(dossier(plui(), "41175"))
    text = texts(blocks)
    assert "Extrait de la contribution sur le plan local d'urbanisme intercommunal (PLUi), " \
           "pour la commune de Pezou (41175) : seuls y figurent les constats situés sur la " \
           "partie du plan couvrant cette commune ou à moins de 200\u202fm de celle-ci" in text
    assert "La commune d'Arpaillargues-et-Aureillac relève de la contribution d'ensemble du " \
           "PLUi." in text
    assert "Constat 3" in text and "Constat 0" not in text and "Constat 1" not in text
    assert "Répartition des constats par commune" not in text


def test_a_plui_without_communes_says_the_breakdown_is_not_evaluated_and_why():
    blocks = build(dossier(plui(layer=False)))
    text = texts(blocks)
    assert "Répartition par commune : non évalué. Le PLUi couvre les communes de code INSEE " \
           "30014 et 41175 mais ses zones ne disent pas dans quelle commune elles se trouvent" in text
    assert "IGN ADMIN EXPRESS, couche COMMUNE, champs INSEE_COM et NOM" in text
    assert "Localisation" not in text
    # the final text keeps why, and leaves how to the reviewer's draft
    final = texts(build(dossier(plui(layer=False), final=True)))
    assert "non évalué" in final and "ADMIN EXPRESS" not in final


def test_communes_parts_from_the_layer_keep_the_plui_s_communes_only():
    p = plui()
    assert isinstance(p.communes, Communes) and sorted(set(p.communes.codes)) == ["30014",
                                                                                  "41175"]
    absent = plui_of(PLUI, ["30014", "41175", "41200"], zones(),
                     normalise_communes(communes_layer(), "COMMUNE"))
    assert absent.missing == ("41200",)
