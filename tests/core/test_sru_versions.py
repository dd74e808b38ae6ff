"""CNIG SRU niveau 1 JSON in every published form (issue 23, deliverable 4).

The CNIG's repository (cnigfr/structuration-reglement-urbanisme) publishes the JSON schema of
2026-03 (``../shared/data/reglement/cnig-sru/schemas/260303_SCHEMA_N1_JSON.json``: idZone a list,
html a list of nodes, ``dispositionGenerale``), the earlier schemas of 2025-10 and 2026-02 (the
same with ``porteeGenerale``) and an example, the real règlement of Verderel-lès-Sauqueuse, whose
idZone and html are strings holding the JSON-encoded list (``"[\\"UB\\",\\"UD\\"]"``), with
``porteeGenerale`` in its 2025-10 version and ``dispositionGenerale`` in its 2026-03 one.

The fixtures are the real règlement of Jaleyrac (SRU XML, ../shared) written here in each of
those forms; the 2026-03 form is checked against the published schema. The real Verderel example
is read from the corpus documents when present (corpus/README.md).
"""
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scan_urba_plugin.core.pieces import read_reglement
from scan_urba_plugin.core.pieces.sru import _zones
from .test_pieces import JALEYRAC_LEVELS, JALEYRAC_SENTENCE

ROOT = Path(__file__).resolve().parents[2]
SRU = ROOT / ".." / "shared" / "data" / "reglement" / "cnig-sru"
JALEYRAC = SRU / "jaleyrac_15079" / "15079_reglement_20190128.xml"
SCHEMA_2026_03 = SRU / "schemas" / "260303_SCHEMA_N1_JSON.json"
VERDEREL = "260303_60668_PLU_20201207_Règlement de Verderel-lès-Sauqueuse.json"

# form: (the general-provisions code, idZone/html/inseeCommune written as JSON-encoded strings)
FORMS = {"schema-2025-10": ("porteeGenerale", False),
         "schema-2026-02": ("porteeGenerale", False),
         "schema-2026-03": ("dispositionGenerale", False),
         "example-2025-10": ("porteeGenerale", True),
         "example-2026-03": ("dispositionGenerale", True)}
TAGS = {"p", "div", "span", "ul", "ol", "li", "em", "strong", "table", "tr", "td", "a",
        "h1", "h2", "h3", "h4", "h5", "h6", "br", "img"}


def need(path: Path):
    if not path.exists():
        pytest.skip(f"{path} absent (shared data not mounted)")


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _node(el) -> dict:
    out = {"tag": _local(el.tag) if _local(el.tag) in TAGS else "div"}
    children = [_node(c) for c in el] + [c.tail for c in el if c.tail and c.tail.strip()]
    if children:
        out["children"] = ([el.text] if el.text and el.text.strip() else []) + children
    elif el.text and el.text.strip():
        out["text"] = el.text
    return out


def jaleyrac_json(form: str) -> dict:
    """The real Jaleyrac règlement (SRU XML) written in one of the published JSON forms."""
    general, encoded = FORMS[form]

    def enc(value):
        return json.dumps(value, ensure_ascii=False) if encoded else value

    def zones(id_zone):
        return [general if z == "porteeGenerale" else z for z in id_zone.split(",")]

    def contenu(el, tid, n):
        return {"idContenu": f"{tid}/contenu{n:02d}", "idZone": enc(zones(el.get("idZone"))),
                "idPrescription": enc(["nonConcerne"]),
                "html": enc([_node(b) for b in el] or [{"tag": "p", "text": " "}])}

    def titre(el, n):
        tid = f"15079_PLU_20190128/reglement/t{n}"
        contents = [contenu(c, tid, i) for i, c in enumerate(
            (c for c in el if _local(c.tag) == "Contenu"), 1)]
        # the 2026-03 schema wants one contenu at least: a title alone gets its heading
        contents = contents or [{"idContenu": f"{tid}/contenu01",
                                 "idZone": enc(zones(el.get("idZone"))),
                                 "idPrescription": enc(["nonConcerne"]),
                                 "html": enc([{"tag": "h1", "text": el.get("intitule")}])}]
        return {"idTitre": tid, "intitule": el.get("intitule"), "niveau": int(el.get("niveau")),
                "idZone": enc(zones(el.get("idZone"))), "idPrescription": enc(["nonConcerne"]),
                "inseeCommune": enc(["15079"]), "contenu": contents,
                "titre": [titre(c, f"{n}.{i}") for i, c in enumerate(
                    (c for c in el if _local(c.tag) == "Titre"), 1)]}

    root = ET.parse(JALEYRAC).getroot()
    return {"idReglement": "15079_PLU_20190128/reglement", "nom": "PLU de Jaleyrac",
            "typeDoc": "PLU", "lien": "https://www.geoportail-urbanisme.gouv.fr/",
            "idUrba": "15079_PLU_20190128", "inseeCommune": enc(["15079"]),
            "titre": [titre(c, i) for i, c in enumerate(
                (c for c in root if _local(c.tag) == "Titre"), 1)]}


def schema_errors(value, schema: dict, root: dict, where="$") -> list[str]:
    """The subset of JSON Schema the CNIG schema uses: $ref, type, required, properties,
    additionalProperties false, items, minItems, enum, pattern, minimum, anyOf."""
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in schema:
        tries = [schema_errors(value, s, root, where) for s in schema["anyOf"]]
        return [] if any(not t for t in tries) else [f"{where}: matches no anyOf branch"]
    kind = schema.get("type")
    types = {"object": dict, "array": list, "string": str, "integer": int}
    if kind and not isinstance(value, types[kind]):
        return [f"{where}: {type(value).__name__}, not {kind}"]
    out = []
    if kind == "object":
        out += [f"{where}: no {k}" for k in schema.get("required", []) if k not in value]
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            out += [f"{where}: unexpected {k}" for k in value if k not in props]
        for k, v in value.items():
            if k in props:
                out += schema_errors(v, props[k], root, f"{where}.{k}")
    elif kind == "array":
        if len(value) < schema.get("minItems", 0):
            out.append(f"{where}: fewer than {schema['minItems']} items")
        for i, v in enumerate(value):
            out += schema_errors(v, schema.get("items", {}), root, f"{where}[{i}]")
    elif kind == "string":
        if "enum" in schema and value not in schema["enum"]:
            out.append(f"{where}: {value!r} not in the enum")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append(f"{where}: {value!r} does not match {schema['pattern']}")
    elif kind == "integer" and value < schema.get("minimum", value):
        out.append(f"{where}: {value} under the minimum")
    return out


def test_the_2026_03_fixture_conforms_to_the_published_schema():
    need(JALEYRAC)
    need(SCHEMA_2026_03)
    schema = json.loads(SCHEMA_2026_03.read_text(encoding="utf-8"))
    assert schema_errors(jaleyrac_json("schema-2026-03"), schema, schema) == []
    # the published examples' encoding is not the schema's: hence the reader takes both
    errors = schema_errors(jaleyrac_json("example-2026-03"), schema, schema)
    assert "$.inseeCommune: str, not array" in errors
    assert "$.titre[0].idZone: str, not array" in errors
    # the earlier general code still matches the 2026-03 pattern (any alphanumeric label):
    # only the reader's list of general codes tells it from a zone
    assert schema_errors(jaleyrac_json("schema-2025-10"), schema, schema) == []


@pytest.mark.parametrize("form", list(FORMS))
def test_every_published_form_reads_as_the_xml(tmp_path, form):
    need(JALEYRAC)
    path = tmp_path / f"15079_reglement_20190128_{form}.json"
    path.write_text(json.dumps(jaleyrac_json(form), ensure_ascii=False), encoding="utf-8")
    r = read_reglement(path, list(JALEYRAC_LEVELS))
    assert r.lisible and r.format == "sru-json"
    assert {k: p.niveau for k, p in r.zones.items()} == JALEYRAC_LEVELS
    assert r.zones["UG"].citation == JALEYRAC_SENTENCE


@pytest.mark.parametrize("id_zone, expected", [
    ("UG,1AU", (("UG", "1AU"), False)),                       # XML
    (["UB", "UD"], (("UB", "UD"), False)),                    # JSON schemas
    ('["UB","UD","UP"]', (("UB", "UD", "UP"), False)),        # JSON examples
    ('["dispositionGenerale"]', ((), True)),                  # 2026-03
    (["porteeGenerale"], ((), True)),                         # 2025-10, 2026-02
    ("porteeGenerale", ((), True)),                           # XML
    ('[ "N", "Nn" ]', (("N", "Nn"), False)),
    ('["UB", "UD"', (("UB", "UD"), False)),                   # a damaged list: still its codes
    ("", ((), False)),
    (None, ((), False)),
])
def test_id_zone_in_each_encoding(id_zone, expected):
    assert _zones(id_zone) == expected


def test_a_contenu_for_a_sector_applies_to_that_sector_only(tmp_path):
    doc = {"titre": [{"intitule": "Zone UG", "niveau": 1, "idZone": '["UG","UGa"]',
                      "contenu": [
                          {"idZone": '["UG","UGa"]', "html": json.dumps(
                              [{"tag": "p", "text": "Les constructions sont implantées à "
                                                    "l'alignement."}])},
                          {"idZone": ["UGa"], "html": [
                              {"tag": "p", "text": "Dans le secteur UGa, les réseaux de "
                                                   "télécommunication sont enterrés."}]}]}]}
    path = tmp_path / "sector.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = read_reglement(path, ["UG", "UGa"])
    assert r.zones["UGa"].niveau == "enfouissement"
    assert r.zones["UGa"].citation.startswith("Dans le secteur UGa")
    assert r.zones["UG"].niveau == "absent"


def _corpus_file(doc_id: str, name: str) -> Path | None:
    folders = [os.environ.get("SCAN_URBA_CORPUS_DOCS"),
               ROOT / ".." / "shared" / "data" / "reglement" / "corpus", ROOT / ".." / "corpus-docs"]
    for folder in filter(None, folders):
        if (Path(folder) / doc_id / name).exists():
            return Path(folder) / doc_id / name
    return None


def test_the_cnig_published_example_of_verderel():
    path = _corpus_file("verderel-plu-sru", VERDEREL)
    if path is None:
        pytest.skip("the Verderel-lès-Sauqueuse example is absent from the corpus documents "
                    "(corpus/README.md tells where it comes from)")
    r = read_reglement(path, ["UB", "UD", "UP", "2AUh", "A", "N", "Nn", "UX"])
    assert r.lisible and r.format == "sru-json"
    assert [k for k, p in r.zones.items() if p.niveau == "non_trouve"] == ["UX"]
    # the sentence after the connection requirement goes on about the same networks
    assert r.zones["UB"].citation == ("Dans le cas où les réseaux sont inexistants, des "
                                      "fourreaux de réserve seront mis en place dans les "
                                      "opérations d'aménagement.")
    assert r.zones["UB"].niveau == "fourreaux"
