"""CNIG SRU structured règlement (niveau 1), XML and JSON: titles with the zones they govern.

XML: nested ``plu:Titre`` (``niveau``, ``intitule``, ``idZone`` = comma-separated zone codes
or ``porteeGenerale``) holding ``plu:Contenu`` XHTML. JSON: ``titre[]`` with the same fields,
``contenu[].html`` a JSON-encoded list of {tag, text, children}.
"""
from __future__ import annotations

import json

from ..i18n import tr
from .text import Document, Section, UnsafeInputError, decode_text, parse_xml, squeeze, unreadable

GENERAL = ("porteeGenerale", "dispositionGenerale")   # XML, JSON
BLOCKS = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "caption"}


def _zones(id_zone) -> tuple[tuple[str, ...], bool]:
    """(zone codes, porteeGenerale) of an idZone: "UG,1AU" in XML, ["UG", "1AU"] in JSON."""
    items = id_zone if isinstance(id_zone, list) else str(id_zone or "").split(",")
    codes = [str(c).strip() for c in items if str(c).strip()]
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


def read_sru_json(data: bytes, source) -> Document:
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
            for contenu in t.get("contenu") or []:
                html = contenu.get("html") if isinstance(contenu, dict) else None
                try:
                    nodes = json.loads(html) if isinstance(html, str) else html
                except ValueError:
                    nodes = [{"tag": "p", "text": html}]
                _json_paragraphs(nodes or [], section.paragraphs)
            walk(t.get("titre") or t.get("sousTitre") or [])

    walk(doc.get("titre") if isinstance(doc, dict) else doc)
    if not sections:
        return unreadable(source, "sru-json", tr("{file}: no “titre”: not a CNIG SRU "
                                                 "règlement.", file=source))
    return Document(source=str(source), format="sru-json", sections=sections)
