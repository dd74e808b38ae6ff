"""Write translations from a Python dict {source: translation} into a .ts file.

Usage: python3 tools/apply_translations.py i18n/scan_urba_plugin_fr.ts DICT.py
(DICT.py defines FR). Handy when a batch of new strings is translated at once.
"""
import runpy
import sys
import xml.etree.ElementTree as ET

ts_path, dict_path = sys.argv[1], sys.argv[2]
table = runpy.run_path(dict_path)["FR"]
tree = ET.parse(ts_path)
for message in tree.iter("message"):
    source = message.findtext("source")
    if source in table:
        translation = message.find("translation")
        translation.text = table[source]
        translation.attrib.pop("type", None)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
