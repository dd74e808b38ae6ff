import xml.etree.ElementTree as ET

from scan_urba_plugin import translation
from scan_urba_plugin.core.i18n import tr

from .conftest import ROOT


def test_french_file_is_complete():
    tree = ET.parse(ROOT / "i18n" / "scan_urba_plugin_fr.ts")
    messages = list(tree.iter("message"))
    assert len(messages) > 50
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_language_switch(scanurba):
    try:
        translation.install("fr")
        assert tr("Cancelled.") == "Annulé."
        assert tr("{path} does not exist.", path="x") == "x n'existe pas."
        translation.install("en")
        assert tr("Cancelled.") == "Cancelled."
    finally:
        translation.install("en")
