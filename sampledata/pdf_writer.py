"""A tiny PDF writer for test fixtures: pages of text lines (Helvetica, WinAnsi) and
image-only pages (a scan without a text layer). No library needed."""
from __future__ import annotations

import zlib


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text_stream(lines: list[str]) -> bytes:
    out = [b"BT /F1 10 Tf 12 TL 56 800 Td"]
    for line in lines:
        out.append(b"(" + _escape(line) + b") Tj T*")
    out.append(b"ET")
    return b"\n".join(out)


def _image_stream() -> bytes:
    return b"q 480 0 0 700 56 70 cm /Im1 Do Q"


def build_pdf(pages: list) -> bytes:
    """``pages``: a list of line lists (text pages) or None (an image-only page)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    pixels = zlib.compress(bytes((x * 37 + y * 11) % 256 for y in range(32) for x in range(32)))
    image = add(b"<< /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace "
                b"/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
                % len(pixels) + pixels + b"\nendstream")
    kids = []
    for lines in pages:
        raw = _image_stream() if lines is None else _text_stream(lines)
        stream = zlib.compress(raw)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
                      + b"\nendstream")
        resources = b"<< /XObject << /Im1 %d 0 R >> >>" % image if lines is None else \
            b"<< /Font << /F1 %d 0 R >> >>" % font
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources "
                        % pages_id + resources + b" /Contents %d 0 R >>" % content))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                             + b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, xref)
    return bytes(out)
