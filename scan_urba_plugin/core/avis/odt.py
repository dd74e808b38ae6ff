"""The opinion as OpenDocument Text (ODF 1.2), written with zipfile: named styles the
services edit (headings, quotations, numbered réserves, captions), a page header with the
département, tables and embedded figures."""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr  # nosec B406: escapes what we write; parses nothing

from ..atomic import atomic_path

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xhtml="http://www.w3.org/1999/xhtml" office:version="1.2"')
TEXT_WIDTH_CM = 17.0
FIGURE_WIDTH_CM = 16.0

# Paragraph styles: name → (display name, parent, text properties, paragraph properties)
PARAGRAPH_STYLES = {
    "Standard": ("Default Paragraph Style", "",
        'fo:font-size="10.5pt" style:font-name="Liberation Sans" fo:language="fr" fo:country="FR"',
            'fo:margin-bottom="0.18cm" fo:text-align="justify"'),
    "Text_20_body": ("Text body", "Standard", "", ""),
    "Title": ("Title", "Standard", 'fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f4e79"',
        'fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"'),
    "Subtitle": ("Subtitle", "Standard", 'fo:font-size="13pt" fo:font-style="italic"',
        'fo:text-align="center" fo:margin-bottom="0.5cm"'),
    "Heading_20_1": ("Heading 1", "Standard",
        'fo:font-size="14pt" fo:font-weight="bold" fo:color="#1f4e79"',
            'fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"'
            ' fo:border-bottom="0.06pt solid #1f4e79" fo:text-align="start"'),
    "Heading_20_2": ("Heading 2", "Standard",
        'fo:font-size="12pt" fo:font-weight="bold" fo:color="#2e75b6"',
            'fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"'
            ' fo:text-align="start"'),
    "Scan_20_Quote_20_Intro": ("Quote introduction", "Standard", "",
        'fo:keep-with-next="always" fo:margin-bottom="0.05cm"'),
    "Quotations": ("Quotations", "Standard", 'fo:font-style="italic"',
        'fo:margin-left="1cm" fo:margin-right="1cm" fo:padding-left="0.2cm" fo:border-left="1.5pt'
        ' solid #a6a6a6"'),
    "Caption": ("Caption", "Standard", 'fo:font-size="9pt" fo:font-style="italic"',
        'fo:text-align="center" fo:margin-bottom="0.4cm"'),
    "Figure": ("Figure", "Standard", "", 'fo:text-align="center" fo:keep-with-next="always"'),
    "Table_20_Contents": ("Table Contents", "Standard", 'fo:font-size="9pt"',
        'fo:text-align="start" fo:margin-bottom="0cm"'),
    "Table_20_Heading": ("Table Heading", "Table_20_Contents", 'fo:font-weight="bold"',
        'fo:text-align="start"'),
    "Scan_20_Banner": ("Draft banner", "Standard",
        'fo:font-size="9pt" fo:font-weight="bold" fo:color="#c00000"',
            'fo:text-align="center" fo:border="0.5pt solid #c00000" fo:padding="0.1cm"'),
    "Scan_20_Warning": ("Deadline warning", "Standard",
        'fo:font-size="11pt" fo:font-weight="bold" fo:color="#c00000"',
            'fo:border="1pt solid #c00000" fo:padding="0.15cm" fo:margin-bottom="0.3cm"'),
    "Scan_20_Address": ("Addressee", "Standard", "",
        'fo:margin-left="9cm" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm" fo:text-align="start"'),
    "Scan_20_Proposal": ("Proposed conclusion", "Standard", 'fo:font-size="11pt"',
        'fo:background-color="#fff2cc" fo:border="0.5pt solid #bf9000" fo:padding="0.2cm"'),
    "Scan_20_Reserve": ("Reservation", "Standard", "", 'fo:margin-top="0.2cm"'),
    "Scan_20_Finding": ("Finding", "Standard", "", 'fo:margin-top="0.2cm"'),
    "Scan_20_Basis": ("Legal basis", "Standard", 'fo:font-size="9.5pt" fo:color="#404040"',
        'fo:margin-left="0.5cm"'),
    "Scan_20_Suggestion": ("Suggested wording", "Standard", "",
        'fo:margin-left="0.5cm" fo:background-color="#e2efda" fo:padding="0.1cm"'),
    "Scan_20_Note": ("Note", "Standard", 'fo:font-size="9pt" fo:color="#595959"', ""),
    "Scan_20_Signature": ("Signature", "Standard", "",
        'fo:margin-left="9cm" fo:margin-top="0.5cm" fo:text-align="start"'
        ' fo:keep-together="always"'),
    "Scan_20_Closing": ("Closing", "Standard", "", 'fo:keep-with-next="always"'
        ' fo:margin-top="0.3cm"'),
    "Scan_20_Letterhead": ("Letterhead", "Standard", 'fo:font-size="11pt" fo:color="#1f4e79"',
        'fo:text-align="start" fo:margin-bottom="0.1cm"'),
    "Header": ("Header", "Standard", 'fo:font-size="8.5pt" fo:color="#595959"', 'fo:text-align="end"'),
}
SIMPLE = {"para": "Text_20_body", "note": "Scan_20_Note", "basis": "Scan_20_Basis",
          "suggestion": "Scan_20_Suggestion", "title": "Title", "subtitle": "Subtitle",
          "banner": "Scan_20_Banner", "warning": "Scan_20_Warning",
          "address": "Scan_20_Address", "closing": "Scan_20_Closing",
          "letterhead": "Scan_20_Letterhead",
          "proposal": "Scan_20_Proposal", "item": "Scan_20_Finding",
          "signature": "Scan_20_Signature", "intro": "Scan_20_Quote_20_Intro"}


# a word this long (a file name: « 30014_orientations_amenagement_20171013.pdf ») cannot be
# broken: a justified line holding it stretches its spaces into gaps, so it is set ragged
LONG_WORD = 28


def has_long_word(text) -> bool:
    return any(len(word) >= LONG_WORD for word in str(text or "").split())


def justified(style: str) -> bool:
    """Whether a named style is justified (it inherits the Standard's alignment)."""
    return "fo:text-align" not in PARAGRAPH_STYLES.get(style, ("", "", "", ""))[3]


def ragged_style(style: str, styles: list) -> str:
    """The automatic style « <style> aligned at the start », declared once in ``styles``."""
    name = f"Ragged_{style}"
    xml = (f'<style:style style:name="{name}" style:family="paragraph" '
           f'style:parent-style-name="{style}"><style:paragraph-properties '
           'fo:text-align="start"/></style:style>')
    if xml not in styles:
        styles.append(xml)
    return name


def png_size(path) -> tuple[int, int]:
    """(width, height) in pixels from a PNG's IHDR."""
    with open(path, "rb") as fh:
        head = fh.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG image")
    return struct.unpack(">II", head[16:24])


def figure_size_cm(path, width=FIGURE_WIDTH_CM) -> tuple[float, float]:
    w, h = png_size(path)
    return width, round(width * h / w, 3)


def _text(value) -> str:
    """Escaped text; runs of spaces and line breaks kept as ODF elements."""
    parts = escape(str(value)).split("\n")
    return "<text:line-break/>".join(p.replace("  ", " <text:s/>") for p in parts)


def _p(style, text, lead="") -> str:
    lead_xml = f'<text:span text:style-name="Strong_20_Emphasis">{_text(lead)}</text:span>' \
        if lead else ""
    return f'<text:p text:style-name="{style}">{lead_xml}{_text(text)}</text:p>'


def column_widths(block) -> list[float]:
    """Relative widths (declared, else equal) scaled to the text width, in cm."""
    cols = max(len(r) for r in ([block.header] if block.header else []) + block.rows)
    weights = list(block.widths) if len(block.widths) == cols else [1] * cols
    return [round(TEXT_WIDTH_CM * w / sum(weights), 3) for w in weights]


def _table(block, n, styles: list) -> str:
    widths = column_widths(block)
    columns = []
    for i, width in enumerate(widths):
        name = f"T{n}C{i}"
        styles.append(f'<style:style style:name="{name}" style:family="table-column">'
                      f'<style:table-column-properties style:column-width="{width}cm"/>'
                      "</style:style>")
        columns.append(f'<table:table-column table:style-name="{name}"/>')
    out = [f'<table:table table:name="Tableau{n}" table:style-name="Tbl">' + "".join(columns)]

    def row(cells, style):
        return "<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="Cell" office:value-type="string">'
            f"{_p(style, c)}</table:table-cell>" for c in cells) + "</table:table-row>"
    if block.header:
        out.append("<table:table-header-rows>" + row(block.header, "Table_20_Heading")
                   + "</table:table-header-rows>")
    out += [row(r, "Table_20_Contents") for r in block.rows]
    out.append("</table:table>")
    return "".join(out)


def body_xml(blocks, pictures: dict, styles: list) -> str:
    """The office:text content; ``pictures`` collects {zip name: source path}, ``styles``
    the automatic styles of table columns."""
    out, lists, n_table = [], {}, 0
    for b in blocks:
        if b.kind != "reserve" and lists.get("_open"):
            out.append("</text:list>")
            lists["_open"] = None
        if b.kind == "heading":
            style = "Heading_20_1" if b.level == 1 else "Heading_20_2"
            out.append(f'<text:h text:style-name="{style}" text:outline-level="{b.level}">'
                       f"{_text(b.text)}</text:h>")
        elif b.kind == "reserve":
            if lists.get("_open") != b.group:
                if lists.get("_open"):
                    out.append("</text:list>")
                first = b.group not in lists
                attr = f'xml:id="list_{b.group}"' if first else \
                    f'text:continue-list="list_{b.group}"'
                lists[b.group] = True
                out.append(f'<text:list {attr} text:style-name="Scan_20_Reserves">')
                lists["_open"] = b.group
            out.append(f'<text:list-item>{_p("Scan_20_Reserve", b.text)}</text:list-item>')
        elif b.kind == "quote":
            out.append(_p("Quotations", f"«\u00a0{b.text}\u00a0» {b.source}".strip()))
        elif b.kind == "table":
            n_table += 1
            out.append(_table(b, n_table, styles))
        elif b.kind == "figure":
            name = f"Pictures/image{len(pictures) + 1}.png"
            pictures[name] = b.image
            w, h = figure_size_cm(b.image)
            out.append(f'<text:p text:style-name="Figure"><draw:frame draw:style-name="fr1" '
                       f'draw:name="Image{len(pictures)}" text:anchor-type="as-char" '
                       f'svg:width="{w}cm" svg:height="{h}cm" draw:z-index="0">'
                       f'<draw:image xlink:href="{name}" xlink:type="simple" xlink:show="embed" '
                       f'xlink:actuate="onLoad"/></draw:frame></text:p>')
            out.append(_p("Caption", b.caption))
        elif b.kind == "pagebreak":
            out.append('<text:p text:style-name="PageBreak"/>')
        else:
            style = SIMPLE.get(b.kind, "Text_20_body")
            if has_long_word(b.text) and justified(style):
                style = ragged_style(style, styles)
            out.append(_p(style, b.text, b.lead))
    if lists.get("_open"):
        out.append("</text:list>")
    return "".join(out)


def content_xml(blocks, pictures, logo="") -> str:
    logo_xml = ""
    if logo:
        pictures["Pictures/logo.png"] = logo
        w, h = figure_size_cm(logo, 3.5)
        logo_xml = (f'<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" '
                    f'draw:name="Logo" text:anchor-type="as-char" svg:width="{w}cm" '
                    f'svg:height="{h}cm"><draw:image xlink:href="Pictures/logo.png" '
                    f'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
                    f"</draw:frame></text:p>")
    columns = []
    body = body_xml(blocks, pictures, columns)
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
            "<office:automatic-styles>" + "".join(columns) +
            f'<style:style style:name="Tbl" style:family="table"><style:table-properties '
            f'style:width="{TEXT_WIDTH_CM}cm" table:align="margins" fo:margin-bottom="0.3cm"/>'
            "</style:style>"
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
            'fo:border="0.5pt solid #808080" fo:padding="0.08cm"/></style:style>'
            '<style:style style:name="PageBreak" style:family="paragraph" '
            'style:parent-style-name="Standard"><style:paragraph-properties '
            'fo:break-before="page"/></style:style>'
            '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties '
            'style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>'
            "</office:automatic-styles><office:body><office:text>"
            f"{logo_xml}{body}</office:text></office:body>"
            "</office:document-content>")


def styles_xml(header: str, reserve_prefix: str) -> str:
    paragraphs = "".join(
        f'<style:style style:name="{name}" style:display-name={quoteattr(display)} '
        f'style:family="paragraph"'
        + (f' style:parent-style-name="{parent}"' if parent else "")
        + (' style:default-outline-level="1"' if name == "Heading_20_1" else "")
        + (' style:default-outline-level="2"' if name == "Heading_20_2" else "")
        + f'><style:paragraph-properties {para}/><style:text-properties {text}/></style:style>'
        for name, (display, parent, text, para) in PARAGRAPH_STYLES.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>'
            '<office:font-face-decls>'
            '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
            'style:font-family-generic="swiss"/></office:font-face-decls>'
            f"<office:styles>{paragraphs}"
            '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" '
            'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<text:list-style style:name="Scan_20_Reserves" style:display-name="Reservations">'
            '<text:list-level-style-number text:level="1" text:style-name="Strong_20_Emphasis" '
            f"style:num-prefix={quoteattr(reserve_prefix)} style:num-suffix=\" – \" "
            'style:num-format="1"><style:list-level-properties '
            'text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="space" '
            'fo:margin-left="0cm" fo:text-indent="0cm"/></style:list-level-properties>'
            "</text:list-level-style-number></text:list-style></office:styles>"
            '<office:automatic-styles><style:page-layout style:name="pm1">'
            '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.8cm" '
            'fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style>'
            '<style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/>'
            "</style:header-style><style:footer-style><style:header-footer-properties "
            'fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>'
            "</style:page-layout></office:automatic-styles>"
            '<office:master-styles><style:master-page style:name="Standard" '
            'style:page-layout-name="pm1">'
            f'<style:header><text:p text:style-name="Header">{_text(header)}</text:p>'
            '</style:header><style:footer><text:p text:style-name="Header">'
            '<text:page-number text:select-page="current">1</text:page-number> / '
            '<text:page-count>1</text:page-count></text:p></style:footer>'
            "</style:master-page></office:master-styles></office:document-styles>")


def meta_xml(title: str, author: str = "Scan Urba") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta>'
            f"<dc:title>{escape(title)}</dc:title><meta:generator>{escape(author)}</meta:generator>"
            "</office:meta></office:document-meta>")


def manifest_xml(pictures: dict) -> str:
    entries = "".join(f'<manifest:file-entry manifest:full-path="{n}" '
                      f'manifest:media-type="image/png"/>' for n in pictures)
    return ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
            'manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            f"{entries}</manifest:manifest>")


def write_odt(blocks, path, title: str, header: str, reserve_prefix: str, logo="",
              overwrite=False, author: str = "Scan Urba") -> Path:
    pictures = {}
    content = content_xml(blocks, pictures, logo)
    with atomic_path(path, overwrite) as tmp:
        with zipfile.ZipFile(tmp, "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                       compress_type=zipfile.ZIP_STORED)  # first and uncompressed (ODF 1.2 §3.3)
            z.writestr("META-INF/manifest.xml", manifest_xml(pictures), zipfile.ZIP_DEFLATED)
            z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
            z.writestr("styles.xml", styles_xml(header, reserve_prefix), zipfile.ZIP_DEFLATED)
            z.writestr("meta.xml", meta_xml(title, author), zipfile.ZIP_DEFLATED)
            for name, source in pictures.items():
                z.write(source, name, zipfile.ZIP_STORED)
    return Path(path)
