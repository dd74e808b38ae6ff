"""The findings browser's words (note5): objects in sentence case, communes by name."""
import pandas as pd

from scan_urba_plugin.gui.browser import commune_words, sentence_case


def test_objects_in_capitals_read_in_sentence_case_codes_kept():
    shown = sentence_case(pd.Series(["POINT HAUT", "PYLONE", "SFR", "GRDF", "UH", "1AU",
                                     "TRV-2027-04", "Val-de-Démo", "Château d'eau"]))
    assert shown.tolist() == ["Point haut", "Pylone", "SFR", "GRDF", "UH", "1AU",
                              "TRV-2027-04", "Val-de-Démo", "Château d'eau"]


def test_a_commune_shows_by_its_name_when_known_else_by_its_code():
    names = {"06999": "Val-de-Démo", "30014": "Arpaillargues-et-Aureillac"}
    assert commune_words("06999", names) == "Val-de-Démo"
    assert commune_words("30014, 06001", names) == "Arpaillargues-et-Aureillac, 06001"
    assert commune_words("", names) == ""
