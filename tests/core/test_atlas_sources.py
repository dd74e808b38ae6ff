"""The atlas's source line: each dataset's date from its name, else its file (issue 24 §6)."""
import datetime as dt

from scan_urba_plugin.core.avis.sources import dataset_date, source_line


def test_dataset_dates_from_names_or_files(tmp_path):
    assert dataset_date("/data/anfr-reference-tables-2023-01/SUP_SUPPORT.txt") == "janvier 2023"
    assert dataset_date("/plu/30014_PLU_20171013/x.shp") == "13 octobre 2017"
    works = tmp_path / "travaux.gpkg"
    works.write_bytes(b"x")
    assert dataset_date(str(works)).endswith(str(dt.date.today().year))
    assert dataset_date(str(tmp_path / "gone.gpkg")) == ""


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
