"""CSV for French spreadsheets: semicolons, decimal commas, UTF-8 with BOM."""
import datetime as dt

import numpy as np

from scan_urba_plugin.core.spreadsheet import cell, write_csv


def test_cells_read_as_numbers_dates_and_words_in_a_french_spreadsheet():
    assert cell(300.0) == "300" and cell(1234.5) == "1234,5" and cell(np.float64(0.25)) == "0,25"
    assert cell(np.int64(27000)) == "27000"  # no thousands separator: it would make text
    assert cell(True) == "oui" and cell(np.bool_(False)) == "non"
    assert cell(dt.date(2026, 12, 28)) == "28/12/2026"
    assert cell(None) == "" and cell(float("nan")) == "" and cell("L151-41 2°") == "L151-41 2°"


def test_csv_has_a_bom_semicolons_and_decimal_commas(tmp_path):
    path = tmp_path / "constats.csv"
    write_csv(path, ["Libellé", "Longueur (m)", "Coût évité (€)"],
              [["ER n°2 ; voie", 300.0, 27000.5]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines == ["Libellé;Longueur (m);Coût évité (€)", '"ER n°2 ; voie";300;27000,5']
