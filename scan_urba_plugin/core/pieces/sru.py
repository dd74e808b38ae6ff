"""CNIG SRU structured règlement (niveau 1), XML and JSON: titles with the zones they govern.

XML: nested ``plu:Titre`` (``niveau``, ``intitule``, ``idZone`` = comma-separated zone codes
or ``porteeGenerale``) holding ``plu:Contenu`` XHTML. JSON (niveau 1 schemas of 2025-10, 2026-02
and 2026-03): ``titre[]`` with the same fields, ``idZone`` a list (``porteeGenerale`` up to
2026-02, ``dispositionGenerale`` from 2026-03), ``contenu[]`` with its own ``idZone`` and
``html`` a list of {tag, text, children}; the CNIG's published examples write ``idZone`` and
``html`` as strings holding those lists JSON-encoded. Every form is read.
"""
from __future__ import annotations

import json

from ..i18n import tr
from .text import Document, Section, UnsafeInputError, decode_text, parse_xml, squeeze, unreadable

GENERAL = ("porteeGenerale", "dispositionGenerale")   # up to 2026-02; from 2026-03
BLOCKS = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "caption"}


def _zone_items(id_zone) -> list:
    """The codes of an idZone in any of its published encodings.

    XML: "UG,1AU". JSON: ["UG", "1AU"] (the schemas, 2025-10 to 2026-03), or a string holding
    that list JSON-encoded, "[\"UB\",\"UD\"]" (the CNIG's published examples, 2025-10 and
    2026-03).
    """
    if isinstance(id_zone, list):
        return id_zone
    text = str(id_zone or "").strip()
    if text.startswith("["):
        try:
            decoded = json.loads(text)
        except ValueError:
            decoded = None
        if isinstance(decoded, list):
            return decoded
        text = text.strip("[]")     # a damaged list: its comma-separated codes, quotes dropped
    return text.split(",")


def _zones(id_zone) -> tuple[tuple[str, ...], bool]:
    """(zone codes, dispositions générales) of an idZone; see _zone_items for its encodings."""
    codes = [str(c).strip().strip("\"'").strip() for c in _zone_items(id_zone)]
    codes = [c for c in codes if c]
    common = any(c in GENERAL for c in codes)
    return tuple(c for c in codes if c not in GENERAL and not c.startswith("test")), common


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xhtml_paragraphs(node, out: list):
    """Block-level text of an XHTML fragment, one string per block (nested blocks apart)."""
    parts = [node.text or ""]
    for child in node:
        if _local(child.tag) in BLOCKS:
            _flush(parts, out)
            parts = []
            _xhtml_paragraphs(child, out)
        else:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    _flush(parts, out)


def _flush(parts, out):
    text = squeeze("".join(parts))
    if text:
        out.append(text)


def read_sru_xml(data: bytes, source) -> Document:
    try:
        root = parse_xml(data, source)
    except UnsafeInputError as exc:
        return unreadable(source, "sru-xml", str(exc))
    sections = []

    def walk(titre):
        zones, common = _zones(titre.get("idZone"))
        section = Section(zones=zones, common=common, chapter=titre.get("niveau") == "1",
                          heading=squeeze(titre.get("intitule") or ""))
        sections.append(section)
        for child in titre:
            name = _local(child.tag)
            if name == "Contenu":
                target = section
                czones, ccommon = _zones(child.get("idZone"))
                if child.get("idZone") and (czones, ccommon) != (zones, common):
                    # a content tagged for other zones (a sector): its own block
                    target = Section(zones=czones, common=ccommon, chapter=False,
                                     heading=section.heading)
                    sections.append(target)
                for block in child:
                    if _local(block.tag) not in ("h1", "h2", "h3", "h4", "h5", "h6"):
                        _xhtml_paragraphs_of(block, target.paragraphs)
            elif name == "Titre":
                walk(child)

    for child in root:
        if _local(child.tag) == "Titre":
            walk(child)
    if not sections:
        return unreadable(source, "sru-xml", tr("{file}: no plu:Titre element: not a CNIG SRU "
                                                "règlement.", file=source))
    return Document(source=str(source), format="sru-xml", sections=sections)


def _xhtml_paragraphs_of(block, out):
    if _local(block.tag) in BLOCKS or _local(block.tag) in ("ul", "ol", "table", "tr",
                                                             "tbody", "thead"):
        _xhtml_paragraphs(block, out)
    else:
        _flush(["".join(block.itertext())], out)


def _json_tag(node) -> str:
    return str(node.get("tag", "")).lower() if isinstance(node, dict) else ""


def _json_text(node) -> str:
    if isinstance(node, str):
        return node
    if not isinstance(node, dict):
        return ""
    return str(node.get("text") or "") + "".join(_json_text(c) for c in node.get("children")
                                                 or [])


def _json_paragraphs(nodes, out):
    """Block-level text of the JSON HTML tree, one string per block (headings left out)."""
    parts = []
    for node in nodes if isinstance(nodes, list) else [nodes]:
        tag = _json_tag(node)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            continue
        children = node.get("children") or [] if isinstance(node, dict) else []
        if tag in BLOCKS | {"ul", "ol", "table", "tr"} and any(
                _json_tag(c) in BLOCKS | {"ul", "ol", "table", "tr"} for c in children):
            _flush(parts, out)
            parts = []
            _flush([str(node.get("text") or "")], out)
            _json_paragraphs(children, out)
        elif tag in BLOCKS:
            _flush(parts, out)
            parts = []
            _flush([_json_text(node)], out)
        else:
            parts.append(_json_text(node))
    _flush(parts, out)


def _html_nodes(html) -> list:
    """A contenu's html: a list of nodes (the schemas) or that list JSON-encoded (the examples)."""
    if not isinstance(html, str):
        return html if isinstance(html, list) else [html] if html else []
    try:
        nodes = json.loads(html)
    except ValueError:
        return [{"tag": "p", "text": html}]
    return nodes if isinstance(nodes, list) else [nodes]


def _json_contenus(titre: dict, section: Section, sections: list):
    """Each contenu's paragraphs, in the title's section or, when the contenu names other
    zones than its title (a sector's paragraph), in a section of its own, as in the XML."""
    for contenu in titre.get("contenu") or []:
        if not isinstance(contenu, dict):
            continue
        target = section
        if contenu.get("idZone"):
            zones, common = _zones(contenu.get("idZone"))
            if (zones, common) != (section.zones, section.common):
                target = Section(zones=zones, common=common, chapter=False,
                                 heading=section.heading)
                sections.append(target)
        _json_paragraphs(_html_nodes(contenu.get("html")), target.paragraphs)


def read_sru_json(data: bytes, source) -> Document:
    """CNIG SRU niveau 1 JSON, every published form: the schemas of 2025-10, 2026-02 and
    2026-03 (idZone a list, html a list of nodes, ``porteeGenerale`` then
    ``dispositionGenerale``) and the CNIG's examples (idZone and html JSON-encoded strings)."""
    try:
        doc = json.loads(decode_text(data, source))
    except UnsafeInputError as exc:
        return unreadable(source, "sru-json", str(exc))
    except (ValueError, RecursionError) as exc:
        return unreadable(source, "sru-json", tr("{file}: damaged JSON ({error}).",
                                                 file=source, error=exc))
    sections = []

    def walk(titres):
        for t in titres if isinstance(titres, list) else []:
            if not isinstance(t, dict):
                continue
            zones, common = _zones(t.get("idZone"))
            section = Section(zones=zones, common=common, chapter=str(t.get("niveau")) == "1",
                              heading=squeeze(str(t.get("intitule") or "")))
            sections.append(section)
            _json_contenus(t, section, sections)
            walk(t.get("titre") or t.get("sousTitre") or [])

    walk(doc.get("titre") if isinstance(doc, dict) else doc)
    if not sections:
        return unreadable(source, "sru-json", tr("{file}: no “titre”: not a CNIG SRU "
                                                 "règlement.", file=source))
    return Document(source=str(source), format="sru-json", sections=sections)
