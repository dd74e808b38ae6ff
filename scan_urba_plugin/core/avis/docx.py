"""The opinion as Office Open XML (DOCX), written with zipfile from the same blocks as the
ODT: named paragraph styles, a numbering for réserves, a header, tables and figures."""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr  # nosec B406: escapes what we write; parses nothing

from ..atomic import atomic_path
from .odt import FIGURE_WIDTH_CM, TEXT_WIDTH_CM, column_widths, figure_size_cm, has_long_word

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DRAW = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
EMU_PER_CM = 360000
TEXT_WIDTH_TWIPS = 9638  # 17 cm

# style id → (name, run properties, paragraph properties)
STYLES = {
    "Normal": ("Normal", '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>'
               '<w:sz w:val="21"/><w:lang w:val="fr-FR"/>', '<w:spacing w:after="100"/><w:jc w:val="both"/>'),
    "Title": ("Title", '<w:b/><w:color w:val="1F4E79"/><w:sz w:val="40"/>', '<w:jc w:val="center"/>'),
    "Subtitle": ("Subtitle", '<w:i/><w:sz w:val="26"/>', '<w:jc w:val="center"/><w:spacing w:after="280"/>'),
    "Heading1": ("heading 1", '<w:b/><w:color w:val="1F4E79"/><w:sz w:val="28"/>',
                 '<w:keepNext/><w:spacing w:before="340" w:after="120"/><w:jc w:val="left"/>'
                 '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="1F4E79"/></w:pBdr>'
                 '<w:outlineLvl w:val="0"/>'),
    "Heading2": ("heading 2", '<w:b/><w:color w:val="2E75B6"/><w:sz w:val="24"/>',
                 '<w:keepNext/><w:spacing w:before="220" w:after="80"/><w:jc'
                 ' w:val="left"/><w:outlineLvl w:val="1"/>'),
    "ScanQuoteIntro": ("Quote introduction", "", '<w:keepNext/><w:spacing w:after="40"/>'),
    "Quote": ("Quote", "<w:i/>", '<w:ind w:left="567" w:right="567"/>'
              '<w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="A6A6A6"/></w:pBdr>'),
    "Caption": ("caption", '<w:i/><w:sz w:val="18"/>', '<w:jc w:val="center"/><w:spacing w:after="220"/>'),
    "ScanFigure": ("Figure", "", '<w:keepNext/><w:jc w:val="center"/>'),
    "ScanTable": ("Table Contents", '<w:sz w:val="18"/>', '<w:spacing w:after="0"/><w:jc w:val="left"/>'),
    "ScanBanner": ("Draft banner", '<w:b/><w:color w:val="C00000"/><w:sz w:val="18"/>',
                   '<w:jc w:val="center"/><w:pBdr><w:top w:val="single" w:sz="4" w:space="1"'
                   ' w:color="C00000"/>'
                   '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="C00000"/></w:pBdr>'),
    "ScanWarning": ("Deadline warning", '<w:b/><w:color w:val="C00000"/><w:sz w:val="22"/>',
                    '<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="C00000"/>'
                    '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="C00000"/></w:pBdr>'),
    "ScanAddress": ("Addressee", "", '<w:ind w:left="5103"/><w:spacing w:before="220" '
                    'w:after="220"/><w:jc w:val="left"/>'),
    "ScanProposal": ("Proposed conclusion", '<w:sz w:val="22"/>',
                     '<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>'
                     '<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="BF9000"/>'
                     '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="BF9000"/></w:pBdr>'),
    "ScanReserve": ("Reservation", "", '<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:before="120"/>'),
    "ScanFinding": ("Finding", "", '<w:spacing w:before="120"/>'),
    "ScanBasis": ("Legal basis", '<w:color w:val="404040"/><w:sz w:val="19"/>', '<w:ind w:left="284"/>'),
    "ScanSuggestion": ("Suggested wording", "",
        '<w:ind w:left="284"/><w:shd w:val="clear" w:color="auto" w:fill="E2EFDA"/>'),
    "ScanNote": ("Note", '<w:color w:val="595959"/><w:sz w:val="18"/>', ""),
    "ScanSignature": ("Signature", "",
        '<w:keepLines/><w:ind w:left="5103"/><w:spacing w:before="280"/><w:jc w:val="left"/>'),
    "ScanClosing": ("Closing", "", '<w:keepNext/><w:spacing w:before="160"/>'),
    "ScanLetterhead": ("Letterhead", '<w:color w:val="1F4E79"/><w:sz w:val="22"/>',
                       '<w:jc w:val="left"/><w:spacing w:after="60"/>'),
    "Header": ("header", '<w:color w:val="595959"/><w:sz w:val="17"/>', '<w:jc w:val="right"/>'),
}
SIMPLE = {"para": "Normal", "note": "ScanNote", "basis": "ScanBasis", "suggestion": "ScanSuggestion",
          "title": "Title", "subtitle": "Subtitle", "banner": "ScanBanner", "warning": "ScanWarning",
          "address": "ScanAddress", "closing": "ScanClosing", "letterhead": "ScanLetterhead",
          "proposal": "ScanProposal",
          "item": "ScanFinding", "signature": "ScanSignature",
          "intro": "ScanQuoteIntro"}


def _runs(text, bold=False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    parts = str(text).split("\n")
    return "<w:r>" + props + "<w:br/>".join(
        f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts) + "</w:r>"


def _p(style, text, lead="", extra="") -> str:
    lead_xml = _runs(lead, bold=True) if lead else ""
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra}</w:pPr>{lead_xml}'
            f"{_runs(text)}</w:p>")


def _justified(style: str) -> bool:
    """Whether a style is justified: its own « both », or Normal's when it sets none."""
    paragraph = STYLES.get(style, ("", "", ""))[2]
    return "<w:jc" not in paragraph or '<w:jc w:val="both"/>' in paragraph


def _table(block) -> str:
    widths = [int(w / TEXT_WIDTH_CM * TEXT_WIDTH_TWIPS) for w in column_widths(block)]
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{TEXT_WIDTH_TWIPS}" w:type="dxa"/>'
           f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
           "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]

    def row(cells, header=False):
        tr_pr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
        return f"<w:tr>{tr_pr}" + "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="ScanTable"/></w:pPr>{_runs(c, bold=header)}</w:p></w:tc>'
            for c, w in zip(cells, widths)) + "</w:tr>"
    if block.header:
        out.append(row(block.header, True))
    out += [row(r) for r in block.rows]
    out.append("</w:tbl>")
    return "".join(out)


def _drawing(rel_id, n, width_cm, height_cm, name) -> str:
    cx, cy = int(width_cm * EMU_PER_CM), int(height_cm * EMU_PER_CM)
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name={quoteattr(name)}/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{n}" name={quoteattr(name)}/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/>'
            '</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            "</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")


def document_xml(blocks, media: dict, logo="") -> str:
    out = []
    if logo:
        media["logo.png"] = logo
        w, h = figure_size_cm(logo, 3.5)
        out.append(f"<w:p>{_drawing('rIdLogo', 1, w, h, 'Logo')}</w:p>")
    started = set()
    for b in blocks:
        if b.kind == "heading":
            out.append(_p("Heading1" if b.level == 1 else "Heading2", b.text))
        elif b.kind == "reserve":
            # one numbering instance per group: the recap and the sections each count from 1
            num = 1 if b.group == "recap" else 2
            started.add(b.group)
            out.append(_p("ScanReserve", b.text, extra=f'<w:numPr><w:ilvl w:val="0"/>'
                                                      f'<w:numId w:val="{num}"/></w:numPr>'))
        elif b.kind == "quote":
            out.append(_p("Quote", f"«\u00a0{b.text}\u00a0» {b.source}".strip()))
        elif b.kind == "table":
            out.append(_table(b))
            out.append(_p("Normal", ""))
        elif b.kind == "figure":
            name = f"image{len(media) + 1}.png"
            media[name] = b.image
            w, h = figure_size_cm(b.image, FIGURE_WIDTH_CM)
            out.append('<w:p><w:pPr><w:pStyle w:val="ScanFigure"/></w:pPr>'
                       f"{_drawing('rId_' + name.split('.')[0], len(media) + 1, w, h, name)}</w:p>")
            out.append(_p("Caption", b.caption))
        elif b.kind == "pagebreak":
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        else:
            # a long file name set ragged, not justified into gaps (as in the ODT)
            style = SIMPLE.get(b.kind, "Normal")
            out.append(_p(style, b.text, b.lead, '<w:jc w:val="left"/>'
                          if has_long_word(b.text) and _justified(style) else ""))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
            '<w:footerReference w:type="default" r:id="rIdFooter"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
            'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {R} {DRAW}>'
            f"<w:body>{''.join(out)}{sect}</w:body></w:document>")


def styles_xml() -> str:
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"'
        + (' w:default="1"' if sid == "Normal" else "")
        + f'><w:name w:val={quoteattr(name)}/>'
        + ('<w:basedOn w:val="Normal"/>' if sid != "Normal" else "")
        + ('<w:next w:val="Normal"/>' if sid.startswith("Heading") else "")
        + '<w:qFormat/>'
        + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
        + "</w:style>" for sid, (name, rpr, ppr) in STYLES.items())
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault>'
            f"</w:docDefaults>{styles}</w:styles>")


def numbering_xml(reserve_prefix: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
            '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f"<w:lvlText w:val={quoteattr(reserve_prefix + '%1 –')}/><w:lvlJc w:val=\"left\"/>"
            '<w:suff w:val="space"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
            "<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>"
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
            '<w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>')


def header_xml(text) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>'
            f'{_p("Header", text)}</w:hdr>')


def footer_xml() -> str:
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
             ' PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>'
            f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{field}</w:p></w:ftr>')


def rels_xml(media: dict) -> str:
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = [("rIdStyles", "styles", "styles.xml"), ("rIdNumbering", "numbering", "numbering.xml"),
            ("rIdHeader", "header", "header1.xml"), ("rIdFooter", "footer", "footer1.xml")]
    rels += [("rIdLogo" if n == "logo.png" else "rId_" + n.split(".")[0], "image", f"media/{n}")
             for n in media]
    body = "".join(f'<Relationship Id="{i}" Type="{base}/{t}" Target="{target}"/>'
                   for i, t, target in rels)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}'
            "</Relationships>")


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/header1.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml"'
    ' ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>")
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1"'
    ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    ' Target="word/document.xml"/>'
    '<Relationship Id="rId2"'
    ' Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"'
    ' Target="docProps/core.xml"/>'
    "</Relationships>")


def core_xml(title: str, author: str = "Scan Urba") -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
            "</cp:coreProperties>")


def write_docx(blocks, path, title: str, header: str, reserve_prefix: str, logo="",
               overwrite=False, author: str = "Scan Urba") -> Path:
    media = {}
    document = document_xml(blocks, media, logo)
    with atomic_path(path, overwrite) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", CONTENT_TYPES)
            z.writestr("_rels/.rels", PACKAGE_RELS)
            z.writestr("docProps/core.xml", core_xml(title, author))
            z.writestr("word/document.xml", document)
            z.writestr("word/styles.xml", styles_xml())
            z.writestr("word/numbering.xml", numbering_xml(reserve_prefix))
            z.writestr("word/header1.xml", header_xml(header))
            z.writestr("word/footer1.xml", footer_xml())
            z.writestr("word/_rels/document.xml.rels", rels_xml(media))
            for name, source in media.items():
                z.write(source, f"word/media/{name}", zipfile.ZIP_STORED)
    return Path(path)
