"""French formatting of values people read."""
import datetime as dt

import numpy as np
import pandas as pd

from scan_urba_plugin.core import french

NB = french.NBSP


def test_dates_in_words_and_missing_dates_blank():
    assert french.date(dt.date(2026, 12, 28)) == "28 décembre 2026"
    assert french.date(pd.Timestamp("2021-04-01 00:00:00")) == "1er avril 2021"
    assert french.date("2025-01-15") == "15 janvier 2025"
    assert french.date(pd.NaT) == "" and french.date(None, "non renseignée") == "non renseignée"
    assert french.date(pd.Timestamp(0)) == ""  # a lost date read back as the epoch


def test_numbers_with_decimal_commas_and_thousands():
    assert french.number(27000) == f"27{NB}000"
    assert french.number(1234.5, 1) == f"1{NB}234,5"
    assert french.hectares(60000) == f"6,00{NB}ha"
    assert french.percent(0.234) == f"23{NB}%"
    assert french.euros(211996.4) == f"211{NB}996{NB}€"
    assert french.euro_range(50, 90) == f"50 à 90{NB}€/m"
    assert french.number(np.nan) == "" and french.euros(None) == ""


def test_yes_no_and_cells():
    assert [french.yes_no(v) for v in (True, 0, "1", "false", np.True_)] == \
        ["oui", "non", "oui", "non", "oui"]
    assert french.cell(np.float64(450.0)) == "450" and french.cell(12.25) == "12,2"
    assert french.cell(np.bool_(False)) == "non"
