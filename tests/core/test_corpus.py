"""The corpus of real règlements (issue 23, deliverable 6): the reader's quality floor.

The documents are public files kept outside the repository (corpus/README.md); the labels
in corpus/labels/ were written by reading each document before running the reader on it.
"""
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("corpus_tool", ROOT / "tools" / "corpus.py")
corpus = importlib.util.module_from_spec(_spec)
sys.modules["corpus_tool"] = corpus   # dataclasses look their module up there
_spec.loader.exec_module(corpus)


def test_label_files_follow_the_format():
    labels = corpus.load_labels()
    if not labels:
        pytest.skip(f"no label file in {corpus.LABELS}")
    problems = {lab.get("id"): corpus.label_problems(lab) for lab in labels}
    assert {k: v for k, v in problems.items() if v} == {}
    assert all(p.stem == lab["id"] for p, lab in zip(sorted(corpus.LABELS.glob("*.json")),
                                                    labels))


def test_levels_right_on_the_corpus():
    labels = corpus.load_labels()
    present = [lab for lab in labels if corpus.find_files(lab)[0] is not None]
    if not present:
        folders = ", ".join(str(f) for f in corpus.docs_folders())
        pytest.skip(f"no document of the corpus ({len(labels)} label files) is present in "
                    f"{folders}")
    scores = [corpus.score_document(lab) for lab in present]
    t = corpus.total(scores)
    assert t["labels"] > 0
    wrong = "\n".join(corpus.details(scores))
    assert t["levels_right"] >= corpus.FLOOR * t["labels"], (
        f"{t['levels_right']} of {t['labels']} zone labels at the right level, under "
        f"{corpus.FLOOR:.0%}:\n{wrong}")


# The harness itself, on a two-chapter text règlement written here (no public file needed).
REGLEMENT = """CHAPITRE 1 - DISPOSITIONS APPLICABLES A LA ZONE UA

ARTICLE UA 4 - DESSERTE PAR LES RESEAUX
Les lignes de télécommunications seront enterrées.

ARTICLE UA 16 - COMMUNICATIONS ELECTRONIQUES
Non réglementé.

CHAPITRE 2 - DISPOSITIONS APPLICABLES A LA ZONE UB

ARTICLE UB 4 - DESSERTE PAR LES RESEAUX
Les opérations d'aménagement devront prévoir des fourreaux pour la fibre optique.
"""


def _label(name="r.txt", sha=None):
    zone = {"page": None, "file": name}
    return {"id": "essai", "commune": "Essai", "document": "PLU", "labeller": "test",
            "files": [{"name": name, "role": "reglement", "format": "txt", "sha256": sha,
                       "source": {"repo": "owner/name"}}],
            "zones": {"UA": {**zone, "level": "enfouissement", "sentence": "enterrées",
                             "chapter": "UA"},
                      "UBa": {**zone, "level": "fourreaux", "sentence": "fourreaux",
                              "chapter": "UB"},
                      "UC": {**zone, "level": "absent", "chapter": "UC"}}}


def test_harness_scores_a_document(tmp_path, monkeypatch):
    (tmp_path / "essai").mkdir()
    (tmp_path / "essai" / "r.txt").write_text(REGLEMENT, encoding="utf-8")
    monkeypatch.setenv("SCAN_URBA_CORPUS_DOCS", str(tmp_path))
    label = _label(sha="0" * 64)
    assert corpus.label_problems(label) == []
    score = corpus.score_document(label)
    counts = score.counts()
    # UA and UBa (a sector of the UB chapter) read right; UC has no chapter: non_trouve,
    # which is wrong against the label's "absent" but is not a silence claimed.
    assert (counts["labels"], counts["levels_right"], counts["chapters_found"]) == (3, 2, 2)
    assert counts["absent_not_found"] == 0
    assert [r.got for r in score.zones] == ["enfouissement", "fourreaux", "non_trouve"]
    assert score.warnings == ["r.txt: sha256 differs from the label file's"]
    lines = corpus.details([score])
    assert "- UC: label absent p. None (chapter UC); reader non_trouve p. None (chapter None)" \
        in lines


def test_harness_reports_a_missing_document(tmp_path, monkeypatch):
    monkeypatch.setenv("SCAN_URBA_CORPUS_DOCS", str(tmp_path))
    score = corpus.score_document(_label(name="absent_20200101.pdf"))
    assert score.status == "document absent" and score.zones == []
    assert "absent_20200101.pdf" in score.reason
    assert corpus.total([score])["documents"] == 0


def test_pages_and_silences_are_counted_as_the_readme_says():
    right = corpus.ZoneResult("UA", "fourreaux", "fourreaux", 12, 12, "r.pdf", None, "UA", "UA")
    other_file = corpus.ZoneResult("UA", "fourreaux", "fourreaux", 12, 12, "r.pdf",
                                   "/x/dg.pdf", "UA", "UA")
    silence = corpus.ZoneResult("UB", "absent", "absent", 30, 5, None, None, "UB", None)
    assert right.page_right and not other_file.page_right
    assert not silence.page_counted and silence.absent_not_found


def test_a_broken_label_file_is_named(tmp_path):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(corpus.LabelError, match="bad.json"):
        corpus.load_labels(folder=tmp_path)
