"""Full-text rows wait for the commit, follow rollbacks, and the stores made stay whole."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from concord.graph import forget_document, queries, save_facts
from concord.pipeline import ingest_paths, reextract_store, store_document
from concord.settings import load_settings
from concord.store import Store

REPO = Path(__file__).resolve().parents[2]


def _search_rows(store) -> int:
    return store.conn.execute("SELECT COUNT(*) FROM search_documents").fetchone()[0]


def test_rows_are_written_at_the_batch_commit_and_found_after(tmp_path, make_doc):
    doc = make_doc("a.txt", "Vientiane hosted the Mekong ministers on Friday.", "2024-01-12",
                   [("Q9326", "Vientiane", "PLACE", ["Vientiane"])])
    with Store(tmp_path / "c.db") as store:
        with store.batch() as batch:
            assert store_document(store, doc) == "new"
            assert _search_rows(store) == 0 and len(store.fulltext.rows) == 2   # the document and "Vientiane"
            batch.commit()
            assert _search_rows(store) == 1 and store.fulltext.rows == []
        found = queries.search(store, "Vientiane")
    assert [d["id"] for d in found["documents"]["items"]] == [doc.id]
    assert [e["id"] for e in found["entities"]] == ["Q9326"]


def test_a_document_rolled_back_leaves_no_full_text_rows(tmp_path, make_doc):
    good = make_doc("a.txt", "Hanoi welcomed the delegation.", "2024-01-12",
                    [("Q1858", "Hanoi", "PLACE", ["Hanoi"])])
    bad = make_doc("b.txt", "Bangkok welcomed the envoys.", "2024-01-13",
                   [("Q1861", "Bangkok", "PLACE", ["Bangkok"])])
    with Store(tmp_path / "c.db") as store:
        with store.batch():
            store_document(store, good)
            with pytest.raises(RuntimeError):
                with store.transaction():
                    save_facts(store, bad, new=True)
                    raise RuntimeError("the graph write failed half-way")
        assert queries.search(store, "Bangkok")["documents"]["total"] == 0
        assert queries.search(store, "Bangkok")["entities"] == []
        assert queries.search(store, "Hanoi")["documents"]["total"] == 1


def test_forgetting_a_document_drops_rows_still_waiting(tmp_path, make_doc):
    doc = make_doc("a.txt", "Phnom Penh hosted the forum.", "2024-02-01",
                   [("Q1850", "Phnom Penh", "PLACE", ["Phnom Penh"])])
    with Store(tmp_path / "c.db") as store:
        with store.batch():
            store_document(store, doc)
            forget_document(store, doc.id)
            assert store.fulltext.rows == []
        assert _search_rows(store) == 0
        assert queries.search(store, "Phnom Penh")["entities"] == []


def test_ingested_and_reextracted_stores_keep_their_foreign_keys(tmp_path):
    """Batches write without checking foreign keys (for speed); this checks they hold."""
    examples = tmp_path / "examples"
    shutil.copytree(REPO / "examples" / "text", examples)
    db = tmp_path / "c.db"
    settings = load_settings({"workers": 1})
    assert ingest_paths([str(examples)], db, settings).new > 0
    reextract_store(db, settings)
    with Store(db) as store:
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1   # back on after the batch
        assert _search_rows(store) == store.stats()["documents"]
