"""The atlas's source line: each dataset's date from its name, else its file (issue 24 §6)."""
import datetime as dt
from pathlib import Path

from scan_urba_plugin.core import french

from scan_urba_plugin.core.avis.sources import dataset_date, source_line


def test_dataset_dates_from_names_or_files(tmp_path):
    assert dataset_date("/data/anfr-reference-tables-2023-01/SUP_SUPPORT.txt") == "janvier 2023"
    assert dataset_date("/plu/30014_PLU_20171013/x.shp") == "13 octobre 2017"
    works = tmp_path / "travaux.gpkg"
    works.write_bytes(b"x")
    # a copy's modification time is no date of the data: never given alone as one
    assert dataset_date(str(works)) == ""
    assert dataset_date(str(tmp_path / "gone.gpkg")) == ""


def test_a_gracethd_is_dated_by_its_objects_never_by_the_copy(tmp_path):
    """Walkthrough: the 2018 GraceTHD demo was dated « export du 6 décembre 2026 » (the
    day it was copied). Its objects' creation and update dates say when its data are of;
    a file that carries none says so and gives the file's date as the file's."""
    from scan_urba_plugin.core.avis import templates

    t = templates.load("fr")
    folder = tmp_path / "gracethd"
    folder.mkdir()
    (folder / "t_ptech.csv").write_text("pt_code;pt_creadat;pt_majdate\nPT1;2015-05-26 00:00:00;"
                                        "2015-06-04 00:00:00\nPT2;2015-05-28;\n",
                                        encoding="utf-8")
    (folder / "t_cable.csv").write_text("cb_code;cb_majdate\nCB1;2099-01-01\nCB2;x\n",
                                        encoding="utf-8")
    anfr = tmp_path / "SUP_SUPPORT.txt"
    anfr.write_text("1;2\n", encoding="utf-8")
    today = french.date(dt.date.today())
    line = source_line([{"input": "gracethd", "path": str(folder)},
                        {"input": "anfr", "path": str(anfr)}], t)
    assert line == ("Sources : réseau d'initiative publique (GraceTHD), données à jour au 4 "
                    "juin 2015 ; supports d'antennes (ANFR), date de l'extraction non indiquée "
                    f"(fichier du {today}).")
    assert "export du" not in line
    shared = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gracethd" / \
        "gracethd-v2.0.1-demo"
    if shared.is_dir():
        assert source_line([{"input": "gracethd", "path": str(shared)}], t) == (
            "Sources : réseau d'initiative publique (GraceTHD), données à jour au 8 juin 2015.")


def test_source_line_names_each_dataset_with_its_date():
    from scan_urba_plugin.core.avis import templates

    inputs = [{"input": "plan", "path": "/p/06999_PLU_20250115/z.shp"},
              {"input": "gracethd", "path": "/r/export_gracethd_2026-03-02.gpkg"},
              {"input": "anfr", "path": "/gone/anfr"}]
    line = source_line(inputs, templates.load("fr"), dt.date(2025, 1, 15), "Plan IGN")
    assert line == ("Sources : document d'urbanisme (standard CNIG), version du 15 janvier "
                    "2025 ; réseau d'initiative publique (GraceTHD), export du 2 mars 2026 ; "
                    "supports d'antennes (ANFR), date non connue ; fond de plan : Plan IGN.")


def test_report_shows_file_names_not_their_folders():
    from scan_urba_plugin.core.report import without_folders

    text = ("Lu dans : /home/agent/PLU/Pièces écrites/reglement.pdf ; "
            "<a href='file:///home/agent/PLU/Pi%C3%A8ces%20%C3%A9crites/reglement.pdf#page=3'>3</a>"
            " ; C:\\Données\\anfr\\SUP_SUPPORT.txt")
    out = without_folders(text, ["/home/agent/PLU/Pièces écrites/reglement.pdf",
                                 "C:\\Données\\anfr\\SUP_SUPPORT.txt"])
    assert out == ("Lu dans : reglement.pdf ; <a href='reglement.pdf#page=3'>3</a> ; "
                   "SUP_SUPPORT.txt")


def test_a_gracethd_geopackage_is_dated_by_its_objects(tmp_path):
    import sqlite3
    from contextlib import closing

    from scan_urba_plugin.core.avis.sources import content_date

    path = tmp_path / "rip.gpkg"
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE t_cheminement (cm_code TEXT, cm_majdate TEXT)")
        db.execute("CREATE TABLE l_avancement (code TEXT, cm_majdate TEXT)")
        db.executemany("INSERT INTO t_cheminement VALUES (?, ?)",
                       [("CM1", "2024-02-03"), ("CM2", "2024-11-30 10:00:00"), ("CM3", None)])
        db.execute("INSERT INTO l_avancement VALUES ('E', '2025-01-01')")  # not an object
        db.commit()
    assert content_date(str(path)) == dt.date(2024, 11, 30)
