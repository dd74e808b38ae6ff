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
