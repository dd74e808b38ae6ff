"""`make corpus`: score the written-pieces reader on the corpus of real règlements.

The corpus (issue 23, deliverable 6; layout in ``corpus/README.md``): one label file per
document in ``corpus/labels/<doc-id>.json``, written by reading the document before running
the reader on it; the documents themselves live outside the repository (public files are
never committed), in the first of these folders that holds ``<doc-id>/<file name>``:
``$SCAN_URBA_CORPUS_DOCS``, ``../shared/data/reglement/corpus``, ``../corpus-docs``.

For each document: its règlement files are read as one règlement, with the labels' zone
names as the plan's labels, and its PADD if any; prints per document and in total the levels
right, the pages right (over the labels whose level is not ``absent`` and whose page is known),
the chapters found (labels not ``non_trouve``), the labels called ``absent`` where the chapter
was not found, the PADD verdicts right and the seconds; writes ``corpus/SCORE.md``.
A document whose files are missing is reported "document absent", not scored.

    python tools/corpus.py [--doc ID ...] [--details] [--json FILE] [--no-write] [--labels DIR] [--score FILE]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scan_urba_plugin.core.pieces import read_pieces  # noqa: E402

LABELS = ROOT / "corpus" / "labels"
SCORE = ROOT / "corpus" / "SCORE.md"
LEVELS = ("fourreaux", "raccordement", "enfouissement", "absent")
REGLEMENT_ROLES = ("reglement", "dispositions_generales", "regles_communes", "reglement_zone")
READER = "scan_urba_plugin/core/pieces"
FLOOR = 0.90     # the quality floor of tests/core/test_corpus.py


def docs_folders() -> list[Path]:
    """Where the documents may be, in order (corpus/README.md)."""
    env = os.environ.get("SCAN_URBA_CORPUS_DOCS")
    out = [Path(env)] if env else []
    return out + [ROOT / ".." / "shared" / "data" / "reglement" / "corpus",
                  ROOT / ".." / "corpus-docs"]


class LabelError(Exception):
    """A label file that cannot be read (named in the message)."""


def load_labels(only=None, folder: Path = LABELS) -> list[dict]:
    labels = []
    for path in sorted(folder.glob("*.json")):
        try:
            labels.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise LabelError(f"{path}: not a readable label file ({exc})") from exc
    return [lab for lab in labels if not only or lab.get("id") in only]


def label_problems(label: dict) -> list[str]:
    """What is wrong with a label file against the agreed format (corpus/README.md)."""
    out = [f"missing key {k}" for k in ("id", "commune", "document", "files", "labeller",
                                        "zones") if k not in label]
    names = {f.get("name") for f in label.get("files", [])}
    for f in label.get("files", []):
        if f.get("role") not in (*REGLEMENT_ROLES, "padd"):
            out.append(f"{f.get('name')}: role {f.get('role')!r}")
        if not (f.get("source") or {}).get("repo"):
            out.append(f"{f.get('name')}: no source repo")
    for name, z in label.get("zones", {}).items():
        if z.get("level") not in LEVELS:
            out.append(f"{name}: level {z.get('level')!r}")
        if z.get("page") is not None and (not isinstance(z["page"], int) or z["page"] < 1):
            out.append(f"{name}: page {z['page']!r}")
        if z.get("file") is not None and z["file"] not in names:
            out.append(f"{name}: file {z['file']!r} is not one of the document's files")
        if z.get("level") not in ("absent", None) and not z.get("sentence"):
            out.append(f"{name}: no deciding sentence")
    padd = label.get("padd")
    if padd and padd.get("verdict") not in ("present", "absent"):
        out.append(f"padd verdict {padd.get('verdict')!r}")
    return out


def find_files(label: dict) -> tuple[dict[str, Path] | None, list[str]]:
    """The label's files by name, from the first folder that holds them all; else None and
    the names missing from every folder."""
    names = [f["name"] for f in label["files"]]
    missing = names
    for folder in docs_folders():
        base = folder / label["id"]
        here = [n for n in names if not (base / n).is_file()]
        if not here:
            return {n: base / n for n in names}, []
        missing = here if len(here) < len(missing) else missing
    return None, missing


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_as_one(reglement: list[Path], padd: list[Path], labels: list[str]):
    """The reader, called as the scan calls it: every règlement file of the plan as one
    règlement, the plan's zone labels, and the PADD (the one place to change if the
    reader's entry point changes)."""
    return read_pieces(reglement=reglement, padd=padd or None, labels=labels)


@dataclass
class ZoneResult:
    label: str
    expected: str
    got: str
    page_expected: int | None
    page_got: int | None
    file_expected: str | None
    file_got: str | None
    chapter_expected: str | None
    chapter_got: str | None

    @property
    def level_right(self) -> bool:
        return self.expected == self.got

    @property
    def page_counted(self) -> bool:
        return self.expected != "absent" and self.page_expected is not None

    @property
    def page_right(self) -> bool:
        same_file = self.file_got is None or self.file_expected is None or \
            Path(self.file_got).name == self.file_expected
        return self.page_counted and self.page_got == self.page_expected and same_file

    @property
    def absent_not_found(self) -> bool:
        """Called absent although the reader did not place the label in its chapter."""
        return self.got == "absent" and _code(self.chapter_got) != _code(self.chapter_expected)


def _code(chapter: str | None) -> str:
    return "".join((chapter or "").split()).upper()


@dataclass
class DocScore:
    id: str
    status: str = "lu"              # lu | document absent | illisible
    reason: str | None = None
    zones: list[ZoneResult] = field(default_factory=list)
    padd_expected: str | None = None
    padd_got: str | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict:
        z = self.zones
        return {"labels": len(z), "levels_right": sum(r.level_right for r in z),
                "pages_counted": sum(r.page_counted for r in z),
                "pages_right": sum(r.page_right for r in z),
                "chapters_found": sum(r.got != "non_trouve" for r in z),
                "absent_not_found": sum(r.absent_not_found for r in z),
                "padd": int(self.padd_expected is not None),
                "padd_right": int(self.padd_expected is not None
                                  and self.padd_expected == self.padd_got)}


def _padd_verdict(padd) -> str | None:
    if padd is None:
        return None
    if not padd.lisible or padd.communications_numeriques is None:
        return "non évalué"
    return "present" if padd.communications_numeriques else "absent"


def score_document(label: dict) -> DocScore:
    score = DocScore(label["id"])
    paths, missing = find_files(label)
    if paths is None:
        score.status, score.reason = "document absent", "missing: " + ", ".join(missing)
        return score
    for f in label["files"]:
        if f.get("sha256") and sha256(paths[f["name"]]) != f["sha256"]:
            score.warnings.append(f"{f['name']}: sha256 differs from the label file's")
    reglement = [paths[f["name"]] for f in label["files"] if f["role"] in REGLEMENT_ROLES]
    padd = [paths[f["name"]] for f in label["files"] if f["role"] == "padd"]
    names = list(label.get("zones", {}))
    start = time.perf_counter()
    pieces = read_as_one(reglement, padd, names)
    score.seconds = time.perf_counter() - start
    if reglement and (pieces.reglement is None or not pieces.reglement.lisible):
        score.status = "illisible"
        score.reason = pieces.reglement.raison if pieces.reglement else "not read"
    for name, lab in label.get("zones", {}).items():
        p = pieces.level(name) if pieces.reglement is not None else None
        score.zones.append(ZoneResult(
            name, lab["level"], p.niveau if p else "non_trouve", lab.get("page"),
            p.page if p else None, lab.get("file"), getattr(p, "fichier", None) if p else None,
            lab.get("chapter"), p.chapitre if p else None))
    if label.get("padd") and label["padd"].get("verdict"):
        score.padd_expected = label["padd"]["verdict"]
        score.padd_got = _padd_verdict(pieces.padd) or "non lu"
    return score


def _short(text: str | None, n: int = 160) -> str:
    """A reason as a table cell: one line, cut at n characters."""
    text = " ".join((text or "").split()).replace("|", "/")
    text = re.sub(r"[^\s:;]*/(?=[^/\s]+\.\w{2,4}\b)", "", text)   # file names without folders
    return text if len(text) <= n else text[:n - 1] + "…"


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else "—"


def total(scores: list[DocScore]) -> dict:
    keys = ("labels", "levels_right", "pages_counted", "pages_right", "chapters_found",
            "absent_not_found", "padd", "padd_right")
    out = dict.fromkeys(keys, 0)
    for s in scores:
        if s.status != "document absent":
            for k, v in s.counts().items():
                out[k] += v
    out["seconds"] = sum(s.seconds for s in scores)
    out["documents"] = sum(s.status != "document absent" for s in scores)
    return out


def _row(name: str, c: dict, seconds: float, status: str = "") -> str:
    return (f"| {name} | {c['labels']} | {_pct(c['levels_right'], c['labels'])} | "
            f"{_pct(c['pages_right'], c['pages_counted'])} | "
            f"{_pct(c['chapters_found'], c['labels'])} | {c['absent_not_found']} | "
            f"{_pct(c['padd_right'], c['padd'])} | {seconds:.2f} | {status} |")


def table(scores: list[DocScore]) -> list[str]:
    lines = ["| document | labels | levels right | pages right | chapters found | "
             "absent, chapter not found | PADD right | s | note |",
             "|---|---|---|---|---|---|---|---|---|"]
    for s in scores:
        if s.status == "document absent":
            lines.append(f"| {s.id} | | | | | | | | document absent ({s.reason}) |")
            continue
        note = "; ".join(filter(None, [s.status if s.status != "lu" else "",
                                       _short(s.reason), *s.warnings]))
        lines.append(_row(s.id, s.counts(), s.seconds, note))
    t = total(scores)
    lines.append(_row(f"**total** ({t['documents']} documents)", t, t["seconds"]))
    return lines


def details(scores: list[DocScore]) -> list[str]:
    """Each wrong label: what the label says and what the reader said."""
    lines = []
    for s in scores:
        wrong = [r for r in s.zones if not r.level_right or (r.page_counted and not r.page_right)]
        if not wrong and s.padd_expected == s.padd_got:
            continue
        lines.append(f"\n### {s.id}\n")
        for r in wrong:
            lines.append(f"- {r.label}: label {r.expected} p. {r.page_expected} "
                         f"(chapter {r.chapter_expected}); reader {r.got} p. {r.page_got} "
                         f"(chapter {r.chapter_got})")
        if s.padd_expected != s.padd_got:
            lines.append(f"- PADD: label {s.padd_expected}; reader {s.padd_got}")
    return lines


def _commit(folder: Path = ROOT, *paths: str) -> str:
    """The last commit (short hash and date) of a folder's repository, or of some paths in it."""
    try:
        return subprocess.run(["git", "-C", str(folder), "log", "-1", "--format=%h (%cs)",
                               "--", *paths], capture_output=True, text=True,
                              check=True).stdout.strip() or "not committed"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _shown(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def write_score(scores: list[DocScore], path: Path = SCORE, labels: Path = LABELS) -> None:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    text = "\n".join([
        "# Corpus score (written by `make corpus`)", "",
        f"Reader: `{READER}` last changed at {_commit(ROOT, READER)}, "
        f"repository at {_commit()}. Labels: `{_shown(labels)}` at {_commit(labels, '.')}. "
        f"Run {now}.", "",
        "Levels right: the reader's level equals the label's. Pages right: over the labels whose "
        "level is not `absent` and whose page is known. Chapters found: labels the reader did not "
        "call `non_trouve`. \"absent, chapter not found\": labels the reader called `absent` "
        "while the chapter it used is not the labelled one (should be 0).", "",
        *table(scores), "", "## Labels read wrong", *details(scores), ""])
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--doc", action="append", help="score only this document (repeatable)")
    ap.add_argument("--details", action="store_true", help="print every label read wrong")
    ap.add_argument("--json", help="also write the per-label results to this file")
    ap.add_argument("--no-write", action="store_true", help="do not rewrite corpus/SCORE.md")
    ap.add_argument("--score", type=Path, help="write the score there (default corpus/SCORE.md, "
                    "and only when every label of corpus/labels was scored)")
    ap.add_argument("--labels", type=Path, default=LABELS,
                    help="the label folder (default corpus/labels; another one, e.g. a corpus "
                         "kept apart, is scored without rewriting corpus/SCORE.md)")
    args = ap.parse_args(argv)
    try:
        labels = load_labels(set(args.doc or ()), args.labels)
    except LabelError as exc:
        print(exc)
        return 2
    if args.doc and not labels:
        print(f"no label file in {args.labels} for {', '.join(args.doc)}")
        return 2
    if not labels:
        print(f"no label file in {args.labels}: nothing to score")
    scores = []
    for lab in labels:
        scores.append(score_document(lab))
        print(table(scores[-1:])[2], flush=True)
    print("\n".join(table(scores)))
    if args.details:
        print("\n".join(details(scores)))
    if args.json:
        Path(args.json).write_text(json.dumps(
            [{"id": s.id, "status": s.status, "counts": s.counts(), "seconds": s.seconds,
              "padd": [s.padd_expected, s.padd_got],
              "zones": [r.__dict__ for r in s.zones]} for s in scores], indent=1,
            ensure_ascii=False), encoding="utf-8")
    out = args.score or (SCORE if not args.doc and args.labels == LABELS else None)
    if out and scores and not args.no_write:
        write_score(scores, out, args.labels)
        print(f"written {_shown(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
