"""Plain-text and HTML pieces. A form feed in a text file separates pages."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from ..i18n import tr
from .text import Document, UnsafeInputError, decode_text, unreadable

BREAKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul",
          "ol", "section", "article", "title", "dd", "dt", "blockquote"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data.replace("\n", " "))


def read_text(data: bytes, source) -> Document:
    if not data:
        return unreadable(source, "txt", tr("{file}: empty file (0 bytes).", file=source))
    try:
        text = decode_text(data, source)
    except UnsafeInputError as exc:
        return unreadable(source, "txt", str(exc))
    pages = text.split("\f")
    if not text.strip():
        return unreadable(source, "txt", tr("{file}: the file holds no text.", file=source))
    return Document(source=str(source), format="txt", pages=pages, paged=len(pages) > 1)


def read_html(data: bytes, source) -> Document:
    if not data:
        return unreadable(source, "html", tr("{file}: empty file (0 bytes).", file=source))
    m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", data[:4096], re.I)
    try:
        text = decode_text(data, source, m.group(1).decode("ascii") if m else None)
    except UnsafeInputError as exc:
        return unreadable(source, "html", str(exc))
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    body = "\n".join(line for line in lines if line)
    if not body:
        return unreadable(source, "html", tr("{file}: the page holds no text.", file=source))
    return Document(source=str(source), format="html", pages=[body])
