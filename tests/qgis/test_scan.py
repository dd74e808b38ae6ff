"""The full scan through Processing: output contract, sample coverage, real PLUs."""
import json

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from scan_urba_plugin.core.engine import all_rules

from .conftest import full_scan_params, shared

CONTRACT = {
    "findings_surf": {"finding_id", "rule_id", "famille", "avis", "force", "piece", "article",
                      "reference", "insee", "idurba", "source_layer", "source_id", "libelle",
                      "message", "citation", "page", "metric", "metric_unit", "suggestion"},
    "zones_bilan": {"typezone", "libelle", "area_m2", "served_share_existing",
                    "served_share_planned", "zone_amii", "has_27_00", "has_47_05", "n_findings",
                    "status"},
    "points_hauts_bilan": {"sup_id", "operators", "owner", "cluster_id", "zone_typezone", "fibred",
                           "distance_to_fibre_m", "sensitive"},
    "opportunites": {"opp_id", "kind", "need", "need_id", "besoins", "works_id",
                     "maitre_ouvrage", "nature", "length_m", "works_length_m", "en_agglomeration",
                     "agglomeration_notion", "l49_seuil_m", "l49_eligible", "l49_sous_reserve",
                     "date_declaration", "date_limite_l49", "date_debut", "cout_unitaire_eur_m",
                     "cout_unitaire_min_eur_m", "cout_unitaire_max_eur_m", "cout_min_eur",
                     "cout_max_eur", "partenaires", "base_legale", "formalites", "score", "rang",
                     "message", "insee", "idurba"},
}


def layer(path, name):
    lyr = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert lyr.isValid(), name
    return lyr


@pytest.fixture(scope="module")
def demo_scan(sample_dir, network_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("scan") / "scan_urba.gpkg"
    result = processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, out))
    return out, result


def test_output_contract(demo_scan):
    out, result = demo_scan
    for name, fields in CONTRACT.items():
        lyr = layer(out, name)
        assert fields <= {f.name() for f in lyr.fields()}, name
        assert lyr.crs().authid() == "EPSG:2154"
    assert layer(out, "findings_lin").isValid() and layer(out, "findings_pct").isValid()
    info = {f["key"]: f["value"] for f in layer(out, "run_info").getFeatures()}
    assert info["plugin_version"] == "0.1.0" and info["qgis_version"].startswith("3.")
    assert json.loads(info["parameters"])["serving_distance"] == 100
    plan_input = json.loads(info["input:plan"])
    assert len(plan_input["sha256"]) == 64 and plan_input["features"] > 0
    assert float(info["duration_s"]) >= 0
    ids = [f["finding_id"] for n in ("findings_surf", "findings_lin", "findings_pct")
           for f in layer(out, n).getFeatures()]
    assert len(ids) == len(set(ids))


def test_every_rule_fires_on_the_sample(demo_scan):
    out, result = demo_scan
    summary = json.loads(result["SUMMARY"])
    fired = set(summary["findings_by_rule"])
    # the sample's only AU zone in a SCOT sector is closed (AUs) and its open one (AUc) has a
    # 27-00 sector: the SCOT rule and "no L151-40 sector" rightly stay silent (issue 16), and
    # R151-49's "add ducts" gives way to the sector's missing criteria (issue 27); the demo's
    # one public planned site stands in the EBC (the L113-2 question, not an ER); no OAP
    expected = {r.rule_id for r in all_rules()} - {
        "desserte.rip", "l141_21.vigilance_scot", "l151_40.secteur_numerique",
        "r151_49.regle_communications", "l151_41.site_public", "l151_7.oap_numerique"}
    expected |= {"desserte.rip_non_recense", "desserte.rip_partiel", "l151_7.oap_non_evalue"}
    assert expected <= fired, expected - fired
    assert summary["not_evaluated"] == []
    zones = {f["libelle"]: f for f in layer(out, "zones_bilan").getFeatures()}
    assert zones["2AU"]["status"] == "sans_observation"  # a closed AU zone: nothing to open
    # UA: its article (« lorsqu'il existe ») and the map's ducts prescription disagree
    assert zones["UH"]["status"] == "recommandation" and zones["UA"]["status"] == "observation"
    assert {z["status"] for z in zones.values()} <= {"reserve", "recommandation", "observation",
                                                     "sans_observation", "non_concernee"}
    assert zones["UA"]["served_share_existing"] == pytest.approx(1.0)


def test_every_opportunity_kind_on_the_sample(demo_scan):
    out, result = demo_scan
    opp = list(layer(out, "opportunites").getFeatures())
    # one row per trench; the Département's own road works for its own RIP route and 1AU are
    # internal coordination, not counted; ER n° 1 and zone 1AU are the same trench as those
    # works; the lighting line and the ENEDIS line carry no telecom; 2AU is closed
    assert {f["kind"] for f in opp} == {"travaux_programmes", "effacement",
                                        "coordination_interne"}
    assert result["N_OPPORTUNITIES"] == len(opp) - 1 == 5
    assert sorted(f["rang"] for f in opp) == list(range(1, 7))
    internal = [f for f in opp if f["kind"] == "coordination_interne"]
    assert [f["works_id"] for f in internal] == ["TRV-2027-01"]
    assert not any(f["need_id"] in ("LA-EP-01", "LA-BT-01") for f in opp)
    # 06999 is in no INSEE table: four network works of 150 to 1 000 m are L49 works only if
    # the commune lies in an unité urbaine, which the rows say
    assert sum(bool(f["l49_sous_reserve"]) for f in opp) == 4
    assert not any(bool(f["l49_eligible"]) for f in opp)


@pytest.mark.parametrize("plu, expected", [
    ("30014_PLU_20171013", {"l151_40.secteur_numerique": 2, "l151_41.er_voirie_fourreaux": 3,
                            "l151_5.padd_numerique": 1, "engine.non_evalue": 7}),
    ("41175_PLU_20140603", {"l151_40.secteur_numerique": 6, "l151_5.padd_numerique": 1,  # 2 AUs out
                            "engine.non_evalue": 7}),
])
def test_real_plus_without_network_layers(scanurba, tmp_path, plu, expected):
    out = tmp_path / "scan.gpkg"
    result = processing.run("scanurba:checkcompliance", {
        "PLAN_FOLDER": str(shared("plu", plu)), "OUTPUT": str(out)})
    summary = json.loads(result["SUMMARY"])
    for rule, n in expected.items():
        assert summary["findings_by_rule"].get(rule) == n, rule
    assert "desserte.rip" in summary["not_evaluated"]
    messages = [f["message"] for f in layer(out, "findings_document").getFeatures()
                if f["rule_id"] == "engine.non_evalue"]
    assert any("GraceTHD" in m for m in messages)


class Cancel(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress >= 20:
            self.cancel()


def test_cancel_leaves_no_output(sample_dir, network_dir, tmp_path):
    out = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, out),
                       feedback=Cancel())
    assert list(tmp_path.iterdir()) == []


def test_existing_output_is_not_overwritten_unless_asked(sample_dir, network_dir, tmp_path):
    from scan_urba_plugin.gui.dock import ErrorFeedback

    out = tmp_path / "scan.gpkg"
    out.write_bytes(b"keep me")
    said = ErrorFeedback()  # refused on entry, before any input is read: QGIS logs the reason
    with pytest.raises(QgsProcessingException):
        processing.run("scanurba:fullscan", full_scan_params(sample_dir, network_dir, out),
                       feedback=said)
    assert any("already exists" in e for e in said.errors), said.errors
    assert out.read_bytes() == b"keep me"
    processing.run("scanurba:fullscan", {**full_scan_params(sample_dir, network_dir, out),
                                         "OVERWRITE": True})
    assert layer(out, "zones_bilan").featureCount() == 8


@pytest.mark.parametrize("alg_id", ["checkcompliance", "trenchsharing", "fullscan"])
def test_scan_parameters_come_from_the_table_of_inputs(scanurba, alg_id):
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    from scan_urba_plugin.parameters import SCAN_INPUTS

    alg = QgsApplication.processingRegistry().algorithmById(f"scanurba:{alg_id}")
    defs = {p.name(): p for p in alg.parameterDefinitions()}
    for spec in SCAN_INPUTS:
        for name in spec.params():
            assert name in defs, name
            flags = defs[name].flags()
            advanced = bool(flags & QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            optional = bool(flags & QgsProcessingParameterDefinition.Flag.FlagOptional)
            # a required input: its first parameter marked required, its alternatives folded
            assert advanced == (spec.advanced or (spec.required and name != spec.param)), name
            assert optional == (not spec.required or name != spec.param), name
    assert ("CORRIDOR_WIDTH" in defs) == (alg_id != "checkcompliance")


def test_an_unreadable_written_piece_is_one_information_finding(sample_dir, network_dir,
                                                                tmp_path):
    """A damaged règlement given instead of the demo's own: one finding names it (not
    evaluated), the demo règlement's antenna ban is no longer read, nothing else changes, and
    no zone gets a written level."""
    piece = tmp_path / "reglement.pdf"
    piece.write_bytes(b"%PDF-1.4\n")
    plain = processing.run("scanurba:checkcompliance", {
        "PLAN_FOLDER": str(sample_dir), "OUTPUT": str(tmp_path / "a.gpkg")})
    given = processing.run("scanurba:checkcompliance", {
        "PLAN_FOLDER": str(sample_dir), "REGLEMENT": [str(piece)], "PADD": [], "OAP": [],
        "OUTPUT": str(tmp_path / "b.gpkg")})
    before = json.loads(plain["SUMMARY"])["findings_by_rule"]
    after = json.loads(given["SUMMARY"])["findings_by_rule"]
    # what rests on the règlement's words goes; the 1AU sector's criteria become "à vérifier"
    written = ("antennes.interdiction_generale", "r151_49.carte_texte",
               "r151_49.enfouissement_general")
    # one burial finding: UH's (1AU, an AU zone, is asked for ducts, never fewer buried lines)
    assert [before.pop(rule) for rule in written] == [1, 2, 1]
    assert after == {**before, "pieces.non_lue": 1}
    reglement = json.loads(given["SUMMARY"])["pieces_ecrites"]["reglement"]
    assert reglement["lisible"] is False and str(piece) in reglement["raison"]


def test_demo_written_pieces_are_read_and_quoted(demo_scan):
    """The demo règlement's levels per zone, with their pages, and the findings resting on the
    règlement and the PADD name the piece, quote it and give the page."""
    from sampledata.sample_pieces import reglement

    out, _ = demo_scan
    rows = {f["libelle"]: (f["niveau"], f["page"], f["citation"])
            for f in layer(out, "reglement_dispositions").getFeatures()
            if f["piece"] == "reglement"}
    assert {z: (level, page) for z, (level, page, _) in rows.items()
            if level != "absent"} == {
        "UA": ("raccordement", 4), "UB": ("fourreaux", 5), "UE": ("raccordement", 6),
        "UH": ("enfouissement", 7), "1AU": ("enfouissement", 8)}
    assert {z for z, (level, _, _) in rows.items() if level == "absent"} == {"2AU", "A", "N"}
    assert rows["UB"][2].startswith("Les opérations d’aménagement d’ensemble doivent prévoir "
                                     "des fourreaux")
    assert {z: (lv, p) for z, (lv, p) in reglement()[1].items() if p} == {
        z: (lv, p) for z, (lv, p, _) in rows.items() if lv != "absent"}
    findings = {f["rule_id"]: f for n in ("findings_document", "findings_surf")
                for f in layer(out, n).getFeatures()}
    sector = findings["l151_40.criteres_non_definis"]
    assert sector["libelle"] == "1AU" and sector["page"] == 8 and \
        sector["avis"] == "recommandation"
    assert sector["citation"] == \
        "Les lignes de télécommunication et leurs branchements sont enterrés."
    # the article's title in sentence case, not the plan's capitals, with its page
    assert "(article 1AU 4, desserte par les réseaux, page 8)" in sector["message"]
    ban = findings["antennes.interdiction_generale"]
    assert ban["page"] == 3 and ban["avis"] == "reserve" and \
        "antennes relais de téléphonie mobile est interdite" in ban["citation"]
    padd = findings["l151_5.padd_numerique"]
    assert padd["avis"] == "reserve" and padd["piece"] == "padd"
    assert padd["libelle"] == "06999_padd_20250115.pdf"  # the file, not its path
    assert "06999_padd_20250115.pdf" in padd["message"]


def test_works_read_while_the_network_worker_computes_keep_their_place(sample_dir, network_dir):
    """QGIS reads the works and aerial lines while the GraceTHD worker computes the routes'
    links: their records still come after the network's and the antennas'; without a
    network they are read all the same."""
    from scan_urba_plugin.qgis_io.scan_inputs import ScanSources, read_scan_inputs

    def sources(gracethd):
        return ScanSources(plan=str(sample_dir), gracethd=gracethd,
                           anfr=str(network_dir["anfr"]),
                           works=QgsVectorLayer(str(network_dir["works"]), "works", "ogr"),
                           aerial=QgsVectorLayer(str(network_dir["aerial"]), "aerial", "ogr"))

    inputs, _, records = read_scan_inputs(sources(str(network_dir["gracethd_v2"])))
    kinds = [r["input"] for r in records if r["input"] != "plan"]
    assert kinds[:4] == ["gracethd", "anfr", "works", "aerial"]
    assert len(inputs.network.routes) > 0 and len(inputs.works) > 0 and len(inputs.aerial) > 0
    alone, _, records = read_scan_inputs(sources(""))
    assert alone.network is None and len(alone.works) == len(inputs.works)
    assert [r["input"] for r in records if r["input"] != "plan"][:3] == ["anfr", "works", "aerial"]
