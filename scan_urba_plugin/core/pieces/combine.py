"""Several files read as one règlement: a PLUi in booklets, a big-city PLU in one file per
zone, common rules or general provisions in their own file.

Each file is cut into blocks on its own; the blocks are then read together, so that a zone
booklet's referral to the common rules reaches the other file. A file with no zone chapter
that says it holds the common rules or the general provisions applies to every zone, as a
"Dispositions générales" title does inside one file; any other file without a chapter is
read only where a referral sends to it.
"""
from __future__ import annotations

import re
from pathlib import Path

from .segment import Segmented
from .text import Document, fold

COMMON_FILE = re.compile(r"regles?[\s_-]+communes|dispositions?[\s_-]+(?:generales|communes)|"
                         r"reglement[\s_-]+commun|partie[\s_-]+commune|tronc[\s_-]+commun|"
                         r"applicables?\s+a\s+toutes\s+les\s+zones|\bdg\b|"
                         r"regles?[\s_-]+generales")
OPENING_CHARS = 3000


def _says_common(doc: Document, seg: Segmented) -> bool:
    opening = " ".join(line for b in seg.blocks for _, line in b.lines[:40])[:OPENING_CHARS]
    headings = " ".join(b.chapter_heading or b.article or "" for b in seg.blocks[:20])
    return bool(COMMON_FILE.search(fold(headings + " " + opening)))


def combine(docs: list[Document], segs: list[Segmented]) -> Segmented:
    blocks, codes, spans, scanned = [], set(), {}, set()
    for doc, seg in zip(docs, segs):
        if len(docs) > 1 and (COMMON_FILE.search(fold(Path(doc.source).name)) or (
                not seg.chapter_codes and _says_common(doc, seg))):
            # the common rules' own file: what its headings name are not zone chapters
            for b in seg.blocks:
                b.common, b.codes, b.sectors = True, (), ()
            seg.chapter_codes, seg.chapter_pages = set(), {}
        blocks += seg.blocks
        codes |= seg.chapter_codes
        # a file's last pages without text are its back cover, not a scan of its text
        tail = len(doc.pages or ())
        while tail in seg.pages_without_text:
            tail -= 1
        scanned |= {(doc.source, p) for p in seg.pages_without_text if p <= tail}
        for code, pages in seg.chapter_pages.items():
            spans.setdefault(code, set()).update((doc.source, p) for p in pages)
    if len(segs) == 1:
        one = segs[0]
        one.scanned, one.chapter_spans = scanned, spans
        return one
    return Segmented(blocks, codes, sorted({p for _, p in scanned}), {}, scanned, spans)
