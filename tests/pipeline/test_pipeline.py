"""The pipeline's orchestration: order, failures, idempotence, resume, graph hook.

The readers and cleaner are other modules' business (and have their own
tests); here they are replaced by small stand-ins so that what is tested is
the pipeline itself. tests/cli/ runs the real ones end to end.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from concord import pipeline
from concord.document import Document, Failure
from concord.errors import EmptyInputError
from concord.settings import load_settings
from concord.store import Store

SENTENCES = [
    "The Mekong River Commission met in Vientiane to review the annual flood report.",
    "Indonesia chaired the ASEAN foreign ministers' retreat held on the island of Bali.",
    "Vietnam and the Philippines signed a memorandum on coast guard cooperation.",
    "Singapore hosted a dialogue on digital trade with delegates from ten member states.",
    "Thailand announced new funding for a cross-border railway study with Laos.",
    "Myanmar's delegation did not attend the special meeting on the five-point consensus.",
]


def fake_inputs(paths, settings):
    """Stands in for concord.ingest.iter_inputs: one document per file, in sorted order."""
    for given in paths:
        root = Path(given)
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_dir():
                continue
            data = path.read_bytes()
            if b"\0" in data:
                yield Failure(str(path), "binary file, not text")
                continue
            yield Document(source=str(path), original=data.decode("utf-8"), format=path.suffix[1:])


def fake_clean(doc: Document) -> Document:
    if not doc.original.strip():
        raise EmptyInputError("no article text left after cleaning", doc.source)
    if "EXPLODE" in doc.original:
        raise ValueError("a bug in a stage")
    doc.text = doc.original.strip()
    doc.title = doc.text.split(".")[0][:40]
    doc.assign_id()
    return doc


@pytest.fixture
def fakes(monkeypatch):
    monkeypatch.setattr(pipeline, "_inputs", fake_inputs)
    monkeypatch.setattr(pipeline, "graph_hook", lambda: None)   # the graph has its own tests
    monkeypatch.setattr(pipeline, "build_stages",
                        lambda settings, clean=True, extract=True: [pipeline.Stage("clean", fake_clean)] if clean else [])


def write_corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"{i:04d}.txt"
        p.write_text(f"{SENTENCES[i % len(SENTENCES)]} Report number {i}.", encoding="utf-8")
        paths.append(p)
    return paths


def settings(**kw):
    return load_settings(overrides=kw)


def test_ingest_counts_and_idempotence(fakes, tmp_path):
    write_corpus(tmp_path / "in", 20)
    (tmp_path / "in" / "empty.txt").write_text("   \n")
    (tmp_path / "in" / "blob.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "in" / "bug.txt").write_text("EXPLODE here.")
    db = tmp_path / "c.db"
    first = pipeline.ingest_paths([str(tmp_path / "in")], db, settings())
    assert (first.read, first.new, first.duplicates, first.failed) == (23, 20, 0, 3)
    stages = sorted(f.stage for f in first.failures)
    assert stages == ["clean", "clean", "ingest"]
    assert any("internal error in clean: ValueError" in f.reason for f in first.failures)
    second = pipeline.ingest_paths([str(tmp_path / "in")], db, settings())
    assert (second.read, second.new, second.duplicates, second.failed) == (23, 0, 20, 3)
    with Store(db) as store:
        s = store.stats()
    assert s["documents"] == 20 and s["sources"] == 20 and s["failures"] == 3


def test_rerun_skips_finished_files_but_not_changed_ones(fakes, tmp_path, monkeypatch):
    paths = write_corpus(tmp_path / "in", 6)
    db = tmp_path / "c.db"
    pipeline.ingest_paths([str(tmp_path / "in")], db, settings())
    cleaned: list[str] = []

    def counting_clean(doc):
        cleaned.append(doc.source)
        return fake_clean(doc)

    monkeypatch.setattr(pipeline, "build_stages", lambda s, clean=True, extract=True: [pipeline.Stage("clean", counting_clean)])
    paths[2].write_text("A changed article about the Lancang-Mekong cooperation fund.", encoding="utf-8")
    os.utime(paths[2], ns=(1, 1))
    summary = pipeline.ingest_paths([str(tmp_path / "in")], db, settings())
    assert cleaned == [str(paths[2])]
    assert (summary.new, summary.duplicates) == (1, 5)


def test_progress_reports_every_input_in_order(fakes, tmp_path):
    paths = write_corpus(tmp_path / "in", 5)
    seen = []
    pipeline.ingest_paths([str(tmp_path / "in")], tmp_path / "c.db", settings(),
                          progress=lambda status, item: seen.append((status, item.source)))
    assert seen == [("new", str(p)) for p in paths]


def test_extract_paths_same_output_with_one_or_two_workers(fakes, tmp_path):
    write_corpus(tmp_path / "in", 40)
    (tmp_path / "in" / "0010.txt").write_text("")
    one = list(pipeline.extract_paths([str(tmp_path / "in")], settings(), workers=1))
    two = list(pipeline.extract_paths([str(tmp_path / "in")], settings(), workers=2))
    assert one == two
    assert [r["source"] if isinstance(r, dict) else r.source for r in one] == \
        [str(p) for p in sorted((tmp_path / "in").iterdir())]
    assert isinstance(one[10], Failure) and one[10].stage == "clean"
    assert all(r["id"].startswith("d:") and r["text"] for r in one if isinstance(r, dict))


def test_ingest_with_two_workers_stores_everything_once(fakes, tmp_path):
    write_corpus(tmp_path / "in", 50)
    summary = pipeline.ingest_paths([str(tmp_path / "in")], tmp_path / "c.db", settings(workers=2))
    assert (summary.new, summary.failed) == (50, 0)
    with Store(tmp_path / "c.db") as store:
        assert store.stats()["documents"] == 50


def test_graph_hook_runs_in_the_document_transaction(fakes, tmp_path, monkeypatch):
    write_corpus(tmp_path / "in", 3)
    calls = []

    def save_facts(store, doc, new=False, kb=None):
        assert store.conn.in_transaction
        calls.append(doc.id)
        if len(calls) == 2:
            raise RuntimeError("graph write failed")

    monkeypatch.setattr(pipeline, "graph_hook", lambda: save_facts)
    summary = pipeline.ingest_paths([str(tmp_path / "in")], tmp_path / "c.db", settings())
    assert (summary.new, summary.failed) == (2, 1)
    assert summary.failures[0].stage == "graph" and "graph write failed" in summary.failures[0].reason
    with Store(tmp_path / "c.db") as store:
        # the document whose facts failed was rolled back with them, and the batch went on
        assert set(store.document_ids()) == {calls[0], calls[2]}
        assert store.failures()[0]["stage"] == "graph"


@pytest.mark.parametrize("workers", [1, 2])
def test_reextract_replaces_annotations_and_calls_the_hook(fakes, tmp_path, monkeypatch, workers):
    from concord.document import Flag
    write_corpus(tmp_path / "in", 4)
    db = tmp_path / "c.db"
    pipeline.ingest_paths([str(tmp_path / "in")], db, settings())
    runs = {"n": 0}

    def extractor(doc):
        runs["n"] += 1
        assert doc.flags == []  # stale facts are cleared before extraction
        doc.flags.append(Flag("test", f"pass {runs['n']}"))
        return doc

    monkeypatch.setattr(pipeline, "load_extractor", lambda s: extractor)
    monkeypatch.setattr(pipeline, "build_stages",
                        lambda s, clean=True, extract=True: [pipeline.Stage("extract", extractor)])
    hooked = []
    monkeypatch.setattr(pipeline, "graph_hook", lambda: lambda store, doc, **_: hooked.append(doc.id))
    pipeline.reextract_store(db, settings(), workers=workers)
    summary = pipeline.reextract_store(db, settings(), workers=workers)
    assert summary.documents == 4 and len(hooked) == 8
    with Store(db) as store:
        flags = [d.flags for d in store.iter_documents()]
    assert all(len(f) == 1 and f[0].message.startswith("pass ") for f in flags)


def container_inputs(paths, settings):
    """Stands in for a JSON Lines reader: one document per line, source "path#line=N"."""
    for given in paths:
        for n, line in enumerate(Path(given).read_text(encoding="utf-8").splitlines(), 1):
            yield Document(source=f"{given}#line={n}", original=line, format="jsonl")


def test_a_container_interrupted_half_way_resumes_where_it_stopped(fakes, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "_inputs", container_inputs)
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(f"{SENTENCES[i % 6]} Line {i}." for i in range(10)) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"

    def stop_after_four(status, item):
        if item.source.endswith("#line=4"):
            raise KeyboardInterrupt   # Ctrl-C, or a kill right after a commit

    with pytest.raises(KeyboardInterrupt):
        pipeline.ingest_paths([str(big)], db, settings(), progress=stop_after_four)
    with Store(db) as store:
        assert store.stats()["documents"] == 4
        assert store.input_state(str(big), big.stat().st_size, big.stat().st_mtime_ns) == "partial"

    cleaned = []
    monkeypatch.setattr(pipeline, "build_stages", lambda s, clean=True, extract=True: [
        pipeline.Stage("clean", lambda d: (cleaned.append(d.source), fake_clean(d))[1])])
    summary = pipeline.ingest_paths([str(big)], db, settings())
    assert cleaned == [f"{big}#line={n}" for n in range(5, 11)]
    assert (summary.read, summary.new, summary.duplicates) == (10, 6, 4)
    with Store(db) as store:
        assert store.stats()["documents"] == 10
        assert store.input_state(str(big), big.stat().st_size, big.stat().st_mtime_ns) == "complete"


def test_a_stage_error_names_the_source_once():
    from concord.errors import ExtractionError

    def broken(doc):
        raise ExtractionError(f"{doc.source}: extraction step 'events' failed")

    result = pipeline.run_stages(Document(source="in/a.txt", text="x"), [pipeline.Stage("extract", broken)])
    assert isinstance(result, Failure) and result.stage == "extract"
    assert result.reason == "extraction step 'events' failed"
