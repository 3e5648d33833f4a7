"""The seed articles scored with the shared scorer: a regression guard for the events step
(skips when ../shared/eval/dev is absent). Thresholds are the project's targets."""
from __future__ import annotations

import importlib.util
import json

import pytest

from concord.document import Document
from concord.extract import Extractor
from concord.kb import default_kb


@pytest.fixture
def summary(dev_set):
    dev = dev_set
    spec = importlib.util.spec_from_file_location("score", dev.parent / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    try:
        from concord.clean import clean_document
    except ImportError:                      # cleaning is another step's work; raw text still scores
        clean_document = None
    extract, totals, details = Extractor(default_kb()), score.Totals(), []
    for gold_path in sorted((dev / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = (dev / "texts" / gold["file"]).read_text(encoding="utf-8")
        doc = Document(source=gold["file"], original=raw, text=raw)
        doc = clean_document(doc) if clean_document else doc
        score.score_doc(gold, extract(doc).to_record(), totals, details)
    return score.summarise(totals, 5, 0)


def test_events_meet_the_targets_on_the_seed_articles(summary):
    ev = summary["events"]
    assert ev["recall"] >= 0.8 and ev["precision"] >= 0.8, ev
    assert ev["date"] >= 0.85 and ev["location"] >= 0.85, ev
