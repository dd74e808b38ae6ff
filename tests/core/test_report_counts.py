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


def test_the_rip_note_counts_its_data_quality_findings_in_words():
    """Walkthrough 4: the RIP note read « 1 constat(s) sur la numérisation du plan »."""
    from types import SimpleNamespace

    from scan_urba_plugin.core.avis import note, templates

    t = templates.load("fr")
    d = SimpleNamespace(run_info={"plugin_version": "0.1.0", "qgis_version": "3.22",
                                  "finished": "2026-12-06"}, inputs=[], findings=None)

    def intro(n):
        quality = pd.DataFrame({"message": ["Seuils L49 : agglomération non déterminée."] * n})
        paragraphs = [b.text for b in note._annex_data(d, quality, t) if b.kind == "para"]
        return next(p for p in paragraphs if "numérisation du plan" in p)

    assert intro(1).startswith("Un constat sur la numérisation du plan")
    assert "il relève d'une observation technique" in intro(1)
    assert intro(3).startswith("3 constats sur la numérisation du plan")
    assert "(s)" not in intro(1) + intro(3)
