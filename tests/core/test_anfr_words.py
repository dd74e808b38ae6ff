"""An antenna support named as a French urbanist writes it (issue 26): its nature, height and
place from the ANFR tables, the ANFR support number only as a reference in parentheses (for
Cartoradio), never as the support's name. On the real ANFR sample and reference tables
(../shared, read in place) and in the findings the opinion quotes."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scan_urba_plugin.core import i18n
from scan_urba_plugin.core.standards import anfr

ROOT = Path(__file__).resolve().parents[2]
ANFR = ROOT / ".." / "shared" / "data" / "anfr"


@pytest.fixture
def french():
    tree = ET.parse(ROOT / "i18n" / "scan_urba_plugin_fr.ts")
    table = {m.findtext("source"): m.findtext("translation") for m in tree.iter("message")}
    i18n.set_translator(lambda text: table.get(text) or text, "fr")
    yield
    i18n.set_translator(None)


@pytest.fixture(scope="module")
def real_sites():
    support = ANFR / "anfr-sup-support-sample" / "SUP_SUPPORT_sample.txt"
    if not support.exists():
        pytest.skip("../shared/data/anfr is absent: the real ANFR sample is read in place")
    sites, _ = anfr.read_anfr(support, ANFR / "anfr-reference-tables-2023-01")
    return sites.set_index("sup_id", drop=False)


def test_real_supports_are_named_by_nature_height_and_place(french, real_sites):
    def name(sup, **kw):
        return anfr.designation(real_sites.loc[sup], **kw).replace("\u202f", " ")

    # SUP_NATURE 23, 41 m, ADR_LB_LIEU « La Range »
    assert name("74167") == ("le pylône autostable de 41 m situé lieu-dit La Range "
                             "(n° de support ANFR 74167)")
    # capitals of the export written as a sentence writes them
    assert name("1121219") == ("le mât béton de 15 m situé boulevard Javrezac "
                               "(n° de support ANFR 1121219)")
    # a building carries the antennas: the support is named, the building given as its nature
    assert name("1101711") == ("le support d'antennes (bâtiment, 15 m) situé 9 rue de la "
                               "Merlie (n° de support ANFR 1101711)")
    assert name("727444") == ("le support d'antennes (immeuble, 33 m) situé 46 avenue des "
                              "Ternes (n° de support ANFR 727444)")
    # a departmental road and the lieu-dit; a decimal comma
    assert name("893853") == ("le pylône autostable de 42 m situé RD 2, lieu-dit "
                              "Fontcharrière (n° de support ANFR 893853)")
    assert name("52373") == ("le pylône autostable de 44,8 m situé chemin rural du Vert "
                             "Viquet, lieu-dit Le Vert Viquet (n° de support ANFR 52373)")
    # « Support non décrit », no height: nothing invented
    assert name("4826") == ("le support d'antennes situé lieu-dit Axat Ponts et Chaussees "
                            "(n° de support ANFR 4826)")
    # the owner (SUP_PROPRIETAIRE) when asked
    assert name("74167", owner=True) == ("le pylône autostable de 41 m situé lieu-dit La Range "
                                         "et appartenant à Totem (n° de support ANFR 74167)")
    # SUP 255174 has no owner (empty TPO_ID): nothing said of it
    assert name("255174", owner=True) == ("le support d'antennes (bâtiment, 11 m) situé "
                                          "route de brousse (n° de support ANFR 255174)")
    for sup, row in real_sites.iterrows():  # the number only as the reference, last
        text = anfr.designation(row, operators=True, owner=True)
        assert text.endswith(f"(n° de support ANFR {sup})"), text
        assert sup not in text[:text.rindex("(n° de support")], text
        assert not re.search(r"\b(?:nan|None|<NA>)\b|<NA>|  ", text), text


def test_operators_and_owners_read_as_names(french):
    row = {"sup_id": "9000005", "nature": "Pylône autostable", "height_m": 40.2,
           "lieu": "LA BAUME", "address": "", "operators": "ORANGE ; FREE MOBILE",
           "owner": "HIVORY"}
    assert anfr.designation(row, operators=True, owner=True).replace("\u202f", " ") == (
        "le pylône autostable de 40,2 m situé lieu-dit La Baume, exploité par Orange, Free "
        "Mobile et appartenant à Hivory (n° de support ANFR 9000005)")
    assert anfr.operator_words("SFR ; ATC FRANCE ; TDF") == "SFR, ATC France, TDF"


def test_the_demo_opinion_names_no_support_by_its_number_alone(french):
    """The findings the opinion quotes (A and N zones, protected sites, fibring, ER for a
    mast) name each support in words; its number comes only after « n° de support ANFR »."""
    from scan_urba_plugin.core.engine import run_compliance

    from .test_whole_plan import demo_inputs

    result = run_compliance(demo_inputs())
    texts = [f.message for f in result.findings if f.famille == "juridique"]
    quoted = [t for t in texts if "9000" in t]
    assert len(quoted) >= 3, texts
    for text in quoted:
        bare = re.sub(r"n° de support ANFR 9\d{6}", "", text)
        assert not re.search(r"9\d{6}", bare), text
    zone_a = next(t for t in texts if t.startswith("Zone A :") or t.startswith("Zone A:"))
    assert "le pylône autostable de 40,2 m situé lieu-dit La Baume (n° de support ANFR " \
        "9000005) s'y trouve" in zone_a.replace("\u202f", " ")
