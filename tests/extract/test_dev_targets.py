"""The seed articles scored with the shared scorer: a regression guard for the quotes,
events and flags steps (skips when ../shared/eval/dev is absent). Thresholds are the
project's targets."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from concord.clean import clean_document
from concord.document import Document
from concord.extract import Extractor
from concord.kb import default_kb

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def summary():
    """The five articles extracted and scored once for all the checks below."""
    if not (DEV / "texts").is_dir():
        pytest.skip("../shared/eval/dev is not present")
    spec = importlib.util.spec_from_file_location("score", DEV.parent / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    extract, totals, details = Extractor(default_kb()), score.Totals(), []
    for gold_path in sorted((DEV / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = (DEV / "texts" / gold["file"]).read_text(encoding="utf-8")
        doc = clean_document(Document(source=gold["file"], original=raw, text=raw))
        score.score_doc(gold, extract(doc).to_record(), totals, details)
    return score.summarise(totals, 5, 0)


def test_quotes_meet_the_targets_on_the_seed_articles(summary):
    q = summary["quotes"]
    assert q["recall"] >= 0.9 and q["precision"] >= 0.9 and q["attribution"] >= 0.9, q


def test_events_meet_the_targets_on_the_seed_articles(summary):
    ev = summary["events"]
    assert ev["recall"] >= 0.8 and ev["precision"] >= 0.8, ev
    assert ev["date"] >= 0.85 and ev["location"] >= 0.85, ev


def test_flags_meet_the_targets_on_the_seed_articles(summary):
    fl = summary["flags"]
    assert fl["recall"] == 1.0 and fl["false_positive_rate"] == 0.0, fl
