import json

import pandas as pd
import pytest
import shapely

from sampledata import sample_network
from scan_urba_plugin.core.errors import ScanUrbaError
from scan_urba_plugin.core.model import RawLayer
from scan_urba_plugin.core.standards import anfr, gracethd, mapped_layers, text_tables


def test_booleans_as_real_files_spell_them():
    values = pd.Series(["t", "f", "0", "1", "true", "FALSE", "T", "oui", "", None, "x"])
    assert text_tables.parse_bool(values).tolist() == [True, False, False, True, True, False, True,
                                                  True, pd.NA, pd.NA, pd.NA]


def test_decimal_comma_and_dates():
    values, bad = text_tables.parse_decimal(pd.Series(["32,7", "8", "4a", None]))
    assert values[:2].tolist() == [32.7, 8.0] and bad.tolist() == [False, False, True, False]
    dates, bad = text_tables.parse_date(pd.Series(["02/03/2026", "2026-04-13", "31/02/2026", None]))
    assert [str(d)[:10] for d in dates[:2]] == ["2026-03-02", "2026-04-13"]
    assert bad.tolist() == [False, False, True, False]


def test_delimited_without_header_latin1_crlf_and_short_lines(tmp_path):
    path = tmp_path / "SUP_SUPPORT.txt"
    path.write_bytes("1;0012;Château\r\n2;0034\r\n".encode("latin-1"))
    frame, info = text_tables.read_delimited(path, ";", ["SUP_ID", "STA_NM_ANFR", "ADR_LB_LIEU"])
    assert info["encoding"] == "cp1252" and info["header"] is False
    assert frame.values.tolist() == [["1", "0012", "Château"], ["2", "0034", None]]
    assert info["short_lines"] == [2]


def test_delimited_text_is_stripped_and_blanks_are_missing_whatever_the_column(tmp_path):
    """A clean column of codes is kept as read (checked in one pass); any blank, padded or
    non-ASCII value sends its column through the value-by-value path: same values."""
    path = tmp_path / "t_conduite.csv"
    path.write_text("cd_code;cd_prop;cd_gest;cd_type;cd_note\n"
                    "CD01;OR1 ;OR2;PVC;é\u00a0\n"
                    "CD02;OR1;;PVC\t;x\n"
                    "CD03; OR1;OR2;PVC;\u2003y\n", encoding="utf-8")
    frame, _ = text_tables.read_delimited(path, ";")
    assert frame.values.tolist() == [["CD01", "OR1", "OR2", "PVC", "é"],
                                     ["CD02", "OR1", None, "PVC", "x"],
                                     ["CD03", "OR1", "OR2", "PVC", "y"]]


def test_wrong_separator_is_a_clear_error(tmp_path):
    path = tmp_path / "SUP_SUPPORT.txt"
    path.write_text("1,0012,12,45\n", encoding="utf-8")
    with pytest.raises(ScanUrbaError, match="not separated"):
        anfr.read_anfr(path)


def anfr_line(sup="100", sta="0062990001", lat=("43", "45", "0", "N"), lon=("7", "15", "0", "E"),
              height="32,7", owner="21"):
    return ";".join([sup, sta, "23", *lat, *lon, height, owner, "", "", "", "", "06000", "06088"])


def test_anfr_supports_deduplicated_with_dms_converted(tmp_path):
    path = tmp_path / "SUP_SUPPORT.txt"
    path.write_text("\n".join([anfr_line(), anfr_line(sta="0062990002"),
                               anfr_line(sup="101", lon=("1", "30", "0", "W"))]), encoding="utf-8")
    sites, findings = anfr.read_anfr(path)
    assert findings == []
    assert sites["sup_id"].tolist() == ["100", "101"]
    assert sites.loc[0, "stations"] == "0062990001 ; 0062990002"
    assert sites.loc[0, "height_m"] == 32.7 and sites.loc[0, "postcode"] == "06000"
    assert sites.loc[0, "lat"] == pytest.approx(43.75) and sites.loc[1, "lon"] == pytest.approx(-1.5)
    x, y = sites.loc[0, "geometry"].x, sites.loc[0, "geometry"].y
    assert 1000000 < x < 1100000 and 6200000 < y < 6350000  # Nice area in Lambert-93


def test_anfr_bad_rows_give_findings_naming_line_and_field(tmp_path):
    path = tmp_path / "SUP_SUPPORT.txt"
    rows = [anfr_line(height="3x"), anfr_line(sup="7", lat=("43", "75", "0", "N")),
            anfr_line(sup="8", lat=("12", "0", "0", "N")), "9;0062"]
    path.write_text("\n".join(rows), encoding="utf-8")
    sites, findings = anfr.read_anfr(path)
    found = {(f.rule_id, f.source_id, f.field) for f in findings}
    assert ("anfr.bad_number", "1", "SUP_NM_HAUT") in found
    assert ("anfr.bad_coordinates", "2", "COR_NB_DG_LAT") in found
    assert ("anfr.outside_france", "3", "COR_NB_DG_LON") in found
    assert ("anfr.truncated_line", "4", None) in found
    assert sites.set_index("sup_id").loc["7", "geometry"] is None


def raw(name, rows, spatial=False):
    frame = pd.DataFrame(rows)
    frame["fid"] = range(len(frame))
    return RawLayer(name, frame, spatial=spatial, crs="EPSG:2154" if spatial else None)


def line(x0, x1):
    return shapely.LineString([(900000 + x0, 6500000), (900000 + x1, 6500000)])


def test_gracethd_progress_ducts_and_orphans():
    tables = {
        "t_cheminement": raw("t_cheminement", [
            {"cm_code": "A", "cm_avct": "E", "cm_statut": None, "cm_typ_imp": "7",
             "geometry": line(0, 100)},
            {"cm_code": "B", "cm_avct": None, "cm_statut": "AVP", "cm_typ_imp": "0",
             "geometry": line(100, 150)},
            {"cm_code": "C", "cm_avct": None, "cm_statut": "TVX", "cm_typ_imp": "42",
             "geometry": line(150, 160)},
        ], spatial=True),
        "t_conduite": raw("t_conduite", [
            {"cd_code": "D1", "cd_cd_code": None, "cd_nbcable": "1", "cd_prop": "O1", "cd_gest": "O1"},
            {"cd_code": "D2", "cd_cd_code": None, "cd_nbcable": "0", "cd_prop": "O1", "cd_gest": "O1"},
            {"cd_code": "D3", "cd_cd_code": "D2", "cd_nbcable": "0", "cd_prop": "O1", "cd_gest": "O1"},
            {"cd_code": "D9", "cd_cd_code": None, "cd_nbcable": "0", "cd_prop": "O1", "cd_gest": "O1"}]),
        "t_cond_chem": raw("t_cond_chem", [
            {"dm_cd_code": "D1", "dm_cm_code": "A"}, {"dm_cd_code": "D2", "dm_cm_code": "A"},
            {"dm_cd_code": "D3", "dm_cm_code": "A"}, {"dm_cd_code": "DX", "dm_cm_code": "A"}]),
        "t_organisme": raw("t_organisme", [{"or_code": "O1", "or_nom": "RIP 06"}]),
    }
    net = gracethd.normalise_gracethd(tables)
    routes = net.routes.set_index("route_id")
    assert routes["progress"].tolist() == ["existant", "a_creer", "en_travaux"]
    assert routes.loc["A", ["n_ducts", "n_free", "owner"]].tolist() == [2, 1, "RIP 06"]
    assert routes.loc["B", "implantation_label"] == "AERIEN TELECOM" and routes.loc["B", "aerial"]
    found = {(f.rule_id, f.source_layer, f.source_id, f.field) for f in net.findings}
    assert ("gracethd.orphan_fk", "t_cond_chem", "3", "dm_cd_code") in found
    assert ("gracethd.unknown_code", "t_cheminement", "2", "cm_typ_imp") in found
    assert ("gracethd.conduit_without_route", "t_conduite", "3", "cd_code") in found


def test_link_tables_read_in_a_worker_give_the_same_routes_and_findings(monkeypatch):
    """A département's link tables are read in a forked worker while the routes' own columns
    are checked: the same routes, and the same findings in the same order (the routes' own,
    then the links'), as in one process."""
    n = 3000
    routes = [{"cm_code": f"R{i}", "cm_avct": "E", "cm_typ_imp": "42" if i == 7 else "7",
               "geometry": line(i, i + 1)} for i in range(n)]
    ducts = [{"cd_code": f"D{i}", "cd_cd_code": None, "cd_nbcable": str(i % 2), "cd_prop": "O1",
              "cd_gest": "O1"} for i in range(n)]
    links = [{"dm_cd_code": f"D{i}", "dm_cm_code": f"R{i}"} for i in range(n)]
    links[5]["dm_cd_code"] = "DX"  # an orphan link, D5 then on no route
    tables = {"t_cheminement": raw("t_cheminement", routes, spatial=True),
              "t_conduite": raw("t_conduite", ducts), "t_cond_chem": raw("t_cond_chem", links),
              "t_organisme": raw("t_organisme", [{"or_code": "O1", "or_nom": "RIP 06"}])}
    monkeypatch.setenv("SCAN_URBA_WORKERS", "1")
    alone = gracethd.normalise_gracethd(tables)
    monkeypatch.setenv("SCAN_URBA_WORKERS", "2")
    forked = gracethd.normalise_gracethd(tables)
    pd.testing.assert_frame_equal(alone.routes, forked.routes)
    assert forked.findings == alone.findings
    assert [(f.rule_id, f.source_id) for f in forked.findings] == [
        ("gracethd.unknown_code", "7"), ("gracethd.orphan_fk", "5"),
        ("gracethd.conduit_without_route", "5")]
    assert forked.routes["n_free"].sum() == n // 2 and forked.routes["owner"].eq("RIP 06").sum() \
        == n - 1


def test_links_computed_where_the_csv_tables_are_read_give_the_same_network():
    """The worker reading a v2 folder's CSV tables computes the routes' links from the
    routes' code column alone and sends the link tables back without their columns: the
    same routes, the same findings in the same order, the same table counts, and a repeated
    route code left out on both sides alike."""
    n = 50
    routes = [{"cm_code": f"R{i}", "cm_avct": "E", "cm_typ_imp": "42" if i == 7 else "7",
               "geometry": line(i, i + 1)} for i in range(n)]
    routes[9]["cm_code"] = "R8"  # a repeated code: reported, the second row left out
    ducts = [{"cd_code": f"D{i}", "cd_cd_code": None, "cd_nbcable": str(i % 2), "cd_prop": "O1",
              "cd_gest": "O1"} for i in range(n)]
    links = [{"dm_cd_code": f"D{i}", "dm_cm_code": f"R{i}"} for i in range(n)]
    links[5]["dm_cd_code"] = "DX"
    links[6]["dm_cm_code"] = "RX"
    shapefiles = {"t_cheminement": raw("t_cheminement", routes, spatial=True)}
    csv = {"t_conduite": raw("t_conduite", ducts), "t_cond_chem": raw("t_cond_chem", links),
           "t_organisme": raw("t_organisme", [{"or_code": "O1", "or_nom": "RIP 06"}])}
    here = gracethd.normalise_gracethd({**csv, **shapefiles})
    sent, route_links = gracethd.linked_tables(csv, lambda: gracethd.shapefile_keys(shapefiles))
    assert list(sent["t_conduite"].frame.columns) == [] and len(sent["t_conduite"].frame) == n
    assert sent["t_organisme"] is csv["t_organisme"]
    there = gracethd.normalise_gracethd({**sent, **shapefiles}, route_links)
    pd.testing.assert_frame_equal(here.routes, there.routes)
    assert there.findings == here.findings and there.counts == here.counts
    assert [(f.rule_id, f.source_layer, f.source_id) for f in there.findings] == [
        ("gracethd.duplicate_id", "t_cheminement", "9"),
        ("gracethd.unknown_code", "t_cheminement", "7"),
        ("gracethd.orphan_fk", "t_cond_chem", "5"), ("gracethd.orphan_fk", "t_cond_chem", "6"),
        ("gracethd.orphan_fk", "t_cond_chem", "9"),  # R9's link: R9 now bears R8's code
        ("gracethd.conduit_without_route", "t_conduite", "5"),
        ("gracethd.conduit_without_route", "t_conduite", "6"),
        ("gracethd.conduit_without_route", "t_conduite", "9")]
    whole, none = gracethd.linked_tables(csv, lambda: gracethd.shapefile_keys(shapefiles),
                                          links=False)
    assert none is None and whole["t_conduite"] is csv["t_conduite"]


@pytest.mark.parametrize("codes", [["D1", "D2", "D3", "D4"], ["D1", "D2", "D3", "D3"]])
def test_ducts_per_route_are_what_a_merge_and_groupby_give(codes):
    """Links looked up by position give the merge's counts and first owners: a link to no
    top-level duct counts for nothing, a missing owner is passed over for the next duct's;
    with a duct code repeated, the merge itself (it repeats rows) is kept."""
    top = pd.DataFrame({"cd_code": codes, "busy": [1, 0, 1, 0],
                        "cd_prop": [None, "OR2", "OR3", None], "cd_gest": ["G1", None, None, "G4"]})
    link_cm = pd.Series(["A", "A", "B", "C", "B", "A"], dtype="string")
    link_cd = pd.Series(["D1", "D2", "D3", "D9", "D4", "D2"], dtype="string")
    got = gracethd._per_route(link_cm, link_cd, top)
    expected = pd.DataFrame({"cm": link_cm, "cd": link_cd}).merge(
        top, left_on="cd", right_on="cd_code").groupby("cm").agg(
        n=("cd", "count"), busy=("busy", "sum"), owner=("cd_prop", "first"),
        manager=("cd_gest", "first"))
    assert sorted(got.index) == sorted(expected.index) == ["A", "B"]
    got = got.loc[sorted(got.index)]
    expected = expected.loc[sorted(expected.index)]
    assert got["n"].tolist() == expected["n"].tolist()
    assert got["busy"].tolist() == expected["busy"].tolist()
    assert got[["owner", "manager"]].fillna("-").values.tolist() == \
        expected[["owner", "manager"]].fillna("-").values.tolist()
    assert "C" not in got.index  # its only link points to no duct


def test_gracethd_routes_carrying_cables_v2_through_conduits_and_v3():
    routes = raw("t_cheminement", [{"cm_code": c, "cm_avct": "E", "geometry": line(i, i + 10)}
                                   for i, c in enumerate("ABCD")], spatial=True)
    v2 = {"t_cheminement": routes,
          "t_conduite": raw("t_conduite", [{"cd_code": "D1", "cd_cd_code": None},
                                           {"cd_code": "S1", "cd_cd_code": "D1"},
                                           {"cd_code": "D2", "cd_cd_code": None},
                                           {"cd_code": "D3", "cd_cd_code": None}]),
          "t_cond_chem": raw("t_cond_chem", [{"dm_cd_code": "D1", "dm_cm_code": "A"},
                                             {"dm_cd_code": "D2", "dm_cm_code": "B"},
                                             {"dm_cd_code": "D3", "dm_cm_code": "C"}]),
          "t_cable": raw("t_cable", [{"cb_code": "K1"}, {"cb_code": "K2"}]),
          # K1 in a sub-tube of A's duct; K2 in B's duct; a missing cable in C's; a missing conduit
          "t_cab_cond": raw("t_cab_cond", [{"cc_cb_code": "K1", "cc_cd_code": "S1"},
                                           {"cc_cb_code": "K2", "cc_cd_code": "D2"},
                                           {"cc_cb_code": "KX", "cc_cd_code": "D3"},
                                           {"cc_cb_code": "K2", "cc_cd_code": "DX"}])}
    net = gracethd.normalise_gracethd(v2)
    assert net.routes.set_index("route_id")["porte_cable"].to_dict() == \
        {"A": True, "B": True, "C": False, "D": False}
    found = {(f.rule_id, f.source_layer, f.source_id, f.field) for f in net.findings}
    assert ("gracethd.orphan_fk", "t_cab_cond", "2", "cc_cb_code") in found
    assert ("gracethd.orphan_fk", "t_cab_cond", "3", "cc_cd_code") in found
    v3 = {"t_cheminement": routes, "t_cable": raw("t_cable", [{"cb_code": "K1"}]),
          "t_cab_chem": raw("t_cab_chem", [{"cc_cb_code": "K1", "cc_cm_code": "B"},
                                           {"cc_cb_code": "K1", "cc_cm_code": "Z"}])}
    net = gracethd.normalise_gracethd(v3)
    assert net.routes["porte_cable"].tolist() == [False, True, False, False]
    assert ("gracethd.orphan_fk", "t_cab_chem", "1", "cc_cm_code") in \
        {(f.rule_id, f.source_layer, f.source_id, f.field) for f in net.findings}
    # no link table: no route is said to carry a cable
    assert not gracethd.normalise_gracethd({"t_cheminement": routes}).routes["porte_cable"].any()


def test_gracethd_missing_columns_are_reported():
    tables = {"t_cheminement": raw("t_cheminement", [{"code": "A", "geometry": line(0, 1)}], True)}
    net = gracethd.normalise_gracethd(tables)
    assert len(net.routes) == 0
    assert [(f.rule_id, f.field) for f in net.findings] == [("gracethd.missing_field", "cm_code")]


@pytest.mark.parametrize("text, n", [('{"PVC_60":1,"PVC_45":3,"PEHD_40":6}', 10),
                                     ("{''PVC_45'':2}", 2), ("{“PVC_45”:3}", 3), ("", None)])
def test_v3_composition(text, n):
    assert gracethd.parse_compo(text) == n


def as_raw(tables):
    return {name: raw(name, frame.to_dict("records"), spatial=gtype is not None)
            for name, (frame, gtype) in tables.items()}


def test_sample_v2_and_v3_give_the_same_answers():
    v2 = gracethd.normalise_gracethd(as_raw(sample_network.gracethd_v2()))
    v3 = gracethd.normalise_gracethd(as_raw(sample_network.gracethd_v3()))
    assert (v2.version, v3.version) == ("GraceTHD v2", "GraceTHD v3")
    cols = ["route_id", "implantation", "progress", "n_ducts", "n_free", "length_m", "owner"]
    pd.testing.assert_frame_equal(v2.routes[cols], v3.routes[cols])
    assert v2.sites[["site_id", "kind", "progress"]].values.tolist() == \
        v3.sites[["site_id", "kind", "progress"]].values.tolist()
    assert len(v2.radio_sites) == len(v3.radio_sites) == 2
    assert v2.findings == [] and v3.findings == []
    assert set(v2.routes["progress"]) == {"existant", "a_creer", "en_travaux"}


def works_layer(rows):
    return raw("travaux", rows, spatial=True)


def test_works_mapping_dates_and_natures():
    layer = works_layer([
        {"MOA": "Dépt", "Type": "Voirie", "Debut": "01/03/2027", "Fin": "30/09/2027",
         "geometry": line(0, 10)},
        {"MOA": "GRDF", "Type": "Gaz", "Debut": "31/02/2026", "Fin": None, "geometry": line(0, 10)},
        {"MOA": "X", "Type": "bidule", "Debut": "2027-05-01", "Fin": "2027-04-01", "geometry": line(0, 10)},
        {"MOA": "X", "Type": "eau", "Debut": "2027-05-01", "Fin": None, "geometry": None}])
    mapping = {"maitre_ouvrage": "MOA", "date_debut": "Debut", "nature": "Type", "date_fin": "Fin"}
    frame, findings = mapped_layers.normalise_works(layer, mapping)
    assert frame["nature"].tolist() == ["voirie", "gaz", "autre"]
    found = {(f.rule_id, f.source_id, f.field) for f in findings}
    assert ("works.bad_date", "1", "Debut") in found
    assert ("works.end_before_start", "2", "Fin") in found
    assert ("works.unknown_nature", "2", "Type") in found
    assert ("works.bad_geometry", "3", "geometry") in found


def test_works_usual_names_need_no_mapping_and_unmapped_fields_are_named():
    layer = works_layer([{"maitre_ouv": "A", "nature": "voirie", "date_deb": "2027-01-01",
                          "geometry": line(0, 1)}])
    frame, _ = mapped_layers.normalise_works(layer)
    assert frame.loc[0, "maitre_ouvrage"] == "A"
    bad = works_layer([{"porteur_projet": "A", "quoi": "voirie", "geometry": line(0, 1)}])
    with pytest.raises(ScanUrbaError, match="maitre_ouvrage, nature, date_debut"):
        mapped_layers.normalise_works(bad)
    with pytest.raises(ScanUrbaError, match="does not exist"):
        mapped_layers.normalise_works(bad, {"maitre_ouvrage": "nope"})


def test_mapping_file_formats(tmp_path):
    (tmp_path / "m.json").write_text(json.dumps({"nature": "TYPE"}))
    (tmp_path / "m.txt").write_text("# works\nnature = TYPE\nmaitre_ouvrage=MOA\n")
    assert mapped_layers.load_mapping(tmp_path / "m.json") == {"nature": "TYPE"}
    assert mapped_layers.load_mapping(tmp_path / "m.txt") == {"nature": "TYPE", "maitre_ouvrage": "MOA"}
    (tmp_path / "bad.txt").write_text("nature TYPE\n")
    with pytest.raises(ScanUrbaError, match="line 1"):
        mapped_layers.load_mapping(tmp_path / "bad.txt")


def test_rip_zoning_and_aerial():
    zoning = raw("z", [{"type": "Zone RIP", "geometry": shapely.box(0, 0, 1, 1)},
                       {"type": "AMII", "geometry": shapely.box(1, 0, 2, 1)},
                       {"type": "?", "geometry": shapely.box(2, 0, 3, 1)}], spatial=True)
    frame, findings = mapped_layers.normalise_rip_zoning(zoning)
    assert frame["zone_type"].tolist() == ["RIP", "AMII", "autre"]
    assert [f.rule_id for f in findings] == ["works.unknown_zone_type"]
    aerial = raw("a", [{"reseau": "Électricité BT", "geometry": line(0, 5)}], spatial=True)
    frame, _ = mapped_layers.normalise_aerial(aerial)
    assert frame["nature"].tolist() == ["electricite"]


def test_arcep_sites_and_ftth_buildings(tmp_path):
    sites = tmp_path / "2024_T1_sites_Metropole.csv"
    sites.write_text(
        "code_op;nom_op;num_site;id_site_partage;id_station_anfr;x;y;latitude;longitude;nom_reg;"
        "nom_dep;insee_dep;nom_com;insee_com;site_2g;site_3g;site_4g;site_5g;mes_4g_trim;site_ZB;"
        "site_DCC\n"
        "20801;Orange;00081787T2;ZPB81601;0812290243;611098;6277414;43.59;1.89;Occitanie;Tarn;81;"
        "Algans;81006;0;1;1;0;0;1;0\n"
        "20810;SFR;00081787S1;ZPB81601;0812290244;611098;6277414;43.59;1.89;Occitanie;Tarn;81;"
        "Algans;81006;1;1;1;1;0;1;1\n"
        "20815;Free;X;;0812290245;abc;6277414;;;;;;;;0;0;1;0;0;0;0\n", encoding="utf-8")
    frame, findings = anfr.read_arcep_sites(sites)
    shared = frame.set_index("sup_id").loc["ZPB81601"]
    assert shared["operators"] == "Orange ; SFR" and bool(shared["zone_blanche"])
    assert shared["geometry"].x == 611098 and shared["stations"] == "0812290243 ; 0812290244"
    assert [(f.rule_id, f.field) for f in findings] == [("anfr.bad_coordinates", "x")]
    buildings = tmp_path / "immeubles.csv"
    buildings.write_text("x,y,imb_id,imb_etat,pm_ref,code_insee\n7.26,43.70,IMB1,deploye,PM1,06088\n"
                         "1044000,6298000,IMB2,cible,PM1,06088\n", encoding="utf-8")
    frame, findings = anfr.read_arcep_buildings(buildings)
    assert list(frame["imb_etat"]) == ["deploye", "cible"] and findings == []
    assert 1.0e6 < frame["geometry"].iloc[0].x < 1.1e6  # degrees converted to Lambert-93
