"""The report's summary counts its trench-sharing opportunities with the right number
(walkthrough 4: « 1 opportunités de mutualisation de tranchées »)."""
import pandas as pd

from scan_urba_plugin.core import report


def _opportunities(n):
    return pd.DataFrame({"kind": ["travaux"] * n, "besoins": ["zone AU"] * n,
                         "length_m": [100.0] * n, "cout_min_eur": [1000.0] * n,
                         "cout_max_eur": [5000.0] * n})


def _summary_of(n):
    empty = pd.DataFrame(columns=["article", "avis", "rule_id"])
    zones = pd.DataFrame({"status": ["recommandation"]})
    return report._summary(empty, empty, zones, _opportunities(n))


def test_one_opportunity_is_singular_and_two_plural():
    assert "<p>1 trench-sharing opportunity.</p>" in _summary_of(1)
    assert "<p>2 trench-sharing opportunities.</p>" in _summary_of(2)
    # internal coordination is no opportunity: nothing left to count is plural in English
    coordination = _opportunities(1).assign(kind="coordination_interne")
    empty = pd.DataFrame(columns=["article", "avis", "rule_id"])
    text = report._summary(empty, empty, pd.DataFrame({"status": []}), coordination)
    assert "<p>0 trench-sharing opportunities.</p>" in text
