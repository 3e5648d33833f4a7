"""The bundled examples: all readable, every format present, rebuildable, our own words."""
from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter

from concord.document import Document, Failure
from concord.ingest import iter_inputs
from ingest_support import settings


def _make_examples(repo_root):
    spec = importlib.util.spec_from_file_location("make_examples", repo_root / "scripts" / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_examples_read_without_failures(repo_root):
    items = list(iter_inputs([str(repo_root / "examples")], settings()))
    failures = [i for i in items if isinstance(i, Failure)]
    assert failures == []
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) >= 12
    formats = Counter(d.format for d in docs)
    assert formats["txt"] >= 5 and formats["html"] >= 5
    assert formats["jsonl"] >= 3 and formats["warc"] >= 3
    # the hidden sources folder is skipped
    assert not any("/.sources/" in d.source for d in docs)


def test_generated_examples_are_up_to_date(repo_root):
    module = _make_examples(repo_root)
    stale = [str(path) for path, data in module.build_all().items()
             if not path.is_file() or path.read_bytes() != data]
    assert stale == [], "run scripts/make_examples.py"


def test_syndicated_copy_is_a_near_duplicate_in_other_furniture(repo_root):
    articles = json.loads((repo_root / "examples" / ".sources" / "articles.json").read_text())
    copy = next(a for a in articles if a.get("syndicates"))
    original = next(a for a in articles if a["slug"] == copy["syndicates"])
    docs = {d.url or d.source: d for d in iter_inputs([str(repo_root / "examples")], settings())}
    warc_doc = docs[copy["url"]]
    html_doc = next(d for d in docs.values() if d.source.endswith(original["slug"] + ".html"))
    shared = original["paras"][:-copy["trim"]]
    assert len(shared) >= 0.8 * len(original["paras"])
    for para in shared:
        assert para[:60] in warc_doc.original and para[:60] in html_doc.original
    assert original["paras"][-1][:60] not in warc_doc.original      # near, not exact
    assert copy["extra_paras"][0][:60] in warc_doc.original
    assert "AsiaWire" in warc_doc.original and "AsiaWire" not in html_doc.original


def test_article_lengths(repo_root):
    articles = json.loads((repo_root / "examples" / ".sources" / "articles.json").read_text())
    for article in articles:
        if article.get("paras"):
            words = sum(len(p.split()) for p in article["paras"])
            assert 250 <= words <= 600, article["slug"]
    for path in (repo_root / "examples" / "text").glob("*.txt"):
        assert 250 <= len(path.read_text().split()) <= 650, path.name


def test_examples_copy_no_sentence_from_the_seed_articles(repo_root, dev_set):
    ours = " ".join(p.read_text(errors="replace") for p in (repo_root / "examples").rglob("*")
                    if p.is_file() and p.suffix in (".txt", ".html", ".json", ".jsonl"))
    ours = re.sub(r"\s+", " ", ours)
    for seed in (dev_set / "texts").glob("*.txt"):
        for sentence in re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", seed.read_text())):
            if len(sentence) > 60:
                assert sentence not in ours, f"{seed.name}: {sentence[:60]}"
