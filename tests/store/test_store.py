"""The SQLite store: migrations, upserts by id, provenance, failures, stats."""
from __future__ import annotations

import sqlite3

import pytest

from concord.document import Document, Entity, Failure, Mention
from concord.errors import StoreError
from concord.store import Store, available_migrations
from concord.store.migrate import Migration, migrate, split_statements
from concord.store.stats import origin

TEXT_A = ("Cambodia and Thailand agreed on Tuesday to reopen two border crossings, "
          "officials in Phnom Penh said after a meeting of the joint commission.")
TEXT_B = ("Laos will host the Mekong-Lancang foreign ministers in Luang Prabang next month, "
          "the ministry announced, with water sharing high on the agenda.")


def doc(text: str, source: str, fmt: str = "txt", **meta) -> Document:
    d = Document(source=source, original=text, text=text, format=fmt, **meta)
    d.assign_id()
    return d


def test_fresh_store_records_every_migration(tmp_path):
    with Store(tmp_path / "c.db") as store:
        rows = store.conn.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
        versions = [r["version"] for r in rows]
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        fks = store.conn.execute("PRAGMA foreign_keys").fetchone()[0]
    assert versions == [m.version for m in available_migrations()]
    assert {1, 2, 3, 4} <= set(versions)
    assert mode == "wal" and fks == 1


def test_reopening_applies_nothing_again(tmp_path):
    Store(tmp_path / "c.db").close()
    conn = sqlite3.connect(tmp_path / "c.db", isolation_level=None)
    assert migrate(conn) == []


def test_new_migration_is_applied_and_a_failing_one_rolls_back(tmp_path):
    Store(tmp_path / "c.db").close()
    conn = sqlite3.connect(tmp_path / "c.db", isolation_level=None)
    known = available_migrations()
    good = Migration(8, "extra", "CREATE TABLE extra (x INTEGER);\nINSERT INTO extra VALUES (1);")
    assert migrate(conn, known + [good]) == [8]
    bad = Migration(9, "broken", "CREATE TABLE half (x);\nINSERT INTO nowhere VALUES (1);")
    with pytest.raises(StoreError, match="009_broken"):
        migrate(conn, known + [good, bad])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "extra" in tables and "half" not in tables
    assert 9 not in {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}


def test_store_from_a_newer_concord_is_refused(tmp_path):
    Store(tmp_path / "c.db").close()
    conn = sqlite3.connect(tmp_path / "c.db", isolation_level=None)
    conn.execute("INSERT INTO schema_migrations VALUES (99, 'future', 'now')")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(tmp_path / "c.db")


def test_split_statements_keeps_triggers_whole():
    sql = ("-- comment\nCREATE TABLE t (x);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
           "  UPDATE t SET x = 1;\nEND;\n")
    assert len(split_statements(sql)) == 2


def test_same_document_twice_is_one_row(tmp_path):
    with Store(tmp_path / "c.db") as store:
        assert store.add_document(doc(TEXT_A, "in/a.txt")) == "new"
        assert store.add_document(doc(TEXT_A, "in/a.txt")) == "duplicate"
        assert store.stats()["documents"] == 1
        assert store.stats()["sources"] == 1


def test_two_sources_of_one_article_give_two_provenance_rows(tmp_path):
    with Store(tmp_path / "c.db") as store:
        first = doc(TEXT_A, "in/a.txt")
        store.add_document(first)
        second = doc(TEXT_A, "in/a.html", "html", title="Border crossings to reopen", url="https://example.org/a")
        assert store.add_document(second) == "duplicate"
        prov = store.provenance(first.id)
        stored = store.document(first.id)
    assert sorted((p["source"], p["format"]) for p in prov) == [("in/a.html", "html"), ("in/a.txt", "txt")]
    assert all(p["concord_version"] for p in prov)
    # the second format filled what the first lacked
    assert stored.title == "Border crossings to reopen" and stored.url == "https://example.org/a"


def test_metadata_already_stored_is_kept(tmp_path):
    with Store(tmp_path / "c.db") as store:
        store.add_document(doc(TEXT_A, "a.txt", title="First title", published="2019-12-04"))
        store.add_document(doc(TEXT_A, "b.txt", title="Other title", published="2020-01-01"))
        stored = store.document(doc(TEXT_A, "x").id)
    assert (stored.title, stored.published) == ("First title", "2019-12-04")


def test_document_round_trip_with_annotations(tmp_path):
    d = doc(TEXT_A, "in/a.txt", title="T", published="2016-12", outlet="Khmer Times", language="en")
    d.hints = {"feed": "x"}
    d.entities = [Entity("Q424", "Cambodia", "COUNTRY", "Q424", [Mention(0, 8, "Cambodia")])]
    with Store(tmp_path / "c.db") as store:
        store.add_document(d)
        back = store.document(d.id)
        assert store.document("d:0000000000000000") is None
    assert back.to_record() == {**d.to_record(), "cluster_id": back.cluster_id}
    assert back.original == TEXT_A and back.hints == {"feed": "x"}


def test_failures_are_kept_once_each(tmp_path):
    with Store(tmp_path / "c.db") as store:
        store.add_failure(Failure("bad.jsonl", "invalid JSON", "line 3"))
        store.add_failure(Failure("bad.jsonl", "invalid JSON", "line 3"))
        store.add_failure(Failure("bad.jsonl", "invalid JSON", "line 4"))
        store.add_failure(Failure("empty.html", "no article text", None, "clean"))
        store.add_failure(Failure("empty.html", "no article text", None, "clean"))
        rows = store.failures()
    assert [(r["source"], r["locator"], r["times"]) for r in rows] == [
        ("bad.jsonl", "line 3", 2), ("bad.jsonl", "line 4", 1), ("empty.html", "", 2)]
    assert rows[2]["stage"] == "clean"


def test_transaction_rolls_back_everything_inside(tmp_path):
    with Store(tmp_path / "c.db") as store:
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.add_document(doc(TEXT_A, "a.txt"))
                store.add_failure(Failure("b", "bad"))
                raise RuntimeError("interrupted")
        assert store.stats()["documents"] == 0 and store.stats()["failures"] == 0


def test_iter_documents_gives_each_once(tmp_path):
    with Store(tmp_path / "c.db") as store:
        ids = set()
        for i in range(450):  # more than one page
            d = doc(f"{TEXT_B} Paragraph number {i}.", f"in/{i}.txt")
            store.add_document(d)
            ids.add(d.id)
        seen = [d.id for d in store.iter_documents()]
    assert len(seen) == 450 and set(seen) == ids


def test_stats_by_source_and_year(tmp_path):
    with Store(tmp_path / "c.db") as store:
        store.add_document(doc(TEXT_A, "news/kh/a.txt", published="2019-12-04"))
        store.add_document(doc(TEXT_A, "https://Example.org/a", "html", published="2019-12-04"))
        store.add_document(doc(TEXT_B, "news/la/b.html", "html", published="2016"))
        store.add_document(doc(TEXT_B + " More.", "news/la/c.txt"))
        store.add_failure(Failure("x.bin", "binary file"))
        s = store.stats()
    assert s["documents"] == 3 and s["sources"] == 4 and s["failures"] == 1
    assert s["by_format"] == {"html": 2, "txt": 2}
    assert s["by_origin"] == {"example.org": 1, "news/kh": 1, "news/la": 2}
    assert s["by_year"] == {"2016": 1, "2019": 1, "unknown": 1}
    assert s["documents_read_more_than_once"] == 1
    assert (s["published_first"], s["published_last"]) == ("2016", "2019-12-04")


def test_origin():
    assert origin("-") == "stdin"
    assert origin("https://vietnamnews.vn/politics/1.html") == "vietnamnews.vn"
    assert origin("data/feeds/x.warc.gz#record=3") == "data/feeds"
    assert origin("a.txt") == "."


def test_opening_a_missing_store_for_reading_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="concord ingest"):
        Store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all, just some text bytes " * 50)
    with pytest.raises(StoreError):
        Store(bad)


def test_finished_inputs_depend_on_size_and_time(tmp_path):
    with Store(tmp_path / "c.db") as store:
        store.mark_finished("in/a.txt", 10, 123, 1, 0)
        assert store.is_finished("in/a.txt", 10, 123)
        assert not store.is_finished("in/a.txt", 11, 123)
        assert not store.is_finished("in/b.txt", 10, 123)


def test_a_failed_unit_inside_a_batch_undoes_only_itself(tmp_path):
    with Store(tmp_path / "c.db") as store:
        with store.batch(max_items=1000) as batch:
            store.add_document(doc(TEXT_A, "a.txt"))
            batch.tick()
            with pytest.raises(RuntimeError):
                with store.transaction():
                    store.add_document(doc(TEXT_B, "b.txt"))
                    raise RuntimeError("facts could not be saved")
            batch.tick()
        assert [d.source for d in store.iter_documents()] == ["a.txt"]
        assert store.provenance(doc(TEXT_B, "x").id) == []


def test_batch_commits_as_it_goes(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as store, store.batch(max_items=2) as batch:
        for i in range(3):
            store.add_document(doc(f"{TEXT_B} {i}", f"{i}.txt"))
            batch.tick()
        # another connection sees the two committed, not the third still open
        other = sqlite3.connect(db)
        assert other.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
        other.close()
    with Store(db) as store:
        assert store.stats()["documents"] == 3


def test_stats_top_names_count_mentions_over_documents(tmp_path):
    def with_entities(text, source, names):
        d = doc(text, source)
        d.entities = [Entity(f"id:{n}", n, "COUNTRY", None, [Mention(0, 1, n)] * k) for n, k in names]
        return d

    with Store(tmp_path / "c.db") as store:
        store.add_document(with_entities(TEXT_A, "a.txt", [("Cambodia", 3), ("Thailand", 1)]))
        store.add_document(with_entities(TEXT_B, "b.txt", [("Laos", 2), ("Thailand", 1)]))
        top = store.stats()["top_names"]
    assert [(t["name"], t["mentions"], t["documents"]) for t in top] == [
        ("Cambodia", 3, 1), ("Thailand", 2, 2), ("Laos", 2, 1)]


LONG = ("The foreign ministers of the Mekong countries met in Vientiane on Thursday to review "
        "progress on a joint plan for managing water during the dry season. They agreed that "
        "dam operators should share release schedules with downstream provinces at least a week "
        "ahead, and asked the secretariat to draft common rules for reporting river levels. "
        "Several delegations also called for more money for flood forecasting stations along "
        "the main stream, and for training of local officials in the use of the new data.")


def test_syndicated_copies_share_a_cluster(tmp_path):
    pytest.importorskip("concord.clean.dedup")
    with Store(tmp_path / "c.db") as store:
        first = doc(LONG, "wire/a.txt")
        copy = doc("By our correspondent. " + LONG + " Reporting by staff.", "paper/b.txt")
        other = doc(TEXT_A + " " + TEXT_B, "paper/c.txt")
        for d in (first, copy, other):
            assert store.add_document(d) == "new"
        s = store.stats()
        stored = {d.id: store.document(d.id).cluster_id for d in (first, copy, other)}
    assert copy.id != first.id
    assert stored[first.id] == stored[copy.id] == first.id
    assert stored[other.id] == other.id
    assert s["duplicate_clusters"] == 1 and s["documents_in_duplicate_clusters"] == 2


def test_signatures_round_trip():
    from concord.store.clusters import decode_signature, encode_signature
    for sig in ([0, 1, 2**64 - 1], [2**70, 5], b"\x01\x02"):
        assert decode_signature(encode_signature(sig)) == sig


def test_a_source_read_after_failing_is_no_longer_a_failure(tmp_path):
    with Store(tmp_path / "c.db") as store:
        store.add_failure(Failure("https://example.org/a", "connection refused"))
        store.add_failure(Failure("https://example.org/b", "connection refused"))
        store.add_document(doc(TEXT_A, "https://example.org/a", "html"))
        assert [f["source"] for f in store.failures()] == ["https://example.org/b"]


def test_a_batch_holds_the_write_lock_only_while_it_has_writes(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as store, store.batch(max_items=1) as batch:
        store.add_document(doc(TEXT_A, "a.txt"))
        batch.tick()                       # committed: another writer may go now
        other = sqlite3.connect(db, timeout=0.1, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()
        store.add_document(doc(TEXT_B, "b.txt"))
        assert store.conn.in_transaction   # held until the next tick
        batch.tick()
        assert not store.conn.in_transaction
