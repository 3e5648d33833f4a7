"""Our own evaluation set (tests/fixtures/evalset): the fixtures are well formed, and the
extraction keeps the scores it reached when the floors were set (issue 4).

Fifteen articles we wrote (wire, Bernama, Viet Nam News, Khmer Times, Jakarta Post, a
ministry release, a think-tank recap, Bangkok Post, PNA, Kyodo, AKP, a Myanmar state
paper, KPL, a scraped content-farm page), scored with ../shared/eval/score.py itself.

Measured on 2026-11-22 with `.venv/bin/python bench/evalset.py --set evalset`:

    cleaning   boilerplate removed 0.667  content kept 1.000
    metadata   published 0.583  title 1.000
    entities   P 0.962  R 0.957  F1 0.959  typed F1 0.951
    roles      R 0.891
    quotes     P 1.000  R 0.969  attribution 0.774  attributed R 0.750
    events     P 0.967  R 0.604  date 0.219  location 0.478
    flags      R 0.667  false-positive rate 0.083

The floors below sit a little under these figures, to catch regressions; raise them as
the extractor improves (the issue's targets are far higher for events and quotes).
"""
from __future__ import annotations

import importlib.util
import json
import re
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EVALSET = REPO / "tests" / "fixtures" / "evalset"
GOLD_KEYS = {"file", "published", "title", "boilerplate", "content", "entities", "optional_entities",
             "roles", "quotes", "optional_quotes", "events", "optional_events", "flags"}
TYPES = {"PERSON", "COUNTRY", "ORGANIZATION", "FRAMEWORK", "PLACE"}

# metric path in the scorer's summary -> lowest accepted value (or highest, for the FP rate)
FLOORS = {
    ("cleaning", "content_kept"): 0.95,
    ("cleaning", "boilerplate_removed"): 0.55,
    ("published",): 0.50,
    ("title",): 0.90,
    ("entities", "p"): 0.92,
    ("entities", "r"): 0.92,
    ("entities", "f1"): 0.92,
    ("entities", "typed_f1"): 0.91,
    ("roles", "recall"): 0.84,
    ("quotes", "recall"): 0.85,
    ("quotes", "precision"): 0.93,
    ("quotes", "attribution"): 0.70,
    ("events", "recall"): 0.55,
    ("events", "precision"): 0.90,
    ("events", "date"): 0.18,
    ("events", "location"): 0.40,
    ("flags", "recall"): 0.66,
}
MAX_FLAG_FALSE_POSITIVE_RATE = 0.09   # one clean article in twelve flagged today


def _bench():
    spec = importlib.util.spec_from_file_location("concord_bench_evalset", REPO / "bench" / "evalset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((EVALSET / "gold").glob("*.json"))]


def _is_iso(value: str) -> bool:
    parts = value.split("-")
    try:
        date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return False
    return bool(re.fullmatch(r"\d{4}(-\d{2}){0,2}", value))


# -- the fixtures ------------------------------------------------------------------------

def test_every_text_has_a_gold_file_and_back():
    texts = {p.name for p in (EVALSET / "texts").glob("*.txt")}
    golds = {g["file"] for g in _golds()}
    assert len(texts) >= 15
    assert texts == golds


def test_gold_files_have_the_dev_format(dev_set):
    dev_keys = {key for p in (dev_set / "gold").glob("*.json") for key in json.loads(p.read_text("utf-8"))}
    assert dev_keys == GOLD_KEYS
    for gold in _golds():
        assert set(gold) == GOLD_KEYS, gold["file"]


@pytest.mark.parametrize("gold", _golds(), ids=lambda g: g["file"])
def test_gold_is_consistent_with_its_text(gold):
    text = (EVALSET / "texts" / gold["file"]).read_text(encoding="utf-8")
    assert 250 <= len(text.split()) <= 700
    for snippet in gold["boilerplate"] + gold["content"]:
        assert snippet in text, snippet
    names = {e["name"] for e in gold["entities"]}
    optional = {o if isinstance(o, str) else o["name"] for o in gold["optional_entities"]}
    assert len(names) == len(gold["entities"]), "one gold entity per real-world thing"
    for entity in gold["entities"]:
        assert entity["type"] in TYPES, entity
        assert any(n in text for n in [entity["name"], *entity["aliases"]]), entity["name"]
    for role in gold["roles"]:
        assert role["person"] in names and (role["of"] is None or role["of"] in names), role
    for quote in gold["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in names | optional, quote
        assert len(quote["text"].split()) >= 4 and quote["text"] in text, quote
    for event in gold["events"]:
        assert event["keys"] and event["location"] in names | {None, "virtual"}, event
        assert event["date"] is None or _is_iso(event["date"]), event
    assert gold["published"] is None or _is_iso(gold["published"])


def test_some_articles_deserve_flags_and_most_are_clean():
    flagged = [g for g in _golds() if g["flags"]]
    assert len(flagged) >= 2
    assert len(flagged) <= len(_golds()) // 3
    assert {k for g in flagged for k in g["flags"]} >= {"garbled_name", "kb_conflict"}


# -- the scores --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def evalset_summary():
    bench = _bench()
    scorer = bench.load_scorer()
    if scorer is None:
        pytest.skip("../shared/eval/score.py is not present")
    summary, details = bench.score(scorer, EVALSET / "gold", bench.predict(EVALSET / "texts"))
    return summary, details


def test_every_article_gets_output(evalset_summary):
    summary, _ = evalset_summary
    assert summary["documents"] >= 15
    assert summary["documents_without_output"] == 0


@pytest.mark.parametrize("path,floor", FLOORS.items(), ids=lambda v: ".".join(v) if isinstance(v, tuple) else "")
def test_score_stays_above_its_floor(evalset_summary, path, floor):
    summary, details = evalset_summary
    value = summary
    for key in path:
        value = value[key]
    assert value is not None and value >= floor, (
        f"{'.'.join(path)} = {value} fell below {floor}; misses:\n" + "\n".join(details[:80]))


def test_clean_articles_stay_unflagged(evalset_summary):
    summary, details = evalset_summary
    rate = summary["flags"]["false_positive_rate"]
    assert rate is not None and rate <= MAX_FLAG_FALSE_POSITIVE_RATE, [d for d in details if "flag" in d]
